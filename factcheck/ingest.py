"""Read an article from a file, a URL or stdin into an ``Article``.

The article's ``text`` is its prose: Markdown markup and HTML boilerplate
removed. ``segments`` record which runs of ``text`` were copied verbatim from
the decoded original so reports can point at the right line and column.
Heavy libraries (trafilatura, charset-normalizer) are imported inside the
functions that need them, so reading a plain-text article stays fast.
"""

from __future__ import annotations

import bisect
import functools
import html as html_lib
import json
import re
import sys
import typing
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urljoin

from . import charsets
from .errors import InputError, SourceUnavailable, UnsupportedInput
from .types import Article, content_id

MAX_INPUT_BYTES = 20 * 1024 * 1024  # larger than any article; protects memory

PLAIN = "text/plain"
MARKDOWN = "text/markdown"
HTML = "text/html"

EXTENSIONS = {
    ".txt": PLAIN,
    ".text": PLAIN,
    ".md": MARKDOWN,
    ".markdown": MARKDOWN,
    ".mdown": MARKDOWN,
    ".html": HTML,
    ".htm": HTML,
    ".xhtml": HTML,
}
ARTICLE_EXTENSIONS = frozenset(EXTENSIONS)

LEXICON_DIR = Path(__file__).resolve().parent / "lexicon"


class Fetcher(typing.Protocol):
    def get(self, url: str, *, headers: dict[str, str] | None = None, accept: str | None = None) -> typing.Any: ...


# ---------------------------------------------------------------- entry points


def read_article(location: str, *, fetcher: Fetcher | None = None, stdin: typing.BinaryIO | None = None) -> Article:
    """Read the article at ``location``: a file path, an http(s) URL, or ``-`` for stdin."""
    if location == "-":
        stream = stdin if stdin is not None else sys.stdin.buffer
        data = stream.read(MAX_INPUT_BYTES + 1)
        return article_from_bytes(data, location="-")
    scheme = re.match(r"^([A-Za-z][A-Za-z0-9+.-]*)://", location)
    if scheme:
        if scheme.group(1).lower() not in ("http", "https"):
            raise UnsupportedInput(f"cannot read {location}: only http and https URLs are supported")
        if fetcher is None:
            raise InputError(f"cannot read {location}: no network access to fetch it (offline, or no fetcher given)")
        try:
            response = fetcher.get(location, accept="text/html,application/xhtml+xml,text/markdown,text/plain;q=0.9")
        except SourceUnavailable as error:
            # The article itself, unlike a source it cites, is input: without it there is nothing to check.
            raise InputError(f"cannot fetch the article {location}: {error}") from error
        headers = {k.lower(): v for k, v in dict(getattr(response, "headers", {}) or {}).items()}
        body = response.body
        if len(body) > MAX_INPUT_BYTES:
            raise InputError(f"{location} is larger than {MAX_INPUT_BYTES // (1024 * 1024)} MB")
        return article_from_bytes(
            body,
            location=location,
            content_type=headers.get("content-type"),
            base_url=str(getattr(response, "url", location) or location),
        )
    path = Path(location)
    if not path.exists():
        raise InputError(f"no such file: {location}")
    if path.is_dir():
        raise InputError(f"{location} is a directory, not an article file")
    try:
        size = path.stat().st_size
        if size > MAX_INPUT_BYTES:
            raise InputError(f"{location} is larger than {MAX_INPUT_BYTES // (1024 * 1024)} MB")
        data = path.read_bytes()
    except OSError as error:
        raise InputError(f"cannot read {location}: {error.strerror or error}") from error
    return article_from_bytes(data, location=location, media_type=EXTENSIONS.get(path.suffix.lower()))


# Files that sit beside articles in a repository but are not articles.
NOT_ARTICLES = frozenset({"readme", "license", "licence", "changelog", "contributing", "provenance", "code_of_conduct"})


def find_articles(path: Path) -> list[Path]:
    """The article files under a directory, sorted.

    Hidden files and folders are skipped, and so are a repository's own
    documents (README, LICENSE, CHANGELOG, PROVENANCE...): a directory of
    articles under version control usually has them, and they are not news.
    """
    path = Path(path)
    if path.is_file():
        return [path]
    if not path.is_dir():
        raise InputError(f"no such directory: {path}")
    found = []
    for candidate in path.rglob("*"):
        relative = candidate.relative_to(path)
        if any(part.startswith(".") for part in relative.parts):
            continue
        if candidate.stem.lower() in NOT_ARTICLES:
            continue
        if candidate.is_file() and candidate.suffix.lower() in ARTICLE_EXTENSIONS:
            found.append(candidate)
    return sorted(found)


# Share of control characters (or undecodable bytes) above which input is
# binary: real articles have none beyond tabs and line breaks.
_BINARY_SHARE = 0.05


def _looks_binary(text: str) -> bool:
    sample = text[:65536]
    odd = sum(1 for ch in sample if (ch < " " and ch not in "\t\n\f\v") or ch in "\x7f\ufffd")
    return bool(sample) and odd / len(sample) > _BINARY_SHARE


def article_from_bytes(
    data: bytes,
    *,
    location: str,
    media_type: str | None = None,
    content_type: str | None = None,
    base_url: str | None = None,
) -> Article:
    """Decode, extract the prose, detect the language: the work behind ``read_article``."""
    if not isinstance(data, (bytes, bytearray)):
        raise InputError(f"{location}: expected bytes")
    data = bytes(data)
    if len(data) > MAX_INPUT_BYTES:
        raise InputError(f"{location} is larger than {MAX_INPUT_BYTES // (1024 * 1024)} MB")
    if not data.strip():
        raise InputError(f"{location} is empty")
    declared_type, declared_charset = _parse_content_type(content_type)
    media_type = media_type or declared_type or _media_type_from_location(location)
    decoded = charsets.decode(data, declared_charset=declared_charset, markup=media_type in (None, HTML))
    raw, encoding = decoded.text.replace("\r\n", "\n").replace("\r", "\n"), decoded.label
    if decoded.method == "binary" or _looks_binary(raw):
        raise InputError(f"{location} does not look like text (an image, an archive or another binary file?)")
    if media_type not in (PLAIN, MARKDOWN, HTML):
        media_type = sniff_media_type(raw)
    if media_type == MARKDOWN:
        extracted = markdown_to_text(raw)
    elif media_type == HTML:
        extracted = html_to_text(raw, base_url=base_url or (location if "://" in location else None))
    else:
        extracted = Extracted(text=raw, segments=((0, 0, len(raw)),) if raw else (), title=None, published=None)
    text = extracted.text
    if not text.strip():
        raise InputError(f"{location}: no article text found")
    suppressed = () if media_type == PLAIN else suppressed_spans(raw, extracted.segments, len(text))
    return Article(
        id=content_id(text),
        location=location,
        media_type=media_type,
        raw=raw,
        text=text,
        segments=extracted.segments,
        language=detect_language(text),
        encoding=encoding,
        title=extracted.title or _first_heading(text),
        published=extracted.published,
        suppressed=suppressed,
    )


# ---------------------------------------------------------------- media types


def _parse_content_type(content_type: str | None) -> tuple[str | None, str | None]:
    if not content_type:
        return None, None
    kind, _, params = content_type.partition(";")
    kind = kind.strip().lower()
    charset = re.search(r"charset\s*=\s*[\"']?([\w.:-]+)", params, re.IGNORECASE)
    media = {
        "text/html": HTML,
        "application/xhtml+xml": HTML,
        "text/markdown": MARKDOWN,
        "text/x-markdown": MARKDOWN,
        "text/plain": PLAIN,
    }.get(kind)
    return media, charset.group(1) if charset else None


def _media_type_from_location(location: str) -> str | None:
    path = re.split(r"[?#]", location, maxsplit=1)[0]
    return EXTENSIONS.get(Path(path).suffix.lower())


_HTML_SNIFF_RE = re.compile(r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|article|p|div)\b", re.IGNORECASE | re.DOTALL)
_MARKDOWN_SNIFF_RE = re.compile(r"^(?:#{1,6} \S|```|\* \S|- \S|> \S)|\[[^\]\n]+\]\([^)\s]+\)|\*\*\S", re.MULTILINE)


def sniff_media_type(raw: str) -> str:
    """Guess HTML, Markdown or plain text from the first few kilobytes."""
    head = raw[:4096]
    if _HTML_SNIFF_RE.match(head):
        return HTML
    if _MARKDOWN_SNIFF_RE.search(head):
        return MARKDOWN
    return PLAIN


# ---------------------------------------------------------------- building text with an offset map


@dataclass(frozen=True)
class Extracted:
    text: str
    segments: tuple[tuple[int, int, int], ...]
    title: str | None
    published: str | None


class _TextBuilder:
    """Appends pieces of text, remembering which were copied verbatim from ``raw``."""

    def __init__(self, raw: str) -> None:
        self.raw = raw
        self.parts: list[str] = []
        self.length = 0
        self.segments: list[list[int]] = []

    def copy(self, raw_start: int, raw_end: int) -> None:
        if raw_end <= raw_start:
            return
        piece = self.raw[raw_start:raw_end]
        last = self.segments[-1] if self.segments else None
        if last and last[0] + last[2] == self.length and last[1] + last[2] == raw_start:
            last[2] += len(piece)
        else:
            self.segments.append([self.length, raw_start, len(piece)])
        self.parts.append(piece)
        self.length += len(piece)

    def insert(self, piece: str) -> None:
        self.parts.append(piece)
        self.length += len(piece)

    def ends_with(self, suffix: str) -> bool:
        return "".join(self.parts[-3:]).endswith(suffix)

    def build(self) -> tuple[str, tuple[tuple[int, int, int], ...]]:
        text = "".join(self.parts)
        return text, tuple((a, b, c) for a, b, c in self.segments)


# ---------------------------------------------------------------- Markdown

_FENCE_RE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_HEADING_RE = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+|$)")
_HEADING_CLOSE_RE = re.compile(r"[ \t]+#+[ \t]*$")
_SETEXT_RE = re.compile(r"^ {0,3}(?:=+|-+)[ \t]*$")
_RULE_RE = re.compile(r"^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$")
_CONTAINER_RE = re.compile(r"^(?:[ \t]*>[ \t]?)*[ \t]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?)?")
_LIST_ITEM_RE = re.compile(r"^(?:[ \t]*>[ \t]?)*[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+")
_TABLE_RULE_RE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
_LINK_DEFINITION_RE = re.compile(r"^ {0,3}\[([^\]]+)\]:\s*<?(\S+?)>?(?:\s+[\"'(].*[\"')])?\s*$")
_COMMENT_RE = re.compile(r"<!--.*?(?:-->|\Z)", re.DOTALL)  # an unclosed comment runs to the end
_FRONT_MATTER_RE = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)

# Inline markup, tried left to right; whatever matches none is copied verbatim.
# Every repetition is bounded and stops at the characters that would open
# another construct, so runs of "[", "<" or "`" cost linear time, not quadratic.
_INLINE_RE = re.compile(
    r"(?P<image>!\[(?P<alt>[^\[\]\n]{0,500})\]\((?P<src>[^()\s]{0,2048})(?:\s+\"[^\"\n]{0,500}\")?\))"
    r"|(?P<link>\[(?P<label>[^\[\]\n]{0,1000})\]\((?P<href><[^<>\n]{0,2048}>|[^()\s]{0,2048}(?:\([^()\s]{0,512}\)[^()\s]{0,512}){0,4})"
    r"(?:\s+(?:\"[^\"\n]{0,500}\"|'[^'\n]{0,500}'))?\))"
    r"|(?P<reflink>\[(?P<reflabel>[^\[\]\n]{1,1000})\]\[(?P<refid>[^\[\]\n]{0,200})\])"
    r"|(?P<autolink><(?P<auto>(?:https?|mailto):[^<>\s]{1,2048})>)"
    r"|(?P<code>(?P<ticks>`{1,8})(?P<codetext>[^`\n]{1,1000})(?P=ticks))"
    r"|(?P<tag></?[A-Za-z][A-Za-z0-9-]{0,30}(?:\s[^<>\n]{0,1000})?/?>)"
    r"|(?P<escape>\\(?P<escaped>[!-/:-@\[-`{-~]))"
    r"|(?P<emphasis>\*+(?=\S)|(?<=\S)\*+|~~|(?<![\w])_+(?=\S)|(?<=\S)_+(?![\w]))"
)


def _inline(builder: _TextBuilder, raw: str, start: int, end: int, definitions: dict[str, str]) -> None:
    """Copy the line ``raw[start:end]`` into ``builder`` without inline markup.

    Link labels stay, and their targets are kept visible as "label (url)" so
    the references they name can still be found in the text.
    """
    position = start
    for match in _INLINE_RE.finditer(raw, start, end):
        builder.copy(position, match.start())
        position = match.end()
        if match.group("image") is not None:
            continue  # alt text of a picture is not the article's prose
        if match.group("link") is not None:
            label_start, label_end = match.span("label")
            _inline(builder, raw, label_start, label_end, definitions)
            href = match.group("href").strip("<>")
            if href and href not in match.group("label"):
                builder.insert(" (")
                builder.copy(*(_span_of(raw, href, match.start("href"), match.end("href"))))
                builder.insert(")")
        elif match.group("reflink") is not None:
            label_start, label_end = match.span("reflabel")
            _inline(builder, raw, label_start, label_end, definitions)
            key = (match.group("refid") or match.group("reflabel")).strip().lower()
            if key in definitions:
                builder.insert(f" ({definitions[key]})")
        elif match.group("autolink") is not None:
            builder.copy(*match.span("auto"))
        elif match.group("code") is not None:
            builder.copy(*match.span("codetext"))
        elif match.group("escape") is not None:
            builder.copy(*match.span("escaped"))
        # tags and emphasis markers vanish
    builder.copy(position, end)


def _span_of(raw: str, needle: str, start: int, end: int) -> tuple[int, int]:
    index = raw.find(needle, start, end)
    return (index, index + len(needle)) if index >= 0 else (start, start)


def markdown_to_text(raw: str) -> Extracted:
    """The prose of a Markdown document, one block per paragraph, with its offset map."""
    builder = _TextBuilder(raw)
    title = published = None
    lines: list[tuple[int, int]] = []
    position = 0
    for line in raw.split("\n"):
        lines.append((position, position + len(line)))
        position += len(line) + 1

    first_line = 0
    front = _FRONT_MATTER_RE.match(raw)
    if front:
        meta = _front_matter(front.group(1))
        title, published = meta.get("title"), meta.get("date")
        first_line = raw.count("\n", 0, front.end()) + (0 if front.group(0).endswith("\n") else 1)

    # Comments are dropped, but their lines must still be skipped as a unit.
    comment_spans = [m.span() for m in _COMMENT_RE.finditer(raw)]
    definitions: dict[str, str] = {}
    for start, end in lines:
        definition = _LINK_DEFINITION_RE.match(raw[start:end])
        if definition:
            definitions[definition.group(1).strip().lower()] = definition.group(2)

    in_fence: str | None = None
    paragraph_open = False
    previous_blank = True

    def close_block() -> None:
        nonlocal paragraph_open
        if builder.length and not builder.ends_with("\n\n"):
            builder.insert("\n\n")
        paragraph_open = False

    for index in range(first_line, len(lines)):
        start, end = lines[index]
        line = raw[start:end]
        fence = _FENCE_RE.match(line)
        if in_fence is not None:
            if fence and fence.group(1)[0] == in_fence[0] and len(fence.group(1)) >= len(in_fence):
                in_fence = None
            continue
        if fence:
            close_block()
            in_fence = fence.group(1)
            continue
        # Remove comments from the line, keeping what is around them.
        pieces = _uncommented_pieces(start, end, comment_spans)
        visible = "".join(raw[a:b] for a, b in pieces)
        if not visible.strip():
            if not _comments_touching(start, end, comment_spans) or not line.strip():
                previous_blank = True
                close_block()
            continue
        if previous_blank and not paragraph_open and line.startswith(("    ", "\t")) and not _LIST_ITEM_RE.match(line):
            continue  # indented code block
        if _LINK_DEFINITION_RE.match(line) or _TABLE_RULE_RE.match(line) and "-" in line:
            continue
        if _RULE_RE.match(line) or (_SETEXT_RE.match(line) and paragraph_open):
            close_block()
            previous_blank = False
            continue
        previous_blank = False
        heading = _HEADING_RE.match(line)
        if heading:
            close_block()
            content_start = start + heading.end()
            closing = _HEADING_CLOSE_RE.search(line)
            content_end = start + closing.start() if closing else end
            for a, b in _uncommented_pieces(content_start, max(content_end, content_start), comment_spans):
                _inline(builder, raw, a, b, definitions)
            close_block()
            continue
        container = _CONTAINER_RE.match(line)
        # List items and table rows are blocks of their own, not parts of a paragraph.
        is_item = bool(_LIST_ITEM_RE.match(line)) or line.lstrip().startswith("|")
        if is_item:
            close_block()
        elif paragraph_open:
            builder.insert(" ")
        content_start = start + (container.end() if container else 0)
        for a, b in _uncommented_pieces(content_start, end, comment_spans):
            _inline(builder, raw, a, b, definitions)
        paragraph_open = True
    text, segments = builder.build()
    stripped = text.rstrip()
    if len(stripped) < len(text):
        text = stripped
        segments = _clip_segments(segments, len(text))
    return Extracted(text=text, segments=segments, title=title, published=published)


def _comments_touching(start: int, end: int, comments: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The comments (sorted, disjoint) that overlap [start, end), found by bisection."""
    first = max(bisect.bisect_left(comments, (start, start)) - 1, 0)
    touching = []
    for c_start, c_end in comments[first:]:
        if c_start >= end:
            break
        if c_end > start:
            touching.append((c_start, c_end))
    return touching


def _uncommented_pieces(start: int, end: int, comments: list[tuple[int, int]]) -> list[tuple[int, int]]:
    pieces = []
    position = start
    for c_start, c_end in _comments_touching(start, end, comments):
        if c_end <= position or c_start >= end:
            continue
        if c_start > position:
            pieces.append((position, c_start))
        position = max(position, c_end)
    if position < end:
        pieces.append((position, end))
    return pieces


def _clip_segments(segments: tuple[tuple[int, int, int], ...], length: int) -> tuple[tuple[int, int, int], ...]:
    clipped = []
    for text_start, raw_start, size in segments:
        if text_start >= length:
            break
        clipped.append((text_start, raw_start, min(size, length - text_start)))
    return tuple(clipped)


def _front_matter(block: str) -> dict[str, str]:
    meta = {}
    for line in block.split("\n"):
        key, sep, value = line.partition(":")
        if sep and key.strip().lower() in ("title", "date", "published"):
            value = value.strip().strip("\"'")
            if value:
                meta["date" if key.strip().lower() == "published" else key.strip().lower()] = value
    if "date" in meta:
        match = re.match(r"\d{4}-\d{2}-\d{2}", meta["date"])
        if match:
            meta["date"] = match.group(0)
        else:
            del meta["date"]
    return meta


def _first_heading(text: str) -> str | None:
    first = text.strip().split("\n", 1)[0].strip()
    return first if 0 < len(first) <= 200 and not first.endswith((".", "!", "?")) else None


# ---------------------------------------------------------------- HTML

# Unclosed elements run to the end (as in browsers), which also keeps these scans linear;
# <head> may also end where <body> starts, since HTML lets </head> be left out.
_SKIPPED_ELEMENT_RE = re.compile(
    r"<(head|title|script|style|noscript|template|svg)\b[^<>]*>.*?(?:</\1\s*>|(?=<body\b)|\Z)", re.IGNORECASE | re.DOTALL
)
_BOILERPLATE_ELEMENT_RE = re.compile(r"<(nav|header|footer|aside|menu|form)\b[^<>]*>.*?(?:</\1\s*>|\Z)", re.IGNORECASE | re.DOTALL)
_TAG_OR_ENTITY_RE = re.compile(r"<!--.*?(?:-->|\Z)|<[^<>]*>|&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?", re.DOTALL)
_BLOCK_TAG_RE = re.compile(r"</?(?:p|div|br|li|ul|ol|h[1-6]|tr|td|th|table|section|article|header|footer|blockquote|pre|dd|dt|figure|figcaption|main|nav|aside)\b", re.IGNORECASE)
_TABLE_SEPARATOR_RE = re.compile(r"^\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-*:?\s*\|?$")
_ANCHOR_RE = re.compile(
    r"<a\s[^<>]*?href\s*=\s*(\"[^\"<>]*\"|'[^'<>]*'|[^\s<>]+)[^<>]*>(.{0,2000}?)</a\s*>", re.IGNORECASE | re.DOTALL
)


def _visible_text(raw: str) -> tuple[str, list[int]]:
    """The characters of ``raw`` a reader sees, whitespace collapsed, with each one's raw offset."""
    hidden = [m.span() for m in _SKIPPED_ELEMENT_RE.finditer(raw)]
    chars: list[str] = []
    offsets: list[int] = []

    def emit_space(at: int) -> None:
        if chars and chars[-1] != " ":
            chars.append(" ")
            offsets.append(at)

    position = 0
    hidden_index = 0
    for match in _TAG_OR_ENTITY_RE.finditer(raw):
        if match.start() < position:
            continue
        while hidden_index < len(hidden) and hidden[hidden_index][1] <= match.start():
            hidden_index += 1
        _emit_run(raw, position, match.start(), chars, offsets, emit_space)
        token = match.group(0)
        if hidden_index < len(hidden) and hidden[hidden_index][0] <= match.start() < hidden[hidden_index][1]:
            position = hidden[hidden_index][1]
            emit_space(match.start())
            continue
        position = match.end()
        if token.startswith("<"):
            if _BLOCK_TAG_RE.match(token):
                emit_space(match.start())
            continue
        for ch in html_lib.unescape(token):
            if ch.isspace():
                emit_space(match.start())
            else:
                chars.append(ch)
                offsets.append(match.start())
    _emit_run(raw, position, len(raw), chars, offsets, emit_space)
    return "".join(chars), offsets


def _emit_run(raw: str, start: int, end: int, chars: list[str], offsets: list[int], emit_space: typing.Callable[[int], None]) -> None:
    for index in range(start, end):
        ch = raw[index]
        if ch.isspace():
            emit_space(index)
        else:
            chars.append(ch)
            offsets.append(index)


def html_to_text(raw: str, *, base_url: str | None = None) -> Extracted:
    """The main text of an HTML page (trafilatura), mapped back onto the raw HTML."""
    import trafilatura  # slow to import: only HTML articles pay for it

    try:
        document = trafilatura.bare_extraction(
            raw,
            url=base_url,
            include_comments=False,
            include_tables=True,
            include_links=False,
            with_metadata=True,
            # The published date from the page's metadata only: htmldate's extensive
            # search scans every link and text node (15 s on a page with 3,000 links)
            # and guesses from stray dates in the prose.
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as error:  # trafilatura raises many things on broken markup
        raise InputError(f"cannot extract the text of this HTML page: {error}") from error
    if document is None:
        document = {}
    elif not isinstance(document, dict):
        document = document.as_dict()
    main_text = document.get("text") or ""
    if not main_text.strip():
        # Pages too small for trafilatura's heuristics: the visible words outside
        # navigation, header, footer and asides.
        main_text = _visible_text(_BOILERPLATE_ELEMENT_RE.sub(" ", raw))[0]
    title = document.get("title") or _html_title(raw)
    published = document.get("date")

    visible, offsets = _visible_text(raw)
    anchors = _anchors(raw, base_url)
    builder = _TextBuilder(raw)
    cursor = 0

    def place(piece: str) -> None:
        """Copy ``piece`` from where it shows in the page, or insert it when it cannot be found."""
        nonlocal cursor
        found = visible.find(piece, cursor)
        if found < 0:
            found = visible.find(piece)
        if found < 0:
            builder.insert(piece)
            return
        cursor = found + len(piece)
        piece_offsets = offsets[found : found + len(piece)]
        inserts = _anchor_inserts(piece, piece_offsets, anchors)
        for index, ch in enumerate(piece):
            raw_index = piece_offsets[index]
            if raw[raw_index] == ch:
                builder.copy(raw_index, raw_index + 1)
            else:
                builder.insert(ch)
            for href in inserts.get(index, ()):
                builder.insert(f" ({href})")

    for block in main_text.split("\n"):
        block = " ".join(block.split())
        if not block or _TABLE_SEPARATOR_RE.match(block):
            continue  # trafilatura draws table rules; they are not text
        if builder.length:
            builder.insert("\n\n")
        if visible.find(block, cursor) >= 0 or visible.find(block) >= 0:
            place(block)
            continue
        # trafilatura writes list items as "- item" and table rows as "| a | b |".
        if block.startswith("- "):
            block = block[2:]
        if block.startswith("|"):
            cells = [cell.strip() for cell in block.strip("|").split("|") if cell.strip()]
            for index, cell in enumerate(cells):
                if index:
                    builder.insert(" | ")
                place(cell)
            continue
        place(block)
    cited = [c for c in _citation_meta(raw) if c not in builder.parts and not any(c in p for p in builder.parts)]
    if cited and builder.length:
        # Citation metadata names what the page is about: keep it as a source line.
        builder.insert("\n\nSources : " + " ".join(cited))
    text, segments = builder.build()
    return Extracted(text=text, segments=segments, title=title, published=published)


_CITATION_META_RE = re.compile(
    r"<meta\s+[^<>]*?(?:name|property)\s*=\s*[\"']?(citation_arxiv_id|citation_doi|dc\.identifier|citation_pdf_url)[\"']?[^<>]*>",
    re.IGNORECASE,
)
_CONTENT_ATTR_RE = re.compile(r"content\s*=\s*(\"[^\"]*\"|'[^']*')", re.IGNORECASE)


def _citation_meta(raw: str) -> list[str]:
    """Identifiers a page declares for scholarly citation (Highwire / Dublin Core tags)."""
    found: list[str] = []
    for match in _CITATION_META_RE.finditer(raw[:200_000]):
        content = _CONTENT_ATTR_RE.search(match.group(0))
        if not content:
            continue
        value = html_lib.unescape(content.group(1)[1:-1]).strip()
        name = match.group(1).lower()
        if name == "citation_arxiv_id" and value:
            value = "arXiv:" + value
        elif name in ("citation_doi", "dc.identifier") and value.lower().startswith(("10.", "doi:")):
            value = value if value.lower().startswith("doi:") else "doi:" + value
        elif not value.lower().startswith(("http://", "https://")):
            continue
        if value and " " not in value and value not in found:
            found.append(value)
    return found


def _anchors(raw: str, base_url: str | None) -> list[tuple[int, int, str]]:
    """(raw start of the link text, raw end, absolute href) for links that lead somewhere."""
    anchors = []
    for match in _ANCHOR_RE.finditer(raw):
        href = html_lib.unescape(match.group(1).strip("\"'")).strip()
        if base_url:
            try:
                href = urljoin(base_url, href)
            except ValueError:
                continue
        if re.match(r"^https?://\S+$", href, re.IGNORECASE):
            anchors.append((match.start(2), match.end(2), href))
    return anchors


def _anchor_inserts(block: str, block_offsets: list[int], anchors: list[tuple[int, int, str]]) -> dict[int, list[str]]:
    """Where to show each link's target: after the last character of its link text."""
    inserts: dict[int, list[str]] = {}
    if not block_offsets:
        return inserts
    low, high = block_offsets[0], block_offsets[-1]
    # anchors are in page order and do not nest: start from the last one opening before the block
    first = max(bisect.bisect_left(anchors, (low, -1, "")) - 1, 0)
    for start, end, href in anchors[first:]:
        if start > high:
            break
        if end < low:
            continue
        inside = [i for i, offset in enumerate(block_offsets) if start <= offset < end]
        if not inside:
            continue
        label = "".join(block[i] for i in inside)
        if href.rstrip("/") in label:
            continue
        inserts.setdefault(inside[-1], []).append(href)
    return inserts


def _html_title(raw: str) -> str | None:
    match = re.search(r"<title[^>]*>(.*?)</title\s*>", raw, re.IGNORECASE | re.DOTALL)
    if match:
        title = " ".join(html_lib.unescape(re.sub(r"<[^>]+>", "", match.group(1))).split())
        return title or None
    return None


# ---------------------------------------------------------------- suppressions

_DISABLE_NEXT_RE = re.compile(r"<!--\s*factcheck-disable-next-line\s*-->", re.IGNORECASE)
_OFF_RE = re.compile(r"<!--\s*factcheck[ -](?:off|disable)\s*-->", re.IGNORECASE)
_ON_RE = re.compile(r"<!--\s*factcheck[ -](?:on|enable)\s*-->", re.IGNORECASE)


def suppressed_raw_spans(raw: str) -> list[tuple[int, int]]:
    """Spans of ``raw`` that inline comments switch off."""
    spans = []
    for match in _DISABLE_NEXT_RE.finditer(raw):
        line_end = raw.find("\n", match.end())
        rest_of_line = raw[match.end() : len(raw) if line_end < 0 else line_end]
        if rest_of_line.strip():
            spans.append((match.end(), match.end() + len(rest_of_line)))
            continue
        position = len(raw) if line_end < 0 else line_end + 1
        while position < len(raw):
            next_end = raw.find("\n", position)
            next_end = len(raw) if next_end < 0 else next_end
            if raw[position:next_end].strip():
                spans.append((position, next_end))
                break
            position = next_end + 1
    position = 0
    while True:
        off = _OFF_RE.search(raw, position)
        if not off:
            break
        on = _ON_RE.search(raw, off.end())
        spans.append((off.end(), on.start() if on else len(raw)))
        if not on:
            break
        position = on.end()
    return spans


def suppressed_spans(raw: str, segments: tuple[tuple[int, int, int], ...], text_length: int) -> tuple[tuple[int, int], ...]:
    """The suppressed raw spans, carried over to ``text`` through the segments."""
    spans = []
    for raw_start, raw_end in suppressed_raw_spans(raw):
        first = last = None
        for text_start, segment_raw, length in segments:
            low = max(raw_start, segment_raw)
            high = min(raw_end, segment_raw + length)
            if low < high:
                start = text_start + (low - segment_raw)
                end = text_start + (high - segment_raw)
                first = start if first is None else min(first, start)
                last = end if last is None else max(last, end)
        if first is not None and last is not None:
            spans.append((first, min(last, text_length)))
    return tuple(spans)


# ---------------------------------------------------------------- language


@functools.lru_cache(maxsize=None)
def _stopwords(language: str) -> frozenset[str]:
    data = json.loads((LEXICON_DIR / f"claims_{language}.json").read_text(encoding="utf-8"))
    return frozenset(data.get("stopwords", ()))


_WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def detect_language(text: str) -> str:
    """'fr', 'en' or 'und', from the share of common function words of each language.

    Deterministic and instant; good on anything longer than a sentence,
    which is what articles are.
    """
    words = [w.casefold() for w in _WORD_RE.findall(text[:20000])]
    if len(words) < 3:
        return "und"
    scores = {}
    for language in ("fr", "en"):
        stop = _stopwords(language)
        scores[language] = sum(1 for w in words if _is_function_word(w, stop))
    best = max(scores, key=lambda k: scores[k])
    other = min(scores, key=lambda k: scores[k])
    if scores[best] < max(2, len(words) * 0.08) or scores[best] == scores[other]:
        return "und"
    return best


def _is_function_word(word: str, stop: frozenset[str]) -> bool:
    """A stop word, or an elided one ("l'", "qu'") before an apostrophe; "s" alone (TFLOPs/s) is neither."""
    head, apostrophe, _ = word.replace("’", "'").partition("'")
    return word in stop or bool(apostrophe) and head + "'" in stop


def claim_language(text: str) -> str:
    """'fr' or 'en' for one claim, which is often too short for ``detect_language``.

    "Falcon-180B devance PaLM-2-Large." has no function word at all: the words that only one
    language's dictionary knows decide, with each function word worth two of them. English wins ties,
    as it is what the analysis falls back to anyway.
    """
    detected = detect_language(text)
    if detected != "und":
        return detected
    from .lemmas import is_known

    scores = {"fr": 0, "en": 0}
    for word in _WORD_RE.findall(text[:2000]):
        if not word.islower():
            continue  # names and sentence-initial words say nothing of the language
        for language, other in (("fr", "en"), ("en", "fr")):
            stop = _stopwords(language)
            if _is_function_word(word, stop):
                scores[language] += 2
            elif len(word) > 2 and is_known(word, language) and not is_known(word, other):
                scores[language] += 1
    return "fr" if scores["fr"] > scores["en"] else "en"
