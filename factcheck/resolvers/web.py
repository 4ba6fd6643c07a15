"""Web pages: main text (trafilatura, comments left out), title and publication date.

Bytes from the web come in any charset, with any markup, of any size. The
decoding follows a fixed chain (byte-order mark, HTTP header, ``<meta>``,
strict UTF-8, detection, Windows-1252) and records which step decided, so a
garbled source can be explained. Oversized HTML is refused before any parsing.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from factcheck import charsets
from factcheck.errors import ParseError
from factcheck.resolvers import squash_spaces
from factcheck.types import Source, sha256_text

DEFAULT_MAX_BYTES = 5 * 1024 * 1024  # larger "articles" are archives or traps
_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)


@dataclass(frozen=True)
class WebPage:
    url: str
    title: str | None
    text: str  # main text, paragraphs separated by blank lines
    published: str | None  # ISO date when the page says it
    encoding: str  # codec used, e.g. "utf-8", "cp1252"
    encoding_method: str  # how the codec was found: charsets.Decoded.method ("declared" = the HTTP header)
    content_type: str  # media type without parameters


def media_type(content_type: str | None) -> str:
    return (content_type or "").split(";")[0].strip().lower()


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
    decoded = charsets.decode(data, declared_charset=charsets.charset_of(content_type), markup=kind != "text/plain")
    if decoded.method == "binary":
        raise ParseError(f"{kind} page is binary data, not text", url=url)
    text, codec, method = decoded.text, decoded.codec, decoded.method
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
