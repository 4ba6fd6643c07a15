"""Findings, fingerprints, baselines and exit codes, on the seed article and a multi-article run."""

from __future__ import annotations

import dataclasses
import json

import pytest
import support_report as data

from factcheck.errors import InputError
from factcheck.findings import (
    apply_baseline,
    collect_findings,
    exit_code,
    fingerprint,
    read_baseline,
    write_baseline,
)
from factcheck.types import Article, CheckedArticle, CheckedClaim, Label


def by_label(findings, label):
    return [f for f in findings if f.label is label]


def raw_slice(article: Article, finding) -> str:
    """The text a finding's region covers in the article as written (single-line regions)."""
    assert finding.line == finding.end_line
    line = article.raw.split("\n")[finding.line - 1]
    return line[finding.column - 1 : finding.end_column - 1]


def shifted(checked_article: CheckedArticle, prefix: str) -> CheckedArticle:
    """The same article with ``prefix`` added at the top: every offset moves, no claim changes."""
    article = checked_article.article
    moved = dataclasses.replace(
        article, raw=prefix + article.raw, text=prefix + article.text,
        segments=((0, 0, len(prefix) + len(article.text)),),
    )
    claims = tuple(
        dataclasses.replace(c, claim=dataclasses.replace(c.claim, start=c.claim.start + len(prefix),
                                                         end=c.claim.end + len(prefix)))
        for c in checked_article.claims
    )
    return dataclasses.replace(checked_article, article=moved, claims=claims)


def test_seed_findings_point_at_the_claims_in_the_article():
    result = data.seed_result()
    article = result.articles[0].article
    findings = collect_findings(result)
    # four checkable claims, one supported: three findings; opinions and the source line are not findings
    assert [f.label for f in findings] == [Label.NOT_ENOUGH_INFO, Label.NOT_ENOUGH_INFO, Label.REFUTED]
    refuted = by_label(findings, Label.REFUTED)[0]
    assert (refuted.line, refuted.column) == (3, 366)
    assert raw_slice(article, refuted).startswith("L'équipe a ensuite amélioré")
    assert raw_slice(article, refuted).endswith("dans certains benchmarks.")
    assert refuted.level == "error" and refuted.rule_id == "refuted"
    assert "GPT-4o-mini" in refuted.message and "arXiv:2404.14219v4" in refuted.message
    hedged = findings[0]
    assert (hedged.line, hedged.column) == (1, 198)
    assert raw_slice(article, hedged).startswith("On dit que Sebastien Bubeck")
    assert hedged.level == "warning" and "hedged" in hedged.message


def test_markdown_regions_map_back_to_the_raw_markdown():
    result = data.multi_result()
    markdown = result.articles[1].article
    findings = {f.claim_text: f for f in collect_findings(result, include_supported=True)}
    params = findings["Microsoft's phi-3-mini has 3.8 billion parameters (arXiv:2404.14219v1)."]
    # the region spans the link markup the text dropped, ending on the sentence's full stop
    assert raw_slice(markdown, params) == (
        "Microsoft's phi-3-mini has 3.8 billion parameters "
        "([arXiv:2404.14219v1](https://arxiv.org/abs/2404.14219v1))."
    )
    tokens = findings["It was trained on 5 trillion tokens."]
    assert (tokens.line, tokens.column, tokens.end_column) == (4, 1, 37)


def test_levels_follow_fail_on():
    result = data.multi_result()
    default = {f.label: f.level for f in collect_findings(result)}
    assert default == {Label.NOT_ENOUGH_INFO: "warning", Label.REFUTED: "error",
                       Label.UNVERIFIABLE: "warning", Label.UNSOURCED: "note"}
    strict = {f.label: f.level for f in collect_findings(result, fail_on=(Label.UNSOURCED, Label.UNVERIFIABLE))}
    assert strict[Label.UNSOURCED] == "error" and strict[Label.UNVERIFIABLE] == "error"
    assert strict[Label.REFUTED] == "warning"


def test_suppressed_claims_are_not_findings_unless_asked_for():
    result = data.multi_result()
    texts = [f.claim_text for f in collect_findings(result)]
    assert "Il tient sur un téléphone | selon l'équipe." not in texts
    with_suppressed = collect_findings(result, include_suppressed=True)
    suppressed = [f for f in with_suppressed if f.suppressed]
    assert [f.claim_text for f in suppressed] == ["Il tient sur un téléphone | selon l'équipe."]
    assert not suppressed[0].active


def test_fingerprint_survives_edits_to_other_lines():
    original = data.seed_article()
    edited = shifted(original, "Mise à jour du 3 octobre : un paragraphe ajouté.\n\n")
    before = collect_findings(data.run(original))
    after = collect_findings(data.run(edited))
    assert [f.line for f in after] == [f.line + 2 for f in before]
    assert [f.fingerprint for f in after] == [f.fingerprint for f in before]


def test_fingerprint_depends_on_rule_claim_and_path_only():
    claim = "It was trained on 5 trillion tokens."
    base = fingerprint("refuted", claim, "articles/a.md")
    assert len(base) == 64 and int(base, 16) >= 0
    assert fingerprint("refuted", "  it WAS trained on 5   trillion tokens. ", "./articles/a.md") == base
    assert fingerprint("not-enough-info", claim, "articles/a.md") != base
    assert fingerprint("refuted", claim, "articles/b.md") != base
    assert fingerprint("refuted", "It was trained on 6 trillion tokens.", "articles/a.md") != base


def test_exit_codes():
    assert exit_code(data.seed_result()) == 1  # one refuted claim, refuted fails by default
    assert exit_code(data.seed_result(), exit_zero=True) == 0
    assert exit_code(data.seed_result(), fail_on=()) == 0
    note_only = data.run(data.note_article())
    assert exit_code(note_only) == 0  # unsourced is not in the default threshold
    assert exit_code(note_only, fail_on=(Label.UNSOURCED,)) == 1
    # only the suppressed claim is left: an inline suppression never fails the run
    only_suppressed = dataclasses.replace(data.note_article(), claims=data.note_article().claims[1:])
    assert exit_code(data.run(only_suppressed), fail_on=(Label.UNSOURCED,)) == 0


def test_claims_the_run_marked_as_baselined_do_not_fail():
    article = data.markdown_article()
    claims = tuple(
        dataclasses.replace(c, baselined=True) if c.verdict and c.verdict.label is Label.REFUTED else c
        for c in article.claims
    )
    result = data.run(dataclasses.replace(article, claims=claims))
    assert exit_code(result) == 0
    assert exit_code(data.run(article)) == 1


def test_baseline_round_trip(tmp_path):
    result = data.multi_result()
    findings = collect_findings(result, include_suppressed=True)
    path = tmp_path / "factcheck-baseline.json"
    written = write_baseline(path, findings)
    assert written == 6  # the suppressed finding is not written: the article already switches it off
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["version"] == 1
    entry = next(e for e in document["findings"] if e["rule"] == "refuted" and "5 trillion" in e["claim"])
    assert entry["path"] == "articles/phi3-phone.en.md"
    fingerprints = read_baseline(path)
    assert len(fingerprints) == 6
    assert exit_code(result, baseline=fingerprints) == 0
    new, known, stale = apply_baseline(collect_findings(result), fingerprints)
    assert new == [] and stale == [] and len(known) == 6 and all(f.baselined for f in known)


def test_baseline_reports_new_and_stale_findings(tmp_path):
    path = tmp_path / "baseline.json"
    write_baseline(path, collect_findings(data.run(data.markdown_article())))
    # the article is corrected: "5 trillion" becomes "3.3 trillion" and a new refuted claim appears elsewhere
    fixed = data.markdown_article()
    claims = list(fixed.claims)
    tokens_index = next(i for i, c in enumerate(claims) if c.claim.text.startswith("It was trained"))
    claims.pop(tokens_index)
    result = data.run(dataclasses.replace(fixed, claims=tuple(claims)), data.seed_article())
    new, known, stale = apply_baseline(collect_findings(result), read_baseline(path))
    assert [f.claim_text for f in known] == [
        "The phi-3.5-MoE model has 6.6 billion active parameters, says a blog post."]
    assert len(stale) == 1
    assert stale[0] == fingerprint("refuted", "It was trained on 5 trillion tokens.", "articles/phi3-phone.en.md")
    assert {f.path for f in new} == {data.SEED_PATH}
    assert exit_code(result, baseline=read_baseline(path)) == 1  # the seed's refuted claim is new


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "baseline file not found"),
        ("{not json", "is not JSON (line 1"),
        ('{"version": 1}', "has no 'findings' list"),
        ('{"version": 7, "findings": []}', "has version 7"),
        ('{"version": 1, "findings": [{"rule": "refuted"}]}', "entry 0 has no fingerprint"),
        ('[1, 2]', "has no 'findings' list"),
    ],
)
def test_bad_baseline_files_raise_input_error(tmp_path, content, message):
    path = tmp_path / "baseline.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message.replace("(", r"\(").replace("[", r"\[")) as caught:
        read_baseline(path)
    assert str(path) in str(caught.value)


def test_checked_claims_without_verdict_never_become_findings():
    result = data.seed_result()
    non_claims = [c for c in result.articles[0].claims if c.verdict is None]
    assert len(non_claims) == 4
    texts = {f.claim_text for f in collect_findings(result, include_supported=True)}
    assert not texts & {c.claim.text for c in non_claims}
    assert isinstance(non_claims[0], CheckedClaim)
