"""Findings: the checked claims a report or a CI job acts on.

A finding is one checked claim with its location in the article, a rule id,
a level and a stable fingerprint.

Rule ids are the verdict labels with hyphens (``refuted``,
``not-enough-info``, ``unverifiable``, ``unsourced``, and ``supported`` for
the formats that list every claim). They follow the label rather than the
verifier's reason code on purpose: reason codes get finer as the verifier
improves, and a fingerprint built on them would change with every release,
breaking every baseline.

Levels: a label listed in ``fail_on`` is an ``error``; otherwise
``refuted``, ``not_enough_info`` and ``unverifiable`` are ``warning``s and
``unsourced`` and ``supported`` are ``note``s (an uncited claim is worth a
look, not an alarm).

Fingerprints hash the rule id, the normalised claim text and the article
path, and no line numbers, so a baseline survives edits elsewhere in the
article. Baselines are JSON files of fingerprints: findings they list are
"known" and do not fail the run; entries no finding matches any more are
"stale" and are reported so the file can be refreshed.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
from collections.abc import Iterable, Sequence
from pathlib import Path, PurePosixPath

from .errors import InputError
from .types import Article, CheckedArticle, CheckedClaim, Label, RunResult, normalise_text

BASELINE_VERSION = 1

# Labels that make a checked claim a finding; ``supported`` is listed only
# by the formats that show every claim.
FINDING_LABELS: tuple[Label, ...] = (
    Label.REFUTED,
    Label.NOT_ENOUGH_INFO,
    Label.UNVERIFIABLE,
    Label.UNSOURCED,
)

# Rule ids, one per label; see the module docstring for why labels and not reason codes.
RULE_IDS: dict[Label, str] = {label: label.value.replace("_", "-") for label in Label}

# The label in words, for titles and messages.
LABEL_WORDS: dict[Label, str] = {
    Label.SUPPORTED: "Supported",
    Label.REFUTED: "Refuted",
    Label.NOT_ENOUGH_INFO: "Not enough information",
    Label.UNVERIFIABLE: "Unverifiable",
    Label.UNSOURCED: "Unsourced",
}

# One sentence per rule, used as SARIF rule descriptions and help text.
RULE_DESCRIPTIONS: dict[Label, tuple[str, str]] = {
    Label.SUPPORTED: (
        "The cited source supports the claim.",
        "The source says what the claim says. Nothing to do.",
    ),
    Label.REFUTED: (
        "The cited source says otherwise.",
        "The source gives another number, another entity, the opposite direction or a negation. "
        "Correct the claim or cite a source that supports it.",
    ),
    Label.NOT_ENOUGH_INFO: (
        "The cited source does not settle the claim.",
        "The source was read but does not address the claim, or the claim is pinned to the wrong "
        "source or version. Cite the passage that supports it.",
    ),
    Label.UNVERIFIABLE: (
        "The cited source could not be had or read.",
        "The source could not be fetched or parsed (network error, blocked address, offline and not "
        "cached, unparseable). The reason code says which; retry, or cite a reachable copy.",
    ),
    Label.UNSOURCED: (
        "The claim cites no source.",
        "The article cites nothing the claim could be checked against. Add a reference.",
    ),
}

LEVELS = ("error", "warning", "note")


@dataclasses.dataclass(frozen=True)
class Finding:
    """One checked claim as a CI system sees it.

    Lines and columns are 1-based, in the article as written (``Article.raw``);
    ``end_column`` is one past the claim's last character, as SARIF regions are.
    """

    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    label: Label
    rule_id: str
    level: str  # "error" | "warning" | "note"
    message: str
    fingerprint: str
    claim_id: str
    claim_text: str
    suppressed: bool = False  # an inline comment in the article switched it off
    baselined: bool = False  # its fingerprint is in the baseline

    @property
    def active(self) -> bool:
        """True when the finding counts: neither suppressed nor known from the baseline."""
        return not (self.suppressed or self.baselined)


def rule_id_for(label: Label) -> str:
    return RULE_IDS[Label(label)]


def level_for(label: Label, fail_on: Iterable[Label]) -> str:
    label = Label(label)
    if label in {Label(item) for item in fail_on}:
        return "error"
    if label in (Label.REFUTED, Label.NOT_ENOUGH_INFO, Label.UNVERIFIABLE):
        return "warning"
    return "note"


def normalise_path(path: str) -> str:
    """The article path as fingerprints hash it: forward slashes, no leading './'.

    URLs and '-' (stdin) pass through unchanged.
    """
    if "://" in path or path == "-":
        return path
    posix = PurePosixPath(path.replace(os.sep, "/").replace("\\", "/"))
    text = str(posix)
    while text.startswith("./"):
        text = text[2:]
    return text


def fingerprint(rule_id: str, claim_text: str, path: str) -> str:
    """sha256 of rule id, normalised claim text and article path (no line numbers)."""
    digest = hashlib.sha256()
    for part in (rule_id, normalise_text(claim_text), normalise_path(path)):
        digest.update(part.encode("utf-8"))
        digest.update(b"\x1f")
    return digest.hexdigest()


def claim_span(article: Article, start: int, end: int) -> tuple[int, int, int, int]:
    """(line, column, end_line, end_column) of a text span, 1-based, end column exclusive.

    The end is mapped from the span's last character rather than from ``end``
    itself: ``end`` may fall on the first character of the next verbatim
    segment (after a stripped Markdown link, say), which would stretch the
    region past markup that is not part of the claim.
    """
    line, column = article.line_col(start)
    last = max(end - 1, start)
    end_line, last_column = article.line_col(last)
    return line, column, end_line, last_column + 1


def shorten(text: str, limit: int) -> str:
    """One line, at most ``limit`` characters, cut at a word boundary with an ellipsis."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[: limit - 1].rsplit(" ", 1)[0] if " " in flat[: limit - 1] else flat[: limit - 1]
    return cut.rstrip(" ,;:") + "…"


def finding_message(checked: CheckedClaim, *, evidence_chars: int = 160) -> str:
    """Claim, reason sentence and a short evidence quote, as one plain message."""
    verdict = checked.verdict
    parts = [f"« {shorten(checked.claim.text, 200)} »"]
    if verdict is None:
        return parts[0]
    parts[0] = f"{LABEL_WORDS[verdict.label]}: {parts[0]}"
    if verdict.reasons:
        parts.append(" ".join(reason.message.strip() for reason in verdict.reasons[:2]))
    if checked.claim.hedge:
        parts.append(f"(hedged: « {checked.claim.hedge} »)")
    if verdict.evidence:
        best = verdict.evidence[0]
        # a passage only settles the claim when the verdict does; otherwise it is the closest one read
        word = "Evidence" if verdict.label in (Label.SUPPORTED, Label.REFUTED) else "Closest passage"
        parts.append(f"{word}, {best.source} [{best.start}:{best.end}]: « {shorten(best.text, evidence_chars)} »")
    return " ".join(parts)


def finding_for(
    checked_article: CheckedArticle,
    checked: CheckedClaim,
    fail_on: Iterable[Label],
) -> Finding | None:
    """The finding for one checked claim, or None for a sentence that is not a checkable claim."""
    verdict = checked.verdict
    if verdict is None:
        return None
    article = checked_article.article
    rule = rule_id_for(verdict.label)
    line, column, end_line, end_column = claim_span(article, checked.claim.start, checked.claim.end)
    return Finding(
        path=article.location,
        line=line,
        column=column,
        end_line=end_line,
        end_column=end_column,
        label=verdict.label,
        rule_id=rule,
        level=level_for(verdict.label, fail_on),
        message=finding_message(checked),
        fingerprint=fingerprint(rule, checked.claim.text, article.location),
        claim_id=checked.claim.id,
        claim_text=checked.claim.text,
        suppressed=checked.suppressed,
        baselined=checked.baselined,
    )


def collect_findings(
    result: RunResult,
    *,
    fail_on: Iterable[Label] | None = None,
    include_supported: bool = False,
    include_suppressed: bool = False,
) -> list[Finding]:
    """Every finding of a run, in article order then text order.

    ``fail_on`` defaults to the run's own threshold; a label in it is always a
    finding, so a baseline written from these covers everything that can fail
    the run. Suppressed claims are left out unless asked for (SARIF lists them
    as suppressed results).
    """
    threshold = tuple(Label(label) for label in (result.fail_on if fail_on is None else fail_on))
    findings: list[Finding] = []
    for checked_article in result.articles:
        for checked in checked_article.claims:
            if checked.verdict is None:
                continue
            label = checked.verdict.label
            if label not in FINDING_LABELS and label not in threshold and not include_supported:
                continue  # supported claims are findings only where asked for, or where they fail the run
            if checked.suppressed and not include_suppressed:
                continue
            finding = finding_for(checked_article, checked, threshold)
            if finding is not None:
                findings.append(finding)
    return findings


# ---------------------------------------------------------------- baselines


def write_baseline(path: str | Path, findings: Sequence[Finding]) -> int:
    """Write the fingerprints of ``findings`` to a baseline file; return how many.

    Suppressed findings are left out: the article already switches them off.
    Entries are sorted so the file diffs well under version control.
    """
    entries = {
        finding.fingerprint: {
            "fingerprint": finding.fingerprint,
            "rule": finding.rule_id,
            "path": normalise_path(finding.path),
            "claim": finding.claim_text,
        }
        for finding in findings
        if not finding.suppressed
    }
    document = {
        "version": BASELINE_VERSION,
        "tool": "factcheck",
        "findings": sorted(entries.values(), key=lambda e: (e["path"], e["rule"], e["claim"])),
    }
    Path(path).write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return len(entries)


def read_baseline(path: str | Path) -> set[str]:
    """The fingerprints a baseline file lists; InputError when it cannot be read as one."""
    location = Path(path)
    try:
        raw = location.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(f"baseline file not found: {location}") from None
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"cannot read baseline file {location}: {error}") from None
    try:
        document = json.loads(raw)
    except json.JSONDecodeError as error:
        raise InputError(
            f"baseline file {location} is not JSON (line {error.lineno}, column {error.colno}: {error.msg})"
        ) from None
    if not isinstance(document, dict) or not isinstance(document.get("findings"), list):
        raise InputError(f"baseline file {location} has no 'findings' list; write one with --write-baseline")
    version = document.get("version")
    if version != BASELINE_VERSION:
        raise InputError(
            f"baseline file {location} has version {version!r}; this factcheck reads version {BASELINE_VERSION}"
        )
    fingerprints: set[str] = set()
    for index, entry in enumerate(document["findings"]):
        value = entry.get("fingerprint") if isinstance(entry, dict) else None
        if not isinstance(value, str) or not value:
            raise InputError(f"baseline file {location}: entry {index} has no fingerprint")
        fingerprints.add(value)
    return fingerprints


def apply_baseline(
    findings: Sequence[Finding], fingerprints: set[str] | frozenset[str]
) -> tuple[list[Finding], list[Finding], list[str]]:
    """Split findings into (new, known, stale).

    ``known`` findings come back marked ``baselined``; ``stale`` lists, sorted,
    the baseline fingerprints that no finding matched (fixed claims, or claims
    whose text changed).
    """
    new: list[Finding] = []
    known: list[Finding] = []
    seen: set[str] = set()
    for finding in findings:
        if finding.fingerprint in fingerprints:
            known.append(dataclasses.replace(finding, baselined=True))
            seen.add(finding.fingerprint)
        else:
            new.append(finding)
    stale = sorted(set(fingerprints) - seen)
    return new, known, stale


def mark_baselined(result: RunResult, fingerprints: set[str] | frozenset[str]) -> RunResult:
    """The run with its known findings marked ``baselined`` and the baseline entries nothing matched."""
    _new, known, stale = apply_baseline(collect_findings(result), fingerprints)
    known_claims = {finding.claim_id for finding in known}
    articles = tuple(
        dataclasses.replace(
            checked_article,
            claims=tuple(
                dataclasses.replace(item, baselined=item.claim.id in known_claims) for item in checked_article.claims
            ),
        )
        for checked_article in result.articles
    )
    return dataclasses.replace(result, articles=articles, stale_baseline=tuple(stale))


# ---------------------------------------------------------------- exit codes


def exit_code(
    result: RunResult,
    fail_on: Iterable[Label] | None = None,
    *,
    exit_zero: bool = False,
    baseline: set[str] | frozenset[str] | None = None,
) -> int:
    """0 when no active finding has a label in ``fail_on``; 1 otherwise (CONVENTIONS.md).

    ``exit_zero`` forces 0. Suppressed claims, claims the run already marked
    as baselined, and findings whose fingerprint is in ``baseline`` never
    fail the run. Errors that are not findings (exit 2) are the CLI's business.
    """
    if exit_zero:
        return 0
    threshold = {Label(label) for label in (result.fail_on if fail_on is None else fail_on)}
    if not threshold:
        return 0
    known = baseline or set()
    for finding in collect_findings(result, fail_on=threshold, include_supported=True):
        if finding.label in threshold and finding.active and finding.fingerprint not in known:
            return 1
    return 0
