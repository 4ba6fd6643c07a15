"""``json`` (one document for the whole run) and ``jsonl`` (one line per checked sentence).

Both carry the same claim objects, so a consumer can switch between them.
Source texts are left out (they can be whole papers); their length and
sha256 say which text was used, and the store keeps it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from ..findings import fingerprint, rule_id_for, claim_span
from ..types import (
    Article,
    CheckedArticle,
    CheckedClaim,
    Label,
    PriorCheck,
    Reference,
    RunResult,
    Source,
    Verdict,
)
from .common import TOOL_NAME, run_label_counts, tool_version

SCHEMA_VERSION = 1


def reference_json(reference: Reference) -> dict[str, Any]:
    return {
        "kind": reference.kind.value,
        "value": reference.value,
        "version": reference.version,
        "label": reference.label,
        "raw": reference.raw,
        "article_level": reference.article_level,
    }


def source_json(source: Source) -> dict[str, Any]:
    return {
        "key": source.key,
        "version": source.version,
        "label": source.label,
        "url": source.url,
        "title": source.title,
        "status": source.status,
        "error": source.error,
        "error_detail": source.error_detail,
        "authors": list(source.authors),
        "published": source.published,
        "versions": [{"version": v.version, "published": v.published} for v in source.versions],
        "content": source.content,
        "doi": source.doi,
        "sha256": source.sha256,
        "text_length": len(source.text),
        "retrieved_at": source.retrieved_at,
    }


def verdict_json(verdict: Verdict) -> dict[str, Any]:
    return {
        "label": verdict.label.value,
        "confidence": verdict.confidence,
        "reasons": [{"code": r.code, "message": r.message} for r in verdict.reasons],
        "evidence": [
            {"source": e.source, "text": e.text, "start": e.start, "end": e.end, "score": e.score}
            for e in verdict.evidence
        ],
        "sources": list(verdict.sources),
        "verifier": verdict.verifier,
        "verifier_version": verdict.verifier_version,
    }


def prior_json(prior: PriorCheck | None) -> dict[str, Any] | None:
    if prior is None:
        return None
    return {
        "claim_text": prior.claim_text,
        "article_location": prior.article_location,
        "label": prior.label.value,
        "checked_at": prior.checked_at,
        "similarity": prior.similarity,
    }


def claim_json(article: Article, checked: CheckedClaim) -> dict[str, Any]:
    claim = checked.claim
    line, column, end_line, end_column = claim_span(article, claim.start, claim.end)
    verdict = checked.verdict
    return {
        "id": claim.id,
        "text": claim.text,
        "kind": claim.kind.value,
        "reason": claim.reason,
        "hedge": claim.hedge,
        "language": claim.language,
        "start": claim.start,
        "end": claim.end,
        "line": line,
        "column": column,
        "end_line": end_line,
        "end_column": end_column,
        "references": [reference.label for reference in checked.references],
        "suppressed": checked.suppressed,
        "baselined": checked.baselined,
        "verdict": verdict_json(verdict) if verdict else None,
        "fingerprint": (
            fingerprint(rule_id_for(verdict.label), claim.text, article.location) if verdict else None
        ),
        "previously_checked": prior_json(checked.previously_checked),
    }


def article_json(checked_article: CheckedArticle) -> dict[str, Any]:
    article = checked_article.article
    return {
        "location": article.location,
        "id": article.id,
        "title": article.title,
        "language": article.language,
        "media_type": article.media_type,
        "encoding": article.encoding,
        "published": article.published,
        "skipped": checked_article.skipped,
        "references": [reference_json(reference) for reference in checked_article.references],
        "sources": [source_json(source) for source in checked_article.sources],
        "claims": [claim_json(article, checked) for checked in checked_article.claims],
    }


def run_json(result: RunResult) -> dict[str, Any]:
    return {
        "id": result.run_id,
        "started_at": result.started_at,
        "finished_at": result.finished_at,
        "verifier": result.verifier,
        "verifier_version": result.verifier_version,
        "fail_on": [Label(label).value for label in result.fail_on],
    }


def summary_json(result: RunResult) -> dict[str, Any]:
    counts = run_label_counts(result)
    claims = [checked for article in result.articles for checked in article.claims]
    return {
        "articles": len(result.articles),
        "sentences": len(claims),
        "checked_claims": sum(1 for checked in claims if checked.verdict is not None),
        "labels": {label.value: counts[label] for label in Label},
        "suppressed": sum(1 for checked in claims if checked.suppressed),
        "baselined": sum(1 for checked in claims if checked.baselined),
        "stale_baseline": list(result.stale_baseline),
    }


def render_json(result: RunResult, *, indent: int | None = 2, **_options: object) -> str:
    document = {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": TOOL_NAME, "version": tool_version()},
        "run": run_json(result),
        "summary": summary_json(result),
        "articles": [article_json(checked_article) for checked_article in result.articles],
    }
    return json.dumps(document, ensure_ascii=False, indent=indent) + "\n"


def _lines(result: RunResult) -> Iterable[str]:
    for checked_article in result.articles:
        article = checked_article.article
        for checked in checked_article.claims:
            record = {
                "run_id": result.run_id,
                "article": article.location,
                "article_id": article.id,
                "language": article.language,
                **claim_json(article, checked),
            }
            yield json.dumps(record, ensure_ascii=False)


def render_jsonl(result: RunResult, **_options: object) -> str:
    """One line per sentence of every article (``verdict`` is null for non-claims)."""
    lines = list(_lines(result))
    return "\n".join(lines) + "\n" if lines else ""
