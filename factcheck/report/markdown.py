"""``markdown``: a summary table, then one section per article with a table of its checked claims.

It is also what goes to ``$GITHUB_STEP_SUMMARY``. Article and source text is
untrusted: every ASCII punctuation character Markdown or HTML could act on is
backslash-escaped (CommonMark allows escaping any ASCII punctuation), so an
article cannot inject a link, an image or a tag into a job summary.

Every claim row starts with ``| `` and its label in backticks, which
``github.write_step_summary`` relies on to count the rows it has to drop.
"""

from __future__ import annotations

import re

from ..findings import LABEL_WORDS, claim_span, shorten
from ..types import CheckedArticle, CheckedClaim, Label, RunResult
from .common import (
    LABEL_ORDER,
    label_counts,
    plural,
    run_label_counts,
    source_error_line,
    summary_sentence,
    versions_line,
)

_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+!|&~])")

LABEL_MARKS: dict[Label, str] = {
    Label.SUPPORTED: "✅",
    Label.REFUTED: "❌",
    Label.NOT_ENOUGH_INFO: "⚠️",
    Label.UNVERIFIABLE: "⛔",
    Label.UNSOURCED: "❔",
}

CLAIM_ROW = re.compile(r"^\| \S+ `(" + "|".join(label.value for label in Label) + r")`")


def escape(text: str) -> str:
    """Untrusted text as literal Markdown, on one line (table cells cannot hold newlines)."""
    return _SPECIAL.sub(r"\\\1", " ".join(text.split()))


def code(text: str) -> str:
    """Inline code for identifiers; escaped plain text when a backtick would end the span early."""
    flat = " ".join(text.split())
    return escape(flat) if "`" in flat or not flat else f"`{flat}`"


def render_markdown(result: RunResult, *, evidence_chars: int = 200, **_options: object) -> str:
    lines: list[str] = ["# factcheck report", ""]
    counts = run_label_counts(result)
    lines.append(f"**{escape(summary_sentence(counts, articles=len(result.articles)))}**. "
                 f"Verifier {code(result.verifier)} {escape(result.verifier_version)}, "
                 f"run {escape(result.finished_at)}.")
    lines += ["", "| | verdict | claims |", "|---|---|---:|"]
    for label in LABEL_ORDER:
        lines.append(f"| {LABEL_MARKS[label]} | {LABEL_WORDS[label]} | {counts[label]} |")
    if result.stale_baseline:
        lines += ["", f"{len(result.stale_baseline)} baseline entries no longer match any finding: "
                      "refresh the baseline with `--write-baseline`."]
    for checked_article in result.articles:
        lines += [""] + _article(checked_article, evidence_chars)
    return "\n".join(lines) + "\n"


def _article(checked_article: CheckedArticle, evidence_chars: int) -> list[str]:
    article = checked_article.article
    counts = label_counts(checked_article.claims)
    lines = [f"## {escape(article.location)}", ""]
    about = [f"language {article.language}"]
    if article.title:
        about.append(f"« {escape(article.title)} »")
    if article.published:
        about.append(f"published {escape(article.published)}")
    lines.append(", ".join(about) + f": {escape(summary_sentence(counts))}.")
    if checked_article.skipped:
        lines += ["", "*Unchanged since the last check: these are the stored verdicts.*"]
    lines.append("")
    if checked_article.sources:
        lines.append("Sources:")
        lines.append("")
        for source in checked_article.sources:
            if source.ok:
                title = f" {escape(source.title)}" if source.title else ""
                versions = f" (versions {escape(versions_line(source))})" if source.versions else ""
                lines.append(f"- {code(source.label)}{title}{versions}")
            else:
                lines.append(f"- {code(source.label)} {escape(source_error_line(source))}")
        lines.append("")
    else:
        lines += ["The article cites no source.", ""]
    checkable = [c for c in checked_article.claims if c.verdict is not None]
    if checkable:
        lines += ["| verdict | line | claim | why | evidence |", "|---|---|---|---|---|"]
        lines += [_row(checked_article, checked, evidence_chars) for checked in checkable]
        lines.append("")
    left_out = [c for c in checked_article.claims if c.verdict is None]
    if left_out:
        lines.append(f"<details><summary>{plural(len(left_out), 'sentence')} left out (opinion, rhetoric, "
                     "source lines)</summary>")
        lines.append("")
        for checked in left_out:
            line, _, _, _ = claim_span(article, checked.claim.start, checked.claim.end)
            lines.append(f"- line {line}, {checked.claim.kind.value}: {escape(shorten(checked.claim.text, 100))}")
        lines += ["", "</details>"]
    return lines


def _row(checked_article: CheckedArticle, checked: CheckedClaim, evidence_chars: int) -> str:
    verdict = checked.verdict
    assert verdict is not None
    line, column, _, _ = claim_span(checked_article.article, checked.claim.start, checked.claim.end)
    claim = escape(checked.claim.text)
    notes = []
    if checked.claim.hedge:
        notes.append(f"hedged « {escape(checked.claim.hedge)} »")
    if checked.suppressed:
        notes.append("suppressed")
    if checked.baselined:
        notes.append("known from the baseline")
    if notes:
        claim += " *(" + "; ".join(notes) + ")*"
    why = "<br>".join(f"{code(reason.code)} {escape(reason.message)}" for reason in verdict.reasons)
    if verdict.evidence:
        best = verdict.evidence[0]
        prefix = "" if verdict.label in (Label.SUPPORTED, Label.REFUTED) else "closest passage: "
        evidence = f"{prefix}{code(best.source)} \\[{best.start}:{best.end}\\] « {escape(shorten(best.text, evidence_chars))} »"
    else:
        evidence = "; ".join(code(label) for label in verdict.sources) or ""
    return (f"| {LABEL_MARKS[verdict.label]} `{verdict.label.value}` | {line}:{column} | {claim} | {why} "
            f"| {evidence} |")
