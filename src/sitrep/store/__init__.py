"""Store: the embedded DuckDB database, its schema migrations, queries and exports."""

from __future__ import annotations

from sitrep.store.database import Database, default_db_path
from sitrep.store.export import export_reports, export_table

__all__ = ["Database", "default_db_path", "export_reports", "export_table"]
