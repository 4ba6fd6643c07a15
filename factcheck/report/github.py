"""``github``: GitHub Actions workflow commands, one annotation per finding.

    ::error file=PATH,line=L,col=C,endLine=L2,endColumn=C2,title=TITLE::MESSAGE

Labels in ``fail_on`` are ``error``s, the other failure labels ``warning``s,
``unsourced`` a ``notice`` (see ``factcheck.findings``). Escaping follows
the Actions toolkit: ``%``, CR and LF in the message become %25, %0D, %0A;
property values also escape ``:`` and ``,`` (%3A, %2C), or a path like
``notes/a, b.md`` would end the ``file`` property early.

GitHub shows only about ten annotations of each level per step, so the full
Markdown report also goes to ``$GITHUB_STEP_SUMMARY`` through
``write_step_summary``, cut to fit the 1 MiB cap that file has.
"""

from __future__ import annotations

from pathlib import Path

from ..findings import LABEL_WORDS, Finding, collect_findings
from ..types import Label, RunResult
from .markdown import CLAIM_ROW

COMMANDS = {"error": "error", "warning": "warning", "note": "notice"}

# GitHub refuses step summaries over 1 MiB (the whole file, for one step).
STEP_SUMMARY_LIMIT = 1024 * 1024


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(finding: Finding) -> str:
    properties = {
        "file": finding.path,
        "line": str(finding.line),
        "col": str(finding.column),
        "endLine": str(finding.end_line),
        "endColumn": str(finding.end_column),
        "title": f"factcheck: {LABEL_WORDS[finding.label]} ({finding.rule_id})",
    }
    joined = ",".join(f"{key}={escape_property(value)}" for key, value in properties.items())
    return f"::{COMMANDS[finding.level]} {joined}::{escape_data(finding.message)}"


def render_github(
    result: RunResult,
    *,
    fail_on: tuple[Label, ...] | None = None,
    baseline: set[str] | frozenset[str] | None = None,
    **_options: object,
) -> str:
    """Annotations for the active findings (suppressed and baselined ones are known, so left out)."""
    known = baseline or set()
    lines = [
        annotation(finding)
        for finding in collect_findings(result, fail_on=fail_on)
        if finding.active and finding.fingerprint not in known
    ]
    return "\n".join(lines) + "\n" if lines else ""


def write_step_summary(markdown: str, path: str | Path, *, limit: int = STEP_SUMMARY_LIMIT) -> int:
    """Append ``markdown`` to the step summary file at ``path``, cut to fit ``limit`` bytes in all.

    When the report does not fit, whole lines are kept up to the cap and a
    last line says how many findings (claim rows that are not ``supported``)
    were left out. Returns that number (0 when everything fitted).
    """
    target = Path(path)
    used = target.stat().st_size if target.exists() else 0
    budget = limit - used
    encoded = markdown.encode("utf-8")
    if len(encoded) <= budget:
        with target.open("a", encoding="utf-8") as handle:
            handle.write(markdown)
        return 0

    notice_room = 400  # bytes kept free for the closing line
    kept: list[str] = []
    size = 0
    lines = markdown.splitlines(keepends=True)
    cut = len(lines)
    for index, line in enumerate(lines):
        line_size = len(line.encode("utf-8"))
        if size + line_size > budget - notice_room:
            cut = index
            break
        kept.append(line)
        size += line_size
    dropped_rows = [CLAIM_ROW.match(line) for line in lines[cut:]]
    dropped_rows = [match for match in dropped_rows if match]
    findings_left_out = sum(1 for match in dropped_rows if match.group(1) != Label.SUPPORTED.value)
    notice = (
        f"\n\n**Report truncated** to fit GitHub's {_size(limit)} step summary limit: "
        f"{findings_left_out} findings ({len(dropped_rows)} checked claims in all) were left out. "
        "The full report is in the job's other outputs (`--format markdown -o FILE`).\n"
    )
    if budget < len(notice.encode("utf-8")):
        return findings_left_out  # no room even for the notice: leave the file as it is
    with target.open("a", encoding="utf-8") as handle:
        handle.write("".join(kept) + notice)
    return findings_left_out


def _size(limit: int) -> str:
    if limit % (1024 * 1024) == 0:
        return f"{limit // (1024 * 1024)} MiB"
    return f"{limit / 1024:.0f} KiB" if limit >= 1024 else f"{limit} bytes"
