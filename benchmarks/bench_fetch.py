"""Fetching: batched metadata requests and politeness, against a local stand-in for arXiv.

The fetcher is the real one (``make_fetcher``) under a ``FetchPolicy`` whose
politeness interval for arXiv's two hosts is shortened from 3 s to
``interval`` so a run takes seconds; the stand-in enforces that interval.

- batching: ``resolve_sources`` for N arXiv references (metadata only)
  must send ceil(N/100) API requests;
- cold run: ``pipeline.check`` of an article citing N papers into an empty
  store, full text attempts included; its wall time against the least the
  per-host intervals impose, ``(requests to the busiest host - 1) * interval``.
"""

from __future__ import annotations

import math
import time
from pathlib import Path

from arxiv_server import ArxivStandIn, built_entry, forwarding_transport, recorded_entries
from common import Section
from corpus import HTTP_FIXTURES, snapshot_records

WITHIN = 0.10  # a cold run may take 10% more than the intervals impose
ARXIV_INTERVAL = 3.0  # what arXiv asks for, and what FetchPolicy uses by default


def _entries(records: list[dict]) -> tuple[dict[str, str], int]:
    entries = recorded_entries(HTTP_FIXTURES)
    recorded = len(entries)
    recorded_ids = {label.rstrip("0123456789").rstrip("v") for label in entries}
    for record in records:
        if record["id"] not in recorded_ids:
            label, xml = built_entry(record)
            entries[label] = xml
    return entries, recorded


def _fetcher(port: int, interval: float):
    from factcheck.fetch import FetchPolicy, make_fetcher

    policy = FetchPolicy(
        allow_loopback=True,
        min_interval={"export.arxiv.org": interval, "arxiv.org": interval},
        retries=0,  # a 429 from the stand-in must show, not be retried away
    )
    return make_fetcher(policy, transport=forwarding_transport(port))


def _article(records: list[dict]) -> str:
    lines = ["# What the papers say", ""]
    for record in records:
        first = " ".join(record["abstract"].split()).split(". ")[0].rstrip(".")
        lines.append(f"{first} (arXiv:{record['id']}).")
        lines.append("")
    return "\n".join(lines)


def run(section: Section, *, work: Path, batch_sizes: list[int], cold_papers: int, interval: float) -> None:
    from factcheck.references import parse_reference
    from factcheck.resolve import resolve_sources

    records = list(snapshot_records())
    entries, recorded = _entries(records)
    section.details["entries"] = {"recorded": recorded, "built_from_snapshot": len(entries) - recorded}
    section.details["interval_seconds"] = interval

    # Batching: metadata only.
    batching = {}
    for count in batch_sizes:
        refs = [parse_reference(f"arXiv:{record['id']}") for record in records[:count]]
        with ArxivStandIn(entries, interval=interval) as server, _fetcher(server.port, interval) as fetcher:
            sources = resolve_sources(refs, lookup=lambda key, version: None, fetcher=fetcher, offline=False, fulltext=False)
            api = [hit for hit in server.hits if hit.path.endswith("/api/query")]
        resolved = sum(1 for s in sources.values() if s.ok)
        batching[count] = {"api_requests": len(api), "ids_per_request": [hit.ids for hit in api], "resolved": resolved, "violations": server.violations}
        section.add(
            f"metadata requests for {count} papers",
            len(api),
            "requests",
            budget=math.ceil(count / 100),
            op="<=",
            note=f"{resolved}/{count} resolved; expected ceil({count}/100) = {math.ceil(count / 100)}",
        )
    section.details["batching"] = batching

    # Cold run: the whole pipeline, full-text attempts included.
    from factcheck.pipeline import CheckOptions, check
    from factcheck.store import Store
    from factcheck.verifiers import get_verifier

    chosen = records[:cold_papers]
    article = work / "fetch-article.md"
    article.write_text(_article(chosen), encoding="utf-8")
    db = work / "fetch-cold.db"
    for path in (db, Path(str(db) + "-wal"), Path(str(db) + "-shm")):
        path.unlink(missing_ok=True)
    verifier = get_verifier("lexical")
    with Store.open(db) as store, ArxivStandIn(entries, interval=interval) as server, _fetcher(server.port, interval) as fetcher:
        started = time.perf_counter()
        result = check([str(article)], store=store, verifier=verifier, fetcher=fetcher, options=CheckOptions())
        seconds = time.perf_counter() - started
        hits = list(server.hits)
        violations = server.violations
        shortest = dict(server.shortest_gap)
    per_host: dict[str, int] = {}
    for hit in hits:
        per_host[hit.host] = per_host.get(hit.host, 0) + 1
    imposed = max((n - 1) * interval for n in per_host.values()) if per_host else 0.0
    api = [hit for hit in hits if hit.path.endswith("/api/query")]
    ok_sources = sum(1 for s in result.articles[0].sources if s.ok)
    section.details["cold_run"] = {
        "papers": cold_papers,
        "requests_per_host": per_host,
        "api_requests": len(api),
        "seconds": seconds,
        "imposed_seconds": imposed,
        "violations": violations,
        "shortest_gap_seconds": shortest,
        "sources_ok": ok_sources,
        "statuses": sorted({hit.status for hit in hits}),
    }
    section.add(
        f"cold run, {cold_papers} papers: metadata requests",
        len(api),
        "requests",
        budget=math.ceil(cold_papers / 100),
        op="<=",
        note=f"{ok_sources} sources stored; requests per host: {per_host}",
    )
    section.add(
        f"cold run, {cold_papers} papers: wall / interval-imposed",
        seconds / imposed if imposed else None,
        "x",
        budget=1 + WITHIN,
        op="<=",
        note=f"{seconds:.2f} s against {imposed:.2f} s imposed by a {interval:g} s interval; {violations} interval violations",
    )
    # The work besides waiting (parsing, splitting, verifying, storing) does
    # not shrink with the interval: at arXiv's real 3 s it weighs far less.
    overhead = max(0.0, seconds - imposed)
    real_imposed = imposed / interval * ARXIV_INTERVAL if interval else 0.0
    section.add(
        f"cold run at arXiv's {ARXIV_INTERVAL:g} s interval (projected): wall / imposed",
        (real_imposed + overhead) / real_imposed if real_imposed else None,
        "x",
        budget=1 + WITHIN,
        op="<=",
        note=f"{overhead:.2f} s of work beyond the waits, over {real_imposed:.0f} s of waits",
    )
    section.add(
        "cold run: politeness violations seen by the server",
        violations,
        "requests",
        budget=0,
        op="<=",
        note="shortest gap between requests per host: " + ", ".join(f"{h} {g * 1000:.0f} ms" for h, g in shortest.items()),
    )
