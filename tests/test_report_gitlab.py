"""`gitlab`: the Code Quality report a merge request widget reads."""

from __future__ import annotations

import json

import support_report as data

from factcheck.findings import collect_findings
from factcheck.report import render

REQUIRED = {"description", "check_name", "fingerprint", "severity", "location"}


def test_seed_code_quality_report():
    issues = json.loads(render("gitlab", data.seed_result()))
    assert len(issues) == 3
    assert all(REQUIRED <= set(issue) for issue in issues)
    refuted = next(i for i in issues if i["check_name"] == "factcheck/refuted")
    assert refuted["severity"] == "major"
    assert refuted["location"] == {"path": data.SEED_PATH, "lines": {"begin": 3, "end": 3}}
    assert refuted["description"].startswith("Refuted: « L'équipe a ensuite amélioré")
    assert {i["severity"] for i in issues if i["check_name"] == "factcheck/not-enough-info"} == {"minor"}


def test_multi_code_quality_report():
    result = data.multi_result()
    issues = json.loads(render("gitlab", result))
    assert [i["check_name"] for i in issues] == [
        "factcheck/not-enough-info", "factcheck/not-enough-info", "factcheck/refuted", "factcheck/refuted",
        "factcheck/unverifiable", "factcheck/unsourced"]
    assert [i["severity"] for i in issues][-1] == "info"
    assert len({i["fingerprint"] for i in issues}) == len(issues)  # GitLab keeps one issue per fingerprint
    assert {i["location"]["path"] for i in issues} == {data.SEED_PATH, "articles/phi3-phone.en.md",
                                                       "notes/brève, 1:2.txt"}
    assert all(i["severity"] in {"info", "minor", "major", "critical", "blocker"} for i in issues)
    known = {f.fingerprint for f in collect_findings(result)}
    assert json.loads(render("gitlab", result, baseline=known)) == []
