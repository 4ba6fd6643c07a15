"""Passages of the cited sources, ranked for one claim, in memory.

The score mixes anchors (the claim's entities and numbers found in the
passage) with lexical overlap of content terms, each weighted by how rare it
is among the passages being ranked (an IDF over this small set). French claim
terms carry their English translations and look-alikes (see ``analysis``), so
a French claim ranks English passages without translation. Everything is
dictionary and set work: cheap enough for hundreds of claims a second.
"""

from __future__ import annotations

import math
import functools
from collections.abc import Sequence
from dataclasses import dataclass

from factcheck.analysis import (
    Analysis,
    Sketch,
    analyse,
    analyse_joined,
    guess_language,
    sketch,
    sketch_joined,
    values_match,
)
from factcheck.types import Passage, Source


@dataclass(frozen=True)
class ScoredPassage:
    passage: Passage
    sketch: Sketch  # what the ranking used: the passage's vocabulary, names and numbers
    score: float
    term_coverage: float  # IDF-weighted share of the claim's content terms found in the passage
    entities_found: int
    numbers_found: int
    # a window's two sentences, when its sketch was put together from theirs (so can its analysis be)
    sentences: tuple[str, str] | None = None

    @functools.cached_property
    def analysis(self) -> Analysis:
        """The full analysis of the passage, made on first use: most ranked passages are never judged."""
        if self.sentences is not None:
            return analyse_joined(self.passage.text, *self.sentences, self.sketch.language)
        return analyse(self.passage.text, self.sketch.language)


def passage_windows(source: Source, passages: Sequence[Passage]) -> list[Passage]:
    """Each sentence, plus each pair of neighbouring sentences.

    A claim often joins what two sentences of an abstract say ("phi-3-mini ...
    trained on 3.3 trillion tokens" and "phi-3-small and phi-3-medium ... 4.8T
    tokens"); the pair is one candidate with offsets spanning both.
    """
    out = list(passages)
    for first, second in zip(passages, passages[1:]):
        if second.start - first.end > 400:
            continue
        out.append(
            Passage(
                source_key=first.source_key,
                version=first.version,
                index=-(first.index + 1),  # negative index: a window, starting at sentence first.index
                start=first.start,
                end=second.end,
                text=source.text[first.start : second.end],
            )
        )
    return out


def rank(
    claim: Analysis | str,
    passages: Sequence[Passage],
    *,
    language: str = "en",
    k: int = 5,
    passage_language: str | None = None,
) -> list[ScoredPassage]:
    """The ``k`` passages that best carry the claim, best first."""
    if isinstance(claim, str):
        claim = analyse(claim, language)
    if not passages:
        return []
    # a sketch is enough to rank; the analysis of a passage waits until a verifier judges it
    analysed, sentences = _sketches(passages, passage_language)
    weights = _term_weights(claim, analysed)
    total_weight = sum(weights) or 1.0
    scored = []
    # a claim name is found as itself (every name is in a sketch's vocabulary) or as a series a passage
    # names a member of ("phi-3" in "phi-3-mini": what ``generalises`` tests)
    series = [(e.key, e.key + "-") for e in claim.entities]
    for passage, view, parts in zip(passages, analysed, sentences):
        vocabulary = view.vocabulary
        covered = sum(w for term, w in zip(claim.terms, weights) if not term.isdisjoint(vocabulary))
        coverage = covered / total_weight if claim.terms else 0.0
        keys = view.entity_keys
        entities_found = sum(1 for key, member in series if key in vocabulary or any(k_.startswith(member) for k_ in keys))
        numbers_found = sum(1 for q in claim.quantities if any(values_match(q, p) for p in view.quantities))
        entity_share = entities_found / len(claim.entities) if claim.entities else 0.0
        number_share = numbers_found / len(claim.quantities) if claim.quantities else 0.0
        # Windows of two sentences get a small handicap so a single sentence that says it all wins.
        window_penalty = 0.08 if passage.index < 0 else 0.0
        score = 3.0 * coverage + 1.5 * entity_share + 1.5 * number_share - window_penalty
        scored.append(ScoredPassage(passage, view, round(score, 4), round(coverage, 4), entities_found, numbers_found, parts))
    scored.sort(key=lambda s: (-s.score, s.passage.start, s.passage.end))
    return scored[:k]


def _sketches(passages: Sequence[Passage], language: str | None) -> tuple[list[Sketch], list[tuple[str, str] | None]]:
    """The sketch of each passage (a window of two sentences is put together from theirs when it can
    be), and the texts of the two sentences of each window."""
    sentences = [p for p in passages if p.index >= 0]
    following = {(a.source_key, a.version, a.index): b for a, b in zip(sentences, sentences[1:])}
    by_index = {(p.source_key, p.version, p.index): p for p in sentences}
    out = []
    parts: list[tuple[str, str] | None] = []
    for p in passages:
        lang = language or guess_language(p.text)
        first = by_index.get((p.source_key, p.version, -(p.index + 1))) if p.index < 0 else None
        second = following.get((first.source_key, first.version, first.index)) if first is not None else None
        if second is not None and first.start == p.start and second.end == p.end and (
            language or (guess_language(first.text) == lang == guess_language(second.text))
        ):
            out.append(sketch_joined(p.text, first.text, second.text, lang))
            parts.append((first.text, second.text))
        else:
            out.append(sketch(p.text, lang))
            parts.append(None)
    return out, parts


def _term_weights(claim: Analysis, analysed: Sequence[Sketch]) -> list[float]:
    """IDF of each claim term over the passages being ranked (rare terms count more)."""
    n = len(analysed)
    weights = []
    for term in claim.terms:
        df = sum(1 for view in analysed if not term.isdisjoint(view.vocabulary))
        weights.append(math.log(1 + (n + 1) / (df + 0.5)))
    return weights
