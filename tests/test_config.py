"""Configuration files and their precedence under the CLI and the environment."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.config import load_config
from factcheck.errors import ConfigError


def test_pyproject_table_is_read_and_shaped_for_click(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.factcheck]\ndb = "ci.db"\nfail-on = ["refuted", "unverifiable"]\nformat = "sarif"\n',
        encoding="utf-8",
    )
    config = load_config(tmp_path)
    assert config.path == tmp_path / "pyproject.toml"
    default_map = config.default_map()
    assert default_map["db"] == "ci.db"
    assert default_map["check"]["fail_on"] == "refuted,unverifiable"
    assert default_map["check"]["format"] == "sarif"
    assert default_map["report"]["format"] == "sarif"


def test_pyproject_without_our_table_is_ignored_in_favour_of_a_parent_file(tmp_path: Path) -> None:
    (tmp_path / "factcheck.toml").write_text('db = "parent.db"\n', encoding="utf-8")
    child = tmp_path / "child"
    child.mkdir()
    (child / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    assert load_config(child).default_map() == {"db": "parent.db"}


def test_unknown_key_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "factcheck.toml").write_text('fail_onn = "refuted"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="unknown key 'fail_onn'"):
        load_config(tmp_path)


def test_broken_toml_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / ".factcheck.toml").write_text("db = \n", encoding="utf-8")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_config(tmp_path)


def test_progress_false_becomes_no_progress(tmp_path: Path) -> None:
    (tmp_path / "factcheck.toml").write_text("progress = false\n", encoding="utf-8")
    assert load_config(tmp_path).default_map() == {"no_progress": True}


def test_no_file_means_no_defaults(tmp_path: Path) -> None:
    assert load_config(tmp_path).default_map() == {}


def test_precedence_cli_over_environment_over_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The --fail-on threshold decides the exit code, so it shows which layer won."""
    from click.testing import CliRunner

    from factcheck.cli import cli

    article = tmp_path / "a.txt"
    article.write_text("OpenAI a été fondée en 2015 par Sam Altman.\n", encoding="utf-8")
    (tmp_path / "factcheck.toml").write_text('fail-on = "unsourced"\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    base = ["--db", str(tmp_path / "c.db"), "--offline", "check", str(article), "--format", "json"]
    assert runner.invoke(cli, base).exit_code == 1  # the file's threshold
    assert runner.invoke(cli, base, env={"FACTCHECK_FAIL_ON": "refuted"}).exit_code == 0  # environment over file
    assert runner.invoke(cli, [*base, "--fail-on", "unsourced"], env={"FACTCHECK_FAIL_ON": "refuted"}).exit_code == 1


def test_bad_config_file_is_exit_2_in_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from click.testing import CliRunner

    from factcheck.cli import cli

    (tmp_path / "factcheck.toml").write_text("colour = 'red'\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["--db", str(tmp_path / "c.db"), "report"])
    assert result.exit_code == 2
    assert "unknown key 'colour'" in result.output
    assert "Traceback" not in result.output
