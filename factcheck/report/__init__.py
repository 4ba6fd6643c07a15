"""Reports: one module per output format, all reading a ``RunResult``.

``render(fmt, result, **options)`` returns the report as a string. Formats
are registered by name; the built-in ones are registered below through the
same ``register`` hook an extension would use, and their modules are imported
only when used (so ``--format json`` never imports rich).

Options every format accepts (unknown ones are ignored, so the CLI can pass
one set to any format):

- ``fail_on``: labels that fail the run (default: the run's own);
- ``baseline``: a set of known fingerprints (marks findings as known);
- ``color`` / ``width``: for ``text``;
- ``report_url``: where a published report lives (``claimreview`` urls);
- ``information_uri``: the tool's home page for ``sarif``, when the package metadata has none.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from ..errors import ConfigError
from ..types import RunResult

Renderer = Callable[..., str]


@dataclass(frozen=True)
class ReportFormat:
    name: str
    target: str  # "module:function", imported on first use
    description: str
    media_type: str
    suffix: str  # file name ending for -o defaults and artifacts

    def load(self) -> Renderer:
        module_name, _, function = self.target.partition(":")
        module = importlib.import_module(module_name, package=__name__)
        return getattr(module, function)


_FORMATS: dict[str, ReportFormat] = {}


def register(name: str, target: str, *, description: str, media_type: str, suffix: str) -> None:
    """Add (or replace) an output format. ``target`` is "module:function"; relative modules resolve here."""
    _FORMATS[name] = ReportFormat(name, target, description, media_type, suffix)


def formats() -> dict[str, ReportFormat]:
    """The registered formats by name, in registration order."""
    return dict(_FORMATS)


def format_names() -> list[str]:
    return list(_FORMATS)


def render(fmt: str, result: RunResult, **options: object) -> str:
    """The report of ``result`` in format ``fmt``; ConfigError for an unknown format."""
    try:
        entry = _FORMATS[fmt]
    except KeyError:
        known = ", ".join(_FORMATS)
        raise ConfigError(f"unknown output format {fmt!r} (known: {known})") from None
    return entry.load()(result, **options)


register("text", ".text:render_text", description="for people, in a terminal", media_type="text/plain", suffix=".txt")
register("json", ".json_:render_json", description="one JSON document", media_type="application/json", suffix=".json")
register("jsonl", ".json_:render_jsonl", description="one JSON line per checked sentence",
         media_type="application/jsonl", suffix=".jsonl")
register("markdown", ".markdown:render_markdown", description="summary table and sections per article",
         media_type="text/markdown", suffix=".md")
register("github", ".github:render_github", description="GitHub Actions workflow commands (annotations)",
         media_type="text/plain", suffix=".txt")
register("sarif", ".sarif:render_sarif", description="SARIF 2.1.0 (code scanning)",
         media_type="application/sarif+json", suffix=".sarif")
register("gitlab", ".gitlab:render_gitlab", description="GitLab Code Quality report",
         media_type="application/json", suffix=".json")
register("junit", ".junit:render_junit", description="JUnit XML, one test suite per article",
         media_type="application/xml", suffix=".xml")
register("html", ".html:render_html", description="one self-contained HTML page",
         media_type="text/html", suffix=".html")
register("claimreview", ".claimreview:render_claimreview", description="schema.org ClaimReview JSON-LD",
         media_type="application/ld+json", suffix=".jsonld")
