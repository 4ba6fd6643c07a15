"""Turn the Check-COVID dev and test splits into factcheck's labelled-claim format.

Check-COVID (posuer/Check-COVID, MIT) pairs news claims about COVID-19 with one
CORD-19 abstract each and a SUPPORT / REFUTE / NOTENOUGHINFO label. This script
writes, under ``claims/check-covid/``:

- ``dev.jsonl`` and ``test.jsonl``: one claim a line, in the same format as
  ``claims/dev.jsonl`` (id, claim, source, label, kind, lang, note), plus
  ``origin_id`` (the Check-COVID id) and ``evidence_sentences`` (indices into
  the abstract's sentence list) so every item can be traced back;
- ``sources.jsonl``: one abstract a line in the generic source format the
  importer reads (key, version, title, text, url);
- ``LICENSE``: the dataset's MIT licence, copied unchanged.

Check-COVID's NOTENOUGHINFO claims are, without exception, the same sentence as
a SUPPORT or REFUTE claim of their group on the same abstract: the dataset's
NEI label means "not settled once the evidence sentences are taken out". To keep
that label true for a tool that reads whole abstracts, each NEI claim cites its
own source: the abstract without the sentences that are evidence for the other
claims of its group (key: the abstract's URL plus ``&without=<indices>``).

The output is deterministic (same input, same bytes), so rerunning it only
shows a diff when the upstream data changes.

Usage::

    python scripts/build_checkcovid.py [--corpus-dir DIR] [--out-dir DIR]
"""

from __future__ import annotations

import argparse
import json
import pathlib
import shutil
import sys
from dataclasses import dataclass
from typing import Iterable, Iterator

ROOT = pathlib.Path(__file__).resolve().parent.parent
DEFAULT_CORPUS_DIR = ROOT.parent / "shared" / "corpus" / "check-covid"
DEFAULT_OUT_DIR = ROOT / "claims" / "check-covid"

# The upstream commit the copy in shared/corpus was taken from (see its
# PROVENANCE.md). Source URLs point into this exact commit so they never move.
UPSTREAM_COMMIT = "3ae70f8cac4df13a3ce56878e20d8e76790e422d"
UPSTREAM_CORPUS_URL = (
    f"https://github.com/posuer/Check-COVID/blob/{UPSTREAM_COMMIT}/Check-COVID/corpus.json"
)

LABELS = {
    "SUPPORT": "supported",
    "REFUTE": "refuted",
    "NOTENOUGHINFO": "not_enough_info",
}

# Which upstream files make each split. The test split is published as two
# files (composed and extracted claims); dev also exists as one merged file.
SPLIT_FILES = {
    "dev": ("dev/covidCheck_dev_composed+extracted.json",),
    "test": ("test/covidCheck_test_composed.json", "test/covidCheck_test_extracted.json"),
}

NOTE_QUOTE_LIMIT = 400  # characters of evidence quoted in a note


@dataclass(frozen=True)
class Abstract:
    cord_id: str
    title: str
    sentences: tuple[str, ...]
    doi: str | None = None

    @property
    def key(self) -> str:
        # corpus.json carries no DOI today; use one if a later release adds it.
        if self.doi:
            return f"doi:{self.doi.strip().lower()}"
        return self.url

    @property
    def url(self) -> str:
        if self.doi:
            return f"https://doi.org/{self.doi.strip()}"
        # A query parameter, not a fragment: URL normalisers drop fragments,
        # which would collapse every abstract onto the same key.
        return f"{UPSTREAM_CORPUS_URL}?cord_uid={self.cord_id}"

    @property
    def text(self) -> str:
        return " ".join(sentence.strip() for sentence in self.sentences if sentence.strip())

    def without(self, indices: frozenset[int]) -> "AbstractExcerpt":
        return AbstractExcerpt(self, indices)


@dataclass(frozen=True)
class AbstractExcerpt:
    """An abstract with some sentences taken out (the source of an NEI claim)."""

    abstract: Abstract
    removed: frozenset[int]

    @property
    def key(self) -> str:
        if not self.removed:
            return self.abstract.key
        return f"{self.abstract.url}&without={','.join(map(str, sorted(self.removed)))}"

    @property
    def url(self) -> str:
        return self.key if self.removed else self.abstract.url

    @property
    def title(self) -> str:
        return self.abstract.title

    @property
    def text(self) -> str:
        kept = (
            sentence.strip()
            for index, sentence in enumerate(self.abstract.sentences)
            if index not in self.removed and sentence.strip()
        )
        return " ".join(kept)


def read_jsonl(path: pathlib.Path) -> Iterator[dict]:
    """Check-COVID's .json files are JSON Lines."""
    with path.open(encoding="utf-8") as handle:
        for line_number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                yield json.loads(line)
            except json.JSONDecodeError as error:
                raise SystemExit(f"{path}:{line_number}: not JSON: {error}") from error


def load_abstracts(corpus_dir: pathlib.Path) -> dict[str, Abstract]:
    abstracts = {}
    for record in read_jsonl(corpus_dir / "corpus.json"):
        abstracts[record["cord_id"]] = Abstract(
            cord_id=record["cord_id"],
            title=(record.get("title") or "").strip(),
            sentences=tuple(record["abstract"]),
            doi=record.get("doi") or None,
        )
    return abstracts


def make_note(record: dict, abstract: Abstract) -> str:
    indices = [item["sent_index"] for item in record.get("evidence_set", [])]
    quoted = " ".join(
        f"[{index}] {abstract.sentences[index].strip()}"
        for index in indices
        if 0 <= index < len(abstract.sentences)
    )
    if len(quoted) > NOTE_QUOTE_LIMIT:
        quoted = quoted[: NOTE_QUOTE_LIMIT - 1].rstrip() + "…"
    kind = "extracted from a news article" if record.get("is_auth") else "composed by an annotator"
    if record["label"] == "NOTENOUGHINFO":
        lead = "Check-COVID NOTENOUGHINFO: the annotators' related sentence does not settle it"
    else:
        lead = f"Check-COVID {record['label']}, evidence"
    return f"{lead}: {quoted} (claim {kind})"


def group_of(record: dict) -> str:
    """Check-COVID ids are ``<group>_<n>``: the claims written together."""
    return record["id"].rsplit("_", 1)[0]


def settling_sentences(records: list[dict]) -> dict[tuple[str, str], frozenset[int]]:
    """Per (group, cord_id): the sentences that settle its SUPPORT/REFUTE claims."""
    found: dict[tuple[str, str], set[int]] = {}
    for record in records:
        if record["label"] == "NOTENOUGHINFO":
            continue
        indices = found.setdefault((group_of(record), record["cord_id"]), set())
        indices.update(item["sent_index"] for item in record.get("evidence_set", []))
    return {key: frozenset(value) for key, value in found.items()}


def source_of(record: dict, abstract: Abstract, settling: dict) -> Abstract | AbstractExcerpt:
    if record["label"] != "NOTENOUGHINFO":
        return abstract
    return abstract.without(settling.get((group_of(record), record["cord_id"]), frozenset()))


def convert_claims(
    records: list[dict], abstracts: dict[str, Abstract]
) -> tuple[list[dict], list[Abstract | AbstractExcerpt]]:
    settling = settling_sentences(records)
    items = []
    sources = []
    for record in records:
        abstract = abstracts.get(record["cord_id"])
        if abstract is None:
            raise SystemExit(f"claim {record['id']}: cord_id {record['cord_id']} not in corpus.json")
        label = LABELS.get(record["label"])
        if label is None:
            raise SystemExit(f"claim {record['id']}: unknown label {record['label']!r}")
        source = source_of(record, abstract, settling)
        sources.append(source)
        items.append(
            {
                "id": f"cc-{record['id']}",
                "claim": " ".join(record["claim"].split()),
                "source": source.key,
                "label": label,
                "kind": "check-covid",
                "lang": "en",
                "note": make_note(record, abstract),
                "origin_id": record["id"],
                "evidence_sentences": [item["sent_index"] for item in record.get("evidence_set", [])],
            }
        )
    return items, sources


def source_record(abstract: Abstract | AbstractExcerpt) -> dict:
    return {
        "key": abstract.key,
        "version": "v1",
        "title": abstract.title,
        "text": abstract.text,
        "url": abstract.url,
    }


def write_jsonl(path: pathlib.Path, rows: Iterable[dict]) -> int:
    count = 0
    with path.open("w", encoding="utf-8", newline="\n") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False, sort_keys=False) + "\n")
            count += 1
    return count


def build(corpus_dir: pathlib.Path, out_dir: pathlib.Path) -> dict[str, int]:
    abstracts = load_abstracts(corpus_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    counts: dict[str, int] = {}
    used: dict[str, Abstract | AbstractExcerpt] = {}
    seen_ids: set[str] = set()
    for split, files in SPLIT_FILES.items():
        records = [record for name in files for record in read_jsonl(corpus_dir / name)]
        items, sources = convert_claims(records, abstracts)
        for item in items:
            if item["id"] in seen_ids:
                raise SystemExit(f"duplicate claim id {item['id']}")
            seen_ids.add(item["id"])
        for source in sources:
            used[source.key] = source
        counts[split] = write_jsonl(out_dir / f"{split}.jsonl", items)
    ordered = [used[key] for key in sorted(used)]
    counts["sources"] = write_jsonl(out_dir / "sources.jsonl", map(source_record, ordered))
    shutil.copyfile(corpus_dir / "LICENSE", out_dir / "LICENSE")
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus-dir", type=pathlib.Path, default=DEFAULT_CORPUS_DIR)
    parser.add_argument("--out-dir", type=pathlib.Path, default=DEFAULT_OUT_DIR)
    args = parser.parse_args(argv)
    counts = build(args.corpus_dir, args.out_dir)
    print(
        f"wrote {counts['dev']} dev claims, {counts['test']} test claims and "
        f"{counts['sources']} sources to {args.out_dir}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
