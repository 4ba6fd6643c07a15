"""``text``: the report people read in a terminal.

Per article: a header (location, language, the sources with titles and
versions, or why they could not be had), then each checked claim with its
label, line:column, text, hedge, reasons and evidence; then, briefly, the
sentences left out as opinion, rhetoric or source lines. A summary line
ends the report.

Colour only when asked for or when stdout is a terminal, and never when
NO_COLOR is set (https://no-color.org). Everything that comes from an
article or a source goes through ``rich.text.Text``, never through markup,
so brackets in an article cannot restyle the report.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import sys

from rich.console import Console
from rich.padding import Padding
from rich.text import Text

from ..findings import LABEL_WORDS, claim_span, shorten
from ..types import CheckedArticle, CheckedClaim, Label, RunResult
from .common import (
    date_only,
    evidence_word,
    left_out_reason,
    run_label_counts,
    source_error_line,
    source_for,
    summary_sentence,
    versions_line,
)

LABEL_STYLES: dict[Label, str] = {
    Label.SUPPORTED: "bold green",
    Label.REFUTED: "bold red",
    Label.NOT_ENOUGH_INFO: "bold yellow",
    Label.UNVERIFIABLE: "bold bright_black",
    Label.UNSOURCED: "bold blue",
}

# Spaces rich pads wrapped lines with, before any closing colour codes.
TRAILING_SPACE = re.compile(r" +(?=(?:\x1b\[[0-9;]*m)*$)", re.MULTILINE)

LABEL_WIDTH = max(len(label.value.upper()) for label in Label)


def use_color(color: bool | None) -> bool:
    """An explicit choice wins (no-color.org: a flag overrides NO_COLOR); else no colour when NO_COLOR
    is set to anything non-empty; else colour only for a terminal."""
    if color is not None:
        return color
    if os.environ.get("NO_COLOR"):
        return False
    return sys.stdout.isatty()


def terminal_width() -> int:
    """The terminal's width when printing to one (capped: long lines read badly), else 100 columns."""
    if sys.stdout.isatty():
        return max(60, min(shutil.get_terminal_size((100, 24)).columns, 120))
    return 100


def emit(console: Console, text: Text, indent: int = 0) -> None:
    """Print with a hanging indent, so wrapped lines stay under their heading."""
    console.print(Padding(text, (0, 0, 0, indent), expand=False) if indent else text)


def render_text(result: RunResult, *, color: bool | None = None, width: int | None = None,
                **_options: object) -> str:
    colored = use_color(color)
    buffer = io.StringIO()
    console = Console(
        file=buffer,
        force_terminal=colored,
        no_color=not colored,
        color_system="standard" if colored else None,
        width=width or terminal_width(),
        highlight=False,
        emoji=False,
        soft_wrap=False,
    )
    for index, checked_article in enumerate(result.articles):
        if index:
            console.print()
        _article(console, checked_article)
    if result.articles:
        console.print()
    counts = run_label_counts(result)
    console.print(Text.assemble(("Summary: ", "bold")) + Text(summary_sentence(counts, articles=len(result.articles))))
    suppressed = sum(1 for a in result.articles for c in a.claims if c.suppressed)
    baselined = sum(1 for a in result.articles for c in a.claims if c.baselined)
    extras = []
    if suppressed:
        extras.append(f"{suppressed} switched off by comments in the articles")
    if baselined:
        extras.append(f"{baselined} known from the baseline")
    if result.stale_baseline:
        extras.append(f"{len(result.stale_baseline)} baseline entries no longer match (refresh the baseline)")
    if extras:
        console.print(Text("; ".join(extras), style="dim"))
    return TRAILING_SPACE.sub("", buffer.getvalue())


def _article(console: Console, checked_article: CheckedArticle) -> None:
    article = checked_article.article
    header = Text()
    header.append(article.location, style="bold underline")
    header.append(f"  ({article.language}, {article.media_type}", style="dim")
    if article.title:
        header.append(f", « {article.title} »", style="dim")
    header.append(")", style="dim")
    emit(console, header)
    if checked_article.skipped:
        emit(console, Text("unchanged since the last check: verdicts below are the stored ones", style="dim"), 2)
    _sources(console, checked_article)

    checkable = [c for c in checked_article.claims if c.verdict is not None]
    left_out = [c for c in checked_article.claims if c.verdict is None]
    if not checkable:
        emit(console, Text("no checkable claims", style="dim"), 2)
    for checked in checkable:
        console.print()
        _claim(console, checked_article, checked)
    if left_out:
        console.print()
        emit(console, Text(f"left out ({len(left_out)}), not checkable claims:", style="dim"), 2)
        for checked in left_out:
            line, column, _, _ = claim_span(article, checked.claim.start, checked.claim.end)
            row = Text.assemble((f"{line}:{column}  ", "dim"))
            row.append(shorten(checked.claim.text, 70))
            row.append(f"  ({left_out_reason(checked)})", style="dim")
            emit(console, row, 4)


def _sources(console: Console, checked_article: CheckedArticle) -> None:
    if not checked_article.references and not checked_article.sources:
        emit(console, Text("cites no source", style="dim"), 2)
        return
    emit(console, Text("sources:", style="dim"), 2)
    for source in checked_article.sources:
        row = Text.assemble((source.label, "bold"))
        if source.ok:
            if source.title:
                row.append(f"  {source.title}")
            versions = versions_line(source)
            if versions:
                row.append(f"  [versions {versions}]", style="dim")
        else:
            row.append(f"  {source_error_line(source)}", style="red")
        emit(console, row, 4)
    had = {source.key for source in checked_article.sources}
    for reference in checked_article.references:
        if reference.key not in had:
            emit(console, Text(f"{reference.label}  not resolved", style="dim"), 4)


def _version_date(checked_article: CheckedArticle, source_label: str) -> str | None:
    source = source_for(checked_article, source_label)
    if source is None:
        return None
    for version in source.versions:
        if version.version == source.version and version.published:
            return date_only(version.published)
    return None


def _claim(console: Console, checked_article: CheckedArticle, checked: CheckedClaim) -> None:
    verdict = checked.verdict
    assert verdict is not None  # only checkable claims reach here
    article = checked_article.article
    line, column, _, _ = claim_span(article, checked.claim.start, checked.claim.end)
    head = Text.assemble((verdict.label.value.upper().ljust(LABEL_WIDTH), LABEL_STYLES[verdict.label]))
    head.append(f"  {line}:{column}", style="cyan")
    head.append(f"  confidence {verdict.confidence:.2f}", style="dim")
    flags = []
    if checked.claim.hedge:
        flags.append(f"hedged « {checked.claim.hedge} »")
    if checked.suppressed:
        flags.append("suppressed in the article")
    if checked.baselined:
        flags.append("known (baseline)")
    if flags:
        head.append("  [" + "; ".join(flags) + "]", style="magenta")
    emit(console, head, 2)
    emit(console, Text(checked.claim.text), 4)
    for reason in verdict.reasons:
        row = Text.assemble(("why: ", "dim"))
        row.append(reason.code, style="italic")
        row.append(f" - {reason.message}")
        emit(console, row, 4)
    for found in verdict.evidence[:2]:
        row = Text.assemble((f"{evidence_word(verdict.label)}: ", "dim"))
        row.append(found.source, style="bold")
        day = _version_date(checked_article, found.source)
        row.append(f" ({day})" if day else "", style="dim")
        row.append(f" chars {found.start}-{found.end}", style="dim")
        row.append(f" « {shorten(found.text, 240)} »", style="green" if verdict.label is Label.SUPPORTED else "")
        emit(console, row, 4)
    if not verdict.evidence and verdict.sources:
        emit(console, Text("read: " + ", ".join(verdict.sources), style="dim"), 4)
    if checked.previously_checked:
        prior = checked.previously_checked
        emit(console, Text(
            f"checked before in {prior.article_location}: {LABEL_WORDS[prior.label].lower()} "
            f"({prior.checked_at[:10]}, {prior.similarity:.0%} similar)", style="dim"), 4)
