"""Bytes to text: the one charset chain, for articles and for fetched pages alike.

Order: a byte-order mark; the charset the server declares; the charset the
markup declares (``<meta charset>``, ``<?xml encoding>``); UTF-16 without a
mark; strict UTF-8; then, for undeclared single-byte text, detection
(charset-normalizer) against Windows-1252, keeping the decoding whose accents
look French or English. Detectors read short French cp1252 text as a
Central-European code page ("modčle"); the texts we read are French or
English, so that guess loses to cp1252.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_META_CHARSET_RE = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)|<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)""", re.IGNORECASE
)
_HEADER_CHARSET_RE = re.compile(r"""charset\s*=\s*["']?([\w.:-]+)""", re.IGNORECASE)
_WESTERN_LETTERS = frozenset("àâäçéèêëîïôöùûüÿœæÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸŒÆ«»’‘“”–—…€°ñßáíóú")


@dataclass(frozen=True)
class Decoded:
    text: str
    codec: str  # Python's name for it: "utf-8", "cp1252", "utf-16-le", ...
    method: str  # "bom" | "declared" | "meta" | "utf-8" | "detected" | "fallback" | "binary"

    @property
    def label(self) -> str:
        """``utf-8``, or the codec and how it was found: ``cp1252 (meta)``, ``utf-16-le (BOM)``."""
        if self.method == "utf-8":
            return self.codec
        return f"{self.codec} ({'BOM' if self.method == 'bom' else self.method})"


def charset_of(content_type: str | None) -> str | None:
    """The ``charset=`` parameter of a Content-Type header, if any."""
    match = _HEADER_CHARSET_RE.search(content_type or "")
    return match[1] if match else None


def decode(data: bytes, *, declared_charset: str | None = None, markup: bool = False) -> Decoded:
    """Decode by the first step of the chain that decodes strictly (see the module docstring)."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data[len(bom) :].decode(name), name, "bom")
            except UnicodeDecodeError:
                break
    candidates: list[tuple[str, str]] = []
    if name := codec_name(declared_charset):
        candidates.append((name, "declared"))
    if markup and (meta := _META_CHARSET_RE.search(data[:8192])):
        if name := codec_name((meta.group(1) or meta.group(2)).decode("ascii", "replace")):
            candidates.append((name, "meta"))
    for name, method in candidates:
        if name.startswith(("utf-16", "utf-32")):
            continue  # without a byte-order mark these are claimed more often than true
        try:
            return Decoded(data.decode(name), name, method)
        except (UnicodeDecodeError, LookupError):
            continue
    if utf16 := _utf16_without_bom(data):
        try:
            return Decoded(data.decode(utf16), utf16, "detected")
        except UnicodeDecodeError:
            pass
    try:
        return Decoded(data.decode("utf-8"), "utf-8", "utf-8")
    except UnicodeDecodeError:
        pass
    if _nul_heavy(data):  # an image or an archive: callers refuse it rather than read noise
        return Decoded(data.decode("latin-1"), "latin-1", "binary")
    decoded: list[tuple[int, int, Decoded]] = []
    for rank, (name, method) in enumerate(((_detect(data), "detected"), ("cp1252", "fallback"))):
        if not name:
            continue
        try:
            text = data.decode(name)
        except (UnicodeDecodeError, LookupError):
            continue
        decoded.append((_western_fit(text), -rank, Decoded(text, name, method)))
    if decoded:
        return max(decoded, key=lambda item: item[:2])[2]
    return Decoded(data.decode("latin-1"), "latin-1", "fallback")


def _nul_heavy(data: bytes) -> bool:
    """Many NUL bytes where no UTF-16 layout explains them: an image, an archive, not text."""
    return b"\x00" in data[:4096] and data.count(b"\x00") > len(data) // 8


def codec_name(label: str | None) -> str | None:
    """Python's canonical codec name for a charset label, or None when it names none."""
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip()).name
    except LookupError:
        return None
    # Browsers read pages labelled Latin-1 or ASCII as Windows-1252 (the WHATWG Encoding
    # standard), and so do the editors who write them: curly quotes live in 0x80-0x9F.
    return "cp1252" if name in ("latin-1", "iso8859-1", "ascii") else name


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a byte-order mark shows NUL bytes at every other position."""
    sample = data[:4096]
    if len(sample) < 8 or len(sample) % 2:
        return None
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    half = len(sample) // 2
    if odd_nuls > 0.6 * half and even_nuls < 0.1 * half:
        return "utf-16-le"
    if even_nuls > 0.6 * half and odd_nuls < 0.1 * half:
        return "utf-16-be"
    return None


def _western_fit(text: str) -> int:
    """How French- or English-like the non-ASCII characters of a decoding are."""
    return sum(1 if ch in _WESTERN_LETTERS else -1 for ch in text if ord(ch) >= 128)


def _detect(data: bytes) -> str | None:
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # optional: cp1252 is the fallback
        return None
    try:
        best = from_bytes(data[:65536]).best()
    except Exception:  # detection is a nicety; its failure must not lose the text
        return None
    return codec_name(best.encoding) if best is not None else None
