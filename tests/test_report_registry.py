"""The format registry behind `--format`."""

from __future__ import annotations

import pytest
import support_report as data

from factcheck.errors import ConfigError
from factcheck.report import formats, format_names, register, render


def test_every_documented_format_is_registered():
    assert format_names() == ["text", "json", "jsonl", "markdown", "github", "sarif", "gitlab", "junit", "html",
                              "claimreview"]
    assert all(entry.description and entry.suffix.startswith(".") for entry in formats().values())


def test_unknown_format_is_a_config_error_naming_the_known_ones():
    with pytest.raises(ConfigError, match=r"unknown output format 'yaml' \(known: text, json, jsonl"):
        render("yaml", data.seed_result())


def test_options_a_format_does_not_use_are_ignored():
    # the CLI passes one set of options to whatever format was chosen
    out = render("json", data.seed_result(), color=True, width=80, report_url="https://x.example")
    assert out.startswith("{")


def render_count(result, **_options) -> str:
    return f"{sum(1 for a in result.articles for c in a.claims if c.verdict)} checked claims\n"


def test_a_format_can_be_registered_by_an_extension(monkeypatch):
    import factcheck.report as registry

    monkeypatch.setattr(registry, "_FORMATS", dict(registry._FORMATS))
    register("count", f"{__name__}:render_count", description="how many claims were checked",
             media_type="text/plain", suffix=".txt")
    assert format_names()[-1] == "count"
    assert render("count", data.multi_result()) == "9 checked claims\n"
