"""``gitlab``: a GitLab Code Quality report (the Code Climate issue subset GitLab reads).

One object per active finding: ``description``, ``check_name``
(``factcheck/<rule id>``, namespaced so several tools can share one report),
``fingerprint`` (the factcheck fingerprint: no line numbers, so the merge
request widget keeps matching a finding after edits elsewhere),
``severity`` and ``location.path`` with ``location.lines.begin``/``end``.

Severities: an ``error`` level (a label in ``fail_on``) is ``major``, a
``warning`` is ``minor``, a ``note`` is ``info``.
"""

from __future__ import annotations

import json
from typing import Any

from ..findings import Finding, collect_findings, normalise_path
from ..types import Label, RunResult

SEVERITIES = {"error": "major", "warning": "minor", "note": "info"}


def issue(finding: Finding) -> dict[str, Any]:
    return {
        "type": "issue",
        "description": finding.message,
        "check_name": f"factcheck/{finding.rule_id}",
        "fingerprint": finding.fingerprint,
        "severity": SEVERITIES[finding.level],
        "categories": ["Bug Risk"] if finding.label is Label.REFUTED else ["Clarity"],
        "location": {
            "path": normalise_path(finding.path),
            "lines": {"begin": finding.line, "end": finding.end_line},
        },
    }


def render_gitlab(
    result: RunResult,
    *,
    fail_on: tuple[Label, ...] | None = None,
    baseline: set[str] | frozenset[str] | None = None,
    **_options: object,
) -> str:
    known = baseline or set()
    issues = [
        issue(finding)
        for finding in collect_findings(result, fail_on=fail_on)
        if finding.active and finding.fingerprint not in known
    ]
    return json.dumps(issues, ensure_ascii=False, indent=2) + "\n"
