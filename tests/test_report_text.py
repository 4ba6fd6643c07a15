"""The terminal report: what a person reads after `factcheck check`."""

from __future__ import annotations

import dataclasses
import sys

import support_report as data

from factcheck.report import render
from factcheck.types import CheckedClaim, Claim, ClaimKind, Label

ANSI = "\x1b["


def test_seed_report_reads_as_a_checked_article():
    out = render("text", data.seed_result(), color=False, width=100)
    assert ANSI not in out
    lines = out.splitlines()
    assert lines[0] == f"{data.SEED_PATH}  (fr, text/plain)"
    assert "arXiv:2404.14219v4  Phi-3 Technical Report" in out
    assert "v4 2024-08-30]" in out
    refuted_at = next(i for i, line in enumerate(lines) if line.strip().startswith("REFUTED"))
    assert "3:366" in lines[refuted_at]
    assert lines[refuted_at + 1].strip().startswith("L'équipe a ensuite amélioré le modèle")
    block = "\n".join(lines[refuted_at: refuted_at + 8])
    assert "entity_mismatch - The report puts phi-3.5-MoE on par with GPT-4o-mini" in block
    assert "evidence: arXiv:2404.14219v4 (2024-08-30) chars 1279-1323" in block
    assert "GPT-4o-mini »" in block
    hedged = next(line for line in lines if "1:198" in line)
    assert "NOT_ENOUGH_INFO" in hedged and "hedged « On dit que »" in hedged
    # opinions and rhetoric are listed briefly with their reason, not checked
    assert "left out (4), not checkable claims:" in out
    flat = " ".join(out.split())
    assert "7:1 Ironiquement, Lilian Weng," in flat and "(opinion: evaluative opener « Ironiquement »)" in flat
    assert "8:1  Adresse de l'article : https://arxiv.org/pdf/2404.14219  (reference: source line)" in out
    assert lines[-1] == "Summary: 1 refuted, 2 not enough info, 1 supported in 1 article"
    assert all(line == line.rstrip() for line in lines)


def test_multi_article_report_shows_unavailable_sources_and_flags():
    out = render("text", data.multi_result(stale=("abc",)), color=False, width=120)
    assert "https://blog.example.org/phi  unavailable (timeout): no answer within 20 s" in out
    assert "notes/brève, 1:2.txt  (fr, text/plain)\n  cites no source" in out
    assert "checked before in articles/older.md: supported (2026-10-01, 96% similar)" in out
    assert "[hedged « selon l'équipe »; suppressed in the article]" in out
    assert '<script>alert("pwned")</script>' in out  # a terminal shows the text as written
    assert "Summary: 2 refuted, 2 not enough info, 1 unverifiable, 1 unsourced, 2 supported in 3 articles" in out
    assert "1 switched off by comments in the articles; 1 baseline entries no longer match (refresh the baseline)" in out


def test_colour_when_asked_and_plain_under_no_color(monkeypatch):
    coloured = render("text", data.seed_result(), color=True)
    assert ANSI in coloured
    assert "\x1b[1;31mREFUTED" in coloured  # bold red label
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True, raising=False)
    monkeypatch.delenv("NO_COLOR", raising=False)
    assert ANSI in render("text", data.seed_result())  # a terminal gets colour by default
    monkeypatch.setenv("NO_COLOR", "1")
    assert ANSI not in render("text", data.seed_result())
    monkeypatch.setattr(sys.stdout, "isatty", lambda: False, raising=False)
    monkeypatch.delenv("NO_COLOR")
    assert ANSI not in render("text", data.seed_result())  # a pipe or a file gets plain text


def test_markup_in_an_article_is_printed_not_interpreted():
    article = data.note_article()
    text = "Le [bold red]modèle[/] a [link=https://evil.example]3,8 milliards[/link] de paramètres."
    claim = Claim(id="c1", article_id=article.article.id, text=text, start=0, end=len(text),
                  kind=ClaimKind.CLAIM, reason="a number")
    checked = CheckedClaim(claim, (), article.claims[0].verdict)
    raw = dataclasses.replace(article.article, raw=text, text=text, segments=((0, 0, len(text)),))
    result = data.run(dataclasses.replace(article, article=raw, claims=(checked,)))
    out = render("text", result, color=True, width=200)
    assert "[bold red]modèle[/]" in out and "[link=https://evil.example]" in out
    assert "\x1b]8;" not in out  # no terminal hyperlink was made from the article's text


def test_verdict_labels_line_up():
    out = render("text", data.multi_result(), color=False, width=120)
    heads = [line for line in out.splitlines() if line.strip().split(" ")[0] in
             {label.value.upper() for label in Label}]
    positions = {line.index(":") - len(line.split()[1].split(":")[0]) for line in heads}
    assert len(heads) == 9 and len(positions) == 1


def test_an_empty_run_and_an_unchanged_article():
    assert render("text", data.run(), color=False) == "Summary: no checkable claims in 0 articles\n"
    unchanged = dataclasses.replace(data.seed_article(), skipped=True)
    out = render("text", data.run(unchanged), color=False)
    assert "unchanged since the last check: verdicts below are the stored ones" in out
