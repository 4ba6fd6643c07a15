"""Measure a verifier against labelled claims.

``load_labelled`` reads JSON Lines ``{"id", "claim", "source", "label",
"kind", "lang"?}`` (``source`` one reference or a list). ``evaluate`` compares
verdicts with gold labels: macro-F1 over supported / refuted /
not_enough_info, per-label precision, recall and F1, the confusion matrix,
accuracy per kind and per language, how often evidence came with a
supported or refuted gold item, and a calibration table (confidence bins
against accuracy: a confidence that means something rises with accuracy).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from factcheck.claimfile import read_claim_lines
from factcheck.errors import InputError
from factcheck.types import Label, Verdict

LABELS = ("supported", "refuted", "not_enough_info")
_ALIASES = {
    "support": "supported", "supports": "supported", "supported": "supported",
    "refute": "refuted", "refutes": "refuted", "refuted": "refuted", "contradict": "refuted",
    "nei": "not_enough_info", "not_enough_info": "not_enough_info", "not enough info": "not_enough_info",
    "notenoughinfo": "not_enough_info", "not_enough_information": "not_enough_info",
}
CONFIDENCE_BINS = ((0.0, 0.5), (0.5, 0.6), (0.6, 0.7), (0.7, 0.8), (0.8, 0.9), (0.9, 1.0001))


@dataclass(frozen=True)
class LabelledClaim:
    id: str
    claim: str
    sources: tuple[str, ...]
    label: str  # one of LABELS
    kind: str = "unknown"
    lang: str | None = None
    note: str | None = None

    @property
    def source(self) -> str:
        return self.sources[0] if self.sources else ""


@dataclass(frozen=True)
class LabelScores:
    label: str
    precision: float
    recall: float
    f1: float
    support: int  # gold items with this label


@dataclass(frozen=True)
class GroupScore:
    name: str
    accuracy: float
    count: int
    macro_f1: float


@dataclass(frozen=True)
class CalibrationBin:
    low: float
    high: float
    count: int
    accuracy: float
    mean_confidence: float


@dataclass(frozen=True)
class EvalReport:
    verifier: str
    count: int
    macro_f1: float
    accuracy: float
    per_label: tuple[LabelScores, ...]
    confusion: tuple[tuple[int, ...], ...]  # rows gold, columns predicted, in LABELS order (+ "other" column)
    per_kind: tuple[GroupScore, ...]
    per_language: tuple[GroupScore, ...]
    evidence_found: float  # share of supported/refuted gold items whose verdict carried evidence
    calibration: tuple[CalibrationBin, ...]


def _normalise_label(value: str, *, where: str) -> str:
    label = _ALIASES.get(str(value).strip().lower())
    if label is None:
        raise InputError(f"{where}: unknown label {value!r} (expected one of {', '.join(LABELS)})")
    return label


def load_labelled(path: str | Path) -> list[LabelledClaim]:
    """Labelled claims from a JSON Lines file; ``InputError`` names the bad line."""
    lines = read_claim_lines(path, required=("id", "claim", "source", "label"))
    if not lines:
        raise InputError(f"{path}: no labelled claims (JSON Lines with id, claim, source, label)")
    return [
        LabelledClaim(
            id=line.id,
            claim=line.claim,
            sources=line.sources,
            label=_normalise_label(line.record["label"], where=f"{path}:{line.number}"),
            kind=str(line.record.get("kind") or "unknown"),
            lang=line.record.get("lang"),
            note=line.record.get("note"),
        )
        for line in lines
    ]


def _predicted(verdict: Verdict) -> str:
    value = verdict.label.value if isinstance(verdict.label, Label) else str(verdict.label)
    return value


def _macro_f1(gold: Sequence[str], predicted: Sequence[str]) -> tuple[float, tuple[LabelScores, ...]]:
    scores = []
    for label in LABELS:
        tp = sum(1 for g, p in zip(gold, predicted) if g == label and p == label)
        fp = sum(1 for g, p in zip(gold, predicted) if g != label and p == label)
        fn = sum(1 for g, p in zip(gold, predicted) if g == label and p != label)
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        scores.append(LabelScores(label, precision, recall, f1, tp + fn))
    present = [s for s in scores if s.support > 0] or scores
    return sum(s.f1 for s in present) / len(present), tuple(scores)


def _groups(names: Sequence[str], gold: Sequence[str], predicted: Sequence[str]) -> tuple[GroupScore, ...]:
    out = []
    for name in sorted(set(names)):
        idx = [i for i, n in enumerate(names) if n == name]
        g = [gold[i] for i in idx]
        p = [predicted[i] for i in idx]
        accuracy = sum(1 for a, b in zip(g, p) if a == b) / len(idx)
        out.append(GroupScore(name, accuracy, len(idx), _macro_f1(g, p)[0]))
    return tuple(out)


def evaluate(items: Sequence[LabelledClaim], predictions: Sequence[Verdict]) -> EvalReport:
    """Scores of ``predictions`` (one verdict per item, same order) against the gold labels."""
    if len(items) != len(predictions):
        raise InputError(f"{len(items)} labelled claims but {len(predictions)} verdicts")
    gold = [item.label for item in items]
    predicted = [_predicted(v) for v in predictions]
    macro, per_label = _macro_f1(gold, predicted)
    columns = LABELS + ("other",)
    confusion = tuple(
        tuple(sum(1 for g, p in zip(gold, predicted) if g == row and (p == column or (column == "other" and p not in LABELS))) for column in columns)
        for row in LABELS
    )
    decided = [i for i, g in enumerate(gold) if g in ("supported", "refuted")]
    evidence_found = sum(1 for i in decided if predictions[i].evidence) / len(decided) if decided else 0.0
    calibration = []
    for low, high in CONFIDENCE_BINS:
        idx = [i for i, v in enumerate(predictions) if low <= v.confidence < high]
        if not idx:
            calibration.append(CalibrationBin(low, min(high, 1.0), 0, 0.0, 0.0))
            continue
        accuracy = sum(1 for i in idx if gold[i] == predicted[i]) / len(idx)
        mean = sum(predictions[i].confidence for i in idx) / len(idx)
        calibration.append(CalibrationBin(low, min(high, 1.0), len(idx), accuracy, mean))
    verifier = predictions[0].verifier if predictions else "?"
    return EvalReport(
        verifier=verifier,
        count=len(items),
        macro_f1=macro,
        accuracy=sum(1 for g, p in zip(gold, predicted) if g == p) / len(items) if items else 0.0,
        per_label=per_label,
        confusion=confusion,
        per_kind=_groups([item.kind for item in items], gold, predicted),
        per_language=_groups([item.lang or "und" for item in items], gold, predicted),
        evidence_found=evidence_found,
        calibration=tuple(calibration),
    )


def report_as_dict(report: EvalReport) -> dict:
    data = asdict(report)
    data["labels"] = list(LABELS)
    return data


_SHORT = {"supported": "sup", "refuted": "ref", "not_enough_info": "nei", "other": "other"}


def format_report(report: EvalReport, baseline_report: EvalReport | None = None) -> str:
    """A plain-text report; with a baseline, its figures sit beside the verifier's."""
    base = baseline_report
    lines = []
    title = f"{report.verifier}: {report.count} labelled claims"
    if base:
        title += f" (baseline: {base.verifier})"
    lines.append(title)
    lines.append("")

    def pair(value: float, other: float | None) -> str:
        return f"{value:6.3f}" + (f"   {other:6.3f}" if other is not None else "")

    header = f"{'':24}{report.verifier:>8}" + (f"   {base.verifier:>6}" if base else "")
    lines.append(header)
    lines.append(f"{'macro-F1':24}{pair(report.macro_f1, base.macro_f1 if base else None)}")
    lines.append(f"{'accuracy':24}{pair(report.accuracy, base.accuracy if base else None)}")
    lines.append(f"{'evidence found':24}{pair(report.evidence_found, base.evidence_found if base else None)}")
    for i, scores in enumerate(report.per_label):
        other = base.per_label[i] if base else None
        lines.append(
            f"{scores.label + ' P/R/F1':24}{scores.precision:.2f}/{scores.recall:.2f}/{scores.f1:.2f}"
            + (f"   {other.precision:.2f}/{other.recall:.2f}/{other.f1:.2f}" if other else "")
            + f"   (n={scores.support})"
        )
    lines.append("")
    reports = [(report.verifier, report)] + ([(base.verifier, base)] if base else [])
    for name, rep in reports:
        lines.append(f"confusion matrix, {name} (rows gold, columns predicted)")
        lines.append(f"{'':10}" + "".join(f"{_SHORT[c]:>7}" for c in LABELS + ('other',)))
        for label, row in zip(LABELS, rep.confusion):
            lines.append(f"{_SHORT[label]:10}" + "".join(f"{n:7d}" for n in row))
        lines.append("")
    for heading, groups, base_groups in (
        ("by kind", report.per_kind, base.per_kind if base else None),
        ("by language", report.per_language, base.per_language if base else None),
    ):
        lines.append(f"accuracy {heading}" + (f"  ({report.verifier} / {base.verifier})" if base else ""))
        base_map = {g.name: g for g in base_groups} if base_groups else {}
        for group in groups:
            other = base_map.get(group.name)
            lines.append(
                f"  {group.name:22}{group.accuracy:6.3f}"
                + (f" / {other.accuracy:5.3f}" if other else "")
                + f"   macro-F1 {group.macro_f1:.3f}"
                + (f" / {other.macro_f1:.3f}" if other else "")
                + f"   n={group.count}"
            )
        lines.append("")
    lines.append(f"calibration ({report.verifier}): confidence bin, items, accuracy, mean confidence")
    for b in report.calibration:
        if b.count:
            lines.append(f"  [{b.low:.1f}, {b.high:.1f})  {b.count:5d}  {b.accuracy:6.3f}  {b.mean_confidence:6.3f}")
    return "\n".join(lines).rstrip() + "\n"
