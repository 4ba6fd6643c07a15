"""A language-neutral view of a claim or a passage.

``analyse(text, language)`` turns a sentence (French or English) into what a
verifier compares: entities as identities (GPT-4 is not GPT-4o-mini), numbers
with their scale and unit (``3,8 milliards`` is 3.8e9, French ``billions`` is
1e12), which entity each number belongs to, comparisons with a direction and
their two sides, negation, exclusivity, quantifiers, opposite properties, and
content terms mapped to English lemmas so a French claim can be matched
against an English source without a translation model.

Everything here is deterministic and cheap (regular expressions, dictionary
look-ups); the lexicon lives in ``factcheck/lexicon/*.json``. Heavy helpers
(simplemma, text2num) are imported lazily.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import itertools
import json
import math
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib import resources

from factcheck.lemmas import is_known, lemmatize
from factcheck.lemmas import language_code as _lang

# ---------------------------------------------------------------- lexicon


@functools.cache
def load_lexicon(name: str) -> dict:
    """One JSON file of ``factcheck/lexicon`` (cached)."""
    path = resources.files("factcheck").joinpath("lexicon", f"{name}.json")
    return json.loads(path.read_text(encoding="utf-8"))


@functools.lru_cache(maxsize=200_000)
def lemma(word: str, language: str) -> str:
    """The lemma of a lower-cased word (simplemma, loaded on first use); British spellings as American ones."""
    if _lang(language) == "en":
        word = _american(word)
    return lemmatize(word, language).lower()


# "licence" and "license", "labelled" and "labeled", "optimise" and "optimize": one word for the matching
_BRITISH_ENDINGS = (
    (re.compile(r"(?<=[a-z]{3})is(e|es|ed|ing|ation|ations)$"), r"iz\1"),
    (re.compile(r"(?<=[a-z]{2}[ivblnm])our(s|ed|ing|able)?$"), r"or\1"),
    (re.compile(r"^(label|model|travel|cancel|signal|channel|level|fuel|tunnel|total|dial)l(ed|ing|er|ers)$"), r"\1\2"),
    (re.compile(r"(?<=[a-z]{2})(?:tre|tres)$"), "ter"),
)
_BRITISH_WORDS = {"licence": "license", "licences": "licenses", "defence": "defense", "offence": "offense", "analyse": "analyze"}
_NOT_BRITISH = frozenset(
    "raise raised raises raising praise promise promised precise otherwise exercise wise noise advise revise revised "
    "surprise surprised surprising expertise comprise comprised comprises comprising enterprise franchise premise "
    "concise compromise supervise supervised supervising improvise televise disguise despise rise arise".split()
)


def _american(word: str) -> str:
    if word in _BRITISH_WORDS:
        return _BRITISH_WORDS[word]
    if word in _NOT_BRITISH or len(word) < 6:
        return word
    for pattern, replacement in _BRITISH_ENDINGS:
        changed = pattern.sub(replacement, word)
        if changed != word:
            return changed
    return word


@functools.lru_cache(maxsize=100_000)
def unaccent(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


# Words: letters/digits runs; a French elision keeps its apostrophe ("l'", "n'").
_WORD_RE = re.compile(r"[^\W_]+(?:'(?=[^\W\d_]))?")


def _tokens(text: str) -> list[tuple[str, int, int]]:
    text = text.replace("’", "'")
    return [(m.group().lower(), m.start(), m.end()) for m in _WORD_RE.finditer(text)]


@functools.cache
def _stopwords(language: str) -> frozenset[str]:
    return frozenset(load_lexicon("stopwords")[_lang(language)])


def _phrase_lemmas(phrase: str, language: str) -> tuple[str, ...]:
    words = [w for w, _, _ in _tokens(phrase)]
    return tuple(lemma(w, language) for w in words)


@functools.cache
def _pole_cue_owners(lang: str) -> dict[tuple[str, ...], frozenset[int]]:
    """Each written cue phrase of the antonym pairs, as a token tuple, with the pairs that list it."""
    owners: dict[tuple[str, ...], set[int]] = {}
    for index, pair in enumerate(load_lexicon("antonyms")["pairs"]):
        for side in ("a", "b"):
            for phrase in pair[side].get(lang, ()):
                owners.setdefault(tuple(w for w, _, _ in _tokens(phrase)), set()).add(index)
    return {form: frozenset(indices) for form, indices in owners.items()}


@functools.cache
def _cue_table(group: str, language: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Cue phrases of one group, as lemma tuples indexed by their first lemma."""
    lang = _lang(language)
    if group.startswith("comparisons."):
        phrases = load_lexicon("comparisons")[group.split(".", 1)[1]][lang]
    elif group.startswith("quantifiers."):
        phrases = load_lexicon("cues")["quantifiers"][group.split(".", 1)[1]][lang]
    elif group.startswith("bounds."):
        phrases = load_lexicon("cues")["bounds"][group.split(".", 1)[1]][lang]
    elif group.startswith("pole."):
        _, index, side = group.split(".")
        phrases = load_lexicon("antonyms")["pairs"][int(index)][side][lang]
    else:
        phrases = load_lexicon("cues")[group][lang]
    # "smaller" lemmatises to "small", which is a cue of the size pair: a lemma that another pair claims as its
    # own cue is matched there only, so "small perturbations" is not also "fewer perturbations"
    owners = _pole_cue_owners(lang) if group.startswith("pole.") else {}
    own = {int(group.split(".")[1])} if owners else set()
    table: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        written = tuple(w for w, _, _ in _tokens(phrase))
        # Match either the lemma or the surface form at every position. Both may match the same words
        # ("or better", "or good"): the surface form comes first so the cue is reported as written, and
        # the order is fixed (not a set's) so the same text gives the same cue in every process.
        for form in dict.fromkeys((written, _phrase_lemmas(phrase, lang))):
            if form and (form == written or not owners.get(form, frozenset()) - own):
                table.setdefault(form[0], []).append(form)
        if group.startswith("comparisons.") and len(written) > 1 and written[-1] in _CONTRACTED:
            # "en deçà des meilleurs systèmes", "supérieur aux modèles": the closing "de" or "à" fused with an article
            table[written[0]].extend(written[:-1] + (fused,) for fused in _CONTRACTED[written[-1]])
    return {k: tuple(sorted(dict.fromkeys(v), key=len, reverse=True)) for k, v in table.items()}


_CONTRACTED = {"de": ("des", "du"), "à": ("aux", "au")}


def _find_cues(group: str, language: str, words: list[str], lemmas: list[str]) -> list[tuple[int, int, str]]:
    """(first token, end token, phrase) of every cue of ``group`` in the token stream."""
    return _scan(language, tuple(words), tuple(lemmas)).get(group, [])


_GROUPS_CACHE: dict[str, tuple[str, ...]] = {}
_QUANTIFIER_GROUPS = tuple((kind, f"quantifiers.{kind}") for kind in ("all", "most", "some", "none"))


@functools.cache
def _pole_groups() -> dict[str, tuple[str, str]]:
    """Cue group of each side of each antonym pair -> (pair name, side)."""
    return {
        f"pole.{index}.{side}": (pair["name"], side)
        for index, pair in enumerate(load_lexicon("antonyms")["pairs"])
        for side in ("a", "b")
    }


def _all_groups(language: str) -> tuple[str, ...]:
    if language not in _GROUPS_CACHE:
        groups = ["negation", "exclusivity", "hedge", "compared_with", "requirement"]
        groups += [f"comparisons.{name}" for name in ("greater", "equal", "less", "passive")]
        groups += [f"quantifiers.{name}" for name in ("all", "most", "some", "none")]
        groups += [f"bounds.{name}" for name in _BOUND_KINDS]
        for index, _ in enumerate(load_lexicon("antonyms")["pairs"]):
            groups += [f"pole.{index}.a", f"pole.{index}.b"]
        _GROUPS_CACHE[language] = tuple(groups)
    return _GROUPS_CACHE[language]


@functools.cache
def _combined_table(language: str) -> dict[str, tuple[tuple[str, tuple[str, ...]], ...]]:
    """Every cue phrase of every group, indexed by its first word: one pass finds them all."""
    table: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for group in _all_groups(language):
        for first, phrases in _cue_table(group, language).items():
            for phrase in phrases:
                table.setdefault(first, []).append((group, phrase))
    return {k: tuple(v) for k, v in table.items()}


@functools.lru_cache(maxsize=4096)
def _scan(language: str, words: tuple[str, ...], lemmas: tuple[str, ...]) -> dict[str, list[tuple[int, int, str]]]:
    """Cues of every group, longest match first and without overlaps inside a group."""
    table = _combined_table(_lang(language))
    found: dict[str, list[tuple[int, int, str]]] = {}
    busy_until: dict[str, int] = {}
    n = len(words)
    # only tokens that start some cue (most start none)
    for i in [i for i in range(n) if lemmas[i] in table or words[i] in table]:
        candidates = table.get(lemmas[i], ()) + (table.get(words[i], ()) if words[i] != lemmas[i] else ())
        best: dict[str, tuple[str, ...]] = {}
        for group, phrase in candidates:
            if busy_until.get(group, 0) > i:
                continue
            k = len(phrase)
            # a phrase is filed under its first word, which is this token's word or lemma
            if k == 1 or (i + k <= n and all(phrase[j] in (lemmas[i + j], words[i + j]) for j in range(1, k))):
                if group not in best or k > len(best[group]):
                    best[group] = phrase
            elif (
                # "ne publient pas leur code": the French negation splits a property's verb from its object; the cue
                # is read around it, from its object on, so that the negation denies it
                k > 1 and group.startswith("pole.") and language == "fr" and i + k + 1 <= n
                and words[i + 1] in _FRENCH_SPLITTERS and group not in best
                and all(phrase[j] in (lemmas[i + j + 1], words[i + j + 1]) for j in range(1, k))
            ):
                found.setdefault(group, []).append((i + 2, i + k + 1, " ".join(phrase)))
                busy_until[group] = i + k + 1
        for group, phrase in best.items():
            found.setdefault(group, []).append((i, i + len(phrase), " ".join(phrase)))
            busy_until[group] = i + len(phrase)
    return found


_FRENCH_SPLITTERS = frozenset(("pas", "plus", "jamais", "guère"))


@functools.cache
def _translations() -> dict[str, frozenset[str]]:
    """French lemma -> English lemmas, English side lemmatised like sources are."""
    table: dict[str, frozenset[str]] = {}
    for french, english in load_lexicon("fr_en")["terms"].items():
        values = english if isinstance(english, list) else [english]
        alternatives = set()
        for value in values:
            words = [w for w, _, _ in _tokens(value)]
            alternatives.update(lemma(w, "en") for w in words)
            alternatives.update(words)
        key_words = [w for w, _, _ in _tokens(french)]
        if len(key_words) == 1:
            table[key_words[0]] = frozenset(alternatives)
            table.setdefault(lemma(key_words[0], "fr"), frozenset(alternatives))
    # the names of languages ("japonais" is "Japanese"), kept once, in languages.json
    for english, *french in load_lexicon("languages")["codes"].values():
        for name in french:
            table.setdefault(name, frozenset({english}))
    return table


@functools.cache
def _phrase_translations() -> dict[str, tuple[tuple[tuple[str, ...], frozenset[str]], ...]]:
    """French phrases of several words ("état de l'art", "jeu de données") -> English lemmas, by first word."""
    table: dict[str, list[tuple[tuple[str, ...], frozenset[str]]]] = {}
    for french, english in load_lexicon("fr_en")["terms"].items():
        key_words = tuple(w.lower() for w, _, _ in _tokens(french))
        if len(key_words) < 2:
            continue
        alternatives = set()
        for value in english if isinstance(english, list) else [english]:
            words = [w.lower() for w, _, _ in _tokens(value)]
            alternatives.add("-".join(words))
            # the function words of an English phrase ("of", "the") would match any passage
            words = [w for w in words if w not in _stopwords("en")]
            alternatives.update(lemma(w, "en") for w in words)
            alternatives.update(words)
        table.setdefault(key_words[0], []).append((key_words, frozenset(alternatives)))
    # the longest phrase first: "grand modèle de langage" before "modèle de langage"
    return {first: tuple(sorted(entries, key=lambda e: -len(e[0]))) for first, entries in table.items()}


@functools.cache
def _synonyms() -> dict[str, frozenset[str]]:
    """English word -> every word of its synonym group (lemmatised like sources are)."""
    table: dict[str, set[str]] = {}
    for group in load_lexicon("synonyms")["groups"]:
        forms = set(group) | {lemma(w, "en") for w in group}
        for form in forms:
            table.setdefault(form, set()).update(forms)
    return {k: frozenset(v) for k, v in table.items()}


_PARTICIPLE_RULES = (("ées", "er"), ("és", "er"), ("ée", "er"), ("é", "er"), ("its", "ire"), ("ite", "ire"), ("it", "ire"),
                     ("ant", "er"), ("ent", "er"), ("e", "er"), ("es", "er"))


def _french_infinitives(word: str) -> list[str]:
    """Verbs a French participle or conjugated form may come from (affiné -> affiner, réduit -> réduire)."""
    out = []
    for suffix, replacement in _PARTICIPLE_RULES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            out.append(word[: -len(suffix)] + replacement)
    return out


_COGNATE_RULES = (
    ("ique", "ic"), ("iques", "ic"), ("isme", "ism"), ("iste", "ist"), ("ite", "ity"), ("eur", "or"),
    ("eur", "er"), ("if", "ive"), ("ive", "ive"), ("aire", "ary"), ("ie", "y"), ("iser", "ize"),
    ("ifier", "ify"), ("eux", "ous"), ("oire", "ory"), ("el", "al"), ("er", "e"), ("er", ""), ("e", ""),
    ("e", "ed"), ("ee", "ed"), ("ant", "ing"), ("ment", "ly"),
    # a French verb meets the English noun of its action (générer -> generation, optimiser -> optimization)
    ("er", "ation"), ("iser", "ization"), ("ifier", "ification"),
)


def _cognates(word: str) -> set[str]:
    """English look-alikes of a French word (synthétique -> synthetic, sécurité -> security)."""
    plain = unaccent(word)
    out = {plain}
    for suffix, replacement in _COGNATE_RULES:
        if plain.endswith(suffix) and len(plain) - len(suffix) >= 3:
            out.add(plain[: -len(suffix)] + replacement)
    return out


# English derivations and the word they are made from: "adaptability" says "adapt", "strictness" "strict",
# "physical" "physic" (the look-alike of "physique"), "remarkably" "remarkable"
_ENGLISH_DERIVATIONS = (
    ("ability", ""), ("ability", "able"), ("ibility", "ible"), ("ness", ""), ("ically", "ic"), ("ical", "ic"),
    ("ably", "able"), ("ibly", "ible"), ("ally", "al"),
)


@functools.lru_cache(maxsize=100_000)
def _english_bases(word: str) -> tuple[str, ...]:
    """The words an English derivation is made from, by its suffix (none for a short stem)."""
    return tuple(
        word[: -len(suffix)] + replacement for suffix, replacement in _ENGLISH_DERIVATIONS
        if word.endswith(suffix) and len(word) - len(suffix) >= 4
    )


# an English word this long or longer is also found by its first six letters ("complex" is not "complete")
_ENGLISH_PREFIX_LENGTH = 8


@functools.lru_cache(maxsize=100_000)
def _prefix_key(word: str) -> str | None:
    plain = unaccent(word)
    return "~" + plain[:6] if len(plain) >= 7 else None


# Patterns used once per name, number or text, compiled once
# GPUs, LLMs, A100s, and the last acronym of a dashed name: ID-CNNs, Bi-LSTMs
_PLURAL_ACRONYM_RE = re.compile(r"(?:[^\W_]+-)*(?:[A-Z]{2,6}|[A-Z]{1,2}\d{1,5})s")
_LETTER_DASH_DIGIT_RE = re.compile(r"(?<=[a-z])-(?=\d)")
_DOTTED_INITIALS_RE = re.compile(r"(?:[a-z]\.)+[a-z]?")
_ENDS_WITH_DIGIT_RE = re.compile(r"\d[ \u00a0]?$")
_YEAR_AFTER_RE = re.compile(r"[ \u00a0]((?:19[5-9]|20[0-3])\d)\b(?![.,]\d|\s?%|-)")  # (not "COCO 2017-5k": a split)
_SHORT_VERSION_RE = re.compile(r"\d\.\d")
_SIZE_TOKEN_RE = re.compile(r"\d+(?:\.\d+)?[BbMm]|\d+x\d+[BbMm]")
# ("o1", "o3" are reasoning models: a lower-case "o" and a digit is a name)
_SHORT_CODE_RE = re.compile(r"(?!o\d$)(?:[A-Za-z]\d{1,2}|v\d+(?:\.\d+)*|[A-Za-z]{1,2}\d*)")
# T5, H100, A6000, FP16: capitals then digits name a model, a chip or a format, unlike "v4" or "x2"
_CAPITAL_CODE_RE = re.compile(r"[A-Z]{1,2}\d{1,5}")
# "while" that sets another subject against the first; not the "while also being", "while still achieving" of one
_CONTRAST_RE = re.compile(
    r",\s*(?:while|whereas)\b(?!\s+(?:also|still|\w+ing)\b)|,?\s*\b(?:tandis\s+qu|alors\s+qu)", re.IGNORECASE
)
_CLAUSE_BREAK_RE = re.compile(r"[;()\[\]]|[.!?](?:\s|$)|\n\s*\n")
_DIGIT_GROUP_SEPARATOR_RE = re.compile(r"[, \u00a0\u202f]")
_DIGIT_GROUP_SEPARATOR_OR_DOT_RE = re.compile(r"[, \u00a0\u202f.]")
_PLAIN_NUMBER_RE = re.compile(r"\d+(?:[.,]\d+)?")
_MEASURED_ON_AFTER_RE = re.compile(
    # "2,8 points de F1": points of a metric
    r"\s*(?:(?:points?|pts?)\s+(?:de\s+|d'|of\s+)|(?:[\w/@-]+\s+){0,3}?(?:on|in|at|for|sur|en|pour|à|au|with|avec|than|que|qu'|over|compared\s+(?:to|with)|against|versus|vs\.?|contre|face\s+à|par\s+rapport\s+(?:à|au|aux))\s*)"
    r"(?:the\s+|le\s+|la\s+|les\s+|l'|one\s+|an?\s+|une?\s+|vanilla\s+|standard\s+|this\s+|these\s+|ce\s+|cette\s+)?"
    # "on the benchmark Spider and BIRD"
    r"(?:(?:benchmarks?|datasets?|tasks?|test\s+sets?)\s+)?"
)
_MEASURED_ON_BEFORE_RE = re.compile(r"\s+(?:on|in|en|sur)\s+(?:the\s+|le\s+|la\s+|les\s+|l')?", re.IGNORECASE)
_RESPECTIVE_GAP_RE = re.compile(
    r"(?:[^\S\n]*%)?[^\S\n]*(?:[\w-]+[^\S\n]+){0,6}?(?:on|in|for|over|across|sur|dans|pour|en)[^\S\n]+(?:the[^\S\n]+|le[^\S\n]+|la[^\S\n]+|les[^\S\n]+)?"
)
_PARENTHESIS_RE = re.compile(r"\(([^()]*)\)")
_GAIN_IN_PARENTHESES_RE = re.compile(r"\s*\(\s*[+\-\u2212\u00b1\u2191\u2193]\s*\d[\d.,]*\s*(?:%|points?|pts?)?\s*\)")
_AT_MOST_ONE_COMMON_WORD_RE = re.compile(r"\s*(?:[a-z]\w*\s*)?")
# "A, B and C", "CIDEr / SPICE / BLEU-4"
_LIST_GAP_RE = re.compile(r"[\s,]*(?:(?:and|et|or|ou|&|/)[\s,]*)?", re.IGNORECASE)
_LANGUAGE_WORD_RE = re.compile(r"[a-zéèêàùç]+")


# ---------------------------------------------------------------- values


@dataclass(frozen=True)
class Entity:
    """A named thing, compared as an identity.

    ``key`` is the normalised name (``gpt4o-mini``, ``llama13b``, ``mmlu``);
    ``family`` its leading letters (``gpt``, ``llama``): two different keys of
    one family are siblings (GPT-4 vs GPT-4o-mini), not the same thing.
    """

    key: str
    family: str
    text: str
    token: int  # index of its first token in the analysis
    strong: bool  # has a digit or several capitals (a model, a benchmark); weak = a capitalised word
    # a capitalised common word that starts a sentence ("Chinchilla needs ...", "Contrairement à ..."):
    # maybe a name, so it can be a comparison's subject, but its absence from a source proves nothing
    initial: bool = False


# "more than 7", "under 6%", "up to 5.19x" (the most it reaches), "about 40%"
_BOUND_KINDS = ("at_least", "at_most", "up_to", "about")


@dataclass(frozen=True)
class Quantity:
    value: float
    unit: str | None  # canonical unit ("percent", "times", "token", "parameter", "year", ...) or None
    text: str
    token: int  # index of the token that follows it (where its unit would be)
    position: int  # character offset in the analysed text
    decimals: int  # digits after the decimal separator as written (for rounding)
    bound: str | None = None  # one of _BOUND_KINDS when the text makes it a bound or an approximation
    clause: int = 0
    # content terms and names around the number, in its clause: what it measures ("KV cache", "training costs")
    context: frozenset[str] = frozenset()
    scale: float = 1.0  # the multiplier its scale word gave it ("billion": 1e9)
    # its context comes from a "respectively" list ("in-domain and unseen tasks by 51.79% and 60.36%, respectively")
    respective: bool = False


@dataclass(frozen=True)
class Comparison:
    direction: str  # ">" ahead, "=" on a level, "<" behind
    cue: str
    subject: tuple[str, ...]  # entity keys
    object: tuple[str, ...]


@dataclass(frozen=True)
class Analysis:
    text: str
    language: str
    words: tuple[str, ...]
    lemmas: tuple[str, ...]
    # Content terms of the text: one set of English alternatives per term.
    terms: tuple[frozenset[str], ...]
    # Every form a claim term may match in this text (lemmas, surface forms, prefixes).
    vocabulary: frozenset[str]
    entities: tuple[Entity, ...]
    quantities: tuple[Quantity, ...]
    # (entity key, index into quantities, strong): strong when "respectively" or "X% on Y" says so,
    # weak when only nearness in the clause does
    bindings: tuple[tuple[str, int, bool], ...]
    comparisons: tuple[Comparison, ...]
    negated_terms: frozenset[str]
    negation_cues: tuple[str, ...]
    exclusive_terms: frozenset[str]
    # ("all" | "most" | "some" | "none", the cue, the content terms the quantifier is said of)
    quantifiers: frozenset[tuple[str, str, frozenset[str]]]
    # (antonym pair name, "a" | "b", content terms around the cue): the scope says what is opposed
    poles: frozenset[tuple[str, str, frozenset[str]]]
    hedges: tuple[str, ...]
    # the text the offsets of quantities point into: typography normalised, numbers in words written as digits
    prepared: str = ""
    # what the text says its subject needs: the words after "requires", "relies on", "nécessite"
    required_terms: frozenset[str] = frozenset()
    # (offset in ``prepared``, the term's own alternatives or a name's key) for each content term and name, in
    # text order: where each word stands relative to the numbers
    placed_terms: tuple[tuple[int, frozenset[str]], ...] = ()
    # (pair name, side) of the whole-system properties said of a class of others ("most open models")
    class_poles: frozenset[tuple[str, str]] = frozenset()
    # the negated terms denied only by a cue that sets them aside for an alternative ("instead of storing a full
    # copy", "plutôt que"): the alternative, not the subject, is what does them
    set_aside_terms: frozenset[str] = frozenset()

    @property
    def entity_keys(self) -> frozenset[str]:
        return frozenset(e.key for e in self.entities)

    def values_of(self, entity_key: str) -> tuple[Quantity, ...]:
        return tuple(self.quantities[i] for key, i, _ in self.bindings if key == entity_key)


# ---------------------------------------------------------------- entities

# "ViT-B/16", "EVA-02-CLIP-L/14+", "NDCG@20": a patch size after a slash, a cut-off after "@" and a trailing plus are
# part of a name (a metric in lower case, "pass@1", is not a name)
_ENTITY_RE = re.compile(r"(?<![\w-])[^\W\d_][\w]*(?:[-.](?=\w)[\w]+|/(?=\d)\d+|@\d+)*(?:\+(?![\w+]))?")
# The same matches, less those that are a run of lower-case ASCII letters: they are never names, and
# leaving them out in the pattern spares a Python step for most words of a text
_ENTITY_CANDIDATE_RE = re.compile(
    r"(?<![\w-])(?![a-z]+(?!\w)(?![-.]\w))[^\W\d_][\w]*(?:[-.](?=\w)[\w]+|/(?=\d)\d+|@\d+)*(?:\+(?![\w+]))?"
)
# a number followed by a scale word is a size ("Megatron's 3.9-billion-parameter model"), not a version
_VERSION_AFTER_RE = re.compile(
    # "the VQA Challenge 2017" is the 2017 VQA Challenge: a year is not a version
    r"[ \u00a0](?!(?:19[5-9]|20[0-3])\d\b)([vV]?\d+(?:\.\d+)*(?:x\d+[BbMm])?[A-Za-z]{0,2})"
    r"(?![\w%]|[.,]\d| ?%|[-\s\u2060](?:thousand|million|billion|trillion|mille|millions?|milliards?)\b"
    # "des VLA dix fois plus gros", "LayerSkip double": a factor after a name is not its version
    r"| ?×|[\s\u2060](?:fois|times|x)\b)"
)
_MODEL_SUFFIXES = frozenset(
    "mini small medium large base xl xxl pro flash ultra turbo nano instruct chat vision moe plus max lite tiny ti super".split()
)
# what may stand between a sentence's stop and its first word
_BEFORE_NAME_BLANKS = " \u00a0\"«“("
# "features: (1) Strong performance", "i) Faster decoding": an item of an enumeration starts like a sentence
_ENUMERATOR_END_RE = re.compile(r"(?:^|[\s(:;,])(?:\d{1,2}|[ivx]{1,4}|[a-h])\)$")


def is_enumerator(text: str, quantity: Quantity) -> bool:
    """"(1) fine-tuning without prompts": the number of an item in a list, not a figure."""
    end = quantity.position + len(quantity.text)
    return quantity.unit is None and bool(_ENUMERATOR_END_RE.search(text[max(0, quantity.position - 2) : end + 1]))


def _opens_sentence(before: str) -> bool:
    """Whether a word whose preceding text (blanks stripped) is ``before`` stands first in a sentence or an item."""
    return not before or before[-1] in ".!?:\n" or bool(_ENUMERATOR_END_RE.search(before[-8:]))
_SUFFIX_AFTER_RE = re.compile(r"[ \u00a0-]([A-Za-z]+)\b")
# Capitalised words that are not names in either language.
_NOT_NAMES = frozenset(
    "we our the a an in on at for of to and or but this that these those it its they their there here "
    "however moreover furthermore also while when where which what who how then thus hence finally first "
    "second third recently today yesterday figure table section appendix abstract introduction conclusion "
    "le la les un une des du de dans sur pour par avec et ou mais ce cette ces il elle ils elles nous on "
    "en au aux selon ainsi puis enfin cependant toutefois depuis lors quand dont où son sa ses leur "
    "entre-temps parallèlement récemment ironiquement bien après avant loin hormis contrairement "
    "au-delà au-dessus au-dessous en-deçà peut-être c'est-à-dire vis-à-vis "
    # elided conjunctions that open a sentence ("Lorsqu'il s'abstient", "Jusqu'à 40 %")
    "lorsqu puisqu jusqu quoiqu presqu qu "
    # "Seuls quatre modèles": a word of number that opens a sentence, not a name with a version
    "seul seule seuls seules".split()
)


_EDITION_YEAR_RE = re.compile(r"(?<=[a-z])(?:19|20)(\d\d)$")


# Greek letters in names, as they are spelled out when a text keeps to ASCII (after casefold: "Σ" is "σ")
_GREEK_LETTERS = str.maketrans({
    letter: spelled for letter, spelled in zip(
        "αβγδεζηθικλμνξπρσςτυφϕχψω",
        "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi pi rho sigma sigma tau upsilon phi "
        "phi chi psi omega".split(), strict=True,
    )
})


def entity_key(name: str) -> str:
    """Normalised identity of a name: case and separators do not matter, versions do."""
    if _PLURAL_ACRONYM_RE.fullmatch(name):
        name = name[:-1]  # "GPUs" is the plural of GPU, "LLMs" of LLM: one identity
    key = unaccent(name).casefold().replace("_", "-").replace(" ", "-").replace("\u00a0", "-").strip("-.")
    key = key.translate(_GREEK_LETTERS)  # PixArt-α == PIXART-alpha, β-VAE == beta-VAE
    key = _LETTER_DASH_DIGIT_RE.sub("", key)  # GPT-4 == GPT4, Llama 2 == Llama-2
    key = _EDITION_YEAR_RE.sub(r"\1", key)  # an edition: WMT 2014 == WMT'14 == WMT14, CoNLL-2014 == CoNLL14
    if _DOTTED_INITIALS_RE.fullmatch(key):
        key = key.replace(".", "")  # U.S. == US
    if key.count("-") == 1:
        # a translation direction: "English-German" == "En-De"
        first, second = key.split("-")
        codes = _language_codes()
        if first in codes and second in codes:
            key = codes[first] + "-" + codes[second]
    return key


@functools.cache
def _language_pair_re() -> re.Pattern[str]:
    """Two languages joined by an arrow, a slash or a dash ("En→De", "English/German")."""
    names = "|".join(sorted(_language_codes(), key=len, reverse=True))
    language = rf"((?i:{names}))"
    return re.compile(rf"\b{language}(?:\s*(?:→|->|/|–)\s*|-to-|\s+to\s+){language}\b")


@functools.cache
def _language_codes() -> dict[str, str]:
    """Language name or code -> ISO code ("german" -> "de", "de" -> "de")."""
    table = {}
    for code, names in load_lexicon("languages")["codes"].items():
        table[code] = code
        table.update(dict.fromkeys(names, code))
    return table


@functools.lru_cache(maxsize=50_000)
def _family(key: str) -> str:
    if _ACCELERATOR_RE.fullmatch(key):
        return "accelerator"  # A100 and H100 are two GPUs of one kind, whatever their letter
    match = re.match(r"[a-z]+", key)
    return match.group() if match else key


# NVIDIA data-centre GPUs: a letter and a round number ("a100", "h100", "v100", "k80", "h800", "b200")
_ACCELERATOR_RE = re.compile(r"[abhklpv]\d?\d0")


def generalises(general: str, specific: str) -> bool:
    """``phi3`` generalises ``phi3-mini`` (a series and a member), ``grover`` generalises ``groverbase`` (as
    "GROVER_base" is written once its subscript is read); ``gpt4`` does not generalise ``gpt4o``."""
    if not specific.startswith(general) or len(specific) <= len(general):
        return False
    return specific[len(general)] == "-" or specific[len(general) :] in _SIZE_SUFFIXES


_SIZE_SUFFIXES = frozenset("base large small medium mega xl xxl mini tiny huge".split())


@functools.lru_cache(maxsize=100_000)
def same_entity(a: str, b: str) -> bool:
    return a == b or generalises(a, b) or generalises(b, a)


@functools.lru_cache(maxsize=100_000)
def siblings(a: str, b: str) -> bool:
    """Two different members of one family (GPT-4 vs GPT-4o-mini, LLaMA-13B vs LLaMA-65B)."""
    return a != b and not same_entity(a, b) and _family(a) == _family(b) and any(c.isdigit() for c in a + b)


@functools.cache
def _entity_translations() -> dict[str, str]:
    return {"ia": "ai", "iag": "agi", "tal": "nlp", "gml": "llm", "tdm": "mt", "etats-unis": "us", "royaume-uni": "uk"}


_ROLE_SUFFIX_RE = re.compile(
    r"(.+?)-(?:based|style|like|level|driven|free|specific|aware|centric|powered|guided|augmented|conditioned|sized|"
    r"generated|selected|sampled|produced|written|annotated|labell?ed|assisted|inspired|derived|distilled|curated)$",
    re.IGNORECASE,
)


_PREFIXED_FIGURE_RE = re.compile(r"(?:sub|over|under|near|pre|post|non|sous|super|ultra|semi)-\d")


def _find_entities(text: str, language: str) -> list[tuple[str, int, int, bool]]:
    """(name, start, end, strong) of every name-like span."""
    found = []
    for match in _ENTITY_CANDIDATE_RE.finditer(text):
        initial = False
        name = match.group()
        # "LLM-based", "GPT-style", "Subword-level": the name is what comes before the suffix, if anything
        role = _ROLE_SUFFIX_RE.match(name)
        if role:
            name = role.group(1)
        if name[0].islower() and name.islower() and name.isalpha():
            continue  # a common lower-case word (most of them): no capital, no digit, so never a name
        if _PREFIXED_FIGURE_RE.match(name):
            continue  # "sub-0.1-second", "pre-2020": a prefix on a figure, not a name
        start, end = match.start(), match.start() + len(name)
        if found and start < found[-1][2]:
            continue  # already part of the name before ("RTX 2080 Ti")
        has_digit = not name.isalpha() and any(c.isdigit() for c in name)  # letters only: no digit
        capitals = sum(map(str.isupper, name))
        if name[0].islower() and not has_digit and capitals < 2:
            continue
        if name.lower() in _NOT_NAMES or name.lower() in _stopwords(language) or (len(name) == 1 and not has_digit):
            continue
        if name.lower() in _MEMORY_UNITS and _ENDS_WITH_DIGIT_RE.search(text[:start]):
            continue  # "24 Go" is a size, not a name
        if not has_digit and capitals < 2:
            # A capitalised word: a name unless it only starts a sentence.
            before = text[:start].rstrip(_BEFORE_NAME_BLANKS)
            # a capitalised word that starts a sentence may be a common word ("Chinchilla", "Contrairement")
            initial = (
                _opens_sentence(before)
                # inflected common words simplemma may not list ("Pretrained", "Scaling") are not names either
                and (
                    _is_known_word(name.lower(), language) or name.lower().endswith(("ment", "ly", "ed", "ing"))
                    # a French word of the field the lexicon translates ("Cas le plus frappant : ...")
                    or (_lang(language) == "fr" and name.lower() in _translations())
                )
                and not _VERSION_AFTER_RE.match(text, end)
            )
            if initial and _PRONOUN_AFTER_RE.match(text, end) and name.lower().endswith(("ly", "ment")):
                continue  # "Notably, it surpasses GPT-4o": an adverb before the subject names nothing
            if (
                _opens_sentence(before) and name.lower().endswith(("ly", "ment")) and _FIGURE_AFTER_RE.match(text, end)
                and _is_known_word(name.lower(), language)
            ):
                continue  # "Roughly four in five workers": an adverb before a figure is no name with a version
        # "Mixtral 8x7B", "Llama 2 13B", "Gemini 1.5": a name followed by its version and size.
        while True:
            version = _VERSION_AFTER_RE.match(text, end)
            if not version:
                break
            token = version.group(1)
            # ("Hunyuan3D 2.0": a name with a digit takes a size, or a short dotted version)
            if has_digit and not _SIZE_TOKEN_RE.fullmatch(token) and not _SHORT_VERSION_RE.fullmatch(token):
                break
            if not has_digit and not name[0].isupper():
                break
            name = name + "-" + token
            end = version.end()
            has_digit = True
        year = _YEAR_AFTER_RE.match(text, end) if name.isalpha() and capitals >= 2 and len(name) >= 3 else None
        if year:
            # "AIME 2024", "AIME2024": an acronym's edition is part of its name (AIME 2025 is another test)
            name, end, has_digit = name + year.group(1), year.end(), True
        if has_digit:
            suffix = _SUFFIX_AFTER_RE.match(text, end)
            if suffix and suffix.group(1).lower() in _MODEL_SUFFIXES and (
                suffix.group(1)[0].isupper() or suffix.group(0)[0] == "-"
            ):
                name = name + "-" + suffix.group(1)
                end = suffix.end()
        if has_digit and _SHORT_CODE_RE.fullmatch(name) and not _CAPITAL_CODE_RE.fullmatch(name):
            continue  # "v4", "e.g" are not names
        alternative = _VERSION_ALTERNATIVE_RE.fullmatch(name) if "/" in name else None
        if alternative:
            # "GPT-4/3.5-based agents", "ResNet-50/101": two versions of one name, each its own name
            first = alternative.group(1) + alternative.group(2)
            found.append((first, start, start + len(first), True, initial))
            found.append((alternative.group(1) + alternative.group(3), start + len(first) + 1, end, True, False))
            continue
        found.append((name, start, end, has_digit or capitals >= 2, initial))
        # "Rho-1-1B and 7B", "Pythia-1B, 6.9B et 12B": bare sizes after a sized name are its siblings
        sized = _SIZED_NAME_RE.match(name)
        while sized:
            more = _MORE_SIZES_RE.match(text, end)
            if not more or _SIZE_COUNTS_RE.match(text, more.end()):
                break
            end = more.end()
            found.append((sized.group(1) + more.group(1), more.start(1), end, True, False))
    return found


_VERSION_ALTERNATIVE_RE = re.compile(r"(.*[A-Za-z].*?[-\s]?)(\d+(?:\.\d+)?)/(\d+(?:\.\d+)?)")
_SIZED_NAME_RE = re.compile(r"(.*[A-Za-z].*?[-\s])\d+(?:\.\d+)?[BbMm]$")
# (a figure in brackets may follow each: "between Llama2-7B (1.75) and 13B (1.67)")
_MORE_SIZES_RE = re.compile(
    r"(?:\s*\([^()]{1,20}\))?\s*(?:,\s*(?:and\s+|et\s+|or\s+|ou\s+)?|\s(?:and|et|or|ou|&)\s+)(\d+(?:\.\d+)?[BbMm])\b(?![-.]?\w)"
)
# "LLaMA-7B and 13B parameters" would be a count, not a second model
_SIZE_COUNTS_RE = re.compile(r"\s+(?:parameters?|params|tokens?|paramètres|jetons|de\s+param|d'|of\s+param)", re.IGNORECASE)


@functools.lru_cache(maxsize=50_000)
def _is_known_word(word: str, language: str) -> bool:
    return is_known(word, language)


# ---------------------------------------------------------------- numbers

_NUMBER_WORD_HINT = re.compile(
    r"\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|"
    r"billion|zéro|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|"
    r"trente|quarante|cinquante|soixante|cent|cents|mille|milliards?|millions?)\b",
    re.IGNORECASE,
)

# "pass@1", "R@10" name metrics: a digit after "@" is not a number
# A digit after "/" belongs to a fraction ("8/255") or a name ("A/B"), except in a series of figures written with
# slashes: "up to 5.19x/4.16x speedup", "117.9/21.5/36.9", "125M/350M" (after a decimal, a unit or a scale)
_AFTER_SLASH = r"(?:(?<!/)|(?<=[x%×kKMBT]/)|(?<=[.,]\d/)|(?<=[.,]\d\d/)|(?<=[.,]\d\d\d/))"
_NUM_EN = re.compile(
    r"(?<![\w.,@])" + _AFTER_SLASH
    + r"(\d{1,3}(?:,\d{3})+(?!\d)|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d]|[.,]\d)|\d+)(\.\d+)?"
)
_NUM_FR = re.compile(
    r"(?<![\w.,@])" + _AFTER_SLASH + r"(\d{1,3}(?:[ \u00a0\u202f.]\d{3})+(?![\d]|[.,]\d)|\d+)([.,]\d+)?"
)
_FRACTION_RE = re.compile(
    r"(?<![\w.,])(\d+)\s*/\s*(\d{1,3}(?:[, \u00a0\u202f]\d{3})+|\d+)(?:th|st|nd|rd|e|ème|ieme|ième)?\b"
    # French writes a count out of a total with "sur" ("8 sur 15"); a unit word after the total makes it a range instead
    r"|(?<![\w.,])(\d{1,3})\s+sur\s+(\d{1,3})\b(?!\s*(?:%|[.,]\d))"
)
_PERCENT_RE = re.compile(r"\s?(?:%|percent\b|per cent\b|pour ?cents?\b|pourcents?\b)", re.IGNORECASE)
_TIMES_RE = re.compile(r"(?:\s?[x×](?![\w])|-?fold\b|\s(?:times|fois)\b)", re.IGNORECASE)
# "7B", "1.1T", and the lower-case "0.5b-parameter" of model names
_SCALE_ATTACHED_RE = re.compile(r"([kKMBT]|b(?=-?param))(?![\w])")
# "48GB", "24 Go": memory sizes (French octets), never names
_MEMORY_UNIT_RE = re.compile(r"[ \u00a0]?(GB|Go|Gb|TB|To|MB|Mo|GiB|TiB|MiB)\b")
_MEMORY_UNITS = {"gb": "gigabyte", "go": "gigabyte", "gib": "gigabyte", "tb": "terabyte", "to": "terabyte",
                 "tib": "terabyte", "mb": "megabyte", "mo": "megabyte", "mib": "megabyte"}
_SCALE_WORD_RE = re.compile(
    r"[ \u00a0\u2060-](thousand|million|millions|billion|billions|trillion|trillions|mille|milliers?|milliards?|md|mds|bn|mn|"
    r"1000|1000000|1000000000|1000000000000)\b",
    re.IGNORECASE,
)
_POWERS = {"1000": 1e3, "1000000": 1e6, "1000000000": 1e9, "1000000000000": 1e12}
_FACTOR_WORDS = frozenset("factor facteur multiplier multiply multiplie divide diviser divise réduire réduit".split())
_ANY_DIGIT_RE = re.compile(r"\d")
_ORDINAL_FRACTION_RE = re.compile(r"\b(?:un|une|one|a)\s+(\d+)(?:ème|ieme|ième|e|th)\b", re.IGNORECASE)
_RANGE_GAP_RE = re.compile(r"^\s*(?:,\s*)?(?:à|a|to|-|–|—|~|and|et|or|ou|,)\s*$", re.IGNORECASE)


# the words between a number and the name it is measured on ("94.8% on MATH", "28.4 BLEU on English-German")
_MEASURED_ON_RE = re.compile(
    r"\d%?\s*(?:[\w@-]+\s+){0,2}?(?:on|in|sur|en)\s+(?:the\s+|le\s+|la\s+|l')?$", re.IGNORECASE
)


# between a list of names and its list of values: " dev of ", " with scores of ", " avec "
_NUMBERS_FOR_NAMES_RE = re.compile(
    r"[%x\u00d7]?[^\S\n]+(?:[a-z][\w-]*[^\S\n]+){0,3}(?:for|on|sur|pour)[^\S\n]+(?:the[^\S\n]+|le[^\S\n]+|la[^\S\n]+|les[^\S\n]+)?",
    re.IGNORECASE,
)
_LIST_OF_RE = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}(?:of|with|at|de|d'|avec|à)\s*", re.IGNORECASE)


# "41.3% to 35.7%", "20.4% versus 8.8%", "90,2 contre 91,1": two values set against each other
_PAIR_GAP_RE = re.compile(
    r"^\s*(?:to|versus|vs\.?|against|compared (?:to|with)|contre|face à|à)\s*$", re.IGNORECASE
)


# between the two ends of one range ("4.3~5.6%", "7-10%", "12 to 15 points")
RANGE_DASH_RE = re.compile(r"\s*(?:-|–|—|~|to|à)\s*", re.IGNORECASE)
# between a name and the figure it holds in a list of pairs: "Qwen2.5-Math-72B de 3,6 %", "RACE by +3.6%"
_NAME_BY_FIGURE_RE = re.compile(r"\s+(?:by|de)\s+(?:\+\s?)?")


_LATEX_INLINE_RE = re.compile(r"\\+[()]")
_TO_A_NAME_RE = re.compile(r" to [A-Z]")  # "English to German": only then is the pattern of languages worth running
_VENUE_YEAR_RE = re.compile(r"\b([A-Z]{2,}[A-Za-z]*)'([0-3]\d)\b(?![.,]?\d|\s?%)")
# "En\\(\\rightarrow\\)De" loses its brackets first: the arrow may be glued to the next name
# ("5.9%rightarrow10.9%": a snapshot may have dropped the backslash, leaving the word glued to the figures)
_LATEX_ARROW_RE = re.compile(r"\\+(?:(?:long)?rightarrow(?![a-z])|to(?![A-Za-z]))|(?<=[\d%])(?:long)?rightarrow(?=\d)")
# "Sabi\\'a", "N\\"UWA", "Pok\\'{e}mon": a letter with a LaTeX accent, as the letter it writes (Sabiá, NÜWA, Pokémon)
_LATEX_ACCENT_RE = re.compile(r"""\\+(['`^"~])\{?([A-Za-z])\}?""")
_LATEX_TIE_RE = re.compile(r"(?<=[A-Za-z])~(?=[\w(])")  # (not a range: "5.9~7.0%")
_LATEX_THIN_SPACE_RE = re.compile(r"(?<=\d)\\+,(?:(?=(\d{3})(?!\d))|(?=[kKMBT]\b))")
# "GPT-4o\\'s content scores": an escaped apostrophe, a possessive, not an accent on the "s"
_ESCAPED_POSSESSIVE_RE = re.compile(r"(?<=[A-Za-z0-9])\\+'(?=s(?![A-Za-z]))")
_COMBINING_ACCENTS = {"'": "\u0301", "`": "\u0300", "^": "\u0302", '"': "\u0308", "~": "\u0303"}
_LATEX_COMMAND_RE = re.compile(r"\\+(?:textbf|text|mathrm|mathbf|emph|textit)\b")
_LATEX_SUBSCRIPT_RE = re.compile(r"(?<=\w)[_^]\\*\{?\\*([\w.]+)\\*\}?|\\*[{}]")
# "\\(\\sim\\)11%", "\\{sim\\}11%": a tilde, once the markup around it is gone
_LATEX_SIM_RE = re.compile(r"(?<![A-Za-z])\\*sim(?=\s?\d+(?:[.,]\d+)?(?![\w.]))")
# "5\(\times\)", and "4\\(\times\\)" where an export doubled the backslashes
_LATEX_TIMES_RE = re.compile(r"\\*\(?\s*\\+times\s*\\*\)?")
_DIGIT_SCALE_RE = re.compile(
    r"(\d)[ \u00a0-](thousand|million|millions|billion|billions|trillion|trillions|mille|milliers?|milliards?)\b", re.IGNORECASE
)
_WORD_JOINER = "\u2060"
_DIGIT_THEN_BLANK_RE = re.compile(r"\d[ \u00a0-]")
_POSSESSIVE_RE = re.compile(r"(?<=[A-Za-z0-9])'s\b")


_GREEK = {
    name: letter
    for name, letter in zip(
        "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi pi rho sigma tau phi chi psi omega".split(),
        "αβγδεζηθικλμνξπρστφχψω",
    )
}
_GREEK |= {name.capitalize(): letter.upper() for name, letter in _GREEK.items()}
_LATEX_GREEK_RE = re.compile(r"\\(" + "|".join(sorted(_GREEK, key=len, reverse=True)) + r")(?![A-Za-z])")


def _prepare(text: str) -> str:
    """Typography that hides numbers: LaTeX "3\\(\\times\\)", curly apostrophes, thin spaces."""
    text = text.replace("’", "'").replace("\u2009", "\u202f")
    if "'s" in text:
        # "Transformer-XL's 54.5 perplexity": the name ends there, so the number is not read as its version
        text = _POSSESSIVE_RE.sub("\u200b", text)
    if "n't" in text:
        # "don't know" is "do not know": the negation must be a word of its own
        text = _CONTRACTED_NOT_RE.sub(lambda m: _CONTRACTED_NOT.get(m.group(0).lower(), m.group(1) + " not"), text)
    if "\\times" in text:
        text = _LATEX_TIMES_RE.sub("×", text)
    if "\\" in text:
        # "\\(1.18\\) million", "AP\\(_\{50\}\\)", "\\(\textbf\{3.7\}\times\\)": the text without its math markup
        text = _LATEX_INLINE_RE.sub("", text)
        # "PixArt-\Sigma", "PixArt-\alpha": the letter is part of the name, as the claim writes it ("PixArt-Σ")
        text = _LATEX_GREEK_RE.sub(lambda m: _GREEK[m.group(1)], text)
        text = _LATEX_ARROW_RE.sub("→", text)  # "(91.11 \\(\\rightarrow\\) 92.69)": a change
        text = _ESCAPED_POSSESSIVE_RE.sub("'", text)
        # "300\,k entries", "1\,000 images": LaTeX's thin space inside a figure
        text = _LATEX_THIN_SPACE_RE.sub(lambda m: "\u202f" if m.group(1) else "", text)
        text = _LATEX_ACCENT_RE.sub(lambda m: unicodedata.normalize("NFC", m.group(2) + _COMBINING_ACCENTS[m.group(1)]), text)
        text = _LATEX_COMMAND_RE.sub("", text)
        text = _LATEX_SUBSCRIPT_RE.sub(r"\1", text)
        if "sim" in text:
            text = _LATEX_SIM_RE.sub("~", text)  # "\{sim\}11% faster": about 11%
    elif "rightarrow" in text:
        text = _LATEX_ARROW_RE.sub("→", text)
    if "~" in text:
        text = _LATEX_TIE_RE.sub(" ", text)  # "wav2vec~2.0", "more than~30%": LaTeX's unbreakable space
    if "→" in text or "->" in text or "/" in text or "–" in text or "-to-" in text or _TO_A_NAME_RE.search(text):
        # "En→De", "English/German", "en–fr", "Romanian-to-English": a translation direction, written as the name "En-De"
        text = _language_pair_re().sub(lambda m: m.group(1).capitalize() + "-" + m.group(2).capitalize(), text)
    if "'" in text:
        # "WMT'14", "ICLR'24": the year of a venue, as "WMT 2014" writes it (not a figure 14)
        text = _VENUE_YEAR_RE.sub(lambda m: m.group(1) + " 20" + m.group(2), text)
    if "times" in text:
        text = _GLUED_TIMES_RE.sub("×", text)  # "2times A800": a LaTeX times that lost its backslash
    # "4×RTX 3090", "8x A100 GPUs": a count of devices, not a factor
    text = _COUNT_OF_DEVICES_RE.sub(r"\1 ", text)
    if "/" in text:
        # "1.3/7.5B parameters" is 1.3B and 7.5B: the scale letter belongs to every size of the list
        text = _SLASHED_SIZES_RE.sub(lambda m: " and ".join(n + m.group(2) for n in m.group(1).split("/")), text)
    if "magnitude" in text or "grandeur" in text:
        # "an order of magnitude larger": ten times ("dix fois plus volumineux"); "two orders": a hundred times
        text = _ORDER_OF_MAGNITUDE_RE.sub(lambda m: _ORDERS.get((m.group(1) or "an").lower(), "10") + "×", text)
    if "- " in text:
        text = _BROKEN_HYPHEN_RE.sub("-", text)  # "DeepSeekCoder- 33B": a line break left in a name
    if "-" in text:
        # "a twelve-category taxonomy", "three-stage": a count written as a word joined to its noun
        text = _HYPHENATED_COUNT_RE.sub(lambda m: _COUNT_WORDS[m.group(1).lower()] + " ", text)
    if "dozen" in text:
        # "approximately five dozen training examples": sixty
        text = _DOZENS_RE.sub(lambda m: str(12 * int(_DOZEN_COUNTS.get(m.group(1).lower(), m.group(1)))), text)
    if "aine" in text or "millier" in text:
        # "une centaine de personnes" is about a hundred
        text = _ABOUT_COUNT_RE.sub(lambda m: "environ " + _ABOUT_COUNTS[m.group(1).lower()], text)
    if "shot" in text:
        # "five-shot MMLU", "5-shot": a count of examples in the prompt ("avec cinq exemples")
        text = _N_SHOT_RE.sub(lambda m: _SHOT_COUNTS.get(m.group(1).lower(), m.group(1)) + " shot", text)
    if "half" in text or "halv" in text or "moitié" in text:
        # "reduces the parameter count by half", "halves", "réduit de moitié": a factor of two
        text = _HALVING_RE.sub(lambda m: m.group(1) + " 2×" if m.group(1) else "2× " + m.group(0), text)
    if "half as " in text:
        # "using half as many FLOPs": half of them, a share
        text = _HALF_AS_RE.sub(r"50 % as \1", text)
    if "half" in text or "moitié" in text or "third" in text or "tiers" in text or "quart" in text:
        # "about half of the data", "la moitié des données", "un tiers des paramètres": a share, in percent
        # ("a quarter of one percent": a share of one percent, 0.25 %)
        text = _SHARE_OF_A_PERCENT_RE.sub(lambda m: _share_of_a_percent(m.group(1)), text)
        text = _SHARE_RE.sub(lambda m: _SHARES[re.sub(r"[\s-]+", " ", m.group(1).lower())] + " % ", text)
    if " in " in text or " sur " in text or " out of " in text:
        # "roughly four in five workers", "neuf sur dix": a share written in words, in percent (not "11 out of 18",
        # digits a claim may give as they are)
        text = _WORDS_IN_WORDS_RE.sub(_share_in_words, text)
    if "sub-" in text or "sous-" in text:
        # "all sub-2B public models": under 2B
        text = _SUB_FIGURE_RE.sub(lambda m: "under " if m.group(1).lower() == "sub" else "moins de ", text)
    if " ." in text or "(." in text:
        # "a CCC of .638": a decimal without its leading zero
        text = _BARE_DECIMAL_RE.sub(r"0\1", text)
    if "place" in text or "spot" in text or "position" in text:
        # "first place in the 2017 VQA Challenge", "la deuxième place", "the top position in 4 out of 6 tasks": a rank
        # is a number of places
        text = _PLACE_RE.sub(lambda m: (_ORDINALS[m.group(1).lower()] if m.group(1) else "1") + " place", text)
    if "deux" in text:
        # "valent tous deux 1": "both", not a count of two
        text = _BOTH_RE.sub(r"\1", text)
    if "doubl" in text or "tripl" in text or "quadrupl" in text:
        # "doubles", "tripling", "a doublé" are factors: the number goes before the verb, the verb stays
        text = _MULTIPLY_VERB_RE.sub(lambda m: _MULTIPLY_FACTORS[m.group(1).lower()] + "× " + m.group(0), text)
    return text


_MEASURED_WITH_RE = re.compile(r"\s+(?:when|with|using|on|in|for|sur|avec|en)\b[^,;.()0-9]{0,40}\s*")
_GLUED_TIMES_RE = re.compile(r"(?<=\d)times\b")
# (not "2x GPU-hour reduction": a factor of what the devices are measured in)
_COUNT_OF_DEVICES_RE = re.compile(
    r"(?<![\w.])(\d+)\s?[x×]\s?"
    r"(?=(?:NVIDIA |Nvidia )?(?:[A-Z]{1,4}[- ]?\d{2,5}|RTX|GTX|TPU|GPU|A100|H100|V100)(?![- ]?hours?\b|-days?\b))"
)
_CONTRACTED_NOT_RE = re.compile(r"\b(\w+)n't\b", re.IGNORECASE)
_CONTRACTED_NOT = {"can't": "cannot", "won't": "will not", "shan't": "shall not"}
_SLASHED_SIZES_RE = re.compile(r"(?<![\w./-])(\d+(?:\.\d+)?(?:/\d+(?:\.\d+)?)+)([BMKT])\b")
_MULTIPLY_FACTORS = {"doubl": "2", "tripl": "3", "quadrupl": "4"}
_ORDINALS = {
    "first": "1", "second": "2", "third": "3", "fourth": "4", "fifth": "5",
    "premier": "1", "première": "1", "premiere": "1", "deuxième": "2", "deuxieme": "2", "seconde": "2",
    "troisième": "3", "troisieme": "3", "quatrième": "4", "cinquième": "5",
}
# "first place on the leaderboard", "la première place du classement", "the top spot"; not "the LLM first spot
# clues" (a verb), nor "the first position" of a sequence
_PLACE_RE = re.compile(
    r"\b(?:(" + "|".join(_ORDINALS) + r")\s+(?:place|spot)|(top)\s+(?:place|spot|position))\b"
    r"(?=\s*(?:[.,;:!?)]|$)|\s+(?:on|in|at|of|among|for|with|overall|sur|du|de|des|au|aux|dans|parmi|avec)\b)",
    re.IGNORECASE,
)
_SUB_FIGURE_RE = re.compile(r"\b(sub|sous)-(?=\d)", re.IGNORECASE)
_BARE_DECIMAL_RE = re.compile(r"(?<=[\s(=])(\.\d+)\b")
_BOTH_RE = re.compile(r"\b(tous|toutes)\s+(?:les\s+)?deux\b", re.IGNORECASE)
_DURATION_RE = re.compile(
    r"[ \u00a0]?(ms|µs|μs|microsecondes?|microseconds?|millisecondes?|milliseconds?|secondes?|seconds?|sec)\b"
)
_SECONDS = {
    "m": 1e-3, "µ": 1e-6, "μ": 1e-6, "microseconde": 1e-6, "microsecond": 1e-6,
    "milliseconde": 1e-3, "millisecond": 1e-3, "seconde": 1.0, "second": 1.0, "sec": 1.0,
}
_ORDERS = {"an": "10", "one": "10", "un": "10", "a": "10", "two": "100", "deux": "100", "three": "1000", "trois": "1000"}
_ORDER_OF_MAGNITUDE_RE = re.compile(
    r"\b(an|one|a|two|three|un|deux|trois) (?:orders? of magnitude|ordres? de grandeur)", re.IGNORECASE
)
_BROKEN_HYPHEN_RE = re.compile(r"(?<=[A-Za-z])- (?=\d+(?:\.\d+)?[BMK]\b)")
_COUNT_WORDS = {
    w: str(i) for i, w in enumerate(
        "two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen".split(), 2
    )
}
_HYPHENATED_COUNT_RE = re.compile(
    r"\b(" + "|".join(_COUNT_WORDS) + r")-(?=[a-z]{3,})(?!shot|thirds?|quarters?|fifths?|sixths?|tenths?|halves)", re.IGNORECASE
)
_ABOUT_COUNTS = {"dizaine": "10", "douzaine": "12", "vingtaine": "20", "trentaine": "30", "cinquantaine": "50",
                 "centaine": "100", "millier": "1000"}
_ABOUT_COUNT_RE = re.compile(r"\b(?:une|un|la|le)\s+(" + "|".join(_ABOUT_COUNTS) + r")\b", re.IGNORECASE)
_SHOT_COUNTS = {w: str(i) for i, w in enumerate("one two three four five six seven eight nine ten".split(), 1)}
_BEFORE_COUNTED = frozenset(
    "other more additional further new different extra autres supplémentaires nouveaux nouvelles différents différentes".split()
)
_DOZEN_COUNTS = {"a": "1", **{w: str(i) for i, w in enumerate("one two three four five six seven eight nine ten".split(), 1)}}
_DOZENS_RE = re.compile(r"\b(a|one|two|three|four|five|six|seven|eight|nine|ten|[1-9]) dozens?\b(?! of)", re.IGNORECASE)
_N_SHOT_RE = re.compile(r"\b(one|two|three|four|five|six|seven|eight|nine|ten|[1-9]\d?)-shots?\b", re.IGNORECASE)
_HALF_AS_RE = re.compile(r"\bhalf as (many|much)\b", re.IGNORECASE)
# (not the noun of "both halves of the GAN", "the two halves")
_HALVING_RE = re.compile(
    r"\b(?:(by|in|de|par) (?:half|moitié)|(?<!\bboth )(?<!\btwo )(?<!\bthe )(?<!\bits )halv(?:e|es|ed|ing))\b",
    re.IGNORECASE,
)
_SHARES = {
    "half": "50", "moitié": "50", "third": "33", "tiers": "33", "quarter": "25", "quart": "25",
    "two thirds": "67", "deux tiers": "67", "three quarters": "75", "trois quarts": "75",
}
_SHARE_RE = re.compile(
    r"(?<!second )(?<!first )(?<!last )(?<!première )(?<!seconde )(?<!dernière )"
    r"\b(?:(?:a|one|the|un|une|la|le|les)\s+)?(half|moitié|third|tiers|quarter|quart|two[- ]thirds|deux tiers|"
    r"three[- ]quarters|trois quarts)\s+(?=(?:of|de|des|du|d')(?:\s|$))",
    re.IGNORECASE,
)


def _share_of_a_percent(word: str) -> str:
    """A share written in words ("a quarter", "deux tiers") of one percent, as a percentage ("0.25 % ")."""
    share = int(_SHARES[re.sub(r"[-\s]+", " ", word.lower())])
    return f"{share / 100:g} % "


def _share_in_words(match: re.Match[str]) -> str:
    # (the small numbers text2num leaves as words, and "one", "un", which _WORDS_IN_WORDS_RE allows as the part)
    part, whole = (int({**_SMALL_NUMBERS, "one": "1", "un": "1"}[match.group(k).lower()]) for k in (1, 4))
    # ("neuf exemples toxiques sur dix": the counted words stay, after the share; not with "in": "one model trained in
    # ten languages" is no share)
    counted = match.group(2).strip()
    if counted and match.group(3).lower() == "in":
        return match.group()
    return f"{round(100 * part / whole)} % " + (f"{counted} " if counted else "")


_WORDS_IN_WORDS_RE = re.compile(
    r"\b(one|two|three|four|five|six|seven|eight|nine|un|deux|trois|quatre|cinq|six|sept|huit|neuf)\s+"
    # (up to three words of what is counted between: "nine models out of ten", "neuf exemples toxiques sur dix")
    r"((?:[^\W\d_]+\s+){0,3}?)"
    r"(in|out of|sur)\s+(two|three|four|five|six|seven|eight|nine|ten|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\b",
    re.IGNORECASE,
)
_SHARE_OF_A_PERCENT_RE = re.compile(
    r"\b(?:(?:a|one|the|un|une|la|le|les)\s+)?(half|moitié|third|tiers|quarter|quart|two[- ]thirds|deux tiers|"
    r"three[- ]quarters|trois quarts)\s+(?:of\s+(?:a|one|1)\s+percent|of\s+1\s?%|d'un\s+pour\s?cent|de\s+1\s?%)",
    re.IGNORECASE,
)
_MULTIPLY_VERB_RE = re.compile(
    r"\b(?:(?:near|nearly|almost|quasi)-)?(doubl|tripl|quadrupl)(?:e|es|ed|ing|er|ent|ant|é|ée|és|ées|ons|ez|ement)\b(?![-\u2011])",
    re.IGNORECASE,
)


_WORD_RUN_RE = re.compile(r"\w+")
# The words _NUMBER_WORD_HINT stands for, lower-cased ("milliards?" is two of them)
_NUMBER_WORDS = frozenset(
    word
    for alternative in _NUMBER_WORD_HINT.pattern[len(r"\b(?:") : -len(r")\b")].split("|")
    for word in ([alternative[:-2], alternative[:-2] + "s"] if alternative.endswith("s?") else [alternative])
)


def _has_number_word(text: str) -> bool:
    """``_NUMBER_WORD_HINT.search(text)``, a word at a time.

    The hint's alternatives are whole words, so it finds one exactly when some run
    of word characters is one of them; a set look-up decides a run of ASCII
    letters, and the rare other runs (accents, look-alike letters that
    case-insensitive matching folds) go to the pattern itself.
    """
    if text.isascii():  # lower-casing ASCII changes no run, and folds case as the pattern does
        return not _NUMBER_WORDS.isdisjoint(_WORD_RUN_RE.findall(text.lower()))
    for run in _WORD_RUN_RE.findall(text):
        if run.lower() in _NUMBER_WORDS or (not run.isascii() and _NUMBER_WORD_HINT.fullmatch(run)):
            return True
    return False


@functools.lru_cache(maxsize=20_000)
def _spell_numbers(text: str, language: str) -> str:
    """Numbers written in words as digits ("dix ans" -> "10 ans"); text2num, lazily.

    A digit already followed by its scale word ("3.8 billion") is glued with a
    word joiner first, so text2num leaves it alone and the text stays readable.
    """
    if "half" in text or "demi" in text:
        text = _HALF_SCALE_RE.sub(r"0.5 \1", text)  # "half a billion parameters", "un demi-milliard"
    if _DIGIT_THEN_BLANK_RE.search(text):  # what every digit-and-scale match starts with
        text = _DIGIT_SCALE_RE.sub(lambda m: m.group(1) + _WORD_JOINER + m.group(2), text)
    spaced = text.replace(_WORD_JOINER, " ")
    if not _has_number_word(_DIGIT_SCALE_RE.sub("", spaced) if _DIGIT_THEN_BLANK_RE.search(spaced) else spaced):
        return text
    try:
        from text_to_num import alpha2digit
    except ImportError:  # optional at run time: numbers in digits still work
        return text
    # the scale words glued to their digits are hidden from text2num, which would write them as digits too
    # ("600 billion" -> "600 1000000000", which the reasons would then quote)
    hidden: list[str] = []

    def hide(match: re.Match[str]) -> str:
        hidden.append(match.group(1))
        return f"{_WORD_JOINER}\ue000{len(hidden) - 1}\ue001"

    masked = _GLUED_SCALE_RE.sub(hide, text)
    # "hundreds of millions of parameters", "des milliards de paramètres": an order of size, not a number
    vague: list[str] = []

    def hide_vague(match: re.Match[str]) -> str:
        vague.append(match.group(0))
        return f"\ue002{len(vague) - 1}\ue003"

    masked = _VAGUE_AMOUNT_RE.sub(hide_vague, masked)
    # "un hybride des deux", "the better of the two": a pronoun for two things named before, not a count
    masked = _PRONOUN_PAIR_RE.sub(hide_vague, masked)
    # "18.3 on One Billion Word": capitalised number words inside a sentence begin a name (not in a title line)
    masked = _NAMED_NUMBER_RE.sub(lambda m: m.group(0) if _in_title_case_line(masked, m.start(), m.end()) else hide_vague(m), masked)
    try:
        converted = alpha2digit(masked, _lang(language))
    except Exception:
        return text
    text = _HIDDEN_SCALE_RE.sub(lambda m: _WORD_JOINER + hidden[int(m.group(1))], converted)
    # text2num leaves small numbers alone ("two experts", "deux experts"); they are counts here
    text = _ONE_SCALE_RE.sub("1", text)  # "one trillion tokens": text2num stops at billions
    text = _SMALL_NUMBER_RE.sub(lambda m: _SMALL_NUMBERS[m.group(1).lower()], text)
    return _HIDDEN_VAGUE_RE.sub(lambda m: vague[int(m.group(1))], text)


_HALF_SCALE_RE = re.compile(
    r"\b(?:half an? |a half[- ]|une? demi-)(thousand|million|billion|trillion|milliard|million)\b", re.IGNORECASE
)
_PRONOUN_PAIR_RE = re.compile(r"\b(?:des|les|aux|of the|the)\s+(?:deux|two)(?=\s*(?:[.,;:!?)]|$))", re.IGNORECASE)
_HIDDEN_VAGUE_RE = re.compile("\ue002(\\d+)\ue003")
_VAGUE_AMOUNT_RE = re.compile(
    r"(?<![\d\u2060])\b(?:hundreds|thousands|millions|billions|trillions|dozens|tens|dizaines|centaines|milliers|milliards)"
    r"(?=\s+(?:of|de|d'|des)\b)",
    re.IGNORECASE,
)
_NAMED_NUMBER_RE = re.compile(
    r"(?<=[a-z0-9,;:(] )(?:(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Twenty|Hundred|Thousand|Million|Billion|Trillion) )+"
    r"(?=[A-Z][a-z])"
)


def _in_title_case_line(text: str, position: int, end: int) -> bool:
    """Nearly all other words of the line around ``position:end`` are capitalised, as in a paper's title."""
    start = text.rfind("\n", 0, position) + 1
    stop = text.find("\n", end)
    # "a", "on", "of" are lower case in titles too; a sentence's first word is capitalised, and so is the rest
    # of the name after the run
    around = text[start:position].split()[1:] + text[end : stop if stop >= 0 else len(text)].split()[1:]
    words = [w for w in around if w[:1].isalpha() and len(w) > 3]
    return len(words) > 0 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


_GLUED_SCALE_RE = re.compile(_WORD_JOINER + r"([^\W\d_]+)")
_HIDDEN_SCALE_RE = re.compile(_WORD_JOINER + "\ue000(\\d+)\ue001")
_SMALL_NUMBERS = {
    "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9",
    "ten": "10", "eleven": "11", "twelve": "12", "deux": "2", "trois": "3", "quatre": "4", "cinq": "5",
    "sept": "7", "huit": "8", "neuf": "9", "dix": "10", "onze": "11", "douze": "12",
}
_ONE_SCALE_RE = re.compile(r"\bone(?=\s+trillions?\b)", re.IGNORECASE)
_SMALL_NUMBER_RE = re.compile(r"\b(" + "|".join(_SMALL_NUMBERS) + r")\b(?![-'])", re.IGNORECASE)


def _scale_of(word: str, language: str) -> float | None:
    scales = load_lexicon("units")["scales"][_lang(language)]
    word = word.lower()
    if word in _POWERS:
        return _POWERS[word]
    if word in scales:
        return scales[word]
    if word.rstrip("s") in scales:
        return scales[word.rstrip("s")]
    return None


@functools.cache
def _unit_table() -> dict[str, str]:
    return {k.lower(): v for k, v in load_lexicon("units")["units"].items()}


def _unit_of_word(word: str, language: str) -> str | None:
    table = _unit_table()
    # ("GPUs": an acronym's plural, which the lemmatiser does not know)
    plural = (word[:-1],) if len(word) > 3 and word.endswith("s") else ()
    for form in (word, lemma(word, language), lemma(word, "en"), *plural):
        if form in table:
            return table[form]
    if _lang(language) == "fr":
        for english in _translations().get(lemma(word, "fr"), ()):
            if english in table:
                return table[english]
    return None


# ---------------------------------------------------------------- analysis


def _clause_breaks(text: str) -> list[int]:
    return [m.start() for m in _CLAUSE_BREAK_RE.finditer(text)]


def analyse(text: str, language: str = "en") -> Analysis:
    """The language-neutral view of one claim or passage."""
    return _analyse_cached(text, _lang(language))


@dataclass(frozen=True)
class Sketch:
    """What ranking a passage needs: its vocabulary, its names and its numbers.

    The first half of an analysis (no bindings, cues, terms or comparisons), about
    a third of its cost; ``analyse`` of the same text builds on the same pass, so
    the two agree exactly on these fields.
    """

    text: str
    language: str
    vocabulary: frozenset[str]
    entity_keys: frozenset[str]
    quantities: tuple[Quantity, ...]  # without their context words (``Analysis.quantities`` has them)
    # what joining two sketches needs (``sketch_joined``)
    source: str  # the text as analysed: typography normalised, numbers spelled in digits
    words: tuple[str, ...]
    lemmas: tuple[str, ...]
    number_starts: tuple[int, ...]  # the token where each quantity starts


def sketch(text: str, language: str = "en") -> Sketch:
    """The vocabulary, names and numbers of one passage, as ``analyse`` would find them."""
    return _sketch_cached(text, _lang(language))


# A sketch is a few KB; the bound matches the analyses': every window of the sources in use.
@functools.lru_cache(maxsize=8_192)
def _sketch_cached(text: str, language: str) -> Sketch:
    base = _first_pass(text, language)
    return Sketch(
        text, language, base.vocabulary, frozenset(e.key for e in base.entities), base.quantities,
        base.source, base.words, base.lemmas, tuple(bisect.bisect_left(base.starts, q.position) for q in base.quantities),
    )


def may_compare(view: Sketch) -> bool:
    """Whether the analysis of this text holds comparisons: each cue of a direction makes one."""
    cues = _scan(view.language, view.words, view.lemmas)
    return any(f"comparisons.{group}" in cues for group, _ in _DIRECTIONS)


def sketch_joined(text: str, first: str, second: str, language: str = "en") -> Sketch:
    """``sketch(text)`` for a text that is ``first``, then blanks, then ``second`` (two neighbouring sentences).

    When nothing can change at the seam (the first part ends a sentence, no number
    near the seam reads a word across it), the sketch is the two parts' sketches
    put end to end, which costs a fifth of a pass of its own; otherwise it is made
    from the whole text. Either way it equals ``sketch(text, language)``.
    """
    return _joined_cached(text, first, second, _lang(language))[0]


@functools.lru_cache(maxsize=8_192)
def _joined_cached(text: str, first: str, second: str, language: str) -> tuple[Sketch, bool]:
    """The window's sketch, and whether it was put together from the sentences' sketches."""
    gap = text[len(first) : len(text) - len(second)]
    if not (gap.isspace() and len(text) == len(first) + len(gap) + len(second) and text.startswith(first) and text.endswith(second)):
        return _sketch_cached(text, language), False
    head, tail = _sketch_cached(first, language), _sketch_cached(second, language)
    if not head.source or not tail.source or (head.source[-1] not in ".!?" and not _plain_seam(head, tail)):
        return _sketch_cached(text, language), False  # a name or a number may run on across the seam
    source = _spell_numbers(_prepare(text), language)
    shift = len(head.source) + len(gap)
    if len(source) != shift + len(tail.source) or not (
        source.startswith(head.source) and source.endswith(tail.source) and source[len(head.source) : shift] == gap.replace("\u2009", "\u202f")
    ):
        return _sketch_cached(text, language), False  # the whole spells or writes some numbers otherwise
    count = len(head.words)
    words, lemmas = head.words + tail.words, head.lemmas + tail.lemmas
    # a number at the end of the first part whose unit would be read from the words after it
    for q in head.quantities:
        if q.unit is None or q.unit == "times":
            j = q.token
            while j < q.token + 3:
                if j >= count:
                    return _sketch_cached(text, language), False
                if head.words[j] not in ("of", "de", "d'", "des", "du"):
                    break
                j += 1
    # a number at the start of the second part, whose bound or factor would be read from words before it
    for q, start in zip(tail.quantities, tail.number_starts):
        if start >= 6:
            break
        at = count + start
        prefix_cues = _scan(language, words[max(0, at - _BOUND_REACH) : at], lemmas[max(0, at - _BOUND_REACH) : at])
        if _bound_of(prefix_cues) != q.bound:
            return _sketch_cached(text, language), False
        if q.unit is None and any(lemmas[j] in _FACTOR_WORDS or words[j] in _FACTOR_WORDS for j in range(max(0, at - 6), count)):
            return _sketch_cached(text, language), False
    if head.quantities and tail.quantities:
        last, after = head.quantities[-1], tail.quantities[0]
        if _RANGE_GAP_RE.match(source[last.position + len(last.text) : shift + after.position]):
            return _sketch_cached(text, language), False  # "from 7 to" then "65B": one range across the seam
    quantities = head.quantities
    if tail.quantities:
        clause_of = _clause_reader(source, _clause_breaks(source))
        quantities += tuple(
            dataclasses.replace(q, token=q.token + count, position=q.position + shift, clause=clause_of(q.position + shift))
            for q in tail.quantities
        )
    return Sketch(
        text, language, head.vocabulary | tail.vocabulary, head.entity_keys | tail.entity_keys, quantities,
        source, words, lemmas, head.number_starts + tuple(count + start for start in tail.number_starts),
    ), True


def analyse_joined(text: str, first: str, second: str, language: str = "en") -> Analysis:
    """``analyse(text)`` for a window that is ``first``, blanks, then ``second``; equal to it.

    When the window's sketch is put together from the sentences' (``sketch_joined``),
    so is the first pass of its analysis, from theirs.
    """
    return _analysed_joined(text, first, second, _lang(language))


# Windows judged for the claims in hand (a handful per claim); sentences' analyses stay in _analyse_cached.
@functools.lru_cache(maxsize=1_024)
def _analysed_joined(text: str, first: str, second: str, language: str) -> Analysis:
    joined, put_together = _joined_cached(text, first, second, language)
    if not put_together:
        return _analyse_cached(text, language)
    head, tail = _first_pass(first, language), _first_pass(second, language)
    source = joined.source
    shift, count = len(source) - len(tail.source), len(head.words)
    spans, entities = list(head.entity_spans), list(head.entities)
    for (name, start, end, strong, initial), entity in zip(tail.entity_spans, tail.entities):
        if initial and not tail.source[:start].rstrip(_BEFORE_NAME_BLANKS):
            # a name opening the second sentence starts a sentence in the window only after a stop
            before = source[: start + shift].rstrip(_BEFORE_NAME_BLANKS)
            initial = _opens_sentence(before)
        spans.append((name, start + shift, end + shift, strong, initial))
        entities.append(dataclasses.replace(entity, token=entity.token + count, initial=initial))
    breaks = _clause_breaks(source)
    base = _FirstPass(
        source, joined.words, joined.lemmas, head.starts + tuple(i + shift for i in tail.starts),
        head.ends + tuple(i + shift for i in tail.ends), tuple(breaks), _clause_reader(source, breaks),
        tuple(spans), tuple(entities), joined.quantities, joined.vocabulary,
    )
    return _second_pass(text, language, base)


def _plain_seam(head: Sketch, tail: Sketch) -> bool:
    """A first part that does not end a sentence (a title) still ends cleanly: on a word of letters,
    not on a number, and the second part does not open with what would extend a name (a version
    number, a model suffix such as "Mini")."""
    if not head.source.rsplit(None, 1)[-1].isalpha():
        return False
    if any(q.position + len(q.text) == len(head.source) for q in head.quantities):
        return False  # "3 billion" ends on letters, and reads a scale word after it
    opening = tail.source[:2]
    if opening[:1].isdigit() or (opening[:1] == "v" and opening[1:2].isdigit()):
        return False
    word = _LEADING_LETTERS_RE.match(tail.source)
    return not (word and word.group().lower() in _MODEL_SUFFIXES)


_LEADING_LETTERS_RE = re.compile(r"[A-Za-z]+\b")


@dataclass(frozen=True)
class _FirstPass:
    """Tokens, names and numbers of a text: shared by its sketch and its analysis."""

    source: str  # the text with its typography normalised and its numbers spelled in digits
    words: tuple[str, ...]
    lemmas: tuple[str, ...]
    starts: tuple[int, ...]  # offset of each token in source
    ends: tuple[int, ...]
    breaks: tuple[int, ...]  # offsets of clause breaks
    clause_of: Callable[[int], int]  # the clause id in force just before an offset
    entity_spans: tuple[tuple[str, int, int, bool, bool], ...]
    entities: tuple[Entity, ...]
    quantities: tuple[Quantity, ...]  # without context
    vocabulary: frozenset[str]


def _clause_reader(source: str, breaks: list[int]) -> Callable[[int], int]:
    """The clause id in force just before an offset (0 before the first break).

    A parenthesis is a clause of its own, and the text after it continues the
    clause it interrupted ("Sur Path-X (séquences de 16K), ... 63,1 %").
    """
    clause_ids: list[int] = []  # the clause id from each break on
    stack: list[int] = []
    current = 0
    next_id = 1
    for b in breaks:
        char = source[b]
        if char in "([":
            stack.append(current)
            current = next_id
        elif char in ")]" and stack:
            current = stack.pop()
        else:
            current = next_id
        next_id += 1
        clause_ids.append(current)
    offsets = tuple(breaks)

    def clause_of(offset: int) -> int:
        position = bisect.bisect_left(offsets, offset)
        return clause_ids[position - 1] if position else 0

    return clause_of


_BOUND_GROUPS = tuple((kind, f"bounds.{kind}") for kind in _BOUND_KINDS)
_BOUND_REACH = 4  # tokens before a number where its bound is written ("à peine plus de 200")


def _bound_of(prefix_cues) -> str | None:
    """The bound the words before a number make it; the longest cue wins ("just over 2 trillion" is about 2
    trillion, though "over" alone is more than it; "à peine plus de" is not "plus de")."""
    found = [
        (end - start, -order, kind)
        for order, (kind, group) in enumerate(_BOUND_GROUPS) for start, end, _ in prefix_cues.get(group, ())
    ]
    return max(found)[2] if found else None


# Only the texts being ranked and judged right now need their first pass kept:
# a sketch or an analysis made from it is cached on its own.
@functools.lru_cache(maxsize=512)
def _first_pass(text: str, language: str) -> _FirstPass:
    source = _spell_numbers(_prepare(text), language)
    stop = _stopwords(language)
    # the tokens of _tokens(source), kept as three columns
    spans = [m.span() for m in _WORD_RE.finditer(source.replace("’", "'"))]
    words = tuple([source[i:j].lower() for i, j in spans])
    lemmas = tuple(map(lemma, words, itertools.repeat(language)))
    starts = tuple([i for i, _ in spans])
    token_at = functools.partial(bisect.bisect_left, starts)  # the first token starting at or after an offset
    breaks = _clause_breaks(source)
    clause_of = _clause_reader(source, breaks)

    # -- entities
    entity_spans = _find_entities(source, language)
    translations = _entity_translations() if language == "fr" else {}
    entities = []
    for name, start, end, strong, initial in entity_spans:
        key = entity_key(name)
        key = translations.get(key, key)
        entities.append(Entity(key, _family(key), name, token_at(start), strong, initial))
    covered = [(start, end) for _, start, end, _, _ in entity_spans]

    def inside_entity(offset: int) -> bool:
        return any(s <= offset < e for s, e in covered)

    def bound_before(start: int) -> str | None:
        """"more than 7", "less than a tenth", "près de 40 %": a bound or approximation said just before a number."""
        window_start = max(0, token_at(start) - _BOUND_REACH)
        prefix_cues = _scan(language, words[window_start : token_at(start)], lemmas[window_start : token_at(start)])
        return _bound_of(prefix_cues)

    # -- quantities
    quantities: list[Quantity] = []
    taken: list[tuple[int, int]] = []
    # every number pattern needs a digit, and a fraction its "/" or "sur": most sentences skip the scans
    digits = _ANY_DIGIT_RE.search(source) is not None
    for match in _FRACTION_RE.finditer(source) if digits and ("/" in source or "sur" in source) else ():
        if inside_entity(match.start()):
            continue
        numerator, denominator_text = (match.group(1), match.group(2)) if match.group(1) else (match.group(3), match.group(4))
        denominator = float(_DIGIT_GROUP_SEPARATOR_RE.sub("", denominator_text))
        if denominator:
            value = float(numerator) / denominator
            quantities.append(
                Quantity(
                    value, "ratio", match.group(), token_at(match.end()), match.start(), 6, bound_before(match.start()),
                    clause_of(match.start()),
                )
            )
            taken.append((match.start(), match.end()))
    for match in _ORDINAL_FRACTION_RE.finditer(source) if digits else ():
        if any(s <= match.start() < e for s, e in taken) or not float(match.group(1)):
            continue
        quantities.append(
            Quantity(
                1 / float(match.group(1)), "ratio", match.group(), token_at(match.end()), match.start(), 6,
                bound_before(match.start()), clause_of(match.start()),
            )
        )
        taken.append((match.start(), match.end()))
    number_re = _NUM_FR if language == "fr" else _NUM_EN
    for match in number_re.finditer(source) if digits else ():
        start = match.start()
        if inside_entity(start) or any(s <= start < e for s, e in taken):
            continue
        integer = _DIGIT_GROUP_SEPARATOR_OR_DOT_RE.sub("", match.group(1)) if len(match.group(1)) > 3 else match.group(1)
        fraction = (match.group(2) or "")[1:]
        try:
            value = float(integer + ("." + fraction if fraction else ""))
        except ValueError:
            continue
        decimals = len(fraction)
        end = match.end()
        unit = None
        written = value
        percent = _PERCENT_RE.match(source, end)
        times = _TIMES_RE.match(source, end)
        attached = _SCALE_ATTACHED_RE.match(source, end)
        spaced = _SCALE_WORD_RE.match(source, end)
        memory = _MEMORY_UNIT_RE.match(source, end)
        if memory:
            unit, end = _MEMORY_UNITS[memory.group(1).lower()], memory.end()
        elif percent:
            unit, end = "percent", percent.end()
        elif times:
            unit, end = "times", times.end()
        elif attached:
            value *= _scale_of(attached.group(1), language) or 1
            end = attached.end()
        elif spaced:
            scale = _scale_of(spaced.group(1), language)
            if scale:
                value *= scale
                end = spaced.end()
                # "3,8 1000000000" after text2num; "3 billions" in French
                more = _SCALE_WORD_RE.match(source, end)
                if more and _scale_of(more.group(1), language):
                    value *= _scale_of(more.group(1), language)
                    end = more.end()
        duration = _DURATION_RE.match(source, end) if unit is None else None
        if duration:
            # "226ms", "226 microsecondes": durations in one unit, so a slip of scale shows as another value
            unit = "second"
            value *= _SECONDS[duration.group(1).lower().rstrip("s") or "s"]
            end = duration.end()
        next_token = token_at(end)
        if unit is None or unit == "times":
            # What the number counts: the next content word ("3.8 billion parameter", "dix ans").
            for j in range(next_token, min(next_token + 3, len(words))):
                word = words[j]
                if word in _BEFORE_COUNTED or (word in METRIC_KEYS and not _unit_of_word(word, language)):
                    continue  # "42 other languages", "3 nouvelles tâches", "18.6 F1 points": the noun after counts
                if word in ("of", "de", "d'", "des", "du") or (j == next_token and word in stop and word not in ("an",)):
                    if word in ("of", "de", "d'", "des", "du"):
                        continue
                    break
                found = _unit_of_word(word, language)
                if found and found != "times" and _lang(language) == "en":
                    # "12,000+ document images", "1,000 GPU hours", "6 language generation tasks": an English compound
                    # counts its last noun, a plural (French names the head first: "images de documents"); "a 3.8B
                    # parameter language model" counts parameters
                    for k in range(j + 1, min(j + 3, len(words))):
                        if words[k] in stop or source[spans[k - 1][1] : spans[k][0]] != " ":
                            break
                        if words[k].endswith("s"):
                            head = _unit_of_word(words[k], language)
                            found = head if head and head != "times" else found
                            break
                if found and found != "times":
                    unit = unit if unit == "times" else found
                elif _lang(language) == "en" and j + 1 < len(words) and source[spans[j][1] : spans[j + 1][0]] == "-":
                    # "120B math-related tokens", "2T high-quality tokens": a plural noun after a joined modifier
                    # (not the modifier's own last word: "80.4 zero-shot accuracy" counts no shots)
                    last = j + 1
                    while last + 1 < len(words) and source[spans[last][1] : spans[last + 1][0]] == "-":
                        last += 1
                    if last + 1 < len(words) and source[spans[last][1] : spans[last + 1][0]] == " " and words[last + 1].endswith("s"):
                        head = _unit_of_word(words[last + 1], language)
                        unit = head if head and head != "times" else unit
                break
        if unit == "example":
            # "80654 hand-annotated examples of questions": examples of a thing count that thing
            of = _EXAMPLES_OF_RE.match(source, end)
            unit = (_unit_of_word(of.group(1).lower(), language) if of else None) or unit
        if unit is None and start > 0 and source[start - 1] in _CURRENCY_SIGNS:
            unit = _CURRENCY_SIGNS[source[start - 1]]  # "$42" is "42 dollars"
        bound = bound_before(start)
        if start > 0 and source[start - 1] == "/" and taken and taken[-1][1] == start - 1:
            bound = quantities[-1].bound  # "up to 5.19x/4.16x": the series shares its bound
        if unit is None and any(
            (lemmas[j] in _FACTOR_WORDS or words[j] in _FACTOR_WORDS)
            # the factor word of this figure's own phrase: not "matrix-multiply (GEMM) operations, reaching 25-40%"
            and not _PHRASE_BREAK_RE.search(source, starts[j], start)
            for j in range(max(0, token_at(start) - 6), token_at(start))
        ):
            unit = "times"  # "d'un facteur trois", "multiplie le débit par dix", "by a factor of 3"
        quantities.append(
            Quantity(
                value, unit, source[start:end].replace(_WORD_JOINER, " "), next_token, start, decimals, bound,
                clause_of(start), scale=value / written if written else 1.0,
            )
        )
        taken.append((start, end))
    quantities.sort(key=lambda q: q.position)
    quantities = _spread_ranges(source, quantities)


    vocabulary = set(words)
    vocabulary.update(lemmas)
    # _prefix_key of each lemma: an ASCII lemma is its own unaccented form, so only long ones have a prefix
    vocabulary.update([("~" + w[:6]) if w.isascii() else _prefix_key(w) for w in lemmas if len(w) >= 7 or not w.isascii()])
    vocabulary.discard(None)  # _prefix_key of a short non-ASCII lemma
    if language != "fr":
        vocabulary.update(base for w in lemmas for base in _english_bases(w))
    vocabulary.update(e.key for e in entities)
    # "multi-modal", "co-occurrence": a compound written with a hyphen is also the word written without it
    for i in range(len(words) - 1):
        if source[spans[i][1] : spans[i + 1][0]] == "-" and words[i].isalpha() and words[i + 1].isalpha():
            joined = words[i] + words[i + 1]
            vocabulary.update((joined, lemma(joined, language)))
            if len(joined) >= 7:
                vocabulary.add("~" + unaccent(joined)[:6])
    return _FirstPass(
        source, words, lemmas, starts, tuple([j for _, j in spans]), tuple(breaks), clause_of,
        tuple(entity_spans), tuple(entities), tuple(quantities), frozenset(vocabulary),
    )


# An analysis weighs about 17 KB: the bound keeps a 1,000-article run's
# memory flat while still holding every passage of the sources in use.
@functools.lru_cache(maxsize=8_192)
def _analyse_cached(text: str, language: str) -> Analysis:
    return _second_pass(text, language, _first_pass(text, language))


def _second_pass(text: str, language: str, base: _FirstPass) -> Analysis:
    """Bindings, cues, terms, comparisons and number contexts, on a text's first pass."""
    source, words, lemmas, starts = base.source, base.words, base.lemmas, base.starts
    entity_spans, entities, quantities = base.entity_spans, base.entities, list(base.quantities)
    stop = _stopwords(language)
    # tokens followed by punctuation that ends a phrase: scopes and number contexts stop there
    ends = base.ends
    def bracketed(first: int, last: int) -> bool:
        # "character error rate (CER) of 3.58%": one word in brackets does not end the phrase around it
        return 0 <= first and last < len(starts) and bool(_BRACKETED_WORD_RE.fullmatch(source, ends[first], starts[last]))

    punct_after = {
        i for i in range(len(starts) - 1)
        if _PHRASE_BREAK_RE.search(source, ends[i], starts[i + 1]) and not bracketed(i, i + 2) and not bracketed(i - 1, i + 1)
    }
    token_at = functools.partial(bisect.bisect_left, starts)
    clause_of = base.clause_of
    breaks = base.breaks

    bindings = _bind(source, words, entities, quantities, token_at, clause_of, entity_spans)

    # -- cues: one pass over the tokens finds the cues of every group
    cues = _scan(language, words, lemmas)
    negations = [cue for cue in cues.get("negation", ()) if not _not_a_negation(words, cue)]
    if '"' in source or "\u201c" in source:
        # 'substituting the correct answer with "None of the above choices is the correct answer."': words quoted
        # are mentioned, not said
        quoted = [m.span() for m in _QUOTED_RE.finditer(source)]
        negations = [cue for cue in negations if not any(a < starts[cue[0]] < b for a, b in quoted)]
    if language == "fr":
        negations = _french_negations(words, negations)
    exclusives = list(cues.get("exclusivity", ()))  # filtered below, with the French "ne ... que"
    if language == "fr":
        exclusives += [(_que_after(words, i), _que_after(words, i) + 1, "ne que") for i, w in enumerate(words) if w in ("ne", "n'") and _ne_que(words, i)]
    exclusives = [cue for cue in exclusives if not _not_exclusive(source, starts, words, cue)]
    hedges = cues.get("hedge", [])
    # (the order does not matter: poles are a set)
    pole_cues = [
        (*_pole_groups()[group], cue) for group in cues if group.startswith("pole.") for cue in cues[group]
        # "less training cost compared to dense variants": the property belongs to what the subject is compared with
        if not _on_compared_side(cue[0], cues.get("compared_with", ()), punct_after)
        and not _look_alike(words, cue)
        and not (_pole_groups()[group][0] == "comparative_amount" and _amount_not_compared(words, cue))
        # "without hurting reasoning accuracy": a loss denied says nothing of the outcome
        and not (cue[0] > 0 and words[cue[0] - 1] in _DENYING_A_LOSS and words[cue[0]] in _NOT_A_NEGATION_AFTER)
    ]
    # "peu profond" is shallow, not also the "profond" inside it: a cue within a longer one of the other side of its
    # pair is that one's word
    pole_cues = [
        (name, side, cue) for name, side, cue in pole_cues
        if not any(
            n == name and sd != side and c[0] <= cue[0] and cue[1] <= c[1] and c[1] - c[0] > cue[1] - cue[0]
            for n, sd, c in pole_cues
        )
    ]
    pole_cues += _fraction_of_cues(source, starts)

    # -- content terms
    entity_tokens = set()
    for _, start, end, _, initial in entity_spans:
        if initial:
            continue  # "Hydroxychloroquine does not ...": the word still counts as a content term
        for i in range(token_at(start), token_at(end)):
            entity_tokens.add(i)
    number_tokens = set()
    for q in quantities:
        for i in range(token_at(q.position), token_at(q.position + len(q.text))):
            number_tokens.add(i)
    terms: list[frozenset[str]] = []
    term_index: dict[int, frozenset[str]] = {}
    core_index: dict[int, frozenset[str]] = {}  # without synonyms: what negation and "only" apply to
    translations_fr = _translations() if language == "fr" else {}
    synonyms = _synonyms()
    phrases_fr = _phrase_translations() if language == "fr" else {}
    inside_phrase: set[int] = set()
    for i, (word, lem) in enumerate(zip(words, lemmas)):
        if i in inside_phrase:
            continue
        phrase = None if not phrases_fr else next(
            (
                (n, english) for key_words, english in phrases_fr.get(word.lower(), ())
                if (n := len(key_words)) and tuple(w.lower() for w in words[i : i + n]) == key_words
                and not any(j in entity_tokens or j in number_tokens for j in range(i, i + n))
            ),
            None,
        )
        if phrase is not None:
            # a French phrase is one term, carried over as a whole ("état de l'art" -> state-of-the-art)
            n, english = phrase
            inside_phrase.update(range(i + 1, i + n))
            own = {w.lower().rstrip("'") for w in words[i : i + n]}
            core = frozenset(english | {w for w in own if len(w) > 2 and w not in stop})
            core_index[i] = core
            # the English words bring their synonyms, as a single word's do ("rendu public": publicly, available)
            groups = [group for group in map(synonyms.get, english) if group]
            term = core.union(*groups) if groups else core
            terms.append(term)
            term_index[i] = term
            continue
        if i in entity_tokens or i in number_tokens or word[0].isdigit() or word in stop or lem in stop or len(word) < 2:
            continue
        if language == "fr":
            alternatives = set(translations_fr.get(lem, ())) | set(translations_fr.get(word, ()))
            for infinitive in _french_infinitives(word):
                alternatives |= translations_fr.get(infinitive, frozenset())
            alternatives |= {lem, word} | _cognates(lem)
            prefix = _prefix_key(lem)
            if prefix:
                alternatives.add(prefix)
        else:
            alternatives = {lem, word}
        core = core_index[i] = frozenset(alternatives)
        # each alternative brings its synonyms (those of the alternatives only, not of the synonyms)
        groups = [group for group in map(synonyms.get, core) if group]
        term = core.union(*groups) if groups else core
        term_index[i] = term
        if language != "fr" and len(lem) >= _ENGLISH_PREFIX_LENGTH:
            # "generator" is found as "generation", "repositories" as "repository": the first letters of a long
            # English word, as of a French one; only to find the claim, not to say what a property is said of
            term = term | {_prefix_key(lem)}
        terms.append(term)

    # "sans grand réglage", "without much tuning": a word of degree is not what is denied; "none of those available
    # beats OLMoE", "does not fall behind smaller models": what is denied is the comparison, not its words
    denying = negations
    if any(words[start] in _COMPARISON_DENIALS for start, _, _ in negations):
        # (not a preposition: "None of the above choices"; a gapped one is: "No model ... is better at ... than")
        ahead_or_behind = [
            start for group in ("greater", "less") for start, _, cue in cues.get(f"comparisons.{group}", ())
            if cue not in ("above", "below")
        ] + [start for start, _, _, sign in _gapped_comparisons(words, source, starts, []) if sign != "="]
        denying = [cue for cue in negations if not _denies_a_comparison(words, cue, ahead_or_behind, punct_after)]
    denied = _scope_tokens(
        denying, core_index, words, entity_tokens, scope=4, punct_after=punct_after, skip=DEGREE_WORDS,
    )
    # "ni un modèle purement causal ni un modèle purement masqué, mais un hybride": what is denied is that it is
    # that alone, not that it is that at all
    denied = [(j, taken) for j, taken in denied if not (j > 0 and words[j - 1] in _ALONE_WORDS)]
    denied_tokens = {j for j, _ in denied}
    negated = _terms_of(denied, core_index, entities)
    # (a cue that opens the sentence: "Rather than learning from a blank slate, LaVie builds on ..." says what others
    # do; one after the verb, "is trained from scratch rather than initialized from a model", what the subject does not)
    plainly = [cue for cue in denying if not (cue[2] in SETTING_ASIDE and cue[0] == 0)]
    set_aside = negated - _terms_of(
        _scope_tokens(plainly, core_index, words, entity_tokens, scope=4, punct_after=punct_after, skip=DEGREE_WORDS),
        core_index, entities,
    ) if len(plainly) < len(denying) else frozenset()
    # "reference model-free", "training-free": the suffix denies the word it is on and the word before it
    for i, word in enumerate(words[1:], start=1):
        if word == "free" and i - 1 in core_index and source[ends[i - 1] : starts[i]] == "-":
            negated = negated | core_index[i - 1]
            denied_tokens.add(i - 1)
            if i >= 2 and i - 2 in core_index and i - 2 not in punct_after:
                negated = negated | core_index[i - 2]
                denied_tokens.add(i - 2)
    # "gets its reasoning ability by distilling OpenAI o1", "en distillant": the means a result is got by is needed
    means = [
        (i + 1, i + 1, "means") for i, word in enumerate(words[:-1])
        if (word == "by" and words[i + 1].endswith("ing")) or (word == "en" and words[i + 1].endswith("ant"))
    ]
    required = _scoped_terms(
        [*cues.get("requirement", ()), *means], core_index, words, stop, entity_tokens, entities, scope=3,
        punct_after=punct_after, skip=_GENERIC | DEGREE_WORDS,
    )
    exclusive = _scoped_terms(exclusives, core_index, words, stop, entity_tokens, entities, scope=3, back=2, punct_after=punct_after)
    # a property's scope is what it is said of, not the words of another property beside it
    # ("mélange d'experts clairsemé": neither cue is the other's scope)
    negation_tokens = {j for start, end, _ in negations for j in range(start, end)}
    pole_index = {j: term for j, term in term_index.items() if not any(start <= j < end for _, _, (start, end, _) in pole_cues)}
    poles = frozenset(
        (name, _lessened(name, said, cue, words),
         _scoped_terms([_with_coordinated(cue, name, pole_cues, words)], pole_index, words, stop, entity_tokens, entities,
                       scope=3, back=0 if name in _SAID_OF_WHAT_FOLLOWS else 2,
                       skip=_SKIPPED_IN_SCOPE.get(name, _GENERIC)))
        for name, side, cue in pole_cues
        if (said := _side_said(name, side, cue, negation_tokens, denied_tokens))
    )
    class_poles = frozenset(
        (name, _lessened(name, said, cue, words)) for name, side, cue in pole_cues
        if (said := _side_said(name, side, cue, negation_tokens, denied_tokens)) and _said_of_a_class(name, cue, words)
    )

    # "several bi-modal tasks": a quantifier covers the words after it, not every noun of its sentence
    quantifiers = frozenset(
        (kind, cue[2], _scoped_terms([cue], term_index, words, stop, entity_tokens, entities, scope=3, skip=_GENERIC, punct_after=punct_after))
        for kind, group in _QUANTIFIER_GROUPS
        for cue in cues.get(group, ())
        if not _tout_not_a_quantifier(words, cue[0])  # "tout en consommant": "while", not "all"
        and not _any_after_a_denial(words, cue[0])
    )

    comparisons = _comparisons(cues, words, lemmas, entities, source, starts, ends, breaks)
    # contexts use the words as written (no synonyms): "saves" and "reduces" must stay apart to see a swap
    quantities = [
        _with_context(q, words, core_index, entities, token_at, punct_after, number_tokens, bracketed=_alone_in_brackets(source, q))
        for q in quantities
    ]
    if "(" in source:
        quantities = _absolute_and_relative(source, quantities, core_index, token_at, punct_after)
    if "respectiv" in source:
        quantities = _respective_contexts(source, quantities, language, bindings)
    quantities = _paired_lists(source, quantities, language)
    if "(" in source:
        quantities = _bracketed_changes(source, quantities)

    return Analysis(
        text=text,
        language=language,
        words=words,
        lemmas=lemmas,
        terms=tuple(terms),
        vocabulary=base.vocabulary,
        entities=entities,
        quantities=tuple(quantities),
        bindings=tuple(bindings),
        comparisons=tuple(comparisons),
        negated_terms=negated,
        set_aside_terms=frozenset(set_aside),
        negation_cues=tuple(cue for _, _, cue in negations),
        exclusive_terms=exclusive,
        quantifiers=frozenset(quantifiers),
        poles=poles,
        class_poles=class_poles,
        hedges=tuple(cue for _, _, cue in hedges),
        prepared=source,
        required_terms=required,
        placed_terms=tuple(
            sorted(
                [(starts[i], core) for i, core in core_index.items()]
                + [(starts[e.token], frozenset((e.key,))) for e in entities if not e.initial],
                key=lambda placed: placed[0],
            )
        ),
    )


# negation cues that set something aside for an alternative, rather than deny it of the subject: an alternative
# chosen instead, or another thing the subject is set apart from
SETTING_APART = ("unlike", "in contrast to", "contrary to", "as opposed to", "contrairement à", "à la différence de")
_INSTEAD_OF = ("rather than", "instead of", "in lieu of", "plutôt que", "au lieu de", "en lieu et place de")
SETTING_ASIDE = (*_INSTEAD_OF, *SETTING_APART)
_QUOTED_RE = re.compile(r'"[^"]{3,200}"|\u201c[^\u201d]{3,200}\u201d')


def _any_after_a_denial(words, start: int) -> bool:
    """"without any labelled data", "not any": a denial's "any" says none, not all."""
    return words[start] == "any" and start > 0 and words[start - 1] in ("without", "not", "no", "never", "hardly")


def _tout_not_a_quantifier(words, start: int) -> bool:
    """"tout en consommant": the French "while", not the quantifier "tout"; nor is the adverb of
    "les tout premiers jetons", "tout juste", "tout à fait"."""
    if words[start] != "tout" or start + 1 >= len(words):
        return False
    return words[start + 1] in _TOUT_ADVERB_AFTER


_TOUT_ADVERB_AFTER = frozenset(
    "en premier premiers première premières dernier derniers dernière dernières juste à récemment simplement "
    "autant aussi petit petits petite petites début de".split()  # "tout de même": nevertheless
)


def _not_exclusive(source: str, starts, words: list[str], cue: tuple[int, int, str]) -> bool:
    """"text-only", "decoder-only" name a kind of thing; "une seule RTX 4090", "a single GPU" count one;
    "only 8.19 GB", "just one or two steps" say how little, not that nothing else counts."""
    start, end = cue[0], cue[1]
    if start < len(starts) and starts[start] > 0 and source[starts[start] - 1] in "-\u2011":
        return True
    # the number may follow a preposition: "n'a été affiné que sur 1 000 exemples"
    ahead = list(words[end : end + 2])
    if ahead and (_is_count(ahead[0]) or (len(ahead) > 1 and ahead[0] in _COUNT_PREPOSITIONS and _is_count(ahead[1]))):
        return True
    if ahead and words[start] in _DEGREE_CUES and ahead[0].startswith(_DEGREE_OF):
        return True  # "entièrement supervisé", "entirely automatic": how fully, not "nothing else"
    if ahead and words[start] in _WHOLLY and ahead[0] not in _SCOPE_OPENERS:
        return True  # "entièrement convolutive": how fully; "entirely on synthetic data" is "only"
    if start > 0 and words[start] in ("seul", "seule") and words[start - 1] in ("un", "une"):
        return True
    if ahead and words[start] == "just" and ahead[0] in _BOUND_AFTER_JUST:
        return True  # "just over nine in ten", "just under 2%": a bound, not "nothing else"
    if ahead and words[start] in ("only", "merely") and ahead[0] in _DEGREE_AFTER_ONLY:
        return True  # "offer only partial fixes", "only marginally better": how much, not "nothing else"
    # "with only half of the data", "seulement un tiers", "only a fraction", "only about a quarter" (read "about
    # 25"): how little
    ahead = list(words[end : end + 3])
    if ahead and ahead[0] in _ROUGHLY:
        ahead = ahead[1:]
        if ahead and _is_count(ahead[0]):
            return True
    fraction = ahead[1:2] if ahead and ahead[0] in _BEFORE_A_FRACTION else ahead[:1]
    if fraction and fraction[0] in _FRACTION_WORDS:
        return True
    # "au lieu de ne transmettre que la dernière couche", "instead of using only": what is set aside is the "only"
    before = " ".join(words[max(0, start - 5) : start])
    return bool(_SET_ASIDE_RE.search(before))


_BOUND_AFTER_JUST = frozenset("over under above below shy short beyond past".split())
# the shares written in one word, and a fraction that is no share of its own
_FRACTION_WORDS = frozenset(k for k in _SHARES if " " not in k) | frozenset(("fraction", "tenth", "dixième"))
_BEFORE_A_FRACTION = frozenset("a an the la le un une".split())
_ROUGHLY = frozenset("about around roughly approximately nearly almost some environ presque quelque".split())
_DEGREE_AFTER_ONLY = frozenset(
    "partial partially slight slightly marginal marginally modest modestly minor moderate moderately limited "
    "middling mediocre average weak small little".split()
)
_SET_ASIDE_RE = re.compile(rf"\b(?:{'|'.join(_INSTEAD_OF)}|au lieu d')\b(?!.*[,;])")
_DEGREE_CUES = frozenset("entirely entièrement purely purement".split())
_WHOLLY = frozenset("entirely entièrement".split())
# words that open what an "only" is about: "entirely on", "entièrement à partir de"
_SCOPE_OPENERS = frozenset("on in from with by of through via sur dans de du des d' à au aux avec par en".split())
# "fully open", "entièrement ouvert", "fully connected" say how much; "purely convolutional" says "only convolutions"
_DEGREE_OF = ("supervis", "automat", "differentiab", "différentiab", "connect", "open", "ouvert")
_SMALL_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten deux trois quatre cinq".split())
_COUNT_PREPOSITIONS = frozenset("on with for in to at sur avec pour en de à".split())


def _is_count(word: str) -> bool:
    return word[:1].isdigit() or word in _SMALL_NUMBER_WORDS


DEGREE_WORDS = frozenset(
    "much many large big great significant substantial considerable notable noticeable major "
    "grand grande grands grandes moindre notable notables significatif significative important importante beaucoup".split()
)
_PLACE_PREPOSITIONS = frozenset("on in at across sur dans à au aux pour for".split())
_NEAR_WORDS = frozenset("almost nearly virtually practically quasiment presque pratiquement".split())
_NOT_A_NEGATION_AFTER = frozenset(
    "more less fewer only later earlier longer seulement "
    # "without sacrificing X", "sans perdre X": a loss denied keeps X, it does not deny it (only these
    # forms: "does not compromise on X" stays a negation the verifier sets against "gives up X")
    "sacrificing losing compromising hurting degrading harming "
    # "is not limited to text", "does not settle for one prompt": that and more
    "limited restricted confined settle stop "
    "sacrifier perdre compromettre dégrader degrader nuire altérer alterer renoncer "
    # "sans difficulté", "without effort": with ease, denying nothing of what follows
    "difficulté difficultés peine mal effort difficulty effort".split()
)


_LIMITING_VERBS = frozenset(
    "limite limitent limiter limité limitée limités limitées cantonne cantonnent restreint restreignent résume "
    "résument borne bornent contente contentent".split()
)
_ALONE_WORDS = frozenset(
    "purely entirely exclusively solely strictly purement entièrement exclusivement uniquement strictement".split()
)
_DENYING_A_LOSS = frozenset("without sans not never".split())


def _not_a_negation(words: list[str], cue: tuple[int, int, str]) -> bool:
    """"no more than" is a bound, "not only" adds, "almost no" is a small amount: none of them denies."""
    start, end, name = cue
    # ("sans rien sacrifier", "without any harming of": the word of amount between is not what is denied)
    after = end + 1 if end + 1 < len(words) and words[end] in ("rien", "any") else end
    if after < len(words) and words[after] in _NOT_A_NEGATION_AFTER:
        return True
    if any(words[j] in _LIMITED_AFTER and words[j - 1] != "at" for j in range(end, min(end + 3, len(words)))):
        # "not all models are equally robust", "ne sont pas forcément robustes": a quantity limited, not the words
        # after it denied ("not always" still denies: "does not always yield consistent gains")
        return True
    if name in _CONTRAST_CUES and any(w in _PRIOR_WORK_WORDS for w in words[end : end + 3]):
        # "in contrast to traditional methods where the dialog state is predicted", "contrairement aux méthodes
        # existantes": the other side's way of doing the thing, not a denial of the thing's words
        return True
    if end - start == 1 and words[start].startswith(("elimin", "élimin")) and not words[start].endswith(("ing", "ant")):
        # ", eliminating step-specific training" says "without"; "a filter eliminates noisy captions" does a thing
        return True
    if start >= 2 and words[start - 1] in ("or", "and", "ou", "et") and words[start - 2] in ("with", "avec"):
        return True  # "with or without episodic memory": either way
    return start > 0 and words[start - 1] in _NEAR_WORDS


_FIGURE_AFTER_RE = re.compile(r"\s+\d")
_PRONOUN_AFTER_RE = re.compile(r",\s+(?:it|we|our|they|this|these|il|elle|nous|notre|ils|elles|ce|cette)\b", re.IGNORECASE)
_LIMITED_AFTER = frozenset("all every necessarily tous toutes forcément nécessairement".split())
_CONTRAST_CUES = frozenset({"unlike", "in contrast to", "contrary to", "as opposed to", "contrairement à", "à la différence de"})
_PRIOR_WORK_WORDS = frozenset(
    "traditional conventional existing previous prior earlier standard classic classical other "
    "traditionnel traditionnelle traditionnels traditionnelles classique classiques existant existante existants "
    "existantes précédent précédente précédents précédentes antérieur antérieure antérieurs antérieures autres".split()
)
_ARTICLES = frozenset("le la les l' the its their".split())
_CONTEXT_BEFORE = 4
_CONTEXT_AFTER = 3
_OF_WORDS = frozenset("of on in for after without de d' des du sur en pour après sans".split())
_BRACKETED_WORD_RE = re.compile(r"\s*\([^\s()]+\)\s*")
_BRACKETED_NAME_RE = re.compile(r"\S\s*\([^\s(),;:]+\)")
_PHRASE_BREAK_RE = re.compile(r"[,;:()\[\]]|[.!?](?:\s|$)")
# Words too common in this field to say what an opposite property is about.
_GENERIC = frozenset(
    "model models method approach language system task tasks result results performance network llm work data "
    "dataset datasets corpus set "
    # adverbs of order and manner say nothing of what a property is said of ("first has to be finetuned")
    "first then still also directly d'abord ensuite toujours aussi directement "
    # nor do the verbs that link a subject to its property ("quickly becomes unstable", "reste stable")
    "become becomes became stay stays stayed remain remains remained prove proves proved quickly "
    "devient deviennent devenu reste restent resté demeure demeurent rapidement".split()
)


_WORD_LIST_RE = re.compile(r"\b([^\W\d_][\w-]*)((?:\s*,\s*[^\W\d_][\w-]*)*)\s*,?\s+(?:and|et)\s+([^\W\d_][\w-]*)\b")
_RESPECTIVELY_RE = re.compile(r"respectiv\w*", re.IGNORECASE)


def _respective_contexts(
    source: str, quantities: list[Quantity], language: str, bindings: Sequence[tuple[str, int, bool]] = ()
) -> list[Quantity]:
    """"on in-domain and unseen tasks by 51.79% and 60.36%, respectively": each number gets its own word; so in
    "58% and 40% reduction ... when generating biographies and answering medical questions, respectively".

    Both numbers would otherwise share the words of the whole list, and a claim of "60% on unseen tasks"
    would find 51.79% in its slot.
    """
    out = list(quantities)
    stop = _stopwords(language)
    for mark in _RESPECTIVELY_RE.finditer(source):
        sentence_start = _statement_start(source, mark.start())
        run = [i for i, q in enumerate(quantities) if sentence_start <= q.position < mark.start()]
        # the numbers just before "respectively", in one list
        groups = number_runs([quantities[i] for i in run], source)
        if not groups or len(groups[-1]) < 2:
            continue
        members = [run[k] for k, _, _ in groups[-1]]
        named = [{key for key, i, strong in bindings if i == m and strong} for m in members]
        # "on CogVideoX-2B and 5B ... improves video quality and temporal coherence with only an 8% and 13% increase
        # in inference time, respectively": when each figure is firmly tied to a name of its own, the list before
        # the figures is of names, and a list of words there is said of all of them
        names = set().union(*named)
        of_names = all(named) and len(names) >= len(members) and not set.intersection(*named)
        lists = [
            m for m in _WORD_LIST_RE.finditer(source, sentence_start, quantities[members[0]].position)
            if 1 + len([x for x in m.group(2).split(",") if x.strip()]) + 1 == len(members)
            and (not of_names or {entity_key(m.group(1)), entity_key(m.group(3))} <= names)
        ]
        shared: set[str] = set()
        if lists:
            found = lists[-1]
            items = [found.group(1), *[x.strip() for x in found.group(2).split(",") if x.strip()], found.group(3)]
        else:
            # "58% and 40% reduction in factual error rate when generating biographies and answering medical
            # questions, respectively": the list follows the numbers, and the words before it are said of each
            last = quantities[members[-1]]
            tail = source[last.position + len(last.text) : mark.start()]
            items = _items_after(tail, len(members))
            if not items and not tail.strip(" ,"):
                # "an improvement of 5.7% and 3.5% respectively on the image and the sentence retrieval tasks":
                # the list follows "respectively"
                items = _items_following(source[mark.end() :], len(members))
            if items:
                shared = set().union(*(quantities[i].context for i in members))
            else:
                # "to an average rating of 3.61, the median duration of 2 mins 18 seconds, and average turns to 14.6,
                # increases of 14%, 92%, 54% respectively": the list is of figures, each said of the words before it
                items = _figure_phrases(source[sentence_start : quantities[members[0]].position], len(members))
                if not items:
                    continue
                # what follows "respectively" ("since the launch of the 2018 competition") is said of every figure
                after = re.split(r"[.;]\s", source[mark.end() :], maxsplit=1)[0]
                shared = {
                    form for w in re.findall(r"[^\W\d_]+", after.lower()) if w not in stop for form in (w, lemma(w, language))
                }
        _give_items(out, members, items, shared, language)
    return out


def _give_items(
    quantities: list[Quantity], members: list[int], items: Sequence[str], shared: set[str], language: str
) -> None:
    """Each number of a list its own item of a list of words, in order, beside the words all share."""
    stop = _stopwords(language)
    terms = [
        {form for w in re.split(r"[-\s]", item.lower()) if w and w not in stop for form in (w, lemma(w, language))}
        for item in items
    ]
    everyone = set().union(*terms)
    for index, own in zip(members, terms):
        q = quantities[index]
        quantities[index] = dataclasses.replace(q, context=frozenset(((q.context | shared) - everyone) | own), respective=True)


# "74.3 F1 and 57.9 F1 on long-answer and short-answer tasks": two figures, then the two things they measure, in order
_PAIRED_FIGURES_RE = re.compile(r"\s*(%?\s*[A-Za-z][\w@-]{0,8})?\s+(?:and|et)\s+")


def _paired_lists(source: str, quantities: list[Quantity], language: str) -> list[Quantity]:
    """Two figures joined by "and", each with the same unit word, then a list of two things after a preposition:
    each figure measures its own thing, as if the sentence said "respectively"."""
    out = list(quantities)
    for index, (first, second) in enumerate(zip(quantities, quantities[1:])):
        if first.respective or second.respective:
            continue
        joined = _PAIRED_FIGURES_RE.fullmatch(source, first.position + len(first.text), second.position)
        if joined is None:
            continue
        # the second figure carries the first one's unit word ("F1"), if any
        unit = re.compile(r"\s*" + re.escape((joined.group(1) or "").strip()))
        after = unit.match(source, second.position + len(second.text))
        if after is None:
            continue
        items = _items_following(source[after.end() :], 2)
        if items and all(item.strip() for item in items):
            _give_items(out, [index, index + 1], items, set(), language)
    return out


def _items_after(tail: str, count: int) -> list[str] | None:
    """The last ``count`` items of a list of phrases that ends a text ("when generating biographies and answering
    medical questions, "): each item its last few words, the list's first item what stands after a preposition or a
    verb ending in -ing before it."""
    parts = [p.strip() for p in _ITEM_SPLIT_RE.split(tail.strip(" ,")) if p.strip()]
    if len(parts) < count:
        return None
    parts = parts[-count:]
    # the first item starts after the words that introduce the list ("reduction in factual error rate when generating")
    first = parts[0].split()
    parts[0] = " ".join(first[-min(len(first), max(len(p.split()) for p in parts[1:])) :])
    return parts


def _items_following(text: str, count: int) -> list[str] | None:
    """The ``count`` items of a list of phrases that opens a text after a preposition (" on the image and the sentence
    retrieval tasks on the Recall@1 metric."), each up to the next preposition, or None."""
    opening = _LIST_OPENING_RE.match(text)
    if opening is None:
        return None
    phrase = _ITEMS_END_RE.split(text[opening.end() :], maxsplit=1)[0]
    parts = [p.strip() for p in _ITEM_SPLIT_RE.split(phrase) if p.strip()]
    if len(parts) != count:
        return None
    parts[-1] = _NEXT_PREPOSITION_RE.split(parts[-1], maxsplit=1)[0]
    return parts


# where a list of phrases ends: a stop, a colon, or a comma that opens no further item
_ITEMS_END_RE = re.compile(r"[.;:](?:\s|$)|,\s(?!and\b|et\b)")
_LIST_OPENING_RE = re.compile(r"[\s,]*(?:on|for|in|at|sur|pour|en|dans)\s+(?:the\s+|le\s+|la\s+|les\s+|l')?", re.IGNORECASE)
_NEXT_PREPOSITION_RE = re.compile(r"\s+(?:on|for|in|at|with|sur|pour|en|dans|avec)\s+", re.IGNORECASE)
_ITEM_SPLIT_RE = re.compile(r"\s*,\s*(?:and\s+|et\s+)?|\s+(?:and|et)\s+")


def _figure_phrases(text: str, count: int) -> list[str] | None:
    """The words before each figure of a list of ``count`` phrases that each end on a figure ("an average rating of
    3.61, the median duration of 2 mins 18 seconds, and average turns to 14.6, increases of"), or None."""
    parts = [p for p in _PHRASE_SPLIT_RE.split(text) if p.strip()]
    with_figures = [p for p in parts if _ANY_DIGIT_RE.search(p)]
    # each phrase ends on its figure, and its unit ("2 mins 18 seconds"), not on a name ("Mistral NeMo 12B models to")
    if len(with_figures) != count or any(len(_LAST_DIGIT_RE.search(p).group(1).split()) > 1 for p in with_figures):
        return None
    items = []
    for part in with_figures:
        words = part[: _ANY_DIGIT_RE.search(part).start()].split()[-_FIGURE_PHRASE_WORDS:]
        if not words:
            return None
        items.append(" ".join(words))
    return items


# a comma that separates phrases, not the comma of "2,000"
_PHRASE_SPLIT_RE = re.compile(r",\s+(?:and\s+|et\s+)?|\s+(?:and|et)\s+")
_LAST_DIGIT_RE = re.compile(r"\d([^\d]*)$")
_FIGURE_PHRASE_WORDS = 4


# "0.56% absolute (23.8% relative) error reduction": two figures of one change, the second in brackets
_ABSOLUTE_OR_RELATIVE = r"(?:absolute|relative|absolu|relatif)?"
_ABSOLUTE_THEN_BRACKET_RE = re.compile(r"\s*" + _ABSOLUTE_OR_RELATIVE + r"\s*\(\s*$", re.IGNORECASE)
_BRACKET_CLOSES_RE = re.compile(r"\s*" + _ABSOLUTE_OR_RELATIVE + r"\s*\)", re.IGNORECASE)


def _absolute_and_relative(
    source: str, quantities: list[Quantity], term_index, token_at, punct_after
) -> list[Quantity]:
    """"0.56% absolute (23.8% relative) error reduction on intent detection": what follows the bracket is what both
    figures measure."""
    out = list(quantities)
    for i in range(1, len(out)):
        before, after = out[i - 1], out[i]
        closing = _BRACKET_CLOSES_RE.match(source, after.position + len(after.text))
        between = source[before.position + len(before.text) : after.position]
        if not closing or not _ABSOLUTE_THEN_BRACKET_RE.match(between):
            continue
        words: set[str] = set()
        first = token_at(closing.end())
        for k in range(first, first + _CONTEXT_AFTER + 2):
            if k not in term_index:
                break
            words |= term_index[k]
            if k in punct_after:
                break
        out[i - 1] = dataclasses.replace(before, context=before.context | words)
        out[i] = dataclasses.replace(after, context=after.context | words)
    return out


def _alone_in_brackets(source: str, q: Quantity) -> bool:
    """The figure opens a bracket that holds no other figure ("(95% accuracy)", not "(61.2%->70.5% on A, ...)"), or
    only the figure it changes to ("document image classification (91.11 → 92.69)")."""
    if not source[: q.position].rstrip().endswith("("):
        return False
    close = source.find(")", q.position)
    inside = source[q.position + len(q.text) : close if close >= 0 else len(source)]
    return not any(c.isdigit() for c in inside) or bool(_BRACKETED_CHANGE_RE.fullmatch(inside))


_ARROW = r"(?:→|->|=>|⇒)"
# the rest of a bracket that holds a change: " → 92.69", " -> 70.5%"
_BRACKETED_CHANGE_RE = re.compile(r"\s*" + _ARROW + r"\s*[\d.,]+\s*%?\s*")
_CHANGE_ARROW_RE = re.compile(r"\s*%?\s*" + _ARROW + r"\s*")


def _bracketed_changes(source: str, quantities: list[Quantity]) -> list[Quantity]:
    """"(91.11 → 92.69)": the figure a bracket changes to measures what the figure before it measures."""
    out = list(quantities)
    for i in range(1, len(out)):
        before, after = out[i - 1], out[i]
        gap = source[before.position + len(before.text) : after.position]
        if (
            source[: before.position].rstrip().endswith("(")
            and _CHANGE_ARROW_RE.fullmatch(gap)
            and source[after.position + len(after.text) :].lstrip(" %").startswith(")")
        ):
            out[i] = dataclasses.replace(after, context=after.context | before.context)
    return out


def _with_context(q: Quantity, words, term_index, entities, token_at, punct_after, quantity_tokens, *, bracketed: bool = False) -> Quantity:
    """The words that say what a number measures.

    Words before it, back to the previous number or punctuation ("reduces the
    KV cache by 93.3%"), and words after it only when a preposition ties them to
    it ("42.5% of training costs", "65.4 after self-correction").
    """
    first = token_at(q.position)
    last = token_at(q.position + len(q.text))
    context: set[str] = set()

    def take(j: int) -> bool:
        named = [e.key for e in entities if e.token == j]
        context.update(named)
        if j in term_index:
            context.update(term_index[j])
            return True
        return bool(named)

    taken = 0
    for j in range(first - 1, max(-1, first - 8), -1):
        # "humans find the dataset easy (95% accuracy)": a figure that opens a bracket measures the phrase before it
        opened = bracketed and j == first - 1
        if j in quantity_tokens or (j in punct_after and not opened) or taken >= _CONTEXT_BEFORE or words[j] in ("and", "et", "while", "tandis"):
            break
        taken += take(j)
    # "divise par 7,7 la mémoire d'inférence", "réduit de 40 % la latence": in French what changes may follow the figure,
    # and after the verb a factor was read from ("4× quadruple le débit", "3× triples throughput")
    after = last
    if after < len(words) and words[after].startswith(tuple(_MULTIPLY_FACTORS)):
        after += 1
    if after < len(words) and words[after] in _ARTICLES and (after > last or (first > 0 and words[first - 1] in ("par", "de", "d'"))):
        after += 1
    # the noun phrase right after the number says what it counts ("30,000 H100 GPU hours", "236B total parameters")
    for k in range(after, min(len(words), after + _CONTEXT_AFTER)):
        if k in quantity_tokens or (k - 1) in punct_after or not take(k):
            break
    j = last
    if j < len(words) and (last - 1) not in punct_after:
        if words[j] not in _OF_WORDS and j + 1 < len(words) and j not in punct_after:
            j += 1  # a unit word between the number and its preposition ("28.4 BLEU on")
        if j < len(words) and words[j] in _OF_WORDS:
            taken = 0
            for k in range(j + 1, min(len(words), j + 7)):
                if k in quantity_tokens or taken >= _CONTEXT_AFTER:
                    break
                taken += take(k)
                if k in punct_after:
                    break
    return dataclasses.replace(q, context=frozenset(context))


def _ne_que(words: list[str], i: int) -> bool:
    """French "ne ... que" (only), not a negation: no pas/jamais/plus before the que."""
    for j in range(i + 1, min(i + 6, len(words))):
        if words[j] in ("pas", "jamais", "plus", "aucun", "aucune", "rien", "guère"):
            return False
        if words[j] in ("que", "qu'"):
            return True
    return False


def _que_after(words: list[str], i: int) -> int:
    for j in range(i + 1, min(i + 6, len(words))):
        if words[j] in ("que", "qu'"):
            return j
    return i


# who wins nothing: "none of those available beats OLMoE", "aucun modèle ne dépasse"
_NOBODY = frozenset("no none nothing neither aucun aucune nul nulle".split())


def _denies_a_comparison(words, cue: tuple[int, int, str], compared: list[int], punct_after) -> bool:
    """A "not", "never", "none", "aucun" whose comparison verb follows in a few words of the same phrase ("none of
    those available beats", "does not fall behind")."""
    start, end = cue[0], cue[1]
    if words[start] not in _COMPARISON_DENIALS:
        return False
    return any(end <= at <= end + 5 and not any(j in punct_after for j in range(end - 1, at)) for at in compared)


_COMPARISON_DENIALS = frozenset("not never n't".split()) | _NOBODY


def _french_negations(words: list[str], cues: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Keep one cue per French negation: "ne ... pas" counts once, "ne ... que" is not one."""
    kept = []
    skip_until = -1
    for start, end, cue in cues:
        if start < skip_until:
            continue
        if cue in ("ne", "n'"):
            if _ne_que(words, start):
                continue
            if start + 1 < len(words) and words[start + 1] == "importe":
                continue  # "n'importe quelle combinaison": any, not a negation
            # the second half ("pas", "jamais") belongs to the same negation
            for j in range(start + 1, min(start + 6, len(words))):
                if words[j] in ("pas", "jamais", "plus", "aucun", "aucune", "rien", "guère", "point"):
                    skip_until = j + 1
                    break
            else:
                # "pour éviter que le modèle ne s'enferme", "plus vite qu'il ne l'était": a lone "ne" after "que"
                # denies nothing
                if any(words[j] in ("que", "qu'") for j in range(max(0, start - 4), start)) and not any(
                    words[j] in ("personne", "ni", "nul", "nulle") for j in range(start + 1, min(start + 6, len(words)))
                ):
                    continue
            # "ne se limite pas à l'affinage supervisé": not that alone, which says it too
            if any(words[k] in _LIMITING_VERBS for k in range(start + 1, min(start + 6, skip_until, len(words)))):
                continue
        kept.append((start, end, cue))
    return kept


def _look_alike(words: list[str], cue) -> bool:
    """A word that carries a property's lemma without its sense."""
    start, end, _ = cue
    # "come close to human accuracy": the lemma of "closed", not the word
    if words[start] == "close":
        return True
    # "au moins", "du moins", "at least", "at most": bounds, not "less" or "more"
    if start > 0 and (
        (words[start] == "moins" and words[start - 1] in ("au", "du")) or (words[start] in ("least", "most") and words[start - 1] == "at")
    ):
        return True
    # "l'augmentation de données": data augmentation, the name of a technique, not a rise
    if words[start] == "augmentation" and tuple(words[end : end + 2]) in (("de", "données"), ("des", "données")):
        return True
    # "single out three biases": a verb, not a count
    return words[start] == "single" and end < len(words) and words[end] == "out"


def _side_said(name: str, side: str, cue, negation_tokens, denied_tokens) -> str:
    """The side of an antonym pair a cue asserts: its own, the other one when denied, or "" (nothing said).

    "without any gradient updates or fine-tuning": a denied property is not said of the thing, unless the pair
    is a whole system's either-or ("its code has not been made public": closed). A cue that holds its own
    negation ("without fine-tuning") is the property itself.
    """
    if any(j in negation_tokens for j in range(cue[0], cue[1])):
        return side
    # denied where it stands ("non-autoregressive", "not open"), not wherever its word is denied once
    if not any(j in denied_tokens for j in range(cue[0], cue[1])):
        return side
    return ("b" if side == "a" else "a") if name in whole_pairs() else ""


def _fraction_of_cues(source: str, starts) -> list[tuple[str, str, tuple[int, int, str]]]:
    """"requiring only 12% of the cost", "using less than 20% of the annotated data", "avec seulement 1/6 des
    paramètres": a bounded part of something is less of it (the "less" side of comparative_amount), said of the
    words that follow."""
    cues = []
    for match in _FRACTION_OF_RE.finditer(source):
        share = match.group("share")
        value = float(share.rstrip("%").replace(",", ".")) if share.endswith("%") else 1.0 / int(share.split("/")[1])
        if share.endswith("%") and value >= 100:
            continue
        first = bisect.bisect_left(starts, match.start("share"))
        last = bisect.bisect_left(starts, match.end())
        cues.append(("comparative_amount", "b", (first, max(first + 1, last), match.group().strip())))
    return cues


_FRACTION_OF_RE = re.compile(
    r"\b(?:only|just|merely|less\s+than|seulement|moins\s+de|à\s+peine)\s+(?:~|about\s+|around\s+|environ\s+)?"
    r"(?P<share>\d+(?:[.,]\d+)?\s?%|1/\d+)\s+(?:of|de|du|des|d')\b",
    re.IGNORECASE,
)


def _with_coordinated(cue, name: str, pole_cues, words):
    """"unsupervised and supervised text embedding models": a cue joined by "and"/"or" to the other side of its pair
    is said of the same words, those after the second cue."""
    for other_name, _, other in pole_cues:
        if other_name == name and 0 < other[0] - cue[1] <= 1 and words[cue[1]] in ("and", "or", "et", "ou", "nor", "ni"):
            return (cue[0], other[1], cue[2])
    return cue


def _said_of_a_class(name: str, cue, words) -> bool:
    """"most open models", "other proprietary systems", "la plupart des modèles ouverts": a whole system's property
    said of a class of others is not said of anything the text names."""
    if name not in whole_pairs():
        return False
    before = words[max(0, cue[0] - 3) : cue[0]]
    return any(word in _CLASS_WORDS for word in before)


_CLASS_WORDS = frozenset(
    "most many other others existing prior previous several plupart autres nombreux nombreuses existants existantes".split()
)


def _lessened(name: str, side: str, cue, words) -> str:
    """"less expensive", "moins chère": a property with "less" before it is its opposite (not for "more"/"less"
    themselves)."""
    if name != "comparative_amount" and cue[0] > 0 and words[cue[0] - 1] in ("less", "moins"):
        return "b" if side == "a" else "a"
    return side


@functools.cache
def whole_pairs() -> frozenset[str]:
    """Antonym pairs that are a whole system's either-or (antonyms.json "whole")."""
    return frozenset(pair["name"] for pair in load_lexicon("antonyms")["pairs"] if pair.get("whole"))


def _on_compared_side(start: int, markers, punct_after) -> bool:
    """The token at ``start`` follows "compared to", "than" or "par rapport à" closely, in one phrase."""
    return any(end <= start <= end + 2 and not any(j in punct_after for j in range(end - 1, start)) for _, end, _ in markers)


def _figure_follows(words, end: int, source: str, ends) -> bool:
    """A score right after a cue, an article at most between ("les 80 %", "the 90% mark"); not a count of rivals
    ("on par with 2 strong baselines")."""
    at = next((i for i in range(end, min(end + 2, len(words))) if words[i] not in _ARTICLES), None)
    if at is None or not re.fullmatch(r"\d+(?:[.,]\d+)?", words[at]):
        return False
    after = source[ends[at] : ends[at] + 9].lstrip(" \u00a0\u202f")
    return "." in words[at] or "," in words[at] or after.startswith(("%", "percent", "pour cent", "point"))


def _amount_not_compared(words, cue: tuple[int, int, str]) -> bool:
    """"more than 80%", "plus de 7 milliards" bound a figure; "le plus grand modèle" is the largest: neither says that
    one thing has more than another."""
    start, end = cue[0], cue[1]
    after = words[end : end + 2]
    if after and (after[0][:1].isdigit() or (after[0] in ("than", "que", "qu'") and len(after) > 1 and after[1][:1].isdigit())):
        return True
    # ("du plus grand modèle", "au plus grand": the article joined to its preposition)
    return start > 0 and words[start] == "plus" and words[start - 1] in ("le", "la", "les", "l'", "du", "des", "au", "aux")


# "a single GPU", "plusieurs photos", "the most truthful": a count or a superlative is said of the words after it,
# never of the verb before it ("trained on a single GPU" is not about training)
# pairs said of the words after them only: "a single model", "barely moves their scores", not of the subject before
_SAID_OF_WHAT_FOLLOWS = frozenset({"single_multiple", "superlative", "effect_size"})
# what a trade-off gives up or keeps is most often a generic quality ("without sacrificing accuracy", "at the cost of
# performance"): there, those words are what the property is said of
_SKIPPED_IN_SCOPE = {
    name: _GENERIC - frozenset("performance result results".split()) for name in ("trade_off", "effect_size")
}


def _scoped_terms(
    cues, term_index, words, stop, entity_tokens, entities, *, scope: int, back: int = 0, skip: frozenset[str] = frozenset(),
    punct_after: frozenset[int] | set[int] = frozenset(),
) -> frozenset[str]:
    """Terms a cue applies to: the content words right after it (and an entity it names).

    ``back`` also takes that many content words before the cue ("datasets exclusively").
    """
    taken = _scope_tokens(cues, term_index, words, entity_tokens, scope=scope, back=back, skip=skip, punct_after=punct_after)
    return _terms_of(taken, term_index, entities)


def _terms_of(taken: list[tuple[int, bool]], term_index, entities) -> frozenset[str]:
    """The terms of tokens ``_scope_tokens`` took: a word's alternatives, or the key of the name at that token."""
    out: set[str] = set()
    for j, is_name in taken:
        if is_name:
            out.update(e.key for e in entities if e.token == j)
        else:
            out.update(term_index[j])
    return frozenset(out)


_NEEDED_WORDS = frozenset("required needed necessary requis requise requises nécessaire nécessaires".split())


def _scope_tokens(
    cues, term_index, words, entity_tokens, *, scope: int, back: int = 0, skip: frozenset[str] = frozenset(),
    punct_after: frozenset[int] | set[int] = frozenset(),
) -> list[tuple[int, bool]]:
    """The tokens ``_scoped_terms`` takes, each with whether it is taken as a name."""
    out: list[tuple[int, bool]] = []
    for start, end, cue in cues:
        limit = 1 if cue == "non" else scope  # "non-sparse": a prefix denies one word
        taken_back = 0
        for j in range(start - 1, max(-1, start - 6), -1):
            if taken_back >= back or words[j] in ("and", "et", "but", "mais", "while", "whereas"):
                break
            if j in term_index and term_index[j].isdisjoint(skip):
                out.append((j, False))
                taken_back += 1
        taken = 0
        # "without any gradient updates or fine-tuning": a negation carries over "or", not over "and",
        # but "without external toolkits and voting" is without either
        joins = ("and", "et") if cue in ("without", "sans") else ()
        for j in range(end, min(len(words), end + 10)):
            if taken >= limit == scope and scope > 1 and any(w in ("or", "nor", "ou", "ni") for w in words[j : j + 2]):
                # "without any external multi-modal neural structures or tokenizers": a denial runs through a
                # list joined by "or" to its last item
                limit = taken + 3
            if (words[j] in ("and", "et") and words[j] not in joins) or words[j] in ("but", "mais", "while", "whereas", "tandis") or taken >= limit:
                break
            if taken and words[j] in _PLACE_PREPOSITIONS and j + 1 in entity_tokens:
                break  # "sans modèle sur Atari": what is denied stops where the benchmark it is measured on begins
            if j > 0 and words[j - 1] in _NEEDED_WORDS and words[j] in ("to", "for", "pour"):
                break  # "not required to adapt the parser": the need is denied, not what it would be for
            if j in term_index and term_index[j].isdisjoint(skip):
                out.append((j, False))
                taken += 1
            elif j in entity_tokens:
                out.append((j, True))
                taken += 1
            if j in punct_after:
                break
        if taken == 0:
            # a cue after its verb ("is not", "n'est pas"): look back one content word
            for j in range(start - 1, max(-1, start - 4), -1):
                if j in term_index:
                    out.append((j, False))
                    break
    return out


def _spread_ranges(source: str, quantities: list[Quantity]) -> list[Quantity]:
    """"de 7 à 65 milliards", "from 7B to 65B", "2, 8 et 72 milliards": the scale and unit of the last number
    apply to those before it (read from the end, so a list passes them all the way back)."""
    out = list(quantities)
    for i in reversed(range(len(out) - 1)):
        low, high = out[i], out[i + 1]
        gap = source[low.position + len(low.text) : high.position]
        if not _RANGE_GAP_RE.match(gap):
            continue
        scaled = high.scale
        low_plain = _PLAIN_NUMBER_RE.fullmatch(low.text.strip())
        listed = "," in gap  # "2, 8 et 72 milliards"; but "In 2019, 30% of ...": only small numbers take a scale
        # a range climbs: "2017-5k" (the 5k images of MS COCO 2017) is no range
        climbs = low.value < high.value / scaled
        if low_plain and scaled > 1 and low.unit is None and low.scale == 1.0 and (not listed or low.value < 1000) and climbs:
            out[i] = dataclasses.replace(low, value=low.value * scaled, unit=high.unit, scale=scaled)
        elif low.unit is None and high.unit is not None and not listed:
            out[i] = dataclasses.replace(low, unit=high.unit)
    return out


_MEASURED_ON_OPENING_RE = re.compile(r"\s*(?:on|sur)\s[^,.;:!?()]{0,80},", re.IGNORECASE)


def _statement_start(source: str, at: int) -> int:
    """Where the sentence, the clause after a semicolon or the line that holds offset ``at`` starts."""
    return max(source.rfind(". ", 0, at), source.rfind("; ", 0, at), source.rfind("\n", 0, at)) + 1


def _bind(source, words, entities, quantities, token_at, clause_of, entity_spans) -> list[tuple[str, int, bool]]:
    """Which number belongs to which entity.

    Three rules, strongest first: "respectively" pairs a run of entities with a
    run of numbers in order; a number followed by "on/in/sur X" belongs to X;
    otherwise an entity takes the nearest number of each unit in its clause.
    """
    bindings: set[tuple[str, int, bool]] = set()
    fixed_entities: set[str] = set()
    fixed_quantities: set[int] = set()
    named_after: set[int] = set()  # numbers a "respectively" list of names after them has paired
    entity_positions = [(e, span[1], span[2]) for e, span in zip(entities, entity_spans)]

    # respectively
    lowered = source.lower()
    respectively = "respectiv" in lowered
    # "Llama 3.1 8B and Mistral NeMo 12B": names side by side with only a space between are one name
    strong = {e.key for e in entities if e.strong}
    if respectively or "/" in source:
        entity_runs = _runs([(e.key, s, t) for e, s, t in entity_positions], source)
        quantity_runs = number_runs(quantities, source)
        entity_runs = [_whole_names(run, source, strong) for run in entity_runs]
        for q_run in quantity_runs:
            # "BERT and GPT3-style models ... up to 5.19x/4.16x speedup": figures written with slashes are
            # said in the order of the names, as with "respectively"
            slashed = all(source[a[2] : b[1]] == "/" for a, b in zip(q_run, q_run[1:]))
            if len(q_run) < 2 or not (respectively or slashed):
                continue
            q_start, q_end = q_run[0][1], q_run[-1][2]
            candidates = [run for run in entity_runs if len(run) == len(q_run) and run[-1][2] <= q_start]
            # "scores of up to 67% and 65% on HumanEval and MBPP, respectively": the names follow the numbers
            following = [
                run for run in entity_runs
                if len(run) == len(q_run) and run[0][1] >= q_end
                and (
                    (gap := _MEASURED_ON_AFTER_RE.match(source, q_end)) is not None and gap.end() == run[0][1]
                    # "23.4%, 14.7%, and 10.6% over previous best unsupervised methods on MSMARCO, ...": a longer
                    # phrase before the names, where "respectively" says the order
                    or (respectively and _RESPECTIVE_GAP_RE.fullmatch(source, q_end, run[0][1]) is not None)
                )
            ]
            if following:
                candidates = following[:1]
                named_after.update(qi for qi, _, _ in q_run)
            if not candidates:
                # "57.1% on AIME and 94.8% on MATH, up from 6.5% and 59.2% respectively": the names
                # the earlier numbers were measured on, in order
                measured = [
                    ((e.key,), s, t) for e, s, t in entity_positions
                    if t <= q_start and _MEASURED_ON_RE.search(source[max(0, s - 40) : s])
                ]
                if len(measured) >= len(q_run):
                    candidates = [measured[-len(q_run) :]]
            if not candidates and respectively:
                # "On PhD-level science QA (GPQA), competition-level math benchmarks (AMC23, AIME24, AIME25), and the
                # competition-level code benchmark (LiveCodeBench), START achieves 63.6%, 95.0%, ...": the names in
                # brackets of the sentence, in order
                sentence_start = _statement_start(source, q_start)
                brackets = [m.span() for m in _PARENTHESIS_RE.finditer(source, sentence_start, q_start)]
                bracketed = [((e.key,), s, t) for e, s, t in entity_positions if any(a < s and t < b for a, b in brackets)]
                if len(bracketed) == len(q_run):
                    candidates = [bracketed]
            if not candidates:
                continue
            run = candidates[-1]
            for (keys, _, _), (qi, _, _) in zip(run, q_run):
                for key in keys:
                    bindings.add((key, qi, True))
                    fixed_entities.add(key)
                fixed_quantities.add(qi)

    # "we present Guru-7B and Guru-32B, two models that ..., outperforming best baselines by 7.9% and 6.7%": sizes of one
    # family listed, then as many figures later in the sentence and no other name between, pair in order as well
    for q_run in number_runs(quantities, source):
        if len(q_run) < 2 or any(qi in fixed_quantities for qi, _, _ in q_run):
            continue
        q_start = q_run[0][1]
        sentence_start = _statement_start(source, q_start)
        before = [(e, s, t) for e, s, t in entity_positions if sentence_start <= s and t <= q_start and e.strong]
        families = [
            keys for run in _runs([(e.key, s, t) for e, s, t in before], source)
            if len(keys := [key for key, _, _ in run]) == len(q_run) and len(set(keys)) == len(keys)
            and all(siblings(a, b) for a, b in itertools.combinations(keys, 2))
        ]
        named = {e.key for e, _, _ in before}
        if len(families) == 1 and not any(siblings(key, other) for key in families[0] for other in named - set(families[0])):
            for key, (qi, _, _) in zip(families[0], q_run):
                bindings.add((key, qi, True))
                fixed_entities.add(key)
                fixed_quantities.add(qi)

    # "PubMedQA and MedMCQA dev of 77.6% and 52.9%": a list of names, then "of" and as many numbers, pairs in order
    entity_runs = _runs([(e.key, s, t) for e, s, t in entity_positions], source)
    whole_runs = [_whole_names(run, source, strong) for run in entity_runs]
    for q_run in number_runs(quantities, source):
        if len(q_run) < 2 or any(qi in fixed_quantities for qi, _, _ in q_run):
            continue
        q_start = quantities[q_run[0][0]].position
        for run in entity_runs:
            if len(run) == len(q_run) and len({key for key, _, _ in run}) == len(run) and _LIST_OF_RE.fullmatch(source[run[-1][2] : q_start]):
                for (key, _, _), (qi, _, _) in zip(run, q_run):
                    bindings.add((key, qi, True))
                    fixed_entities.add(key)
                    fixed_quantities.add(qi)
                break
        else:
            # "fixes 28% and 19% bugs on average for Google Translate and Transformer": as many numbers, then a few
            # words and "for" or "on" before as many names, pairs in order too
            for run in whole_runs:
                if (
                    len(run) == len(q_run) and len({keys for keys, _, _ in run}) == len(run)
                    and _NUMBERS_FOR_NAMES_RE.fullmatch(source, q_run[-1][2], run[0][1])
                ):
                    for (keys, _, _), (qi, _, _) in zip(run, q_run):
                        for key in keys:
                            bindings.add((key, qi, True))
                            fixed_entities.add(key)
                        fixed_quantities.add(qi)
                    break

    # "outperforming Chinchilla on MMLU by 41.3% to 35.7%, and PaLM on MATH with 20.4% versus 8.8%":
    # a pair of numbers belongs to the names said since the previous number, not to names of the next pair
    subject = None  # (entity, end of the sentence before it) of the first pair of a sentence
    for first, second in zip(range(len(quantities)), range(1, len(quantities))):
        low, high = quantities[first], quantities[second]
        gap = source[low.position + len(low.text) : high.position]
        if not _PAIR_GAP_RE.match(gap) or not units_compatible(low.unit, high.unit):
            continue
        # the previous number ends the names of this pair; a year ("Wang et al., 2019a") is a citation, not a number
        earlier = [q for q in quantities[:first] if not (q.unit is None and 1900 <= q.value <= 2100 and q.value == int(q.value))]
        boundary = earlier[-1].position + len(earlier[-1].text) if earlier else 0
        # "... to 81.0% on STEM tasks and from 57.9% to 85.5%": STEM is what the earlier number was measured on
        measured_on_earlier = set()
        if earlier:
            on = _MEASURED_ON_AFTER_RE.match(source[boundary : boundary + 40])
            if on:
                measured_on_earlier.add(boundary + on.end())
        sentence_end = _statement_start(source, low.position) - 1
        boundary = max(boundary, sentence_end + 1)
        named = [e for e, s, t in entity_positions if s >= boundary and t <= low.position and s not in measured_on_earlier]
        if not named and subject is not None and subject[1] == sentence_end:
            named = [subject[0]]  # "..., and on MathSet 33.1% versus 20.7%": the sentence's subject again
        elif subject is not None and subject[1] == sentence_end and named[0] is not subject[0]:
            named = [subject[0], *named]  # the sentence's subject is the first side of every pair it lists
        if not named:
            continue
        if len(named) >= 2 and boundary == sentence_end + 1:
            # "Notably, in experiments conducted using ChatGPT, accuracy on AQuA rises from ...": a capitalised
            # opening word is not the sentence's subject
            subject = (next((e for e in named if not e.initial), named[0]), sentence_end)
        for e in named:
            bindings.add((e.key, first, True))
            bindings.add((e.key, second, True))
            fixed_entities.add(e.key)
        fixed_quantities.update((first, second))

    # "28.4 BLEU on English-German", "75% and 78% on MMLU": numbers and what they are measured on
    quantity_runs = number_runs(quantities, source)
    for q_run in quantity_runs:
        if any(qi in named_after for qi, _, _ in q_run):
            continue  # "67% and 65% on HumanEval and MBPP, respectively": not both on HumanEval
        last = quantities[q_run[-1][0]]
        tail_start = last.position + len(last.text)
        measured = [qi for qi, _, _ in q_run]
        # "96.40 (+0.72) on AGNews": the gain in parentheses and the score are both measured on AGNews
        delta = _GAIN_IN_PARENTHESES_RE.match(source, tail_start)
        if delta:
            measured += [qi for qi, q in enumerate(quantities) if tail_start < q.position < delta.end()]
            tail_start = delta.end()
        tail = source[tail_start : tail_start + 40]
        m = _MEASURED_ON_AFTER_RE.match(tail)
        if not m:
            continue
        offset = tail_start + m.end()
        first_of_run = quantities[measured[0]]
        if measured[0] > 0:
            before = quantities[measured[0] - 1]
            if _PAIR_GAP_RE.match(source[before.position + len(before.text) : first_of_run.position]):
                measured.insert(0, measured[0] - 1)  # "from 54.8% to 81.0% on STEM tasks": both ends are on STEM
        for e, s, _ in entity_positions:
            if s == offset:
                for qi in measured:
                    bindings.add((e.key, qi, True))
                fixed_entities.add(e.key)
                break

    # "+4.34% (Flan-T5 3B) and +2.60% (Flan-T5 11B)": a parenthesis holding only a name says whose the number before it is
    for match in _PARENTHESIS_RE.finditer(source):
        named = [(e, s, t) for e, s, t in entity_positions if match.start() < s and t < match.end()]
        # "(Flan-T5 3B)", "(NVIDIA A100)": nothing but names inside
        if not named or source[match.start() + 1 : match.end() - 1].strip() != " ".join(source[s:t] for _, s, t in named):
            continue
        before = [qi for qi, q in enumerate(quantities) if q.position + len(q.text) <= match.start()]
        if not before:
            continue
        gap = source[quantities[before[-1]].position + len(quantities[before[-1]].text) : match.start()]
        # "3.25x when using high-end GPUs (NVIDIA A100)": a few words may say what the number was measured on
        if not gap.strip() or _MEASURED_WITH_RE.fullmatch(gap):
            for e, _, _ in named:
                bindings.add((e.key, before[-1], True))
                fixed_entities.add(e.key)
            fixed_quantities.add(before[-1])

    # "Path-X (seq. length 16K, 61.4% accuracy)": a parenthesis with numbers and no name describes the name before it
    for match in _PARENTHESIS_RE.finditer(source):
        inside = [qi for qi, q in enumerate(quantities) if match.start() < q.position < match.end()]
        if not inside or any(match.start() < s < match.end() for _, s, _ in entity_positions):
            continue
        # the name right before it, possibly with one common noun between ("the Path-X challenge (...)")
        before = [
            (e, s, t) for e, s, t in entity_positions
            if t <= match.start() and _AT_MOST_ONE_COMMON_WORD_RE.fullmatch(source[t : match.start()])
        ]
        if before:
            key = before[-1][0].key
            for qi in inside:
                bindings.add((key, qi, True))
            fixed_quantities.update(inside)

    # "the strongest proprietary model (i.e., GPT-4o), which achieves 47.1% accuracy": a relative clause right after a
    # name gives it the first number the clause holds (a name of several words binds as a whole)
    for qi, q in enumerate(quantities):
        if qi in fixed_quantities:
            continue
        earlier = [(e, st, en) for e, st, en in entity_positions if en <= q.position]
        if not earlier or not _RELATIVE_BEFORE_RE.fullmatch(source, earlier[-1][2], q.position):
            continue
        group = [earlier[-1]]
        for item in reversed(earlier[:-1]):
            if source[item[2] : group[-1][1]].strip():
                break
            group.append(item)
        for e, _, _ in group:
            bindings.add((e.key, qi, True))
            fixed_entities.add(e.key)
        fixed_quantities.add(qi)

    # "améliore GPT-4o de 2,0 % et Qwen2.5-Math-72B de 3,6 %", "improves X by 3.6% and Y by 2.0%": in a list of
    # such pairs, a name followed by "by" or "de" and a number holds that number (alone, "beats Y by 3 points" is a gap)
    name_by_figure = {}
    for qi, q in enumerate(quantities):
        if qi in fixed_quantities:
            continue
        right_before = [e for e, _, en in entity_positions if en <= q.position and _NAME_BY_FIGURE_RE.fullmatch(source, en, q.position)]
        if right_before:
            name_by_figure[qi] = right_before[-1]
    for qi, e in name_by_figure.items():
        if any(other != qi and quantities[other].clause == quantities[qi].clause and f.key != e.key for other, f in name_by_figure.items()):
            # ("NDCG@20 by 4.3~5.6%": both ends of a range the name is followed by)
            upper = qi + 1
            ends = [qi, upper] if upper < len(quantities) and upper not in fixed_quantities and RANGE_DASH_RE.fullmatch(
                source, quantities[qi].position + len(quantities[qi].text), quantities[upper].position
            ) else [qi]
            for index in ends:
                bindings.add((e.key, index, True))
                fixed_quantities.add(index)
            fixed_entities.add(e.key)

    # "achieve 7.55 MT-Bench and 90.06% AlpacaEval scores": in a list of such pairs, the name right after a figure is
    # what it is measured on (alone, "8 A100 GPUs" may count the hardware; "18.6% F1" names a metric, not where)
    figure_by_name = {
        qi: e for qi, q in enumerate(quantities) if qi not in fixed_quantities
        for e, s, _ in entity_positions
        if e.strong and e.key not in METRIC_KEYS and source[q.position + len(q.text) : s] == " "
    }
    for qi, e in figure_by_name.items():
        clause = quantities[qi].clause
        if any(o != qi and quantities[o].clause == clause and f.key != e.key for o, f in figure_by_name.items()):
            bindings.add((e.key, qi, True))
            fixed_quantities.add(qi)
            fixed_entities.add(e.key)

    # "On the WikiTableQuestions benchmark, we improve the state-of-the-art by 2.6%, achieving an accuracy of 46.3%":
    # the one name of an opening "on ..." phrase is what every figure of its sentence is measured on, when it names
    # nothing else
    for qi, q in enumerate(quantities):
        start = _statement_start(source, q.position)
        opening = _MEASURED_ON_OPENING_RE.match(source, start)
        if not opening or q.position < opening.end():
            continue
        inside = [e for e, s, t in entity_positions if start <= s and t <= opening.end()]
        # (not when the sentence names others, who may hold its figures: "On MedQA, ..., against 53.6% for GPT-3.5")
        end = source.find(". ", q.position)
        others = [e for e, s, t in entity_positions if opening.end() <= s and (end < 0 or s < end)]
        if len(inside) == 1 and not others:
            bindings.add((inside[0].key, qi, True))
            fixed_entities.add(inside[0].key)

    # nearest number of each unit in the clause
    for e, s, t in entity_positions:
        if e.key in fixed_entities:
            continue
        clause = clause_of(s)
        best: dict[str | None, tuple[int, int]] = {}
        for qi, q in enumerate(quantities):
            if q.clause != clause or qi in fixed_quantities:
                continue
            # "GPT-4o achieves only 6.9%, while Gemini-2.5-Pro ... 56.0%": a contrast opens a clause of its own
            if _CONTRAST_RE.search(source, min(q.position, s), max(q.position, s)):
                continue
            distance = abs(q.position - s) if q.position >= s else abs(s - q.position) + 5
            unit = q.unit
            if unit not in best or distance < best[unit][0]:
                best[unit] = (distance, qi)
        for _, qi in best.values():
            bindings.add((e.key, qi, False))
            # "ranging from 7B to 65B parameters": the entity has both ends of a range
            for other in (qi - 1, qi + 1):
                if 0 <= other < len(quantities) and _is_range(source, quantities[min(qi, other)], quantities[max(qi, other)]):
                    bindings.add((e.key, other, False))
    # "+18.6% F1 / +13.0% EM on MAT-Coding": figures of one slash pair are both measured where the second is
    for qi in range(len(quantities) - 1, 0, -1):
        first, second = quantities[qi - 1], quantities[qi]
        if _SLASH_PAIR_GAP_RE.fullmatch(source[first.position + len(first.text) : second.position]):
            for key, j, strong in list(bindings):
                if j == qi and strong and not any(i == qi - 1 and s for _, i, s in bindings):
                    bindings.add((key, qi - 1, True))
    return sorted(bindings)


# "80654 hand-annotated examples of questions": what the examples are examples of
_EXAMPLES_OF_RE = re.compile(
    r"\s*(?:[\w-]+\s+){0,2}?(?:examples|samples|instances|exemples|échantillons)\s+(?:of|d'|de)\s*([^\W\d_]+)",
    re.IGNORECASE,
)
# a figure, perhaps its measure's name, a slash, then the next figure: "18.6% F1 / +13.0% EM", "2.7%/4.3%"
_SLASH_PAIR_GAP_RE = re.compile(r"\s*(?:[^\W\d_][\w@-]{0,10}\s*)?/\s*\+?")


def _is_range(source: str, low: Quantity, high: Quantity) -> bool:
    gap = source[low.position + len(low.text) : high.position]
    return bool(_RANGE_GAP_RE.match(gap)) and units_compatible(low.unit, high.unit)


def _runs(items, source, *, repeats_unit: bool = False):
    """Groups of consecutive items separated only by commas, "and", "et", "or" or spaces.

    ``repeats_unit``: numbers may also be separated by a unit each of them repeats ("49.8 AP and 26.9 AP").
    """
    runs: list[list] = []
    for item in items:
        if runs:
            gap = source[runs[-1][-1][2] : item[1]]
            if _LIST_GAP_RE.fullmatch(gap) or (repeats_unit and _repeated_unit_gap(gap, source[item[2] : item[2] + 16])):
                runs[-1].append(item)
                continue
        runs.append([item])
    return runs


# from the end of a name to a number: ", which achieves ", "), qui atteint ", and the apposition ", a model with "
_RELATIVE_BEFORE_RE = re.compile(
    r"\)?\s*,?\s*(?:which|that|who|qui|lequel|laquelle)\s+(?:[^\W\d_][\w'-]*\s+){0,4}(?:of\s+|de\s+)?"
    r"|\s*,\s*(?:a|an|un|une)\s+(?:[^\W\d_][\w'-]*\s+){0,3}(?:with|of|de|d'|avec|à)\s*",
    re.IGNORECASE,
)


def _whole_names(run, source, strong):
    """A run of names with a plain word merged into the name it opens ("Mistral NeMo 12B"): (keys, start, end) items.

    Two full names with only a space between ("phi-3-small phi-3-medium") stay two: the list lost its commas.
    """
    merged: list[tuple[tuple[str, ...], int, int]] = []
    for key, start, end in run:
        if merged and not source[merged[-1][2] : start].strip() and merged[-1][0][-1] not in strong:
            keys, first, _ = merged[-1]
            merged[-1] = ((*keys, key), first, end)
        else:
            merged.append(((key,), start, end))
    return merged


def _repeated_unit_gap(gap: str, after: str) -> bool:
    unit = _REPEATED_UNIT_RE.match(gap)
    return bool(unit) and bool(_LIST_GAP_RE.fullmatch(gap[unit.end() :])) and after.lstrip().startswith(unit.group(1))


def number_runs(quantities, source):
    """Runs of numbers (index, start, end), a unit each of them repeats allowed between them."""
    return _runs([(i, q.position, q.position + len(q.text)) for i, q in enumerate(quantities)], source, repeats_unit=True)


_REPEATED_UNIT_RE = re.compile(r"\s*([^\W\d_][\w@.-]{0,11})(?!\w)")


_DIRECTIONS = (("greater", ">"), ("equal", "="), ("less", "<"))
_EQUAL_WORDS = frozenset("égal égale égaux égales".split())


def _held_equal(words, start: int) -> bool:
    """A setting held equal, not a comparison: "à données égales", "À budget de FLOPs égal" (an "à" up to four
    words before, and no "à" after: "égal à GPT-4" compares), "at equal compute", "with equal parameter counts"."""
    after = words[start + 1] if start + 1 < len(words) else ""
    if words[start] in _EQUAL_WORDS:
        return "à" in words[max(0, start - 4) : start] and after not in ("à", "au", "aux")
    return words[start] == "equal" and start > 0 and words[start - 1] in ("at", "with", "under", "for") and after != "to"


# what denies a verb ("had not beaten", "n'a pas dépassé"), unlike "without", which denies a noun
_VERB_DENIALS = frozenset(("not", "n't", "never", "cannot", "fail to", "ne", "n'", "pas", "jamais"))


_SUBJECT_PRONOUNS = frozenset("it its they their we our this il elle ils elles nous notre nos celui celle".split())


@functools.cache
def _gapped_cues() -> dict[str, tuple[tuple[str, tuple[str, ...], str], ...]]:
    """First word -> (rest of the comparative, its 'than' word, direction symbol), both languages together."""
    symbols = dict(_DIRECTIONS)
    table: dict[str, list[tuple[str, tuple[str, ...], str]]] = {}
    for group, by_language in load_lexicon("comparisons")["gapped"].items():
        for phrases in by_language.values():
            for *head, than in phrases:
                table.setdefault(head[0], []).append((than, tuple(head[1:]), symbols[group]))
    return {k: tuple(v) for k, v in table.items()}


_GAP_BREAK_RE = re.compile(r"[,;:()\[\].!?]")
_LOWER_IS_BETTER = frozenset(
    "perplexity error errors loss latency wer cer fid perplexité erreur erreurs perte latence".split()
)


def _gapped_comparisons(words, source, starts, taken) -> list[tuple[int, int, str, str]]:
    """"5x higher throughput than Transformers": a comparative whose 'than' comes a few words later."""
    table = _gapped_cues()
    busy = {i for start, end, _, _ in taken for i in range(start, end)}
    found = []
    for i, word in enumerate(words):
        for than, rest, symbol in table.get(word, ()):
            head_end = i + 1 + len(rest)
            if tuple(words[i + 1 : head_end]) != rest or busy & set(range(i, head_end)):
                continue
            for j in range(head_end + 1, min(head_end + 5, len(words))):
                if words[j] == than:
                    if j < len(starts) and not _GAP_BREAK_RE.search(source[starts[i] : starts[j]]) and not busy & set(range(i, j + 1)):
                        # "lower perplexity than", "une perplexité plus faible que": less of a measure where lower is
                        # better is ahead
                        if set(words[max(0, i - 2) : j]) & _LOWER_IS_BETTER and symbol != "=":
                            symbol = "<" if symbol == ">" else ">"
                        found.append((i, j + 1, " ".join((*words[i:head_end], "…", than)), symbol))
                    break
    return found


@dataclass(frozen=True)
class ComparisonSides:
    """A comparison read by its words, for sides that are not names: "bytes are superior to grapheme characters"."""

    direction: str  # ">", "=", "<"
    cue: str
    subject: frozenset[str]  # content words (lemmas, and English forms of French words) of each side
    object: frozenset[str]
    text: str  # the comparison as written, from its first side to its second


_SIZE_WORD_RE = re.compile(r"\d+(?:\.\d+)?[bm]")


def comparison_sides(text: str, language: str = "en") -> tuple[ComparisonSides, ...]:
    """Every comparison of a text with the words of its two sides, each side read up to the end of its phrase."""
    return _comparison_sides_cached(text, _lang(language))


@functools.lru_cache(maxsize=8_192)
def _comparison_sides_cached(text: str, language: str) -> tuple[ComparisonSides, ...]:
    base = _first_pass(text, language)
    words, lemmas, starts, ends, source = base.words, base.lemmas, base.starts, base.ends, base.source
    cues = _scan(language, words, lemmas)
    stop = _stopwords(language)
    translations = _translations() if language == "fr" else {}
    denials = [end for _, end, cue in cues.get("negation", ()) if cue in _VERB_DENIALS]

    # "ChatGPT (GPT-4) outperformed": a name in brackets is another name of the side, not the end of its phrase
    aliases = [m.span() for m in _BRACKETED_NAME_RE.finditer(source)] if "(" in source else []

    def broken(i: int, j: int) -> bool:  # punctuation between token i and token j, not the comma of "3,8"
        if words[i][-1:].isdigit() and words[j][:1].isdigit() and source[ends[i] : starts[j]] in (",", "."):
            return False
        if aliases and source[ends[i] : starts[j]].strip() in ("(", ")") and any(a <= ends[i] < b for a, b in aliases):
            return False
        return bool(_PHRASE_BREAK_RE.search(source, ends[i], starts[j]))

    def named_pair(i: int) -> bool:  # "GPT-4 and ChatGPT": an "and" between two names joins one side
        def name(j: int) -> bool:
            written = source[starts[j] : ends[j]]
            return written[:1].isupper() or any(c.isdigit() for c in written)

        return words[i] in ("and", "et") and 0 < i < len(words) - 1 and name(i - 1) and name(i + 1)

    def side(indices: list[int]) -> frozenset[str]:
        terms: set[str] = set()
        for i in indices:
            # (a model's size tells a side: "the 9B model", "our 9B parameter model")
            figure = words[i][0].isdigit() and not _SIZE_WORD_RE.fullmatch(words[i])
            if words[i] in stop or lemmas[i] in stop or figure or len(words[i]) < 2:
                continue
            terms.update((words[i], lemmas[i]))
            if language == "fr":
                terms.update(translations.get(lemmas[i], ()) or translations.get(words[i], ()))
                terms.update(_cognates(lemmas[i]))
        if any(tuple(words[i : i + 4]) in _STATE_OF_THE_ART for i in indices):
            terms.add("best")  # "state-of-the-art baselines" are "les meilleurs systèmes"
        return frozenset(terms)

    # "do better on perception steps than on reasoning steps": two settings of one subject compared, the sides are
    # what each is measured on
    taken = [(start, end, cue, "") for spans in cues.values() for start, end, cue in spans if " " in cue]
    settings_compared = [
        found for found in _gapped_comparisons(words, source, starts, taken) if words[found[0] + 1] in _MEASURE_WORDS
    ]
    found = []
    subjects_before: list[tuple[int, frozenset[str]]] = []  # where each side read so far ends its cue, and its subject
    for group, symbol in (*_DIRECTIONS, ("passive", "<")):
        spans = cues.get(f"comparisons.{group}", [])
        if group == "greater":
            spans = [*spans, *_improved_over(words, lemmas, source, starts, ends)]
        if group != "passive":
            spans = [*spans, *((i, j, cue) for i, j, cue, sign in settings_compared if sign == symbol)]
        for start, end, cue in spans:
            if _noun_cue(words, lemmas, start, end):
                continue
            if any(start - 3 <= d <= start for d in denials):
                continue  # a denied comparison says little of which side is ahead
            if symbol == "=" and _figure_follows(words, end, source, ends):
                continue  # "frôle les 80 % de précision": near a figure, not level with a rival
            if symbol != "=" and end < len(words) and _BARE_FIGURE_RE.fullmatch(words[end]):
                continue  # "shrunk below 500MB", "more than 80%": a bound on a figure, not a rival
            if any(start == i and end == j for i, j, _, _ in settings_compared):
                after = end + (end < len(words) and words[end] in _MEASURE_WORDS)
                reach = range(after, min(after + 6, len(words)))
                right = list(itertools.takewhile(lambda i: not broken(i - 1, i), reach))
                subject, obj = side(list(range(start + 2, end - 1))), side(right)
                if subject and obj:
                    text = source[starts[start] : ends[right[-1]]]
                    found.append(ComparisonSides(symbol, cue, subject, obj, text))
                continue
            left: list[int] = []
            for i in range(start - 1, max(-1, start - 11), -1):
                if broken(i, i + 1) or (words[i] in _SIDE_STOPS and not named_pair(i)):
                    break
                left.insert(0, i)
            joined, adverbs = start - len(left) - 1, left
            if start > 0 and all(words[i] in _SIDE_ADVERBS or words[i] in stop for i in left):
                # "models trained on natural documents, which interleave images and text, outperform": the subject is
                # the sentence's opening phrase, before the clause that interrupts it
                sentence = max([k for k in range(start) if k == 0 or _SENTENCE_END_RE.search(source, ends[k - 1], starts[k])] or [0])
                left = []
                for i in range(sentence, start):
                    if i > sentence and broken(i - 1, i):
                        break
                    left.append(i)
            right: list[int] = []
            limit = end + 8
            for i in range(end, len(words)):
                if i >= limit:
                    break
                # "outperform a same-sized QA model and the previous SOTA zero-shot system": "and" before an article
                # joins a second phrase to the same side
                if right and words[i] in ("and", "et") and i + 1 < len(words) and words[i + 1] in _ARTICLES and not broken(i - 1, i):
                    limit = i + 8
                    continue
                # "comparable to models that predict spectrograms": a relative clause still says which the side is
                if (right and broken(i - 1, i)) or (words[i] in _SIDE_STOPS - _RELATIVES and not named_pair(i)):
                    break
                # "on MMLU" says what it is measured on, "trained on image-text pairs" what the side is
                if words[i] in _MEASURE_WORDS and not (right and words[right[-1]].endswith("ed")) and not (
                    # "les modèles de diffusion": a noun's complement, where "de 2 points" is a margin
                    words[i] == "de" and right and i + 1 < len(words) and not words[i + 1][:1].isdigit()
                ):
                    break
                right.append(i)
            subject, obj = side(left), side(right)
            if joined >= 0 and words[joined] in ("and", "et") and all(words[i] in _SIDE_ADVERBS for i in adverbs):
                # "our Imp-3B model steadily outperforms all the existing LMMs, and even surpasses the state-of-the-art
                # LMMs": the second verb's subject is the first's, in the same sentence
                earlier = [
                    (cue_end, said) for cue_end, said in subjects_before
                    if cue_end <= joined and not _SENTENCE_END_RE.search(source, ends[cue_end - 1], starts[start])
                ]
                subject = max(reversed(earlier), key=lambda item: item[0])[1] if earlier else subject
            # "It even outperforms the teacher": a pronoun for a side, left for the reader to resolve (an empty side)
            pronoun = not subject and any(words[i] in _SIDE_PRONOUNS for i in left)
            if group == "passive":
                subject, obj, symbol = obj, subject, ">"
                margin = right and (_BARE_FIGURE_RE.fullmatch(words[right[0]]) or words[right[0]] in _MARGIN_OPENINGS)
                if not subject and margin:
                    # "Non-neural systems are outperformed by more than 2%": a margin and no agent, what the paper
                    # itself presents is ahead
                    subject = frozenset({"our"})
            if (subject or pronoun) and obj:
                found.append(ComparisonSides(symbol, cue, subject, obj, source[starts[left[0]] : ends[right[-1]]]))
                subjects_before.append((end, subject))
    return tuple(found)


# "LaTRO improves zero-shot accuracy by 9.6% over supervised fine-tuning": a verb of gain whose rival comes after
# what is gained and by how much, further than a comparative's "than" ever is
_GAIN_VERBS = frozenset("improve boost améliorer".split())
_GAIN_RIVAL_WORDS = {"over": 1, "par": 3}  # "over X", "par rapport à X"
_PAR_RAPPORT = (("rapport", "à"), ("rapport", "aux"), ("rapport", "au"))
# a side opened by an article or a determiner: a common noun, not a pronoun ("it") for the paper's system
_NAMELESS_SIDE_RE = re.compile(r"\s*(?:the|a|an|most|all|these|those|les|la|le|l'|des|ces|la plupart)\s", re.IGNORECASE)
_MARGIN_OPENINGS = frozenset("more over up nearly almost about around roughly plus près".split())
# a figure, bare or with its unit in the same word ("500mb", "80%"), not a name ("2d", "3d-llm")
_BARE_FIGURE_RE = re.compile(r"\d+(?:[.,]\d+)*(?:%|[kmgt]b|x|×)?")
# what "over" spans when it is no rival: "over a wide range of", "over time", "over the course of training"
_SPAN_NOUNS = frozenset(
    "range variety spectrum array multitude period course time years months decades epochs iterations rounds".split()
)


def _improved_over(words, lemmas, source, starts, ends) -> list[tuple[int, int, str]]:
    found = []
    for i, lemma in enumerate(lemmas):
        if lemma not in _GAIN_VERBS:
            continue
        # every rival of the sentence: "by 12.5% over base models and 9.6% over supervised fine-tuning"
        for j in range(i + 2, min(i + 20, len(words))):
            gap = source[ends[j - 1] : starts[j]]
            if gap not in (",", ".") and _PHRASE_BREAK_RE.search(gap):
                break
            length = _GAIN_RIVAL_WORDS.get(words[j])
            if length == 1 and _SPAN_NOUNS.intersection(words[j + 1 : j + 5]):
                continue  # "improve ... over a wide range of very low false positive rates": a span, not a rival
            if length and (length == 1 or tuple(words[j : j + 3])[1:] in _PAR_RAPPORT):
                found.append((i, j + length, f"{words[i]} … {' '.join(words[j : j + length])}"))
    return found


_REPORTED_THAT_RE = re.compile(
    r"\b(?:show|shows|showed|shown|demonstrate|demonstrates|demonstrated|find|finds|found|reveal|reveals|revealed|"
    r"indicate|indicates|indicated|confirm|confirms|confirmed|prove|proves|proved)\s+that\b",
    re.IGNORECASE,
)
_REPORTS_AFTER_RE = re.compile(r"\s+(?:show|demonstrate|reveal|indicate|confirm)s?\b")
# names of measures, written like names, that never compare: what a comparison's subject is measured by
METRIC_KEYS = frozenset(
    "f1 bleu bleu-4 rouge rouge-1 rouge-2 rouge-l mrr ndcg em map auc fid wer cer ppl cider spice meteor mos".split()
)
_STATE_OF_THE_ART = frozenset({("state", "of", "the", "art"), ("état", "de", "l'", "art")})


def fronted_phrase_end(text: str, sentence_start: int) -> int | None:
    """Where a phrase opening the sentence at ``sentence_start`` ends, after its comma ("On LLaMA and Falcon models,",
    "By integrating the latest techniques,"), or None: what it names is not the sentence's subject."""
    opening = _FRONTED_PHRASE_RE.match(text, sentence_start)
    return opening.end() if opening else None


# a phrase that opens a sentence and ends at its first comma: a preposition or a participle, then words
_FRONTED_PHRASE_RE = re.compile(
    r"\s*(?:by|with|using|through|via|after|on|in|for|across|compared|unlike|like|thanks to|building on|"
    r"en|avec|grâce à|après|sur|dans|pour|comparé|contrairement|à l'instar)\b[^,.;:!?]{0,120},",
    re.IGNORECASE,
)
_SIDE_PRONOUNS = frozenset("it they il elle ils elles".split())
_SIDE_ADVERBS = frozenset("even still also yet further même encore aussi toujours".split())
_SENTENCE_END_RE = re.compile(r"[.!?;:]\s")
# words that end a side of a comparison: another clause, or what the comparison is measured on
_SIDE_STOPS = frozenset("which that who while whereas but and qui que mais tandis alors et".split())
_RELATIVES = frozenset("which that who qui".split())
_MEASURE_WORDS = frozenset("on in across by at over for sur dans de par en pour".split())


_CURRENCY_SIGNS = {"$": "dollar", "€": "euro", "£": "pound"}
def _noun_cue(words, lemmas, start: int, end: int) -> bool:
    """"our approach surpasses", "the match": a one-word cue after an article is a noun, not the verb, when it can be
    one ("a comparable accuracy" stays a comparison); "61.8 Exact Match points" is a metric."""
    if start > 0 and end - start == 1 and lemmas[start] == "match" and words[start - 1] == "exact":
        return True
    # "outperform several competitive baselines", "des baselines compétitives": an adjective of the rivals ("a
    # competitive alternative to FP8 training" still compares)
    if end - start == 1 and words[start].startswith(("competitive", "compétiti")) and (
        (end < len(words) and lemmas[end] in _RIVAL_NOUNS and words[end + 1 : end + 2] not in _COMPARED_TO)
        or (start > 0 and lemmas[start - 1] in _RIVAL_NOUNS and words[end : end + 1] not in _COMPARED_TO)
    ):
        return True
    # "the QA systems behind SQuAD-es": what made it, not a rank ("remains behind", "restent derrière" are ranks)
    if end - start == 1 and words[start] in ("behind", "derrière") and not any(
        w in _RANKED_BEHIND or w[:1].isdigit() for w in words[max(0, start - 3) : start]
    ):
        return True
    # "edges past recent rivals Ristretto-3B", "its closest rival": an adjective before it makes it a noun too; so
    # does any word between an article and "approach" ("a hybrid approach"), where the verb would be "approaches"
    # after a singular subject and follow a plural one ("the models approach")
    return (
        start > 0 and end - start == 1 and lemmas[start] in _NOUN_LIKE_CUES
        and (words[start - 1] in _DETERMINERS or words[start - 1] in _NOUN_CUE_ADJECTIVES)
    ) or (
        start > 1 and end - start == 1 and words[start] == "approach" and words[start - 2] in _DETERMINERS
        and not words[start - 1].endswith("s")
    ) or (
        # "neural network based approaches", "the best performing approaches": a participle or an adjective before
        # it ("the model approaches GPT-4" has a noun there)
        start > 0 and end - start == 1 and lemmas[start] == "approach" and words[start - 1].endswith(_ADJECTIVE_ENDINGS)
    )


_RANKED_BEHIND = frozenset(
    "be is are was were been being remain remains remained stay stays stayed still far well just only slightly sit sits "
    "rank ranks ranked come comes came finish finishes finished place places placed "
    "reste restent rester resté restée est sont était étaient loin toujours encore juste classe classé classée arrive "
    "arrivent arrivé figure figurent se points point pts fall falls fell fallen falling lags lagged lagging trails "
    "trailed clearly significantly considerably substantially way much".split()
)
_ADJECTIVE_ENDINGS = ("ed", "ing", "based", "al", "ic", "ive", "ous")
_COMPARED_TO = (("to",), ("with",), ("à",), ("avec",))
# what a rival is called, singular (the plural adds "s" or "es")
_RIVAL_WORDS = (
    "baseline method model approach system rival competitor llm modèle méthode approche système référence concurrent"
).split()
_RIVAL_NOUNS = frozenset(w for word in (*_RIVAL_WORDS, "alternative") for w in (word, word + "s", word + "es"))
_NOUN_LIKE_CUES = frozenset("approach match rival lag trail equal lead edge".split())
_NOUN_CUE_ADJECTIVES = frozenset(
    "recent main closest strongest nearest direct biggest leading open commercial proprietary previous prior existing "
    "current larger stronger proposed novel new simple unified".split()
)
_DETERMINERS = frozenset(
    "a an the our their its this that these those each every my your his her "
    "un une le la les l' notre nos leur leurs son sa ses ce cet cette ces chaque".split()
)


# what stands between a subject and its comparison cue: "is", "est", nothing
_SUBJECT_GAP_RE = re.compile(r"\s*(?:(?:is|are|was|were|remains?|est|sont|reste|restent)\s*)?")
_CONTRAST_JOINS = frozenset("while whereas whilst tandis".split())
# (or a bracket of names that closes the rival's description: "than even much larger language models trained with
# more data (CodeGen 16B and StarCoder)")
_EXAMPLES_RE = re.compile(
    r"\(\s*(?:(?i:e\.g\.|i\.e\.|such as|including|like|notamment|par exemple|comme|dont)"
    r"|[A-Z][^()]{0,60}\)(?=\s*(?:[.;,]|and\b|et\b|$)))"
)


# "is beaten by", "reste battu par", "remains outperformed by": the verb before a passive comparison
# (lemmas, and the forms the lemmatiser reads as nouns: "reste", "remains")
_PASSIVE_COPULAS = frozenset(
    {"be", "être", "remain", "remains", "stay", "stays", "rester", "demeurer", "reste", "restent", "demeure", "demeurent"}
)


_RIVAL_DESCRIBED_RE = re.compile(rf"\b(?:{'|'.join(_RIVAL_WORDS)})(?:e?s)?\s*$", re.IGNORECASE)
# "outperforms existing graph neural networks, Seq2Seq, and Tree2Seq models": after the comma, the list goes on
# (not a clause the comma opens with "and": "more factual than public models, and Vicuna and Alpaca are ...")
_LIST_GOES_ON_RE = re.compile(
    r"\s*(?!(?:and|or|et|ou)\b)[\w.-]+(?:\s+[\w.-]+)?\s*,?\s+(?:and|or|et|ou)\s", re.IGNORECASE
)
_EXAMPLES_AHEAD_RE = re.compile(
    r"\s*\b(?:such as|including|e\.g|like|notably|namely|in particular|notamment|comme|dont|y compris|tels? que|telles? que)\b",
    re.IGNORECASE,
)


_THE_LATTER_RE = re.compile(
    r"\s*(?:the\s+latter|ce\s+dernier|cette\s+dernière|ces\s+derniers|ces\s+dernières)\b", re.IGNORECASE
)


def _comparisons(cues, words, lemmas, entities, source, starts, ends, breaks) -> list[Comparison]:
    found = []
    passive = cues.get("comparisons.passive", ())
    passive_starts = {start for start, _, _ in passive}
    denials = cues.get("negation", ())
    spans = []
    for group, symbol in _DIRECTIONS:
        for start, end, cue in cues.get(f"comparisons.{group}", ()):
            if _held_equal(words, start):
                continue  # "À données égales, VIMA ...", "at equal compute": other things being equal, no comparison
            if _noun_cue(words, lemmas, start, end):
                continue
            if symbol == "=" and _figure_follows(words, end, source, ends):
                continue  # "frôle les 80 % de précision", "approaches 80%": near a figure, not level with a rival
            spans.append((start, end, cue, symbol))
    spans.extend(_gapped_comparisons(words, source, starts, spans))
    # "beats rival metric learning models": a noun-like cue right after another cue describes its object
    ends_of_cues = {end for _, end, _, _ in spans}
    spans = [span for span in spans if not (span[0] in ends_of_cues and span[1] - span[0] == 1 and lemmas[span[0]] in _NOUN_LIKE_CUES)]
    ordered = sorted(spans)
    previous = None  # (where the sentence's previous comparison cue ends, its subject, its object)
    for position, (start, end, cue, symbol) in enumerate(ordered):
        next_cue = ordered[position + 1][0] if position + 1 < len(ordered) else len(words)
        is_passive = any(p <= start <= p + 2 for p in passive_starts) or (
            end < len(words) and words[end] in ("by", "par") and start > 0 and (lemmas[start - 1] in _PASSIVE_COPULAS or words[start - 1] in _PASSIVE_COPULAS)
        )
        cue_offset = starts[start] if start < len(starts) else len(source)
        sentence_start = max([b for b in breaks if b < cue_offset and source[b] in ".!?"] + [-1])
        sentence_end = min([b for b in breaks if b > cue_offset] + [len(source)])
        if _EXAMPLES_RE.match(source, sentence_end):
            # "than previous policy gradient methods (e.g., PPO)": the examples in brackets are the object too
            close = source.find(")", sentence_end)
            sentence_end = close if close >= 0 else len(source)
        def offset(e):
            return starts[e.token] if e.token < len(starts) else len(source)

        # "X devance Y de 2,79 %, tandis que Z dépasse W": a contrasting clause has sides of its own
        joins = [starts[i] for i, w in enumerate(words) if w in _CONTRAST_JOINS and sentence_start < starts[i] < sentence_end]
        sentence_start = max([j for j in joins if j < cue_offset] + [sentence_start])
        # "Experiments reveal the problems of CopyRE and show that our model achieves significant improvement over
        # ...": what is reported starts after "that"
        reported = [m.end() for m in _REPORTED_THAT_RE.finditer(source, sentence_start, cue_offset)]
        sentence_start = max(reported + [sentence_start])
        cue_end = ends[end - 1] if end - 1 < len(ends) else len(source)
        sentence_end = min([j for j in joins if j > cue_end] + [sentence_end])
        # "A surpasses B, and C outperforms D", "A is competitive with B and C comparable to D": a second comparison
        # of the sentence starts after the first one's cue, and a name right before the next cue is its subject
        # (a name of the earlier comparison's object is not this one's subject; with no name of its own, the
        # comparison is said of the earlier one's subject: "Phi-3-mini rivals Mixtral and beats GPT-3.5")
        earlier = previous if previous is not None and previous[0] > sentence_start else None
        if earlier is not None:
            sentence_start = earlier[0]
        before = [e for e in entities if e.token < start and offset(e) > sentence_start and not (earlier and e.key in earlier[2])]
        after = [e for e in entities if end <= e.token < next_cue and offset(e) < sentence_end]
        # "fait jeu égal en top-1 avec des systèmes autorégressifs": what a comparison is measured on, right after
        # its cue, is not its rival
        after = [
            e for e in after if not _MEASURED_ON_BEFORE_RE.fullmatch(source, cue_end, offset(e)) and e.key not in METRIC_KEYS
        ]
        if next_cue < len(words) and starts[next_cue] < sentence_end:
            after = [e for e in after if not _SUBJECT_GAP_RE.fullmatch(source, offset(e) + len(e.text), starts[next_cue])]
        comma = source.find(",", cue_end, sentence_end)
        if after and comma >= 0 and _RIVAL_DESCRIBED_RE.search(source, cue_end, comma) and offset(after[0]) <= comma + 2:
            # "outperforms the best closed-source model, Gemini-1.5-Pro, by ...": the name after the rival's
            # description is its name
            after = after[:1]
        elif (
            after and comma >= 0 and offset(after[0]) > comma and re.search(r"\w", source[cue_end:comma])
            and not _EXAMPLES_AHEAD_RE.search(source, cue_end, comma) and not _EXAMPLES_AHEAD_RE.match(source, comma + 1)
            and not _LIST_GOES_ON_RE.match(source, comma + 1)
        ):
            # "beat the average human rater on 17 of 23 tasks, PaLM on 10": the object is the phrase before the
            # comma; a name after it opens the next clause
            after = []
        if before:
            # a capitalised word that only opens the sentence ("Notably, our model X ...") is not its subject
            # (nor is a metric: "F1 scores, significantly surpassing prior methods" is said of the model)
            named = [e for e in before if not (e.initial and not e.strong) and e.key not in METRIC_KEYS]
            # the sentence's first name (its usual subject) and the names right before the cue
            near = [e for e in named if cue_offset - offset(e) <= 40 + len(e.text)]
            # ("Experiments show that ...": a capitalised word that opens a report is not its subject either)
            first = named[0] if named else next(
                (
                    e for e in before
                    if e.key not in METRIC_KEYS and not _REPORTS_AFTER_RE.match(source, offset(e) + len(e.text))
                ),
                None,
            )
            if first is None:
                subject = ()  # "Experiments show that our model ... surpassing X": the subject is not named
            else:
                # "By integrating the latest MLLM techniques, MiniCPM-V ... outperforming X", "On MMLU, Y beats Z": a
                # phrase that opens the sentence before a comma is not its subject; the first name after it is
                opening = _FRONTED_PHRASE_RE.match(source, sentence_start + 1)
                if opening and offset(first) < opening.end() <= cue_offset:
                    first = next((e for e in named if offset(e) >= opening.end()), first)
                    # (no name after it: "Sur CoNLL-2014, les systèmes non neuronaux gardent l'avantage" names the
                    # benchmark it is measured on, and no subject)
                    nameless = offset(first) < opening.end() and _NAMELESS_SIDE_RE.match(source, opening.end())
                else:
                    nameless = False
                subject = () if nameless else tuple(dict.fromkeys([first.key] + [e.key for e in near]))
            obj = tuple(e.key for e in after[:4])
        elif earlier is not None:
            # (the earlier one's subject may be a pronoun: "It is on par with Gemma 7B and outperforms models ...,
            # such as RecurrentGemma 9B" says both of "it")
            subject, obj = earlier[1], tuple(e.key for e in after[:4])
        elif any(words[i] in _SUBJECT_PRONOUNS for i in range(start) if starts[i] > sentence_start):
            # "It nears the performance of X": the subject is a pronoun, left for the reader (and the verifier)
            # to resolve from the sentence before; a name after the next comma is not it
            subject, obj = (), tuple(e.key for e in after[:4])
        else:
            # "While less capable than humans ..., GPT-4 exhibits": the subject comes after a comma
            comma = source.find(",", cue_offset)
            limit = comma if 0 <= comma < sentence_end else sentence_end
            if limit == comma and _EXAMPLES_AHEAD_RE.match(source, comma + 1):
                # "can outperform several competitive baselines, including the powerful GPT-3.5, on these tasks":
                # the names after the comma are examples of the rival
                limit = source.find(",", comma + 1)
                limit = limit if 0 <= limit < sentence_end else sentence_end
            obj = tuple(e.key for e in after if offset(e) < limit)[:4]
            subject = tuple(e.key for e in after if offset(e) > limit)[:1]
        if obj and len(obj) < 4:
            # "improvement over our prior work on Long Short-Term Memory (LSTM) based models": the short name in
            # brackets right after the rival is the rival too
            last = next(e for e in reversed(after) if e.key == obj[-1])
            bracketed = next((e for e in entities if e.token > last.token), None)
            if bracketed is not None and source[offset(last) + len(last.text) : offset(bracketed)] == " (":
                obj = (*obj, bracketed.key)
        if not obj and len(subject) >= 2 and _THE_LATTER_RE.match(source, cue_end):
            # "Entraîné comme BERT4Rec, SASRec reste derrière ce dernier": the latter is the name before the subject
            subject, obj = subject[-1:], subject[-2:-1]
        if is_passive:
            subject, obj = obj, subject
        if any(
            start - 3 <= n_end <= start and cue_word in _VERB_DENIALS
            and not _PHRASE_BREAK_RE.search(source, starts[n_end - 1], starts[start] if start < len(starts) else len(source))
            for _, n_end, cue_word in denials
        ):
            # "had not beaten the average human", "n'a pas dépassé": the other way, and "not on par" says nothing
            if symbol == "=":
                continue
            symbol = "<" if symbol == ">" else ">"
        elif symbol != "=" and any(
            start - 6 <= n_start < start and words[n_start] in _NOBODY
            and not _PHRASE_BREAK_RE.search(source, starts[n_start], starts[start] if start < len(starts) else len(source))
            for n_start, _, _ in denials
        ):
            # "none of those available beats OLMoE", "no model of its size is better than Nemotron-4 15B": the rival is
            # the one ahead
            subject, obj = obj, subject
        found.append(Comparison(symbol, cue, subject, obj))
        previous = (cue_end, subject, obj)
    return found


# ---------------------------------------------------------------- comparing values


# how far below "up to N" the most the source reports may fall and still be N, rounded up
_UP_TO_REACH = 0.8


def values_match(claim: Quantity, evidence: Quantity) -> bool:
    """Does an evidence number say what the claim's number says (rounding and bounds allowed)?"""
    if {claim.unit, evidence.unit} == {"times", "ratio"}:
        # "sept fois plus faible" is "1/7th the carbon footprint": a factor against the fraction it divides by
        factor, fraction = (claim, evidence) if claim.unit == "times" else (evidence, claim)
        return fraction.value > 0 and abs(factor.value - 1 / fraction.value) <= 0.5 * _magnitude_unit(factor) + 1e-9
    if not units_compatible(claim.unit, evidence.unit):
        return False
    a, b = _comparable(claim, evidence)
    # "up to 137 trillion" against "up to 137 billion": two bounds of one kind are compared as values
    if claim.bound == "at_least" and evidence.bound != "at_least":
        return b >= a * (1 - 1e-9)
    if claim.bound == "at_most" and evidence.bound not in ("at_most", "up_to"):
        return b <= a * (1 + 1e-9)
    if claim.bound == "up_to" and evidence.bound not in ("at_most", "up_to"):
        # "up to 18 million pixels" names the most there is: 1.8 million falls far short of saying it
        return a * _UP_TO_REACH <= b <= a * (1 + 1e-9)
    if claim.bound == "about":
        return abs(a - b) <= 0.06 * max(abs(a), abs(b), 1e-12)
    if a == b:
        return True
    # a claim may round what the source says: 3.8 for 3.75, 69 for 69.2 (a percentage's step read as a share: 48%
    # rounds 0.475 to 0.485, not 0.1)
    scale = _magnitude_unit(claim) / (100 if claim.unit == "percent" and evidence.unit == "ratio" else 1)
    return abs(a - b) <= 0.5 * scale + 1e-12 * max(abs(a), 1)


def _magnitude_unit(q: Quantity) -> float:
    """The rounding step of the number as written: 3.8 billion -> 0.1e9, 69 -> 1."""
    return (10 ** -q.decimals) * q.scale


def _comparable(a: Quantity, b: Quantity) -> tuple[float, float]:
    x, y = a.value, b.value
    if a.unit == "percent" and b.unit == "ratio":
        x = x / 100
    if b.unit == "percent" and a.unit == "ratio":
        y = y / 100
    return x, y


def measured_against_words(analysis: Analysis, index: int) -> bool:
    """Words right after the number say what it is measured on or against ("20% over the previous state of the art")."""
    quantity = analysis.quantities[index]
    end = quantity.position + len(quantity.text)
    return bool(_MEASURED_ON_AFTER_RE.match(analysis.prepared or analysis.text, end, end + 40))


def units_compatible(a: str | None, b: str | None) -> bool:
    if a is None or b is None or a == b:
        return True
    # ("6,7 points BLEU" is "6.7 BLEU": a point of a score is a point of that score)
    return {a, b} in ({"percent", "ratio"}, {"percent", "point"}, {"bleu", "point"})


def distinct_value(a: Quantity, b: Quantity) -> bool:
    """Two numbers of one unit that clearly differ (a conflict, not rounding)."""
    return units_compatible(a.unit, b.unit) and not values_match(a, b) and not math.isclose(a.value, b.value)


_FRENCH_MARKERS = frozenset("le la les des du une est sont dans pour avec qui que sur pas ont été cette ces".split())
_ENGLISH_MARKERS = frozenset("the of and is are in for with that on by this we our from which be".split())


def guess_language(text: str) -> str:
    """"fr" or "en" from function words: enough to analyse a source passage the right way."""
    words = _LANGUAGE_WORD_RE.findall(text.lower())
    french = sum(1 for w in words if w in _FRENCH_MARKERS)
    english = sum(1 for w in words if w in _ENGLISH_MARKERS)
    return "fr" if french > english else "en"
