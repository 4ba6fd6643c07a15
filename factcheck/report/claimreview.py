"""``claimreview``: schema.org ClaimReview JSON-LD, the format fact-checkers exchange verdicts in.

A JSON array with one ClaimReview per checked claim (claims switched off in
the article are left out). ``reviewRating.alternateName`` carries the
verdict in words. The numeric scale runs from 1 (worst: refuted) to 5 (best:
supported); ``ratingValue`` is given only for those two, because "not
enough information", "unverifiable" and "unsourced" say nothing about the
claim's truth and any number in between would read as "half true".

``itemReviewed`` is the claim as it appears in the article (``appearance``:
the article's URL, or its path, title and date when known). The article
types carry no author, so ``itemReviewed.author`` is given only when the
caller passes ``claim_author``. ``url`` needs a place where the review is
published: pass ``report_url`` (say, where the HTML report is served) and
each review links to its claim's anchor there.
"""

from __future__ import annotations

import json
from typing import Any

from ..findings import LABEL_WORDS, shorten
from ..types import CheckedArticle, CheckedClaim, Label, RunResult
from .common import TOOL_NAME, date_only, tool_homepage

BEST_RATING = 5
WORST_RATING = 1
RATING_VALUES: dict[Label, int] = {Label.SUPPORTED: BEST_RATING, Label.REFUTED: WORST_RATING}


def _appearance(checked_article: CheckedArticle) -> dict[str, Any]:
    article = checked_article.article
    work: dict[str, Any] = {"@type": "CreativeWork"}
    if article.location.startswith(("https://", "http://")):
        work["url"] = article.location
    else:
        work["identifier"] = article.location
    if article.title:
        work["headline"] = article.title
    if article.published:
        work["datePublished"] = article.published
    if article.language in ("fr", "en"):
        work["inLanguage"] = article.language
    return work


def _review_body(checked: CheckedClaim) -> str:
    verdict = checked.verdict
    assert verdict is not None
    parts = [reason.message for reason in verdict.reasons]
    if verdict.evidence:
        best = verdict.evidence[0]
        parts.append(f"{best.source} says: « {shorten(best.text, 300)} »")
    if checked.claim.hedge:
        parts.append(f"The article reports it with a hedge (« {checked.claim.hedge} »).")
    return " ".join(parts)


def review(
    checked_article: CheckedArticle,
    checked: CheckedClaim,
    *,
    date_published: str,
    report_url: str | None = None,
    claim_author: str | None = None,
) -> dict[str, Any]:
    verdict = checked.verdict
    assert verdict is not None
    rating: dict[str, Any] = {
        "@type": "Rating",
        "bestRating": BEST_RATING,
        "worstRating": WORST_RATING,
        "alternateName": LABEL_WORDS[verdict.label],
    }
    if verdict.label in RATING_VALUES:
        rating["ratingValue"] = RATING_VALUES[verdict.label]
    item: dict[str, Any] = {"@type": "Claim", "appearance": _appearance(checked_article)}
    if checked_article.article.published:
        item["datePublished"] = checked_article.article.published
    if claim_author:
        item["author"] = {"@type": "Person", "name": claim_author}
    tool: dict[str, Any] = {"@type": "Organization", "name": TOOL_NAME}
    homepage = tool_homepage()
    if homepage:
        tool["url"] = homepage
    entry: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "claimReviewed": checked.claim.text,
        "reviewRating": rating,
        "itemReviewed": item,
        "author": tool,
        "datePublished": date_published,
        "reviewBody": _review_body(checked),
    }
    if report_url:
        entry["url"] = f"{report_url}#claim-{checked.claim.id}"
    if checked.claim.language in ("fr", "en"):
        entry["inLanguage"] = checked.claim.language
    return entry


def render_claimreview(
    result: RunResult,
    *,
    report_url: str | None = None,
    claim_author: str | None = None,
    **_options: object,
) -> str:
    date_published = date_only(result.finished_at) or result.finished_at
    reviews = [
        review(checked_article, checked, date_published=date_published, report_url=report_url,
               claim_author=claim_author)
        for checked_article in result.articles
        for checked in checked_article.claims
        if checked.verdict is not None and not checked.suppressed
    ]
    return json.dumps(reviews, ensure_ascii=False, indent=2) + "\n"
