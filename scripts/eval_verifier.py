"""Measure the verifiers on a labelled claim file, offline, without the store.

Sources are built straight from the shared corpus: arXiv abstracts from
``corpus/arxiv-abstracts.jsonl`` (title, blank line, abstract), the dated
versions of 2404.14219 from ``corpus/arxiv-versions``; Check-COVID abstracts
from ``claims/check-covid/sources.jsonl``. ``arXiv:ID`` means the latest
version known, ``arXiv:IDvN`` that version.

Usage:
    python scripts/eval_verifier.py claims/dev.jsonl [--verifier lexical] [--baseline naive]
        [--lang fr] [--errors] [--timing]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from email.utils import parsedate_to_datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factcheck.evaluate import evaluate, format_report, load_labelled  # noqa: E402
from factcheck.types import Source, SourceVersion, sha256_text  # noqa: E402
from factcheck.verifiers import get_verifier  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"


def _source(key: str, version: str, title: str | None, body: str, published: str | None = None, versions=()) -> Source:
    text = f"{title}\n\n{body}" if title else body
    return Source(
        key=key,
        version=version,
        url=key,
        title=title,
        text=text,
        sha256=sha256_text(text),
        retrieved_at="2026-01-01T00:00:00Z",
        published=published,
        versions=tuple(versions),
    )


def load_sources(corpus: Path = CORPUS) -> dict[str, list[Source]]:
    """Every known version of every source, by key, oldest first."""
    by_key: dict[str, list[Source]] = {}
    with (corpus / "arxiv-abstracts.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            paper = json.loads(line)
            key = f"arXiv:{paper['arxiv_id']}"
            version = paper.get("arxiv_version") or "v1"
            by_key[key] = [_source(key, version, paper["title"], " ".join(paper["abstract"].split()))]
    for path in sorted((corpus / "arxiv-versions").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        key = f"arXiv:{data['arxiv_id']}"
        known = [SourceVersion(v["version"], parsedate_to_datetime(v["created"]).isoformat()) for v in data["versions"]]
        by_key[key] = [
            _source(key, v["version"], data["title"], v["abstract"], parsedate_to_datetime(v["created"]).isoformat(), known)
            for v in data["versions"]
            if v.get("abstract")
        ]
    covid = ROOT / "claims" / "check-covid" / "sources.jsonl"
    if covid.exists():
        for line in covid.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            by_key[record["key"]] = [_source(record["key"], record.get("version", "v1"), record.get("title"), record["text"])]
    return by_key


def resolve(reference: str, by_key: dict[str, list[Source]]) -> Source | None:
    match = re.fullmatch(r"(arXiv:[\w./-]+?)(v\d+)?", reference)
    if match and match.group(1) in by_key:
        versions = by_key[match.group(1)]
        if match.group(2):
            return next((s for s in versions if s.version == match.group(2)), None)
        return versions[-1]
    found = by_key.get(reference)
    return found[-1] if found else None


def run(items, name: str, by_key):
    verifier = get_verifier(name)
    verdicts = []
    for item in items:
        sources = [s for s in (resolve(r, by_key) for r in item.sources) if s is not None]
        if not sources:
            raise SystemExit(f"{item.id}: no source for {item.sources}")
        verdicts.append(verifier.verify(item.id, item.claim, item.lang or "en", sources))
    return verdicts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path)
    parser.add_argument("--verifier", default="lexical")
    parser.add_argument("--baseline", default="naive", help="'none' to skip")
    parser.add_argument("--lang", help="only claims in this language")
    parser.add_argument("--kind", help="only claims of this kind")
    parser.add_argument("--errors", action="store_true", help="list the claims the verifier gets wrong")
    parser.add_argument("--timing", action="store_true", help="claims per second of the verifier")
    args = parser.parse_args(argv)

    by_key = load_sources()
    items = load_labelled(args.path)
    if args.lang:
        items = [i for i in items if i.lang == args.lang]
    if args.kind:
        items = [i for i in items if i.kind == args.kind]
    start = time.perf_counter()
    verdicts = run(items, args.verifier, by_key)
    elapsed = time.perf_counter() - start
    baseline = evaluate(items, run(items, args.baseline, by_key)) if args.baseline != "none" else None
    print(format_report(evaluate(items, verdicts), baseline))
    if args.timing:
        start = time.perf_counter()
        run(items, args.verifier, by_key)  # warm caches: the steady state of a long run
        warm = time.perf_counter() - start
        print(f"speed: {len(items) / elapsed:.0f} claims/s cold, {len(items) / warm:.0f} claims/s warm")
    if args.errors:
        for item, verdict in zip(items, verdicts):
            if verdict.label.value != item.label:
                print(f"\n{item.id} [{item.kind}/{item.lang}] gold={item.label} got={verdict.label.value} ({verdict.confidence})")
                print(f"  claim: {item.claim}")
                for reason in verdict.reasons:
                    print(f"  - {reason.code}: {reason.message}")
                if verdict.evidence:
                    print(f"  evidence: {verdict.evidence[0].text[:220]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
