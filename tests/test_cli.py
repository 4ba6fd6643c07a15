"""The command line end to end, on the bundled articles and recorded HTTP responses."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.cli import cli
from factcheck.ingest import find_articles

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "fixtures" / "articles"
SEED = ARTICLES / "article-bubeck-phi.fr.txt"
HTTP = ROOT / "fixtures" / "http"


def run(*args: str, db: Path, input: bytes | None = None, env: dict[str, str] | None = None):
    runner = CliRunner()
    return runner.invoke(cli, ["--db", str(db), "--no-progress", *args], input=input, env=env, catch_exceptions=False)


def claims_by_text(document: dict, fragment: str) -> dict:
    matches = [c for a in document["articles"] for c in a["claims"] if fragment in c["text"]]
    assert matches, f"no claim contains {fragment!r}"
    return matches[0]


@pytest.fixture(scope="module")
def seed_report(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict, Path]:
    db = tmp_path_factory.mktemp("seed") / "seed.db"
    result = run("--replay", str(HTTP), "check", str(SEED), "--format", "json", "--fail-on", "none", db=db)
    assert result.exit_code == 0, result.output
    return json.loads(result.output), db


def test_seed_reference_resolves_to_the_phi3_report_with_its_title(seed_report) -> None:
    document, _ = seed_report
    article = document["articles"][0]
    assert article["language"] == "fr"
    assert [r["label"] for r in article["references"]] == ["arXiv:2404.14219"]
    assert article["references"][0]["article_level"] is True
    source = article["sources"][0]
    assert source["status"] == "ok"
    assert source["title"].startswith("Phi-3 Technical Report")
    assert source["version"] == "v4"


def test_phi35_surpassing_gpt4_is_not_supported_and_shows_the_on_par_sentence(seed_report) -> None:
    document, _ = seed_report
    claim = claims_by_text(document, "surpassé GPT-4 dans certains benchmarks")
    verdict = claim["verdict"]
    assert verdict["label"] != "supported"
    assert any("on par with Gemini-1.5-Flash and GPT-4o-mini" in e["text"] for e in verdict["evidence"])
    assert all(e["source"] == "arXiv:2404.14219v4" for e in verdict["evidence"])


def test_gpt35_claim_is_checked_against_the_rivals_sentence(seed_report) -> None:
    document, _ = seed_report
    claim = claims_by_text(document, "surpassant même GPT-3.5")
    evidence = claim["verdict"]["evidence"]
    assert any("rivals that of models such as Mixtral 8x7B and GPT-3.5" in e["text"] for e in evidence)


@pytest.mark.parametrize(
    "fragment",
    ["a passé dix ans chez Microsoft", "Luke Metz", "récemment démissionnaire"],
)
def test_career_and_departure_claims_are_not_addressed_by_the_report(seed_report, fragment: str) -> None:
    document, _ = seed_report
    verdict = claims_by_text(document, fragment)["verdict"]
    assert verdict["label"] == "not_enough_info"
    assert "not_addressed" in [reason["code"] for reason in verdict["reasons"]]


@pytest.mark.parametrize("fragment", ["Ses réalisations sont nombreuses", "l'avenir semble incertain"])
def test_opinion_sentences_are_left_out(seed_report, fragment: str) -> None:
    document, _ = seed_report
    claim = claims_by_text(document, fragment)
    assert claim["kind"] in ("opinion", "rhetoric")
    assert claim["verdict"] is None


def test_hedged_speech_is_flagged(seed_report) -> None:
    document, _ = seed_report
    assert claims_by_text(document, "On dit que")["hedge"]
    assert claims_by_text(document, "Il semblerait")["hedge"]


def test_everything_is_in_the_sqlite_file(seed_report) -> None:
    document, db = seed_report
    with sqlite3.connect(db) as connection:
        tables = {row[0] for row in connection.execute("select name from sqlite_master where type in ('table', 'view')")}
        assert {"runs", "articles", "claims", "sources", "passages", "verdicts"} <= tables
        (title,) = connection.execute("select title from sources where key = 'arXiv:2404.14219'").fetchone()
        assert title.startswith("Phi-3 Technical Report")
        claim_count = sum(1 for a in document["articles"] for c in a["claims"] if c["verdict"])
        (stored,) = connection.execute("select count(*) from verdicts").fetchone()
        assert stored == claim_count


def test_rerun_offline_skips_the_unchanged_article_and_adds_no_rows(seed_report, tmp_path: Path) -> None:
    _, db = seed_report
    copy = tmp_path / "copy.db"
    with sqlite3.connect(db) as source, sqlite3.connect(copy) as target:
        source.backup(target)

    def counts() -> dict[str, int]:
        with sqlite3.connect(copy) as connection:
            return {t: connection.execute(f"select count(*) from [{t}]").fetchone()[0] for t in ("claims", "sources", "passages", "verdicts", "articles")}

    before = counts()
    result = run("--offline", "check", str(SEED), "--format", "json", "--fail-on", "none", db=copy)
    assert result.exit_code == 0, result.output
    document = json.loads(result.output)
    assert document["articles"][0]["skipped"] is True
    assert claims_by_text(document, "a passé dix ans chez Microsoft")["verdict"]["label"] == "not_enough_info"
    assert counts() == before
    forced = run("--offline", "check", str(SEED), "--all", "--format", "json", "--fail-on", "none", db=copy)
    assert forced.exit_code == 0, forced.output
    assert json.loads(forced.output)["articles"][0]["skipped"] is False
    assert counts() == before


def test_fail_on_not_enough_info_exits_1_and_exit_zero_forces_0(seed_report, tmp_path: Path) -> None:
    _, db = seed_report
    failing = run("--offline", "check", str(SEED), "--fail-on", "not_enough_info", "--format", "json", db=db)
    assert failing.exit_code == 1
    forced = run("--offline", "check", str(SEED), "--fail-on", "not_enough_info", "--exit-zero", "--format", "json", db=db)
    assert forced.exit_code == 0


def test_offline_with_an_empty_store_makes_claims_unverifiable_not_refuted(tmp_path: Path) -> None:
    result = run("--offline", "check", str(SEED), "--format", "json", "--fail-on", "none", db=tmp_path / "empty.db")
    assert result.exit_code == 0, result.output
    document = json.loads(result.output)
    labels = {c["verdict"]["label"] for a in document["articles"] for c in a["claims"] if c["verdict"]}
    assert labels == {"unverifiable"}
    verdict = claims_by_text(document, "surpassé GPT-4")["verdict"]
    assert verdict["reasons"][0]["code"] == "offline_not_cached"


def test_stdin_article_without_a_source_is_unsourced(tmp_path: Path) -> None:
    text = "OpenAI a été fondée en 2015 à San Francisco par Sam Altman et Elon Musk.\n".encode()
    result = run("--offline", "check", "-", "--format", "json", "--fail-on", "unsourced", db=tmp_path / "s.db", input=text)
    assert result.exit_code == 1
    document = json.loads(result.output)
    assert document["articles"][0]["claims"][0]["verdict"]["label"] == "unsourced"


def test_directory_of_articles_is_checked_and_stored(tmp_path: Path) -> None:
    db = tmp_path / "dir.db"
    result = run("--replay", str(HTTP), "check", str(ARTICLES), "--format", "json", "--fail-on", "none", db=db)
    assert result.exit_code == 0, result.output
    document = json.loads(result.output)
    assert [a["location"] for a in document["articles"]] == [str(p) for p in find_articles(ARTICLES)]
    assert not any(a["location"].endswith("PROVENANCE.md") for a in document["articles"])
    for article in document["articles"]:
        assert any(s["status"] == "ok" for s in article["sources"]), article["location"]
        for source in article["sources"]:
            # A version the recordings do not hold is unverifiable with its reason, never a verdict.
            assert source["status"] == "ok" or (source["error"] and source["error_detail"]), source
    report = run("report", "--format", "json", "--fail-on", "none", db=db)
    assert report.exit_code == 0, report.output
    again = json.loads(report.output)
    assert [a["location"] for a in again["articles"]] == [a["location"] for a in document["articles"]]


@pytest.mark.parametrize(
    "args, message",
    [
        (["check", "does-not-exist.txt"], "does-not-exist.txt"),
        (["check", "x.txt", "--fail-on", "wrong"], "unknown label"),
        (["verify", "GPT-4 is large", "--source", "not a reference"], "not a reference"),
        (["verify"], "either a CLAIM"),
        (["sources", "show", "arXiv:2404.14219"], "not in the store"),
    ],
)
def test_bad_input_is_one_line_on_stderr_and_exit_2(tmp_path: Path, args: list[str], message: str) -> None:
    runner = CliRunner()
    result = runner.invoke(cli, ["--db", str(tmp_path / "e.db"), *args])
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    assert message in result.output


def test_verify_jsonl_answers_in_order_from_an_imported_snapshot(tmp_path: Path) -> None:
    db = tmp_path / "v.db"
    snapshot = ROOT / "fixtures" / "sources" / "phi3-versions.jsonl"
    imported = run("sources", "import", str(snapshot), db=db)
    assert imported.exit_code == 0, imported.output
    assert "imported" in imported.output
    claims = tmp_path / "claims.jsonl"
    claims.write_text(
        "\n".join(
            json.dumps(line)
            for line in [
                {"id": "a", "claim": "phi-3-mini achieves 69% on MMLU.", "source": "arXiv:2404.14219"},
                {"id": "b", "claim": "phi-3-mini achieves 96% on MMLU.", "source": "arXiv:2404.14219"},
                {"id": "c", "claim": "phi-3.5-MoE is on par with GPT-4o-mini.", "source": "arXiv:2404.14219v1"},
                {"id": "d", "claim": "phi-3.5-MoE is on par with GPT-4o-mini.", "source": ["arXiv:2404.14219v4"]},
            ]
        ),
        encoding="utf-8",
    )
    result = run("--offline", "verify", "--input", str(claims), "--format", "jsonl", db=db)
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.output.splitlines()]
    assert [line["id"] for line in lines] == ["a", "b", "c", "d"]
    assert [line["label"] for line in lines] == ["supported", "refuted", "not_enough_info", "supported"]
    assert lines[3]["evidence"][0]["source"] == "arXiv:2404.14219v4"
    assert lines[2]["evidence"] == [] or lines[2]["evidence"][0]["source"] == "arXiv:2404.14219v1"
    for line in lines:
        assert 0.0 <= line["confidence"] <= 1.0
        assert set(line) == {"id", "label", "confidence", "reasons", "evidence"}


def test_report_after_a_skipping_rerun_still_shows_the_article(seed_report, tmp_path: Path) -> None:
    _, db = seed_report
    copy = tmp_path / "copy.db"
    with sqlite3.connect(db) as source, sqlite3.connect(copy) as target:
        source.backup(target)
    rerun = run("--offline", "check", str(SEED), "--format", "json", "--fail-on", "none", db=copy)
    assert json.loads(rerun.output)["articles"][0]["skipped"] is True
    report = run("report", "--format", "json", "--fail-on", "none", db=copy)
    assert report.exit_code == 0, report.output
    document = json.loads(report.output)
    assert [a["location"] for a in document["articles"]] == [str(SEED)]
    assert claims_by_text(document, "Luke Metz")["verdict"]["label"] == "not_enough_info"


def test_baseline_silences_known_findings_and_reports_stale_entries(seed_report, tmp_path: Path) -> None:
    _, db = seed_report
    article = tmp_path / SEED.name
    article.write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    baseline = tmp_path / "baseline.json"
    args = ["--offline", "check", str(article), "--fail-on", "not_enough_info", "--format", "json"]
    assert run(*args, "--write-baseline", str(baseline), db=db).exit_code == 1
    assert run(*args, "--baseline", str(baseline), db=db).exit_code == 0
    # One sentence edited: that finding is new and its old entry is stale; the others stay known.
    article.write_text(
        SEED.read_text(encoding="utf-8").replace("a passé dix ans chez Microsoft", "a passé onze ans chez Microsoft"),
        encoding="utf-8",
    )
    edited = run(*args, "--baseline", str(baseline), db=db)
    assert edited.exit_code == 1
    document = json.loads(edited.output)
    assert len(document["summary"]["stale_baseline"]) == 1
    new = [c["text"] for c in document["articles"][0]["claims"] if c["verdict"] and not c["baselined"]]
    assert new == [claims_by_text(document, "onze ans")["text"]]
