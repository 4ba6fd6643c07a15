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
