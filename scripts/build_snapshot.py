"""Build the arXiv snapshot fixtures from the shared corpus.

Writes, in the public arXiv metadata snapshot format that
``factcheck.importer.iter_snapshot`` reads:

- ``fixtures/sources/arxiv-snapshot.jsonl.gz``: every paper of
  ``corpus/arxiv-abstracts.jsonl`` (6,435 abstracts; gzip keeps the committed
  file near 3.5 MB instead of 12 MB).
- ``fixtures/sources/phi3-versions.jsonl``: two snapshot records of arXiv
  2404.14219 (Phi-3 Technical Report) from ``corpus/arxiv-versions``, one taken
  when v1 was the latest (v1 abstract), one when v4 was (v4 abstract).

The corpus knows only the year of each paper and, for some, the version its
curated list linked to. So each record lists versions v1..vN (N from that link,
else 1) whose ``created`` is the bare year, never an invented day, and carries a
``dates`` field saying so; ``update_date`` is the date of the curated list's
commit the abstract was copied from. Output is byte-for-byte reproducible
(sorted input, gzip mtime 0).

Usage: python scripts/build_snapshot.py [--corpus DIR] [--out DIR]
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"
DEFAULT_OUT = ROOT / "fixtures" / "sources"

# Commit dates of the curated lists the corpus was extracted from (see its PROVENANCE).
COMMIT_DATES = {
    "7273861bf81f7fdf5bac278033138e1bed0ed09f": "2025-07-26",
    "dc2e4e78820546688e9c75fa9dab133eb8dd7313": "2025-06-21",
}
YEAR_ONLY = "year only: created holds the paper's year as listed by the curated list, not arXiv's date"


def clean_author(name: str) -> str:
    # Some lists stored a Python list repr split on commas: "['ronan Collobert'".
    return name.strip().strip("[]").strip().strip("'\"").strip()


def join_authors(names: list[str]) -> str:
    names = [n for n in (clean_author(name) for name in names) if n]
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def snapshot_record(paper: dict[str, Any]) -> dict[str, Any]:
    last = int(paper["arxiv_version"][1:]) if paper.get("arxiv_version") else 1
    year = str(paper["year"]) if paper.get("year") else None
    return {
        "id": paper["arxiv_id"],
        "title": paper["title"],
        "authors": join_authors(paper.get("authors") or []),
        "abstract": paper["abstract"],
        "categories": "; ".join(paper.get("tags") or []),
        "journal-ref": paper.get("venue"),
        "doi": None,
        "versions": [{"version": f"v{n}", "created": year} for n in range(1, last + 1)],
        "update_date": COMMIT_DATES.get(paper.get("source_commit", "")),
        "dates": YEAR_ONLY,
        "provenance": f"{paper['source_repo']}@{paper['source_commit'][:7]} {paper['source_path']}",
    }


def phi3_records(versions_file: Path, corpus_paper: dict[str, Any] | None) -> list[dict[str, Any]]:
    data = json.loads(versions_file.read_text(encoding="utf-8"))
    authors = join_authors(corpus_paper["authors"]) if corpus_paper else ""
    records = []
    listed = data["versions"]
    for position, version in enumerate(listed):
        if not version.get("abstract"):
            continue  # v2 and v3: dates only, no text
        known = listed[: position + 1]
        records.append(
            {
                "id": data["arxiv_id"],
                "title": data["title"],
                "authors": authors,
                "abstract": version["abstract"],
                "doi": None,
                "versions": [{"version": v["version"], "created": v["created"]} for v in known],
                "update_date": _iso_day(known[-1]["created"]),
                "provenance": version.get("provenance", ""),
            }
        )
    return records


def _iso_day(created: str) -> str:
    from email.utils import parsedate_to_datetime

    return parsedate_to_datetime(created).date().isoformat()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)

    phi3 = None
    count = 0
    snapshot = args.out / "arxiv-snapshot.jsonl.gz"
    with (args.corpus / "arxiv-abstracts.jsonl").open(encoding="utf-8") as source, open(
        snapshot, "wb"
    ) as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as out:
        for line in source:
            paper = json.loads(line)
            if paper["arxiv_id"] == "2404.14219":
                phi3 = paper
            out.write((json.dumps(snapshot_record(paper), ensure_ascii=False) + "\n").encode("utf-8"))
            count += 1

    versions = phi3_records(args.corpus / "arxiv-versions" / "2404.14219.json", phi3)
    with (args.out / "phi3-versions.jsonl").open("w", encoding="utf-8") as out:
        for record in versions:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"{snapshot}: {count} records; phi3-versions.jsonl: {len(versions)} records", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
