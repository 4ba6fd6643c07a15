"""Cut a source's text into sentence-sized passages with offsets into ``Source.text``.

Passage 0 is the title; then every paragraph (the abstract, then the full
text's paragraphs) is split into sentences with pysbd, whose English rules
keep "e.g.", "i.e.", "Fig. 3", "8.38", "phi-3.5" and "Mixtral 8x7B" whole.
The verifier asks for the passages of the same source once per claim, so the
result is memoised by ``(key, version, sha256)``.
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict

from factcheck.types import Passage, Source

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")
# pysbd slows down sharply on very long runs of text (tables flattened into
# one "paragraph", PDF pages without blank lines); past this size a simple
# rule splits first: end punctuation, space, then a capital or a digit.
_LONG_BLOCK = 8_000
_ROUGH_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9(\"'])")
_CACHE_SIZE = 512

_cache: OrderedDict[tuple[str, str, str], tuple[Passage, ...]] = OrderedDict()
_cache_lock = threading.Lock()
_segmenters: dict[str, object] = {}


def _segmenter(language: str):
    if language not in _segmenters:
        import pysbd

        _segmenters[language] = pysbd.Segmenter(language=language, clean=False, char_span=False)
    return _segmenters[language]


def _sentences(block: str, language: str) -> list[str]:
    if len(block) > _LONG_BLOCK:
        pieces = _ROUGH_SENTENCE_END.split(block)
        chunks: list[str] = []
        for piece in pieces:  # regroup into pysbd-sized chunks so its rules still apply
            if chunks and len(chunks[-1]) + len(piece) < _LONG_BLOCK:
                chunks[-1] += " " + piece
            else:
                chunks.append(piece)
        return [s for chunk in chunks for s in _segmenter(language).segment(chunk)]
    return _segmenter(language).segment(block)


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


def _split(source: Source, language: str) -> tuple[Passage, ...]:
    text = source.text
    passages: list[Passage] = []

    def add(start: int, end: int) -> None:
        passages.append(Passage(source.key, source.version, len(passages), start, end, text[start:end]))

    body_start = 0
    title = (source.title or "").strip()
    if title and text.startswith(title):
        add(0, len(title))
        body_start = len(title)
    for block_start, block_end in _blocks(text, body_start):
        block = text[block_start:block_end]
        cursor = 0
        for sentence in _sentences(block, language):
            piece = sentence.strip()
            if not piece:
                continue
            found = block.find(piece, cursor)
            if found < 0:  # the segmenter changed the text: keep the rest of the block whole
                rest = block[cursor:].strip()
                if rest:
                    found = block.find(rest, cursor)
                    add(block_start + found, block_start + found + len(rest))
                cursor = len(block)
                break
            add(block_start + found, block_start + found + len(piece))
            cursor = found + len(piece)
    return tuple(passages)


def split_passages(source: Source, *, language: str = "en") -> list[Passage]:
    """Sentence passages of a source, such that ``source.text[p.start:p.end] == p.text``.

    An error source (no text) has no passages.
    """
    if not source.text:
        return []
    cache_key = (source.key, source.version, source.sha256 + ":" + language)
    with _cache_lock:
        if cache_key in _cache:
            _cache.move_to_end(cache_key)
            return list(_cache[cache_key])
    passages = _split(source, language)
    with _cache_lock:
        _cache[cache_key] = passages
        while len(_cache) > _CACHE_SIZE:
            _cache.popitem(last=False)
    return list(passages)


def clear_cache() -> None:
    with _cache_lock:
        _cache.clear()
