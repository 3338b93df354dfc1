"""CI: a database loaded from `sitrep batch` partitions holds what `sitrep ingest` + `sitrep extract` give.

Usage: .venv/bin/python .ci/same_extraction.py BATCH.duckdb DIRECT.duckdb
"""

import sys

from sitrep.store.partitions import SAME_EXTRACTION, extraction_rows


def main(batch: str, direct: str) -> int:
    failed = False
    for table in SAME_EXTRACTION:
        left, right = extraction_rows(batch, table), extraction_rows(direct, table)
        failed |= left != right or (not left and table in {"reports", "events"})
        print(
            f"{table}: {len(left)} rows from batch, {len(right)} from extract: {'same' if left == right else 'DIFFERENT'}"
        )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
