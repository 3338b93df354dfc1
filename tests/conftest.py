"""Shared fixtures: real database files in a temporary folder, and report writers."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.store import Database


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Path of a database file that does not exist yet."""
    return tmp_path / "test.duckdb"


@pytest.fixture
def db(db_path: Path):
    """A fresh, migrated database file."""
    database = Database(db_path)
    yield database
    database.close()


@pytest.fixture
def write(tmp_path: Path):
    """Write a file under tmp_path/reports and return its path."""
    root = tmp_path / "reports"

    def _write(name: str, content: str | bytes) -> Path:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        return path

    return _write
