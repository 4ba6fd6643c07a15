"""Helpers shared by the store, importer and store-robustness tests."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

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
