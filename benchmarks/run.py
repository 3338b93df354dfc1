"""Benchmarks: ``make bench``. Prints numbers; asserts nothing.

* ingest: reports/s for a synthetic folder and JSON Lines file.
* extract: reports/s and words/s of full extraction on the dev texts (when
  ../shared/eval/dev exists, else the project's examples) and on long reports
  made by joining them, beside a bare spaCy NER pass over the same texts.
* actor and resolve: `sitrep actor` and merging on 100,000 synthetic events, and resolving a
  day's 1,000 new events into stores of 100,000 and 1,000,000 (``actors_bench.py``).
* serve: 200 concurrent clients reading event pages and filtered lists from that database
  (``serve_bench.py``): requests/s, p50/p99 latency, errors.
* peak memory (max RSS) of the whole run, and of extraction alone (its own process).
"""

from __future__ import annotations

import json
import multiprocessing
import resource
import sys
import tempfile
import time
from pathlib import Path

from sitrep.service.ingest import ingest_paths
from sitrep.store import Database

N_FILES = 3000
N_ROWS = 20000


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _body(i: int) -> str:
    return f"Report {i}: clashes were reported near the market, officials said. " * 6


def bench_ingest(tmp: Path) -> dict[str, float]:
    folder = tmp / "files"
    folder.mkdir()
    for i in range(N_FILES):
        (folder / f"{i:05d}.txt").write_text(_body(i))
    rows = tmp / "rows.jsonl"
    with rows.open("w") as handle:
        for i in range(N_ROWS):
            handle.write(json.dumps({"text": _body(N_FILES + i), "date": "2020-01-01"}) + "\n")
    results = {}
    with Database(tmp / "bench.duckdb") as db:
        for label, path, count in (("files", folder, N_FILES), ("jsonl", rows, N_ROWS)):
            start = time.perf_counter()
            summary = ingest_paths(db, [path])
            elapsed = time.perf_counter() - start
            assert summary.new == count, summary.to_dict()
            results[f"ingest_{label}_reports_per_s"] = round(count / elapsed, 1)
    return results


def _texts() -> list[str]:
    dev = Path(__file__).resolve().parents[2] / "shared" / "eval" / "dev"
    if dev.is_dir():
        return [json.loads(line)["text"] for f in sorted(dev.glob("*.jsonl")) for line in f.open(encoding="utf-8")]
    from sitrep.ingest import read_reports
    from sitrep.records import Report

    examples = Path(__file__).resolve().parents[1] / "examples" / "reports"
    return [r.body for r in read_reports([examples]) if isinstance(r, Report)]


def _rate(label: str, texts: list[str], run) -> dict[str, float]:
    words = sum(len(t.split()) for t in texts)
    start = time.perf_counter()
    run(texts)
    elapsed = time.perf_counter() - start
    return {f"{label}_reports_per_s": round(len(texts) / elapsed, 1), f"{label}_words_per_s": round(words / elapsed)}


def _extract_rates(texts: list[str], long_texts: list[str]) -> dict[str, float]:
    """Full extraction, in a process of its own so that its peak memory is sitrep's alone."""
    from sitrep.extract import extract_text

    extract_text(texts[0])  # warm caches: models, gazetteer, knowledge base
    results = _rate("extract_short", texts, lambda ts: [extract_text(t) for t in ts])
    results |= _rate("extract_long", long_texts, lambda ts: [extract_text(t) for t in ts])
    results["extract_peak_rss_mb"] = round(_peak_mb(), 1)
    return results


def bench_workers(long_texts: list[str]) -> dict[str, float]:
    """`sitrep extract` (stored reports, stored results) with 1 and 2 worker processes: words/s and the ratio,
    on the long reports twice over (86 reports, ~235k words, ~1.5 min on one core), so that the workers'
    start (~5 s) weighs as it does on an archive, not on a handful of reports."""
    from sitrep.records import Report, report_id_for
    from sitrep.service.extract import extract_stored
    from sitrep.store.reports import store_reports

    texts = long_texts + [f"Second copy.\n\n{t}" for t in long_texts]
    words = sum(len(t.split()) for t in texts)
    results: dict[str, float] = {}
    for workers in (1, 2):
        with tempfile.TemporaryDirectory() as tmp, Database(Path(tmp) / "w.duckdb") as db:
            store_reports(db, [Report(id=report_id_for(t), body=t) for t in texts])
            start = time.perf_counter()
            extract_stored(db, workers=workers)
            results[f"extract_workers{workers}_words_per_s"] = round(words / (time.perf_counter() - start))
    results["workers2_speedup"] = round(
        results["extract_workers2_words_per_s"] / results["extract_workers1_words_per_s"], 2
    )
    return results


def bench_batch(long_texts: list[str]) -> dict[str, float]:
    """`sitrep batch` on a LocalCluster of 2 single-threaded workers over the texts of ``bench_workers`` in
    8 JSON Lines shards, then `sitrep load`: words/s against `sitrep extract --workers 2`, and each
    worker's peak memory."""
    from dask.distributed import Client, LocalCluster

    from sitrep.service.batch import run_batch
    from sitrep.store.partitions import load_partitions

    texts = long_texts + [f"Second copy.\n\n{t}" for t in long_texts]
    words = sum(len(t.split()) for t in texts)
    with tempfile.TemporaryDirectory() as tmp:
        shards = Path(tmp) / "shards"
        shards.mkdir()
        for n in range(8):
            rows = "".join(json.dumps({"text": t}) + "\n" for t in texts[n::8])
            (shards / f"part-{n}.jsonl").write_text(rows, encoding="utf-8")
        with (
            LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
            Client(cluster) as client,
        ):
            start = time.perf_counter()
            run_batch([str(shards)], Path(tmp) / "out", scheduler=cluster.scheduler_address)
            with Database(Path(tmp) / "loaded.duckdb") as db:
                load_partitions(db, Path(tmp) / "out")
            seconds = time.perf_counter() - start
            peaks = client.run(lambda: resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    return {
        "batch_workers2_words_per_s": round(words / seconds),
        "batch_worker_peak_mb": round(max(peaks.values())),
    }


def bench_extract() -> dict[str, float]:
    import spacy

    from sitrep.extract.nlp import MODEL

    texts = _texts()
    long_texts = ["\n\n".join(texts[i : i + 40]) for i in range(0, len(texts), 40)]
    bare = spacy.load(MODEL, exclude=["parser", "lemmatizer", "tagger", "attribute_ruler", "senter"])
    results: dict[str, float] = {"texts": len(texts), "long_texts": len(long_texts)}
    results |= _rate("spacy_ner_short", texts, lambda ts: [bare(t) for t in ts])
    results |= _rate("spacy_ner_long", long_texts, lambda ts: [bare(t) for t in ts])
    with multiprocessing.get_context("spawn").Pool(1) as pool:
        results |= pool.apply(_extract_rates, (texts, long_texts))
    results |= bench_workers(long_texts)
    results |= bench_batch(long_texts)
    results["batch_vs_workers2"] = round(
        results["batch_workers2_words_per_s"] / results["extract_workers2_words_per_s"], 2
    )
    results["ratio_short"] = round(results["extract_short_words_per_s"] / results["spacy_ner_short_words_per_s"], 3)
    results["ratio_long"] = round(results["extract_long_words_per_s"] / results["spacy_ner_long_words_per_s"], 3)
    return results


def main() -> int:
    from actors_bench import bench_actor, bench_incremental_resolve
    from serve_bench import bench_serve

    with tempfile.TemporaryDirectory() as tmp:
        results = bench_ingest(Path(tmp))
        results |= bench_actor(Path(tmp))
        with multiprocessing.get_context("spawn").Pool(1) as pool:  # its 1,000,000-event store stays out of peak_rss_mb
            results |= pool.apply(bench_incremental_resolve, (Path(tmp),))
    with tempfile.TemporaryDirectory() as tmp:
        results |= bench_serve(Path(tmp))
    results |= bench_extract()
    results["peak_rss_mb"] = round(_peak_mb(), 1)
    for key, value in results.items():
        print(f"{key:>32}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
