"""Inputs for the benchmarks, all derived from the real corpus with a seeded RNG.

- the committed arXiv snapshot (``fixtures/sources/arxiv-snapshot.jsonl.gz``,
  6,435 real abstracts) and subsets or renamed copies of it;
- real sentences (the passages the store cut from those abstracts);
- claims over those papers: a sentence as written, with a number changed,
  with an entity swapped, or pinned to another paper;
- synthetic sources for the 10x and 100x stores: real sentences recombined,
  numbers redrawn, under arXiv ids of the year 2099 (``99xx.xxxxx``) that no
  real paper has.

Everything is deterministic for a given seed, so two runs measure the same work.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import random
import re
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from common import ROOT

SNAPSHOT = ROOT / "fixtures" / "sources" / "arxiv-snapshot.jsonl.gz"
ARTICLES = ROOT / "fixtures" / "articles"
SEED_ARTICLE = ARTICLES / "article-bubeck-phi.fr.txt"
HTTP_FIXTURES = ROOT / "fixtures" / "http"

_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_VARIANTS = 4  # forms of each real sentence the synthetic sources draw from


def snapshot_records(limit: int | None = None) -> Iterator[dict]:
    with gzip.open(SNAPSHOT, "rt", encoding="utf-8") as handle:
        for count, line in enumerate(handle):
            if limit is not None and count >= limit:
                return
            yield json.loads(line)


def write_snapshot(path: Path, records: Iterator[dict] | list[dict]) -> int:
    """A snapshot file as the importer reads it (gzip JSON Lines); returns the record count."""
    count = 0
    with gzip.open(path, "wt", encoding="utf-8", compresslevel=1) as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
    return count


def renamed_records(count: int) -> Iterator[dict]:
    """``count`` snapshot records under distinct 2099 ids, cycling through the snapshot.

    Renamed so every record adds a new source version (an import of the same
    id twice would find it unchanged and do less work).
    """
    base = list(snapshot_records())
    for serial in range(count):
        yield base[serial % len(base)] | {"id": synthetic_arxiv_id(serial)}


def synthetic_arxiv_id(serial: int) -> str:
    return f"99{serial // 100_000:02d}.{serial % 100_000:05d}"


# ---------------------------------------------------------------- real sentences


@dataclass(frozen=True)
class StoredPaper:
    key: str
    version: str
    title: str
    sentences: tuple[str, ...]  # the stored passages after the title


def stored_papers(db_path: Path, limit: int | None = None) -> list[StoredPaper]:
    """Papers and their passages, read straight from a store file (read-only)."""
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        papers: dict[tuple[str, str], list[tuple[int, str]]] = {}
        for key, version, position, text in conn.execute(
            "SELECT source_key, version, position, text FROM passages ORDER BY source_key, version, position"
        ):
            papers.setdefault((key, version), []).append((position, text))
    finally:
        conn.close()
    result = []
    for (key, version), rows in papers.items():
        texts = [text for _, text in sorted(rows)]
        if len(texts) < 2:
            continue
        result.append(StoredPaper(key, version, texts[0], tuple(texts[1:])))
        if limit is not None and len(result) >= limit:
            break
    return result


def redraw_numbers(text: str, rng: random.Random) -> str:
    """Every number replaced by another of the same shape (so "7.5" stays a decimal)."""

    def replace(match: re.Match[str]) -> str:
        value = match.group(0)
        while True:
            drawn = "".join(str(rng.randint(1 if i == 0 and len(value) > 1 else 0, 9)) if ch.isdigit() else ch for i, ch in enumerate(value))
            if drawn != value:
                return drawn

    return _NUMBER.sub(replace, text)


# ---------------------------------------------------------------- claims


@dataclass(frozen=True)
class BenchClaim:
    kind: str  # "verbatim" | "number_changed" | "entity_swapped" | "other_paper" | "paraphrase"
    text: str
    source_key: str  # what the claim cites


_CAPITALISED = re.compile(r"\b[A-Z][A-Za-z0-9\-]{2,}\b")


def _names(sentence: str) -> list[str]:
    """Capitalised words past the first one: names of models, datasets, people."""
    return [match.group(0) for match in _CAPITALISED.finditer(sentence) if match.start() > 0]


def make_claims(papers: list[StoredPaper], count: int, seed: int) -> list[BenchClaim]:
    """Claims of varied kinds over real papers, each pinned to one of them."""
    rng = random.Random(seed)
    with_numbers = [(p, s) for p in papers for s in p.sentences if _NUMBER.search(s) and len(s) < 400]
    with_names = [(p, s) for p in papers for s in p.sentences if _names(s) and len(s) < 400]
    plain = [(p, s) for p in papers for s in p.sentences if 40 <= len(s) < 400]
    names = sorted({name for _, s in with_names for name in _names(s)})
    claims: list[BenchClaim] = []
    kinds = ["verbatim", "number_changed", "entity_swapped", "other_paper", "paraphrase"]
    for index in range(count):
        kind = kinds[index % len(kinds)]
        if kind == "number_changed" and with_numbers:
            paper, sentence = rng.choice(with_numbers)
            claims.append(BenchClaim(kind, redraw_numbers(sentence, rng), paper.key))
        elif kind == "entity_swapped" and with_names:
            paper, sentence = rng.choice(with_names)
            old = rng.choice(_names(sentence))
            claims.append(BenchClaim(kind, sentence.replace(old, rng.choice(names), 1), paper.key))
        elif kind == "other_paper":
            paper, sentence = rng.choice(plain)
            other = rng.choice(papers)
            while other.key == paper.key:
                other = rng.choice(papers)
            claims.append(BenchClaim(kind, sentence, other.key))
        elif kind == "paraphrase":
            paper, sentence = rng.choice(plain)
            words = sentence.split()
            # Drop a few words and lead with a reporting phrase, as an article would.
            kept = [w for w in words if rng.random() > 0.15] or words
            claims.append(BenchClaim(kind, "The authors report that " + " ".join(kept), paper.key))
        else:
            paper, sentence = rng.choice(plain)
            claims.append(BenchClaim("verbatim", sentence, paper.key))
    return claims


# ---------------------------------------------------------------- synthetic sources


def synthetic_rows(
    count: int, pool: list[StoredPaper], seed: int, *, start_serial: int = 0
) -> Iterator[tuple[tuple, list[tuple]]]:
    """``count`` synthetic sources as (sources row, passages rows) in the store's schema.

    Each takes the title of a real paper and as many sentences as a real
    abstract of the pool has, drawn from all papers, most with their numbers
    redrawn.
    """
    rng = random.Random(seed)
    # Redraw the numbers of every pool sentence a few times up front: drawing
    # per synthetic sentence would make building the 100x store CPU-bound in Python.
    variants: list[str] = []
    for paper in pool:
        for sentence in paper.sentences:
            variants.append(sentence)
            if _NUMBER.search(sentence):
                variants.extend(redraw_numbers(sentence, rng) for _ in range(_VARIANTS - 1))
    titles = [paper.title for paper in pool]
    for serial in range(start_serial, start_serial + count):
        model = pool[rng.randrange(len(pool))]
        title = titles[rng.randrange(len(titles))]
        body = [variants[rng.randrange(len(variants))] for _ in model.sentences]
        text = title + "\n\n" + " ".join(body)
        arxiv_id = synthetic_arxiv_id(serial)
        key = f"arXiv:{arxiv_id}"
        source = (
            key, "v1", 1, f"https://arxiv.org/abs/{arxiv_id}v1", title, text,
            hashlib.sha256(text.encode("utf-8")).hexdigest(), "2099-01-01", "[]", "2099",
            '[["v1","2099"]]', "abstract", None, None, None, "import",
        )
        passages = [(key, "v1", 0, 0, len(title), title)]
        cursor = len(title) + 2
        for position, sentence in enumerate(body, start=1):
            passages.append((key, "v1", position, cursor, cursor + len(sentence), sentence))
            cursor += len(sentence) + 1
        yield source, passages
