"""`json` and `jsonl`: what a script reading the report gets."""

from __future__ import annotations

import json

import support_report as data

from factcheck.findings import collect_findings
from factcheck.report import render


def test_seed_json_document():
    document = json.loads(render("json", data.seed_result()))
    assert document["tool"]["name"] == "factcheck"
    assert document["run"]["fail_on"] == ["refuted"]
    assert document["summary"]["labels"] == {
        "supported": 1, "refuted": 1, "not_enough_info": 2, "unverifiable": 0, "unsourced": 0}
    assert document["summary"]["sentences"] == 8 and document["summary"]["checked_claims"] == 4
    (article,) = document["articles"]
    assert article["location"] == data.SEED_PATH and article["language"] == "fr"
    (source,) = article["sources"]
    assert source["label"] == "arXiv:2404.14219v4"
    assert [v["version"] for v in source["versions"]] == ["v1", "v2", "v3", "v4"]
    assert "text" not in source and source["text_length"] > 1000
    refuted = next(c for c in article["claims"] if c["verdict"] and c["verdict"]["label"] == "refuted")
    assert (refuted["line"], refuted["column"]) == (3, 366)
    text = data.seed_text()
    assert text[refuted["start"]:refuted["end"]] == refuted["text"]
    (evidence,) = refuted["verdict"]["evidence"]
    v4 = data.phi3_source("v4")
    assert v4.text[evidence["start"]:evidence["end"]] == evidence["text"] == "on par with Gemini-1.5-Flash and GPT-4o-mini"
    opinion = next(c for c in article["claims"] if c["text"].startswith("Ironiquement"))
    assert opinion["kind"] == "opinion" and opinion["verdict"] is None and opinion["fingerprint"] is None


def test_multi_json_carries_errors_flags_and_history():
    document = json.loads(render("json", data.multi_result(stale=("deadbeef",))))
    assert [a["location"] for a in document["articles"]] == [
        data.SEED_PATH, "articles/phi3-phone.en.md", "notes/brève, 1:2.txt"]
    assert document["summary"]["suppressed"] == 1
    assert document["summary"]["stale_baseline"] == ["deadbeef"]
    blog = document["articles"][1]["sources"][1]
    assert (blog["status"], blog["error"], blog["error_detail"]) == ("error", "timeout", "no answer within 20 s")
    params = document["articles"][1]["claims"][1]
    assert params["previously_checked"]["article_location"] == "articles/older.md"
    assert params["references"] == ["arXiv:2404.14219v1"]
    suppressed = document["articles"][2]["claims"][1]
    assert suppressed["suppressed"] is True and suppressed["hedge"] == "selon l'équipe"


def test_jsonl_has_one_line_per_sentence_with_the_same_fingerprints():
    result = data.multi_result()
    lines = render("jsonl", result).splitlines()
    assert len(lines) == sum(len(a.claims) for a in result.articles) == 14
    records = [json.loads(line) for line in lines]
    assert {r["article"] for r in records} == {a.article.location for a in result.articles}
    checked = [r for r in records if r["verdict"] is not None]
    assert len(checked) == 9
    fingerprints = {f.fingerprint for f in collect_findings(result, include_supported=True, include_suppressed=True)}
    assert {r["fingerprint"] for r in checked} == fingerprints
    tokens = next(r for r in records if r["text"] == "It was trained on 5 trillion tokens.")
    assert tokens["verdict"]["reasons"] == [
        {"code": "number_mismatch", "message": "The source gives 3.3 trillion tokens, not 5 trillion."}]
    assert tokens["line"] == 4 and tokens["language"] == "en"


def test_empty_run_renders():
    empty = data.run()
    assert render("jsonl", empty) == ""
    assert json.loads(render("json", empty))["articles"] == []
