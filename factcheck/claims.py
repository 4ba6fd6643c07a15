"""Cut an article into sentences and say which ones are checkable claims.

Every sentence of ``Article.text`` becomes a ``Claim`` with a ``ClaimKind``
and a short reason. The rules are general and their cues live in data files
(``lexicon/claims_fr.json``, ``lexicon/claims_en.json``): a sentence is a
checkable claim when it carries something a source can settle (a quantity, a
comparison, a named person, an event involving a named entity); cue words
for opinion, framing and speculation turn sentences with nothing checkable
into OPINION or RHETORIC. Hedges and reported speech are recorded, not
discarded: "On dit que X a quitté Y" is still a claim about X and Y.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .references import SOURCE_LINE_RE, find_references, within
from .types import Article, Claim, ClaimKind, Reference, content_id, normalise_text

LEXICON_DIR = Path(__file__).resolve().parent / "lexicon"
LANGUAGES = ("fr", "en")

# Reasons shown to users; kept here so tests and reports agree on the wording.
REASON_QUANTITY = "contains a quantity"
REASON_COMPARISON = "compares two entities"
REASON_PERSON = "states a fact about a named person"
REASON_ENTITY = "states a fact about a named entity"
REASON_EVENT = "states an event or a relation"
REASON_OPINION = "opinion: evaluative adjective without a checkable fact"
REASON_FIRST_PERSON = "opinion: first-person judgement"
REASON_SPECULATION = "rhetoric: prediction/speculation"
REASON_FRAMING = "rhetoric: framing without a checkable fact"
REASON_QUESTION = "rhetoric: question"
REASON_NOTHING = "no checkable fact: no name, number or comparison"
REASON_SOURCE = "source line"
REASON_HEADING = "heading: a title line, not a sentence"

# A line that stands alone, ends without sentence punctuation and is this
# short reads as a heading or a byline ("How Mixtral works", "By the
# newsroom"), not as a statement; headlines with a figure or a comparison
# are still checked.
_HEADING_MAX_WORDS = 10
_SENTENCE_END_RE = re.compile(r"[.!?…:;][\"'»”’)\]]*\s*$")


# ---------------------------------------------------------------- cue lexicons


@dataclass(frozen=True)
class Cues:
    """The compiled cue lists of one language (or of both, for undetermined text)."""

    abbreviations: frozenset[str]
    long_abbreviations_folded: frozenset[str]  # "Dr", "etc": matched in any case; "M" only as written
    may_end_sentence: frozenset[str]
    reported: re.Pattern[str]
    conditional: re.Pattern[str]
    speculative: re.Pattern[str]
    first_person: re.Pattern[str]
    evaluative: re.Pattern[str]
    openers: re.Pattern[str]
    speculation: re.Pattern[str]
    comparison: re.Pattern[str]
    event: re.Pattern[str]
    number_words: frozenset[str]
    need_unit: frozenset[str]
    units: frozenset[str]
    sentence_openers: frozenset[str]
    common_word_endings: tuple[str, ...]


def _alternation(patterns: list[str]) -> re.Pattern[str]:
    if not patterns:
        return re.compile(r"(?!x)x")
    body = "|".join(f"(?:{p})" for p in patterns)
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE)


@functools.lru_cache(maxsize=None)
def _load(language: str) -> dict:
    return json.loads((LEXICON_DIR / f"claims_{language}.json").read_text(encoding="utf-8"))


@functools.lru_cache(maxsize=None)
def cues_for(language: str) -> Cues:
    """Cues of ``language``; undetermined text gets the union of every language."""
    datas = [_load(language)] if language in LANGUAGES else [_load(lang) for lang in LANGUAGES]

    def merged(*path: str) -> list[str]:
        items: list[str] = []
        for data in datas:
            node = data
            for key in path:
                node = node.get(key, {})
            items.extend(node or [])
        return items

    return Cues(
        abbreviations=frozenset(merged("abbreviations")),
        long_abbreviations_folded=frozenset(a.casefold() for a in merged("abbreviations") if len(a) > 2),
        may_end_sentence=frozenset(merged("abbreviations_that_may_end_a_sentence")),
        reported=_alternation(merged("hedges", "reported")),
        conditional=_alternation(merged("hedges", "conditional")),
        speculative=_alternation(merged("hedges", "speculative")),
        first_person=_alternation(merged("opinion", "first_person")),
        evaluative=_alternation(merged("opinion", "evaluative")),
        openers=_alternation(merged("rhetoric", "openers")),
        speculation=_alternation(merged("rhetoric", "speculation")),
        comparison=_alternation(merged("comparison")),
        event=_alternation(merged("event_verbs")),
        number_words=frozenset(w.casefold() for w in merged("number_words")),
        need_unit=frozenset(w.casefold() for w in merged("number_words_need_a_unit")),
        units=frozenset(w.casefold() for w in merged("units")),
        sentence_openers=frozenset(w.casefold() for w in merged("sentence_openers")),
        common_word_endings=tuple(sorted(set(merged("common_word_endings")), key=len, reverse=True)),
    )


# ---------------------------------------------------------------- sentences

_PARAGRAPH_BREAK_RE = re.compile(r"\n[ \t]*\n\s*")
# Sentence punctuation and any closing quotes, French style "fini. »" included.
_TERMINAL_RE = re.compile(r"(?:[.!?…]+)(?:[ \u00a0\u202f]?[\"'»”’)\]])*(?=\s)")
_LONE_REFERENCE_RE = re.compile(r"^\s*(?:[-*•]\s+)?\S*[/:]\S*\s*$")
_LINE_END_PUNCTUATION = tuple(".!?…:;»\"”)]")
_BULLET_RE = re.compile(r"^\s*(?:[-*•+]|\d{1,3}[.)])\s")
_WORD_BEFORE_RE = re.compile(r"([\w.'’-]*\w)\.*$")
_NEXT_START_RE = re.compile(r"\s+([\"'«“‘(\[¿¡-]?\s?)(\S)")


def _blocks(text: str) -> Iterator[tuple[int, int]]:
    """Runs of text that no sentence crosses: paragraphs, and lines that stand alone."""
    position = 0
    for match in [*_PARAGRAPH_BREAK_RE.finditer(text), None]:
        end = match.start() if match else len(text)
        yield from _line_runs(text, position, end)
        if match:
            position = match.end()


def _line_runs(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Split a paragraph at single newlines only where a line clearly ends a unit.

    Hard-wrapped prose keeps its sentences whole; a line that ends with
    punctuation, a short heading-like line, a list item or a source line
    stands alone.
    """
    lines = []
    position = start
    while position <= end:
        newline = text.find("\n", position, end)
        line_end = end if newline < 0 else newline
        lines.append((position, line_end))
        if newline < 0:
            break
        position = newline + 1
    if len(lines) == 1:
        yield start, end
        return
    longest = max(b - a for a, b in lines)
    run_start = lines[0][0]
    for (a, b), (c, d) in zip(lines, lines[1:]):
        line = text[a:b].rstrip()
        following = text[c:d]
        stands_alone = (
            line.endswith(_LINE_END_PUNCTUATION)
            or _BULLET_RE.match(following) is not None
            or SOURCE_LINE_RE.match(following) is not None
            or _LONE_REFERENCE_RE.match(line) is not None  # a URL or an id alone on its line
            or _LONE_REFERENCE_RE.match(following) is not None
            or (len(line) < 0.6 * longest and following[:1].isupper())
        )
        if stands_alone:
            yield run_start, b
            run_start = c
    yield run_start, lines[-1][1]


def _is_boundary(text: str, block_start: int, punctuation_start: int, punctuation: str, after: int, cues: Cues) -> bool:
    """Does the sentence end at this punctuation mark?"""
    following = _NEXT_START_RE.match(text, after)
    if not following:
        return False
    next_char = following.group(2)
    if not (next_char.isupper() or next_char.isdigit() or following.group(1).strip()):
        return False  # "e.g. more", "... puis"
    if not punctuation.startswith("."):
        return True
    if punctuation.startswith(".."):
        return True  # an ellipsis followed by a capital
    # A bounded window: searching back to the block start would make long paragraphs quadratic.
    word = _WORD_BEFORE_RE.search(text, max(block_start, punctuation_start - 80), punctuation_start)
    if not word:
        return True
    token = word.group(1)
    if token in cues.may_end_sentence:
        return True
    if token in cues.abbreviations or token.casefold() in cues.long_abbreviations_folded:
        return False
    if len(token) == 1 and token.isalpha() and token.isupper():
        return False  # an initial: "J. Smith"
    if re.fullmatch(r"(?:\w\.)+\w", token):
        return False  # "e.g", "U.S", "i.e" not in the lists
    return True


def split_sentences(text: str, language: str = "und") -> list[tuple[int, int]]:
    """Sentence spans of ``text``, whitespace trimmed, in order.

    Decimal numbers (8,38 or 3.8), model names (Phi-3.5), abbreviations
    (e.g., M., Dr.) and URLs do not end sentences: a boundary needs
    sentence punctuation, then white space, then something that can start a
    sentence.
    """
    cues = cues_for(language)
    spans: list[tuple[int, int]] = []
    for block_start, block_end in _blocks(text):
        sentence_start = block_start
        for match in _TERMINAL_RE.finditer(text, block_start, block_end):
            if match.end() >= block_end:
                break
            if _is_boundary(text, block_start, match.start(), match.group(0), match.end(), cues):
                spans.append((sentence_start, match.end()))
                sentence_start = match.end()
        spans.append((sentence_start, block_end))
    trimmed = []
    for start, end in spans:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            trimmed.append((start, end))
    return trimmed


# ---------------------------------------------------------------- features of a sentence

_TOKEN_RE = re.compile(r"[^\W_](?:[\w'’.,-]*[^\W_])?%?|[$€£]\s?\d[\d.,]*|\d+(?:[.,]\d+)?\s?%")
_ELISION_RE = re.compile(r"^(?:[ldjmnstc]|qu|jusqu|lorsqu|puisqu)['’]", re.IGNORECASE)
_NUMBER_RE = re.compile(r"^[$€£]?\s?\d+(?:[.,\u202f ]\d+)*\s?%?$")
# "47B parameters", "32k tokens", "5x larger": a number with a magnitude suffix.
_MAGNITUDE_RE = re.compile(r"^\d+(?:[.,]\d+)?(?:[kKMBT]|bn|x|×)$")
_YEAR_RE = re.compile(r"^(?:1[89]|20)\d\d$")
_POSSESSIVE_RE = re.compile(r"['’]s$")


@dataclass(frozen=True)
class Features:
    quantity: bool
    comparison: bool
    person: bool
    entity: bool
    event: bool
    comparison_only: bool = False  # "Arterioles have a larger lumen than venules": no names, still checkable


def _tokens(sentence: str) -> list[str]:
    tokens = []
    for match in _TOKEN_RE.finditer(sentence):
        token = match.group(0).rstrip(".,")
        token = _ELISION_RE.sub("", token)
        token = _POSSESSIVE_RE.sub("", token)
        if token:
            tokens.append(token)
    return tokens


def _capitalised(token: str) -> bool:
    return token[:1].isupper() and any(ch.isalpha() for ch in token)


def _looks_like_name(token: str) -> bool:
    """A product or organisation spelling: digits in a word, inner capitals, acronyms."""
    has_alpha = any(ch.isalpha() for ch in token)
    has_digit = any(ch.isdigit() for ch in token)
    # OpenAI, vLLM, iPhone: a capital after the first letter
    inner_capital = any(ch.isupper() for ch in token[1:]) and (token[:1].isupper() or token[1:2].isupper())
    return has_alpha and (has_digit or inner_capital)


def names_in(text: str, language: str) -> tuple[frozenset[str], frozenset[str]]:
    """(capitalised words seen mid-sentence, surnames of two-word person names) in a text.

    A sentence-initial capitalised word is a name only when the same word is
    capitalised somewhere mid-sentence too; this is how "Bubeck, ..." is told
    apart from "Récemment, ...".
    """
    cues = cues_for(language)
    capitalised: set[str] = set()
    surnames: set[str] = set()
    for start, end in split_sentences(text, language):
        tokens = _tokens(text[start:end])
        for index, token in enumerate(tokens):
            if index > 0 and _capitalised(token):
                capitalised.add(token)
        for first, second in zip(tokens, tokens[1:]):
            if _person_pair(first, second, cues):
                surnames.add(second)
    return frozenset(capitalised), frozenset(surnames)


def _person_pair(first: str, second: str, cues: Cues) -> bool:
    def name_like(token: str) -> bool:
        return (
            _capitalised(token)
            and token.isalpha()
            and len(token) >= 2
            and not token.isupper()
            and not any(ch.isupper() for ch in token[1:])
            and token.casefold() not in cues.sentence_openers
        )

    return name_like(first) and name_like(second)


def _sentence_initial_name(token: str, following: str, cues: Cues, known_names: frozenset[str]) -> bool:
    """Is the capitalised first word of a sentence a name rather than an ordinary word?

    Yes when the article capitalises it mid-sentence too, when a model
    number follows it ("Mistral 7B"), or when it is not a common opener and
    does not end like a French or English common word ("Meta", "Mixtral",
    but not "Récemment", "Augmenter", "Overall").
    """
    folded = token.casefold()
    if folded in cues.sentence_openers:
        return False
    if token in known_names:
        return True
    if any(ch.isdigit() for ch in following):
        return not folded.endswith(("ly", "ment"))  # "Mistral 7B", but not "Nearly 70"
    return token.isalpha() and not folded.endswith(cues.common_word_endings)


def _is_name(index: int, tokens: list[str], cues: Cues, known_names: frozenset[str]) -> bool:
    token = tokens[index]
    if _NUMBER_RE.match(token) or _MAGNITUDE_RE.match(token):
        return False
    if _looks_like_name(token):
        return True
    if not _capitalised(token):
        return False
    if index > 0:
        return True
    return _sentence_initial_name(token, tokens[1] if len(tokens) > 1 else "", cues, known_names)


def features(sentence: str, cues: Cues, known_names: frozenset[str], surnames: frozenset[str]) -> Features:
    tokens = _tokens(sentence)
    names = [_is_name(index, tokens, cues, known_names) for index in range(len(tokens))]
    quantity = False
    person = False
    for index, token in enumerate(tokens):
        folded = token.casefold()
        # "Llama 2", "Mistral 7B": a number right after a name is part of the name.
        after_name = index > 0 and names[index - 1]
        if _YEAR_RE.match(token):
            quantity = True
        elif (_NUMBER_RE.match(token) or _MAGNITUDE_RE.match(token)) and not after_name:
            quantity = True
        elif folded in cues.number_words:
            following = tokens[index + 1].casefold() if index + 1 < len(tokens) else ""
            if folded not in cues.need_unit or following in cues.units:
                quantity = True
        if token in surnames and (index > 0 or token in known_names):
            person = True
    for first, second in zip(tokens, tokens[1:]):
        if _person_pair(first, second, cues):
            person = True
    entity = any(names) or person
    compares = bool(cues.comparison.search(sentence))
    return Features(
        quantity=quantity,
        comparison=compares and (entity or quantity),
        person=person,
        entity=entity,
        event=bool(cues.event.search(sentence)),
        comparison_only=compares and not (entity or quantity),
    )


def find_hedge(sentence: str, cues: Cues) -> str | None:
    """The cue that marks reported, conditional or speculative speech, as written."""
    for pattern in (cues.reported, cues.conditional, cues.speculative):
        match = pattern.search(sentence)
        if match:
            return match.group(0).strip()
    return None


# ---------------------------------------------------------------- classification


def _is_source_line(
    sentence: str, start: int, references: list[Reference], starts: list[int], cues: Cues, known_names: frozenset[str]
) -> bool:
    """A sentence that only points at sources: "Source : URL", "Voir arXiv:2404.14219.", a bare link."""
    label = SOURCE_LINE_RE.match(sentence)
    if label and not sentence[label.end() :].strip():
        return True  # "Sources :" heading a list of references
    inside = within(references, starts, start, start + len(sentence))
    if not inside:
        return False
    if SOURCE_LINE_RE.match(sentence):
        return True
    rest = list(sentence)
    for reference in inside:
        for i in range(reference.start - start, reference.end - start):
            rest[i] = " "
    leftover = "".join(rest)
    if len(re.findall(r"\w{2,}", leftover)) > 3:
        return False
    # "Phi-3 (arXiv:2404.14219) has 3.8B parameters." is short, but says something checkable.
    found = features(" ".join(leftover.split()), cues, known_names, frozenset())
    return not (found.entity or found.quantity)


def classify(sentence: str, cues: Cues, known_names: frozenset[str], surnames: frozenset[str]) -> tuple[ClaimKind, str]:
    """The kind of a sentence and the reason, in a few words."""
    if sentence.rstrip("\"'»”’) ").endswith("?"):
        return ClaimKind.RHETORIC, REASON_QUESTION
    found = features(sentence, cues, known_names, surnames)
    if cues.first_person.search(sentence):
        return ClaimKind.OPINION, REASON_FIRST_PERSON
    if found.quantity:
        return ClaimKind.CLAIM, REASON_QUANTITY
    if found.comparison:
        return ClaimKind.CLAIM, REASON_COMPARISON
    if found.person:
        return ClaimKind.CLAIM, REASON_PERSON
    if found.entity and found.event:
        return ClaimKind.CLAIM, REASON_ENTITY
    # Nothing strong: cue words decide between a weak claim and a non-claim.
    speculative = cues.speculation.search(sentence) or (
        cues.speculative.search(sentence) and not cues.reported.search(sentence)
    )
    if speculative:
        return ClaimKind.RHETORIC, REASON_SPECULATION
    if cues.openers.search(sentence[:60]):
        return ClaimKind.RHETORIC, REASON_FRAMING
    if cues.evaluative.search(sentence):
        return ClaimKind.OPINION, REASON_OPINION
    if found.entity:
        return ClaimKind.CLAIM, REASON_ENTITY
    if found.comparison_only:
        return ClaimKind.CLAIM, REASON_COMPARISON
    if found.event:
        return ClaimKind.CLAIM, REASON_EVENT
    return ClaimKind.RHETORIC, REASON_NOTHING


def _is_heading(text: str, start: int, end: int) -> bool:
    """A short line of its own without sentence punctuation."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if text[line_start:start].strip() or text[end:line_end].strip():
        return False
    sentence = text[start:end]
    return not _SENTENCE_END_RE.search(sentence) and len(sentence.split()) <= _HEADING_MAX_WORDS


def extract_claims(article: Article) -> list[Claim]:
    """Every sentence of the article as a ``Claim``, in order, each with its kind and reason."""
    text = article.text
    language = article.language
    cues = cues_for(language)
    references = find_references(text)
    reference_starts = [r.start for r in references]
    known_names, surnames = names_in(text, language)
    claims: list[Claim] = []
    occurrences: dict[str, int] = {}
    for start, end in split_sentences(text, language):
        sentence = text[start:end]
        if _is_source_line(sentence, start, references, reference_starts, cues, known_names):
            kind, reason = ClaimKind.REFERENCE, REASON_SOURCE
        else:
            kind, reason = classify(sentence, cues, known_names, surnames)
            if kind is ClaimKind.CLAIM and reason not in (REASON_QUANTITY, REASON_COMPARISON) and _is_heading(text, start, end):
                kind, reason = ClaimKind.RHETORIC, REASON_HEADING
        normalised = normalise_text(sentence)
        seen = occurrences.get(normalised, 0)
        occurrences[normalised] = seen + 1
        id_parts = (article.id, normalised) if seen == 0 else (article.id, normalised, str(seen))
        claims.append(
            Claim(
                id=content_id(*id_parts),
                article_id=article.id,
                text=sentence,
                start=start,
                end=end,
                kind=kind,
                reason=reason,
                hedge=find_hedge(sentence, cues) if kind is not ClaimKind.REFERENCE else None,
                language=language,
            )
        )
    return claims
