"""``html``: one self-contained page for people who edit or review an article.

At the top, the counts per verdict and every source consulted with its
version, date and title (or why it could not be had). Then each article:
its text with every checked claim highlighted in its verdict's colour and
tagged with the verdict in words (colour is never the only signal), and,
beside each paragraph, one card per claim with the reason, the evidence
quote and the source version it comes from. Opinion and rhetoric stay
plain text. Hedged claims are underlined with dashes and say so.

Everything from an article or a source is untrusted and goes through
``html.escape``; the page also forbids scripts with a Content-Security-Policy
meta tag, so an escaping slip still could not run code. No JavaScript, no
external assets: the CSS is inline and the file can be mailed or archived.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable

from ..findings import LABEL_WORDS, claim_span, fingerprint, rule_id_for, shorten
from ..types import CheckedArticle, CheckedClaim, Label, RunResult, Source
from .common import (
    LABEL_ORDER,
    TOOL_NAME,
    date_only,
    evidence_word,
    label_counts,
    plural,
    run_label_counts,
    source_for,
    summary_sentence,
    tool_version,
    versions_line,
)

# Background and accent colour per verdict; the label's words always sit next to the colour.
COLOURS: dict[Label, tuple[str, str]] = {
    Label.SUPPORTED: ("#dafbe1", "#1a7f37"),  # green
    Label.REFUTED: ("#ffebe9", "#cf222e"),  # red
    Label.NOT_ENOUGH_INFO: ("#fff1c2", "#9a6700"),  # amber
    Label.UNVERIFIABLE: ("#eaeef2", "#57606a"),  # grey
    Label.UNSOURCED: ("#dde6f0", "#48627d"),  # blue-grey
}

_PARAGRAPH_BREAK = re.compile(r"\n+")


def e(text: object) -> str:
    return html.escape(str(text), quote=True)


def css_class(label: Label) -> str:
    return f"v-{Label(label).value.replace('_', '-')}"


def _stylesheet() -> str:
    verdicts = "\n".join(
        f".{css_class(label)} {{ --bg: {bg}; --accent: {accent}; }}" for label, (bg, accent) in COLOURS.items()
    )
    return f"""
:root {{ color-scheme: light; --ink: #1f2328; --muted: #59636e; --line: #d1d9e0; }}
* {{ box-sizing: border-box; }}
body {{ margin: 0; font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
  color: var(--ink); background: #f6f8fa; }}
header.top, main, footer {{ max-width: 1200px; margin: 0 auto; padding: 0 24px; }}
header.top {{ padding-top: 24px; }}
h1 {{ font-size: 1.6rem; margin: 0 0 4px; }}
h2 {{ font-size: 1.25rem; margin: 0 0 4px; word-break: break-all; }}
.muted, .meta {{ color: var(--muted); font-size: .9rem; }}
{verdicts}
.chips {{ display: flex; flex-wrap: wrap; gap: 8px; list-style: none; padding: 0; margin: 12px 0; }}
.chip {{ background: var(--bg); border: 1px solid var(--accent); border-left-width: 6px; border-radius: 6px;
  padding: 4px 12px; font-weight: 600; }}
.chip.zero {{ opacity: .5; font-weight: 400; }}
.chip .n {{ font-size: 1.2rem; margin-right: 4px; }}
table.sources {{ border-collapse: collapse; width: 100%; background: #fff; font-size: .9rem; margin: 8px 0 16px; }}
table.sources th, table.sources td {{ border: 1px solid var(--line); padding: 4px 8px; text-align: left;
  vertical-align: top; }}
table.sources th {{ background: #eef1f4; }}
.status-error {{ color: #cf222e; font-weight: 600; }}
section.article {{ background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 20px 24px;
  margin: 20px 0; }}
.row {{ display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 24px;
  border-top: 1px solid #eef1f4; padding: 12px 0; }}
.text {{ white-space: pre-wrap; font-family: Georgia, "Times New Roman", serif; font-size: 1.05rem; }}
mark.claim {{ background: var(--bg); color: inherit; border-bottom: 3px solid var(--accent);
  padding: 1px 2px; border-radius: 2px; }}
mark.claim.hedged {{ border-bottom-style: dashed; }}
mark.claim.suppressed {{ opacity: .55; }}
.tag {{ font: 700 .7rem/1 system-ui, sans-serif; color: #fff; background: var(--accent); border-radius: 3px;
  text-decoration: none;
  padding: 2px 4px; margin-left: 3px; white-space: nowrap; vertical-align: super; text-transform: uppercase;
  letter-spacing: .02em; }}
.card {{ border: 1px solid var(--line); border-left: 6px solid var(--accent); background: #fff;
  border-radius: 6px; padding: 8px 12px; margin-bottom: 10px; font-size: .92rem; }}
.card .head {{ display: flex; flex-wrap: wrap; gap: 6px; align-items: baseline; }}
.card .label {{ background: var(--bg); color: var(--accent); font-weight: 700; border-radius: 4px;
  padding: 0 6px; }}
.card .hedge {{ font-style: italic; color: var(--muted); }}
.card .why {{ margin: 6px 0; }}
.card code {{ font-size: .8rem; background: #eef1f4; border-radius: 3px; padding: 0 3px; }}
blockquote.evidence {{ margin: 6px 0 0; padding: 6px 10px; background: #f6f8fa; border-left: 3px solid var(--accent);
  font-family: Georgia, "Times New Roman", serif; }}
blockquote.evidence cite {{ display: block; font: .8rem system-ui, sans-serif; color: var(--muted);
  font-style: normal; margin-top: 4px; }}
details.closest summary {{ color: var(--muted); cursor: pointer; font-size: .85rem; }}
details.left-out {{ margin-top: 12px; font-size: .9rem; }}
details.left-out li {{ margin: 2px 0; }}
footer {{ padding-bottom: 32px; }}
@media (max-width: 800px) {{ .row {{ grid-template-columns: 1fr; }} }}
@media print {{ body {{ background: #fff; }} section.article {{ break-inside: auto; border: 0; }} }}
"""


def render_html(result: RunResult, *, title: str | None = None, **_options: object) -> str:
    counts = run_label_counts(result)
    page_title = title or (
        f"factcheck: {result.articles[0].article.location}" if len(result.articles) == 1 else "factcheck report"
    )
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        # No script may run and nothing may be fetched: the page is data, not an application.
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        "style-src 'unsafe-inline'; img-src data:\">",
        f"<title>{e(page_title)}</title>",
        f"<style>{_stylesheet()}</style>",
        "</head>",
        "<body>",
        '<header class="top">',
        "<h1>Fact-check report</h1>",
        f'<p class="muted">{e(summary_sentence(counts, articles=len(result.articles)))}. '
        f"Checked {e(result.finished_at)} by {e(TOOL_NAME)} {e(tool_version())}, verifier "
        f"{e(result.verifier)} {e(result.verifier_version)}; a run fails on "
        f"{e(', '.join(LABEL_WORDS[Label(l)].lower() for l in result.fail_on) or 'nothing')}.</p>",
        _chips(counts),
        _sources_table(result),
    ]
    if result.stale_baseline:
        parts.append(f'<p class="muted">{plural(len(result.stale_baseline), "baseline entry")} no longer '
                     "match any finding: refresh the baseline.</p>")
    parts.append("</header>")
    parts.append("<main>")
    for index, checked_article in enumerate(result.articles, start=1):
        parts.append(_article(checked_article, index))
    parts.append("</main>")
    parts.append(f'<footer class="muted">Run {e(result.run_id)}, {e(result.started_at)} to {e(result.finished_at)}. '
                 "Verdicts come from a deterministic checker reading the cited sources; "
                 "read the evidence before acting on one.</footer>")
    parts += ["</body>", "</html>", ""]
    return "\n".join(parts)


def _chips(counts) -> str:
    items = [
        f'<li class="chip {css_class(label)}{" zero" if not counts[label] else ""}" data-label="{label.value}">'
        f'<span class="n">{counts[label]}</span>'
        f"{e(LABEL_WORDS[label].lower())}</li>"
        for label in LABEL_ORDER
    ]
    return '<ul class="chips" aria-label="verdicts">' + "".join(items) + "</ul>"


def _all_sources(result: RunResult) -> list[Source]:
    seen: dict[tuple[str, str], Source] = {}
    for checked_article in result.articles:
        for source in checked_article.sources:
            seen.setdefault((source.key, source.version), source)
    return list(seen.values())


def _version_date(source: Source) -> str | None:
    for version in source.versions:
        if version.version == source.version:
            return date_only(version.published)
    return None


def _sources_table(result: RunResult) -> str:
    sources = _all_sources(result)
    if not sources:
        return '<p class="muted">No source was consulted.</p>'
    rows = []
    for source in sources:
        if source.ok:
            day = _version_date(source)
            version = e(source.version) + (f" ({e(day)})" if day else "")
            status = f"read ({e(source.content)})"
        else:
            version = "—"
            detail = f": {e(source.error_detail)}" if source.error_detail else ""
            status = f'<span class="status-error">unavailable, {e(source.error or "fetch_failed")}</span>{detail}'
        title = e(source.title) if source.title else '<span class="muted">untitled</span>'
        others = e(versions_line(source)) if source.versions else ""
        rows.append(f"<tr><td><code>{e(source.label)}</code></td><td>{title}</td><td>{version}</td>"
                    f"<td>{others}</td><td>{status}</td></tr>")
    return ('<table class="sources"><caption class="muted" style="text-align:left">Sources consulted</caption>'
            "<thead><tr><th>source</th><th>title</th><th>version used</th><th>all versions</th>"
            "<th>status</th></tr></thead><tbody>" + "".join(rows) + "</tbody></table>")


def _blocks(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Paragraph ranges of ``text``, cut at line breaks that fall outside every claim."""
    cuts = [0]
    for match in _PARAGRAPH_BREAK.finditer(text):
        position = match.end()
        if not any(start < position < end for start, end in spans):
            cuts.append(position)
    cuts.append(len(text))
    blocks = []
    for start, end in zip(cuts, cuts[1:]):
        if text[start:end].strip():
            blocks.append((start, end))
    return blocks


def _article(checked_article: CheckedArticle, index: int) -> str:
    article = checked_article.article
    checked = [c for c in checked_article.claims if c.verdict is not None]
    # Highlight each checked claim once; a claim that overlaps an earlier one only gets its card.
    highlighted: list[tuple[int, CheckedClaim]] = []
    last_end = -1
    for number, claim in enumerate(sorted(checked, key=lambda c: c.claim.start), start=1):
        if claim.claim.start >= last_end:
            highlighted.append((number, claim))
            last_end = claim.claim.end
    numbers = {id(claim): number for number, claim in highlighted}
    for number, claim in enumerate(sorted(checked, key=lambda c: c.claim.start), start=1):
        numbers.setdefault(id(claim), number)

    counts = label_counts(checked_article.claims)
    meta = [article.language, article.media_type]
    if article.title:
        meta.append(f"« {article.title} »")
    if article.published:
        meta.append(f"published {article.published}")
    parts = [
        f'<section class="article" id="article-{index}" data-location="{e(article.location)}">',
        f"<h2>{e(article.location)}</h2>",
        f'<p class="meta">{e(" · ".join(meta))} — {e(summary_sentence(counts))}</p>',
    ]
    if checked_article.skipped:
        parts.append('<p class="meta">Unchanged since the last check: these are the stored verdicts.</p>')

    spans = [(c.claim.start, c.claim.end) for _, c in highlighted]
    for start, end in _blocks(article.text, spans):
        in_block = [(n, c) for n, c in highlighted if start <= c.claim.start < end]
        cards_here = [c for c in sorted(checked, key=lambda c: c.claim.start) if start <= c.claim.start < end]
        parts.append('<div class="row">')
        parts.append(f'<div class="text">{_marked_text(article.text, start, end, in_block)}</div>')
        parts.append('<div class="notes">' + "".join(
            _card(checked_article, claim, numbers[id(claim)]) for claim in cards_here) + "</div>")
        parts.append("</div>")

    left_out = [c for c in checked_article.claims if c.verdict is None]
    if left_out:
        items = []
        for claim in left_out:
            line, _, _, _ = claim_span(article, claim.claim.start, claim.claim.end)
            items.append(f"<li>line {line}, <strong>{e(claim.claim.kind.value)}</strong> "
                         f"({e(claim.claim.reason)}): {e(shorten(claim.claim.text, 140))}</li>")
        parts.append(f'<details class="left-out"><summary>{plural(len(left_out), "sentence")} left out as not '
                     f"checkable (opinion, rhetoric, source lines)</summary><ul>{''.join(items)}</ul></details>")
    parts.append("</section>")
    return "\n".join(parts)


def _marked_text(text: str, start: int, end: int, claims: Iterable[tuple[int, CheckedClaim]]) -> str:
    out, at = [], start
    for number, checked in claims:
        verdict = checked.verdict
        assert verdict is not None
        claim_start, claim_end = checked.claim.start, min(checked.claim.end, end)
        out.append(e(text[at:claim_start]))
        classes = ["claim", css_class(verdict.label)]
        tag = LABEL_WORDS[verdict.label].lower()
        if checked.claim.hedged:
            classes.append("hedged")
            tag += ", hedged"
        if checked.suppressed:
            classes.append("suppressed")
            tag += ", suppressed"
        out.append(
            f'<mark class="{" ".join(classes)}" id="claim-{e(checked.claim.id)}" data-label="{verdict.label.value}">'
            f"{e(text[claim_start:claim_end])}</mark>"
            f'<a class="tag {css_class(verdict.label)}" href="#card-{e(checked.claim.id)}">{number} {e(tag)}</a>'
        )
        at = claim_end
    out.append(e(text[at:end]))
    return "".join(out).strip("\n")


def _card(checked_article: CheckedArticle, checked: CheckedClaim, number: int) -> str:
    verdict = checked.verdict
    assert verdict is not None
    article = checked_article.article
    line, column, _, _ = claim_span(article, checked.claim.start, checked.claim.end)
    print_id = fingerprint(rule_id_for(verdict.label), checked.claim.text, article.location)
    head = [
        f'<span class="label">{number} · {e(LABEL_WORDS[verdict.label])}</span>',
        f'<span class="muted">line {line}:{column} · confidence {verdict.confidence:.2f}</span>',
    ]
    if checked.suppressed:
        head.append('<span class="muted">switched off in the article</span>')
    if checked.baselined:
        head.append('<span class="muted">known from the baseline</span>')
    parts = [
        f'<article class="card {css_class(verdict.label)}" id="card-{e(checked.claim.id)}" '
        f'data-label="{verdict.label.value}" data-fingerprint="{print_id}">',
        '<div class="head">' + "".join(head) + "</div>",
    ]
    if checked.claim.hedge:
        parts.append(f'<div class="hedge">Hedged or reported speech: « {e(checked.claim.hedge)} »</div>')
    for reason in verdict.reasons:
        parts.append(f'<p class="why">{e(reason.message)} <code>{e(reason.code)}</code></p>')
    for found in verdict.evidence[:2]:
        source = source_for(checked_article, found.source)
        day = _version_date(source) if source else None
        title = f", {source.title}" if source and source.title else ""
        cite = f"{found.source}{f' ({day})' if day else ''}{title}, characters {found.start}–{found.end}"
        quote = (f'<blockquote class="evidence">{e(shorten(found.text, 400))}'
                 f"<cite>{e(evidence_word(verdict.label).capitalize())}: {e(cite)}</cite></blockquote>")
        if verdict.label in (Label.SUPPORTED, Label.REFUTED):
            parts.append(quote)
        else:
            # a passage that does not settle the claim is kept out of the way, one click away
            parts.append(f'<details class="closest"><summary>Closest passage read, in {e(found.source)}</summary>'
                         f"{quote}</details>")
    if not verdict.evidence and verdict.sources:
        parts.append(f'<p class="muted">Read: {e(", ".join(verdict.sources))}</p>')
    if not verdict.sources and not checked.references:
        parts.append('<p class="muted">The article cites no source for this claim.</p>')
    if checked.previously_checked:
        prior = checked.previously_checked
        parts.append(f'<p class="muted">Checked before in {e(prior.article_location)}: '
                     f"{e(LABEL_WORDS[prior.label].lower())} ({e(prior.checked_at[:10])}).</p>")
    parts.append("</article>")
    return "".join(parts)
