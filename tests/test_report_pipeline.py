"""Every format on real pipeline output: three bundled articles checked offline from recorded responses.

The verdicts themselves belong to the verifier's tests; these tests hold the
reports to what must be true of any run: locations point at the claims in
the article as written, counts agree across formats, the SARIF validates,
the XML parses, and the page escapes what it shows.
"""

from __future__ import annotations

import json
import pathlib
import xml.etree.ElementTree as ET
from collections import Counter

import jsonschema
import pytest
from bs4 import BeautifulSoup

from factcheck.fetch import FetchPolicy, make_fetcher
from factcheck.findings import collect_findings, exit_code, read_baseline, write_baseline
from factcheck.pipeline import check
from factcheck.replay import replay_transport
from factcheck.report import format_names, render
from factcheck.store import Store
from factcheck.types import Label, RunResult
from factcheck.verifiers import get_verifier

ROOT = pathlib.Path(__file__).resolve().parent.parent
ARTICLES = ["article-bubeck-phi.fr.txt", "mistral-mixtral.en.md", "llama2-ouvert.fr.html"]
SCHEMA = json.loads((ROOT / "tests" / "data" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def result(tmp_path_factory) -> RunResult:
    store = Store.open(tmp_path_factory.mktemp("db") / "factcheck.db")
    # recorded responses need no politeness pauses
    policy = FetchPolicy(min_interval={}, default_min_interval=0.0)
    fetcher = make_fetcher(policy, transport=replay_transport(ROOT / "fixtures" / "http", strict=False))
    return check([str(ROOT / "fixtures" / "articles" / name) for name in ARTICLES], store=store,
                 verifier=get_verifier("lexical"), fetcher=fetcher)


def checkable(result: RunResult):
    return [c for a in result.articles for c in a.claims if c.verdict is not None]


def test_every_format_renders_the_run(result):
    for name in format_names():
        assert render(name, result).strip(), name


def test_finding_locations_point_at_the_claims_as_written(result):
    findings = collect_findings(result, include_supported=True, include_suppressed=True)
    assert len(findings) == len(checkable(result)) > 10
    raws = {a.article.location: a.article.raw for a in result.articles}
    for finding in findings:
        line = raws[finding.path].split("\n")[finding.line - 1]
        written = line[finding.column - 1:]
        if finding.path.endswith((".txt", ".md")):
            # plain text and Markdown keep the claim's words verbatim from its first character
            assert written.startswith(finding.claim_text[:12]), (finding.claim_text, written[:40])
        else:
            assert written[:1] == finding.claim_text[:1], (finding.claim_text, written[:40])


def test_counts_agree_across_formats(result):
    labels = Counter(c.verdict.label.value for c in checkable(result) if not c.suppressed)
    document = json.loads(render("json", result))
    assert {k: v for k, v in document["summary"]["labels"].items() if v} == dict(labels)
    assert len(render("jsonl", result).splitlines()) == sum(len(a.claims) for a in result.articles)
    suites = ET.fromstring(render("junit", result).encode("utf-8"))
    assert int(suites.get("tests")) == len(checkable(result))
    failing = sum(1 for c in checkable(result) if c.verdict.label in result.fail_on and not c.suppressed)
    assert int(suites.get("failures")) == failing
    reviews = json.loads(render("claimreview", result))
    assert Counter(r["reviewRating"]["alternateName"] for r in reviews).total() == sum(labels.values())
    text = render("text", result, color=False)
    summary = next(line for line in text.splitlines() if line.startswith("Summary: "))
    for label, count in labels.items():
        assert f"{count} {label.replace('_', ' ')}" in summary


def test_sarif_of_a_real_run_validates(result):
    document = json.loads(render("sarif", result))
    jsonschema.Draft7Validator(SCHEMA).validate(document)
    results = document["runs"][0]["results"]
    assert len(results) == len(collect_findings(result, include_suppressed=True))
    assert all(r["locations"][0]["physicalLocation"]["region"]["startLine"] >= 1 for r in results)


def test_html_of_a_real_run_highlights_every_checked_claim(result):
    page = BeautifulSoup(render("html", result), "lxml")
    assert page.find("script") is None
    marks = page.find_all("mark", class_="claim")
    assert len(marks) == len(checkable(result))
    assert {m["data-label"] for m in marks} == {c.verdict.label.value for c in checkable(result)}
    assert len(page.find_all("section", class_="article")) == 3


def test_baseline_from_a_real_run_silences_it(result, tmp_path):
    everything = tuple(Label)
    assert exit_code(result, fail_on=everything) == 1
    path = tmp_path / "baseline.json"
    write_baseline(path, collect_findings(result, fail_on=everything))
    assert exit_code(result, fail_on=everything, baseline=read_baseline(path)) == 0
