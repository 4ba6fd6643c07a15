"""Maintenance commands for the labelled claim sets in this directory.

    python claims/tools.py stats              # print the count tables README.md shows
    python claims/tools.py stats --write      # rewrite them in README.md in place
    python claims/tools.py sources [--corpus DIR]
        # rewrite papers.txt and sources.jsonl from the arXiv abstract snapshot

``papers.txt`` lists every arXiv id of the snapshot the claims were written
against (one a line, plus the versioned ids that have their own text), so the
tests can check that each claim cites a paper that exists without reading the
11 MiB snapshot. ``sources.jsonl`` holds the abstracts the claims cite, and those
of the papers their notes name, in the arXiv metadata snapshot line format
``factcheck.importer`` reads, so a benchmark can load exactly the text the
claims were labelled against.
"""

from __future__ import annotations

import argparse
import collections
import json
import pathlib
import re
import sys
from typing import Iterable

HERE = pathlib.Path(__file__).resolve().parent
DEFAULT_CORPUS = HERE.parent.parent / "shared" / "corpus"
SPLITS = ("dev", "test")
# Every claim file whose papers claims/sources.jsonl must carry (dev2, test2, dev3, dev4, dev5, dev6, dev7,
# test3, test4, dev8, test5, dev9, test6, test7, dev10, test8, dev11, test9, dev12, test10, dev13, test11, dev14, test12, dev15, test13, dev16, test14, dev17, test15, dev18, test16, dev19, test17, dev20, test18, dev21, test19, test20, dev22 and test21 have their own
# statistics, see tests/test_claim_sets.py).
SOURCE_SPLITS = (
    *SPLITS, "dev2", "test2", "dev3", "dev4", "dev5", "dev6", "dev7", "test3", "test4", "dev8", "test5", "dev9", "test6", "test7",
    "dev10", "test8", "dev11", "test9", "dev12", "test10", "dev13", "test11", "dev14", "test12", "dev15", "test13", "dev16", "test14", "dev17", "test15",
    "dev18", "test16", "dev19", "test17", "dev20", "test18", "dev21", "test19", "test20", "dev22",
    "test21",
)
LABELS = ("supported", "refuted", "not_enough_info")
KINDS = (
    "paraphrase",
    "number",
    "binding",
    "entity",
    "direction",
    "negation",
    "unaddressed",
    "miscited",
    "cross-lingual",
    "version",
)
SOURCE_PATTERN = re.compile(r"arXiv:(?P<id>\d{4}\.\d{4,5})(?P<version>v\d+)?")
NAMED_PAPER = re.compile(r"arXiv:(\d{4}\.\d{4,5})")
STATS_BEGIN = "<!-- stats:begin (python claims/tools.py stats --write) -->"
STATS_END = "<!-- stats:end -->"


def read_claims(split: str) -> list[dict]:
    with (HERE / f"{split}.jsonl").open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def cited_sources(item: dict) -> list[str]:
    source = item["source"]
    return list(source) if isinstance(source, list) else [source]


def paper_id(source: str) -> str:
    match = SOURCE_PATTERN.fullmatch(source)
    if match is None:
        raise ValueError(f"not an arXiv source: {source!r}")
    return match.group("id")


# ---------------------------------------------------------------- stats


def _table(header: list[str], rows: Iterable[list[object]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return "\n".join(lines)


def stats_markdown() -> str:
    items = {split: read_claims(split) for split in SPLITS}
    every = [item for split in SPLITS for item in items[split]]
    papers = {split: {paper_id(s) for item in items[split] for s in cited_sources(item)} for split in SPLITS}
    out = []
    out.append(
        _table(
            ["split", "claims", "papers", "en", "fr", *LABELS],
            [
                [
                    split,
                    len(items[split]),
                    len(papers[split]),
                    *(sum(item["lang"] == lang for item in items[split]) for lang in ("en", "fr")),
                    *(sum(item["label"] == label for item in items[split]) for label in LABELS),
                ]
                for split in SPLITS
            ]
            + [
                [
                    "all",
                    len(every),
                    len(papers["dev"] | papers["test"]),
                    *(sum(item["lang"] == lang for item in every) for lang in ("en", "fr")),
                    *(sum(item["label"] == label for item in every) for label in LABELS),
                ]
            ],
        )
    )
    by_kind = collections.Counter((item["kind"], item["label"]) for item in every)
    kind_split = collections.Counter((item["kind"], split) for split in SPLITS for item in items[split])
    kind_fr = collections.Counter(item["kind"] for item in every if item["lang"] == "fr")
    out.append(
        _table(
            ["kind", "claims", *LABELS, "dev", "test", "of which fr"],
            [
                [
                    kind,
                    sum(by_kind[kind, label] for label in LABELS),
                    *(by_kind[kind, label] for label in LABELS),
                    kind_split[kind, "dev"],
                    kind_split[kind, "test"],
                    kind_fr[kind],
                ]
                for kind in KINDS
            ],
        )
    )
    return "\n\n".join(out)


def write_stats(readme: pathlib.Path) -> None:
    text = readme.read_text(encoding="utf-8")
    start = text.index(STATS_BEGIN) + len(STATS_BEGIN)
    end = text.index(STATS_END)
    readme.write_text(text[:start] + "\n" + stats_markdown() + "\n" + text[end:], encoding="utf-8")


# ---------------------------------------------------------------- sources


def build_sources(corpus: pathlib.Path) -> tuple[int, int]:
    snapshot = {}
    with (corpus / "arxiv-abstracts.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            snapshot[record["arxiv_id"]] = record
    versioned = {}
    for path in sorted((corpus / "arxiv-versions").glob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        versioned[record["arxiv_id"]] = record

    ids = sorted(snapshot)
    extra = sorted(
        f"{arxiv_id}{version['version']}"
        for arxiv_id, record in versioned.items()
        for version in record["versions"]
        if version.get("abstract")
    )
    (HERE / "papers.txt").write_text("\n".join(ids + extra) + "\n", encoding="utf-8")

    claims = [item for split in SOURCE_SPLITS for item in read_claims(split)]
    # A note may name another paper by its arXiv id (a miscited claim names the
    # paper the claim really comes from) and quote it: its abstract is kept too.
    cited = sorted(
        {paper_id(s) for item in claims for s in cited_sources(item)}
        | {paper for item in claims for paper in NAMED_PAPER.findall(item["note"])}
    )
    lines = []
    for arxiv_id in cited:
        record = snapshot[arxiv_id]
        base = {
            "id": arxiv_id,
            "title": " ".join(record["title"].split()),
            "authors": ", ".join(record.get("authors") or []),
        }
        if arxiv_id in versioned:
            # One line per version with a known text, in order: the importer keeps
            # each as its own source version, so v1 and v4 can both be checked.
            history = versioned[arxiv_id]["versions"]
            for position, version in enumerate(history):
                if not version.get("abstract"):
                    continue
                listed = [{"version": v["version"], "created": v["created"]} for v in history[: position + 1]]
                lines.append({**base, "abstract": version["abstract"], "versions": listed})
        else:
            # The snapshot does not say which version its abstract is; the
            # importer then files it as v1.
            lines.append({**base, "abstract": record["abstract"].strip()})
    with (HERE / "sources.jsonl").open("w", encoding="utf-8", newline="\n") as handle:
        for line in lines:
            handle.write(json.dumps(line, ensure_ascii=False) + "\n")
    return len(ids) + len(extra), len(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Maintain the labelled claim sets.")
    commands = parser.add_subparsers(dest="command", required=True)
    stats = commands.add_parser("stats", help="count claims per split, label, kind and language")
    stats.add_argument("--write", action="store_true", help="update the tables in README.md")
    sources = commands.add_parser("sources", help="rewrite papers.txt and sources.jsonl")
    sources.add_argument("--corpus", type=pathlib.Path, default=DEFAULT_CORPUS)
    args = parser.parse_args(argv)
    if args.command == "stats":
        if args.write:
            write_stats(HERE / "README.md")
        else:
            print(stats_markdown())
    else:
        ids, lines = build_sources(args.corpus)
        print(f"papers.txt: {ids} ids; sources.jsonl: {lines} abstracts", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
