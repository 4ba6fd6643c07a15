"""Sketches: the part of an analysis that ranks passages, and windows sketched from their sentences."""

from __future__ import annotations

import dataclasses
import gzip
import itertools
import json
from pathlib import Path

import pytest

from factcheck.analysis import analyse, analyse_joined, may_compare, sketch, sketch_joined
from factcheck.passages import split_passages
from factcheck.retrieve import passage_windows
from factcheck.types import Source, sha256_text

SNAPSHOT = Path(__file__).resolve().parent.parent / "fixtures" / "sources" / "arxiv-snapshot.jsonl.gz"


def snapshot_sources(count: int) -> list[Source]:
    sources = []
    with gzip.open(SNAPSHOT, "rt", encoding="utf-8") as handle:
        for line in itertools.islice(handle, count):
            record = json.loads(line)
            text = record["title"].strip() + "\n\n" + record["abstract"].strip()
            sources.append(
                Source(f"arXiv:{record['id']}", "v1", f"https://arxiv.org/abs/{record['id']}", record["title"].strip(), text,
                       sha256_text(text), "2026-01-01T00:00:00Z")
            )
    return sources


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("We introduce phi-3-mini, a 3.8 billion parameter language model trained on 3.3 trillion tokens.", "en"),
        ("Phi-3-mini compte 3,8 milliards de paramètres et a été entraîné sur 3 300 milliards de jetons.", "fr"),
        ("Mixtral 8x7B outperforms Llama 2 70B on at least 5 benchmarks (MMLU, GSM8K).", "en"),
        ("It reduces the KV cache by 93.3% and boosts throughput 5.76 times.", "en"),
    ],
)
def test_a_sketch_has_the_vocabulary_names_and_numbers_of_the_analysis(text, language):
    view, full = sketch(text, language), analyse(text, language)
    assert view.vocabulary == full.vocabulary
    assert view.entity_keys == full.entity_keys
    assert view.quantities == tuple(dataclasses.replace(q, context=frozenset()) for q in full.quantities)
    assert view.words == full.words and view.lemmas == full.lemmas


def test_windows_of_real_abstracts_are_sketched_from_their_sentences_as_from_their_own_text():
    put_together = pairs = 0
    for source in snapshot_sources(60):
        passages = split_passages(source)
        for window in passage_windows(source, passages):
            if window.index >= 0:
                continue
            first, second = passages[-(window.index + 1)], passages[-window.index]
            for language in ("en", "fr"):
                joined = sketch_joined(window.text, first.text, second.text, language)
                own = sketch(window.text, language)
                assert joined == own, window.text
                pairs += 1
                put_together += joined is not own  # made from the sentences, not from a pass of its own
    assert pairs > 500
    assert put_together > 0.7 * pairs  # the shortcut is the rule; a pass of its own, the exception


@pytest.mark.parametrize(
    ("first", "gap", "second", "why"),
    [
        # the number ending the first sentence takes its unit from the word after it
        ("The largest one reaches 40.", " ", "Parameters are shared across layers.", "unit"),
        # "factor" before the seam makes the number after it a factor, when no stop ends its phrase (a title)
        ("Throughput improves by a factor", " ", "3 models were compared.", "factor"),
        # "at least" before the seam makes the number after it a bound
        ("It needs at least.", " ", "5 GPUs are used.", "bound"),
        # a title without a final stop: its name runs on into the next sentence's version number
        ("GPT", " ", "4 is a large multimodal model.", "name"),
        ("Scaling Laws for Gemini", " ", "1.5 Pro is evaluated on long contexts.", "name"),
    ],
)
def test_what_crosses_the_seam_is_found_as_in_the_whole_text(first, gap, second, why):
    text = first + gap + second
    joined, own = sketch_joined(text, first, second, "en"), sketch(text, "en")
    assert joined == own
    parts = sketch(first, "en"), sketch(second, "en")
    # each case is one where putting the two sketches end to end would be wrong
    if why == "name":
        assert own.entity_keys != parts[0].entity_keys | parts[1].entity_keys
    else:
        naive = parts[0].quantities + parts[1].quantities
        assert [(q.value, q.unit, q.bound) for q in own.quantities] != [(q.value, q.unit, q.bound) for q in naive]


def test_windows_of_real_abstracts_are_analysed_from_their_sentences_first_passes_as_from_their_own_text():
    windows = 0
    for source in snapshot_sources(20):
        passages = split_passages(source)
        for window in passage_windows(source, passages):
            if window.index < 0:
                first, second = passages[-(window.index + 1)], passages[-window.index]
                for language in ("en", "fr"):
                    assert analyse_joined(window.text, first.text, second.text, language) == analyse(window.text, language), window.text
                    windows += 1
    assert windows > 200


def test_a_text_that_is_not_the_two_sentences_gets_its_own_sketch():
    assert sketch_joined("One. Two.", "One.", "Three.", "en") == sketch("One. Two.", "en")
    assert sketch_joined("One.Two.", "One.", "Two.", "en") == sketch("One.Two.", "en")


@pytest.mark.parametrize(
    "text",
    [
        "Mixtral vastly outperforms Llama 2 70B on mathematics.",
        "phi-3-mini is on par with GPT-3.5.",
        "We introduce Mixtral 8x7B, a Sparse Mixture of Experts language model.",
        "Le modèle fait mieux que GPT-4 sur MMLU.",
    ],
)
def test_may_compare_says_whether_the_analysis_holds_a_comparison(text):
    language = "fr" if text.startswith("Le ") else "en"
    assert may_compare(sketch(text, language)) == bool(analyse(text, language).comparisons)
