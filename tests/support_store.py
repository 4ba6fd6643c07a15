"""Helpers shared by the store, importer and store-robustness tests."""

from __future__ import annotations

import itertools
import json
import os
import re
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from factcheck.types import (
    Article,
    Claim,
    ClaimKind,
    Evidence,
    Label,
    Passage,
    Reason,
    Reference,
    ReferenceKind,
    Source,
    Verdict,
    content_id,
    sha256_text,
)

try:  # the project's splitter, once it exists
    from factcheck.passages import split_passages as _split_passages
except ImportError:  # pragma: no cover - until passages.py lands
    _split_passages = None


def split(source: Source) -> list[Passage]:
    """Passages of a source: the project's splitter, else one passage per sentence."""
    if _split_passages is not None:
        return list(_split_passages(source))
    return quick_split(source)


def quick_split(source: Source) -> list[Passage]:
    """One passage per sentence by a plain rule: for volume tests, where pysbd would dominate."""
    passages = []
    for match in re.finditer(r"[^.!?\n]+(?:[.!?]+|$)", source.text):
        stripped = match.group().strip()
        if stripped:
            start = match.start() + match.group().index(stripped)
            passages.append(Passage(source.key, source.version, len(passages), start, start + len(stripped), stripped))
    return passages


def with_passages(sources: Iterable[Source], splitter=None) -> Iterator[tuple[Source, Sequence[Passage]]]:
    cut = splitter or split
    for source in sources:
        yield source, cut(source)


def make_source(key: str, version: str, text: str, *, content: str = "abstract", when: str = "2024-05-01T00:00:00+00:00") -> Source:
    return Source(
        key=key,
        version=version,
        url=f"https://example.org/{key}/{version}",
        title=None,
        text=text,
        sha256=sha256_text(text),
        retrieved_at=when,
        content=content,
    )


def make_article(location: str, text: str, *, language: str = "en") -> tuple[Article, list[Claim], list[Reference], dict[str, tuple[Reference, ...]]]:
    """An article whose sentences are its claims, each citing the article-level reference."""
    article_id = content_id(text)
    article = Article(
        id=article_id,
        location=location,
        media_type="text/plain",
        raw=text,
        text=text,
        segments=((0, 0, len(text)),),
        language=language,
        encoding="utf-8",
    )
    claims = []
    for match in re.finditer(r".+?\.(?=\s|$)", text):
        sentence = match.group().strip()
        start = text.index(sentence, match.start())
        claims.append(
            Claim(
                id=content_id(article_id, sentence),
                article_id=article_id,
                text=sentence,
                start=start,
                end=start + len(sentence),
                kind=ClaimKind.CLAIM,
                reason="has a number",
                language=language,
            )
        )
    reference = Reference(ReferenceKind.ARXIV, "2404.14219", raw="arXiv:2404.14219", article_level=True)
    links = {claim.id: (reference,) for claim in claims}
    return article, claims, [reference], links


def make_verdict(claim_id: str, label: Label = Label.SUPPORTED, *, confidence: float = 0.9, note: str = "") -> Verdict:
    return Verdict(
        claim_id=claim_id,
        label=label,
        confidence=confidence,
        reasons=(Reason("matched", "the source says it" + note),),
        evidence=(Evidence("arXiv:2404.14219v4", "phi-3-mini achieves 69% on MMLU", 10, 40, 0.8),),
        sources=("arXiv:2404.14219v4",),
    )


# ---------------------------------------------------------------- child processes for the robustness tests
# Run as ``python tests/support_store.py MODE ARGS...``. Each child appends to a
# side file what it has committed, right after the commit returns, so the
# parent knows what the database must hold whatever happens to the child.


def _acknowledge(side: str, line: str) -> None:
    fd = os.open(side, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        os.write(fd, (line + "\n").encode("utf-8"))  # one small O_APPEND write: never interleaved
    finally:
        os.close(fd)


def _wait_for(go: str) -> None:
    while not os.path.exists(go):
        time.sleep(0.001)


def shared_article_text(number: int) -> str:
    return (
        f"Article {number} reports that phi-3-mini has 3.8 billion parameters. "
        f"It was trained on 3.3 trillion tokens. It scores 69% on MMLU in test {number}."
    )


def writer_main(db: str, side: str, worker: int, rounds: int, go: str) -> None:
    """Check overlapping articles: worker w, round r checks article (w + r) % 4."""
    from factcheck.store import Store, utc_now

    _wait_for(go)
    store = Store.open(db)
    run_id = store.start_run(command=f"check worker {worker}", verifier="lexical", verifier_version="1")
    for round_ in range(rounds):
        article, claims, references, links = make_article(f"shared/{(worker + round_) % 4}.md", shared_article_text((worker + round_) % 4))
        store.save_article(run_id, article, claims, references, links, sources_fingerprint="f", verifier_version="1")
        verdicts = [make_verdict(c.id, note=f" (worker {worker}, round {round_})") for c in claims]
        added = store.save_verdicts(run_id, verdicts, checked_at=utc_now())
        _acknowledged = " ".join(c.id for c in claims)
        _acknowledge(side, f"{worker} {round_} {added} {_acknowledged}")
    store.finish_run(run_id, counts={"supported": rounds * 3})
    store.close()


def migrate_main(db: str, go: str, output: str) -> None:
    """Open (and so migrate) the database; write the steps this process applied to ``output``."""
    from factcheck.store import Store

    _wait_for(go)
    store = Store.open(db)
    Path(output).write_text(json.dumps(list(store.migrations_applied)))
    store.close()


def crash_main(db: str, side: str) -> None:
    """Write for ever (articles, verdicts, sources) until killed."""
    from factcheck.store import Store, utc_now

    store = Store.open(db)
    run_id = store.start_run(command="check (to be killed)", verifier="lexical", verifier_version="1")
    _acknowledge(side, f"ready {os.getpid()}")
    pid = os.getpid()
    for step in itertools.count():
        text = f"Process {pid} step {step} says phi-3-mini has 3.8 billion parameters. It scores {step % 100}% on MMLU."
        article, claims, references, links = make_article(f"crash/{pid}-{step}.md", text)
        store.save_article(run_id, article, claims, references, links, sources_fingerprint="f", verifier_version="1")
        _acknowledge(side, f"article {article.id}")
        store.save_verdicts(run_id, [make_verdict(c.id, note=str(step)) for c in claims], checked_at=utc_now())
        _acknowledge(side, "verdicts " + " ".join(c.id for c in claims))
        sources = [make_source(f"doi:10.0/{pid}.{step}.{n}", "v1", f"Source {n} of step {step}. It says {n}.") for n in range(20)]
        store.import_sources(with_passages(sources, quick_split), batch_size=20)
        _acknowledge(side, "sources " + " ".join(s.key for s in sources))


if __name__ == "__main__":
    mode, *args = sys.argv[1:]
    if mode == "writer":
        writer_main(args[0], args[1], int(args[2]), int(args[3]), args[4])
    elif mode == "migrate":
        migrate_main(args[0], args[1], args[2])
    elif mode == "crash":
        crash_main(args[0], args[1])
    else:
        raise SystemExit(f"unknown mode {mode}")


def assert_fts_in_step(store) -> None:  # type: ignore[no-untyped-def]
    """The FTS5 index agrees with the passages table (SQLite raises "database disk image is malformed" otherwise)."""
    store.db.execute("INSERT INTO passages_fts(passages_fts) VALUES('integrity-check')")


def assert_passages_consistent(store) -> None:  # type: ignore[no-untyped-def]
    """Every stored source version has its passages, and they are all in the FTS5 index."""
    orphans = store.db.execute(
        "SELECT count(*) FROM sources s WHERE NOT EXISTS "
        "(SELECT 1 FROM passages p WHERE p.source_key = s.key AND p.version = s.version)"
    ).fetchone()[0]
    assert orphans == 0
    assert_fts_in_step(store)
