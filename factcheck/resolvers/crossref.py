"""Crossref REST API ``works`` records (api.crossref.org/works/DOI)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from urllib.parse import quote

from factcheck.errors import ParseError
from factcheck.resolvers import squash_spaces
from factcheck.types import Source, sha256_text

API_ENDPOINT = "https://api.crossref.org/works/"

# arXiv registers DOIs for its papers with DataCite: 10.48550/arXiv.2404.14219.
_ARXIV_DOI = re.compile(r"^10\.48550/arxiv\.(?P<id>.+)$", re.IGNORECASE)
# A JATS abstract usually opens with a heading that only says "Abstract".
_ABSTRACT_HEADING = re.compile(r"\s*(abstract|summary|résumé)\s*[:.]?\s*", re.IGNORECASE)


@dataclass(frozen=True)
class CrossrefWork:
    doi: str  # lower-cased
    title: str
    authors: tuple[str, ...]
    published: str | None  # ISO date, as precise as Crossref knows it ("2012-03", "2015-11-19")
    abstract: str | None  # JATS tags stripped
    container: str | None  # journal or proceedings
    type: str | None  # "journal-article", "proceedings-article", ...
    url: str
    deposited: str | None = None  # when the publisher last deposited the record
    indexed: str | None = None  # when Crossref last indexed it


def normalise_doi(doi: str) -> str:
    value = doi.strip()
    for prefix in ("https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi:"):
        if value.lower().startswith(prefix):
            value = value[len(prefix) :]
    return value.lower()


def arxiv_id_of_doi(doi: str) -> str | None:
    """The arXiv id behind an arXiv DOI (``10.48550/arXiv.2404.14219``), else None."""
    match = _ARXIV_DOI.match(normalise_doi(doi))
    return match["id"] if match else None


def work_url(doi: str) -> str:
    # DOIs may hold "/", ";", "(" ...: keep the slash readable, escape the rest.
    return API_ENDPOINT + quote(normalise_doi(doi), safe="/")


def _date(parts_holder: dict | None) -> str | None:
    if not parts_holder:
        return None
    parts = (parts_holder.get("date-parts") or [[None]])[0]
    numbers = [int(p) for p in parts if p is not None]
    if not numbers:
        return None
    year, *rest = numbers
    return "-".join([f"{year:04d}", *(f"{n:02d}" for n in rest[:2])])


def _local_name(tag: str) -> str:
    return tag.rsplit(":", 1)[-1].rsplit("}", 1)[-1].lower()


def strip_jats(markup: str) -> str:
    """Plain text of a JATS (or HTML) abstract, paragraphs kept apart, an "Abstract" heading dropped."""
    import lxml.etree  # imported here: an offline check never parses a Crossref record
    import lxml.html

    try:
        fragment = lxml.html.fragment_fromstring(markup, create_parent="div")
    except (lxml.etree.ParserError, ValueError):
        return squash_spaces(markup)
    elements = [node for node in fragment.iter() if isinstance(node.tag, str) and node is not fragment]
    for node in elements:
        name = _local_name(node.tag)
        if name == "title" and _ABSTRACT_HEADING.fullmatch(node.text_content()):
            node.drop_tree()  # keeps the tail text
        elif name in ("p", "title", "sec", "list-item"):
            node.tail = "\n\n" + (node.tail or "")
    paragraphs = [squash_spaces(chunk) for chunk in fragment.text_content().split("\n\n")]
    return "\n\n".join(p for p in paragraphs if p)


def parse_work(data: bytes) -> CrossrefWork:
    """A ``works`` answer (``{"status":"ok","message":{...}}``) or a bare message."""
    try:
        document = json.loads(data)
    except (ValueError, UnicodeDecodeError) as error:
        raise ParseError(f"Crossref answer is not JSON: {error}") from error
    if not isinstance(document, dict):
        raise ParseError("Crossref answer is not a JSON object")
    if "message" in document:
        if document.get("status") != "ok" or document.get("message-type") not in (None, "work"):
            raise ParseError(f"Crossref answer is not a work (status {document.get('status')!r})")
        message = document["message"]
    else:
        message = document
    if not isinstance(message, dict) or not message.get("DOI"):
        raise ParseError("Crossref answer without a DOI")
    titles = message.get("title") or []
    authors = []
    for person in message.get("author") or []:
        name = " ".join(p for p in (person.get("given"), person.get("family")) if p)
        name = name or person.get("name") or ""
        if name:
            authors.append(squash_spaces(name))
    published = None
    for field_name in ("published", "published-print", "published-online", "issued"):
        if published := _date(message.get(field_name)):
            break
    abstract = strip_jats(message["abstract"]) if message.get("abstract") else None
    containers = message.get("container-title") or []
    doi = normalise_doi(message["DOI"])
    return CrossrefWork(
        doi=doi,
        title=squash_spaces(titles[0]) if titles else "",
        authors=tuple(authors),
        published=published,
        abstract=abstract or None,
        container=squash_spaces(containers[0]) if containers else None,
        type=message.get("type"),
        url=message.get("URL") or f"https://doi.org/{doi}",
        deposited=(message.get("deposited") or {}).get("date-time"),
        indexed=(message.get("indexed") or {}).get("date-time"),
    )


def to_source(work: CrossrefWork, *, retrieved_at: str) -> Source:
    """A DOI's source: title and abstract (Crossref has no full text).

    Its version is the date the publisher last deposited the record (a new
    deposit is what can change the abstract), else a hash of the text.
    """
    text = work.title
    if work.abstract:
        text += "\n\n" + work.abstract
    sha256 = sha256_text(text)
    return Source(
        key=f"doi:{work.doi}",
        version=work.deposited or sha256[:12],
        url=work.url,
        title=work.title or None,
        text=text,
        sha256=sha256,
        retrieved_at=retrieved_at,
        authors=work.authors,
        published=work.published,
        content="abstract",
        doi=work.doi,
    )
