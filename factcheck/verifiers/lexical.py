"""The default verifier: deterministic, no model, no network, explains itself.

It compares the claim's analysis (``factcheck.analysis``) with the passages of
the cited sources that carry it best (``factcheck.retrieve``):

1. Every named thing of the claim must be discussed by the source. A model the
   source never names is ``not_enough_info`` (``not_addressed``), with
   ``entity_mismatch`` when the source names a sibling instead (GPT-4o-mini
   where the claim says GPT-4).
2. In each candidate passage, conflicts are looked for: a number that differs
   from the one the source gives for the same entity or unit
   (``number_mismatch``), a number the source gives to another entity
   (binding), two figures whose words the source places around the other one
   ("PaLM ... 17 tasks, and Codex 10" against PaLM 10 and Codex 17), a
   comparison in the other direction (``direction_reversed``) or of another
   kind (``direction_mismatch``: "surpasses" against "on par with", by names
   or by the words of the two sides),
   negation, opposite properties (``antonym``), "only" against a list
   (``exclusivity``), "all" against "some" (``quantifier_mismatch``).
3. Without a conflict, the claim is ``supported`` when one passage (or two
   neighbouring sentences) carries its entities, its numbers and most of its
   content terms; otherwise ``not_enough_info`` says what is missing.

Confidence is a fixed number per kind of decision, scaled by how much of the
claim the evidence covers; ``factcheck.evaluate`` measures how well it is
calibrated.
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from factcheck.analysis import (
    Analysis,
    Comparison,
    DEGREE_WORDS,
    Entity,
    METRIC_KEYS,
    RANGE_DASH_RE,
    SETTING_APART,
    SETTING_ASIDE,
    Quantity,
    Sketch,
    analyse,
    comparison_sides,
    entity_key,
    fronted_phrase_end,
    generalises,
    guess_language,
    is_enumerator,
    lemma,
    load_lexicon,
    may_compare,
    number_runs,
    measured_against_words,
    same_entity,
    siblings,
    sketch,
    unaccent,
    units_compatible,
    values_match,
    whole_pairs,
)
from factcheck.retrieve import ScoredPassage, passage_windows, rank
from factcheck.types import Evidence, Label, Reason, Source, Verdict

VERSION = "43"

# share of claim content (IDF-weighted) a passage must carry to support it; a reworded claim keeps about a third,
# a French claim against an English passage no more (it loses the terms the lexicon cannot carry over)
SUPPORT_COVERAGE = 0.3
ANCHORED_SUPPORT_COVERAGE = 0.1  # lower when the claim's numbers or comparison are all found
SMALL_FIGURE_SUPPORT_COVERAGE = 0.15  # ... but not as low when they are only small whole figures ("doubles", "two")
COMPARISON_SUPPORT_COVERAGE = 0.0  # a comparison found with both its sides and its direction
ANCHORED_BOUND_COVERAGE = 0.0  # lower still when each number is found tied to the claim's entity
SIBLING_SWAP_COVERAGE = 0.4  # a passage saying the claim of a sibling name must share this much of it
SIBLING_SUPPORT_COVERAGE = 0.6  # and, with the sibling's name, support it in this much
CONFLICT_COVERAGE = 0.2  # a conflict counts only in a passage that is about the claim
ELSEWHERE_OVERLAP = 1  # words a claim's value shares with another sentence that gives it, to have no rival here
CANDIDATES = 5
COMBINED_SUPPORT_COVERAGE = 0.7  # several passages together must carry this share of the claim's terms
UNNAMED_SLOT_COVERAGE = 0.6  # the same for a claim that names nothing
SAME_SLOT_COVERAGE = 0.2  # a passage this close to the claim that gives another value of the same kind refutes it
CROSS_LINGUAL_SAME_SLOT_COVERAGE = 0.1


def _passages(source: Source):
    return _source_profile(source)[:2]


# Sources in use by the claims being checked; a full text holds thousands of passages.
@functools.lru_cache(maxsize=64)
def _source_profile(source: Source):
    """Passages, language, candidate windows, names and vocabulary of one source version (memoised)."""
    # passages.py is the one place that cuts sources into sentences
    from factcheck.passages import split_passages

    language = guess_language(source.text[:2000])
    passages = split_passages(source)
    keys: set[str] = set()
    vocabulary: set[str] = set()
    for passage in passages:
        view = sketch(passage.text, language)  # names and words are all this needs: no full analysis
        keys.update(view.entity_keys)
        vocabulary.update(view.vocabulary)
    title = (source.title or "").strip()
    title_vocabulary = (
        sketch(passages[0].text, language).vocabulary if title and passages and passages[0].text.strip() == title else frozenset()
    )
    return passages, language, passage_windows(source, passages), frozenset(keys), frozenset(vocabulary), title_vocabulary


@functools.lru_cache(maxsize=64)
def _introduced_names(source: Source) -> frozenset[str]:
    """The names the abstract introduces as its own: the first name after "we propose", "we introduce", "nous
    présentons" ("we propose PosterAgent, a top-down ...", "cross-lingual language models (XLMs)")."""
    passages, language = _source_profile(source)[:2]
    found = set()
    for passage in passages:
        if not _INTRODUCING_RE.search(passage.text):
            continue  # analysing only the sentences that introduce something
        view = analyse(passage.text, language)
        text = view.prepared or view.text
        at = _INTRODUCING_RE.search(text)
        after = [(text.find(e.text, at.end()), e.key) for e in view.entities if e.strong and not e.initial] if at else []
        after = [(offset, key) for offset, key in after if offset >= 0]
        if after:
            found.add(min(after)[1])
    return frozenset(found - _unanchored())


_INTRODUCING_RE = re.compile(
    r"\b(?:we|nous)\s+(?:(?:first|then|also|further|here)\s+)?(?:propose|introduce|present|develop|design|build|"
    r"proposons|présentons|introduisons|développons|concevons)\b",
    re.IGNORECASE,
)


def _speaks_of_its_own_work(claim: Analysis, view: Analysis) -> bool:
    """A passage that says "it", "our approach" or "our model" of the paper's system and names no other."""
    return bool(_OWN_SYSTEM_RE.search(view.text)) and _names_only_claims(claim, view)


_OWN_SYSTEM_RE = re.compile(
    r"^\s*(?:it|they|this\s+\w+)\b|\bour\s+(?:\w+\s+){0,2}?(?:approach|model|method|framework|system|agent|pipeline)s?\b"
    r"|\bnotre\s+(?:approche|modèle|méthode|système|agent)\b"
    # "we obtain 34.3 BLEU": the authors' result is their system's
    r"|\b(?:we|nous)\s+(?:(?:also|further)\s+)?(?:obtain|achieve|attain|reach|obtenons|atteignons)\b",
    re.IGNORECASE,
)


def _sentence_sketches(source: Source) -> list[Sketch]:
    """The sketch of each sentence of a source (cached with the sketches)."""
    passages, language = _source_profile(source)[:2]
    return [sketch(p.text, language) for p in passages]


@functools.cache
def _organisations() -> frozenset[str]:
    return frozenset(load_lexicon("organisations")["names"])


# the families of architectures, written like names: one stands where another would ("stacked BiLSTMs")
_ARCHITECTURE_FAMILIES = frozenset(
    "transformer transformers lstm lstms bilstm bilstms rnn rnns cnn cnns gru grus mlp mlps ssm ssms mamba".split()
)


@functools.cache
def _unanchored() -> frozenset[str]:
    """Names a source need not carry for the claim to be about it: makers of models, and common nouns
    written like names (GPU, LLM, Transformer)."""
    return _organisations() | frozenset(load_lexicon("generic_names")["names"])


@dataclass(frozen=True)
class Assessment:
    label: Label
    confidence: float
    reasons: tuple[Reason, ...]
    evidence: tuple[Evidence, ...]
    coverage: float = 0.0
    # what this passage carried, for support pieced together from several passages
    found_entities: frozenset[str] = frozenset()
    found_numbers: frozenset[int] = frozenset()
    found_comparison: bool = False
    # of the strongest conflict, for refutations; for support, 0.8 when every claim number is found tied to its name
    strength: float = 0.0


@dataclass(frozen=True)
class _Candidate:
    scored: ScoredPassage
    source: Source

    @property
    def view(self) -> Analysis:
        return self.scored.analysis

    def evidence(self) -> Evidence:
        p = self.scored.passage
        return Evidence(self.source.label, p.text, p.start, p.end, round(self.scored.score, 4))


class LexicalVerifier:
    name = "lexical"
    version = VERSION

    def verify(
        self,
        claim_id: str,
        text: str,
        language: str,
        sources: Sequence[Source],
        *,
        article_date: str | None = None,
        other_versions: Sequence[Source] = (),
    ) -> Verdict:
        claim = analyse(text, language)
        usable = [s for s in sources if s.ok and s.text]
        result = assess(claim, usable)
        reasons = result.reasons
        if article_date and other_versions:
            reasons = reasons + version_notes(claim, usable, other_versions, article_date, result.label)
        return Verdict(
            claim_id=claim_id,
            label=result.label,
            confidence=round(result.confidence, 3),
            reasons=reasons,
            evidence=result.evidence,
            verifier=self.name,
            verifier_version=self.version,
            sources=tuple(s.label for s in usable),
        )


# ---------------------------------------------------------------- the decision


def assess(claim: Analysis, sources: Sequence[Source], _retry: bool = True) -> Assessment:
    """Label, confidence, reasons and evidence for one claim against some source versions."""
    if not sources:
        return Assessment(Label.NOT_ENOUGH_INFO, 0.5, (Reason("not_addressed", "No source text to check against."),), ())
    candidates: list[_Candidate] = []
    everything: list[_Candidate] = []
    source_keys: set[str] = set()
    source_vocabulary: set[str] = set()
    for source in sources:
        _, language, windows, keys, vocabulary, _ = _source_profile(source)
        source_keys.update(keys)
        source_vocabulary.update(vocabulary)
        ranked = rank(claim, windows, k=len(windows), passage_language=language)
        for scored in ranked[: 3 * CANDIDATES]:
            candidates.append(_Candidate(scored, source))
        everything.extend(_Candidate(scored, source) for scored in ranked)
    candidates.sort(key=lambda c: -c.scored.score)
    candidates = _diverse(candidates)[:CANDIDATES]
    # the passage that compares the claim's subject with its rival is evidence, whatever its overlap
    focus = _comparison_focus(claim, everything)
    if focus is not None and all(focus.scored.passage != c.scored.passage for c in candidates):
        candidates.append(focus)
    # so is the passage that says the opposite of a system-wide property the claim gives ("kept in-house" against
    # "The models are also publicly available")
    opposite = _opposite_property_focus(claim, everything)
    if opposite is not None and all(opposite.scored.passage != c.scored.passage for c in candidates):
        candidates.append(opposite)
    if not candidates:
        return Assessment(Label.NOT_ENOUGH_INFO, 0.5, (Reason("not_addressed", "The sources have no text."),), ())
    labels = ", ".join(s.label for s in sources)

    # 1. every named thing must be discussed by the source
    unanchored = _unanchored()
    missing = []
    for entity in claim.entities:
        if entity.initial or entity.key in unanchored or entity.key in source_vocabulary:
            continue
        if any(same_entity(entity.key, key) for key in source_keys):
            continue
        texts = [s.text for s in sources]
        if _spelled_out(entity.text, texts) or _set_to_a_value(entity.text, texts):
            continue
        if _joined_with_neighbour(entity.text, claim.text, source_keys):
            continue
        if _sized_name(entity.text, _all_sentences(sources)):
            continue
        if _misspelled(entity.key, source_keys) or _size_letter_dropped(entity.key, source_keys):
            continue
        missing.append(entity)
    # a family of architectures the sources never write, where they write another one in the claim's words ("des
    # Transformers empilés dotés de connexions résiduelles" against "stacked BiLSTMs with residual connections")
    written = {key.rstrip("s") for key in source_keys | source_vocabulary}
    families = [e for e in claim.entities if e.key in _ARCHITECTURE_FAMILIES and e.key.rstrip("s") not in written]
    if families and not missing:
        taken = _slot_taken_by_sibling(claim, families, sources, source_keys & _ARCHITECTURE_FAMILIES)
        if taken is not None:
            return taken
    if missing:
        reasons = []
        for entity in missing:
            kin = sorted({key for key in source_keys if siblings(entity.key, key)})
            if kin:
                shown = ", ".join(_display(candidates, key) for key in kin[:3])
                reasons.append(
                    Reason("entity_mismatch", f"{labels} names {shown}, not {entity.text}: a different entity.")
                )
        names = ", ".join(e.text for e in missing)
        reasons.insert(0, Reason("not_addressed", f"{labels} does not mention {names}."))
        # ... unless the missing name is what a claim number is measured on ("335 TFLOPs/s on H100 GPUs"):
        # then the passage's value for the names it has is another measurement, not a rival
        measured_on_missing = any(key == e.key and strong for key, _, strong in claim.bindings for e in missing)
        if not any(r.code == "entity_mismatch" for r in reasons) and not measured_on_missing and len(missing) < len(
            [e for e in claim.entities if not e.initial and e.key not in unanchored]
        ):
            # a name the source lacks entirely (the lab that made the model, say) does not stop a firm conflict
            # about the names it has: "TII trained Zeta on 5.8 billion tokens" against "Zeta ... 5.8 trillion tokens"
            firm = [o for o in (_judge(claim, c, sources) for c in candidates) if o.label is Label.REFUTED and o.strength >= 0.8]
            if firm:
                return max(firm, key=lambda o: o.coverage)
        swapped = _sizes_swapped(missing, source_keys)
        if swapped:
            theirs = ", ".join(_display(candidates, key) for _, key in swapped)
            ours = ", ".join(entity.text for entity, _ in swapped)
            reason = Reason("entity_mismatch", f"{labels} gives the sizes the other way round: {theirs}, not {ours}.")
            return Assessment(Label.REFUTED, 0.75, (reason,), (candidates[0].evidence(),), strength=0.75)
        taken = _slot_taken_by_sibling(claim, missing, sources, source_keys) or _replaced_in_name_list(claim, missing, candidates)
        if taken is not None:
            return taken
        confidence = 0.85 if any(e.strong for e in missing) else 0.7
        shown_evidence = [candidates[0]]
        if focus is not None and focus.scored.passage != candidates[0].scored.passage:
            shown_evidence.append(focus)
        return Assessment(Label.NOT_ENOUGH_INFO, confidence, tuple(reasons), tuple(c.evidence() for c in shown_evidence))

    # 2. conflicts and support, passage by passage
    decisive: list[tuple[float, bool, int, Assessment]] = []
    best_partial: Assessment | None = None
    judged = [(candidate, _judge(claim, candidate, sources)) for candidate in candidates]
    opposed_properties = {
        name for (_, outcome) in judged if outcome.label is Label.REFUTED and outcome.reasons[0].code == "antonym"
        for name, _, _ in claim.poles
    }
    for order, (candidate, outcome) in enumerate(judged):
        if outcome.label is Label.NOT_ENOUGH_INFO:
            if best_partial is None:
                best_partial = outcome
            continue
        # a conflict is more specific than overlap, and so is a support that finds every number tied to its name:
        # either counts for more than words in common (on a tie, the refutation stands)
        relevance = outcome.coverage + 0.1 * (outcome.strength >= 0.7)
        if outcome.label is Label.SUPPORTED and outcome.strength < 0.7 and opposed_properties and not any(
            name in opposed_properties for name, _, _ in candidate.view.poles
        ):
            # a passage silent on the property another passage opposes ("a single web page" against "several web
            # pages") does not support the claim's property
            relevance = 0.0
        decisive.append((relevance, outcome.label is Label.REFUTED, -order, outcome))
    if decisive:
        decisive.sort(key=lambda item: item[:3], reverse=True)
        return decisive[0][3]
    assert best_partial is not None
    combined = _pieced_together(claim, judged)
    return combined or _said_of_another_name(claim, judged, sources, _retry) or best_partial


def _said_of_another_name(
    claim: Analysis, judged: Sequence[tuple[_Candidate, Assessment]], sources: Sequence[Source], retry: bool
) -> Assessment | None:
    """The passage closest to the claim says it of a sibling of the claim's name, which the source tells apart:
    "Med-PaLM 2 was the first model to exceed a passing score" against "Med-PaLM was the first model to exceed a
    'passing' score"; the claim read again with the sibling's name must then be supported. Failing a sibling, another
    versioned name of the passage may stand in the claim's place, unless the claim compares with it (a rival the
    passage does not name is not a rival it replaces)."""
    if not retry or not judged:
        return None
    candidate, outcome = judged[0]
    if outcome.label is not Label.NOT_ENOUGH_INFO or outcome.coverage < SIBLING_SWAP_COVERAGE:
        return None
    for entity in claim.entities:
        own = _as_written(entity.text).search(claim.text)
        if entity.key in outcome.found_entities or own is None:
            continue
        kin = sorted(
            key for key in candidate.view.entity_keys
            if siblings(entity.key, key) and not any(same_entity(key, k) for k in claim.entity_keys)
            and not _size_letter_dropped(entity.key, [key]) and not _misspelled(entity.key, [key])
        )
        if not kin and not any(entity.key in c.object for c in claim.comparisons):
            # another model in the same place: "LLaMA-2 can do worse than GPT-3 because of the way it tokenizes
            # numbers" against "GPT-4 can perform worse than GPT-3 because of how it tokenizes numbers"
            kin = sorted(
                key for key in candidate.view.entity_keys
                if not any(same_entity(key, k) or generalises(key, k) or generalises(k, key) for k in claim.entity_keys)
                # (model names, written with a version: not a metric's "APr" for "AP", nor a benchmark's "LLMs")
                and any(c.isdigit() for c in key) and any(c.isdigit() for c in entity.key)
            )
        for key in kin[:2]:
            written = _name(candidate.view, key)
            text = _as_written(entity.text).sub(lambda _: written, claim.text)
            swapped = assess(analyse(text, claim.language), sources, _retry=False)
            # supported by that very passage, not pieced together elsewhere
            if (
                swapped.label is Label.SUPPORTED and swapped.coverage >= SIBLING_SUPPORT_COVERAGE
                and swapped.evidence[0].start == candidate.scored.passage.start
            ):
                reason = Reason("entity_mismatch", f"{candidate.source.label} says this of {written}, not {own.group()}.")
                return Assessment(Label.REFUTED, 0.7, (reason,), swapped.evidence, swapped.coverage, strength=0.7)
    return None


def _sizes_swapped(missing, source_keys) -> list[tuple[Entity, str]] | None:
    """Two sized names the claim gives the sizes of the other: "FLAN-MOE-62B outperforms FLAN-PALM-32B" where the
    source has FLAN-MOE-32B and FLAN-PALM-62B. Each family the source sizes otherwise, with the same sizes in all;
    each claim name with the source's name of its family."""
    def sized(key: str) -> tuple[str, str] | None:
        match = _SIZED_KEY_RE.fullmatch(key)
        return (match.group(1), match.group(2)) if match else None

    claimed = [(entity, parts) for entity in missing if (parts := sized(entity.key))]
    if len(claimed) < 2 or len(claimed) != len(missing) or len({base for _, (base, _) in claimed}) < len(claimed):
        return None
    theirs = {}
    for key in source_keys:
        if (parts := sized(key)) and any(parts[0] == base for _, (base, _) in claimed):
            theirs.setdefault(parts[0], []).append(key)
    # each family has one size in the source, another than the claim's, and the sizes are the claim's, moved
    if any(len(theirs.get(base, ())) != 1 for _, (base, _) in claimed):
        return None
    given = {base: sized(theirs[base][0])[1] for _, (base, _) in claimed}
    if any(given[base] == size for _, (base, size) in claimed):
        return None
    if sorted(given.values()) != sorted(size for _, (_, size) in claimed):
        return None
    return [(entity, theirs[base][0]) for entity, (base, _) in claimed]


_SIZED_KEY_RE = re.compile(r"(.*[a-z])-?(\d+(?:\.\d+)?[bm])")


def _misspelled(key: str, keys) -> bool:
    """A name that a source writes with one letter off ("AutoPipline" for "AutoPipeline", "Kinectics-400").

    Digits are identities (GPT-4 is not GPT-5): they must be the same, in the same places; only one word of six
    letters or more may differ, by one letter (a size letter, "-L" against "-E", never).
    """
    from rapidfuzz.distance import Levenshtein

    words = _LETTER_RUN_RE.findall(key)
    if not any(len(w) >= 6 for w in words):
        return False

    def one_word_off(other: str) -> bool:
        # everything equal but one word of letters, long enough to be a word and not a size letter ("-L", "-E")
        theirs = _LETTER_RUN_RE.findall(other)
        if len(theirs) != len(words) or _LETTER_RUN_RE.sub("#", other) != _LETTER_RUN_RE.sub("#", key):
            return False
        differ = [(a, b) for a, b in zip(words, theirs) if a != b]
        return len(differ) == 1 and min(map(len, differ[0])) >= 6 and Levenshtein.distance(*differ[0]) == 1

    return any(abs(len(other) - len(key)) <= 1 and one_word_off(other) for other in keys)


_LETTER_RUN_RE = re.compile(r"[^\W\d_]+")


def _size_letter_dropped(key: str, keys) -> bool:
    """A sized name a source writes without its scale letter: "GPT-NeoX$_{20}$" is GPT-NeoX 20B."""
    bare = key.replace("-", "")
    return bare[-1:] == "b" and bare[-2:-1].isdigit() and any(other.replace("-", "") == bare[:-1] for other in keys)


def _slot_taken_by_sibling(claim: Analysis, missing, sources: Sequence[Source], source_keys) -> Assessment | None:
    """The source fills the claim's slot with a sibling: "FLEURS is built on FLoRes-200" against "built on top
    of the machine translation FLoRes-101 benchmark".

    The claim is read again with the sibling's name in place of its own; if the source supports that claim,
    it gives the slot to the sibling and the claim is refuted. A comparison with a model the source never
    names ("beats GPT-4" where the source names GPT-4o-mini) stays not_enough_info: comparing with one
    model says nothing of another.
    """
    if any(e.key in c.subject or e.key in c.object for c in claim.comparisons for e in missing):
        return None
    choices = []
    named = claim.entity_keys
    tied_only = False
    for entity in missing:
        # another member of the family, not the series itself ("Falcon" for "Falcon-40B") nor a name the claim has
        kin = sorted(
            key for key in source_keys
            if siblings(entity.key, key) and any(c.isdigit() for c in key) and not any(same_entity(key, k) for k in named)
        )
        # else a name the source writes in the same words as the claim's ("a significant upgrade from its predecessor,
        # CodeQwen1.5" for "a major upgrade over its predecessor StarCoder2")
        # (not a benchmark: "sets a new state of the art on MIMIC-CXR" says nothing against "on IU X-ray")
        after_on = _BENCHMARK_BEFORE_RE.search(claim.text[: claim.text.find(entity.text)])
        # (a base model is written after "on" too, "built on Mistral-7B": then the source's must be written as one,
        # "based on Llama2")
        based = after_on and any(t & _ONE_HOLDER_ROLES for t in _words_around(claim, entity.key))
        at = _as_written(entity.text).search(claim.text)
        if not kin and at and _BASE_BEFORE_RE.search(claim.text, 0, at.start()):
            # "LongWriter-Zero a été entraîné à partir de Llama 3.1 70B" against "trained from Qwen2.5-32B": the
            # models the source writes as a base
            kin = sorted(
                key for key in source_keys
                # (not the claim's own family: "Based on Guru" for "Guru-7B ... fine-tuned from Qwen2.5")
                if not any(same_entity(key, k) or generalises(key, k) or siblings(key, k) for k in named)
                and _written_as_base(key, sources)
            )
        if not kin and (based or not after_on):
            kin = _same_place_names(claim, entity.key, sources)
            if based:
                kin = [key for key in kin if _written_as_base(key, sources)]
            kin += [key for key in _same_kind_names(claim, entity.key, sources) if key not in kin]
        if not kin and after_on and not based:
            # "FinSeer's 8% accuracy gain is reported on the ACL18 dataset" against "an 8% higher accuracy on
            # BIGDATA22": where the source measures the claim's figure, if the claim read there finds it tied
            kin = _where_the_figure_is_measured(claim, sources)
            tied_only = True
        if not kin or not _as_written(entity.text).search(claim.text):
            return None
        choices.append((entity, kin[:3]))
    written = {key: _surface(sources, key) for _, kin in choices for key in kin}
    for picks in itertools.product(*(kin for _, kin in choices)):
        text = claim.text
        for (entity, _), key in zip(choices, picks):
            text = _as_written(entity.text).sub(lambda _, key=key: written[key], text)
        outcome = assess(analyse(text, claim.language), sources)
        if outcome.label is Label.SUPPORTED and (not tied_only or outcome.strength >= 0.8):
            swaps = ", ".join(f"{written[key]}, not {entity.text}" for (entity, _), key in zip(choices, picks))
            reason = Reason("entity_mismatch", f"{sources[0].label} says this of {swaps}.")
            return Assessment(Label.REFUTED, 0.7, (reason,), outcome.evidence, outcome.coverage, strength=0.7)
    return _role_taken_by_sibling(claim, choices, sources)


def _where_the_figure_is_measured(claim: Analysis, sources: Sequence[Source]) -> list[str]:
    """The names a source writes after "on", "in", "sur" in a passage that gives one of the claim's figures."""
    figures = {q.value for q in claim.quantities if not _is_year(q)}
    if not figures:
        return []
    found = []
    for source in sources:
        passages, language = _source_profile(source)[:2]
        for passage in passages:
            view = analyse(passage.text, language)
            if figures.isdisjoint(q.value for q in view.quantities):
                continue
            for entity in view.entities:
                at = _as_written(entity.text).search(passage.text)
                if (
                    entity.strong and at and entity.key not in found
                    and not any(same_entity(entity.key, k) for k in claim.entity_keys)
                    and _BENCHMARK_BEFORE_RE.search(passage.text[max(0, at.start() - 20) : at.start()])
                ):
                    found.append(entity.key)
    return found


def _role_taken_by_sibling(claim: Analysis, choices, sources: Sequence[Source]) -> Assessment | None:
    """A role only one model fills, which the claim gives its name and the source a sibling: "obtenues en affinant
    LLaMA 13B" against "we use chain-of-thought to fine-tune LLaMA7B as a baseline model"."""
    if len(choices) != 1:
        return None
    entity, kin = choices[0]
    roles = frozenset().union(*(t & _ONE_HOLDER_ROLES for t in _words_around(claim, entity.key)))
    if re.search(rf"{re.escape(entity.text)}-based\b", claim.text, re.IGNORECASE):
        roles -= {"base", "based"}  # "earlier RNN-based generators": a kind of system, not the one it is built on
    if not roles:
        return None
    for source in sources:
        passages, language = _source_profile(source)[:2]
        for passage in passages:
            if sketch(passage.text, language).entity_keys.isdisjoint(kin):
                continue
            view = analyse(passage.text, language)
            for key in kin:
                if roles & frozenset().union(*_words_around(view, key)):
                    said = f"{source.label} gives that role to {_name(view, key)}, not {entity.text}."
                    reason = Reason("entity_mismatch", said)
                    evidence = Evidence(source.label, passage.text, passage.start, passage.end, 0.0)
                    return Assessment(Label.REFUTED, 0.7, (reason,), (evidence,), 0.0, strength=0.7)
    return None


def _written_as_base(key: str, sources: Sequence[Source]) -> bool:
    """Some source writes the name right after "based on", "built on", "fine-tuned from" and the like."""
    name = _surface(sources, key)
    return any(
        _BASE_BEFORE_RE.search(source.text, max(0, at - 40), at)
        for source in sources for at in (m.start() for m in _as_written(name).finditer(source.text))
    )


# the words before a base model: "based on", "distilled from", "entraîné à partir de", "affiné sur"
_BASE_BEFORE_RE = re.compile(
    r"\b(?:based|built|implemented|fine-?tuned|finetuned|initiali[sz]ed|trained|distill?ed|derived|continued|starts?|"
    r"started)\s+"
    r"(?:on|upon|from|with)\s+(?:the\s+|a\s+)?$"
    r"|\b(?:entraîné|affiné|distillé|construit|fondé|basé|initialisé|dérivé|issu)e?s?\s+"
    r"(?:à\s+partir\s+(?:de|du|d')|sur|de|du|d'|depuis)\s*(?:la\s+|le\s+|l')?$",
    re.IGNORECASE,
)


def _as_written(name: str) -> re.Pattern[str]:
    """A name as the text may write it: "Llama-3.1-70B" is the name read from "Llama 3.1 70B"."""
    return re.compile(r"[-\s\u00a0]".join(re.escape(part) for part in name.split("-")))


def _name_lists(view: Analysis, shortest: int = 3) -> list[list[str]]:
    """Runs of ``shortest`` or more names written as a list ("PromptSource, FLAN, Super-NaturalInstructions, and
    UnifiedSKG"), as entity keys in text order."""
    text = view.prepared or view.text
    written = {e.key: _as_written(e.text) for e in view.entities}
    placed = [(o, next(iter(t))) for o, t in view.placed_terms if len(t) == 1 and next(iter(t)) in written]
    # each item: where its last name starts, that name, and the key the item is known by
    runs: list[list[tuple[int, str, str]]] = []
    for offset, key in placed:
        if runs:
            last_offset, last_key, item = runs[-1][-1]
            name = written[last_key].match(text, last_offset)
            if name and text[name.end() : offset].isspace():
                runs[-1][-1] = (offset, key, item)  # "Rotten Tomatoes": two capitalised words, one name
                continue
            if name and _NAME_LIST_GAP_RE.fullmatch(text, name.end(), offset):
                runs[-1].append((offset, key, key))
                continue
        runs.append([(offset, key, key)])
    return [[item for _, _, item in run] for run in runs if len(run) >= shortest]


_NAME_LIST_GAP_RE = re.compile(r"\s*,\s*(?:and\s+|et\s+|or\s+|ou\s+)?|\s+(?:and|et|or|ou)\s+")


def _replaced_in_name_list(claim: Analysis, missing, candidates: Sequence[_Candidate]) -> Assessment | None:
    """A list of names the passage gives too, one name replaced by one the source never names: "PromptSource, FLAN,
    Super-NaturalInstructions and BIG-bench" against "PromptSource, FLAN, Super-NaturalInstructions, and
    UnifiedSKG"."""
    if len(missing) != 1:
        return None
    absent = missing[0].key
    mine = [names for names in _name_lists(claim, 2) if absent in names]
    if not mine:
        return None
    shapes = {e.key: _name_shape(e) for e in claim.entities}
    for candidate in candidates:
        their_shapes = {e.key: _name_shape(e) for e in candidate.view.entities}
        for theirs in _name_lists(candidate.view, 2):
            for names in mine:
                kept = [k for k in names if k != absent]
                if len(names) != len(theirs) or not all(any(same_entity(k, t) for t in theirs) for k in kept):
                    continue
                extra = [t for t in theirs if not any(same_entity(t, k) for k in kept)]
                # a pair ("Chinese-English and English-German") must swap a name for one of its kind
                if len(extra) == 1 and (len(names) >= 3 or their_shapes.get(extra[0]) == shapes.get(absent)):
                    shown = _name(candidate.view, extra[0])
                    reason = Reason("entity_mismatch", f"{candidate.source.label} lists {shown}, not {missing[0].text}.")
                    return Assessment(Label.REFUTED, 0.7, (reason,), (candidate.evidence(),), 0.0, strength=0.7)
    return None


def _same_place_names(claim: Analysis, key: str, sources: Sequence[Source]) -> list[str]:
    """Names of the sources that stand among two or more of the words around the claim's name ``key``, or by a
    word of a role only one thing fills when the claim's name stands by one ("built on", "based on", "fine-tuned")."""
    mine = [t for t in _words_around(claim, key) if not t <= _GENERIC_WORDS]
    own = next((e for e in claim.entities if e.key == key), None)
    roles = [t for t in _words_around(claim, key) if t & _ONE_HOLDER_ROLES]
    if len(mine) < (1 if roles else 2) or own is None:
        return []
    unanchored = _unanchored()
    found = []
    for source in sources:
        passages, language = _source_profile(source)[:2]
        for passage in passages:
            # the words must be in the passage before any name of it can stand among them: its sketch tells, cheaply
            vocabulary = sketch(passage.text, language).vocabulary
            if sum(1 for t in mine if not t.isdisjoint(vocabulary)) < 2 and not (roles and vocabulary & _ONE_HOLDER_ROLES):
                continue
            view = analyse(passage.text, language)
            for entity in view.entities:
                if (
                    not entity.strong or entity.key in unanchored or entity.key in found
                    or any(same_entity(entity.key, k) for k in claim.entity_keys)
                    or _name_shape(entity) != _name_shape(own)
                ):
                    continue
                around = frozenset().union(*_words_around(view, entity.key))
                if sum(1 for t in mine if t & around) >= 2 or (roles and around & _ONE_HOLDER_ROLES):
                    found.append(entity.key)
    return found


def _same_kind_names(claim: Analysis, key: str, sources: Sequence[Source]) -> list[str]:
    """Names of the sources written beside the kind of thing the claim's name ``key`` is: "the Mistral architecture"
    against "the Llama3.1 architecture", "a benchmark called DreamBench++" against "a benchmark named OmniContext"."""
    kind = _kind_beside(claim, key)
    if not kind:
        return []
    unanchored = _unanchored()  # (not a word of the field written like a name: "a unified LMM architecture")
    found = []
    for source in sources:
        passages, language = _source_profile(source)[:2]
        for passage in passages:
            if not kind & sketch(passage.text, language).vocabulary:
                continue
            view = analyse(passage.text, language)
            found.extend(
                entity.key for entity in view.entities
                if entity.strong and entity.key not in found and entity.key not in unanchored
                and not any(same_entity(entity.key, k) for k in claim.entity_keys) and kind & _kind_beside(view, entity.key)
            )
    return found


# what a name is, when written beside it: a part a system has one of ("the Llama3.1 architecture", "the CLIP vision
# encoder"), or anything the text names ("a benchmark named OmniContext"); a data set written beside its name is
# not one ("evaluated on the How2 dataset" says nothing against "on YouCook2")
_PART_NOUNS = frozenset("architecture backbone encoder decoder tokenizer optimizer optimiser encodeur décodeur".split())
_NAMED_NOUNS = _PART_NOUNS | frozenset("benchmark dataset corpus model method framework jeu modèle méthode".split())
_NAMING_WORDS = frozenset("call called name named dub dubbed term termed appeler appelé nommer nommé baptiser baptisé".split())


def _kind_beside(view: Analysis, key: str) -> frozenset[str]:
    """The kind nouns written right before or after the name ``key``, or before it and a naming word ("a benchmark
    called X")."""
    placed = [terms for _, terms in view.placed_terms]
    kinds: set[str] = set()
    for i, terms in enumerate(placed):
        if terms != {key}:
            continue
        if i >= 2 and placed[i - 1] & _NAMING_WORDS:
            kinds |= placed[i - 2] & _NAMED_NOUNS
        for j in (i - 1, i + 1, i + 2):
            # (two words on: "the CLIP vision encoder", past one word that is no name)
            if 0 <= j < len(placed) and (j != i + 2 or not placed[i + 1] <= view.entity_keys):
                kinds |= placed[j] & _PART_NOUNS
    return frozenset(kinds)


# a model has one base: "built on X" against "Built on the Y model" gives the slot to Y, whatever the other words
_ONE_HOLDER_ROLES = frozenset(
    "built build base based backbone tune tuning tuned fine-tune fine-tuned fine-tuning finetune finetuned finetuning "
    "initialize initialized initialise initialised distil distill distilled".split()
)


def _words_around(view: Analysis, key: str, width: int = 3) -> list[frozenset[str]]:
    """The content words within ``width`` words of each place the text names ``key`` (names left out)."""
    placed = view.placed_terms
    names = view.entity_keys
    out = []
    for i, (_, item) in enumerate(placed):
        if item == {key}:
            out.extend(
                placed[j][1] for j in range(max(0, i - width), min(len(placed), i + width + 1))
                if j != i and not (len(placed[j][1]) == 1 and placed[j][1] <= names)
            )
    return out


def _name_shape(entity) -> tuple[bool, bool, bool]:
    """What kind of thing a name looks like: a GPU ("A100", not the model "T5"), a name with a version or size
    (StarCoder2, GPT-4), an acronym (PPO, GRPO). A name of another shape is another kind of thing
    ("GPT-4-generated", "Human-AI")."""
    letters = re.sub(r"[^A-Za-z]", "", entity.text)
    return entity.family == "accelerator", any(c.isdigit() for c in entity.text), bool(letters) and letters.isupper()


_BENCHMARK_BEFORE_RE = re.compile(r"\b(?:on|in|across|sur|dans)\s+(?:the\s+|le\s+|la\s+|les\s+|l')?$", re.IGNORECASE)
_GENERIC_WORDS = frozenset("model models method approach system paper work result results use using new".split())


def _surface(sources: Sequence[Source], key: str) -> str:
    """A name as the source writes it."""
    for source in sources:
        for sentence in _sentence_sketches(source):
            if key in sentence.entity_keys:
                return next(e.text for e in analyse(sentence.text, sentence.language).entities if e.key == key)
    return key


def _kin(a: str, b: str) -> bool:
    """Names that may stand for one thing in a comparison: the same, a sibling, or one a part of the other.

    "MoE" and "phi-3.5" in a claim both point at "phi-3.5-MoE" in a source.
    """
    return same_entity(a, b) or siblings(a, b) or a in b.split("-") or b in a.split("-")


def _comparison_focus(claim: Analysis, candidates: Sequence[_Candidate]) -> _Candidate | None:
    """The passage comparing what the claim compares: the claim's subject (or its kin) against its rival.

    Overlap of words may rank another sentence first ("we introduce phi-3.5-MoE ..."); the
    sentence that says how the subject stands against the rival is the one a reader needs.
    """
    best: tuple[int, float] | None = None
    chosen = None
    for comparison in claim.comparisons:
        if not comparison.subject:
            continue
        for candidate in candidates:
            # a passage none of whose names is kin to the subject cannot compare it: skip its analysis
            keys = candidate.scored.sketch.entity_keys
            if not any(_kin(k, o) for k in comparison.subject for o in keys) or not may_compare(candidate.scored.sketch):
                continue
            for other in candidate.view.comparisons:
                subject_hits = sum(1 for k in comparison.subject if any(_kin(k, o) for o in other.subject))
                if not subject_hits:
                    continue
                object_hits = sum(1 for k in comparison.object if any(_kin(k, o) for o in other.object))
                if comparison.object and not object_hits:
                    continue
                # a single sentence beats a window of two that merely contains it
                rank_key = (subject_hits + object_hits, candidate.scored.score - 0.5 * (candidate.scored.passage.index < 0))
                if best is None or rank_key > best:
                    best, chosen = rank_key, candidate
    return chosen


def _opposite_property_focus(claim: Analysis, candidates: Sequence[_Candidate]) -> _Candidate | None:
    """The best-ranked passage giving the other pole of a whole system's property the claim gives (open or closed,
    dense or sparse) and naming no system but the claim's.

    A passage that names nothing is preferred: an abstract's "Our models are openly available" speaks of the paper's
    own work, where a first sentence that names the paper in its title may speak of others ("most open models").
    """
    mine = {(name, side) for name, side, _ in claim.poles if name in whole_pairs()}
    wanted = {(name, _other_side(side)) for name, side in mine} - mine
    if not wanted:
        return None
    found = []
    for order, candidate in enumerate(candidates):
        # the other side said of the passage's own subject, and the claim's side not said at all
        poles = {(name, side) for name, side, _ in candidate.view.poles}
        if not (poles - candidate.view.class_poles) & wanted or poles & mine:
            continue
        if _names_only_claims(claim, candidate.view):
            names_one = any(same_entity(k, v) for k in claim.entity_keys for v in candidate.scored.sketch.entity_keys)
            found.append((names_one, order, candidate))
    return min(found, key=lambda item: item[:2])[2] if found else None


def _opposite_whole_property(claim: Analysis, view: Analysis) -> str | None:
    """The passage gives the other pole of a whole system's property the claim gives, and only that pole, in words
    that share something with the claim besides the property's own ("the models" of "The models are also publicly
    available" against "The AraGPT2 models are being kept in-house"); a benchmark released says nothing of weights."""
    mine = {(name, side) for name, side, _ in claim.poles}
    for name, side in sorted(mine):
        if name not in whole_pairs():
            continue
        other = _other_side(side)
        # a claim that gives both sides ("a sparse model at the cost of a dense one") opposes neither
        if (name, other) in mine:
            continue
        if {sd for n, sd, _ in view.poles if n == name} != {other} or (name, other) in view.class_poles:
            continue
        own_words = _pole_words(name) - _RELEASED_THINGS
        shared = [t for t in claim.terms if t.isdisjoint(own_words) and not t.isdisjoint(view.vocabulary)]
        # "BioMedGPT's weights stay proprietary" against "All the models, codes, and datasets are available": what is
        # released on either side is the system's
        released = any(not t.isdisjoint(_RELEASED_THINGS) for t in claim.terms) and not view.vocabulary.isdisjoint(_RELEASED_THINGS)
        if shared or released:
            return f"The source says the opposite ({name.replace('_', ' ')})."
    return None


def _other_side(side: str) -> str:
    """The other pole of an antonym pair."""
    return "b" if side == "a" else "a"


# what a property's phrases may name ("release the code", "open model") that still tells one released thing from another
_RELEASED_THINGS = frozenset("code model models llm weight weights poids modèle modèles".split())


def _names_only_claims(claim: Analysis, view: Analysis) -> bool:
    """The passage names no system but the claim's: sentence-initial words, common nouns written like names,
    capitalised words ("Arabic") and the paths of a link ("github.com/OpenGVLab/InternVL") do not count."""
    text = view.prepared or view.text
    links = [m.span() for m in _LINK_RE.finditer(text)]
    unanchored = _unanchored()
    for entity in view.entities:
        if entity.initial or not entity.strong or entity.key in unanchored:
            continue
        if any(same_entity(entity.key, k) for k in claim.entity_keys):
            continue
        at = text.find(entity.text)
        if not any(start <= at < end for start, end in links):
            return False
    return True


_LINK_RE = re.compile(r"https?://\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|io|net|ai)(?:/\S*)?")


@functools.cache
def _pole_words(name: str) -> frozenset[str]:
    """Every word of the phrases of an antonym pair, in both languages and both poles."""
    pair = next(p for p in load_lexicon("antonyms")["pairs"] if p["name"] == name)
    words = set()
    for side in ("a", "b"):
        for language, phrases in pair[side].items():
            for word in re.findall(r"[^\W_]+", " ".join(phrases).lower()):
                words.update((word, lemma(word, language)))
    return frozenset(words)


def _judge(claim: Analysis, candidate: _Candidate, cited: Sequence[Source] = ()) -> Assessment:
    """One passage's verdict; ``cited`` are all the sources the claim cites (the passage's among them)."""
    view = candidate.view
    coverage = candidate.scored.term_coverage
    evidence = (candidate.evidence(),)
    organisations = _organisations()
    # a sentence-initial common word counts as a name only where the passage has it
    claim_keys = [
        e.key for e in claim.entities
        if e.key not in organisations and not (e.initial and not any(e.key == v for v in view.entity_keys))
    ]
    # in a passage, "phi-3" (the series) is not "phi-3-medium" (a member): only the claim may be the more general
    # what the title names is the paper's own subject: its sentences say "we" and "our model" for it
    title_vocabulary = _source_profile(candidate.source)[5]
    present = [
        k for k in claim_keys
        if k in view.vocabulary or k in title_vocabulary or any(k == v or generalises(k, v) for v in view.entity_keys)
        # the paper's own name, as its title spells it ("MMLU" for "Measuring Massive Multitask Language Understanding")
        or _spelled_out(_name(claim, k), [candidate.scored.passage.text, candidate.source.title or ""])
        or _sized_name(_name(claim, k), [candidate.scored.passage.text])
        or _set_to_a_value(_name(claim, k), [candidate.scored.passage.text])
        or _misspelled(k, view.entity_keys)
        or _spaced_name(k, candidate.scored.passage.text)
        or _joined_with_neighbour(_name(claim, k), claim.text, view.entity_keys)
        # the system the abstract introduces, where a passage speaks of it as "it" or "our approach"
        or (k in _introduced_names(candidate.source) and _speaks_of_its_own_work(claim, view))
    ]
    # a common noun written like a name (GPU, Transformer) counts where the passage has it, never against it as a
    # name; missing, it is a missing word ("évalué sur des TPU" against a passage on CPUs and GPUs)
    unanchored = _unanchored()
    missing_words = [k for k in claim_keys if k not in present and k in unanchored]
    claim_keys = [k for k in claim_keys if k in present or k not in unanchored]
    if missing_words and claim.terms:
        coverage = coverage * len(claim.terms) / (len(claim.terms) + len(missing_words))
    entity_share = len(present) / len(claim_keys) if claim_keys else 1.0
    about_it = coverage >= CONFLICT_COVERAGE and (entity_share > 0 or not claim_keys)

    conflicts: list[tuple[Reason, float]] = []
    # word overlap across languages is lower for the same content: the lexicon does not know every word
    same_slot_coverage = SAME_SLOT_COVERAGE if claim.language == view.language else CROSS_LINGUAL_SAME_SLOT_COVERAGE
    # numbers
    numbers_ok = 0
    numbers_bound = 0  # matched and tied to one of the claim's entities in the passage
    matched_numbers: set[int] = set()
    number_conflicts: dict[int, tuple[Reason, float]] = {}
    for index, quantity in enumerate(claim.quantities):
        status, detail = _number_status(claim, index, quantity, view, present, candidate.source)
        if status == "absent" and _is_year(quantity) and quantity.text in candidate.source.text:
            # "At TREC 2019, ...": a year places the claim; the source says it once, not in every passage
            status, detail = "match", ""
        elif status == "absent" and _size_of_a_name(quantity, view, [k for k, i, _ in claim.bindings if i == index]):
            # "two models, with 1.5 billion and 7 billion parameters" against "Qwen2.5-Coder-1.5B and Qwen2.5-Coder-7B"
            status, detail = "match", ""
        if status == "match":
            numbers_ok += 1
            numbers_bound += bool(detail)
            matched_numbers.add(index)
        elif status in ("binding", "conflict") and (about_it or entity_share == 1.0):
            number_conflicts[index] = (Reason("number_mismatch", detail), 0.8)
        elif status == "weak_conflict" and (about_it or entity_share == 1.0):
            number_conflicts[index] = (Reason("number_mismatch", detail), 0.6)
        elif status == "absent" and (
            (entity_share == 1.0 and coverage >= same_slot_coverage)
            or (not claim_keys and coverage >= UNNAMED_SLOT_COVERAGE)
        ):
            # the passage says the claim in other respects, with another value of the same kind
            rival = _same_slot_value(quantity, view, claim)
            # the claim's value, with words of its own, in another sentence: this passage is not where it is said
            # ("(e.g., GSM8K 74.4% to 83.2%)" after a passage on earlier work's "from 17.9% to 58.1%")
            if rival is not None and _gain_against_level(claim, quantity, view, rival):
                # a gain is measured against the passage's gain ("outperforming the previous SOTA by 2.4%"), not its
                # level ("a 72.6% accuracy")
                rival = _the_one_gain(view, quantity)
            if rival is not None and not _said_elsewhere(quantity, candidate.source, ELSEWHERE_OVERLAP):
                number_conflicts[index] = (
                    Reason("number_mismatch", f"The claim says {_written(quantity)}; the source says {_written(rival)}."), 0.7
                )
        if index not in number_conflicts and status == "absent" and about_it and (entity_share == 1.0 or not claim_keys):
            # "16 tâches de classification" against "26 diverse text classification tasks": a count of the same things
            counted = _same_things_counted(quantity, view, claim)
            if counted is not None and not _said_elsewhere(quantity, candidate.source, ELSEWHERE_OVERLAP):
                number_conflicts[index] = (
                    Reason("number_mismatch", f"The claim says {_written(quantity)}; the source says {_written(counted)}."), 0.6
                )
        if index not in number_conflicts and status == "absent" and entity_share == 1.0 and coverage >= CONFLICT_COVERAGE:
            slipped = _digit_slip(quantity, view, claim, cited or (candidate.source,))
            if slipped is not None:
                number_conflicts[index] = (
                    Reason("number_mismatch", f"The claim says {_written(quantity)}; the source says {_written(slipped)}."), 0.7
                )
    changed, moved_by = _change_factors(claim, matched_numbers, view)
    # a figure two rules both derive counts once
    derived = sorted(set(
        _derived_factors(claim, matched_numbers, view) + _list_lengths(claim, matched_numbers, view)
        + _named_list_lengths(claim, matched_numbers, view) + _phrase_list_lengths(claim, matched_numbers, view)
        + _reduction_equivalents(claim, matched_numbers, view) + _gain_equivalents(claim, matched_numbers, view)
        + _share_equivalents(claim, matched_numbers) + changed
    ))
    for index, message in moved_by.items():
        if index not in number_conflicts and (about_it or entity_share == 1.0):
            number_conflicts[index] = (Reason("number_mismatch", message), 0.7)
    for index in derived:
        # "29%, roughly triple the 9.6% of heuristics": the factor follows from two figures the passage gives;
        # "en trois tailles : 2, 8 et 72 milliards": the count is the length of a list of figures it gives
        numbers_ok += 1
        matched_numbers.add(index)
    # a figure that follows from others the passage gives has no rival of its own
    conflicts.extend(conflict for index, conflict in number_conflicts.items() if index not in derived)
    # figures told apart by the words around them alone need a passage that shares the claim's words; figures tied
    # to names, resolutions or counted things need only every name of the claim ("Sur YouCook2, TimeChat gagne 2,8
    # points de F1 ..." against an English sentence)
    swapped = (_swapped_number(claim, view) if coverage >= CONFLICT_COVERAGE else None) or (
        (coverage >= CONFLICT_COVERAGE or (claim_keys and entity_share == 1.0)) and (
            _swapped_holders(claim, view)
            or _moved_resolution(claim, view)
            or (_counts_something_else(claim, view) if claim.language == view.language else None)
            or _factor_of_something_else(claim, view)
            or _crossed_figures(claim, view)
            or _series_crossed(claim, view)
            or _respective_crossed(claim, view)
            or _words_of_an_unsaid_figure(claim, view)
            or _size_not_among(claim, view)
            or _other_size_beside_the_name(claim, view)
            or _list_member_changed(claim, view)
            or _percent_for_times(claim, view)
            or _not_the_extreme_size(claim, view)
            or _average_for_maximum(claim, view)
            or _other_gain(claim, view)
            or _relative_for_absolute(claim, view)
            or _cut_for_what_remains(claim, view)
            or _change_turned_round(claim, view)
        )
    )
    if swapped:
        conflicts.append((Reason("number_mismatch", swapped), 0.75))
    roles = (
        _roles_swapped(claim, view) or _sibling_role(claim, view) or _listed_roles_swapped(claim, view)
        or _role_nouns_swapped(claim, view)
    ) if claim_keys and entity_share == 1.0 else None
    if roles:
        conflicts.append((Reason("entity_mismatch", roles), 0.75))
    turned = _reversed_change(claim, view)
    if turned and (about_it or entity_share == 1.0):
        conflicts.append((Reason("direction_reversed", turned), 0.75))
    # comparisons
    comparison_support = False
    comparison_wanted = False
    # "égale ou dépasse", "matches or beats": either way round is the claim; a conflict counts only if neither holds
    either = any(c.cue.startswith(("or ", "ou ")) for c in claim.comparisons)
    comparison_conflicts: list[tuple[Reason, float]] = []
    for comparison in claim.comparisons:
        subject = [k for k in comparison.subject if k not in organisations]
        obj = [k for k in comparison.object if k not in organisations]
        if either and not obj:
            # the two cues of "égale ou dépasse Mixtral" share the rival written after the second
            obj = [k for c in claim.comparisons for k in c.object if k not in organisations]
        if not subject:
            # "The online model does worse than earlier LSTM-based models" against "Our online model achieves significant
            # improvement over our prior work on ... (LSTM) based models": neither names its subject, both the rival
            opposed = next((
                other for other in view.comparisons
                if about_it and obj and (
                    (
                        not other.subject and set(other.object) & set(obj)
                        and {comparison.direction, other.direction} == {">", "<"}
                    )
                    # "Nemotron-4 15B is outclassed by models four times its size" against "Nemotron-4 15B ... even
                    # outperforming models over four times larger": the claim's rival ahead of what the source puts behind
                    or (
                        not other.object and set(other.subject) & set(obj) and other.direction == comparison.direction != "="
                    )
                )
            ), None)
            if opposed is not None:
                said = f"The source says '{opposed.cue}' where the claim says '{comparison.cue}'."
                comparison_conflicts.append((Reason("direction_reversed", said), 0.75))
            continue
        comparison_wanted = comparison_wanted or bool(obj)
        outcomes = [
            (_compare(comparison.direction, subject, obj, _resolved(other, subject, present, obj)), other)
            for other in view.comparisons
        ]
        if (any(outcome == "same" for outcome, _ in outcomes) or (
            # "slightly outscores" is what "matches" says of two close results
            _SLIGHTLY_RE.search(claim.text) and any(outcome == "mismatch" and other.direction == "=" for outcome, other in outcomes)
        ) or (
            # "fait au moins jeu égal", "at least matches": ahead is at least level
            comparison.direction == "=" and _AT_LEAST_LEVEL_RE.search(claim.text)
            and any(outcome == "mismatch" and other.direction == ">" for outcome, other in outcomes)
        )) and not (
            # a rival that is not a name is told by its words: "outperforms frontier-class models" against "superior
            # to open-weight models in its class and competitive against frontier-class models"
            not obj and _only_on_a_level(claim, view)
        ):
            comparison_support = True
            continue
        crossed = _partners_crossed(comparison.direction, subject, obj, view) if entity_share == 1.0 else None
        if crossed and all(outcome == "unrelated" for outcome, _ in outcomes):
            conflicts.append((Reason("entity_mismatch", crossed), 0.75))
            continue
        for outcome, other in outcomes:
            if outcome in ("reversed", "mismatch") and (about_it or entity_share == 1.0):
                if outcome == "reversed" and other.cue == comparison.cue:
                    # the same words with the sides swapped ("more factual than")
                    reason = Reason("direction_reversed", f"The source says '{other.cue}' with the two sides the other way round.")
                else:
                    code = "direction_reversed" if outcome == "reversed" else "direction_mismatch"
                    reason = Reason(code, f"The source says '{other.cue}' where the claim says '{comparison.cue}'.")
                comparison_conflicts.append((reason, 0.75))
                break
    if not (either and comparison_support):
        conflicts.extend(comparison_conflicts)
    if about_it and claim.comparisons and not comparison_conflicts:
        elsewhere = _said_in_another_setting(claim, view)
        if elsewhere:
            conflicts.append((Reason("direction_mismatch", elsewhere), 0.75))
    if not comparison_support and about_it:
        # sides that are not names: "grapheme characters proved superior to bytes" against "bytes are superior to
        # grapheme characters"
        turned_sides = (
            _sides_opposed(claim, view) or (_only_on_a_level(claim, view) if entity_share == 1.0 else None)
            or (_behind_a_new_best(claim, view) if entity_share == 1.0 else None)
        )
        if turned_sides:
            conflicts.append((Reason(*turned_sides), 0.75))
    if about_it:
        replaced = _replaced_in_list(claim, view, _source_profile(candidate.source)[4])
        if replaced:
            conflicts.append((Reason("entity_mismatch", replaced), 0.7))
    if about_it or (claim_keys and entity_share == 1.0):
        conflicts.extend(_polarity_conflicts(claim, view, strict=not about_it))
        unlike = _set_apart(claim, view, candidate.scored.sentences or (candidate.scored.passage.text,))
        if unlike:
            conflicts.append((Reason("negated", unlike), 0.7))

    excluded = _excluded_name(claim, view) if about_it and entity_share == 1.0 else None
    if excluded:
        conflicts.append((Reason("negated", f"The source leaves out {excluded}."), 0.7))
    if not conflicts and claim_keys and _names_only_claims(claim, view):
        # a passage that names nothing speaks of the paper's own work ("Code and pre-trained models are released at")
        opposite = _opposite_whole_property(claim, view)
        if opposite:
            conflicts.append((Reason("antonym", opposite), 0.6))

    if conflicts:
        reason, strength = max(conflicts, key=lambda c: c[1])
        others = [r for r, _ in conflicts if r is not reason]
        confidence = _CONFLICT_CONFIDENCE.get(reason.code, 0.7) - 0.1 * (1 - min(1.0, coverage))
        return Assessment(Label.REFUTED, confidence, (reason, *others[:2]), evidence, coverage, strength=strength)

    all_numbers = numbers_ok == len(claim.quantities)
    # a year places the claim in time; found, it does not stand for the claim as a figure does
    figures = any(not _is_year(q) for q in claim.quantities)
    anchored = figures and all_numbers and claim_keys and numbers_bound == len(claim.quantities)
    if anchored:
        threshold = ANCHORED_BOUND_COVERAGE
    elif comparison_support and comparison_wanted:
        threshold = COMPARISON_SUPPORT_COVERAGE
    elif (figures and all_numbers) or comparison_support:
        threshold = ANCHORED_SUPPORT_COVERAGE
        # (a factor the passage's own figures give, "from 8.11% to 21.99%" for "triples", says much)
        if not comparison_support and not derived and all(_says_little(q) for q in claim.quantities):
            threshold = SMALL_FIGURE_SUPPORT_COVERAGE
    else:
        threshold = SUPPORT_COVERAGE
    if (
        entity_share == 1.0 and all_numbers and coverage >= threshold
        and (comparison_support or not comparison_wanted or coverage >= 0.75)
    ):
        confidence = 0.7 + 0.15 * min(1.0, coverage)
        message = f"{candidate.source.label} carries the claim's " + ", ".join(
            part
            for part, present_ in (
                ("entities", bool(claim_keys)),
                ("numbers", bool(claim.quantities)),
                ("comparison", comparison_support),
                (f"terms ({coverage:.0%})", True),
            )
            if present_
        )
        code = "paraphrase_match" if coverage < 0.9 else "supported_by_passage"
        strength = 0.8 if anchored and coverage >= 0.3 else 0.0
        return Assessment(Label.SUPPORTED, confidence, (Reason(code, message + "."),), evidence, coverage, strength=strength)

    missing_parts = []
    if entity_share < 1.0:
        missing_parts.append("some of its entities")
    if not all_numbers:
        missing_parts.append("its numbers")
    if comparison_wanted and not comparison_support:
        missing_parts.append("its comparison")
    if coverage < threshold:
        missing_parts.append(f"most of its content ({coverage:.0%} found)")
    code = "partial_support" if coverage >= CONFLICT_COVERAGE else "not_addressed"
    message = f"The closest passage of {candidate.source.label} lacks " + ", ".join(missing_parts or ["the claim"]) + "."
    # a passage that carries part of the claim is the least certain call: the rest may be elsewhere
    confidence = 0.6 if code == "partial_support" else 0.5 + 0.3 * (1 - min(1.0, coverage))
    return Assessment(
        Label.NOT_ENOUGH_INFO, confidence, (Reason(code, message),), evidence, coverage,
        frozenset(present), frozenset(matched_numbers), comparison_support,
    )


# what follows the first figure of a range or a list: "3 à plus de 17 %", "2-3%", "5 and 10 points"
_RANGE_ON_RE = re.compile(r"\s*(?:à|to|and|et|or|ou|-|–|,)\s*(?:plus\s+de\s+|more\s+than\s+|over\s+)?\d")


def _says_little(quantity: Quantity) -> bool:
    """A figure found in most passages of a paper: a small whole count or factor ("doubles", "three tasks")."""
    return quantity.value == int(quantity.value) and quantity.value <= 12 and quantity.unit not in ("percent", "point")


def _is_year(quantity: Quantity) -> bool:
    return quantity.unit is None and quantity.text.isdigit() and len(quantity.text) == 4 and 1950 <= quantity.value < 2040


def _diverse(candidates: list[_Candidate]) -> list[_Candidate]:
    """Best first, without windows that only repeat a sentence already kept (its start or its end)."""
    kept: list[_Candidate] = []
    edges: set[tuple[str, int]] = set()
    for candidate in candidates:
        p = candidate.scored.passage
        label = candidate.source.label
        if (label, p.start) in edges or (label, -p.end) in edges:
            continue
        kept.append(candidate)
        edges.update({(label, p.start), (label, -p.end)})
    return kept


# How often each kind of refutation was right on the development claims (claims/dev.jsonl), rounded down.
_CONFLICT_CONFIDENCE = {
    "number_mismatch": 0.85,
    "direction_reversed": 0.85,
    "direction_mismatch": 0.8,
    "antonym": 0.8,
    "negated": 0.75,
    "exclusivity": 0.7,
    "quantifier_mismatch": 0.7,
}


def _pieced_together(claim: Analysis, judged: Sequence[tuple[_Candidate, Assessment]]) -> Assessment | None:
    """Support from two or three passages together ("Mistral 7B, a 7-billion-parameter model, ... Apache 2.0").

    Only reached when no passage conflicts with the claim: every name and
    number of the claim must be found, and the passages together must carry
    most of its words. ``judged``: each candidate passage with the verdict it already got on its own.
    """
    unanchored = _unanchored()
    claim_keys = {e.key for e in claim.entities if e.key not in unanchored and not e.initial}
    chosen: list[tuple[_Candidate, Assessment]] = []
    for candidate, outcome in judged:
        if any(_overlaps(candidate, other) for other, _ in chosen):
            continue
        if outcome.found_entities or outcome.found_numbers or outcome.coverage >= CONFLICT_COVERAGE:
            chosen.append((candidate, outcome))
        if len(chosen) == 3:
            break
    if len(chosen) < 2:
        return None
    entities = set().union(*(o.found_entities for _, o in chosen))
    numbers = set().union(*(o.found_numbers for _, o in chosen))
    if not claim_keys <= entities or len(numbers) != len(claim.quantities):
        return None
    if any(c.object for c in claim.comparisons) and not any(o.found_comparison for _, o in chosen):
        return None
    vocabulary = frozenset().union(*(c.view.vocabulary for c, _ in chosen))
    if not claim.terms:
        return None
    coverage = sum(1 for term in claim.terms if not term.isdisjoint(vocabulary)) / len(claim.terms)
    if coverage < COMBINED_SUPPORT_COVERAGE:
        return None
    if claim.negated_terms or claim.exclusive_terms:
        return None  # "only", "not": one passage must say it
    # a piece that denies the claim's words ("removing the need for expert-curated content" against "s'appuie sur des
    # contenus rédigés par des experts") takes its part back
    claim_vocabulary = frozenset().union(*claim.terms)
    if any(_terms_touched(claim, claim_vocabulary & c.view.negated_terms) >= 2 for c, _ in chosen):
        return None
    # a property ("dix fois plus gros", "multimodal") one of the passages gives on the same side, of the same words,
    # and none on the other; what the claim says its subject does to something ("improves retrieval") is one passage's
    for name, side, scope in claim.poles:
        if name in _ONE_PASSAGE_POLES:
            return None
        poles = [pole for c, _ in judged for pole in c.view.poles if pole[0] == name and _stem_overlap(pole[2], scope)]
        if not any(pole[1] == side for pole in poles) or any(pole[1] != side for pole in poles):
            return None
    labels = sorted({c.source.label for c, _ in chosen})
    message = f"{', '.join(labels)} carries the claim across {len(chosen)} passages ({coverage:.0%} of its terms)."
    evidence = tuple(c.evidence() for c, _ in sorted(chosen, key=lambda item: item[0].scored.passage.start))
    return Assessment(Label.SUPPORTED, 0.5 + 0.3 * coverage, (Reason("combined_passages", message),), evidence, coverage)


_ONE_PASSAGE_POLES = frozenset({"outcome", "change_direction"})


def _overlaps(a: _Candidate, b: _Candidate) -> bool:
    pa, pb = a.scored.passage, b.scored.passage
    return a.source.label == b.source.label and pa.start < pb.end and pb.start < pa.end


def _written(quantity: Quantity) -> str:
    """A number as written, with the scale it took from a list or range ("350 (350 billion)" in "350 et 700 milliards")."""
    if quantity.scale == 1.0 or any(c.isalpha() for c in quantity.text):
        return quantity.text
    for size, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"), (1e3, "thousand")):
        if quantity.scale == size:
            return f"{quantity.text} ({quantity.value / size:g} {word})"
    return quantity.text


def _beside_another_claim_figure(claim: Analysis, quantity: Quantity, view: Analysis, index: int) -> bool:
    """A passage figure next to ``index`` (before or after it) has the value of another figure of the claim, one of
    another unit (the setting it is measured in, not the other end of a change: "from 93.07 to 94.29")."""
    neighbours = [view.quantities[j] for j in (index - 1, index + 1) if 0 <= j < len(view.quantities)]
    return any(
        values_match(other, neighbour) and not values_match(other, quantity)
        for other in claim.quantities if other is not quantity and other.unit != quantity.unit
        for neighbour in neighbours
    )


def _claim_measures_on(claim: Analysis, view: Analysis, holders: dict[int, set[str]], holder: str) -> bool:
    """The claim names ``holder`` too, and each figure it ties to it that the passage has, the passage ties to it alone
    of the claim's names: the claim's figures are measured on it, not crossed with another's ("Sur MedQA, ... 60,7 %"
    against "60.7% on MedQA")."""
    if not any(same_entity(k, holder) for k in claim.entity_keys):
        return False
    for i in {i for k, i, _ in claim.bindings if same_entity(k, holder)}:
        for j, other in enumerate(view.quantities):
            if not values_match(claim.quantities[i], other):
                continue
            named = {b for b in holders.get(j, ()) if any(same_entity(b, k) for k in claim.entity_keys)}
            if not named or any(not same_entity(b, holder) for b in named):
                return False
    return True


def _number_status(
    claim: Analysis, index: int, quantity: Quantity, view: Analysis, present: list[str], source: Source | None = None
) -> tuple[str, str]:
    """"match", "binding" (the source gives it to another entity), "conflict" (another value), or "absent".

    Only the entities the claim itself ties to this number are checked, and a
    binding conflict needs evidence that the number belongs to someone else: a
    sibling entity holds it (phi-3-medium's 78% claimed for phi-3-small), or
    the claim's entity is firmly tied ("respectively", "X% on Y") to another value.
    """
    keys = [key for key, i, _ in claim.bindings if i == index and key in present]
    # names the claim itself firmly ties to this number ("PaLM on MMLU, 41.3% to 35.7%")
    firm_keys = {key for key, i, strong in claim.bindings if i == index and strong}
    holders = _holders(view, claim)

    def firm_values(key: str) -> list[Quantity]:
        return [view.quantities[i] for k, i, strong in view.bindings if strong and same_entity(k, key)]

    claimed_by = {key: tuple(claim.quantities[i] for k, i, _ in claim.bindings if k == key) for key in keys}
    # a measure is not a small bare count of other things ("two hours" against "two key contributions")
    matches = [
        i for i, other in enumerate(view.quantities)
        if values_match(quantity, other)
        # a small count of things is not a share ("three debugging turns" against "by 2-3%"; "de 3 à 17 %" is a range)
        and not (
            _says_little(quantity) and quantity.unit is None and other.unit in _GAIN_UNITS
            and not _RANGE_ON_RE.match(claim.prepared or claim.text, quantity.position + len(quantity.text))
        )
        and not (
            # (nor is a factor: "divise par deux la mémoire" against "two novel approaches")
            (quantity.unit in _MEASURES or quantity.unit == "times") and not other.unit and other.value <= 10
            and not quantity.context & other.context
        )
    ]
    if not matches and quantity.value == 2 and quantity.unit not in _NOT_COUNTS and (
        _PAIR_WORD_RE.search(view.prepared or view.text) or _both_of(view, quantity)
    ):
        return "match", ""  # "deux codebooks" against "a dual-codebook architecture", "les deux modèles" and "both models"
    if quantity.bound in ("at_least", "at_most", "up_to") and quantity.context:
        # "under 6%" is met by any smaller number: only one that measures the same thing counts
        # the very value is the claim's figure, whatever words stand around it ("above the 89.8% human baseline")
        matches = [
            i for i in matches
            if quantity.context & view.quantities[i].context or view.quantities[i].value == quantity.value
        ]
    # the very figure first: "more than 20" is met by 65.8, but the passage's own "more than 20%" says whose it is
    matches.sort(key=lambda i: not math.isclose(view.quantities[i].value, quantity.value))
    # an average the passage gives as an average has no rival in the maximum beside it ("up to 13% and on average 4%")
    same_average = _averaged(claim, quantity) and any(_averaged(view, view.quantities[i]) for i in matches)
    rival = None if same_average else _slot_rival(claim, quantity, view, matches, source)
    if rival is not None:
        status = "weak_conflict" if matches else "conflict"
        return status, f"The claim says {_written(quantity)}; the source says {_written(rival)} for the same."
    if matches:
        for i in matches:
            bound = holders.get(i, set())
            if not keys or not bound or any(same_entity(k, b) for k in keys for b in bound):
                rival = None
                for key in keys:
                    if any(same_entity(key, b) for b in bound):
                        continue
                    if _holds_other_value(view, key, quantity):
                        rival = next(
                            (b for b in sorted(bound) if siblings(key, b) and not any(same_entity(b, k) for k in keys)), None
                        )
                    # (a benchmark both measure on, "59.70 on WebNLG", need not be tied firmly by a claim that ties its
                    # figure firmly to nothing: "On WebNLG, the BLEU score climbs to 49.72")
                    firmly_said = key in firm_keys or (
                        not firm_keys and _measured_on(claim, key) and _measured_on(view, key)
                        # and the passage measures the claim's value on another benchmark ("49.72 on LDC2017T10")
                        and any(strong and j == i and k != key and _measured_on(view, k) for k, j, strong in view.bindings)
                    )
                    if rival is None and firmly_said and _firmly_elsewhere(view, key, i, quantity, claimed_by[key]):
                        firm = next(v for v in firm_values(key) if _same_kind(quantity, v) and not values_match(quantity, v))
                        if not bound:
                            return "binding", f"The source gives {_name(claim, key)} {firm.text}, not {view.quantities[i].text}."
                        # the holder the claim does not name ("LDC2017T10", not the metric "BLEU" both give)
                        unnamed = [b for b in sorted(bound) if not any(same_entity(b, k) for k in keys)]
                        holder = (unnamed or sorted(bound))[0]
                        return "binding", (
                            f"The source gives {view.quantities[i].text} to {_name(view, holder)}; "
                            f"{_name(claim, key)} has {firm.text}."
                        )
                if rival is None:
                    measured = _measured_elsewhere(claim, view, quantity, keys, firm_keys, matches)
                    if measured:
                        return "binding", measured
                    tied = bool(keys) and any(same_entity(k, b) for k in keys for b in bound)
                    return "match", "tied" if tied else ""
        # every matching value belongs to other entities
        for i in matches:
            bound = holders.get(i, set())
            for key in keys:
                rival = (
                    next(
                        (b for b in sorted(bound) if siblings(key, b) or _parallel_holders(claim, view, key, b, i, quantity)),
                        None,
                    )
                    if _holds_other_value(view, key, quantity) else None
                )
                if rival:
                    return "binding", f"The source gives {view.quantities[i].text} to {_name(view, rival)}, not to {_name(claim, key)}."
                firm = [
                    v for v in firm_values(key)
                    if _same_kind(quantity, v) and not values_match(quantity, v)
                    and not _ends_of_one_range(view, view.quantities[i], v)
                ]
                # (a holder the claim names too is where the claim says its figure is measured: "Sur MedQA, ... que
                # GPT-3.5 (53,6 %)" against "60.7% on MedQA (compared to 53.6%)", where GPT-3.5's firm figure is
                # another benchmark's)
                if firm and bound and not all(_claim_measures_on(claim, view, holders, b) for b in bound):
                    return "binding", f"The source gives {view.quantities[i].text} to {_name(view, sorted(bound)[0])}; {_name(claim, key)} has {firm[0].text}."
        measured = _measured_elsewhere(claim, view, quantity, keys, firm_keys, matches)
        if measured:
            return "binding", measured
        return "match", ""
    bound_keys = keys  # every name the claim ties to this number, when the passage has it
    if len({key for key, i, _ in claim.bindings if i == index}) > len(keys):
        # the claim ties the number to a name this passage lacks (the model, not only the benchmark):
        # the passage's values are someone else's
        return "absent", ""
    for firm in (True, False):
        for key in keys:
            values = [
                view.quantities[i] for k, i, strong in view.bindings
                if same_entity(k, key) and strong >= firm
                # with several names (a model and a benchmark), the value must belong to all of them
                and all(any(same_entity(b, other) for b in holders.get(i, ())) for other in bound_keys)
            ]
            comparable = [
                v for v in values if _same_kind(quantity, v) and v.unit is not None and quantity.unit is not None
                # a name merely near a figure: the figure must measure something the claim's measures too ("3.4x less
                # memory" is not the "2.92x FLOPs" of the same method)
                and (firm or _context_overlap(quantity, v) >= 1)
                and not _gain_against_level(claim, quantity, view, v)
            ]
            if comparable:
                status = "conflict" if firm else "weak_conflict"
                return status, f"The claim says {_written(quantity)} for {_name(claim, key)}; the source says {_written(comparable[0])}."
    if len(keys) >= 2:
        # two of the claim's names share one value of this kind in the source (phi-3-mini on MT-bench: 8.38)
        for i, value in enumerate(view.quantities):
            if not _same_kind(quantity, value):
                continue
            holders_of = holders.get(i, set())
            if sum(1 for key in keys if any(same_entity(key, b) for b in holders_of)) >= 2:
                return "conflict", f"The claim says {_written(quantity)}; the source says {_written(value)} for the same."
    if quantity.unit is not None and quantity.unit not in ("percent", "ratio", "times", "point"):
        # a count of a unit the source gives once, with another value ("3.8 million parameters" vs "3.8 billion")
        same_unit = [v for v in view.quantities if v.unit == quantity.unit]
        if (
            len(same_unit) == 1 and not values_match(quantity, same_unit[0]) and _commensurate(quantity, same_unit[0])
            and (keys or not claim.entities)
        ):
            return "conflict", f"The claim says {_written(quantity)}; the source says {_written(same_unit[0])}."
    # "116,9 fois" against "11.69x": the same digits at another scale are a slip of the decimal point
    digits = _significant_digits(quantity.value)
    slips = [
        v for v in view.quantities
        if len(digits) >= 3 and _significant_digits(v.value) == digits and v.value != quantity.value
        and units_compatible(quantity.unit, v.unit) and (quantity.unit or v.unit)
    ]
    if len(slips) == 1:
        return "conflict", f"The claim says {_written(quantity)}; the source says {_written(slips[0])}."
    return "absent", ""


def _precision(quantity: Quantity) -> float:
    """Half the last digit the figure writes: "7" stands for 6.5 to 7.5, "2.8" for 2.75 to 2.85."""
    written = _WRITTEN_FIGURE_RE.search(quantity.text)
    decimals = len(written.group(1) or "") if written else 0
    return 0.5 * 10 ** -decimals + 1e-9


_WRITTEN_FIGURE_RE = re.compile(r"\d+(?:[.,](\d+))?")


@functools.lru_cache(maxsize=50_000)
def _stems(words: frozenset[str]) -> frozenset[str]:
    """Crude stems of context words, so "scaling" meets "scale" and "efficiency" meets "efficient"."""
    # names stay whole: "phi3-mini" and "phi3-medium" are not one word
    return frozenset(w if any(c.isdigit() for c in w) else _stem(unaccent(w)) for w in words if not w.startswith("~"))


def _stem(word: str) -> str:
    # the ending first, so "coding" meets "code" as "scaling" meets "scale"
    bare = _INFLECTION_RE.sub("", word)
    return (bare if len(bare) >= 3 else word)[:4]


_INFLECTION_RE = re.compile(r"(?:ing|ed|es|e|s)$")


def _holders(view: Analysis, claim: Analysis) -> dict[int, set[str]]:
    """The names the passage ties to each of its numbers.

    A capitalised word that only opens a sentence ("Taken together, ... 3.58%") holds nothing, unless the claim
    names it too ("Chinchilla reaches ...").
    """
    common = {e.key for e in view.entities if e.initial and not e.strong} - claim.entity_keys
    holders: dict[int, set[str]] = {}
    for key, i, _ in view.bindings:
        if key not in common:
            holders.setdefault(i, set()).add(key)
    return holders


def _context_overlap(a: Quantity, b: Quantity) -> int:
    """Distinct words (up to inflection) two numbers' contexts share."""
    return _stem_overlap(a.context, b.context)


_SLOT_OVERLAP = 2  # shared context words that make two numbers the same slot ("H100 GPU hours")


def _slot_rival(
    claim: Analysis, quantity: Quantity, view: Analysis, matches: list[int], source: Source | None = None
) -> Quantity | None:
    """The passage's value for the very slot of the claim's number, when it is another value.

    Numbers are aligned by what they measure: the passage number whose context shares the most
    words with the claim number's ("300,000 H100 GPU hours" against "30,000 H100 GPU hours") is its
    counterpart. When that counterpart differs, and any passage number of the claim's value sits in
    a context less like the claim's, the claim moved or changed a number.
    """
    if not quantity.context:
        return None
    holders = _holders(view, claim)
    match_holders = set().union(*(holders.get(i, set()) for i in matches))
    best, best_overlap = None, 0
    for index, other in enumerate(view.quantities):
        # same unit, or both without one: here the shared context, not the magnitude, says it is the same measure
        same_unit = (
            units_compatible(quantity.unit, other.unit) if quantity.unit and other.unit
            # "3.2T training tokens": the unit is a word or two after the number, among its context words
            else quantity.unit == other.unit or _unit_in_context(quantity, other) or _unit_in_context(other, quantity)
            # "26 diverse text classification tasks": the unit closes the words the number counts
            or _unit_follows(view, other, quantity.unit)
        )
        if not same_unit or not _commensurate(quantity, other) or any(values_match(q, other) for q in claim.quantities):
            continue
        bound = holders.get(index, set())
        named = {b for b in bound if any(same_entity(b, k) for k in claim.entity_keys)}
        if any(siblings(b, k) for b in bound - named for k in claim.entity_keys):
            continue  # the passage gives this value to a sibling of the claim's name (phi-3-mini, not phi-3-medium)
        overlap = _context_overlap(quantity, other)
        if bound and not named and not bound <= match_holders:
            # the passage ties this value to another name only (a dataset, a baseline): the words around the
            # number must say plainly that it is the claim's slot ("logical form accuracy from 23.4%"); a name
            # that also holds the claim's value (the one dataset of the sentence) says nothing either way
            overlap -= 1
        if overlap > best_overlap:
            best, best_overlap = other, overlap
    if best is None or best_overlap < _SLOT_OVERLAP:
        return None
    if _said_of_prior_work(view, best, claim):
        return None
    # "Sur WebNLG, le score BLEU grimpe à 59,70" against "BLEU scores of 49.72 on LDC2017T10, 59.70 on WebNLG": the
    # passage ties the claim's value, and not the rival, to the very benchmark the claim measures it on
    mine = {k for k, i, _ in claim.bindings if claim.quantities[i] is quantity}
    rival_index = view.quantities.index(best)
    tied = {
        k for k, i, strong in view.bindings
        if strong and i in matches and any(same_entity(k, m) for m in mine) and _measured_on(view, k)
    }
    if tied and not any(k in tied for k, i, _ in view.bindings if i == rival_index):
        return None
    # "170,25 % sur COCO" against "by 14.14% on the CUB dataset and 170.25% on the more challenging COCO dataset":
    # the rival is measured on a benchmark the claim does not name, the claim's value beside the one it names
    rival_measured_elsewhere = any(
        strong and i == rival_index and _measured_on(view, k) and not any(same_entity(k, c) for c in claim.entity_keys)
        for k, i, strong in view.bindings
    )
    beside_mine = any(i in matches and any(same_entity(k, m) for m in mine) for k, i, _ in view.bindings)
    if rival_measured_elsewhere and beside_mine:
        return None
    # the claim's very value in a context nearly as close: the claim may word it differently, not move it;
    # a name the passage ties to that value says what it is when the source spells it out ("CER ... 2.81%",
    # after "character error rate (CER)")
    spelled = _acronyms(source.text) if source is not None else {}
    claim_stems = _stems(quantity.context)

    def closeness(i: int) -> int:
        words = view.quantities[i].context.union(*(spelled.get(h, ()) for h in holders.get(i, ())))
        return len(claim_stems & _stems(frozenset(words)))

    if any(closeness(i) >= best_overlap - 1 for i in matches):
        return None
    # "28,0 BLEU en quatre étapes" against "27.5 BLEU with 2 generation steps, and 28.0 BLEU with 4 generation steps":
    # the claim's value comes with the figure beside it in the passage, which the rival's neighbours lack
    if any(_beside_another_claim_figure(claim, quantity, view, i) for i in matches) and not _beside_another_claim_figure(
        claim, quantity, view, rival_index
    ):
        return None
    if source is not None and _said_elsewhere(quantity, source, best_overlap):
        return None  # another sentence of the source gives the claim's value in the same slot
    return best


def _measured_elsewhere(
    claim: Analysis, view: Analysis, quantity: Quantity, keys, firm_keys, matches: list[int]
) -> str:
    """The claim measures its figure on a benchmark the passage names, and the passage its only such figure on
    another one the claim does not name: "a 0.4% F1 drop on NarrativeQA" against "a slight drop of 0.4% F1 on the
    SQuAD test set"."""
    if len(matches) != 1:
        return ""
    i = matches[0]
    # (a measure both name, "F1", says nothing of where it was measured)
    if any(k in keys and _measured_on(view, k) for k, j, _ in view.bindings if j == i):
        return ""
    elsewhere = [
        k for k, j, strong in view.bindings
        if j == i and strong and _measured_on(view, k) and not any(same_entity(k, c) for c in claim.entity_keys)
    ]
    # (the very figure, and the very name written in the passage: not "Kinectics-400", a slip the passage makes)
    if not math.isclose(view.quantities[i].value, quantity.value):
        return ""
    mine = [key for key in keys if key in firm_keys and _measured_on(claim, key) and key in view.entity_keys]
    if not elsewhere or not mine:
        return ""
    return f"The source gives {view.quantities[i].text} on {_name(view, elsewhere[0])}, not on {_name(claim, mine[0])}."


def _measured_on(view: Analysis, key: str) -> bool:
    """The text writes the name after "on" or "in": it is where something was measured (a benchmark)."""
    text = view.prepared or view.text
    entity = next((e for e in view.entities if e.key == key), None)
    at = text.find(entity.text) if entity is not None else -1
    # (the words right before it: "on the ", "dans l'")
    return at > 0 and bool(_BENCHMARK_BEFORE_RE.search(text, max(0, at - 16), at))


def _unit_follows(view: Analysis, bare: Quantity, unit: str | None) -> bool:
    """``bare`` has no unit, but a word of ``unit`` ends the words it counts ("26 diverse text classification tasks")."""
    if unit is None or bare.unit is not None:
        return False
    text = view.prepared or view.text
    match = _COUNTED_WORDS_RE.match(text, bare.position + len(bare.text))
    words = match.group(1).split() if match else []
    return any(_stem(unaccent(w.lower())) == _stem(unit) for w in words if w.lower() not in _COUNTED_STOP)


def _unit_in_context(counted: Quantity, bare: Quantity) -> bool:
    """``bare`` has no unit, but the unit of ``counted`` is among its context words."""
    return counted.unit is not None and bare.unit is None and counted.unit in bare.context


@functools.lru_cache(maxsize=256)
def _acronyms(text: str) -> dict[str, frozenset[str]]:
    """Acronyms a text spells out, as names: "character error rate (CER)" gives cer -> character, error, rate."""
    found: dict[str, frozenset[str]] = {}
    for match in _ACRONYM_RE.finditer(text):
        acronym = match.group(2)
        words = re.split(r"[\s-]+", match.group(1).strip())[-len(acronym) :]
        if len(words) == len(acronym) and all(w[:1].lower() == a.lower() for w, a in zip(words, acronym)):
            found[acronym.lower()] = frozenset(w.lower() for w in words)
    return found


_ACRONYM_RE = re.compile(r"((?:[^\W\d_][\w]*[\s-]+){1,8})\(([A-Z]{2,8})\)")


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding offset ``at`` starts (after the last sentence end before it)."""
    return max((m.end() for m in _SENTENCE_END_RE.finditer(text, 0, at)), default=0)


def _sentence_end(text: str, at: int) -> int:
    """Where the sentence holding offset ``at`` ends (at its closing punctuation), or the end of the text."""
    end = _SENTENCE_END_RE.search(text, at)
    return end.start() if end else len(text)


def _said_of_prior_work(view: Analysis, figure: Quantity, claim: Analysis) -> bool:
    """The figure's sentence is about earlier work and names none of the claim's names: "previous work has proposed
    ..., achieving a significant improvement on GSM8K from 17.9% to 58.1%" is no rival for DIVERSE's 74.4%."""
    text = view.prepared or view.text
    start, end = _sentence_start(text, figure.position), _sentence_end(text, figure.position)
    sentence = text[start:end]
    if not _PRIOR_WORK_SUBJECT_RE.search(sentence):
        return False
    # (the systems the claim names, not the benchmarks it measures them on)
    names = {e.key for e in claim.entities if not e.initial and not _measured_on(claim, e.key)}
    return bool(names) and not any(
        same_entity(e.key, k) for e in view.entities if start <= text.find(e.text) < start + len(sentence) for k in names
    )


_PRIOR_WORK_SUBJECT_RE = re.compile(
    r"\b(?:previous|prior|earlier|existing)\s+(?:work|works|methods|approaches|studies|systems)\b|"
    r"\b(?:travaux|méthodes|approches)\s+(?:antérieur|précédent|existant)e?s\b",
    re.IGNORECASE,
)


def _said_elsewhere(quantity: Quantity, source: Source, overlap: int) -> bool:
    """Some sentence of the source gives the claim's value with at least ``overlap`` context words in common.

    Sketches find the sentences with the value; only those are analysed for the words around it.
    """
    for sentence in _sentence_sketches(source):
        found = [i for i, q in enumerate(sentence.quantities) if values_match(quantity, q)]
        if found:
            # the analysis lists the sketch's numbers in the same order, with their context words
            quantities = analyse(sentence.text, sentence.language).quantities
            if any(_context_overlap(quantity, quantities[i]) >= overlap for i in found):
                return True
    return False


def _derived_factors(claim: Analysis, matched: set[int], view: Analysis) -> list[int]:
    """Claim factors ("triples", "10x") and gaps in points that are the ratio or the difference of two of the claim's
    own figures the passage gave, or the ratio of one of them to another figure of its unit in the passage ("16
    examples per class ... 64 times as much" against "16 examples per class ... 1,024 examples per class")."""
    def ratio_of_two(factor: Quantity) -> bool:
        return any(
            a != b and x.unit == y.unit and y.value > 0 and abs(x.value / y.value - factor.value) <= 0.15 * factor.value
            for a, b in itertools.permutations(sorted(matched), 2)
            for x, y in [(claim.quantities[a], claim.quantities[b])]
        ) or any(
            x.unit is not None and x.unit == y.unit and min(x.value, y.value) > 0
            and abs(max(x.value, y.value) / min(x.value, y.value) - factor.value) <= 0.05 * factor.value
            for x in (claim.quantities[a] for a in matched)
            for y in view.quantities
            if not values_match(x, y)
        )

    def difference_of_two(gap: Quantity) -> bool:
        # "60,7 %, soit sept points de plus que GPT-3.5 (53,6 %)": a gap in points between two percentages, or two
        # scores ("84.6 F1, 2.8 points above the best published 81.8")
        return any(
            a != b and x.unit == y.unit and x.unit in (None, "percent", "point")
            and abs(abs(x.value - y.value) - gap.value) <= max(0.6, 0.1 * gap.value)
            for a, b in itertools.combinations(sorted(matched), 2)
            for x, y in [(claim.quantities[a], claim.quantities[b])]
        ) or any(
            # "lifts the resolve rate by 7 points" against "27.3% ... a 34.3% resolve rate": two percentages of the
            # passage that measure the same thing, to the precision the claim writes
            x.unit == y.unit == "percent" and _stems(x.context) & _stems(y.context) & _stems(gap.context)
            and abs(abs(x.value - y.value) - gap.value) <= _precision(gap)
            for x, y in itertools.combinations(view.quantities, 2)
        ) or (
            # "fait gagner un peu plus de 10 points" against "rises from 53.5% to 63.8%": a gain in points is the
            # size of a change the passage states
            gap.unit == "point" and any(
                x.unit == y.unit and x.unit in ("percent", "point", None) and abs(abs(y.value - x.value) - gap.value) <= _precision(gap)
                for x, y in _changes(view)
            )
        )

    def ratio_of_sizes(factor: Quantity) -> bool:
        # "GPT-J-6B, un modèle près de trente fois plus petit que GPT-3 et ses 175 milliards de paramètres": sizes
        # the claim writes, in names the passage has or as figures it found, and a factor said of size
        if not _SIZE_COMPARED_AFTER_RE.match(claim.prepared or claim.text, factor.position + len(factor.text)):
            return False
        sizes = [
            float(digits) * _NAME_SIZE_SCALES[letter.upper()]
            for e in claim.entities if any(same_entity(e.key, k) for k in view.entity_keys)
            for digits, letter in _NAME_SIZE_RE.findall(e.text)
        ] + [claim.quantities[a].value for a in matched if claim.quantities[a].unit == "parameter"]
        if len(sizes) < 2:
            # "la version MoE est dix-huit fois plus volumineuse" against "11 billion parameters ... its MoE version
            # with 198 billion parameters": the sizes the passage gives
            sizes += [q.value for q in view.quantities if q.unit == "parameter"]
        return any(
            abs(big / small - factor.value) <= 0.15 * factor.value or (factor.bound == "at_least" and big / small >= factor.value)
            for big, small in itertools.permutations(sizes, 2) if big > small > 0
        )

    return [
        index for index, quantity in enumerate(claim.quantities)
        if index not in matched and (
            (quantity.unit == "times" and quantity.value > 1 and (ratio_of_two(quantity) or ratio_of_sizes(quantity)))
            or (quantity.unit == "point" and difference_of_two(quantity))
        )
    ]


_SIZE_COMPARED_AFTER_RE = re.compile(
    r"\s*(?:plus\s+(?:petite?s?|gros(?:se)?s?|grande?s?|volumineu(?:x|ses?))|moins\s+de\s+paramètres|smaller|larger|bigger|"
    r"fewer\s+parameters|more\s+parameters|the\s+size)\b",
    re.IGNORECASE,
)


def _change_factors(claim: Analysis, matched: set[int], view: Analysis) -> tuple[list[int], dict[int, str]]:
    """A claim factor ("nearly quadruples", "dix fois plus") against the one change of value the passage states for
    the same thing ("accuracy ... improves from 8.11% to 21.99%"): the factor it makes (derived), or the one it does
    not (the index's message)."""
    changes = [(a, b) for a, b in _changes(view) if units_compatible(a.unit, b.unit) and a.value > 0 and b.value > 0]
    derived: list[int] = []
    moved_by: dict[int, str] = {}
    for index, factor in enumerate(claim.quantities):
        if index in matched or factor.unit != "times" or factor.value <= 1 or any(values_match(factor, v) for v in view.quantities):
            continue
        # the change the factor is about: the one whose words the claim's factor shares ("accuracy")
        about = [(a, b) for a, b in changes if _stems(factor.context) & _stems(a.context | b.context)]
        if len(about) != 1:
            continue
        a, b = about[0]
        ratio = max(a.value, b.value) / min(a.value, b.value)
        if abs(ratio - factor.value) <= 0.15 * factor.value + 0.1:
            derived.append(index)
        elif abs(ratio - factor.value) > 0.25 * factor.value:
            moved_by[index] = f"The source goes from {a.text} to {b.text}, a factor of {ratio:.1f}, not {factor.text}."
    return derived, moved_by


def _reduction_equivalents(claim: Analysis, matched: set[int], view: Analysis) -> list[int]:
    """A cut written as a factor on one side and as a percentage on the other: "divise par dix" is "reducing 90%",
    "90% less" is "10x fewer". Both sides must say it is a cut."""
    percents = [q.value for q in view.quantities if q.unit == "percent" and _REDUCTION_WORDS & q.context]
    factors = [q.value for q in view.quantities if q.unit == "times" and q.value > 1 and _REDUCTION_WORDS & q.context]
    found = []
    text = claim.prepared or claim.text
    for index, q in enumerate(claim.quantities):
        # ("trois fois moins": the French "moins" is too common a word to be among a figure's context words)
        cut = _REDUCTION_WORDS & q.context or _FEWER_AFTER_RE.match(text, q.position + len(q.text))
        if index in matched or not cut:
            continue
        if q.unit == "times" and q.value > 1:
            if any(abs(p - 100 * (1 - 1 / q.value)) <= 1.5 for p in percents):
                found.append(index)
            # "trois fois moins de FLOPs" is "using only a third of the FLOPs": the share that remains
            elif any(
                abs(remains.value - 100 / q.value) <= 1.5 for remains in view.quantities
                if remains.unit == "percent" and _is_what_remains(view.prepared or view.text, remains)
            ):
                found.append(index)
        elif q.unit == "percent" and 50 <= q.value < 100:
            if any(abs(100 * (1 - 1 / f) - q.value) <= 1.5 for f in factors):
                found.append(index)
        # "cuts decoding time by 40%" is "only requires 60% decoding time"
        if q.unit == "percent" and index not in found and _is_a_cut(claim.prepared or claim.text, q) and any(
            abs(100 - q.value - remains.value) <= 0.5 for remains in view.quantities
            if remains.unit == "percent" and _is_what_remains(view.prepared or view.text, remains)
        ):
            found.append(index)
    return found


def _share_equivalents(claim: Analysis, matched: set[int]) -> list[int]:
    """A share of a whole the claim restates, then writes as the factor it divides by: "12 % du prix ... soit environ
    huit fois moins", "3 % au plus du budget, plus de trente fois moins"."""
    shares = [claim.quantities[i].value for i in matched if claim.quantities[i].unit == "percent" and 0 < claim.quantities[i].value < 50]
    found = []
    for index, q in enumerate(claim.quantities):
        if index in matched or q.unit != "times" or q.value <= 1:
            continue
        if not _FEWER_AFTER_RE.match(claim.prepared or claim.text, q.position + len(q.text)):
            continue
        if any((q.bound == "at_least" and 100 / share >= q.value) or abs(100 / share - q.value) <= 0.1 * q.value for share in shares):
            found.append(index)
    return found


_FEWER_AFTER_RE = re.compile(r"\s*(?:moins|less|fewer|smaller|cheaper|plus\s+petit|plus\s+faible|lower)\b", re.IGNORECASE)


def _gain_equivalents(claim: Analysis, matched: set[int], view: Analysis) -> list[int]:
    """A rise written as a factor on one side and as a percentage on the other: "a 160% gain in success rate" is
    2.6 times the rate, so "plus de deux fois supérieur". Both sides must say it is a rise."""
    gains = [q for q in view.quantities if q.unit == "percent" and _GAIN_WORDS & q.context and not _REDUCTION_WORDS & q.context]
    found = []
    for index, q in enumerate(claim.quantities):
        if index in matched or q.unit != "times" or q.value <= 1 or not (_GAIN_WORDS & q.context) or _REDUCTION_WORDS & q.context:
            continue
        for gain in gains:
            factor = 1 + gain.value / 100
            if q.bound == "at_least" and factor >= q.value or q.bound != "at_least" and abs(factor - q.value) <= 0.05 * q.value:
                found.append(index)
                break
    return found


_GAIN_WORDS = frozenset(
    "gain improvement improve increase higher more boost better faster greater augmentation hausse supérieur "
    "amélioration améliorer augmenter plus".split()
)
_FEWER_AFTER_RE = re.compile(r"\s*(?:moins|fewer|less)\b", re.IGNORECASE)
_REDUCTION_WORDS = frozenset(
    "reduce reduction cut divide lower decrease less fewer shrink save réduire diviser baisser diminuer moins".split()
)


_LIST_NOUNS = frozenset(
    "size sizes version versions variant variants model models scale scales configuration configurations "
    "taille tailles variante variantes modèle modèles échelle échelles".split()
)


def _list_lengths(claim: Analysis, matched: set[int], view: Analysis) -> list[int]:
    """Claim counts of sizes or versions ("two sizes", "trois tailles") that are the number of figures the claim
    lists after them, all found; or, for a range of them ("four sizes, from 0.5 billion up to 7 billion"), the
    number of figures the passage gives from one end to the other ("0.5B, 1.8B, 3.8B, and 7B")."""
    found = []
    for index, q in enumerate(claim.quantities):
        if index in matched or q.value != int(q.value) or not 2 <= q.value <= 10:
            continue
        counted = [w.lower() for w in _counted_words(claim, q)[:1]]
        if not counted or counted[0] not in _LIST_NOUNS:
            continue
        # the figures after it in its clause, and those found after it (a comma may start a clause: "deux tailles, 9 et 80")
        listed = [i for i in range(index + 1, len(claim.quantities)) if claim.quantities[i].clause == q.clause or i in matched]
        if len(listed) == int(q.value) and all(i in matched for i in listed):
            found.append(index)
        elif len(listed) == 2 and all(i in matched for i in listed):
            low, high = sorted(claim.quantities[i].value for i in listed)
            between = {v.value for v in view.quantities if low <= v.value <= high and v.unit in (None, "parameter")}
            if len(between) == int(q.value) and {low, high} <= between:
                found.append(index)
    return found


def _named_list_lengths(claim: Analysis, matched: set[int], view: Analysis) -> list[int]:
    """Claim counts that are the length of a list of names the claim gives and the passage gives whole: "the two
    alignment datasets are PubChemQA and UniProtQA" against "the datasets ..., i.e., PubChemQA and UniProtQA"."""
    counts = [
        index for index, q in enumerate(claim.quantities)
        if index not in matched and q.unit is None and q.value == int(q.value) and 2 <= q.value <= 10
    ]
    if not counts:
        return []
    theirs = _name_lists(view, 2)
    whole = {
        len(mine) for mine in _name_lists(claim, 2)
        if any(len(names) == len(mine) and all(any(same_entity(k, t) for t in names) for k in mine) for names in theirs)
    }
    return [index for index in counts if int(claim.quantities[index].value) in whole]


_LIST_OPENER_RE = re.compile(
    r"\s*(?:comprising|including|namely|such as|consisting of|i\.e\.|e\.g\.|comprenant|dont|notamment|à savoir)\b",
    re.IGNORECASE,
)


def _phrase_list_lengths(claim: Analysis, matched: set[int], view: Analysis) -> list[int]:
    """Claim counts of things the passage lists one by one, each item ending in the counted noun: "trois modèles en
    cascade" against "comprising a base T2V model, a temporal interpolation model, and a video super-resolution
    model"."""
    counts = [
        (index, q) for index, q in enumerate(claim.quantities)
        if index not in matched and q.unit is None and q.value == int(q.value) and 2 <= q.value <= 10
    ]
    if not counts:
        return []
    # each item of the passage as (whether it opens a list, the stem of its last word), an empty item closing each
    # sentence: read once for every count of the claim
    def read(item: str) -> tuple[bool, str | None]:
        last = re.findall(r"[^\W\d_]+", item.lower())[-1:]
        return bool(_LIST_OPENER_RE.match(item)), _stem(last[0]) if last else None

    items = [
        read(item) for sentence in _SENTENCE_END_RE.split(view.prepared or view.text)
        for item in [*_ITEM_SPLIT_RE.split(sentence), ""]
    ]
    found = []
    for index, q in counts:
        counted = [w.lower() for w in _counted_words(claim, q)[:1]]
        if not counted:
            continue
        heads = _stems(next((t for t in claim.terms if counted[0] in t), frozenset({counted[0]})))
        runs = []  # the lengths of the runs of items ending in the counted noun, whole
        run = 0
        for opens, stem in items:
            if opens:
                runs.append(run)  # "..., comprising a base T2V model, ...": a list starts here
                run = 0
            if stem in heads:
                run += 1
            else:
                runs.append(run)
                run = 0
        if int(q.value) in runs:
            found.append(index)
    return found


# a change from one figure to another: "(78.7%→92.5%)", "from 78.7% to 92.5%", "de 78,7 % à 92,5 %"
_CHANGE_GAP_RE = re.compile(r"\s*%?\s*(?:→|->|=>|to|à)\s*")
# what the claim says came before: the baseline, the earlier state of the art
_EARLIER_RE = re.compile(
    r"\b(?:previous|prior|earlier|former|baseline|before|initial|précédent|précédente|antérieur|antérieure|"
    r"ancien|ancienne|auparavant|initiale|de référence|avant)\b",
    re.IGNORECASE,
)


def _change_turned_round(claim: Analysis, view: Analysis) -> str | None:
    """The claim gives the earlier side of a change the passage reports its later figure: "MathPrompter reaches
    78.7%, against 92.5% for the previous state of the art" against "improves over state-of-the-art (78.7%→92.5%)"."""
    if len(claim.quantities) < 2:
        return None
    text, claim_text = view.prepared or view.text, claim.prepared or claim.text
    for before, after in zip(view.quantities, view.quantities[1:]):
        gap = text[before.position + len(before.text) : after.position]
        if not _CHANGE_GAP_RE.fullmatch(gap) or (gap.strip(" %") in ("to", "à") and not _FROM_BEFORE_RE.search(
            text, max(0, before.position - 6), before.position
        )):
            continue
        old = next((q for q in claim.quantities if values_match(q, before)), None)
        new = next((q for q in claim.quantities if values_match(q, after)), None)
        if old is None or new is None or old is new:
            continue
        earlier = [m.start() for m in _EARLIER_RE.finditer(claim_text)]
        if not earlier:
            continue
        # the earlier side is the figure the claim writes nearer to its word for what came before
        nearest = min(earlier, key=lambda at: min(abs(at - old.position), abs(at - new.position)))
        if abs(nearest - new.position) < abs(nearest - old.position):
            return (
                f"The source's figures go from {before.text} to {after.text}; "
                f"the claim gives {new.text} to what came before."
            )
    return None


_FROM_BEFORE_RE = re.compile(r"\b(?:from|de|du)\s*$", re.IGNORECASE)


def _swapped_number(claim: Analysis, view: Analysis) -> str | None:
    """Two claim numbers whose values the source gives the other way round.

    "reduces the KV cache by 42.5% and training costs by 93.3%" against "saves
    42.5% of training costs, reduces the KV cache by 93.3%": each value is in
    the source, but the words around each claim number sit around the other one.
    """
    pairs = []
    for ci, q in enumerate(claim.quantities):
        mi = next((i for i, m in enumerate(view.quantities) if values_match(q, m)), None)
        # a year dates the claim ("WMT'21, WMT'22 et WMT'23"): the words around it are not what it measures
        if mi is not None and q.context and not _is_year(q):
            pairs.append((q, view.quantities[mi], ci, mi))

    def names_of(analysis: Analysis, index: int) -> set[str]:
        return {k for k, i, _ in analysis.bindings if i == index}

    def owned(ci: int, mi: int, other_mi: int) -> bool:
        # a name the claim ties to this number that the source ties to its value and not to the other one
        return any(
            any(same_entity(k, b) for b in names_of(view, mi)) and not any(same_entity(k, b) for b in names_of(view, other_mi))
            for k in names_of(claim, ci)
        )

    for i, (q1, m1, c1i, m1i) in enumerate(pairs):
        for q2, m2, c2i, m2i in pairs[i + 1 :]:
            # of one kind in the claim, or in the source ("divise par 7,7 ... et par 5,1": the second factor's unit
            # is only implied)
            # of any size: each value is found as written, only the words around them are compared
            if m1 is m2 or not (_same_unit(q1, q2) or _both_counts(q1, q2) or _same_unit(m1, m2) and m1.unit is not None):
                continue
            if owned(c1i, m1i, m2i) and owned(c2i, m2i, m1i):
                continue  # each number is tied to its own name on both sides: the words around them may differ
            if _coordinated(view, m1, m2) and not (m1.respective and m2.respective):
                # "to 4B and 8B parameters": the words around the pair belong to both (unless a "respectively"
                # list gave each its own)
                continue
            # contexts compared up to inflection, each word once ("activates"/"activating")
            s1, s2 = _context_overlap(q1, m1), _context_overlap(q2, m2)
            c1, c2 = _context_overlap(q1, m2), _context_overlap(q2, m1)
            if c1 + c2 >= s1 + s2 + 1 and c1 > s1 and c2 >= s2:
                return (
                    f"The source ties {m1.text} and {m2.text} the other way round: "
                    f"the claim's {q1.text} and {q2.text} are swapped."
                )
    return None


def _crossed_figures(claim: Analysis, view: Analysis) -> str | None:
    """Two claim figures whose words the source places around the other figure.

    "PaLM surpasses the average rater on 17 of the 23 tasks, and Codex on 10" against "enables PaLM to surpass
    ... on 10 of the 23 tasks, and Codex ... on 17"; "236 milliards actifs sur un total de 21" against "236B total
    parameters, of which 21B are activated". Words go with a figure as ``_placed_by_figure`` places them, in
    the claim and in the source; the claim is crossed when a word of each figure sits by the other figure in the
    source, and more words cross than keep their place (``_crossings``).
    """
    if len(claim.quantities) < 2 or len(view.quantities) < 2:
        return None
    pairs = []
    for ci, quantity in enumerate(claim.quantities):
        found = [mi for mi, other in enumerate(view.quantities) if values_match(quantity, other)]
        # "plus de 6 points" is met by any larger figure, but its own is the 6% the passage writes
        found = [mi for mi in found if math.isclose(view.quantities[mi].value, quantity.value)] or found
        twins = [cj for cj, other in enumerate(claim.quantities) if cj != ci and values_match(quantity, other)]
        if len(found) == 1 and not twins and not _is_year(quantity):
            pairs.append((ci, found[0]))
    for (c1, m1), (c2, m2) in itertools.combinations(pairs, 2):
        q1, q2, v1, v2 = claim.quantities[c1], claim.quantities[c2], view.quantities[m1], view.quantities[m2]
        if m1 == m2 or not (_same_unit(q1, q2) or _both_counts(q1, q2) or _same_unit(v1, v2) and v1.unit is not None):
            continue
        if v1.respective or v2.respective or _side_by_side(view, v1, v2) or _side_by_side(claim, q1, q2):
            # "by 51.79% and 60.36%, respectively", "to 4B and 8B", "(675 vs. 6,250 GPU days)": the words around
            # them are shared, and what tells them apart is said elsewhere
            continue
        said, given = _placed_by_figure(claim, q1, q2), _placed_by_figure(view, v1, v2)
        crossed = said and given and _crossings(said, given)
        if crossed:
            text = claim.prepared or claim.text
            word_a, word_b = (re.match(r"[\w@-]+", text[place.offset:]).group() for place in crossed)
            return (
                f"The source ties '{word_a}' to {v2.text} and '{word_b}' to {v1.text}: "
                f"the claim's {q1.text} and {q2.text} are the other way round."
            )
    return None


def _slash_series(view: Analysis) -> list[list[int]]:
    """Runs of figures written with slashes ("2.7%/4.3%", "125M/350M"), as indices into ``view.quantities``."""
    text = view.prepared or view.text
    runs: list[list[int]] = []
    for i, quantity in enumerate(view.quantities):
        previous = view.quantities[i - 1] if i else None
        if previous is not None and text[previous.position + len(previous.text) : quantity.position] == "/":
            runs[-1].append(i)
        else:
            runs.append([i])
    return [run for run in runs if len(run) > 1]


def _series_crossed(claim: Analysis, view: Analysis) -> str | None:
    """Two claim figures from two slash series of one sentence, at different places in them: "a 2.7%/4.3% accuracy
    boost over 125M/350M models" pairs 4.3% with 350M, so "4.3% at 125M" is crossed."""
    text = view.prepared or view.text
    series = _slash_series(view)
    for first, second in itertools.combinations(series, 2):
        if len(first) != len(second) or _SENTENCE_END_RE.search(text, view.quantities[first[-1]].position, view.quantities[second[0]].position):
            continue
        places = []
        for run in (first, second):
            found = {
                (ci, run.index(mi)) for ci, q in enumerate(claim.quantities) for mi in run if values_match(q, view.quantities[mi])
            }
            places.append(found)
        for (c1, p1), (c2, p2) in itertools.product(*places):
            if c1 != c2 and p1 != p2 and not any(c == c1 and p == p2 for c, p in places[0]) and not any(c == c2 and p == p1 for c, p in places[1]):
                said, partner = claim.quantities[c1], view.quantities[second[p1]]
                return f"The source pairs {said.text} with {partner.text}, not with {claim.quantities[c2].text}."
    return None


def _roles_swapped(claim: Analysis, view: Analysis) -> str | None:
    """Two names, each in its own clause of one sentence, given each other's words: "RA-CM3 uses CM3 as the retriever
    and CLIP as the generator" against "for the retriever, we use a pretrained CLIP, and for the generator, we
    train a CM3"; "Talker writes text, while Thinker makes audio" against "Thinker ... text generation, while
    Talker ... audio tokens". Only the words one clause has and the other lacks count; the claim is crossed when
    a clause of it has the other name's words and none of its own name's."""
    keys = sorted({e.key for e in claim.entities if not e.initial})
    for first, second in itertools.combinations(keys, 2):
        if same_entity(first, second):
            continue
        said, given = _clauses_of(claim, first, second), _clauses_of(view, first, second)
        if said is not None and given is not None:
            crossed = _crossed_words(claim, view, (first, second), said, given)
            if crossed:
                return crossed
    return None


def _role_nouns_swapped(claim: Analysis, view: Analysis) -> str | None:
    """Two names, each written right beside the noun of its role, the roles the other way round in the passage: "a
    Llama 3.3 70B student learns to imitate a Llama 3.1 8B teacher" against "training a Llama 3.1 8B student to
    imitate a Llama 3.3 70B teacher"."""
    mine, theirs = _role_beside(claim), _role_beside(view)
    for first, second in itertools.combinations(sorted(mine), 2):
        if mine[first] == mine[second] or first not in theirs or second not in theirs:
            continue
        if theirs[first] == mine[second] and theirs[second] == mine[first]:
            return f"The source makes {_name(view, first)} the {sorted(theirs[first])[0]}, not {_name(claim, second)}."
    return None


def _role_beside(view: Analysis) -> dict[str, frozenset[str]]:
    """Each name written right before or after one noun of a role ("a Llama 3.1 8B student", "l'élève Llama")."""
    placed = [terms for _, terms in view.placed_terms]
    roles: dict[str, frozenset[str]] = {}
    for i, terms in enumerate(placed):
        if len(terms) != 1 or not terms <= view.entity_keys:
            continue
        beside = [placed[j] & _ROLE_NOUNS for j in (i - 1, i + 1) if 0 <= j < len(placed)]
        found = frozenset().union(*beside)
        if len(found) == 1:
            roles.setdefault(next(iter(terms)), found)
    return roles


# roles two models of one pipeline take, one each
_ROLE_NOUNS = frozenset(
    "teacher student judge generator discriminator retriever reader drafter verifier critic actor planner executor "
    "enseignant professeur élève étudiant juge générateur discriminateur vérificateur critique".split()
)


def _crossed_words(claim: Analysis, view: Analysis, names: tuple[str, str], said, given) -> str | None:
    """Two names, each with the stems the claim (``said``) and the source (``given``) give it, in the order of
    ``names``: the reason when a claim name takes the other's words and neither keeps its own. As many of the
    other's words as of its own is no keeping ("Qwen2.5 base models that already show an Aha moment" keeps "base
    models" of its name, and takes "already" and "moment" from DeepSeek-V3-Base's clause)."""
    crossed, kept = [], 0
    for mine, theirs in ((0, 1), (1, 0)):
        own, other = given[mine] - given[theirs], given[theirs] - given[mine]
        words = said[mine] - said[theirs]
        if len(words & own) > len(words & other):
            kept += 1
        elif words & other:
            crossed.append((names[mine], names[theirs], words & other))
    if not crossed or kept:
        return None
    name, partner, stems = crossed[0]
    return f"The source says '{_written_word(claim, stems)}' of {_name(view, partner)}, not of {_name(claim, name)}."


def _listed_roles(view: Analysis) -> dict[str, frozenset[str]]:
    """Names listed in one order and what each does listed in the same order: "three automatic metrics,
    NexusScore, NaturalScore and GmeScore, to separately quantify subject consistency, naturalness, and text
    relevance", "X and Y for retrieval and generation, respectively". Each name with the stems of its item."""
    text = view.prepared or view.text
    found: dict[str, frozenset[str]] = {}
    for run in _NAME_RUN_RE.finditer(text):
        names = [n for n in _ITEM_SPLIT_RE.split(run.group()) if n]
        keys = [next((e.key for e in view.entities if e.text == n), None) for n in names]
        if len(keys) < 2 or None in keys or len(set(keys)) < len(keys):
            continue
        end = _SENTENCE_END_RE.search(text, run.end())
        rest = text[run.end() : end.start() if end else len(text)]
        marker = _SEPARATELY_RE.search(rest)
        if marker is None:
            continue
        after = not marker.group(1)
        # "to separately quantify A, B, and C": the items follow; "for A and B, respectively": they come before
        items_text = rest[marker.end() :] if after else rest[: marker.start()]
        items = [i for i in _ITEM_SPLIT_RE.split(items_text.strip(" ,")) if i.strip()]
        if len(items) < len(keys):
            continue
        items = items[: len(keys)] if after else items[-len(keys) :]
        for key, item in zip(keys, items):
            found[key] = frozenset().union(*(_stems(t) for t in analyse(item, view.language).terms), frozenset())
    return found


_NAME_RUN_RE = re.compile(
    r"(?<![\w-])[A-Z][\w.+-]*[A-Z0-9][\w.+-]*(?:(?:,\s*(?:and\s+)?|\s+(?:and|et)\s+)[A-Z][\w.+-]*[A-Z0-9][\w.+-]*)+"
)
_SEPARATELY_RE = re.compile(
    r"\b(?:to\s+(?:separately|respectively)\s+\w+|(respectively|respectivement))\b", re.IGNORECASE
)
_ITEM_SPLIT_RE = re.compile(r",\s*(?:and\s+|et\s+)?|\s+(?:and|et)\s+")


def _listed_roles_swapped(claim: Analysis, view: Analysis) -> str | None:
    """Two names of such a list, each given the other's item: "NaturalScore mesure la cohérence du sujet, tandis que
    NexusScore évalue le naturel" against "NexusScore, NaturalScore and GmeScore, to separately quantify subject
    consistency, naturalness, and text relevance"."""
    roles = _listed_roles(view)
    keys = [k for k in sorted(claim.entity_keys) if k in roles]
    for first, second in itertools.combinations(keys, 2):
        said = _clauses_of(claim, first, second)
        if said is not None:
            crossed = _crossed_words(claim, view, (first, second), said, (roles[first], roles[second]))
            if crossed:
                return crossed
    return None


def _one_sentence(view: Analysis, first: str, second: str) -> bool:
    """Some sentence of the passage names both."""
    text = view.prepared or view.text
    bounds = [0, *(m.end() for m in _SENTENCE_END_RE.finditer(text)), len(text) + 1]
    spans = list(zip(bounds, bounds[1:]))

    def where(key: str) -> set[int]:
        return {n for offset, t in view.placed_terms if key in t for n, (a, b) in enumerate(spans) if a <= offset < b}

    return bool(where(first) & where(second))


def _sibling_role(claim: Analysis, view: Analysis) -> str | None:
    """The claim's name given the words of its sibling's clause, none of its own: "For clinical concept extraction,
    the best results came from GatorTron-345M" against "GatorTron-3.9B ... achieves the best strict F1-scores ... for
    concept extraction ...; GatorTron-345M ... achieves the best F1-scores ... for end-to-end relation extraction"."""
    names = view.entity_keys
    said = frozenset().union(*(_stems(t) for _, t in claim.placed_terms if not t <= claim.entity_keys), frozenset())
    for entity in claim.entities:
        if entity.initial or not entity.strong or entity.key not in names:
            continue
        for other in sorted(names):
            if (
                not siblings(entity.key, other) or any(same_entity(other, k) for k in claim.entity_keys)
                or other.startswith(entity.key) or entity.key.startswith(other)
                or not _one_sentence(view, entity.key, other)
            ):
                continue  # (not "PaLM-E" against its "PaLM-E-562B", nor "FLUX" against "FLUX.1-dev")
            given = _clauses_of(view, entity.key, other)
            if given is None:
                continue
            own, theirs = given[0] - given[1], given[1] - given[0]
            if said & theirs and not said & own:
                word = _written_word(claim, said & theirs)
                return f"The source says '{word}' of {_name(view, other)}, not of {_name(claim, entity.key)}."
    return None


def _average_for_maximum(claim: Analysis, view: Analysis) -> str | None:
    """An average the passage gives as a maximum, or the other way round: "by an average of 13%" against "by up to
    13% and on average 4%"."""
    for q in claim.quantities:
        averaged = _averaged(claim, q)
        if not averaged and q.bound != "up_to":
            continue
        for found in view.quantities:
            if not values_match(q, found) or not (found.bound == "up_to" if averaged else _averaged(view, found)):
                continue
            others = [
                other for other in view.quantities
                if (_averaged(view, other) if averaged else other.bound == "up_to")
                and _same_kind(q, other) and not values_match(q, other)
            ]
            if others:
                if averaged:
                    return f"The source gives {found.text} as a maximum ('up to'); its average is {others[0].text}."
                return f"The source gives {found.text} as an average; its maximum is {others[0].text}."
    return None


def _excluded_name(claim: Analysis, view: Analysis) -> str | None:
    """A name of the claim that the passage names only to leave it out: "LLMs trained with RLHF (all models
    excluding Davinci-2) improved" against "Davinci-2 is among the RLHF models that improve"."""
    if claim.negation_cues or _EXCLUDING_BEFORE_RE.search(claim.text):
        return None
    text = view.prepared or view.text
    for entity in view.entities:
        if not entity.strong or not any(same_entity(entity.key, k) for k in claim.entity_keys):
            continue
        places = [m.start() for m in _as_written(entity.text).finditer(text)]
        if places and all(_preceded_by(view, at, _EXCLUDING_BEFORE_RE) for at in places):
            return entity.text
    return None


_EXCLUDING_BEFORE_RE = re.compile(
    r"\b(?:excluding|except(?:\s+for)?|with the exception of|other than|(?:though|although|but)\s+not|sauf|hormis|excepté|"
    r"à l'exception de|à l'exception d'|mais pas)\s+"
    r"(?:the\s+|le\s+|la\s+|les\s+|l')?$",
    re.IGNORECASE,
)


def _cut_for_what_remains(claim: Analysis, view: Analysis) -> str | None:
    """A cut by the very share the passage says remains: "cuts decoding time by 60%" against "only requires 60%
    decoding time compared to the most efficient baseline" (a cut of 40%), or the other way round."""
    claim_text, view_text = claim.prepared or claim.text, view.prepared or view.text
    for q in claim.quantities:
        if q.unit != "percent" or not 0 < q.value < 100:
            continue
        claim_cut = _is_a_cut(claim_text, q)
        claim_share = _is_what_remains(claim_text, q)
        for other in view.quantities:
            if other.unit != "percent" or not values_match(q, other):
                continue
            if claim_cut and _is_what_remains(view_text, other) and not _REDUCTION_WORDS & other.context:
                return f"The source's {other.text} is what remains, a cut of {100 - other.value:g}%, not {q.text}."
            if claim_share and _is_a_cut(view_text, other):
                return f"The source's {other.text} is the cut, leaving {100 - other.value:g}%, not {q.text}."
    return None


def _is_a_cut(text: str, q: Quantity) -> bool:
    """"cuts decoding time by 60%", "réduit la latence de 60 %": a figure written as the size of a cut."""
    return bool(_REDUCTION_WORDS & q.context) and bool(_BY_BEFORE_RE.search(text, max(0, q.position - 24), q.position))


def _is_what_remains(text: str, q: Quantity) -> bool:
    """"only requires 60% decoding time", "n'utilise que 60 % du temps": a figure written as the share still needed."""
    return bool(_REMAINS_BEFORE_RE.search(text, max(0, q.position - 40), q.position))


_BY_BEFORE_RE = re.compile(
    r"\b(?:by|de)\s+(?:about\s+|around\s+|roughly\s+|some\s+|environ\s+|près\s+de\s+)?$", re.IGNORECASE
)
_REMAINS_BEFORE_RE = re.compile(
    r"\b(?:only\s+|just\s+)?(?:requires?|required|requiring|needs?|needed|needing|uses?|used|using|takes?|consumes?|"
    r"consuming|nécessite|requiert|demande|utilise|utilisant|consomme|consommant)\s+"
    r"(?:only\s+|just\s+|seulement\s+|que\s+)?(?:about\s+|around\s+|environ\s+)?$",
    re.IGNORECASE,
)


def _gain_against_level(claim: Analysis, quantity: Quantity, view: Analysis, value: Quantity) -> bool:
    """The claim's figure is a gain ("lifted AIME2024 accuracy by 13.4 points"), the passage's a level ("AIME24
    reaching 46.7%"): one does not measure the other."""
    return _is_gain(claim, quantity) and not _is_gain(view, value)


def _is_gain(analysis: Analysis, q: Quantity) -> bool:
    """A figure written as a change: "by 13.4 points", "an increase of 4%", "+2.1", "bat le record de 4,2 %"."""
    text = analysis.prepared or analysis.text
    return q.unit in _GAIN_UNITS and (
        _preceded_by(analysis, q.position, _GAIN_BY_BEFORE_RE) or _preceded_by(analysis, q.position, _GAIN_BEFORE_RE)
        or text[q.position - 1 : q.position] == "+"
    )


def _the_one_gain(view: Analysis, quantity: Quantity) -> Quantity | None:
    """The passage's only gain of the claim's unit, when it is another value than the claim's."""
    gains = [v for v in view.quantities if _is_gain(view, v) and units_compatible(quantity.unit, v.unit)]
    return gains[0] if len(gains) == 1 and not values_match(quantity, gains[0]) else None


# "by 13.4 points", "bat l'ancien record de 4,2 %" (a French "de" after a verb of change, not "un score de 42,5 %")
_GAIN_BY_BEFORE_RE = re.compile(
    r"(?:\bby\s+(?:about\s+|around\s+|roughly\s+|some\s+)?|\b(?:augment|amélior|gagn|progress|bond|recul|dépass|bat|"
    r"devanc|surpass|rédui|baiss|grimp|hauss)\w*\b[^.;]{0,40}\bde\s+(?:environ\s+|près\s+de\s+)?)$",
    re.IGNORECASE,
)


def _relative_for_absolute(claim: Analysis, view: Analysis) -> str | None:
    """A relative gain the passage gives as an absolute one, or the other way round: "4 % en relatif" against
    "on average 4% absolute"."""
    for q in claim.quantities:
        mine = _gain_kind(q)
        if mine is None:
            continue
        found = [v for v in view.quantities if values_match(q, v)]
        if found and all(_gain_kind(v) not in (None, mine) for v in found):
            return f"The claim says {_written(q)} {mine}; the source gives {found[0].text} as an {_gain_kind(found[0])} figure."
    return None


def _gain_kind(quantity: Quantity) -> str | None:
    """"relative" or "absolute", when the words of a percentage say which it is."""
    if quantity.unit not in _GAIN_UNITS:
        return None
    kinds = [kind for kind, words in _GAIN_KINDS.items() if quantity.context & words]
    return kinds[0] if len(kinds) == 1 else None


_GAIN_KINDS = {"relative": frozenset({"relative", "relatif", "relativement"}), "absolute": frozenset({"absolute", "absolu", "absolue"})}


def _other_gain(claim: Analysis, view: Analysis) -> str | None:
    """A gain the passage gives as another figure: "tops the previous best by 2.7 points" against "an absolute
    increase of 1.7% over the previous state-of-the-art"."""
    gains = [q for q in view.quantities if q.unit in _GAIN_UNITS and _preceded_by(view, q.position, _GAIN_BEFORE_RE)]
    if len(gains) != 1:
        return None
    for q in claim.quantities:
        if q.unit in _GAIN_UNITS and _preceded_by(claim, q.position, _BY_BEFORE_RE) and not any(values_match(q, v) for v in view.quantities):
            if units_compatible(q.unit, gains[0].unit):
                return f"The claim says a gain of {_written(q)}; the source says {_written(gains[0])}."
    return None


def _preceded_by(view: Analysis, at: int, words: re.Pattern[str]) -> bool:
    """The words right before offset ``at`` of the text match ``words`` (a pattern anchored at its end)."""
    text = view.prepared or view.text
    return bool(words.search(text, max(0, at - 30), at))


_GAIN_UNITS = frozenset({"point", "percent"})
_GAIN_BEFORE_RE = re.compile(r"\b(?:increase|improvement|gain|boost)s?\s+of\s+(?:about\s+|roughly\s+)?$", re.IGNORECASE)


def _averaged(view: Analysis, quantity: Quantity) -> bool:
    """The figure is an average: "an average of 13%", "on average 4%", "en moyenne de 13 %"."""
    text = view.prepared or view.text
    return _preceded_by(view, quantity.position, _AVERAGE_BEFORE_RE) or bool(
        _AVERAGE_AFTER_RE.match(text, quantity.position + len(quantity.text))
    )


_AVERAGE_BEFORE_RE = re.compile(r"\b(?:average|mean|moyenne)(?:\s+(?:of|de|d'))?\s*$", re.IGNORECASE)
_AVERAGE_AFTER_RE = re.compile(r"[\s%]*(?:on average|en moyenne)\b", re.IGNORECASE)


def _written_word(view: Analysis, stems: set[str] | frozenset[str]) -> str:
    """The first word of a text among some stems, as the text writes it (for a reason's message)."""
    text = view.prepared or view.text
    offset = min(o for o, t in view.placed_terms if stems & _stems(t))
    return re.match(r"[\w'-]+", text[offset:]).group()


# what splits a sentence into two clauses, each with its own subject
_CLAUSE_SPLIT_RE = re.compile(
    r",?\s+(?:while|whereas|whilst|tandis\s+qu(?:e|')|alors\s+qu(?:e|'))\s*|;\s+|,\s+(?:and|et)\s+(?=for\b|pour\b|in\b|dans\b|as\b|comme\b)",
    re.IGNORECASE,
)


_AND_CLAUSE_RE = re.compile(r",\s+(?:and|et)\s+(?!not\b|non\b|pas\b)")  # ("C'est sur X, et non sur Y, que": one clause)
_BREAK_AFTER_NAME_RE = re.compile(r"[,;:]\s")
_BEFORE_NAME_SPLIT_RE = re.compile(r"(?:,\s*(?:and\s+|et\s+)?|\s+(?:and|et)\s+)(?:the\s+|le\s+|la\s+|l')?$", re.IGNORECASE)


def _clauses_of(view: Analysis, first: str, second: str) -> tuple[frozenset[str], frozenset[str]] | None:
    """The stems of the clause of each of two names first written in one sentence, split where a clause break
    stands between them (the last one before the later name)."""
    text = view.prepared or view.text

    def place(key: str) -> int | None:  # where the text first writes the name (its very key first)
        exact = [o for o, t in view.placed_terms if t == {key}]
        found = exact or [o for o, t in view.placed_terms if len(t) == 1 and any(same_entity(key, k) for k in t)]
        return found[0] if found else None

    a, b = place(first), place(second)
    if a is None or b is None or a == b:
        return None
    low, high = sorted((a, b))
    names = view.entity_keys

    def stems(lo: int, hi: int) -> frozenset[str]:
        return frozenset().union(
            *(_stems(t) for o, t in view.placed_terms if lo <= o < hi and not t <= names), frozenset()
        )

    # "a large LM (called the expert, e.g. OPT-13B) and a small LM (called the amateur, e.g. OPT-125M)": a name in
    # brackets has the words of its brackets and of the phrase they follow
    phrases = [_bracketed_phrase(text, at) for at in (a, b)]
    if all(phrases) and phrases[0] != phrases[1] and not _stops(text, low, high):
        return stems(*phrases[0]), stems(*phrases[1])

    start, end = _sentence_start(text, low), _sentence_end(text, high)
    stops = _stops(text, low, high)
    if stops:
        # "GritLM 7B sets a new state of the art on MTEB ... By scaling up further, GritLM 8x7B outperforms all
        # open generative language models": two sentences in a row, each naming one of the two, are their clauses
        # (not where something is measured: "in LongBench v2")
        earlier = first if a < b else second
        if len(stops) > 1 or any(_BENCHMARK_BEFORE_RE.search(text[:at]) for at in (a, b)) or any(
            o > stops[0].end() and len(t) == 1 and any(same_entity(earlier, k) for k in t) for o, t in view.placed_terms
        ):
            return None
        # "When combined with an agentless graph RAG framework, our approach achieves ...": the later sentence is
        # about the paper's own system, which the earlier one names
        if _OUR_SYSTEM_RE.search(text, stops[0].end(), end):
            return None
        early, late = stems(start, stops[0].start()), stems(stops[0].end(), end)
        return (early, late) if a < b else (late, early)
    splits = [m for m in _CLAUSE_SPLIT_RE.finditer(text, low, high)] or [
        # "local context ... is captured by a Cross-modal Transformer via multimodal fusion, and global video context is
        # captured by a Temporal Transformer": ", and" between two clauses, not before a name of a list
        m for m in _AND_CLAUSE_RE.finditer(text, low, high)
        if not any(text.startswith(e.text, m.end()) for e in view.entities)
        and _BEFORE_NAME_SPLIT_RE.search(text, low, high) is None
    ]
    if splits:
        split = splits[-1]
    else:
        # "Unicorn-1.2M for pretraining and Unicorn-471K-Instruction for instruction-tuning": the "and" or comma right
        # before the later name splits the earlier name's words from the later's (not a list: "LLaMA and Falcon");
        # each name has only the words from it to the next break
        split = _BEFORE_NAME_SPLIT_RE.search(text, low, high)
        # a comma after a clause of its own may close it on another name ("établit un record sur ARC, et Orca-3B ...")
        closed = split is not None and "," in split.group() and (
            sum(1 for o, _ in view.placed_terms if low < o < split.start()) >= 3
        )
        if (
            split is None
            # a list of names: "LLaMA and Falcon LLMs"
            or any(text[: split.start()].endswith(e.text) for e in view.entities) and not closed
            or split.start() < (fronted_phrase_end(text, start) or -1) <= split.end()
        ):
            return None
        start = low
        # (past an apposition: "and UltraChat v2, a comprehensive supervised fine-tuning dataset")
        end = next((m.start() for m in _BREAK_AFTER_NAME_RE.finditer(text, high, end) if stems(high + 1, m.start())), end)
        # each name with words of its own, and no other name between the two
        between = [o for o, t in view.placed_terms if low < o < split.start() and len(t) == 1 and t <= names]
        if between and not closed or not stems(split.end(), end) or not stems(low, split.start()):
            return None

    early, late = stems(start, split.start()), stems(split.end(), end)
    return (early, late) if a < b else (late, early)


def _bracketed_phrase(text: str, at: int) -> tuple[int, int] | None:
    """The span of the brackets around offset ``at`` with the phrase before them, back to a comma, an "and", the
    end of earlier brackets or the sentence's start; None outside brackets."""
    opening = text.rfind("(", 0, at)
    closing = text.find(")", at)
    if opening < 0 or closing < 0 or ")" in text[opening:at] or _stops(text, at, closing):
        return None
    before = [m.end() for m in _PHRASE_BEFORE_BRACKETS_RE.finditer(text, 0, opening)]
    return (before[-1] if before else 0), closing


def _stops(text: str, start: int, end: int) -> list[re.Match[str]]:
    """The sentence ends between two offsets; the stop of "e.g." or "et al." ends none."""
    return [
        m for m in _SENTENCE_END_RE.finditer(text, start, end)
        if not _ABBREVIATION_END_RE.search(text, max(0, m.start() - 6), m.start() + 1)
    ]


_ABBREVIATION_END_RE = re.compile(r"\b(?:e\.g|i\.e|et al|vs|cf|etc|resp|approx|fig|eq)\.$", re.IGNORECASE)
_PHRASE_BEFORE_BRACKETS_RE = re.compile(r"[.!?;)]\s|,\s|\s(?:and|et|or|ou)\s", re.IGNORECASE)


def _respective_crossed(claim: Analysis, view: Analysis) -> str | None:
    """Claim figures put with the words a "respectively" list gives to another figure of the list: "3.5B parameters
    per visual token" against "3.9B and 3.5B activated parameters per visual token and text token, respectively".

    The passage's figures of one list each carry their own item's words in their context; a claim figure is
    crossed when the words written right after it are another item's and none of its own.
    """
    listed = [i for i, q in enumerate(view.quantities) if q.respective]
    if len(listed) < 2 or len(claim.quantities) < 2:
        return None
    text = claim.prepared or claim.text
    crossed, kept = [], 0
    for ci, quantity in enumerate(claim.quantities):
        found = [i for i in listed if values_match(quantity, view.quantities[i])]
        if len(found) != 1:
            continue
        mine = view.quantities[found[0]]
        partners = [view.quantities[i] for i in listed if i != found[0] and abs(view.quantities[i].position - mine.position) <= _LIST_SPAN]
        if not partners:
            continue
        theirs = frozenset().union(*(_stems(p.context) for p in partners))
        own, others = _stems(mine.context) - theirs, theirs - _stems(mine.context)
        end = quantity.position + len(quantity.text)
        later = [q.position for q in claim.quantities if q.position > quantity.position]
        stop = min([*later, end + _LIST_SPAN])
        clause = _FIGURE_BREAK_RE.search(text, end, stop)
        after = [(o, _stems(t)) for o, t in claim.placed_terms if end <= o < (clause.start() if clause else stop)]
        if any(stems & own for _, stems in after):
            kept += 1
            continue
        hit = next((stems & others for _, stems in after if stems & others), None)
        if hit is not None:
            partner = next(p for p in partners if hit & _stems(p.context))
            crossed.append((quantity, _written_word(claim, hit), partner))
    if crossed and not kept:
        quantity, word, partner = crossed[0]
        return f"The source's list ties '{word}' to {partner.text}, not to the claim's {quantity.text}."
    return None


def _words_of_an_unsaid_figure(claim: Analysis, view: Analysis) -> str | None:
    """The claim's figure with words the passage gives to another of its figures, one the claim does not state:
    "en écriture créative, de 54,8 % à 81,0 %" against "from 54.8% to 81.0% on STEM tasks and from 57.9% to
    85.5% on creative writing tasks". Only words ``_placed_by_figure`` ties to one figure count, and none of the
    matched figure's own words may be in the claim."""
    claim_stems = frozenset().union(*(_stems(t) for _, t in claim.placed_terms)) if claim.placed_terms else frozenset()
    found_for = [[i for i, m in enumerate(view.quantities) if values_match(q, m)] for q in claim.quantities]
    stated = {i for found in found_for for i in found}
    for q, found in zip(claim.quantities, found_for):
        if len(found) != 1 or _is_year(q):
            continue
        mine = view.quantities[found[0]]
        for j, other in enumerate(view.quantities):
            if (
                j in stated or not _same_unit(mine, other) or other.unit is None or _side_by_side(view, mine, other)
                or mine.respective or other.respective
            ):
                continue
            places = _placed_by_figure(view, mine, other)
            own = {stem for p in places if p.figure == "a" and not p.outside for stem in p.stems}
            # (a word before both figures is said of the first by default, which says little)
            after_first = min(mine.position, other.position)
            theirs = {stem for p in places if p.figure == "b" and p.offset > after_first for stem in p.stems}
            b_offsets = {p.offset for p in places if p.figure == "b" and p.offset > after_first}
            # a word the passage writes only there, by the other figure
            only_there = {
                stem for stem in claim_stems & theirs
                if all(o in b_offsets for o, t in view.placed_terms if stem in _stems(t))
            }
            # nor, in the passage, with a figure the claim states ("E5-Mistral-7B-Instruct (15.0%) and BM25 (9.8%)":
            # BM25 goes with the 9.8% the claim gives it)
            only_there = {
                stem for stem in only_there
                if not any(
                    stem in place.stems and place.figure == "b"
                    for k in stated if k not in (found[0], j)
                    for place in _placed_by_figure(view, other, view.quantities[k])
                )
            }
            # in the claim, the word must not go with another of its figures ("Lite resolve rate by 7 points, a 25%
            # relative improvement": "Lite" is said of the 7 points)
            only_there = {
                stem for stem in only_there
                if not any(
                    stem in place.stems and place.figure == "b"
                    for q2 in claim.quantities if q2 is not q for place in _placed_by_figure(claim, q, q2)
                )
            }
            # the passage must give the claim's figure words of its own in parallel ("to 81.0% on STEM tasks and
            # from 57.9% to 85.5% on creative writing tasks"): else what follows the other figure may be said of both
            # (the claim's own words for the figure may come after it: "surpasses a score of 90% for the first time",
            # "franchit pour la première fois la barre des 90 %")
            near = own | {stem for p in places if p.figure == "a" and p.offset > mine.position for stem in p.stems}
            # ("by 6%-18% absolute and strong supervised models by up to 12% in terms of top-20 passage retrieval
            # accuracy": what the sentence's figures are measured in closes it, and is said of them all)
            measured_in = _MEASURED_IN_RE.search(view.prepared or view.text, max(mine.position, other.position))
            if measured_in:
                only_there = {
                    stem for stem in only_there
                    if not all(o > measured_in.start() for o, t in view.placed_terms if stem in _stems(t))
                }
            if not own or claim_stems & near or not only_there:
                continue
            return f"The source ties '{_written_word(claim, only_there)}' to {other.text}, not to {mine.text}."
    return None


_LIST_SPAN = 40  # characters: figures of one "respectively" list, and the words written right after a claim figure
_MEASURED_IN_RE = re.compile(r"\b(?:in terms of|as measured by|en termes de|mesurée? en)\b", re.IGNORECASE)


# what ends the words said after both figures (not the comma of "10,000")
_CLAUSE_END_RE = re.compile(r"[,;:](?!\d)")
# what ends the words of one figure and opens those of the next: "by 10,000 times and the GPU memory by 3 times"
_FIGURE_BREAK_RE = re.compile(r"[,;:](?!\d)|\b(?:and|et|while|whereas|whilst|but|mais|tandis|alors)\b", re.IGNORECASE)
# a word that names the figure right after it: "un rappel de 0,942 pour une précision de 0,810"
_NAMES_NEXT_FIGURE_RE = re.compile(r"[\w-]+\s+(?:of|de|d'|at|à|=|:)\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class _Placed:
    """A word near two figures and the figure it goes with."""

    stems: frozenset[str]
    offset: int
    figure: str  # "a" or "b"
    outside: bool  # before or after both figures, where it may be said of both
    distance: int  # characters to its figure


_SETTING_OPENING_RE = re.compile(r"\s*(?:on|in|across|sur|dans)\s[^,.;:!?()]{0,80},", re.IGNORECASE)
_PARTICIPLE_OPENING_RE = re.compile(r"\s*(?:[a-z]+ly\s+)?[a-z]+(?:ed|ing)\b[^,;.!?]{0,150},", re.IGNORECASE)


def _placed_by_figure(view: Analysis, a: Quantity, b: Quantity) -> list[_Placed]:
    """The words around two figures, each with the figure it goes with.

    Within one sentence a word before both figures goes with the first, and one after both with the second up to
    a comma (", state-of-the-art figures at the time" is said of both). Between them, a break ("and", a comma,
    "while") ends the first figure's words and opens the second's; what stands between two breaks may go with
    either and is left out; without a break, each word goes with the nearer figure. Across two neighbouring
    sentences each word goes with its sentence's figure. A word said on both sides goes with both and is left
    out. Nothing when the figures are further apart.
    """
    text = view.prepared or view.text
    first, second = sorted((a, b), key=lambda q: q.position)
    ids = {first: "a" if first is a else "b", second: "b" if first is a else "a"}
    first_end, second_end = first.position + len(first.text), second.position + len(second.text)
    ends = [m.end() for m in _SENTENCE_END_RE.finditer(text)]

    def sentence(offset: int) -> tuple[int, int]:
        return max((e for e in ends if e <= offset), default=0), min((e for e in ends if e > offset), default=len(text))

    (start, end), (start2, end2) = sentence(first.position), sentence(second.position)
    breaks = [m.start() for m in _FIGURE_BREAK_RE.finditer(text, first_end, second.position)]
    closing = min((m.start() for m in _CLAUSE_END_RE.finditer(text, second_end, end)), default=end)

    def bracket_head(q: Quantity) -> tuple[int, int] | None:
        # "text retrieval (R@1: 4.03% absolute improvement), image retrieval (R@1: 7.13% abs imv.)": a figure in
        # brackets is said of the phrase just before them
        opening = text.rfind("(", max(start, q.position - 30), q.position)
        if opening < 0 or ")" in text[opening : q.position]:
            return None
        head_start = max(*(text.rfind(mark, 0, opening) for mark in ",;)"), start - 1)
        head = max(head_start + 1, opening - 40), opening
        # (not "by 22% absolute (54% to 76%)": brackets after a figure say more of that figure)
        return None if any(head[0] <= other.position < head[1] for other in view.quantities) else head

    heads = [(q, head) for q in (first, second) if (head := bracket_head(q))]
    # "Sur MS-COCO, RA-CM3 gagne 12 points de FID et 17 points de CIDEr": where the sentence says it measures, before
    # both figures, is said of both (not "Avec MaskLLM, ...": who is measured goes with the first)
    setting = _SETTING_OPENING_RE.match(text, start)
    fronted = setting.end() if setting and setting.end() <= first.position else -1
    # "Continually pretrained from StarCoderPlus on 435 billion additional tokens, Aurora-M surpasses 2 trillion
    # tokens": the subject after a participle phrase that holds the first figure is the phrase's too; the words from
    # there to the second figure are said of both
    participle = _PARTICIPLE_OPENING_RE.match(text, start)
    shared_from = participle.end() if participle and first.position < participle.end() <= second.position else None

    def figure(offset: int) -> Quantity | None:
        if (start, end) != (start2, end2):
            return first if offset < end else second
        for q, (head_start, head_end) in heads:
            if head_start <= offset < head_end:
                return q
        if offset < fronted or (shared_from is not None and shared_from <= offset < second.position):
            return None
        if offset < first.position:
            return first
        if offset >= second_end:
            return second if offset < closing else None
        if offset < first_end:
            return None
        if breaks:
            return first if offset < breaks[0] else second if offset > breaks[-1] else None
        if text[first_end:offset].strip() and _NAMES_NEXT_FIGURE_RE.match(text, offset, second.position):
            # not the word the first figure counts ("6 500 générations de 13 modèles")
            return second
        to_first, to_second = offset - first_end, second.position - offset
        return first if to_first < to_second else second if to_second < to_first else None

    if end != start2 and (start, end) != (start2, end2):
        return []
    places = []
    for offset, term in view.placed_terms:
        if start <= offset < end2 and (quantity := figure(offset)) is not None:
            outside = (start, end) == (start2, end2) and not first.position <= offset < second_end
            places.append(_Placed(_stems(term), offset, ids[quantity], outside, abs(offset - quantity.position)))
    sides: dict[str, set[str]] = {}
    for place in places:
        for stem in place.stems:
            sides.setdefault(stem, set()).add(place.figure)
    return [p for p in places if p.stems and all(len(sides[stem]) == 1 for stem in p.stems)]


def _crossings(said: list[_Placed], given: list[_Placed]) -> tuple[_Placed, _Placed] | None:
    """A claim word of each figure that the source puts by the other figure, with more words crossed than kept.

    Returns, for each figure, the crossed word that ties to it best: one between the figures, then the nearest.
    """
    crossed: dict[str, list[_Placed]] = {}
    kept = 0
    for place in said:
        there = [other for other in given if place.stems & other.stems]
        figures = {other.figure for other in there}
        if len(figures) != 1:
            continue
        if figures == {place.figure}:
            # a word before (or after) both figures in both texts may be said of both ("VILA-HD outperforms ...
            # by 14.5% over GPT-4o, and 3.2% over Qwen2-VL"): only a word between them ties it to one
            kept += not (place.outside and all(other.outside for other in there))
        else:
            crossed.setdefault(place.figure, []).append(place)
    if "a" in crossed and "b" in crossed and len(crossed["a"]) + len(crossed["b"]) > kept:
        return min(crossed["a"], key=lambda p: (p.outside, p.distance)), min(crossed["b"], key=lambda p: (p.outside, p.distance))
    return None


def _word_after(view: Analysis, quantity: Quantity) -> str:
    """The word right after a figure, lowercased ("f1" in "74.3 F1")."""
    text = view.prepared or view.text
    after = re.match(r"\s*([\w@-]+)", text[quantity.position + len(quantity.text) :])
    return after.group(1).lower() if after else ""


def _swapped_holders(claim: Analysis, view: Analysis) -> str | None:
    """Two claim figures, each tied to a name, that the source gives to the names the other way round.

    "GPT-4 reaches 91% while Reflexion gets 80%" against "Reflexion achieves 91% ..., surpassing GPT-4 that
    achieves 80%": a name both figures share (the benchmark) says nothing; only the names that tell them apart count.
    """
    holders = _holders(view, claim)
    claim_holders: dict[int, set[str]] = {}
    for key, i, _ in claim.bindings:
        claim_holders.setdefault(i, set()).add(key)
    # figures the source gives once, so each has one place to be compared at
    pairs = []
    for ci, quantity in enumerate(claim.quantities):
        found = [mi for mi, other in enumerate(view.quantities) if values_match(quantity, other)]
        if len(found) == 1:
            pairs.append((ci, found[0]))

    def holds(names: set[str], key: str) -> bool:
        return any(same_entity(key, name) for name in names)

    for (c1, m1), (c2, m2) in itertools.combinations(pairs, 2):
        if m1 == m2 or not _same_kind(claim.quantities[c1], claim.quantities[c2]):
            continue
        # a measure the source writes after both figures ("76.1 F1 and 61.3 F1") holds neither
        after = _word_after(view, view.quantities[m1])
        shared = {after} & METRIC_KEYS if after == _word_after(view, view.quantities[m2]) else set()
        own1 = claim_holders.get(c1, set()) - claim_holders.get(c2, set()) - shared
        own2 = claim_holders.get(c2, set()) - claim_holders.get(c1, set()) - shared
        source1, source2 = holders.get(m1, set()), holders.get(m2, set())
        first = next((k for k in sorted(own1) if holds(source2, k) and not holds(source1, k)), None)
        second = next((k for k in sorted(own2) if holds(source1, k) and not holds(source2, k)), None)
        if first and second:
            return (
                f"The source gives {view.quantities[m1].text} to {_name(claim, second)} and "
                f"{view.quantities[m2].text} to {_name(claim, first)}: the claim swaps them."
            )
    return None


_RESOLUTION_RE = re.compile(r"(\d+)\s?(?:[x×*]|times)\s?\1\b")
_SENTENCE_END_RE = re.compile(r"[.!?](?:\s|$)")


def _resolutions(view: Analysis) -> dict[int, float]:
    """Figures that are an image size ("1120x1120", "256times256"): index -> side in pixels."""
    text = view.prepared or view.text
    return {i: q.value for i, q in enumerate(view.quantities) if _RESOLUTION_RE.match(text, q.position)}


def _at_resolution(view: Analysis, index: int, resolutions: dict[int, float]) -> float | None:
    """The image size a figure is measured at: the nearest one in its sentence."""
    text = view.prepared or view.text
    position = view.quantities[index].position
    same_sentence = [
        (abs(view.quantities[i].position - position), side) for i, side in resolutions.items()
        if not _SENTENCE_END_RE.search(text, min(position, view.quantities[i].position), max(position, view.quantities[i].position))
    ]
    return min(same_sentence)[1] if same_sentence else None


def _moved_resolution(claim: Analysis, view: Analysis) -> str | None:
    """A figure the claim gives at one image size and the source at another it also names.

    "83,3 % en 4032x4032" against "83.3% top-1 accuracy at a 1120x1120 resolution and 80.4% ... at a 4032x4032".
    """
    claim_sizes, source_sizes = _resolutions(claim), _resolutions(view)
    if not claim_sizes or not source_sizes:
        return None
    for ci, quantity in enumerate(claim.quantities):
        if ci in claim_sizes:
            continue
        found = [mi for mi, other in enumerate(view.quantities) if mi not in source_sizes and values_match(quantity, other)]
        if len(found) != 1:
            continue
        claimed, given = _at_resolution(claim, ci, claim_sizes), _at_resolution(view, found[0], source_sizes)
        if claimed is not None and given is not None and claimed != given and claimed in source_sizes.values():
            return (
                f"The source gives {view.quantities[found[0]].text} at {given:g}x{given:g}, "
                f"not at {claimed:g}x{claimed:g}."
            )
    return None


_COORDINATION_RE = re.compile(r"\s*(?:,|and|et|or|ou|/|&|-|–|to|à)\s*", re.IGNORECASE)


def _coordinated(view: Analysis, a: Quantity, b: Quantity) -> bool:
    """Two numbers side by side, joined by "and", a comma, a slash or a dash ("4B and 8B", "2.4-4.0x")."""
    first, second = sorted((a, b), key=lambda q: q.position)
    text = view.prepared or view.text
    return bool(_COORDINATION_RE.fullmatch(text, first.position + len(first.text), second.position))


_VERSUS_RE = re.compile(r"\s*(?:vs\.?|versus|against|compared (?:to|with)|contre|face à)\s*", re.IGNORECASE)


def _side_by_side(view: Analysis, a: Quantity, b: Quantity) -> bool:
    """Two numbers joined by "and", a comma or a dash, or set against each other ("675 vs. 6,250")."""
    first, second = sorted((a, b), key=lambda q: q.position)
    text = view.prepared or view.text
    return _coordinated(view, a, b) or bool(_VERSUS_RE.fullmatch(text, first.position + len(first.text), second.position))


_PAIRED_NUMBER_RE = re.compile(r"\s*(?:vs\.?|versus|to|and|or|contre|à|et|ou|-|–)\s*\d[\d.,\u00a0\u202f ]*%?")
_COUNTED_WORDS_RE = re.compile(r"[\s-]*((?:[^\W\d_][\w-]*\s*){1,4})")
# what most numbers of a paper count (crude stems, as ``_counted`` makes them)
_COMMON_COUNTS = frozenset("param token model times point layer perce accur score".split())
_COUNTED_STOP = frozenset(
    "of on in for from with across per and or while to at by than as that which whose over under since "
    "de du des sur pour avec dans et ou par que qui sont est depuis".split()
)


def _counted_words(view: Analysis, quantity: Quantity, limit: int = 3) -> list[str]:
    """What a number counts, as written: the words right after it, up to a preposition ("unique images").

    In a pair ("675 vs. 6,250 A100 GPU days", "from 2 to 4 hours") both numbers count what follows the second.
    """
    text = view.prepared or view.text
    end = quantity.position + len(quantity.text)
    paired = _PAIRED_NUMBER_RE.match(text, end)
    if paired:
        end = paired.end()
    match = _COUNTED_WORDS_RE.match(text, end)
    words: list[str] = []
    for word in match.group(1).split() if match else ():
        if word.lower() in _COUNTED_STOP:
            break
        words.append(word)
    return words[:limit]


def _counted(view: Analysis, quantity: Quantity) -> frozenset[str]:
    """The same words, crudely stemmed, so "images" meets "image"."""
    return frozenset(unaccent(w.lower())[:5] for w in _counted_words(view, quantity) if len(w) > 2)


def _counts_something_else(claim: Analysis, view: Analysis) -> str | None:
    """A claim value the source gives as a count of one thing, while the claim counts another thing the source counts
    with another value: "11.5 million image-text examples" against "37.6 million image-text examples with 11.5 million
    unique images"."""
    for q in claim.quantities:
        counted = _counted(claim, q)
        if not counted or counted <= _COMMON_COUNTS:
            continue  # "parameters", "tokens": too common to say which count it is
        same = [m for m in view.quantities if values_match(q, m)]
        if not same or any(counted <= _counted(view, m) for m in same):
            continue
        for other in view.quantities:
            if values_match(q, other) or not (_same_kind(q, other) or _both_counts(q, other)):
                continue
            if counted <= _counted(view, other):
                what = " ".join(_counted_words(claim, q))
                return f"The source gives {other.text} {what}, not {q.text}."
    return None


# a comparative right after a number: "4.5x faster", "9 fois plus rapide", "2x fewer", "deux fois moins de paramètres"
_COMPARATIVE_AFTER_RE = re.compile(
    r"[\s-]*(?:(?:more|less|plus|moins)\s+(?:(?:de|d')\s*)?)?([^\W\d_][\w-]*)", re.IGNORECASE
)
_COMPARATIVE_LEAD_RE = re.compile(r"[\s-]*(?:more|less|plus|moins)\b|[\s-]*[^\W\d_]+er\b", re.IGNORECASE)


def _comparative_after(view: Analysis, quantity: Quantity) -> str:
    """The comparative written right after a number ("faster", "plus rapide"), or ""."""
    text = view.prepared or view.text
    end = quantity.position + len(quantity.text)
    match = _COMPARATIVE_AFTER_RE.match(text, end) if _COMPARATIVE_LEAD_RE.match(text, end) else None
    return text[end : match.end()].strip(" -") if match else ""


def _compared_property(view: Analysis, quantity: Quantity) -> frozenset[str]:
    """What a factor or a percentage compares, in words of either language: "faster" and "plus rapide" give "fast"."""
    words = _comparative_after(view, quantity)
    return _property_vocabulary(words, view.language) if words else frozenset()


@functools.lru_cache(maxsize=1024)
def _property_vocabulary(words: str, language: str) -> frozenset[str]:
    terms = analyse(words, language).terms
    return frozenset().union(*terms) - _COMPARATIVE_WORDS if terms else frozenset()


_COMPARATIVE_WORDS = frozenset("more less plus moins de".split())


def _factor_of_something_else(claim: Analysis, view: Analysis) -> str | None:
    """A claim figure the source gives for another comparison, while it gives the claim's comparison another figure:
    "9x faster" against "up to 4.5x faster and 9x cheaper inference"."""
    for q in claim.quantities:
        wanted = _compared_property(claim, q)
        if not wanted:
            continue
        same_value = [m for m in view.quantities if values_match(q, m)]
        if any(wanted & _compared_property(view, m) for m in same_value):
            continue
        if not all(_compared_property(view, m) for m in same_value):
            continue  # the source gives the value without saying what it compares: it may be this
        # the claim's value for another comparison ("4.5x faster and 9x cheaper"), or not at all ("cinq fois plus
        # volumineux" against "15 times larger"): the source's figure for the claim's comparison is another one
        others = [m for m in view.quantities if not values_match(q, m) and _same_kind(q, m) and wanted & _compared_property(view, m)]
        if len(others) == 1 or (others and same_value):
            return f"The source gives {others[0].text} {_comparative_after(view, others[0])}, not {q.text}."
    return None


# "from 90.0% to 94.4%", "90.0%->94.4%", "de 90,0 % à 94,4 %": a value that changes into another
_CHANGE_GAP_RE = re.compile(r"\s*(?:->|→|=>|⇒)\s*$")
_CHANGE_TO_RE = re.compile(r"\s*(?:to|à|a)\s*$", re.IGNORECASE)
_CHANGE_FROM_RE = re.compile(r"\b(?:from|de|d'|passant de)\s*$", re.IGNORECASE)


def _changes(view: Analysis) -> list[tuple[Quantity, Quantity]]:
    """(before, after) of every change of value the text states, in the order it states it."""
    found = []
    text = view.prepared or view.text
    for a, b in zip(view.quantities, view.quantities[1:]):
        gap = text[a.position + len(a.text) : b.position]
        if _CHANGE_GAP_RE.match(gap) or (
            _CHANGE_TO_RE.match(gap) and _CHANGE_FROM_RE.search(text[max(0, a.position - 12) : a.position])
        ):
            found.append((a, b))
    return found


def _reversed_change(claim: Analysis, view: Analysis) -> str | None:
    """The claim has a value change the other way round ("down from 94.4% to 90.0%" against "90.0%->94.4%")."""
    for before, after in _changes(claim):
        if values_match(before, after):
            continue
        for other_before, other_after in _changes(view):
            if values_match(before, other_after) and values_match(after, other_before):
                return (
                    f"The source goes from {other_before.text} to {other_after.text}; "
                    f"the claim goes from {before.text} to {after.text}."
                )
    return None


def _same_slot_value(quantity: Quantity, view: Analysis, claim: Analysis) -> Quantity | None:
    """A value of the passage in the claim number's slot: same unit, not matched by any claim number."""
    # the rival value must belong to every name of the claim the passage ties to numbers; of the names the claim ties
    # to this number, when the passage ties them ("4.00 on ImgEdit-Bench and 7.42 on GEdit-Bench-EN" against "4.00
    # and 6.42 on the ImgEdit-Bench and GEdit-Bench-EN, respectively": 6.42 is GEdit-Bench-EN's alone)
    claim_keys = [k for k in claim.entity_keys if any(same_entity(key, k) for key, _, _ in view.bindings)]
    own = [k for k in claim_keys if any(key == k and claim.quantities[i] is quantity for key, i, _ in claim.bindings)]
    claim_keys = own or claim_keys
    holders = _holders(view, claim)
    tied = {
        i for i, bound in holders.items()
        if claim_keys and all(any(same_entity(b, k) for b in bound) for k in claim_keys)
    }
    for index, other in enumerate(view.quantities):
        if (
            any(values_match(q, other) for q in claim.quantities) or not _commensurate(quantity, other)
            or is_enumerator(view.text, other)
        ):
            continue
        # a claim with no name the passage ties to figures ("Storing one example per class yields gains of 17% to
        # 27%") may take a value tied to no name, beside others tied to names ("four ... benchmarks adapted to CL")
        if view.bindings and index not in tied and (claim_keys or index in holders) and not _rescaled(quantity, other):
            continue  # the passage ties this value to something the claim does not name
        if quantity.unit is not None and other.unit is not None and units_compatible(quantity.unit, other.unit):
            return other
        if _same_kind(quantity, other) and quantity.unit is None and other.unit is None:
            if _is_year(quantity):
                continue  # a year is not a measurement
            return other
    return None


_GLUED_LIST_RE = re.compile(r"[a-z]-[A-Z]")


def _same_things_counted(quantity: Quantity, view: Analysis, claim: Analysis) -> Quantity | None:
    """Another count the passage gives of what the claim's number counts, the counted words read after each number
    (the claim's with their translations): "trois jeux de données" against "two public data sets"."""
    # the head of each counted phrase: its last word ("text classification tasks"), with the claim's translations
    written = [w.lower() for w in _counted_words(claim, quantity)]
    if not written or written[-1] in _GENERIC_WORDS or quantity.unit in _NOT_COUNTS or quantity.unit in _MEASURES:
        return None
    head = written[-1].rstrip("s")
    mine = {head} | {w for t in claim.terms if head in t or written[-1] in t for w in t}
    mine |= {w.rstrip("s") for w in mine}

    def counts_mine(q: Quantity) -> bool:
        # ("five core encoders-Text, Image, ...": a dash glues the list that follows to the head)
        theirs = [
            (w.split("-", 1)[0] if _GLUED_LIST_RE.search(w) else w).lower() for w in _counted_words(view, q, limit=4)
        ]
        # "data sets" is the claim's "datasets"; the head may be followed by the verb ("two public corpora show")
        heads = {w.rstrip("s") for w in theirs[-2:]} | {"".join(pair).rstrip("s") for pair in zip(theirs, theirs[1:])}
        return bool(theirs) and bool(heads & mine)

    for other in view.quantities:
        if (
            other.unit in _NOT_COUNTS or other.unit in _MEASURES or _is_year(other) or not _commensurate(quantity, other)
            or not counts_mine(other)
        ):
            continue
        # the claim gives the passage's count elsewhere, of this thing or of nothing said ("Les deux modèles ... trois
        # jeux de données" against "two public data sets" still counts the data sets wrong)
        if any(values_match(q, other) and (not (counted := _counted_words(claim, q)) or counted == written)
               for q in claim.quantities if q is not quantity):
            continue
        return other
    return None


def _ends_of_one_range(view: Analysis, a: Quantity, b: Quantity) -> bool:
    """"a consistent 4-10% improvement over SFT": the name a range is tied to holds both of its ends."""
    low, high = sorted((a, b), key=lambda q: q.position)
    gap = (view.prepared or view.text)[low.position + len(low.text) : high.position]
    # (not "4.85 and 10.88 points": a list, whose values belong to the names listed after it in turn)
    return bool(RANGE_DASH_RE.fullmatch(gap)) and low.value < high.value and units_compatible(low.unit, high.unit)


def _firmly_elsewhere(view: Analysis, key: str, index: int, quantity: Quantity, claimed: tuple[Quantity, ...] = ()) -> bool:
    """The passage does not tie value ``index`` to ``key``, and ties ``key`` firmly to another value of its kind.

    "Chinchilla on MMLU by 41.3% to 35.7%, and PaLM on MATH with 20.4% versus 8.8%": 41.3% is not PaLM's.
    """
    if any(same_entity(k, key) for k, i, _ in view.bindings if i == index):
        return False
    firm = [
        view.quantities[i] for k, i, strong in view.bindings
        if strong and same_entity(k, key) and _same_kind(quantity, view.quantities[i]) and not values_match(quantity, view.quantities[i])
    ]
    # "passe de 27,3 % à 34,3 % avec DEI" against "27.3% ... a 34.3% resolve rate with DEI", "from 63.4% to 67.9% on
    # ANLI-A3" against "67.9% on ANLI-A3": the claim gives the name the passage's value too, the other end of a change
    if not firm or all(any(values_match(c, v) for c in claimed) for v in firm):
        return False
    if all(_ends_of_one_range(view, view.quantities[index], v) for v in firm):
        return False
    # a capitalised word that only opens the sentence ("Despite cost reductions of 37.29% to 67.81%") holds nothing
    common = {e.key for e in view.entities if e.initial and not e.strong}
    if any(strong and k not in common for k, i, strong in view.bindings if i == index):
        return True
    # "18.8% over the code-davinci-002 model, and more than 20% over the previous state of the art": the value is
    # measured against words, not a name, and the claim's name holds another value
    return measured_against_words(view, index)


def _parallel_holders(claim: Analysis, view: Analysis, key: str, other: str, index: int, quantity: Quantity) -> bool:
    """Two names of one shape that one sentence of the passage lists one after the other, each followed by its own
    figure: "GPT-3-davinci-003 ... solved 20% of the tasks; ChatGPT-4 ... solved 75%" gives 75% to ChatGPT-4 and
    not to GPT-3-davinci-003, of which the claim says it "a résolu 75 %". A name written after "on" or "in" is where
    something was measured (a benchmark); one the claim writes after its figure may be what it is measured against."""
    said = next((e.text for e in claim.entities if e.key == key), None)
    if said is None or not 0 <= (claim.prepared or claim.text).find(said) < quantity.position:
        return False
    entities = {e.key: e for e in view.entities if e.key in (key, other) and e.strong}
    if len(entities) != 2 or _name_shape(entities[key]) != _name_shape(entities[other]) or _kin(key, other):
        return False
    text = view.prepared or view.text
    places = {name: text.find(entity.text) for name, entity in entities.items()}
    if any(at < 0 for at in places.values()) or any(_measured_on(view, name) for name in places):
        return False
    given = view.quantities[index].position
    own = [
        view.quantities[i].position for k, i, _ in view.bindings
        if k == key and _same_kind(quantity, view.quantities[i]) and not values_match(quantity, view.quantities[i])
    ]
    in_order = any(
        places[key] < mine < places[other] < given or places[other] < given < places[key] < mine for mine in own
    )
    first, last = min(places.values()), max([given, *own])
    return in_order and not _stops(text, first, last)


def _holds_other_value(view: Analysis, key: str, quantity: Quantity) -> bool:
    """The passage ties ``key`` to some value of the same kind other than ``quantity``."""
    return any(
        same_entity(k, key) and _same_kind(quantity, view.quantities[i]) and not values_match(quantity, view.quantities[i])
        for k, i, _ in view.bindings
    )


def _name(view: Analysis, key: str) -> str:
    """The name as written; a capitalised word with its capitalised neighbours ("One Billion Word", not "Billion")."""
    entity = next((e for e in view.entities if e.key == key), None)
    if entity is None:
        return key
    if entity.strong:
        return entity.text
    run = re.search(rf"(?:(?<=\s)[A-Z][\w-]*\s)*{re.escape(entity.text)}(?:\s[A-Z][\w-]*\b)*", view.prepared or view.text)
    return run.group(0) if run else entity.text


_AMOUNTS = frozenset({"comparative_amount", "single_multiple"})
# what grows as the cost falls: "increased efficiency in terms of training time" is less training time
_INVERSE_MEASURES = frozenset({"efficiency", "efficient", "speed", "throughput"})


def _measured_inversely(theirs: frozenset[str], mine: frozenset[str]) -> bool:
    """One side's change is said of efficiency or speed, the other's of what they save (time, memory, cost)."""
    return bool(theirs & _INVERSE_MEASURES) != bool(mine & _INVERSE_MEASURES)


# words that count two without a digit
_BOTH_RE = re.compile(r"\bboth\s+(?:of\s+)?(?:the\s+|these\s+|our\s+)?([A-Za-z-]+)", re.IGNORECASE)


def _both_of(view: Analysis, quantity: Quantity) -> bool:
    """"Both models" where the claim counts two of them."""
    return any(
        word in quantity.context or word.rstrip("s") in quantity.context
        for word in (m.group(1).lower() for m in _BOTH_RE.finditer(view.prepared or view.text))
    )


_PAIR_WORD_RE = re.compile(r"\b(?:dual|twin|pair of|paire de|double)[\s-]", re.IGNORECASE)
_NOT_COUNTS = frozenset({"percent", "ratio", "times", "point"})
# units that measure (time, money, memory) rather than count things
_MEASURES = frozenset("second minute hour day week month year dollar euro byte gigabyte terabyte".split())


def _both_counts(a: Quantity, b: Quantity) -> bool:
    """Two counts of things, whatever the unit the analysis read ("30K expert votes", "3K conversations")."""
    return a.unit not in _NOT_COUNTS and b.unit not in _NOT_COUNTS and _commensurate(a, b)


def _same_unit(a: Quantity, b: Quantity) -> bool:
    """Two numbers of one unit, or both without one, whatever their sizes."""
    if _is_year(a) != _is_year(b):
        return False
    if a.unit is None or b.unit is None:
        return a.unit is b.unit
    return units_compatible(a.unit, b.unit)


def _same_kind(a: Quantity, b: Quantity) -> bool:
    """Two numbers that could say the same thing: same unit, or none and neither is a big count, or the claim's
    count of parameters against the passage's bare size (``a`` is the claim's)."""
    if not _commensurate(a, b) or _is_year(a) != _is_year(b):
        return False  # "Coronavirus Disease 2019": a year says when, not how many
    if a.unit is not None and b.unit is not None:
        return units_compatible(a.unit, b.unit)
    if a.unit is None and b.unit is None:
        # without units, compare only numbers of one order of magnitude class (scores vs sizes)
        return (a.value >= 1e5) == (b.value >= 1e5)
    # the passage's "Weaver Pro (14B)" is a size as much as the claim's "34 billion parameters" is (the claim's
    # first: a claim's bare "2.6B" may be anything)
    return a.unit == "parameter" and b.unit is None and b.scale >= 1e6


_FAR_APART = 30  # values this many times apart measure different things, unless one is the other at another scale


def _significant_digits(value: float) -> str:
    mantissa = f"{abs(value):.4e}".split("e")[0]
    return mantissa.replace(".", "").rstrip("0") or "0"


def _digit_slip(quantity: Quantity, view: Analysis, claim: Analysis, cited: Sequence[Source]) -> Quantity | None:
    """The passage's figure with the claim's digits at another power of ten, the claim's value nowhere in the
    sources it cites (an article's claim about one of its two papers: "70 million" is Chinchilla's smallest model,
    not a slip for LLaMA's 7B): "some 30,000 conversations" against "a new corpus of 3,000 dialogues", "750 000 exemples" against
    "75K ... instruction data", "environ 2 400 tables" against "24241 tables". A count under a hundred is left alone
    ("8 GPUs" is no slip for "80 GPUs")."""
    # a rounded claim ("environ 2 400", "plus de 140 000") keeps the leading digits only: within 5%
    tolerance = 0.05 if quantity.bound is not None else 1e-6
    for other in view.quantities:
        # (a share is no count: "0,7 % du total" against "0.07% of the total" is the same slip, when a word
        # around both says it is the same share)
        small = min(quantity.value, other.value) < 100 and not (
            quantity.unit == other.unit == "percent" and _context_overlap(quantity, other) >= 1
        )
        if not units_compatible(quantity.unit, other.unit) or _is_year(other) or small or min(quantity.value, other.value) <= 0:
            continue
        power = round(math.log10(quantity.value / other.value))
        if power == 0 or abs(quantity.value / (other.value * 10**power) - 1) > tolerance:
            continue
        if any(q is not quantity and values_match(q, other) for q in claim.quantities):
            continue  # the claim gives that figure too
        if any(values_match(quantity, q) for source in cited for sentence in _sentence_sketches(source) for q in sentence.quantities):
            continue
        return other
    return None


def _rescaled(a: Quantity, b: Quantity) -> bool:
    """One figure at two scales of a thousand ("120 000 milliards" for "120B" tokens), in one unit.

    Such a slip keeps the figure's digits and its unit, so the value is the claim's whatever name the
    passage ties it to."""
    if a.unit is None or a.unit != b.unit or min(a.value, b.value) <= 0 or not _commensurate(a, b):
        return False
    ratio = math.log10(max(a.value, b.value) / min(a.value, b.value))
    return abs(ratio - round(ratio)) < 1e-6 and round(ratio) in (3, 6, 9)


def _commensurate(a: Quantity, b: Quantity) -> bool:
    """Whether two numbers of one unit may be two values of one quantity.

    "trained on 500B tokens" and "sequences of 16k tokens" are both token counts, but no writer slips
    from one to the other; "1.1 million parameters" for "1.1B parameters" is a slip of scale, which
    keeps its digits.
    """
    if _other_measures(a, b):
        return False
    low, high = sorted((abs(a.value), abs(b.value)))
    if low == 0 or high / low < _FAR_APART:
        return True
    # a slip of scale keeps a figure's digits, not a small count's: "four tokens" is no slip for "4 million tokens"
    return low >= 100 and _significant_digits(a.value) == _significant_digits(b.value)


# words that tell two counts of one unit apart: "16 billion parameters in total" is not "2.8B activated parameters"
_MEASURE_QUALIFIERS = (
    frozenset("total overall".split()),
    frozenset("activate activated activating active actif actifs activé activés".split()),
)


def _other_measures(a: Quantity, b: Quantity) -> bool:
    """Both numbers say which measure of their unit they are, and not the same one."""
    said_a = {i for i, words in enumerate(_MEASURE_QUALIFIERS) if words & a.context}
    said_b = {i for i, words in enumerate(_MEASURE_QUALIFIERS) if words & b.context}
    return bool(said_a) and bool(said_b) and said_a.isdisjoint(said_b)


def _resolved(other: Comparison, subject: list[str], present: list[str], obj: Sequence[str] = ()) -> Comparison:
    """A passage comparison without a named subject ("It is on par with X", "our model outperforms X").

    Its subject is the thing the passage (or the paper's title) is about: when the claim's subject is
    named there and is not the comparison's object, the pronoun stands for it. When the claim's subject is the
    comparison's object, the pronoun stands for the claim's other side: "GPT-4 stays ahead of BiMediX2" against
    "it surpasses GPT-4".
    """
    if other.subject:
        return other

    def named(keys: Sequence[str]) -> tuple[str, ...]:
        return tuple(k for k in keys if k in present and not any(same_entity(k, o) for o in other.object))

    if named(subject):
        return dataclasses.replace(other, subject=named(subject))
    if any(same_entity(k, o) for k in subject for o in other.object) and named(obj):
        return dataclasses.replace(other, subject=named(obj))
    return other


_AT_LEAST_LEVEL_RE = re.compile(
    r"\b(?:at least|au moins)\s+(?:\w+\s+){0,2}?(?:on par|as good|as well|comparable|match|equal|rival|jeu égal|égal|"
    r"aussi bon|à la hauteur|au niveau)",
    re.IGNORECASE,
)
_SLIGHTLY_RE = re.compile(
    r"\b(?:slightly|marginally|narrowly|by a (?:hair|whisker)|légèrement|de peu|de justesse|d'une courte tête|d'un cheveu)\b",
    re.IGNORECASE,
)


def _partners_crossed(direction: str, subject: list[str], obj: list[str], view: Analysis) -> str | None:
    """The passage compares the claim's subject with another name, and its object with another subject, the same
    way: "JudgeLRM-3B devance DeepSeek-R1, tandis que JudgeLRM-7B dépasse GPT-4" against "JudgeLRM-3B surpasses
    GPT-4, and JudgeLRM-7B outperforms DeepSeek-R1"."""
    if not subject or not obj:
        return None

    def meets(keys, others) -> bool:
        return any(same_entity(k, o) for k in keys for o in others)

    theirs = view.comparisons
    with_subject = [c for c in theirs if c.direction == direction and meets(subject, c.subject) and c.object and not meets(obj, c.object)]
    with_object = [c for c in theirs if c.direction == direction and meets(obj, c.object) and c.subject and not meets(subject, c.subject)]
    if with_subject and with_object:
        first, second = with_subject[0], with_object[0]
        return (
            f"The source compares {_name(view, first.subject[0])} with {_name(view, first.object[0])}, and "
            f"{_name(view, second.subject[0])} with {_name(view, second.object[0])}."
        )
    return None


def _compare(direction: str, subject: list[str], obj: list[str], other) -> str:
    """How a claim comparison stands against one in the passage: same, reversed, mismatch or unrelated."""

    def meets(keys: list[str], others: tuple[str, ...]) -> bool:
        return any(same_entity(k, o) for k in keys for o in others)

    forward = meets(subject, other.subject) and (meets(obj, other.object) if obj else True)
    backward = bool(obj) and meets(subject, other.object) and meets(obj, other.subject)
    if forward and other.direction == direction and (obj or not other.object or direction != "="):
        # "X fait mieux que lui" is what "X exceeds GPT-3" says, the other side left to the sentence ("of comparable
        # size" without a side compares nothing)
        return "same"
    if forward and (obj or not other.object):
        if {other.direction, direction} == {">", "<"}:
            return "reversed"
        return "mismatch"
    if backward:
        if direction == "=" and other.direction == "=":
            return "same"
        if {other.direction, direction} == {">", "<"}:
            return "same"
        if other.direction == direction:
            return "reversed"
        return "mismatch"
    return "unrelated"


def _distinct_scope(analysis: Analysis, name: str, side: str, scope: frozenset[str]) -> frozenset[str]:
    """A pole's scope without the words the other side of the pair is also said of, in the same text (stems)."""
    others = [s for n, sd, s in analysis.poles if n == name and sd != side]
    stems = _stems(scope)
    if not others:
        return stems
    rest = stems - _stems(frozenset().union(*others))
    return rest or stems


def _sides_opposed(claim: Analysis, view: Analysis) -> tuple[str, str] | None:
    """A comparison whose sides, read by their words, the passage gives the other way round, or with one ahead
    where the claim puts them on a level: the reason's code and message."""
    for said in comparison_sides(claim.text, claim.language):
        # what tells the sides apart: words of one side only, and not words every side of the field has
        subject = said.subject - said.object - _SIDE_GENERIC - _SIDE_MANNER
        obj = said.object - said.subject - _SIDE_GENERIC - _SIDE_MANNER
        # "la méthode reste en deçà des meilleurs systèmes": a side that is only "the method" is the paper's own
        own = _only_the_method(said)
        if (not subject and not own) or not obj:
            continue
        for other in comparison_sides(view.text, view.language):
            their_subject, their_object = other.subject - other.object, other.object - other.subject
            if not other.subject:
                # "It even outperforms the teacher": the pronoun stands for the claim's side the passage writes
                # before it, when that side is not the one it is compared with
                if not subject or subject & their_object or not _said_before(view, subject, other.text):
                    continue
                their_subject = subject
            theirs_own = their_subject - _SIDE_MANNER <= _OWN_SIDE | _SIDE_GENERIC
            # the subject the passage names far before its cue ("Contrastive Decoding -- a simple ... method proposed
            # by Li et al 2022 -- achieves large improvements over greedy decoding")
            # (not a capitalised word opening the sentence: "Experimental results show that our method outperforms")
            initials = {e.key for e in view.entities if e.initial}
            far = [key for c in view.comparisons if c.cue == other.cue for key in c.subject if key not in initials]
            their_subject = their_subject | (frozenset(w for key in far for w in key.split("-")) - their_object)
            # quoted from the name to the cue's side: "Contrastive Decoding ... achieves large improvements over ..."
            shown = other.text
            if far and _name(view, far[0]) not in other.text:
                shown = f"{_name(view, far[0])} ... {_DASHED_ASIDE_RE.split(other.text)[-1]}"
            if theirs_own:
                # "Our models outperform open-source chat models": the paper's own system, which the passage names
                # ("Our fine-tuned LLMs, called Llama 2-Chat")
                their_subject = their_subject | (_name_words(view) - their_object)
                # "Experimental results show that both models can significantly outperform ...": the models the
                # passage described before its comparison ("a sequential convolutional network and ...")
                if subject and not subject & their_object and _said_before(view, subject, other.text):
                    their_subject = their_subject | subject
            if own:
                # the claim's "method" and the passage's "our proposed method" are one side
                forward, backward = theirs_own and bool(obj & their_object), False
            else:
                forward = bool(subject & their_subject and obj & their_object)
                backward = bool(subject & their_object and obj & their_subject)
                if not forward and not backward and their_subject and not obj & their_object:
                    # the claim's side ahead is the passage's side behind, its rival described where the passage names
                    # it: "the ontology-based method edges out the deep learning model" against "Att-BiLSTM
                    # outperforms the ontology model"
                    backward = bool(subject & their_object) and not subject & their_subject
            if forward == backward:
                continue
            if said.direction == "=":
                # "traditional IR runs held their own against deep learning runs" against "deep learning runs
                # significantly outperformed traditional IR runs"
                if other.direction != "=":
                    return "direction_mismatch", f"The source says '{shown}', not that the two are on a level."
                continue
            if (backward and other.direction == said.direction) or (forward and {other.direction, said.direction} == {">", "<"}):
                return "direction_reversed", f"The source says '{shown}'; the claim has it the other way round."
    return None


@dataclass(frozen=True)
class _WrittenAt:
    """Words where a text writes them, placed like a figure by ``_placed_by_figure``."""

    position: int
    text: str


def _said_in_another_setting(claim: Analysis, view: Analysis) -> str | None:
    """The claim's comparison, where the passage says another one in the claim's setting: "With the full training
    data, prefix-tuning clearly outperforms fine-tuning" against "obtains comparable performance in the full data
    setting, outperforms fine-tuning in low-data settings". The passage writes one cue of the claim's direction and
    one of another, once each; the claim's words outside the two sides of its comparison ("full") go with the
    other cue as ``_placed_by_figure`` places words around figures, and none with the claim's."""
    directions = {c.direction for c in claim.comparisons}
    if len(directions) != 1 or claim.quantities:
        return None
    text = view.prepared or view.text
    written = []
    for comparison in view.comparisons:
        found = _cue_written(text, comparison.cue)
        if len(found) == 1:
            written.append((comparison.direction, _WrittenAt(found[0].start(), found[0].group())))
    same = [at for direction, at in written if direction in directions]
    # (ahead against level: the claim's inflation or deflation of the passage's result)
    other = [at for direction, at in written if direction not in directions and "=" in directions | {direction}]
    if len(same) != 1 or len(other) != 1:
        return None
    sides = comparison_sides(claim.text, claim.language)
    on_sides = _stems(frozenset().union(*(side.subject | side.object for side in sides))) if sides else frozenset()
    names = _stems(claim.entity_keys)
    cues = _stems(frozenset(word for c in claim.comparisons for word in c.cue.split()))
    mine = frozenset().union(*(_stems(term) for _, term in claim.placed_terms)) - on_sides - names - cues
    cue_offsets = (other[0].position, same[0].position)
    placed = [p for p in _placed_by_figure(view, other[0], same[0]) if p.offset not in cue_offsets]
    with_other = [p for p in placed if p.figure == "a" and p.stems & mine and not p.outside]
    if with_other and not any(p.figure == "b" and p.stems & mine for p in placed):
        word = re.match(r"[\w-]+", text[with_other[0].offset :]).group()
        return f"The source says '{other[0].text}' with '{word}', and '{same[0].text}' of something else."
    return None


def _said_before(view: Analysis, words: frozenset[str], comparison: str) -> bool:
    """Some of ``words`` are written in the passage before the comparison written ``comparison``."""
    text = view.prepared or view.text
    at = text.find(comparison)
    return at > 0 and any(offset < at and terms & words for offset, terms in view.placed_terms)


_DASHED_ASIDE_RE = re.compile(r"\s(?:--|—|–)\s")


def _behind_a_new_best(claim: Analysis, view: Analysis) -> tuple[str, str] | None:
    """A claim that puts its subject behind the state of the art where the passage says it sets a new one: "Make-A-Video
    reste en retrait de l'état de l'art" against "Make-A-Video sets the new state-of-the-art in text-to-video"."""
    sides = comparison_sides(claim.text, claim.language)
    if not any(said.direction == "<" and "best" in said.object for said in sides):
        return None
    for found in _NEW_BEST_RE.finditer(view.text):
        start, end = _sentence_start(view.text, found.start()), _sentence_end(view.text, found.end())
        sentence = view.text[start:end].strip()
        # said of the claim's subject: a name of the claim in the sentence, or the paper's own work
        keys = sketch(sentence, view.language).entity_keys
        # (a claim that names nothing speaks of what the passage, about it, speaks of)
        named = any(same_entity(k, v) for k in claim.entity_keys for v in keys)
        if not claim.entity_keys or named or _OWN_WORK_RE.search(sentence):
            return "direction_reversed", f"The source says '{sentence}': ahead of the state of the art, not behind it."
    return None


# "sets the new state-of-the-art", "achieves state-of-the-art performance", "and new state-of-the-art 91.0% top-1",
# "outperforms the state-of-the-art methods"
_NEW_BEST_RE = re.compile(
    r"\b(?:(?:sets?|setting|achieves?|achieving|establish(?:es|ing)?|reach(?:es|ing)?|attains?|obtains?)\s+"
    r"(?:a\s+|the\s+)?(?:new\s+)?|new\s+|(?:outperform|surpass|beat)\w*\s+(?:the\s+)?(?:current\s+|existing\s+)?)"
    r"state[- ]of[- ]the[- ]art\b",
    re.IGNORECASE,
)


def _only_the_method(said) -> bool:
    """A side written as nothing but "the method", "le modèle", "the new approach": the paper's own system."""
    cue = re.search(rf"(?<!\w){re.escape(said.cue.split()[0])}(?!\w)", said.text.lower())  # not the "en" of "montrent"
    words = re.findall(r"[^\W\d_]+", said.text[: cue.start() if cue else 0].lower())
    named = [w for w in words if w not in _SIDE_FILLERS and w not in _SIDE_MANNER]
    return bool(named) and all(w in _OWN_SIDE or w in _SIDE_GENERIC for w in named)


_SIDE_FILLERS = frozenset(
    "the a an this its their new proposed le la les l un une ce cette son sa ses leur nouveau nouvelle proposé proposée "
    "is are was were est sont of de du des d study paper authors team étude article auteurs équipe "
    # "Les résultats montrent un modèle légèrement en retrait": what reports the comparison is not its side
    "results result experiments show shows showed résultats expériences montrent montre indiquent".split()
)


def _only_on_a_level(claim: Analysis, view: Analysis) -> tuple[str, str] | None:
    """A claim that puts one side ahead of (or behind) what the passage only ever says it is level with.

    "The byte-based model falls well short of the monolingual baselines" against "matches the performance of our
    monolingual baselines"; the sides are read by their words, the second side being what tells them apart.
    """
    # ("fait jeu égal avec, voire dépasse": "voire", "or even" put it ahead at most, on a level at least)
    ahead = [
        said for said in comparison_sides(claim.text, claim.language)
        if said.direction != "=" and not said.cue.startswith(("voire ", "or even ", "ou même "))
    ]
    if not ahead:
        return None
    theirs = comparison_sides(view.text, view.language)
    # a name the claim compares with must be the one the passage compares with: GPT-4o is not GPT-4o-mini
    named = {key for comparison in claim.comparisons for key in comparison.object}

    def same_names(other) -> bool:
        if not named:
            return True
        # the side as read may stop short of the name ("competitive with next-tier larger 1.5B, 3B, 7B models
        # fine-tuned using CoT distillation"): up to the end of its sentence
        text = view.text
        at = text.find(other.text)
        side = text[at : _sentence_end(text, at + len(other.text))] if at >= 0 else other.text
        keys = sketch(side, view.language).entity_keys
        return all(any(name == key or generalises(key, name) for key in keys) for name in named)

    for said in ahead:
        obj = _stems(said.object - said.subject - _SIDE_GENERIC)
        if not obj:
            continue
        shared = {
            index: len(obj & _stems(other.object - other.subject - _SIDE_GENERIC))
            for index, other in enumerate(theirs) if same_names(other)
        }
        # the passage's rival most like the claim's: "competitive with state-of-the-art auto-encoders" is the claim's
        # "state-of-the-art auto-encoders", not "existing auto-encoders" it outperforms elsewhere
        most = max(shared.values(), default=0)
        against = [theirs[index] for index, n in shared.items() if n and n == most]
        if against and all(other.direction == "=" for other in against):
            return "direction_mismatch", f"The source says '{against[0].text}': the two are on a level."
    return None


_OWN_SIDE = frozenset("our ours we notre nos model models method approach system llm llms modèle modèles méthode".split())


def _name_words(view: Analysis) -> frozenset[str]:
    """The words of the names a passage gives, as a side read by its words has them."""
    return frozenset(word for entity in view.entities for word in re.findall(r"[^\W\d_]+", entity.text.lower()))


# words of a side that say how, not which: "both models can significantly outperform", "restent légèrement en deçà"
_SIDE_MANNER = frozenset(
    "significantly substantially considerably markedly greatly clearly slightly consistently still even also both can "
    "largely far well remain remains rest reste restent rester légèrement nettement largement significativement "
    "considérablement systématiquement toujours encore aussi deux show shows showed demonstrate demonstrates report "
    "reports achieve achieves".split()
)
_SIDE_GENERIC = frozenset(
    "model models method methods approach approaches system systems baseline baselines those ones one work "
    "modèle modèles méthode méthodes approche approches système systèmes ceux celles".split()
)


def _compared_with_terms(claim: Analysis) -> frozenset[str]:
    """The terms after "than", "compared to", "que" after a comparative, up to the end of the phrase, and only
    there in the claim."""
    text = claim.prepared or claim.text
    spans = []
    for match in _THAN_RE.finditer(text):
        if match.group(1) and not _COMPARATIVE_BEFORE_RE.search(text, max(0, match.start() - 40), match.start()):
            continue  # "montrent que": a clause, not the other side of a comparison
        spans.append(_phrase_after(text, match.end()))
    return _only_in_spans(claim, spans)


def _denied_of_its_subject(view: Analysis) -> frozenset[str]:
    """What a passage denies, but not of what its subject beats."""
    return view.negated_terms - _beaten_terms(view)


def _beaten_terms(analysis: Analysis) -> frozenset[str]:
    """The terms of what a text's subject is ahead of, from the comparison's cue to the end of the phrase, and only
    there: "MetaICL outperforms a range of baselines including in-context learning without meta-training"."""
    text = analysis.prepared or analysis.text
    spans = [
        _phrase_after(text, match.end())
        for cue in {c.cue for c in analysis.comparisons if c.direction == ">"} for match in _cue_written(text, cue)
    ]
    return _only_in_spans(analysis, spans) if spans else frozenset()


def _cue_written(text: str, cue: str) -> list[re.Match[str]]:
    """Where a text writes a comparison cue, as a lemma ("outperform") or inflected ("outperforms")."""
    return list(re.finditer(rf"\b{re.escape(cue)}\w*", text, re.IGNORECASE))


def _contrasted_terms(analysis: Analysis) -> frozenset[str]:
    """The terms after "unlike", "in contrast to", "contrairement à", up to the end of the phrase, and only there:
    the other side a text sets its subject apart from."""
    text = analysis.prepared or analysis.text
    return _only_in_spans(analysis, [_phrase_after(text, m.end()) for m in _SETTING_APART_RE.finditer(text)])


def _phrase_after(text: str, at: int) -> tuple[int, int]:
    end = _PHRASE_END_RE.search(text, at)
    return at, end.start() if end else len(text)


def _only_in_spans(analysis: Analysis, spans: list[tuple[int, int]]) -> frozenset[str]:
    inside = [terms for offset, terms in analysis.placed_terms if any(a <= offset < b for a, b in spans)]
    outside = [terms for offset, terms in analysis.placed_terms if not any(a <= offset < b for a, b in spans)]
    return frozenset().union(*inside) - frozenset().union(*outside)


def _deny_alike(claim: Analysis, view: Analysis) -> bool:
    """Both texts deny a word: the claim likely restates the passage's denial, in other words. What each sets its
    subject apart from is not a denial of the subject ("unlike mixture-of-experts, DUS demands ..." against "in
    contrast to mixture-of-experts (MoE), DUS does not require ...")."""
    denied = claim.negated_terms - _contrasted_terms(claim)
    # "ne partage pas ses paramètres" against "unshared parameters": the passage denies it with a prefix
    return bool(denied & (view.negated_terms - _contrasted_terms(view))) or any(
        len(word) >= 4 and _prefix_denied(word, view) for word in denied
    )


_THAN_RE = re.compile(r"\b(?:(que|qu')|than|compared (?:to|with)|versus|vs\.?|contre|par rapport (?:à|aux?))(?=\W)", re.IGNORECASE)
_COMPARATIVE_BEFORE_RE = re.compile(r"\b(?:plus|moins|mieux|meilleure?s?|pires?|aussi|autant)\b[^.,;]*$", re.IGNORECASE)
_PHRASE_END_RE = re.compile(r"[,;:.!?]|\s(?:and|et|but|mais|while|tandis)\s")
_SETTING_APART_RE = re.compile(rf"\b(?:{'|'.join(SETTING_APART)})\b", re.IGNORECASE)


def _replaced_in_list(claim: Analysis, view: Analysis, source_vocabulary) -> str | None:
    """A pair of words the passage pairs too, one of them replaced by a word the source never uses: "in biomedicine
    and finance" against "two domains, biomedicine and food"."""
    for first, second in _pairs(claim, after_preposition=True):
        for theirs in _pairs(view):
            for kept, swapped in ((first, second), (second, first)):
                for same, other in ((theirs[0], theirs[1]), (theirs[1], theirs[0])):
                    if not (kept[0] & same[0]) or swapped[0] & other[0]:
                        continue
                    if swapped[0] & source_vocabulary or other[0] & claim.vocabulary:
                        continue
                    if claim.language == "fr" and not any(not alt.startswith(swapped[1][:4].lower()) for alt in swapped[0]):
                        continue  # a French word the lexicon does not translate may be the source's word in French
                    return f"The source pairs {same[1]} with {other[1]}, not with {swapped[1]}."
    return None


def _pairs(analysis: Analysis, *, after_preposition: bool = False) -> list[tuple[tuple[frozenset[str], str], tuple[frozenset[str], str]]]:
    """Two content words joined by "and"/"et" ("biomedicine and food", "en anglais et en japonais"), each with its
    alternatives and as written; ``after_preposition``: only a pair a preposition opens ("in biomedicine and
    finance"), a pair of things rather than of verbs or qualities ("pré-entraîné et injecte")."""
    text = analysis.prepared or analysis.text
    at = {offset: terms for offset, terms in analysis.placed_terms}
    found = []
    for match in _PAIR_RE.finditer(text):
        if after_preposition and not _PREPOSITION_BEFORE_RE.search(text, max(0, match.start() - 12), match.start()):
            continue
        a, b = at.get(match.start(1)), at.get(match.start(2))
        if a and b and not (a & b):
            found.append(((a, match.group(1)), (b, match.group(2))))
    return found


_PREPOSITION_BEFORE_RE = re.compile(r"\b(?:in|on|across|between|of|en|sur|entre|dans|de|d'|des)\s+(?:the\s+|le\s+|la\s+|les\s+|l')?$", re.IGNORECASE)
_PAIR_RE = re.compile(r"\b([^\W\d_][\w-]{2,}) (?:and|et) (?:(?:in|en|on|sur) )?([^\W\d_][\w-]{2,})\b")


def _polarity_conflicts(claim: Analysis, view: Analysis, *, strict: bool = False) -> list[tuple[Reason, float]]:
    """Negation, opposite properties, "only" against a list, "all" against "some".

    ``strict``: the passage names the claim's entities but shares few of its
    words; only opposite properties about the same thing count then.
    """
    conflicts = []
    # "PrefixQuant has to retrain the model" against "isolates outlier tokens offline without re-training": one
    # word is enough here, since the claim says it is needed and the source that it is done without
    done_without = _met_by(claim.required_terms - claim.negated_terms, view.negated_terms)
    if _terms_touched(claim, done_without) >= 1:
        word = sorted(done_without)[0]
        conflicts.append((Reason("negated", f"The source does without '{word}'; the claim says it is needed."), 0.65))
    # "without any quantization" against "With low-bit quantization, our Imp model can be deployed": what the
    # claim does without, the source does with, in so many words
    done_with = _done_with(claim, view)
    if done_with:
        conflicts.append((Reason("negated", f"The source does it with '{done_with}'; the claim says without."), 0.65))
    # poles are a set: walked in a fixed order, so the reported property does not depend on the hash seed
    poles = sorted(claim.poles, key=lambda pole: (pole[0], pole[1], sorted(pole[2])))
    if _EITHER_AMOUNT_RE.search(claim.text):
        # "a larger or smaller model": either side, so neither is opposed
        both = {name for name, side, _ in poles if any(n == name and sd != side for n, sd, _ in poles)}
        poles = [pole for pole in poles if pole[0] not in both]
    # the passage names a system the claim names: a whole system's property is said of it
    names_it = any(same_entity(k, v) for k in claim.entity_keys for v in view.entity_keys)
    if strict:
        for name, side, scope in poles:
            other = _other_side(side)
            if name in _AMOUNTS and not any(n == name and sd == other and s & scope for n, sd, s in view.poles):
                continue  # "more" and "fewer" must be said of the same words
            # a whole system's property with no words of its own is said of the passage's subject, which it names; one
            # the claim says of a system the passage names is said of it whatever the words around it ("Kimi-VL est
            # un modèle dense" against "Kimi-VL, an efficient open-source Mixture-of-Experts (MoE) model")
            named = name in whole_pairs() and names_it
            if any(
                n == name and sd == other and (n, sd) not in view.class_poles
                and (s & scope or not scope or s & claim.entity_keys or (not s and name in whole_pairs()) or named)
                for n, sd, s in view.poles
            ) and not any(
                n == name and sd == side for n, sd, _ in view.poles
            ):
                conflicts.append((Reason("antonym", f"The source says the opposite ({name.replace('_', ' ')})."), 0.6))
                break
        claim_vocabulary = set().union(*claim.terms) if claim.terms else set()
        denied = (_denied_of_its_subject(view) & (claim_vocabulary - _compared_with_terms(claim))) - claim.negated_terms
        if (
            _terms_touched(claim, denied) >= 2 and not _deny_alike(claim, view)
            and not _said_outside_denial(denied, view)
        ):
            # "GPT-3 is applied without any gradient updates or fine-tuning" against "fine-tuned by gradient descent"
            word = sorted(denied)[0]
            conflicts.append((Reason("negated", f"The source denies '{word}'; the claim asserts it."), 0.65))
        return conflicts + _listed_with_others(claim, view)
    claim_words = set().union(*claim.terms) if claim.terms else set()
    claim_vocabulary = claim_words | claim.entity_keys
    # "non adapté" against "adapted and unadapted": the source's prefix denies the word too
    # "rather than hunting for one perfect prompt, ... gathers several imperfect prompts": a word the claim also
    # says outside its denial is not what it denies
    said_twice = {w for w in claim.negated_terms if sum(1 for _, terms in claim.placed_terms if w in terms) >= 2}
    # "Instead of storing a full copy for every task, prefix-tuning ..." against "fine-tuning ... necessitates storing a
    # full copy for each task": what the claim sets aside for an alternative, the source may say of that alternative
    asserted_negated = {
        w for w in (claim.negated_terms & view.vocabulary) - view.negated_terms - said_twice - claim.set_aside_terms
        if not _prefix_denied(w, view) and not _said_of_little(w, view) and not _said_of_earlier_work(w, view)
    }
    # "plus vite que les modèles récurrents": what the claim's subject is compared with is not said of it; nor is
    # what the passage's subject beats ("outperforms baselines including in-context learning without meta-training")
    denied_asserted = (
        _denied_of_its_subject(view) & (claim_vocabulary - _compared_with_terms(claim))
    ) - claim.negated_terms
    # one shared word is not enough to say the source denies the claim ("task-specific" vs "task")
    if _terms_touched(claim, asserted_negated) < 2:
        asserted_negated = set()
    if _terms_touched(claim, denied_asserted) < 2 or _said_outside_denial(denied_asserted, view):
        denied_asserted = set()
    # "OmniGen2 shares its parameters" against "utilizing unshared parameters": a word the passage only ever writes
    # with a prefix that denies it
    # ("sans perte notable" is the passage's "insignificant impact": a word of degree a claim denies is denied too)
    prefixed = sorted(
        word for word in (
            _long_claim_words(claim) - claim.negated_terms - _hyphen_denied(claim)
            - (DEGREE_WORDS if claim.negation_cues else frozenset())
        )
        & _unprefixed_words(view) if not _said_plainly(word, view)
    )
    if asserted_negated and not _deny_alike(claim, view):
        word = sorted(asserted_negated)[0]
        conflicts.append((Reason("negated", f"The claim denies '{word}'; the source asserts it."), 0.65))
    elif denied_asserted and not _deny_alike(claim, view):
        word = sorted(denied_asserted)[0]
        conflicts.append((Reason("negated", f"The source denies '{word}'; the claim asserts it."), 0.65))
    elif prefixed:
        conflicts.append((Reason("negated", f"The source denies '{prefixed[0]}' with a prefix; the claim asserts it."), 0.6))
    # "dense models as well as a Mixture-of-Experts model": a claim that says both sides of a pair opposes neither
    # (said of the same words: "open-sourced the code but kept the weights private" says each of another thing)
    both_sides = {
        name for name, side, scope in poles
        if side == "a" and name not in _AMOUNTS
        and any(n == name and sd == "b" and (s & scope or not s or not scope) for n, sd, s in poles)
    }
    for name, side, scope in poles:
        other = _other_side(side)
        if name in both_sides:
            continue

        def same_thing(s: frozenset[str]) -> bool:
            # the two properties are about one thing: shared words, or a name of the claim in the passage's scope
            # ("OLMoE-1B-7B ... sparse" against "OLMoE-1B-7B is a dense model"); a claim property with no scope
            # of its own ("X is a decoder-only model") is about its subject, wherever the passage names it
            return (
                bool(s & scope) or not (s or scope) or bool(s & claim.entity_keys) or (not scope and names_it)
                # a property of the whole system said of a part the claim names: "The code behind X has been kept
                # closed-source" against "The code is open-source"
                or (name in whole_pairs() and (bool(s & claim_words) or names_it))
                # "We publicly release our dataset and model" against a claim that names nothing ("les auteurs
                # réservent leur modèle à un usage interne"): both speak of the paper's own work
                or (name in whole_pairs() and not s and not claim.entity_keys and bool(_OWN_WORK_RE.search(view.text)))
            )

        if name in _AMOUNTS:
            # "more" and "fewer" are said of everything: the two must be said of the same words; when a text says
            # both, of the words that tell its two sides apart ("higher rates to early layers and lower rates to
            # later ones" against "low dropout rates for earlier layers and higher dropout rates for later layers")
            mine = _distinct_scope(claim, name, side, scope)
            opposed = [t for n, sd, s in view.poles if n == name and sd == other and (t := _distinct_scope(view, name, sd, s)) & mine]
            agreeing = [t for n, sd, s in view.poles if n == name and sd == side and (t := _distinct_scope(view, name, sd, s)) & mine]
            if opposed and not agreeing:
                conflicts.append((Reason("antonym", f"The source says the opposite ({name.replace('_', ' ')})."), 0.6))
                break
            continue
        # the passage's sides, the change of an efficiency turned round when the claim's is of what it saves
        their_sides = [
            (n, _other_side(sd) if n == "change_direction" and _measured_inversely(s, scope) else sd, s)
            for n, sd, s in view.poles
        ]
        # a property said of a class of others ("most open models") is not the passage's
        opposed = [
            s for n, sd, s in their_sides
            if n == name and sd == other and (n, sd) not in view.class_poles and same_thing(s)
        ]
        # (a side said of the claim's words up to inflection agrees: "small reasoning models" and "Small Reasoners")
        agreeing = [
            s for n, sd, s in their_sides if n == name and sd == side and (same_thing(s) or _stem_overlap(s, scope))
        ]
        # "lowers the ratio of local to global attention layers" against "reduce the KV-cache memory ... by increasing
        # the ratio of local to global attention layers": the side said of more of the claim's words is the one
        if opposed and agreeing and max(len(s & scope) for s in opposed) > max(_stem_overlap(s, scope) for s in agreeing) + 1:
            agreeing = []
        if opposed and not agreeing:
            conflicts.append((Reason("antonym", f"The source says the opposite ({name.replace('_', ' ')})."), 0.6))
            break
    exclusive = claim.exclusive_terms & view.vocabulary
    if (
        exclusive
        # a French word brings its English translations along: across languages two words found are enough
        and (len(exclusive) * 2 >= len(claim.exclusive_terms - _generic()) or (claim.language != view.language and len(exclusive) >= 2))
        and not view.exclusive_terms  # the source says "only" or "alone" too: the claim likely restates it
        # "à décodeur seul" is the source's "decoder-only", a kind of architecture, not a single one
        and not claim.exclusive_terms & {m.lower() for m in _ONLY_COMPOUND_RE.findall(view.text)}
        and _lists_more(view)
    ):
        conflicts.append((Reason("exclusivity", "The claim says 'only'; the source names more than one."), 0.6))
    else:
        conflicts.extend(_listed_with_others(claim, view))
    # "lags behind in every key domain" against "in some domains": "some" said of what the claim says "every" of;
    # "always", "systématiquement" are said of the whole statement, and any "some" of the passage limits it
    said_of_all = [terms for kind, cue, terms in claim.quantifiers if kind == "all"]
    of_everything = any(cue in _QUANTIFYING_ADVERBS for kind, cue, _ in claim.quantifiers if kind == "all")
    if (
        said_of_all
        and not any(kind == "all" for kind, _, _ in view.quantifiers)
        and any(
            kind in ("some", "most") and (of_everything or cue in _QUANTIFYING_ADVERBS or any(terms & mine for mine in said_of_all))
            for kind, cue, terms in view.quantifiers
        )
    ):
        conflicts.append((Reason("quantifier_mismatch", "The claim says all; the source says some or most."), 0.6))
    # "managed to solve a few tasks" against "solved no tasks": "none" said of what the claim says some of
    said_of_some = [terms for kind, _, terms in claim.quantifiers if kind != "none"]
    if said_of_some and not any(kind == "none" for kind, _, _ in claim.quantifiers) and not claim.negated_terms:
        theirs = [(kind, terms) for kind, _, terms in view.quantifiers if any(terms & mine for mine in said_of_some)]
        if theirs and all(kind == "none" for kind, _ in theirs):
            conflicts.append((Reason("quantifier_mismatch", "The claim says some; the source says none."), 0.6))
    part = _part_of_the_whole(claim, view) if said_of_all else None
    if part:
        conflicts.append((Reason("quantifier_mismatch", part), 0.7))
    return conflicts


_PART_OF_WHOLE_RE = re.compile(r"\b(\d+)\s+(?:of|out of|sur)\s+(?:the\s+|les\s+)?(\d+)\b")


def _part_of_the_whole(claim: Analysis, view: Analysis) -> str | None:
    """"On all ten benchmarks" against "on 9 of 10 benchmarks": the whole the claim gives, of which the source
    says only a part."""
    counts = {q.value for q in claim.quantities}
    for match in _PART_OF_WHOLE_RE.finditer(view.prepared or view.text):
        part, whole = int(match.group(1)), int(match.group(2))
        if part < whole and whole in counts and part not in counts:
            return f"The claim says all {whole}; the source says '{match.group(0)}'."
    return None


_ONLY_COMPOUND_RE = re.compile(r"\b([A-Za-z]+)-only\b")
_EITHER_AMOUNT_RE = re.compile(
    r"\b(?:more|less|fewer|larger|smaller|bigger|higher|lower|plus|moins)\s+(?:or|ou)\s+"
    r"(?:more|less|fewer|larger|smaller|bigger|higher|lower|plus|moins)\b",
    re.IGNORECASE,
)
# quantifiers said of a whole statement, not of the words after them
_QUANTIFYING_ADVERBS = frozenset(
    "always systematically invariably universally sometimes generally mostly largely toujours systématiquement invariablement "
    "parfois généralement majoritairement".split()
) | {"in every case", "in all cases", "dans tous les cas", "à chaque fois", "across the board", "without exception",
   "sur toute la ligne", "sans exception"}


def _done_with(claim: Analysis, view: Analysis) -> str | None:
    """The noun the claim writes after "without" ("sans") and the passage after "with" ("avec"), a word or two of
    its own between."""
    for match in _WITHOUT_RE.finditer(claim.text):
        if _WITH_OR_BEFORE_RE.search(claim.text, max(0, match.start() - 12), match.start()):
            continue  # "with or without episodic memory": either way, nothing done without
        noun = match.group(1).lower()
        if len(noun) < 5:
            continue
        stem = _stem(noun)
        for found in _WITH_RE.finditer(view.text):
            if _COMPARED_BEFORE_WITH_RE.search(view.text, max(0, found.start() - 20), found.start()):
                continue  # "compared with fine-tuning", "on par with": another side, not what it is done with
            words = found.group(0).split()
            at = next((i for i, word in enumerate(words) if _stem(word.lower().strip("-")) == stem), None)
            if at is not None:
                return " ".join(words[: at + 1])
    return None


_WITH_OR_BEFORE_RE = re.compile(r"\b(?:with|avec)\s+(?:or|and|ou|et)\s+$", re.IGNORECASE)
_WITHOUT_RE = re.compile(
    r"\b(?:without|sans)\s+(?:any\s+|the\s+|a\s+|aucune?\s+|le\s+|la\s+|les\s+)?([^\W\d_]+)", re.IGNORECASE
)
_COMPARED_BEFORE_WITH_RE = re.compile(
    r"\b(?:compared|comparison|comparable|competitive|par|line|consistent|contrast|compare|comparé|comparaison|égalité)"
    r"\s*$",
    re.IGNORECASE,
)
_WITH_RE = re.compile(r"(?<![\w-])(?:with|avec)\s+((?:[\w-]+\s+){0,2}[\w-]+)", re.IGNORECASE)


def _met_by(words: frozenset[str], others: frozenset[str]) -> set[str]:
    """The words of ``words`` that ``others`` has, up to inflection and a prefix of repetition ("retrain", "training")."""
    stems = {_stem(w) for w in others if len(w) >= 4}
    return {
        w for w in words
        if w in others or (len(w) >= 4 and _stem(w) in stems) or (w.startswith("re") and len(w) >= 6 and _stem(w[2:]) in stems)
    }


# a claim that opens on a likeness: "Like HuBERT, w2v-BERT goes through ...", "Comme les approches classiques, ..."
# "Whereas previous language-based planners only consider ..., Text2Motion ...": a sentence that opens on others
_CONTRAST_OPENING_RE = re.compile(r"(?:^|[.;!?]\s+)(?:whereas|while|alors que|tandis que)\b", re.IGNORECASE)
_LIKENESS_RE = re.compile(
    r"^\s*(?:like|just like|much like|as in|as with|similar to|similarly to|comme|tout comme|"
    r"(?:à l'instar|à l'image) d(?:es|e|u|')\s*)\s*([^,;]{2,80}),",
    re.IGNORECASE,
)
# what a text sets its subject apart from, and what it does instead of
_CONTRAST_RE = re.compile(rf"\b(?:{'|'.join(SETTING_ASIDE)})\b", re.IGNORECASE)


def _set_apart(claim: Analysis, view: Analysis, sentences: Sequence[str]) -> str | None:
    """The claim likens its subject to something the passage sets it apart from.

    "Like HuBERT, w2v-BERT goes through an iterative re-clustering" against "In contrast to ... HuBERT, which
    relies on an iterative re-clustering and re-training process, w2v-BERT can be optimized end-to-end": what
    the passage contrasts is read in the words that follow its contrast cue.
    """
    opening = _LIKENESS_RE.match(claim.text)
    if not opening:
        return None
    text = view.prepared or view.text
    likened = analyse(opening.group(1), claim.language)
    words = set().union(*likened.terms) if likened.terms else set()
    for cue in itertools.chain(_CONTRAST_RE.finditer(text), _CONTRAST_OPENING_RE.finditer(text)):
        following = text[cue.end() : cue.end() + 160]
        contrasted = sketch(following, view.language)
        shared = words & contrasted.vocabulary
        # one word is enough when both sides say it is earlier work ("les approches classiques", "prior approaches")
        prior_work = bool(_PRIOR_WORK_RE.search(opening.group(1)) and _PRIOR_WORK_RE.search(following[:60]))
        if likened.entity_keys & contrasted.entity_keys or len(shared) >= 2 or (shared and prior_work):
            return f"The source sets its subject apart from {opening.group(1).strip()}; the claim likens them."
    # "Like most earlier pre-trained models, BLIP excels at understanding but not generation" against "most existing
    # pre-trained models only excel in either understanding-based tasks or generation-based tasks": the passage says
    # it of the earlier work, and does not name the claim's subject
    subject = {e.key for e in claim.entities if not e.initial} - likened.entity_keys
    if not subject:
        return None
    said_of_other = f"The source says this of {opening.group(1).strip()}, not of {_name(claim, sorted(subject)[0])}."
    if (
        not any(same_entity(k, v) for k in subject for v in view.entity_keys)
        and (likened.entity_keys & view.entity_keys or words - _generic() & view.vocabulary)
        and _PRIOR_WORK_RE.search(text)
    ):
        return said_of_other
    # the same, sentence by sentence, where the passage names the subject in the sentence next to it ("Language
    # model fusion-based approaches require an additional external LM ... To overcome this, we propose ILMA")
    said = analyse(claim.text[opening.end() :], claim.language)
    subject -= _organisations()
    terms = [t for t in said.terms if not t & subject]
    if not subject or len(terms) < 2 or len(sentences) < 2:
        return None
    readings = [analyse(sentence, view.language) for sentence in sentences]
    carried = [sum(bool(t & reading.vocabulary) for t in terms) / len(terms) for reading in readings]
    reading = readings[max(range(len(readings)), key=carried.__getitem__)]
    if (
        max(carried) >= 0.5
        and not any(same_entity(k, v) or generalises(v, k) for k in subject for v in reading.entity_keys)
        and not _OWN_WORK_RE.search(reading.text)
        and (likened.entity_keys & reading.entity_keys or words - _generic() & reading.vocabulary or _PRIOR_WORK_RE.search(reading.text))
    ):
        return said_of_other
    return None


_OUR_SYSTEM_RE = re.compile(
    r"\b(?:our|notre|nos)\s+(?:proposed\s+)?"
    r"(?:approach|method|model|system|framework|approche|méthode|modèle|système)s?\b",
    re.IGNORECASE,
)
# the authors' own work: a sentence that says "we" or "our" is about the paper's subject
_OWN_WORK_RE = re.compile(r"\b(?:we|our|us|this (?:paper|work|study)|nous|notre|nos)\b", re.IGNORECASE)
# what an abstract calls the work before its own
_PRIOR_WORK_RE = re.compile(
    r"\b(?:existing|prior|previous|previously|conventional|traditional|standard|earlier|current|typical|most|"
    r"existants?|antérieur(?:e|s|es)?|précédent(?:e|s|es)?|classiques?|traditionnel(?:le)?s?|conventionnel(?:le)?s?|actuel(?:le)?s?)\b",
    re.IGNORECASE,
)


def _stem_overlap(a: frozenset[str], b: frozenset[str]) -> int:
    """Distinct words (up to inflection) two sets share."""
    return len(_stems(a) & _stems(b))


def _said_outside_denial(words: set[str] | frozenset[str], view: Analysis) -> bool:
    """Every denied word is written more than once in the passage: "we train LSTM language models ... over the
    baseline without a language model" denies the language model of the baseline, not the one it trains."""
    counts = {w: sum(1 for _, terms in view.placed_terms if w in terms) for w in words}
    return bool(counts) and all(n >= 2 for n in counts.values())


def _said_of_earlier_work(word: str, view: Analysis) -> bool:
    """The passage writes the word only in sentences about the work before its own: "Instead of relying on
    hand-crafted priors, ANSE ..." denies what "While recent methods rely on externally designed priors ..." says of
    others, and agrees with it."""
    text = view.prepared or view.text
    offsets = [offset for offset, terms in view.placed_terms if word in terms]
    if not offsets:
        return False
    for offset in offsets:
        before = text[_sentence_start(text, offset) : offset]
        # "Existing code-focused resources typically fail to ensure ... (e.g., unit tests)": what earlier work lacks
        # is what the paper's own work has
        if not _EARLIER_WORK_OPENING_RE.match(before[:80]) or _LACKED_RE.search(before):
            return False
    return True


# what earlier work is said to lack
_LACKED_RE = re.compile(
    r"\b(?:fail|fails|failed|lack|lacks|lacking|overlook|overlooks|ignore|ignores|neglect|neglects|without|not|no|"
    r"cannot|unable|struggle|struggles|manque|manquent|ignorent|négligent|sans|pas)\b",
    re.IGNORECASE,
)
# a sentence that opens on the work before the paper's own: "While recent methods rely on ...", "Existing matching
# methods may lose ...", "Prior approaches ..."
_EARLIER_WORK_OPENING_RE = re.compile(
    r"\s*(?:(?:while|whereas|although|but|however,?|tandis que|alors que|si)\s+)?(?:(?:the|most|many|les|la|le|des)\s+)?"
    r"(?:[\w-]+\s+)?(?:existing|prior|previous|recent|conventional|traditional|earlier|typical|"
    r"existants?|antérieur(?:e|s|es)?|précédent(?:e|s|es)?|récent(?:e|s|es)?|classiques?|traditionnel(?:le)?s?)\b",
    re.IGNORECASE,
)


def _said_of_little(word: str, view: Analysis) -> bool:
    """The passage writes the word after a word of small degree: "with little hyper-parameter tuning" says what
    "sans grand réglage" says, not the opposite."""
    text = view.prepared or view.text
    return any(
        word in terms and _LITTLE_BEFORE_RE.search(text, max(0, offset - 40), offset) for offset, terms in view.placed_terms
    )


_LITTLE_BEFORE_RE = re.compile(
    r"\b(?:little|minimal|few|limited|light|peu\s+de|un\s+minimum\s+de)\s+(?:[\w-]+\s+)?$", re.IGNORECASE
)


def _long_claim_words(claim: Analysis) -> frozenset[str]:
    """The claim's words, as written and as lemmas, of five letters or more (what a prefix of negation may sit on)."""
    return frozenset(w for term in claim.terms for w in term if len(w) >= 5 and w.isalpha())


def _unprefixed_words(view: Analysis) -> frozenset[str]:
    """The words the passage writes with a prefix of negation before them, each without the prefix and with or
    without its ending ("unshared": shared, share; "impractical": practical). Whole words only: "independent"
    gives "dependent", not "depend"; "inheritance" gives nothing a claim writes."""
    words = set()
    for other in view.vocabulary:
        for prefix in _NEGATING_PREFIXES:
            if other.startswith(prefix) and len(other) - len(prefix) >= 5:
                bare = other[len(prefix) :]
                words.update(bare[: len(bare) - len(ending)] for ending in ("", "d", "ed", "s") if bare.endswith(ending))
    return frozenset(words)


_NEGATING_PREFIXES = ("non-", "non", "un", "in", "im", "ir", "il")


def _hyphen_denied(claim: Analysis) -> frozenset[str]:
    """The words a claim writes after a hyphenated prefix of negation, which it does not assert: "a de-biased
    variant" says what the passage's "an unbiased optimization method" says."""
    return frozenset(m.group(1).lower() for m in _HYPHEN_PREFIX_RE.finditer(claim.prepared or claim.text))


_HYPHEN_PREFIX_RE = re.compile(r"\b(?:de|dé|un|non|anti)-([^\W\d_]{4,})", re.IGNORECASE)


def _said_plainly(word: str, view: Analysis) -> bool:
    """The passage has the word, or a form of it, without a prefix."""
    return any(other.startswith(word[:5]) for other in view.vocabulary)


def _prefix_denied(word: str, view: Analysis) -> bool:
    """The passage also has the word with a prefix of negation ("unadapted", "non-causal", "inefficient")."""
    denied = tuple(prefix + word for prefix in ("un", "non", "non-", "in", "dis", "im"))
    return any(other.startswith(denied) for other in view.vocabulary)


def _terms_touched(claim: Analysis, words: set[str] | frozenset[str]) -> int:
    """How many of the claim's terms (or names) these words stand for."""
    if not words:
        return 0
    return sum(1 for term in claim.terms if term & words) + len(claim.entity_keys & words)


_SIZED_NAME_RE = re.compile(r"(.+?)[\s-]+(\d+(?:\.\d+)?[BMK])", re.IGNORECASE)


def _spaced_name(key: str, text: str) -> bool:
    """A hyphenated name the passage writes with spaces: "Monte-Carlo" for "Monte Carlo Tree Search"."""
    parts = key.split("-")
    if len(parts) < 2 or not all(part.isalpha() and len(part) >= 3 for part in parts):
        return False
    return re.search(r"(?<![\w-])" + r"[\s-]+".join(map(re.escape, parts)) + r"(?![\w])", unaccent(text), re.IGNORECASE) is not None


def _size_of_a_name(quantity: Quantity, view: Analysis, holders: list[str]) -> bool:
    """A parameter count the passage gives only in the name of the model the claim gives it to ("Qwen2.5-Coder-7B"
    has 7 billion parameters; "Qwen3-235B" says nothing of the size of the model compared with it), or a count of
    examples in the name of a data set ("ImgCode-8.6M" holds 8.6 million)."""
    if quantity.unit in _NOT_COUNTS or quantity.unit in _MEASURES or quantity.value < 1e6:
        return False
    for entity in view.entities:
        if holders and not any(same_entity(key, entity.key) or entity.key.startswith(key) for key in holders):
            continue
        for digits, letter in _NAME_SIZE_RE.findall(entity.text):
            if math.isclose(float(digits) * _NAME_SIZE_SCALES[letter.upper()], quantity.value, rel_tol=1e-6):
                return True
    return False


def _figure_lists(analysis: Analysis) -> list[list[Quantity]]:
    """Runs of three or more figures written as a list ("1B, 8B, and 24B", "1, 8 et 70 milliards")."""
    runs = number_runs(analysis.quantities, analysis.prepared or analysis.text)
    return [[analysis.quantities[i] for i, _, _ in run] for run in runs if len(run) >= 3]


def _list_member_changed(claim: Analysis, view: Analysis) -> str | None:
    """A list of figures the passage gives, with one of them changed: "models of 1, 8 and 70 billion parameters"
    against "across various model sizes (1B, 8B, and 24B)"."""
    given_lists = _figure_lists(view)
    for said in _figure_lists(claim):
        for given in given_lists:
            if len(said) != len(given):
                continue
            differ = [(a, b) for a, b in zip(said, given) if not values_match(a, b)]
            if len(differ) == 1 and _commensurate(*differ[0]) and (differ[0][0].unit or differ[0][0].scale != 1.0):
                a, b = differ[0]
                return f"The claim says {_written(a)}; the source lists {_written(b)} in its place."
    return None


def _percent_for_times(claim: Analysis, view: Analysis) -> str | None:
    """The passage's factor read as a percentage, or the other way round: "about 50% faster" against "at 50 times
    higher run-time speed" (the same figure, measuring the same thing)."""
    for quantity in claim.quantities:
        if quantity.unit not in ("percent", "times") or any(values_match(quantity, other) for other in view.quantities):
            continue
        for other in view.quantities:
            if (
                {quantity.unit, other.unit} == {"percent", "times"} and math.isclose(quantity.value, other.value)
                and quantity.value > 1 and _context_overlap(quantity, other) >= 1
            ):
                return f"The claim says {_written(quantity)}; the source says {_written(other)}."
    return None


def _unsized_holders(claim: Analysis, index: int) -> list[str]:
    """The names the claim ties to its figure ``index``, in order, but those written with a size of their own (a
    name with a size is not the one the figure sizes)."""
    return sorted({k for k, i, _ in claim.bindings if i == index and not _NAME_SIZE_RE.search(_name(claim, k))})


def _size_not_among(claim: Analysis, view: Analysis) -> str | None:
    """A size the claim gives a model that the passage names only at other sizes: "OPT-IML comes in 30B and 66B
    versions" against "train OPT-IML 30B and 175B"."""
    for index, quantity in enumerate(claim.quantities):
        if quantity.unit not in ("parameter", None) or quantity.value < 1e8 or not _NAME_SIZE_RE.search(quantity.text):
            continue
        if any(values_match(quantity, other) for other in view.quantities):
            continue
        for key in _unsized_holders(claim, index):
            sizes = {
                float(digits) * _NAME_SIZE_SCALES[letter.upper()]: entity.text
                for entity in view.entities if _SIZE_SUFFIX_RE.sub("", entity.key) == key
                for digits, letter in _NAME_SIZE_RE.findall(entity.text)
            }
            # the passage lists the sizes (one size may be only the one this sentence is about)
            if len(sizes) >= 2 and not any(math.isclose(size, quantity.value, rel_tol=1e-6) for size in sizes):
                shown = ", ".join(sizes[size] for size in sorted(sizes))
                return f"The source names {_name(claim, key)} at other sizes ({shown}), not {quantity.text}."
    return None


def _other_size_beside_the_name(claim: Analysis, view: Analysis) -> str | None:
    """A model's size the passage writes right beside its name, and the claim gives it another: "un Flan-T5-XL de 11
    milliards de paramètres" against "an open-source LLM (3B Flan-T5-XL)"; "a 7B LLaMA", "Flan-T5-XL (3B)"."""
    text = view.prepared or view.text
    for index, quantity in enumerate(claim.quantities):
        if quantity.unit not in ("parameter", None) or quantity.value < 1e8:
            continue
        if any(values_match(quantity, other) for other in view.quantities):
            continue
        for key in _unsized_holders(claim, index):
            # (each spelling of the name once, where the passage first writes it)
            for written in dict.fromkeys(e.text for e in view.entities if e.key == key):
                at = text.find(written)
                beside = [
                    q for q in view.quantities
                    if _NAME_SIZE_RE.fullmatch(q.text) and q.unit in ("parameter", None) and at >= 0 and (
                        _BESIDE_BEFORE_RE.fullmatch(text, q.position + len(q.text), at)
                        or _BESIDE_AFTER_RE.fullmatch(text, at + len(written), q.position)
                    )
                ]
                # (the claim that gives the name its size too speaks of another model with its other figure: "A 13B
                # model can outperform GPT-3 (175B)")
                if len(beside) == 1 and _commensurate(quantity, beside[0]) and not any(
                    values_match(q, beside[0]) for q in claim.quantities
                ):
                    return f"The source gives {_name(claim, key)} {beside[0].text}, not {_written(quantity)}."
    return None


# "3B Flan-T5-XL", "a 7B-parameter LLaMA"; "Flan-T5-XL (3B)", "LLaMA with 7B"
_BESIDE_BEFORE_RE = re.compile(r"[\s-]*(?:parameters?\s+)?")
_BESIDE_AFTER_RE = re.compile(r"\s*(?:\(|,|with\s+|de\s+)\s*")


def _not_the_extreme_size(claim: Analysis, view: Analysis) -> str | None:
    """The smallest (largest) model's size where the passage gives the range of a family's sizes: "The smallest
    Qwen3 model has 1.5 billion parameters" against "parameter scales ranging from 0.6 to 235 billion"."""
    theirs = _size_ranges(view)
    if not theirs:
        return None
    mine = _size_ranges(claim)
    # "La famille Imp s'étend de 1 à 3 milliards" against "a family of highly capable LMMs at the 2B-4B scales"
    for low, high in mine:
        keys = _holders_of(claim, (low, high))
        for their_low, their_high in theirs:
            if _one_holder(keys, _holders_of(view, (their_low, their_high))) and not (
                values_match(low, their_low) and values_match(high, their_high)
            ):
                return f"The source's sizes run from {_written(their_low)} to {_written(their_high)}."
    superlative = _EXTREME_SIZE_RE.search(claim.text)
    if not superlative:
        return None
    smallest = superlative.group(1) is not None
    in_ranges = [q for pair in mine for q in pair]
    for quantity in claim.quantities:
        if quantity.value < 1e6 or quantity.unit not in ("parameter", None) or any(quantity is q for q in in_ranges):
            continue
        keys = _holders_of(claim, (quantity,))
        for low, high in theirs:
            if not _one_holder(keys, _holders_of(view, (low, high))):
                continue
            extreme = low if smallest else high
            if not values_match(quantity, extreme):
                which = "smallest" if smallest else "largest"
                run = f"from {_written(low)} to {_written(high)}"
                return f"The source's sizes run {run}: the {which} is {_written(extreme)}."
    return None


def _size_ranges(view: Analysis) -> list[tuple[Quantity, Quantity]]:
    """The ranges of model sizes a text gives ("ranging from 0.6 to 235 billion", "de 1 à 3 milliards", "2B-4B")."""
    return [
        (low, high) for low, high in zip(view.quantities, view.quantities[1:])
        if all(q.value >= 1e6 and q.unit in ("parameter", None) for q in (low, high))
        and _ends_of_one_range(view, low, high)
    ]


def _holders_of(view: Analysis, quantities: tuple[Quantity, ...]) -> set[str]:
    """The names a text ties to any of these very figures."""
    return {k for k, i, _ in view.bindings if any(view.quantities[i] is q for q in quantities)}


def _one_holder(keys: set[str], others: set[str]) -> bool:
    return any(same_entity(k, o) for k in keys for o in others)


_EXTREME_SIZE_RE = re.compile(
    r"\b(?:(smallest|tiniest|(?:le|la|les)\s+plus\s+petite?s?)"
    r"|(largest|biggest|(?:le|la|les)\s+plus\s+(?:grande?s?|gros(?:se)?)))\b",
    re.IGNORECASE,
)
_SIZE_SUFFIX_RE = re.compile(r"-?\d+(?:\.\d+)?[bmt]$")


# "-7B", " 1.5B", "9B-Thinking"; not the experts of "8x7B"
_NAME_SIZE_RE = re.compile(r"(?<![\w.x])(\d+(?:\.\d+)?)([BbMmTt])(?![a-z])")
_NAME_SIZE_SCALES = {"M": 1e6, "B": 1e9, "T": 1e12}


def _sized_name(name: str, texts) -> bool:
    """A model named with its size ("DeepSeekMoE 16B") that a sentence gives apart ("scale DeepSeekMoE up to 16B")."""
    match = _SIZED_NAME_RE.fullmatch(name)
    if not match:
        return False
    base, size = match.group(1), match.group(2)
    lowered_base = base.lower() if base.isascii() else None
    for text in texts:
        if lowered_base is not None and text.isascii() and lowered_base not in text.lower():
            continue  # the base name is not there in any case: no need for the patterns
        base_re, size_re, other_size_re = _sized_name_patterns(base, size)
        if base_re.search(text) and size_re.search(text) and all(
            m.group(1).lower() == size.lower() for m in other_size_re.finditer(text)
        ):
            return True
    return False


@functools.lru_cache(maxsize=1024)
def _sized_name_patterns(base: str, size: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The base name, the size, and the base name with a size (compiled once per name)."""
    base_re = re.compile(r"(?<![\w-])" + re.escape(base) + r"(?![\w-])", re.IGNORECASE)
    size_re = re.compile(r"(?<![\w.])" + re.escape(size) + r"(?![\w-])", re.IGNORECASE)
    # "FLAN-PaLM 62B ... PaLM 540B" names another size of the model: not the one claimed
    other_size_re = re.compile(re.escape(base) + r"[\s-]+(\d+(?:\.\d+)?[BMK])(?![\w-])", re.IGNORECASE)
    return base_re, size_re, other_size_re


def _all_sentences(sources: Sequence[Source]) -> list[str]:
    return [p.text for source in sources for p in _source_profile(source)[0]]


def _spelled_out(name: str, texts) -> bool:
    """An acronym the text writes in full: NLP for "natural language processing"."""
    if not re.fullmatch(r"[A-Z]{2,6}s?", name):
        return False
    pattern = _spelled_out_pattern(name.rstrip("s").lower())
    return any(pattern.search(text) for text in texts)


def _joined_with_neighbour(name: str, text: str, keys) -> bool:
    """A word of a name the claim writes in two ("Stable Diffusion") and the source as one ("StableDiffusion")."""
    for match in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
        after = _NEXT_CAPITALISED_RE.match(text, match.end())
        before = _PREVIOUS_CAPITALISED_RE.search(text, 0, match.start())
        joined = [name.replace(" ", "")] if " " in name else []  # a name read as two words already
        joined += [name + after.group(1)] if after else []
        joined += [before.group(1) + name] if before else []
        if any(entity_key(one) in keys for one in joined):
            return True
    return False


_NEXT_CAPITALISED_RE = re.compile(r"[ -]([A-Z]\w+)")
_PREVIOUS_CAPITALISED_RE = re.compile(r"([A-Z]\w+)[ -]$")


def _set_to_a_value(name: str, texts) -> bool:
    """A measure with its setting, written with a sign in the source: "IoU 0.5" as "(IoU=0.5)", "mAP 0.5" as "mAP@0.5"."""
    pattern = _setting_pattern(name)
    return pattern is not None and any(pattern.search(text) for text in texts)


@functools.lru_cache(maxsize=4096)
def _setting_pattern(name: str) -> re.Pattern[str] | None:
    """The name and its setting joined by a sign, or None for a name with no setting (compiled once per name, as
    ``_spelled_out_pattern`` is: it is asked for each passage)."""
    parts = _NAME_AND_SETTING_RE.fullmatch(name)
    if not parts:
        return None
    return re.compile(rf"\b{re.escape(parts.group(1))}\s*[=@:]\s*{re.escape(parts.group(2))}(?!\d)")


_NAME_AND_SETTING_RE = re.compile(r"([^\W\d_][\w]*)[-\s](\d+(?:\.\d+)?)")


@functools.lru_cache(maxsize=4096)
def _spelled_out_pattern(letters: str) -> re.Pattern[str]:
    """Words starting with these letters in turn (compiled once per acronym: compiling costs a millisecond)."""
    return re.compile(r"\b" + r"[\w]*[\s-]+(?:(?:of|and|for|the|to|de|des|du|la|le)\s+)?".join(letters) + r"\w*", re.IGNORECASE)


def _generic() -> frozenset[str]:
    from factcheck.analysis import _GENERIC

    return _GENERIC


def _listed_with_others(claim: Analysis, view: Analysis) -> list[tuple[Reason, float]]:
    """A word the claim says "only" of that the passage writes as one item of a list: "built exclusively from optical
    imagery" against "multi-sensor images such as optical, synthetic aperture radar (SAR), and infrared"."""
    if not claim.exclusive_terms or view.exclusive_terms:
        return []  # (the source says "only" too: the claim likely restates it)
    text = view.text
    # the words written after the claim's "only" (not a name before it: "Primer only delivers ...")
    after_only = " ".join(claim.text[m.end() : m.end() + 40].lower() for m in _ONLY_RE.finditer(claim.text))
    for word in sorted(claim.exclusive_terms - _generic()):
        if len(word) < 4 or not re.search(rf"(?<!\w){re.escape(word)}", after_only):
            continue
        for match in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text, re.IGNORECASE):
            after = text[match.end() : match.end() + 80]
            before = text[max(0, match.start() - 80) : match.start()]
            # an item with a comma after it and the list's "and" further on, or the last item after ", and"
            if _ITEM_THEN_MORE_RE.match(after) or _LAST_ITEM_RE.search(before):
                return [(Reason("exclusivity", f"The claim says only '{word}'; the source lists it with others."), 0.6)]
    return []


_ONLY_RE = re.compile(
    r"\b(?:only|exclusively|solely|purely|uniquement|seulement|exclusivement|purement)\b", re.IGNORECASE
)
_ITEM_THEN_MORE_RE = re.compile(r",\s[^.;:]*?\b(?:and|or|et|ou)\s")
_LAST_ITEM_RE = re.compile(r",[^.;:,]*,\s*(?:and|or|et|ou)\s+$")


def _lists_more(view: Analysis) -> bool:
    words = view.words
    # "with either existing human-labeled data or our automatically annotated data" names two too
    return any(w in ("and", "both", "either", "et", "ainsi", "as") for w in words)


def _display(candidates: Sequence[_Candidate], key: str) -> str:
    for candidate in candidates:
        for entity in candidate.view.entities:
            if entity.key == key:
                return entity.text
    return key


# ---------------------------------------------------------------- versions


def version_notes(
    claim: Analysis,
    checked: Sequence[Source],
    others: Sequence[Source],
    article_date: str,
    label: Label,
) -> tuple[Reason, ...]:
    """Say when the claim is only supported by a version published after the article, or only by an earlier one."""
    notes = []
    day = article_date[:10]
    by_key: dict[str, list[Source]] = {}
    for source in list(checked) + list(others):
        by_key.setdefault(source.key, [])
        if all(s.version != source.version for s in by_key[source.key]):
            by_key[source.key].append(source)
    for key, versions in by_key.items():
        if len(versions) < 2:
            continue
        dated = [s for s in versions if s.published]
        supporting = [s for s in dated if assess(claim, [s]).label is Label.SUPPORTED]
        if not supporting:
            continue
        before = [s for s in dated if s.published[:10] <= day]
        current = max(before, key=lambda s: s.published) if before else None
        if all(s.published[:10] > day for s in supporting):
            names = ", ".join(f"{s.label} ({s.published[:10]})" for s in supporting)
            notes.append(
                Reason("version_note", f"Only {names}, published after the article ({day}), supports the claim.")
            )
        elif current is not None and current not in supporting and all(s.published < current.published for s in supporting):
            names = ", ".join(f"{s.label} ({s.published[:10]})" for s in supporting)
            notes.append(
                Reason(
                    "version_note",
                    f"Only the earlier {names} supports the claim; {current.label}, current at the article's date, does not.",
                )
            )
        elif label is not Label.SUPPORTED and any(s.label not in {c.label for c in checked} for s in supporting):
            names = ", ".join(f"{s.label} ({s.published[:10]})" for s in supporting if s.label not in {c.label for c in checked})
            notes.append(Reason("version_note", f"Another version supports the claim: {names}."))
    return tuple(notes)
