"""Import: ``factcheck sources import`` of the snapshot, as a whole process.

- records per second of the full snapshot (6,435 real abstracts);
- peak resident memory on a file and on a 4x-longer one: a streaming
  import keeps it flat;
- database bytes per stored abstract (passages and full-text index included).
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from common import FACTCHECK, Section, child_env, run_child
from corpus import SNAPSHOT, renamed_records, snapshot_records, write_snapshot

RECORDS_PER_SECOND_BUDGET = 5_000


def _import(db: Path, snapshot: Path):
    for path in (db, Path(str(db) + "-wal"), Path(str(db) + "-shm")):
        path.unlink(missing_ok=True)
    run = run_child([str(FACTCHECK), "--db", str(db), "sources", "import", str(snapshot)], env=child_env())
    if run.returncode != 0:
        raise RuntimeError(f"factcheck sources import failed ({run.returncode}): {run.stderr.strip()[-500:]}")
    return run


def _db_bytes(db: Path) -> int:
    return sum(p.stat().st_size for p in (db, Path(str(db) + "-wal")) if p.exists())


def run(section: Section, *, work: Path, limit: int | None, flat_records: int) -> Path:
    """Import the snapshot (its first ``limit`` records in quick mode) and return the store, for the next benchmarks."""
    snapshot = SNAPSHOT
    if limit is not None:
        snapshot = work / "snapshot-subset.jsonl.gz"
        write_snapshot(snapshot, snapshot_records(limit))
    db = work / "store-1x.db"
    result = _import(db, snapshot)
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        records = conn.execute("SELECT count(*) FROM sources").fetchone()[0]
        passages = conn.execute("SELECT count(*) FROM passages").fetchone()[0]
    finally:
        conn.close()
    printed = re.search(r"([\d,]+) records/s", result.stdout)
    section.details["full"] = {
        "snapshot": str(snapshot),
        "records": records,
        "passages": passages,
        "seconds": result.seconds,
        "peak_rss_bytes": result.peak_rss_bytes,
        "db_bytes": _db_bytes(db),
        "cli_says": result.stdout.strip(),
    }
    rate = records / result.seconds
    section.add(
        "records/s (whole process)",
        rate,
        "records/s",
        budget=RECORDS_PER_SECOND_BUDGET,
        op=">=",
        note=f"{records:,} records, {passages:,} passages in {result.seconds:.1f} s"
        + (f"; the command reports {printed.group(1)}/s" if printed else ""),
    )
    section.add("DB bytes per stored abstract", _db_bytes(db) / records, "bytes", note=f"{_db_bytes(db) / 2**20:.1f} MiB in all, passages and FTS5 index included")

    # Memory as the file grows: renamed records, N and 4N of them. N is chosen
    # so that even the smaller store outgrows SQLite's 32 MiB page cache,
    # which would otherwise show up as growth.
    small = work / "snapshot-flat-1x.jsonl.gz"
    large = work / "snapshot-flat-4x.jsonl.gz"
    write_snapshot(small, renamed_records(flat_records))
    write_snapshot(large, renamed_records(4 * flat_records))
    one = _import(work / "flat-1x.db", small)
    four = _import(work / "flat-4x.db", large)
    section.details["flat"] = {
        "records_1x": flat_records,
        "records_4x": 4 * flat_records,
        "peak_rss_1x_bytes": one.peak_rss_bytes,
        "peak_rss_4x_bytes": four.peak_rss_bytes,
        "seconds_1x": one.seconds,
        "seconds_4x": four.seconds,
    }
    section.add("peak RSS, full snapshot", result.peak_rss_bytes / 2**20, "MiB")
    section.add(f"peak RSS, {flat_records:,} records", one.peak_rss_bytes / 2**20, "MiB")
    section.add(f"peak RSS, {4 * flat_records:,} records (4x file)", four.peak_rss_bytes / 2**20, "MiB")
    section.add(
        "peak RSS growth 1x -> 4x file",
        four.peak_rss_bytes / one.peak_rss_bytes,
        "x",
        budget=1.25,
        op="<=",
        note="flat when streaming: 25% allowed for noise",
    )
    for path in work.glob("flat-*.db*"):
        path.unlink()
    return db
