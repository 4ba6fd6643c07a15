"""Metrics over labelled claims."""

from __future__ import annotations

import json

import pytest

from factcheck.errors import InputError
from factcheck.evaluate import LabelledClaim, evaluate, format_report, load_labelled, report_as_dict
from factcheck.types import Evidence, Label, Verdict

EVIDENCE = (Evidence("arXiv:1v1", "text", 0, 4, 1.0),)


def verdict(label: str, confidence: float = 0.9, evidence=EVIDENCE, verifier: str = "lexical") -> Verdict:
    return Verdict("c", Label(label), confidence, (), evidence, verifier=verifier)


def item(label: str, kind: str = "number", lang: str = "en") -> LabelledClaim:
    return LabelledClaim(id="x", claim="c", sources=("arXiv:1",), label=label, kind=kind, lang=lang)


def test_perfect_predictions_score_one():
    items = [item("supported"), item("refuted"), item("not_enough_info")]
    report = evaluate(items, [verdict("supported"), verdict("refuted"), verdict("not_enough_info")])
    assert report.macro_f1 == pytest.approx(1.0)
    assert report.accuracy == 1.0
    assert report.confusion == ((1, 0, 0, 0), (0, 1, 0, 0), (0, 0, 1, 0))


def test_a_verifier_that_never_refutes_scores_low():
    items = [item("supported"), item("refuted"), item("refuted"), item("not_enough_info", kind="entity", lang="fr")]
    report = evaluate(items, [verdict("supported"), verdict("supported"), verdict("not_enough_info"), verdict("not_enough_info")])
    by_label = {s.label: s for s in report.per_label}
    assert by_label["refuted"].recall == 0.0 and by_label["refuted"].f1 == 0.0
    assert by_label["supported"].precision == 0.5 and by_label["supported"].recall == 1.0
    assert report.macro_f1 == pytest.approx((2 / 3 + 0 + 2 / 3) / 3)
    assert report.confusion[1] == (1, 0, 1, 0)
    assert {g.name: g.accuracy for g in report.per_kind} == {"entity": 1.0, "number": 1 / 3}
    assert {g.name: g.count for g in report.per_language} == {"en": 3, "fr": 1}


def test_evidence_found_counts_supported_and_refuted_gold_items():
    items = [item("supported"), item("refuted"), item("not_enough_info")]
    report = evaluate(items, [verdict("supported"), verdict("not_enough_info", evidence=()), verdict("not_enough_info", evidence=())])
    assert report.evidence_found == 0.5


def test_calibration_bins_hold_accuracy_per_confidence():
    items = [item("supported")] * 4
    predictions = [verdict("supported", 0.95), verdict("supported", 0.92), verdict("refuted", 0.55), verdict("supported", 0.52)]
    bins = {(b.low, b.count, b.accuracy) for b in evaluate(items, predictions).calibration if b.count}
    assert bins == {(0.9, 2, 1.0), (0.5, 2, 0.5)}


def test_report_shows_the_baseline_beside(tmp_path):
    items = [item("supported"), item("refuted")]
    main = evaluate(items, [verdict("supported"), verdict("refuted")])
    base = evaluate(items, [verdict("supported", verifier="naive"), verdict("supported", verifier="naive")])
    text = format_report(main, base)
    assert "macro-F1" in text and "naive" in text and "lexical" in text
    assert "confusion matrix, naive" in text
    assert "calibration" in text
    assert json.dumps(report_as_dict(main))


def test_load_labelled(tmp_path):
    path = tmp_path / "claims.jsonl"
    path.write_text(
        '{"id": "a", "claim": "X", "source": "arXiv:1", "label": "SUPPORT", "kind": "number", "lang": "fr"}\n\n'
        '{"id": "b", "claim": "Y", "source": ["arXiv:1", "arXiv:2v3"], "label": "not_enough_info"}\n',
        encoding="utf-8",
    )
    first, second = load_labelled(path)
    assert first.label == "supported" and first.lang == "fr" and first.sources == ("arXiv:1",)
    assert second.sources == ("arXiv:1", "arXiv:2v3") and second.kind == "unknown"


@pytest.mark.parametrize(
    "line",
    ['{"id": "a", "claim": "X", "source": "arXiv:1"}', '{"id": "a", "claim": "X", "source": "arXiv:1", "label": "maybe"}', "not json"],
)
def test_bad_lines_name_their_place(tmp_path, line):
    path = tmp_path / "bad.jsonl"
    path.write_text(line + "\n", encoding="utf-8")
    with pytest.raises(InputError, match="bad.jsonl:1"):
        load_labelled(path)


def test_predictions_and_items_must_pair_up():
    with pytest.raises(InputError):
        evaluate([item("supported")], [])


def test_an_empty_labelled_file_is_an_error_not_an_empty_report(tmp_path):
    import pytest

    from factcheck.errors import InputError
    from factcheck.evaluate import load_labelled

    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n", encoding="utf-8")
    with pytest.raises(InputError, match="no labelled claims"):
        load_labelled(empty)
