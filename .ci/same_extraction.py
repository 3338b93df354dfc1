"""CI: a database loaded from `sitrep batch` partitions holds what `sitrep ingest` + `sitrep extract` give.

Usage: python .ci/same_extraction.py BATCH.duckdb DIRECT.duckdb
"""

import sys

import duckdb

COMPARED = {
    "reports": "id, origin, title, body, published, extraction_error",
    "events": "* EXCLUDE (cluster_id)",
    "claims": "*",
    "evidence": "*",
    "relations": "*",
}


def main(batch: str, direct: str) -> int:
    failed = False
    with duckdb.connect(batch, read_only=True) as a, duckdb.connect(direct, read_only=True) as b:
        for table, columns in COMPARED.items():
            query = f"SELECT {columns} FROM {table} ORDER BY ALL"
            left, right = a.execute(query).fetchall(), b.execute(query).fetchall()
            same = left == right
            failed |= not same or not left and table in {"reports", "events"}
            print(f"{table}: {len(left)} rows from batch, {len(right)} from extract: {'same' if same else 'DIFFERENT'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
