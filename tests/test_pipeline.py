"""The pipeline's own duties: earlier verdicts on reworded claims, sources that fail, unsourced claims."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from factcheck.cli import cli

ROOT = Path(__file__).resolve().parent.parent
HTTP = ROOT / "fixtures" / "http"


def check_json(db: Path, *paths: Path, extra: tuple[str, ...] = ()) -> dict:
    result = CliRunner().invoke(
        cli,
        ["--db", str(db), "--no-progress", "--replay", str(HTTP), "check", *map(str, paths), "--format", "json", "--fail-on", "none", *extra],
        catch_exceptions=False,
    )
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_a_reworded_claim_shows_the_earlier_verdict_and_its_article(tmp_path: Path) -> None:
    first = tmp_path / "first.md"
    first.write_text(
        "# Phi-3\n\nThe phi-3-mini model achieves 69% on MMLU, the report says.\n\nSource: arXiv:2404.14219\n",
        encoding="utf-8",
    )
    second = tmp_path / "second.md"
    second.write_text(
        "# Small models\n\nThe report says the phi-3-mini model achieves 69% on MMLU.\n\n"
        "It also says phi-3-mini achieves 96% on MMLU.\n\nSource: arXiv:2404.14219\n",
        encoding="utf-8",
    )
    db = tmp_path / "p.db"
    check_json(db, first)
    document = check_json(db, second)
    claims = {c["text"]: c for c in document["articles"][0]["claims"]}
    reworded = claims["The report says the phi-3-mini model achieves 69% on MMLU."]
    earlier = reworded["previously_checked"]
    assert earlier is not None
    assert earlier["article_location"] == str(first)
    assert earlier["label"] == reworded["verdict"]["label"]
    # Same words, another number: not the same claim.
    assert claims["It also says phi-3-mini achieves 96% on MMLU."]["previously_checked"] is None


def test_the_same_article_checked_again_is_not_its_own_earlier_check(tmp_path: Path) -> None:
    article = tmp_path / "a.md"
    article.write_text("phi-3-mini achieves 69% on MMLU.\n\nSource: arXiv:2404.14219\n", encoding="utf-8")
    db = tmp_path / "p.db"
    check_json(db, article)
    document = check_json(db, article, extra=("--all",))
    assert all(c["previously_checked"] is None for c in document["articles"][0]["claims"])


def test_a_source_that_cannot_be_had_makes_its_claims_unverifiable_with_the_reason(tmp_path: Path) -> None:
    article = tmp_path / "gpt4.txt"
    article.write_text(
        "GPT-4 passed a simulated bar exam with a score around the top 10% of test takers.\n"
        "Source: https://arxiv.org/abs/2303.08774v3\n",
        encoding="utf-8",
    )
    document = check_json(tmp_path / "p.db", article)
    verdict = document["articles"][0]["claims"][0]["verdict"]
    assert verdict["label"] == "unverifiable"
    assert verdict["reasons"][0]["code"] == "not_found"
    assert "2303.08774v3" in verdict["reasons"][0]["message"]


def phi3_v1_snapshot(folder: Path) -> Path:
    """A one-record snapshot holding the Phi-3 report as it was at v1 (the recordings know up to v4)."""
    lines = (ROOT / "fixtures" / "sources" / "phi3-versions.jsonl").read_text(encoding="utf-8").splitlines()
    path = folder / "v1.jsonl"
    path.write_text(next(line for line in lines if json.loads(line)["versions"][-1]["version"] == "v1") + "\n", encoding="utf-8")
    return path


def test_refresh_finds_a_new_arxiv_version_and_rechecks_the_article(tmp_path: Path) -> None:
    snapshot_v1 = phi3_v1_snapshot(tmp_path)
    article = tmp_path / "phi.md"
    article.write_text("phi-3.5-MoE is on par with GPT-4o-mini.\n\nSource: arXiv:2404.14219\n", encoding="utf-8")
    db = tmp_path / "r.db"
    runner = CliRunner()
    assert runner.invoke(cli, ["--db", str(db), "sources", "import", str(snapshot_v1)]).exit_code == 0

    def checked(*extra: str) -> dict:
        result = runner.invoke(
            cli, ["--db", str(db), "--no-progress", *extra, "check", str(article), "--format", "json", "--fail-on", "none"]
        )
        assert result.exit_code == 0, result.output
        return json.loads(result.output)["articles"][0]

    before = checked("--offline")
    assert before["sources"][0]["version"] == "v1"
    assert before["claims"][0]["verdict"]["label"] == "not_enough_info"
    assert checked("--offline")["skipped"] is True
    after = runner.invoke(
        cli,
        ["--db", str(db), "--no-progress", "--replay", str(HTTP), "check", str(article), "--refresh", "--format", "json", "--fail-on", "none"],
    )
    assert after.exit_code == 0, after.output
    refreshed = json.loads(after.output)["articles"][0]
    assert refreshed["skipped"] is False
    assert refreshed["sources"][0]["version"] == "v4"
    assert refreshed["claims"][0]["verdict"]["label"] == "supported"
    history = runner.invoke(cli, ["--db", str(db), "history", "arXiv:2404.14219"])
    assert [line.split()[0] for line in history.output.splitlines()[1:]] == ["v1", "v4"]


def test_refresh_cannot_be_offline(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["--db", str(tmp_path / "x.db"), "--offline", "sources", "refresh"])
    assert result.exit_code == 2
    assert "--offline" in result.output


def test_sources_refresh_asks_again_for_the_sources_articles_cited(tmp_path: Path) -> None:
    v1_only = phi3_v1_snapshot(tmp_path)  # only v1 is stored at first
    article = tmp_path / "phi.md"
    article.write_text("phi-3-mini achieves 69% on MMLU.\n\nSource: arXiv:2404.14219\n", encoding="utf-8")
    db = tmp_path / "s.db"
    runner = CliRunner()
    assert runner.invoke(cli, ["--db", str(db), "sources", "import", str(v1_only)]).exit_code == 0
    assert runner.invoke(cli, ["--db", str(db), "--offline", "check", str(article), "--fail-on", "none"]).exit_code == 0
    result = runner.invoke(cli, ["--db", str(db), "--replay", str(HTTP), "sources", "refresh"])
    assert result.exit_code == 0, result.output
    assert "arXiv:2404.14219  v1 -> v4  new version" in result.output
    shown = runner.invoke(cli, ["--db", str(db), "sources", "show", "arXiv:2404.14219"])
    assert "stored v4" in shown.output and "stored v1" in shown.output
