"""`junit`: JUnit XML that CI test views display."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import support_report as data

from factcheck.report import render


def suites(text: str) -> ET.Element:
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>')
    return ET.fromstring(text.encode("utf-8"))


def test_seed_junit_fails_only_the_refuted_claim():
    root = suites(render("junit", data.seed_result()))
    assert root.tag == "testsuites" and root.get("failures") == "1" and root.get("tests") == "4"
    (suite,) = root.findall("testsuite")
    assert suite.get("name") == data.SEED_PATH
    assert suite.get("timestamp") == "2026-11-20T09:00:00"  # UTC, no offset, as the JUnit schema has it
    cases = suite.findall("testcase")
    assert len(cases) == 4  # opinions, rhetoric and the source line are not test cases
    failed = [case for case in cases if case.find("failure") is not None]
    (case,) = failed
    assert case.get("name").startswith("3:366 L'équipe a ensuite amélioré")
    assert case.get("line") == "3" and case.get("file") == data.SEED_PATH
    failure = case.find("failure")
    assert failure.get("type") == "refuted" and failure.get("message") == "Refuted at 3:366"
    assert "GPT-4o-mini" in failure.text
    passed = [case for case in cases if case.find("failure") is None]
    assert all(case.find("system-out") is not None for case in passed)


def test_multi_junit_suites_and_threshold():
    root = suites(render("junit", data.multi_result()))
    names = [suite.get("name") for suite in root.findall("testsuite")]
    assert names == [data.SEED_PATH, "articles/phi3-phone.en.md", "notes/brève, 1:2.txt"]
    assert (root.get("tests"), root.get("failures"), root.get("skipped")) == ("9", "2", "1")
    note = root.findall("testsuite")[2]
    first, second = note.findall("testcase")
    assert first.get("name") == '1:1 Le modèle <script>alert("pwned")</script> compte 3,8 milliards de paramètres & plus.'
    assert second.find("skipped").get("message") == "Unsourced, switched off in the article"
    strict = suites(render("junit", data.multi_result(), fail_on=("unsourced", "refuted")))
    note = strict.findall("testsuite")[2]
    assert note.get("failures") == "1" and note.get("skipped") == "1"
    assert strict.get("failures") == "3"


def test_baselined_failures_are_skipped():
    result = data.run(data.markdown_article())
    from factcheck.findings import collect_findings
    known = {f.fingerprint for f in collect_findings(result)}
    root = suites(render("junit", result, baseline=known))
    assert root.get("failures") == "0" and root.get("skipped") == "1"
    assert root.find(".//skipped").get("message") == "Refuted, known from the baseline"
