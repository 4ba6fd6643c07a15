"""What several formats share: counts, source lookups, dates, the tool's name and version."""

from __future__ import annotations

import importlib.metadata
from collections import Counter
from collections.abc import Iterable, Iterator

from ..types import CheckedArticle, CheckedClaim, Label, RunResult, Source

TOOL_NAME = "factcheck"

# Label order in summaries: what needs attention first.
LABEL_ORDER: tuple[Label, ...] = (
    Label.REFUTED,
    Label.NOT_ENOUGH_INFO,
    Label.UNVERIFIABLE,
    Label.UNSOURCED,
    Label.SUPPORTED,
)


def tool_version() -> str:
    """The installed package version; "unknown" when running from a source tree that is not installed."""
    try:
        return importlib.metadata.version(TOOL_NAME)
    except importlib.metadata.PackageNotFoundError:
        return "unknown"


def tool_homepage() -> str | None:
    """The project's home page from the package metadata, when it declares one."""
    try:
        metadata = importlib.metadata.metadata(TOOL_NAME)
    except importlib.metadata.PackageNotFoundError:
        return None
    for entry in metadata.get_all("Project-URL") or ():
        _, _, url = entry.partition(",")
        if url.strip().startswith(("https://", "http://")):
            return url.strip()
    home = metadata.get("Home-page")
    return home if home and home.startswith(("https://", "http://")) else None


def checked_claims(result: RunResult) -> Iterator[tuple[CheckedArticle, CheckedClaim]]:
    for checked_article in result.articles:
        for checked in checked_article.claims:
            yield checked_article, checked


def label_counts(claims: Iterable[CheckedClaim]) -> Counter[Label]:
    """Verdict labels of the checkable, not suppressed claims."""
    return Counter(
        checked.verdict.label
        for checked in claims
        if checked.verdict is not None and not checked.suppressed
    )


def run_label_counts(result: RunResult) -> Counter[Label]:
    return label_counts(checked for _, checked in checked_claims(result))


def summary_sentence(counts: Counter[Label], *, articles: int | None = None) -> str:
    """'2 refuted, 5 not enough info, 1 supported in 2 articles' (labels with a zero count left out)."""
    parts = [f"{counts[label]} {label_phrase(label)}" for label in LABEL_ORDER if counts[label]]
    body = ", ".join(parts) if parts else "no checkable claims"
    if articles is None:
        return body
    return f"{body} in {plural(articles, 'article')}"


def plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def label_phrase(label: Label) -> str:
    return Label(label).value.replace("_", " ")


def source_for(checked_article: CheckedArticle, label: str) -> Source | None:
    """The source version a verdict or evidence names by label ("arXiv:2404.14219v4")."""
    for source in checked_article.sources:
        if source.label == label or source.key == label:
            return source
    return None


def date_only(timestamp: str | None) -> str | None:
    """'2024-08-30' from an ISO timestamp (or an RFC 2822 one already cut by the resolver)."""
    if not timestamp:
        return None
    return timestamp[:10]


def versions_line(source: Source) -> str:
    """'v1 2024-04-22, v2 2024-04-23, v4 2024-08-30' (dates when known)."""
    parts = []
    for version in source.versions:
        day = date_only(version.published)
        parts.append(f"{version.version} {day}" if day else version.version)
    return ", ".join(parts)


def source_error_line(source: Source) -> str:
    detail = f": {source.error_detail}" if source.error_detail else ""
    return f"unavailable ({source.error or 'fetch_failed'}){detail}"


def left_out_reason(checked: CheckedClaim) -> str:
    """Why a sentence is not checked, in a few words: its kind and the extractor's reason."""
    kind, reason = checked.claim.kind.value, checked.claim.reason.strip()
    if not reason:
        return kind
    # the extractor may already lead with the kind ("rhetoric: framing without a checkable fact")
    return reason if reason.lower().startswith(kind) else f"{kind}: {reason}"


def evidence_word(label: Label) -> str:
    """What a quoted passage is to a verdict: evidence when it settles the claim, else only the closest passage."""
    return "evidence" if Label(label) in (Label.SUPPORTED, Label.REFUTED) else "closest passage"
