"""`sarif`: SARIF 2.1.0 checked against the official schema, and what code scanning shows from it."""

from __future__ import annotations

import json
import pathlib

import jsonschema
import pytest
import support_report as data

from factcheck.findings import collect_findings
from factcheck.report import render

SCHEMA = json.loads((pathlib.Path(__file__).parent / "data" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))


def validated(text: str) -> dict:
    document = json.loads(text)
    jsonschema.Draft7Validator(SCHEMA).validate(document)
    return document


def test_the_schema_is_the_official_one_and_rejects_bad_logs():
    assert SCHEMA["title"] == "Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema"
    jsonschema.Draft7Validator.check_schema(SCHEMA)
    good = json.loads(render("sarif", data.seed_result()))
    bad = json.loads(json.dumps(good))
    bad["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"] = 0  # regions are 1-based
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft7Validator(SCHEMA).validate(bad)


def test_seed_sarif():
    document = validated(render("sarif", data.seed_result()))
    assert document["version"] == "2.1.0"
    (run,) = document["runs"]
    driver = run["tool"]["driver"]
    assert driver["name"] == "factcheck"
    rules = {rule["id"]: rule for rule in driver["rules"]}
    assert set(rules) == {"refuted", "not-enough-info", "unverifiable", "unsourced"}
    assert all(rule["shortDescription"]["text"] and rule["help"]["text"] for rule in rules.values())
    assert rules["refuted"]["defaultConfiguration"]["level"] == "error"
    results = run["results"]
    assert [r["ruleId"] for r in results] == ["not-enough-info", "not-enough-info", "refuted"]
    refuted = results[2]
    assert driver["rules"][refuted["ruleIndex"]]["id"] == "refuted"
    assert refuted["level"] == "error"
    location = refuted["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == data.SEED_PATH
    assert location["region"] == {
        "startLine": 3, "startColumn": 366, "endLine": 3, "endColumn": 553,
        "snippet": {"text": refuted["locations"][0]["physicalLocation"]["region"]["snippet"]["text"]}}
    line3 = data.seed_text().split("\n")[2]
    assert line3[365:552] == location["region"]["snippet"]["text"]
    assert "GPT-4o-mini" in refuted["message"]["text"]
    expected = {f.claim_text: f.fingerprint for f in collect_findings(data.seed_result())}
    assert refuted["partialFingerprints"] == {"factcheck/v1": expected[line3[365:552]]}


def test_multi_sarif_encodes_paths_and_marks_suppressions_and_baselines():
    result = data.multi_result()
    known = {f.fingerprint for f in collect_findings(result) if f.label.value == "refuted"}
    document = validated(render("sarif", result, baseline=known, information_uri="https://factcheck.example.org/"))
    run = document["runs"][0]
    assert run["tool"]["driver"]["informationUri"] == "https://factcheck.example.org/"
    uris = [a["location"]["uri"] for a in run["artifacts"]]
    assert uris == [data.SEED_PATH, "articles/phi3-phone.en.md", "notes/br%C3%A8ve%2C%201%3A2.txt"]
    results = run["results"]
    assert len(results) == 7  # six findings plus the suppressed one
    suppressed = [r for r in results if r.get("suppressions")]
    assert len(suppressed) == 1 and suppressed[0]["suppressions"][0]["kind"] == "inSource"
    states = {r["ruleId"]: set() for r in results}
    for r in results:
        states[r["ruleId"]].add(r["baselineState"])
    assert states["refuted"] == {"unchanged"} and states["unverifiable"] == {"new"}
    levels = {r["ruleId"]: r["level"] for r in results}
    assert levels == {"not-enough-info": "warning", "refuted": "error", "unverifiable": "warning", "unsourced": "note"}


def test_fail_on_changes_levels():
    document = validated(render("sarif", data.multi_result(), fail_on=("unsourced",)))
    levels = {r["ruleId"]: r["level"] for r in document["runs"][0]["results"]}
    assert levels["unsourced"] == "error" and levels["refuted"] == "warning"


def test_failing_on_supported_adds_its_rule():
    document = validated(render("sarif", data.seed_result(), fail_on=("supported",)))
    run = document["runs"][0]
    assert run["tool"]["driver"]["rules"][-1]["id"] == "supported"
    supported = [r for r in run["results"] if r["ruleId"] == "supported"]
    assert len(supported) == 1 and supported[0]["level"] == "error"
