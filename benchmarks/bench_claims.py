"""Many claims: ``pipeline.verify_claims`` offline against the store of 6,435 abstracts.

Claims are made from the stored abstracts (``corpus.make_claims``): sentences
as written, with a number redrawn, with a name swapped, paraphrased, or
pinned to another paper. Each is timed from the moment it is asked for to
its verdict, as the ``factcheck verify --input`` loop consumes them.
"""

from __future__ import annotations

import shutil
import time
from collections import Counter
from pathlib import Path

from common import Section, median, percentile
from corpus import make_claims, stored_papers

BUDGET_CLAIMS_PER_SECOND = 300


def run(section: Section, *, base_db: Path, work: Path, count: int, seed: int) -> None:
    from factcheck.pipeline import claim_id_for, verify_claims
    from factcheck.references import parse_reference
    from factcheck.store import Store
    from factcheck.verifiers import get_verifier

    db = work / "claims.db"
    shutil.copyfile(base_db, db)
    claims = make_claims(stored_papers(base_db), count, seed)
    items = [(claim_id_for(c.text), c.text, (parse_reference(c.source_key),)) for c in claims]
    verifier = get_verifier("lexical")
    with Store.open(db) as store:
        # Lexicons and segmenters load on first use: one claim before the clock starts.
        list(verify_claims(items[:1], store=store, verifier=verifier, fetcher=None, offline=True))
        verdicts = verify_claims(items, store=store, verifier=verifier, fetcher=None, offline=True)
        times: list[float] = []
        labels: Counter[str] = Counter()
        per_kind: dict[str, list[float]] = {}
        started = time.perf_counter()
        for claim in claims:
            before = time.perf_counter()
            verdict = next(verdicts)
            spent = time.perf_counter() - before
            times.append(spent)
            labels[f"{claim.kind}:{verdict.label.value}"] += 1
            per_kind.setdefault(claim.kind, []).append(spent)
        total = time.perf_counter() - started
    section.details.update(
        claims=count,
        seconds=total,
        labels=dict(sorted(labels.items())),
        per_kind_median_ms={kind: median(values) * 1000 for kind, values in per_kind.items()},
    )
    section.add("claims verified per second", count / total, "claims/s", budget=BUDGET_CLAIMS_PER_SECOND, op=">=", note=f"{count:,} claims over {len({c.source_key for c in claims}):,} papers in {total:.1f} s")
    section.add("per-claim median", median(times) * 1000, "ms")
    section.add("per-claim 95th percentile", percentile(times, 0.95) * 1000, "ms")
