"""``sarif``: SARIF 2.1.0, the format code-scanning services read.

One run; one rule per rule id (see ``factcheck.findings``); one result per
finding with a 1-based region (``endColumn`` one past the claim's last
character, as SARIF's regions are) and the factcheck fingerprint under
``partialFingerprints`` so services can track a finding across edits.
Claims switched off in the article are listed with an ``inSource``
suppression; findings known from a baseline carry
``baselineState: "unchanged"`` and the others ``"new"`` when a baseline is in
use. Supported claims are not results: a code-scanning alert for a claim that
checks out would be noise.
"""

from __future__ import annotations

import dataclasses
import json
from typing import Any
from urllib.parse import quote

from ..findings import (
    FINDING_LABELS,
    LABEL_WORDS,
    RULE_DESCRIPTIONS,
    Finding,
    collect_findings,
    level_for,
    normalise_path,
    rule_id_for,
)
from ..types import Label, RunResult
from .common import TOOL_NAME, tool_homepage, tool_version

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
FINGERPRINT_KEY = "factcheck/v1"


def artifact_uri(path: str) -> str:
    """A URI reference for an article: URLs as they are, paths percent-encoded with forward slashes."""
    if "://" in path:
        return path
    return quote(normalise_path(path), safe="/-._~")


def rules(fail_on: tuple[Label, ...]) -> list[dict[str, Any]]:
    """One rule per failure label, plus ``supported`` when a run is told to fail on it."""
    entries = []
    for label in [*FINDING_LABELS, *(Label(l) for l in fail_on if Label(l) not in FINDING_LABELS)]:
        short, help_text = RULE_DESCRIPTIONS[label]
        entries.append({
            "id": rule_id_for(label),
            "name": LABEL_WORDS[label].replace(" ", ""),
            "shortDescription": {"text": short},
            "fullDescription": {"text": help_text},
            "help": {"text": help_text},
            "defaultConfiguration": {"level": level_for(label, fail_on)},
            "properties": {"label": label.value},
        })
    return entries


def result_for(finding: Finding, rule_index: int, *, baseline_in_use: bool) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "ruleId": finding.rule_id,
        "ruleIndex": rule_index,
        "level": finding.level,
        "message": {"text": finding.message},
        "locations": [{
            "physicalLocation": {
                "artifactLocation": {"uri": artifact_uri(finding.path)},
                "region": {
                    "startLine": finding.line,
                    "startColumn": finding.column,
                    "endLine": finding.end_line,
                    "endColumn": finding.end_column,
                    "snippet": {"text": finding.claim_text},
                },
            },
        }],
        "partialFingerprints": {FINGERPRINT_KEY: finding.fingerprint},
        "properties": {"label": finding.label.value, "claimId": finding.claim_id},
    }
    if finding.suppressed:
        entry["suppressions"] = [{"kind": "inSource", "justification": "switched off by a comment in the article"}]
    if baseline_in_use:
        entry["baselineState"] = "unchanged" if finding.baselined else "new"
    return entry


def render_sarif(
    result: RunResult,
    *,
    fail_on: tuple[Label, ...] | None = None,
    baseline: set[str] | frozenset[str] | None = None,
    information_uri: str | None = None,
    **_options: object,
) -> str:
    threshold = tuple(Label(label) for label in (result.fail_on if fail_on is None else fail_on))
    rule_list = rules(threshold)
    rule_index = {rule["id"]: index for index, rule in enumerate(rule_list)}
    known = baseline or set()
    findings = collect_findings(result, fail_on=threshold, include_suppressed=True)
    baseline_in_use = baseline is not None or any(f.baselined for f in findings)
    results = []
    for finding in findings:
        if finding.fingerprint in known and not finding.baselined:
            finding = dataclasses.replace(finding, baselined=True)
        results.append(result_for(finding, rule_index[finding.rule_id], baseline_in_use=baseline_in_use))

    driver: dict[str, Any] = {"name": TOOL_NAME, "version": tool_version(), "rules": rule_list}
    homepage = information_uri or tool_homepage()
    if homepage:
        driver["informationUri"] = homepage
    run: dict[str, Any] = {
        "tool": {"driver": driver},
        "invocations": [{
            "executionSuccessful": True,
            "startTimeUtc": result.started_at,
            "endTimeUtc": result.finished_at,
        }],
        "artifacts": [
            {"location": {"uri": artifact_uri(article.article.location)},
             "mimeType": article.article.media_type}
            for article in result.articles
        ],
        "results": results,
        "properties": {
            "verifier": result.verifier,
            "verifierVersion": result.verifier_version,
            "failOn": [Label(label).value for label in threshold],
            "staleBaseline": list(result.stale_baseline),
        },
    }
    document = {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
