"""Web pages: main text (trafilatura, comments left out), title and publication date.

Bytes from the web come in any charset, with any markup, of any size. The
decoding follows a fixed chain (byte-order mark, HTTP header, ``<meta>``,
strict UTF-8, detection, Windows-1252) and records which step decided, so a
garbled source can be explained. Oversized HTML is refused before any parsing.
"""

from __future__ import annotations

import codecs
import json
import re
from dataclasses import dataclass

from factcheck.errors import ParseError
from factcheck.resolvers import squash_spaces
from factcheck.types import Source, sha256_text

DEFAULT_MAX_BYTES = 5 * 1024 * 1024  # larger "articles" are archives or traps
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_HEADER_CHARSET = re.compile(r"""charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


@dataclass(frozen=True)
class WebPage:
    url: str
    title: str | None
    text: str  # main text, paragraphs separated by blank lines
    published: str | None  # ISO date when the page says it
    encoding: str  # codec used, e.g. "utf-8", "cp1252"
    encoding_method: str  # "bom" | "http-header" | "meta" | "utf-8" | "detected" | "fallback"
    content_type: str  # media type without parameters


def media_type(content_type: str | None) -> str:
    return (content_type or "").split(";")[0].strip().lower()


def _codec(name: str | bytes) -> str | None:
    label = name.decode("ascii", "ignore") if isinstance(name, bytes) else name
    try:
        codec = codecs.lookup(label.strip()).name
    except LookupError:
        return None
    # Browsers read "latin-1" and "ascii" pages as Windows-1252; so do we.
    return "cp1252" if codec in ("latin-1", "iso8859-1", "ascii") else codec


def decode(data: bytes, content_type: str | None) -> tuple[str, str, str]:
    """``(text, codec, method)`` by the first step of the chain that decodes strictly."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data.decode(codec, errors="replace"), codec, "bom"
    candidates: list[tuple[str | None, str]] = []
    if content_type and (match := _HEADER_CHARSET.search(content_type)):
        candidates.append((_codec(match[1]), "http-header"))
    if match := _META_CHARSET.search(data[:4096]):
        candidates.append((_codec(match[1]), "meta"))
    candidates.append(("utf-8", "utf-8"))
    for codec, method in candidates:
        if codec is None:
            continue
        try:
            return data.decode(codec), codec, method
        except (UnicodeDecodeError, LookupError):
            continue
    # Undeclared and not UTF-8. Detection is unreliable between single-byte
    # codecs on short texts (it reads French cp1252 as cp1250), and French
    # and English pages in a single-byte codec are nearly always Windows-1252:
    # trust detection only for multi-byte codecs or when cp1252 cannot decode.
    try:
        return data.decode("cp1252"), "cp1252", "fallback"
    except UnicodeDecodeError:
        pass
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:200_000]).best()
    except Exception:  # detection is a nicety; its failure must not lose the page
        best = None
    if best is not None and best.encoding:
        codec = _codec(best.encoding) or best.encoding
        try:
            return data.decode(codec), codec, "detected"
        except (UnicodeDecodeError, LookupError):
            pass
    return data.decode("cp1252", errors="replace"), "cp1252", "fallback"


def parse_page(
    data: bytes, *, url: str, content_type: str | None, max_bytes: int = DEFAULT_MAX_BYTES
) -> WebPage:
    """The main text of an HTML (or plain text) page.

    Raises ``ParseError``: reason ``too_large`` above ``max_bytes``,
    ``unparseable`` when no main text can be found.
    """
    if len(data) > max_bytes:
        raise ParseError(
            f"page is {len(data):,} bytes, above the {max_bytes:,}-byte cap", reason="too_large", url=url
        )
    kind = media_type(content_type) or "text/html"
    text, codec, method = decode(data, content_type)
    if kind == "text/plain":
        paragraphs = [squash_spaces(p) for p in re.split(r"\n\s*\n", text)]
        body = "\n\n".join(p for p in paragraphs if p)
        if not body:
            raise ParseError("empty text page", url=url)
        return WebPage(url, None, body, None, codec, method, kind)
    if kind not in ("text/html", "application/xhtml+xml", "application/xml", "text/xml"):
        raise ParseError(f"cannot read {kind} as a web page", url=url)
    try:
        import trafilatura

        document = trafilatura.bare_extraction(
            text,
            url=url,
            include_comments=False,
            include_tables=False,
            with_metadata=True,
            deduplicate=False,
        )
    except RecursionError as error:
        raise ParseError("page markup is nested too deeply", url=url) from error
    except Exception as error:  # lxml and trafilatura raise many kinds on broken markup
        raise ParseError(f"page could not be parsed: {type(error).__name__}: {error}"[:300], url=url) from error
    main_text = (getattr(document, "text", None) or "") if document is not None else ""
    paragraphs = [squash_spaces(line) for line in main_text.split("\n")]
    body = "\n\n".join(p for p in paragraphs if p)
    if not body:
        raise ParseError("no main text found in the page", url=url)
    title = squash_spaces(getattr(document, "title", None) or "") or _html_title(text)
    published = getattr(document, "date", None) or None
    return WebPage(url, title or None, body, published, codec, method, kind)


def _html_title(text: str) -> str | None:
    match = _TITLE.search(text[:100_000])
    return squash_spaces(re.sub(r"<[^>]+>", "", match[1])) or None if match else None


def is_wikipedia_summary(url: str) -> bool:
    return bool(re.match(r"https?://[a-z\-]+\.wikipedia\.org/api/rest_v1/page/summary/", url))


def parse_wikipedia_summary(data: bytes, *, url: str) -> WebPage:
    """Wikipedia's REST ``page/summary`` JSON: title, lead extract, revision timestamp."""
    try:
        document = json.loads(data)
    except (ValueError, UnicodeDecodeError) as error:
        raise ParseError(f"Wikipedia summary is not JSON: {error}", url=url) from error
    if not isinstance(document, dict) or not document.get("extract"):
        raise ParseError("Wikipedia summary without an extract", url=url)
    page_url = ((document.get("content_urls") or {}).get("desktop") or {}).get("page") or url
    title = squash_spaces(document.get("title") or "") or None
    timestamp = document.get("timestamp")
    return WebPage(
        url=page_url,
        title=title,
        text=document["extract"].strip(),
        published=timestamp,
        encoding="utf-8",
        encoding_method="utf-8",
        content_type="application/json",
    )


def to_source(
    page: WebPage,
    *,
    key: str,
    retrieved_at: str,
    etag: str | None = None,
    last_modified: str | None = None,
) -> Source:
    """A page's source; its version is the first 12 hex digits of the text's sha256."""
    text = (page.title + "\n\n" + page.text) if page.title else page.text
    sha256 = sha256_text(text)
    return Source(
        key=key,
        version=sha256[:12],
        url=page.url,
        title=page.title,
        text=text,
        sha256=sha256,
        retrieved_at=retrieved_at,
        published=page.published,
        content="page",
        etag=etag,
        last_modified=last_modified,
    )
