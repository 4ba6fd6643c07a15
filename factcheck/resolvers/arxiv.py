"""arXiv: the Atom API, the abstract page and the LaTeXML full text.

Pure functions only: URLs to ask for and parsers for what comes back. The
Atom parser refuses DTDs, entity expansion and external entities
(defusedxml), because the bytes come from the network.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from urllib.parse import quote

from typing import TYPE_CHECKING

from factcheck.errors import ParseError
from factcheck.resolvers import squash_spaces
from factcheck.types import Source, SourceVersion, sha256_text

if TYPE_CHECKING:  # the parsers are imported when a response is parsed: an offline check never needs them
    import lxml.etree
    import lxml.html

API_ENDPOINT = "https://export.arxiv.org/api/query"
MAX_IDS_PER_REQUEST = 100  # the API pages its answers; 100 ids keep one batch one page

_ATOM = "{http://www.w3.org/2005/Atom}"
_ARXIV = "{http://arxiv.org/schemas/atom}"

# New-style ids (0704.0001 onwards) and old-style ones (hep-th/9901001, math.GT/0309136).
_ID = re.compile(
    r"^(?P<base>\d{4}\.\d{4,5}|[a-z][a-z\-]*(?:\.[A-Za-z]{2})?/\d{7})(?P<version>v\d+)?$"
)
_ENTRY_ID = re.compile(r"/abs/(?P<id>.+?)/?$")


@dataclass(frozen=True)
class ArxivEntry:
    """One paper version as the Atom API describes it."""

    arxiv_id: str  # without version: "2404.14219"
    version: str  # "v4"
    title: str
    authors: tuple[str, ...]
    abstract: str  # whitespace normalised
    published: str | None  # date of v1
    updated: str | None  # date of this version
    doi: str | None = None
    journal_ref: str | None = None
    categories: tuple[str, ...] = ()
    comment: str | None = None

    @property
    def label(self) -> str:
        return f"arXiv:{self.arxiv_id}{self.version}"


@dataclass(frozen=True)
class ArxivAbsPage:
    """What the abstract page (arxiv.org/abs/ID) says, with the submission history."""

    arxiv_id: str
    version: str | None  # the version the page shows
    title: str
    authors: tuple[str, ...]
    abstract: str
    versions: tuple[SourceVersion, ...]  # every version with its submission date
    doi: str | None = None


# ---------------------------------------------------------------- ids and URLs


def split_version(arxiv_id: str) -> tuple[str, str | None]:
    """``"2404.14219v1"`` -> ``("2404.14219", "v1")``; refuses what is not an arXiv id."""
    match = _ID.match(arxiv_id.strip())
    if not match:
        raise ParseError(f"not an arXiv identifier: {arxiv_id!r}", reason="unparseable")
    return match["base"], match["version"]


def batches(ids: Sequence[str], size: int = MAX_IDS_PER_REQUEST) -> Iterator[list[str]]:
    """The distinct ids, sorted so a batch always makes the same URL, in chunks of ``size``."""
    if size < 1:
        raise ValueError("batch size must be at least 1")
    unique = sorted(dict.fromkeys(ids))
    for start in range(0, len(unique), size):
        yield unique[start : start + size]


def api_url(ids: Sequence[str]) -> str:
    """The Atom API query for these ids (versioned ids ask for that version)."""
    if not ids:
        raise ValueError("api_url needs at least one id")
    if len(ids) > MAX_IDS_PER_REQUEST:
        raise ValueError(f"at most {MAX_IDS_PER_REQUEST} ids per request; use batches()")
    for arxiv_id in ids:
        split_version(arxiv_id)
    id_list = quote(",".join(ids), safe=",/.")
    return f"{API_ENDPOINT}?id_list={id_list}&start=0&max_results={len(ids)}"


def _with_version(arxiv_id: str, version: str | None) -> str:
    return arxiv_id + (version or "")


def abs_url(arxiv_id: str, version: str | None = None) -> str:
    return f"https://arxiv.org/abs/{_with_version(arxiv_id, version)}"


def html_url(arxiv_id: str, version: str | None = None) -> str:
    """LaTeXML full text (papers from late 2023 on, when the conversion worked)."""
    return f"https://arxiv.org/html/{_with_version(arxiv_id, version)}"


def pdf_url(arxiv_id: str, version: str | None = None) -> str:
    return f"https://arxiv.org/pdf/{_with_version(arxiv_id, version)}"


# ---------------------------------------------------------------- Atom API


def _text(element: ElementTree.Element | None) -> str | None:
    if element is None or element.text is None:
        return None
    text = squash_spaces(element.text)
    return text or None


def parse_atom(data: bytes) -> list[ArxivEntry]:
    """Entries of an Atom API answer, current (2020s) or older (2016) format.

    An empty feed (an id with no paper) gives ``[]``. A feed carrying the
    API's error entry raises ``ParseError`` with reason ``not_found`` and the
    API's message.
    """
    import defusedxml
    import defusedxml.ElementTree as SafeElementTree

    try:
        root = SafeElementTree.fromstring(data, forbid_dtd=True)
    except defusedxml.DefusedXmlException as error:
        raise ParseError(f"arXiv API answer refused: {error.__class__.__name__}") from error
    except ElementTree.ParseError as error:
        raise ParseError(f"arXiv API answer is not XML: {error}") from error
    if root.tag != f"{_ATOM}feed":
        raise ParseError(f"arXiv API answer is not an Atom feed (root {root.tag!r})")
    entries = []
    for element in root.findall(f"{_ATOM}entry"):
        entry_id = _text(element.find(f"{_ATOM}id")) or ""
        if "/api/errors" in entry_id:
            message = _text(element.find(f"{_ATOM}summary")) or "error"
            raise ParseError(f"arXiv API error: {message}", reason="not_found")
        entries.append(_parse_entry(element, entry_id))
    return entries


def _parse_entry(element: ElementTree.Element, entry_id: str) -> ArxivEntry:
    match = _ENTRY_ID.search(entry_id)
    if not match:
        raise ParseError(f"arXiv entry id without /abs/: {entry_id!r}")
    arxiv_id, version = split_version(match["id"])
    authors = tuple(
        name
        for author in element.findall(f"{_ATOM}author")
        if (name := _text(author.find(f"{_ATOM}name")))
    )
    categories = tuple(
        term for category in element.findall(f"{_ATOM}category") if (term := category.get("term"))
    )
    return ArxivEntry(
        arxiv_id=arxiv_id,
        version=version or "v1",
        title=_text(element.find(f"{_ATOM}title")) or "",
        authors=authors,
        abstract=_text(element.find(f"{_ATOM}summary")) or "",
        published=_text(element.find(f"{_ATOM}published")),
        updated=_text(element.find(f"{_ATOM}updated")),
        doi=_text(element.find(f"{_ARXIV}doi")),
        journal_ref=_text(element.find(f"{_ARXIV}journal_ref")),
        categories=categories,
        comment=_text(element.find(f"{_ARXIV}comment")),
    )


# ---------------------------------------------------------------- abs page

_HISTORY_LINE = re.compile(
    r"\[(?P<version>v\d+)\]\s*(?P<date>[A-Z][a-z]{2},\s+\d{1,2}\s+[A-Z][a-z]{2}\s+\d{4}\s+[\d:]+\s+[A-Z]+)"
)


def _iso_from_http_date(value: str) -> str | None:
    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def _html_tree(data: bytes) -> lxml.html.HtmlElement:
    # arXiv serves UTF-8 without always saying so; libxml2 would guess Latin-1.
    try:
        data.decode("utf-8")
        encoding = "utf-8"
    except UnicodeDecodeError:
        encoding = "cp1252"
    import lxml.etree
    import lxml.html

    parser = lxml.html.HTMLParser(encoding=encoding, no_network=True)
    try:
        return lxml.html.document_fromstring(data, parser=parser)
    except (lxml.etree.ParserError, ValueError) as error:
        raise ParseError(f"HTML could not be parsed: {error}") from error


def _strip_descriptor(element: lxml.html.HtmlElement) -> str:
    """Text of an element without its "Title:" / "Abstract:" descriptor span."""
    parts = [element.text or ""]
    for child in element:
        if not isinstance(child.tag, str):  # comments
            parts.append(child.tail or "")
        elif "descriptor" in (child.get("class") or "").split():
            parts.append(child.tail or "")
        else:
            parts.append(child.text_content() + (child.tail or ""))
    return squash_spaces("".join(parts))


def parse_abs_page(data: bytes) -> ArxivAbsPage:
    """Title, authors, abstract and the whole submission history of an abs page."""
    tree = _html_tree(data)
    meta = {}
    authors_meta = []
    for node in tree.iter("meta"):
        name, content = node.get("name"), node.get("content")
        if name and content is not None:
            if name == "citation_author":
                authors_meta.append(content)
            meta.setdefault(name, content)
    title_nodes = tree.find_class("title")
    abstract_nodes = tree.find_class("abstract")
    title = squash_spaces(meta.get("citation_title")) or (
        _strip_descriptor(title_nodes[0]) if title_nodes else ""
    )
    abstract = (
        _strip_descriptor(abstract_nodes[0])
        if abstract_nodes
        else squash_spaces(meta.get("citation_abstract"))
    )
    author_blocks = tree.find_class("authors")
    if author_blocks:
        authors = tuple(squash_spaces(a.text_content()) for a in author_blocks[0].iter("a"))
    else:  # the meta tags write "Family, Given"
        authors = tuple(
            " ".join(reversed([p.strip() for p in name.split(",", 1)])) for name in authors_meta
        )
    arxiv_id = meta.get("citation_arxiv_id")
    if not arxiv_id or not title:
        raise ParseError("not an arXiv abstract page (no citation_arxiv_id or title)")
    history_nodes = tree.find_class("submission-history")
    versions: list[SourceVersion] = []
    if history_nodes:
        history = squash_spaces(history_nodes[0].text_content())
        for match in _HISTORY_LINE.finditer(history):
            versions.append(SourceVersion(match["version"], _iso_from_http_date(match["date"])))
    # The version the page shows is the one its history writes without a link.
    current = None
    if history_nodes:
        for strong in history_nodes[0].iter("strong"):
            if strong.find("a") is None and (label := squash_spaces(strong.text_content())):
                current = label.strip("[]") or None
    doi_link = tree.get_element_by_id("arxiv-doi-link", None)
    doi = None
    if doi_link is not None and (href := doi_link.get("href")):
        doi = href.split("doi.org/", 1)[-1].lower()
    return ArxivAbsPage(
        arxiv_id=split_version(arxiv_id)[0],
        version=current or (versions[-1].version if versions else None),
        title=title,
        authors=authors,
        abstract=abstract,
        versions=tuple(versions),
        doi=doi,
    )


# ---------------------------------------------------------------- LaTeXML full text

# Parts of a LaTeXML page that are not the paper's prose: the references,
# footnote marks, equation numbers, page furniture, tables of numbers.
_DROP_CLASSES = (
    "ltx_bibliography",
    "ltx_note",
    "ltx_tag_equation",
    "ltx_page_header",
    "ltx_page_footer",
    "ltx_page_navbar",
    "ltx_TOC",
    "ltx_tabular",
    "ltx_authors",
    "ltx_dates",
    "ltx_role_footnote",
    "ltx_ERROR",
)
_BLOCK_CLASSES = ("ltx_title", "ltx_p", "ltx_caption")


def parse_fulltext_html(data: bytes, *, max_chars: int = 2_000_000) -> str:
    """Prose of an arXiv LaTeXML page: headings, paragraphs and captions, one per paragraph.

    The bibliography, footnote marks, tables and navigation are dropped; a
    formula becomes its TeX ``alttext`` (short and readable: ``8.38``,
    ``3.8\\text{B}``) so numbers written in math mode stay in the text.
    """
    tree = _html_tree(data)
    article = tree.find(".//article")
    if article is None:
        article = tree.body
    if article is None:
        raise ParseError("LaTeXML page without a body")
    for node in list(article.iter()):
        classes = (node.get("class") or "").split() if isinstance(node.tag, str) else []
        if node.tag in ("script", "style", "nav", "header", "footer") or any(
            name in classes for name in _DROP_CLASSES
        ):
            _replace_with_text(node, "")
    for math in list(article.iter("math", "{http://www.w3.org/1998/Math/MathML}math")):
        _replace_with_text(math, squash_spaces(math.get("alttext") or ""))
    blocks = []
    # Depth-first, stopping at the outermost block so nested blocks are not read twice.
    stack = [article]
    while stack:
        node = stack.pop()
        if not isinstance(node.tag, str):
            continue
        classes = (node.get("class") or "").split()
        if any(name in classes for name in _BLOCK_CLASSES):
            if text := squash_spaces(node.text_content()):
                blocks.append(text)
            continue
        stack.extend(reversed(node))
    if not blocks:  # not LaTeXML markup: fall back on the paragraphs
        blocks = [squash_spaces(p.text_content()) for p in article.iter("p")]
        blocks = [b for b in blocks if b]
    text = "\n\n".join(blocks)
    if not text:
        raise ParseError("no text in the full-text page")
    return text[:max_chars]


def _replace_with_text(node: lxml.etree._Element, text: str) -> None:
    """Replace an element by plain text, keeping the text that followed it."""
    parent = node.getparent()
    if parent is None:
        return
    replacement = text + (node.tail or "")
    previous = node.getprevious()
    if previous is not None:
        previous.tail = (previous.tail or "") + replacement
    else:
        parent.text = (parent.text or "") + replacement
    parent.remove(node)


# ---------------------------------------------------------------- to Source


def known_versions(entry: ArxivEntry) -> tuple[SourceVersion, ...]:
    """v1..vN from an Atom entry: v1 and vN dated, the ones between unknown."""
    count = int(entry.version[1:])
    versions = []
    for number in range(1, count + 1):
        if number == 1:
            date = entry.published
        elif number == count:
            date = entry.updated
        else:
            date = None
        versions.append(SourceVersion(f"v{number}", date))
    return tuple(versions)


def to_source(
    entry: ArxivEntry,
    *,
    fulltext: str | None,
    retrieved_at: str,
    versions: Sequence[SourceVersion] | None = None,
    error_detail: str | None = None,
) -> Source:
    """The ``Source`` of one paper version: title, abstract, then full text when had.

    ``error_detail`` on an ``ok`` source is a note (why the full text is missing).
    """
    text = entry.title + "\n\n" + entry.abstract
    if fulltext:
        text += "\n\n" + fulltext.strip()
    return Source(
        key=f"arXiv:{entry.arxiv_id}",
        version=entry.version,
        url=abs_url(entry.arxiv_id, entry.version),
        title=entry.title,
        text=text,
        sha256=sha256_text(text),
        retrieved_at=retrieved_at,
        authors=entry.authors,
        published=entry.updated or entry.published,
        versions=tuple(versions) if versions else known_versions(entry),
        content="fulltext" if fulltext else "abstract",
        doi=entry.doi.lower() if entry.doi else None,
        error_detail=error_detail,
    )
