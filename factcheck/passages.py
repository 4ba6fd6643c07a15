"""Cut a source's text into sentence-sized passages with offsets into ``Source.text``.

Passage 0 is the title; then every paragraph (the abstract, then the full
text's paragraphs) is split into sentences by a rule that keeps "e.g.",
"i.e.", "et al.", "Fig. 3", "8.38", "phi-3.5" and "Mixtral 8x7B" whole.
The verifier asks for the passages of the same source once per claim, so the
result is memoised by ``(key, version, sha256)``.
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict

from factcheck.types import Passage, Source

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")
_CACHE_SIZE = 512

# A sentence ends at . ! or ? (and any closing quotes or brackets), then
# white space, then something that can start a sentence. The split is a rule
# and not a statistical model on purpose: importing a 2.5-million-paper
# snapshot splits every abstract, and pysbd costs about 20 ms per abstract
# where this costs tens of microseconds.
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)\]]*\s+(?=[A-Z0-9\"'\u201c\u2018(\[])")
# Tokens whose trailing period does not end a sentence.
_ABBREVIATIONS = frozenset(
    """e.g i.e et al etc. vs cf fig figs eq eqs sec sect tab ref refs no nos approx resp incl
    dr mr mrs ms prof jr sr st inc ltd co corp dept univ vol pp ch app al""".split()
)
_INITIAL = re.compile(r"(?:^|[\s(])(?:[A-Z]|[A-Z][a-z]?\.[A-Z])$")
_cache: OrderedDict[tuple[str, str, str], tuple[Passage, ...]] = OrderedDict()
_cache_lock = threading.Lock()


def _sentence_spans(block: str) -> list[tuple[int, int]]:
    """Sentence spans of one paragraph, trimmed."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(block):
        end = match.start()
        # Only the last few characters matter for the abbreviation test;
        # looking at the whole sentence so far would make this quadratic.
        tail = block[end - 12 if end - 12 > start else start : end]
        words = tail.rsplit(None, 1)
        # ("(e.g. MMLU, GSM8K)": the bracket before an abbreviation is not part of it)
        if words and words[-1].lower().rstrip(".").lstrip("([\"'\u201c") in _ABBREVIATIONS:
            continue
        # An initial ends in a capital (or, as "$" allows, a capital then a
        # newline): most sentence ends skip the regex.
        if tail and ("A" <= tail[-1] <= "Z" or tail[-1] == "\n") and _INITIAL.search(tail):
            continue
        spans.append((start, end + 1))
        start = match.end()
    spans.append((start, len(block)))
    trimmed = []
    for begin, end in spans:
        # Within a trimmed paragraph a sentence starts after white space and
        # ends on its punctuation: the quick test passes almost always.
        if begin < end and not block[begin].isspace() and not block[end - 1].isspace():
            trimmed.append((begin, end))
            continue
        piece = block[begin:end]
        stripped = piece.strip()
        if stripped:
            offset = begin + (len(piece) - len(piece.lstrip()))
            trimmed.append((offset, offset + len(stripped)))
    return trimmed


def _blocks(text: str, start: int) -> list[tuple[int, int]]:
    """Paragraph spans of ``text[start:]``, trimmed of surrounding whitespace."""
    spans = []
    cursor = start
    for match in _PARAGRAPH_BREAK.finditer(text, start):
        spans.append((cursor, match.start()))
        cursor = match.end()
    spans.append((cursor, len(text)))
    trimmed = []
    for begin, end in spans:
        chunk = text[begin:end]
        stripped = chunk.strip()
        if stripped:
            offset = begin + (len(chunk) - len(chunk.lstrip()))
            trimmed.append((offset, offset + len(stripped)))
    return trimmed


def passage_spans(text: str, title: str | None = None) -> list[tuple[int, int]]:
    """``(start, end)`` of every passage of ``text``, in order: the title when
    ``text`` opens with it, then each sentence of each paragraph.

    The bulk import cuts millions of abstracts and only needs the offsets;
    ``split_passages`` builds ``Passage`` values from the same spans.
    """
    spans: list[tuple[int, int]] = []
    body_start = 0
    title = (title or "").strip()
    if title and text.startswith(title):
        spans.append((0, len(title)))
        body_start = len(title)
    for block_start, block_end in _blocks(text, body_start):
        spans.extend(
            (block_start + sentence_start, block_start + sentence_end)
            for sentence_start, sentence_end in _sentence_spans(text[block_start:block_end])
        )
    return spans


def _split(source: Source) -> tuple[Passage, ...]:
    text, key, version = source.text, source.key, source.version
    return tuple(
        Passage(key, version, index, start, end, text[start:end])
        for index, (start, end) in enumerate(passage_spans(text, source.title))
    )


def split_passages(source: Source) -> list[Passage]:
    """Sentence passages of a source, such that ``source.text[p.start:p.end] == p.text``.

    An error source (no text) has no passages.
    """
    if not source.text:
        return []
    cache_key = (source.key, source.version, source.sha256)
    with _cache_lock:
        if cache_key in _cache:
            _cache.move_to_end(cache_key)
            return list(_cache[cache_key])
    passages = _split(source)
    with _cache_lock:
        _cache[cache_key] = passages
        while len(_cache) > _CACHE_SIZE:
            _cache.popitem(last=False)
    return list(passages)


def clear_cache() -> None:
    with _cache_lock:
        _cache.clear()
