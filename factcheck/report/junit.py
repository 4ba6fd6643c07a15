"""``junit``: JUnit XML, the test report format every CI system can display.

One ``<testsuite>`` per article, one ``<testcase>`` per checkable claim.
Only findings at or above the failure threshold (labels in ``fail_on``) are
``<failure>``s, so the CI's test view fails exactly when the exit code does;
claims switched off in the article, and failures known from the
baseline, are ``<skipped>``. Other verdicts pass, with the verdict in ``<system-out>``.
Sentences that are not claims are not test cases.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import datetime, timezone

from ..findings import LABEL_WORDS, claim_span, finding_for, shorten
from ..types import Label, RunResult
from .common import TOOL_NAME

# Characters XML 1.0 cannot carry, even escaped.
_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def clean(text: str) -> str:
    return _INVALID_XML.sub("\ufffd", text)


def _timestamp(moment: str) -> str:
    """UTC without an offset: the JUnit schema's timestamp pattern has no time zone."""
    try:
        parsed = datetime.fromisoformat(moment)
    except ValueError:
        return moment
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone(timezone.utc).replace(tzinfo=None)
    return parsed.strftime("%Y-%m-%dT%H:%M:%S")


def _seconds(start: str, end: str) -> str:
    try:
        elapsed = (datetime.fromisoformat(end) - datetime.fromisoformat(start)).total_seconds()
    except ValueError:
        return "0"
    return f"{max(elapsed, 0.0):.3f}"


def render_junit(
    result: RunResult,
    *,
    fail_on: tuple[Label, ...] | None = None,
    baseline: set[str] | frozenset[str] | None = None,
    **_options: object,
) -> str:
    threshold = tuple(result.fail_on if fail_on is None else fail_on)
    known = baseline or set()
    root = ET.Element("testsuites", name=TOOL_NAME, time=_seconds(result.started_at, result.finished_at))
    totals = {"tests": 0, "failures": 0, "skipped": 0}
    for checked_article in result.articles:
        article = checked_article.article
        suite = ET.SubElement(root, "testsuite", name=clean(article.location), timestamp=_timestamp(result.started_at),
                              time="0", errors="0")
        counts = {"tests": 0, "failures": 0, "skipped": 0}
        for checked in checked_article.claims:
            finding = finding_for(checked_article, checked, threshold)
            if finding is None:
                continue  # not a checkable claim
            counts["tests"] += 1
            line, column, _, _ = claim_span(article, checked.claim.start, checked.claim.end)
            case = ET.SubElement(
                suite, "testcase",
                name=clean(f"{line}:{column} {shorten(checked.claim.text, 120)}"),
                classname=clean(article.location), file=clean(article.location), line=str(line), time="0",
            )
            failing = finding.label in threshold
            known_finding = finding.baselined or finding.fingerprint in known
            if finding.suppressed or (failing and known_finding):
                counts["skipped"] += 1
                why = "switched off in the article" if finding.suppressed else "known from the baseline"
                ET.SubElement(case, "skipped", message=clean(f"{LABEL_WORDS[finding.label]}, {why}"))
            elif failing:
                counts["failures"] += 1
                failure = ET.SubElement(case, "failure", type=finding.rule_id,
                                        message=clean(f"{LABEL_WORDS[finding.label]} at {line}:{column}"))
                failure.text = clean(finding.message)
            else:
                ET.SubElement(case, "system-out").text = clean(finding.message)
        for key, value in counts.items():
            suite.set(key, str(value))
            totals[key] += value
    for key, value in totals.items():
        root.set(key, str(value))
    root.set("errors", "0")
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
