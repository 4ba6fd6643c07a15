"""Growth: does verifying one claim slow down as the store grows?

Stores of 1x, 10x and 100x the corpus: the real 1x store (the imported
snapshot) plus synthetic sources (``corpus.synthetic_rows``). The synthetic
rows are written with ``executemany`` straight into a store file that
``Store.open`` created and migrated, and the full-text index is filled with
one ``INSERT ... SELECT`` as ``Store`` itself does: the public import (a few
hundred records a second, see the import figures) would take half an hour
at 100x. Built stores are kept under
``benchmarks/out/`` and reused while the content of the 1x store, the seed
and the size are unchanged.

For the same claims at every size, in the same run:

- indexed lookup: the cited source's passages fetched by key
  (``Store.get_source`` + ``Store.passages``) and scored with rapidfuzz;
- FTS5 search: ``Store.search_passages`` over the whole store (claims that
  cite nothing specific);
- the verifier: ``pipeline.verify_claims`` offline, when the verifier exists;
- naive scan: every stored passage read and scored with rapidfuzz
  (``process.extractOne``, chunk by chunk, so memory stays bounded).
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import time
from pathlib import Path

from common import Section, median
from corpus import BenchClaim, StoredPaper, make_claims, stored_papers, synthetic_rows

_SOURCE_INSERT = (
    "INSERT INTO sources (key, version, version_number, url, title, text, sha256, retrieved_at, authors, "
    "published, versions, content, etag, last_modified, doi, origin) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
)
_PASSAGE_INSERT = 'INSERT INTO passages (source_key, version, position, start, "end", text) VALUES (?,?,?,?,?,?)'


def build_store(base_db: Path, target: Path, factor: int, pool: list[StoredPaper], seed: int) -> dict:
    """A store ``factor`` times the size of ``base_db``: its real rows plus synthetic ones."""
    from factcheck.store import Store

    marker = target.with_suffix(".built")
    stamp = f"{_content_stamp(base_db)}:{factor}:{seed}"
    if target.exists() and marker.exists() and marker.read_text() == stamp:
        return {"reused": True, "seconds": 0.0}
    for path in (target, marker, Path(str(target) + "-wal"), Path(str(target) + "-shm")):
        path.unlink(missing_ok=True)
    started = time.perf_counter()
    shutil.copyfile(base_db, target)
    Store.open(target).close()  # migrated, WAL folded in
    conn = sqlite3.connect(target, isolation_level=None)
    real = conn.execute("SELECT count(*) FROM sources").fetchone()[0]
    wanted = real * (factor - 1)
    # A throwaway benchmark file: no journal, no fsync while building.
    conn.execute("PRAGMA journal_mode = OFF")
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("PRAGMA cache_size = -262144")
    conn.execute("BEGIN")
    before = conn.execute("SELECT coalesce(max(id), 0) FROM passages").fetchone()[0]
    sources: list[tuple] = []
    passages: list[tuple] = []
    for source, rows in synthetic_rows(wanted, pool, seed):
        sources.append(source)
        passages.extend(rows)
        if len(sources) >= 20_000:
            conn.executemany(_SOURCE_INSERT, sources)
            conn.executemany(_PASSAGE_INSERT, passages)
            sources.clear()
            passages.clear()
    conn.executemany(_SOURCE_INSERT, sources)
    conn.executemany(_PASSAGE_INSERT, passages)
    rows_at = time.perf_counter()
    # Incremental merges off while bulk loading (about 45% faster here); the
    # crisis merges still bound the segment count, and the setting is put
    # back to SQLite's default before the store is used.
    conn.execute("INSERT INTO passages_fts (passages_fts, rank) VALUES ('automerge', 0)")
    conn.execute("INSERT INTO passages_fts (rowid, text) SELECT id, text FROM passages WHERE id > ?", (before,))
    conn.execute("INSERT INTO passages_fts (passages_fts, rank) VALUES ('automerge', 4)")
    conn.execute("COMMIT")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.close()
    finished = time.perf_counter()
    marker.write_text(stamp)
    return {
        "reused": False,
        "seconds": finished - started,
        "rows_seconds": rows_at - started,
        "fts_seconds": finished - rows_at,
        "synthetic_sources": wanted,
    }


def _content_stamp(db: Path) -> str:
    """What the base store holds (every source version and passage), not when it was written.

    Each run imports the 1x store afresh; the same content must find the
    big stores built from it last time.
    """
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        digest = hashlib.sha256()
        for key, version, sha in conn.execute("SELECT key, version, sha256 FROM sources ORDER BY key, version"):
            digest.update(f"{key}|{version}|{sha}\n".encode())
        for (text,) in conn.execute("SELECT text FROM passages ORDER BY source_key, version, position"):
            digest.update(text.encode())
    finally:
        conn.close()
    return digest.hexdigest()[:16]


def store_counts(db: Path) -> tuple[int, int, int]:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        sources = conn.execute("SELECT count(*) FROM sources").fetchone()[0]
        passages = conn.execute("SELECT max(id) FROM passages").fetchone()[0] or 0
    finally:
        conn.close()
    return sources, passages, db.stat().st_size


def _score(claim: str, texts: list[str]) -> float:
    from rapidfuzz import fuzz, process

    best = process.extractOne(claim, texts, scorer=fuzz.token_set_ratio)
    return best[1] if best else 0.0


def time_indexed(store, claim: BenchClaim) -> float:
    started = time.perf_counter()
    source = store.get_source(claim.source_key)
    texts = [p.text for p in store.passages(source.key, source.version)]
    _score(claim.text, texts)
    return time.perf_counter() - started


def time_fts(store, claim: BenchClaim) -> float:
    started = time.perf_counter()
    found = store.search_passages(claim.text, limit=10)
    _score(claim.text, [p.text for p, _ in found])
    return time.perf_counter() - started


def time_naive(db: Path, claim: BenchClaim) -> float:
    """Score every stored passage: what a tool without an index must do."""
    from rapidfuzz import fuzz, process

    started = time.perf_counter()
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        cursor = conn.execute("SELECT text FROM passages")
        best = 0.0
        while True:
            chunk = cursor.fetchmany(50_000)
            if not chunk:
                break
            found = process.extractOne(claim.text, [row[0] for row in chunk], scorer=fuzz.token_set_ratio)
            if found and found[1] > best:
                best = found[1]
    finally:
        conn.close()
    return time.perf_counter() - started


def time_verifier(store, claims: list[BenchClaim]) -> list[float] | None:
    try:
        from factcheck.pipeline import claim_id_for, verify_claims
        from factcheck.references import parse_reference
        from factcheck.verifiers import get_verifier

        verifier = get_verifier("lexical")
    except Exception:
        return None
    times = []
    for claim in claims:
        refs = (parse_reference(claim.source_key),)
        started = time.perf_counter()
        list(verify_claims([(claim_id_for(claim.text), claim.text, refs)], store=store, verifier=verifier, fetcher=None, offline=True, language="en"))
        times.append(time.perf_counter() - started)
    return times


def run(section: Section, *, base_db: Path, work: Path, factors: list[int], seed: int, claims_per_size: int, slow_runs: int) -> None:
    from factcheck.store import Store

    pool = stored_papers(base_db)
    claims = make_claims(pool, claims_per_size, seed + 1)
    # The verifier's first call loads lexicons and warms caches: not a per-claim cost.
    with Store.open(base_db) as warm:
        time_verifier(warm, claims[:1])
    ratios = {}
    for factor in factors:
        db = base_db if factor == 1 else work / f"store-{factor}x.db"
        build = {"reused": True, "seconds": 0.0} if factor == 1 else build_store(base_db, db, factor, pool, seed + factor)
        sources, passages, size = store_counts(db)
        with Store.open(db) as store:
            time_indexed(store, claims[0])  # first touch of the file's pages
            indexed = [time_indexed(store, claim) for claim in claims]
            # FTS5 and the naive scan take seconds per claim on the big stores: fewer runs.
            fts = [time_fts(store, claim) for claim in claims[:slow_runs]]
            verified = time_verifier(store, claims)
        # A scan of the 100x store reads 5 million passages (about a minute) and varies by a few
        # percent between runs, far less than the ratio it is compared with: one run is enough there.
        naive_runs = 1 if factor >= 100 else slow_runs
        naive = [time_naive(db, claim) for claim in claims[:naive_runs]]
        ratio = median(naive) / median(indexed)
        ratios[factor] = ratio
        section.details[f"{factor}x"] = {
            "sources": sources,
            "passages": passages,
            "db_bytes": size,
            "build": build,
            "indexed_seconds": indexed,
            "fts_seconds": fts,
            "verifier_seconds": verified,
            "naive_seconds": naive,
        }
        note = f"{sources:,} sources, {passages:,} passages"
        if not build["reused"] and factor != 1:
            note += f"; built in {build['seconds']:.0f} s"
        section.add(f"{factor}x: indexed lookup, median per claim", median(indexed) * 1000, "ms", note=note)
        section.add(f"{factor}x: FTS5 search, median per claim", median(fts) * 1000, "ms")
        if verified:
            section.add(f"{factor}x: verifier (verify_claims), median per claim", median(verified) * 1000, "ms")
        section.add(f"{factor}x: naive rapidfuzz scan, median per claim", median(naive) * 1000, "ms", note=f"{len(naive)} runs")
        budget = 50.0 if factor == max(factors) and factor >= 100 else None
        section.add(f"{factor}x: naive / indexed", ratio, "x", budget=budget, op=">=" if budget else "")
        section.add(f"{factor}x: naive / FTS5", median(naive) / median(fts), "x")
    if len(factors) > 1:
        first, last = min(factors), max(factors)
        grow_indexed = median(section.details[f"{last}x"]["indexed_seconds"]) / median(section.details[f"{first}x"]["indexed_seconds"])
        grow_naive = median(section.details[f"{last}x"]["naive_seconds"]) / median(section.details[f"{first}x"]["naive_seconds"])
        section.add(f"indexed time growth {first}x -> {last}x", grow_indexed, "x", note=f"store grew {last // first}x; naive scan grew {grow_naive:.1f}x")
