"""References to ``Source`` values: the store first, then the resolvers through the fetcher.

A pure function of its inputs: it reads through ``lookup`` (the store's
reader) and ``fetcher``, and returns values; the caller stores them. Nothing
that goes wrong with one source raises: every failure becomes a
``Source(status="error")`` carrying a reason code and a one-line message, so
the claim that cites it is reported ``unverifiable`` with that reason.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from typing import Protocol, TypeVar

from factcheck.errors import ParseError, SourceUnavailable
from factcheck.resolvers import arxiv, crossref, pdf, web
from factcheck.types import Reference, ReferenceKind, Source, SourceVersion, sha256_text

T = TypeVar("T")
Lookup = Callable[[str, "str | None"], "Source | None"]


class ResponseLike(Protocol):
    url: str
    status: int
    headers: Mapping[str, str]
    body: bytes


class FetcherLike(Protocol):
    def get(
        self, url: str, *, headers: Mapping[str, str] | None = None, accept: str | None = None
    ) -> ResponseLike: ...


def utc_now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _parsed(parse: Callable[..., T], *args: object, **kwargs: object) -> T:
    """Run a parser on bytes from the network; a bug it trips on is that source's ParseError.

    Parsers raise ``ParseError`` for what they recognise as bad input; hostile
    or odd bodies can still reach a corner that raises something else, and
    one strange page must not stop a whole run.
    """
    try:
        return parse(*args, **kwargs)
    except (ValueError, LookupError, TypeError, AttributeError, RecursionError) as error:
        raise ParseError(f"could not be parsed ({type(error).__name__}: {_one_line(error)})") from error


def _one_line(error: BaseException) -> str:
    text = str(error).strip().splitlines()
    return (text[0] if text else type(error).__name__)[:300]


def error_source(reference: Reference, *, reason: str, detail: str, url: str, retrieved_at: str) -> Source:
    """A source that could not be had; never used as evidence."""
    return Source(
        key=reference.key,
        version=reference.version or "",
        url=url,
        title=None,
        text="",
        sha256=sha256_text(""),
        retrieved_at=retrieved_at,
        status="error",
        error=reason,
        error_detail=detail,
    )


def reference_url(reference: Reference) -> str:
    """Where a reference points, for messages and error sources."""
    if reference.kind is ReferenceKind.ARXIV:
        return arxiv.abs_url(reference.value, reference.version)
    if reference.kind is ReferenceKind.DOI:
        return f"https://doi.org/{reference.value}"
    return reference.value


@dataclass(frozen=True)
class _ArxivWanted:
    """An arXiv paper a reference asks for: which id string goes to the API."""

    arxiv_id: str
    version: str | None

    @property
    def request(self) -> str:
        return self.arxiv_id + (self.version or "")


def _arxiv_target(reference: Reference) -> _ArxivWanted | None:
    if reference.kind is ReferenceKind.ARXIV:
        return _ArxivWanted(reference.value, reference.version)
    if reference.kind is ReferenceKind.DOI and (arxiv_id := crossref.arxiv_id_of_doi(reference.value)):
        try:
            base, version = arxiv.split_version(arxiv_id)
        except ParseError:
            return None
        return _ArxivWanted(base, version)
    return None


def resolve_sources(
    references: Sequence[Reference],
    *,
    lookup: Lookup,
    fetcher: FetcherLike | None,
    offline: bool,
    now: Callable[[], str] = utc_now,
    fulltext: bool = True,
    history: bool = False,
) -> dict[str, Source]:
    """Every reference's source, keyed by ``Reference.label``.

    Stored sources are returned as they are. The rest, unless ``offline``
    (or without a fetcher), are fetched: arXiv ids in batches of 100 per API
    request, then each paper's full text (LaTeXML HTML, else the PDF; when
    neither can be had the abstract source is kept, with a note in
    ``error_detail``); with ``history`` also the abs page for the dates of
    every version. DOIs go to Crossref (arXiv DOIs to arXiv), URLs to the
    web page reader.
    """
    results: dict[str, Source] = {}
    to_fetch: list[Reference] = []
    seen: set[str] = set()
    for reference in references:
        if reference.label in seen:
            continue
        seen.add(reference.label)
        target = _arxiv_target(reference)
        stored = (
            lookup(f"arXiv:{target.arxiv_id}", target.version) if target else lookup(reference.key, reference.version)
        )
        if stored is not None:
            results[reference.label] = stored
        else:
            to_fetch.append(reference)
    if not to_fetch:
        return results
    if offline or fetcher is None:
        for reference in to_fetch:
            results[reference.label] = error_source(
                reference,
                reason="offline_not_cached",
                detail=f"{reference.label} is not in the store and fetching is off (--offline)",
                url=reference_url(reference),
                retrieved_at=now(),
            )
        return results
    arxiv_refs = [r for r in to_fetch if _arxiv_target(r) is not None]
    results.update(_resolve_arxiv(arxiv_refs, fetcher, now=now, fulltext=fulltext, history=history))
    for reference in to_fetch:
        if reference.label in results:  # resolved through arXiv
            continue
        if reference.kind is ReferenceKind.DOI:
            results[reference.label] = _resolve_doi(reference, fetcher, now=now)
        else:
            results[reference.label] = _resolve_url(reference, fetcher, now=now)
    return results


# ---------------------------------------------------------------- arXiv


def _latest(entries: Iterable[arxiv.ArxivEntry]) -> arxiv.ArxivEntry | None:
    return max(entries, key=lambda e: int(e.version[1:]), default=None)


def _fetch_entries(
    requests: Sequence[str], fetcher: FetcherLike
) -> tuple[list[arxiv.ArxivEntry], dict[str, SourceUnavailable]]:
    """Entries for the requested ids, batch by batch; failures per id."""
    entries: list[arxiv.ArxivEntry] = []
    failures: dict[str, SourceUnavailable] = {}
    for batch in arxiv.batches(requests):
        try:
            response = fetcher.get(arxiv.api_url(batch), accept="xml")
            entries.extend(_parsed(arxiv.parse_atom, response.body))
        except SourceUnavailable as error:
            # One malformed or withdrawn id makes the API refuse the whole batch:
            # ask for each id alone so the others still resolve.
            bad_request = getattr(error, "status", None) == 400 or error.reason == "not_found"
            if len(batch) > 1 and bad_request:
                more, more_failures = _fetch_entries_one_by_one(batch, fetcher)
                entries.extend(more)
                failures.update(more_failures)
            else:
                failures.update({request: error for request in batch})
    return entries, failures


def _fetch_entries_one_by_one(
    batch: Sequence[str], fetcher: FetcherLike
) -> tuple[list[arxiv.ArxivEntry], dict[str, SourceUnavailable]]:
    entries: list[arxiv.ArxivEntry] = []
    failures: dict[str, SourceUnavailable] = {}
    for request in batch:
        try:
            response = fetcher.get(arxiv.api_url([request]), accept="xml")
            entries.extend(_parsed(arxiv.parse_atom, response.body))
        except SourceUnavailable as error:
            failures[request] = error
    return entries, failures


def _resolve_arxiv(
    references: Sequence[Reference], fetcher: FetcherLike, *, now: Callable[[], str], fulltext: bool, history: bool
) -> dict[str, Source]:
    if not references:
        return {}
    wanted = {r.label: _arxiv_target(r) for r in references}
    # An id the API would refuse would make it refuse its whole batch: keep it out.
    invalid: dict[str, SourceUnavailable] = {}
    for target in wanted.values():
        if target is not None:
            try:
                arxiv.split_version(target.request)
            except ParseError as error:
                invalid[target.request] = error
    requests = [w.request for w in wanted.values() if w and w.request not in invalid]
    entries, failures = _fetch_entries(requests, fetcher)
    failures.update(invalid)
    by_paper: dict[str, list[arxiv.ArxivEntry]] = {}
    for entry in entries:
        by_paper.setdefault(entry.arxiv_id, []).append(entry)
    built: dict[tuple[str, str], Source] = {}  # one source per paper version, whoever asks
    results: dict[str, Source] = {}
    for reference in references:
        target = wanted[reference.label]
        assert target is not None
        url = arxiv.abs_url(target.arxiv_id, target.version)
        if target.request in failures:
            error = failures[target.request]
            results[reference.label] = error_source(
                reference, reason=error.reason, detail=_one_line(error), url=url, retrieved_at=now()
            )
            continue
        candidates = by_paper.get(target.arxiv_id, [])
        if target.version:
            entry = next((e for e in candidates if e.version == target.version), None)
        else:
            entry = _latest(candidates)
        if entry is None:
            if target.version and candidates:
                detail = f"arXiv has no version {target.version} of {target.arxiv_id}"
            else:
                detail = f"arXiv has no paper {target.request}"
            results[reference.label] = error_source(
                reference, reason="not_found", detail=detail, url=url, retrieved_at=now()
            )
            continue
        key = (entry.arxiv_id, entry.version)
        if key not in built:
            built[key] = _arxiv_source(entry, fetcher, now=now, fulltext=fulltext, history=history)
        results[reference.label] = built[key]
    return results


def _arxiv_source(
    entry: arxiv.ArxivEntry, fetcher: FetcherLike, *, now: Callable[[], str], fulltext: bool, history: bool
) -> Source:
    text, note = (None, None)
    if fulltext:
        text, note = _arxiv_fulltext(entry, fetcher)
    versions: tuple[SourceVersion, ...] | None = None
    if history:
        try:
            response = fetcher.get(arxiv.abs_url(entry.arxiv_id), accept="html")
            page = _parsed(arxiv.parse_abs_page, response.body)
            versions = page.versions or None
        except SourceUnavailable:
            versions = None  # the Atom dates are enough to go on
    return arxiv.to_source(entry, fulltext=text, retrieved_at=now(), versions=versions, error_detail=note)


def _arxiv_fulltext(entry: arxiv.ArxivEntry, fetcher: FetcherLike) -> tuple[str | None, str | None]:
    """The paper's full text and, when there is none, a note saying why."""
    problems = []
    try:
        response = fetcher.get(arxiv.html_url(entry.arxiv_id, entry.version), accept="html")
        # arXiv answers a paper without LaTeXML output with a redirect to its abs page.
        if "/html/" not in response.url:
            raise ParseError(f"no HTML full text (redirected to {response.url})", reason="not_found")
        return _parsed(arxiv.parse_fulltext_html, response.body), None
    except SourceUnavailable as error:
        problems.append(f"HTML {error.reason}")
    try:
        response = fetcher.get(arxiv.pdf_url(entry.arxiv_id, entry.version), accept="pdf")
        return pdf.parse_pdf(response.body), None
    except SourceUnavailable as error:
        problems.append(f"PDF {error.reason}")
    return None, "abstract only: full text unavailable (" + ", ".join(problems) + ")"


# ---------------------------------------------------------------- DOI and web


def _resolve_doi(reference: Reference, fetcher: FetcherLike, *, now: Callable[[], str]) -> Source:
    url = crossref.work_url(reference.value)
    try:
        response = fetcher.get(url, accept="json")
        work = _parsed(crossref.parse_work, response.body)
    except SourceUnavailable as error:
        return error_source(reference, reason=error.reason, detail=_one_line(error), url=url, retrieved_at=now())
    source = crossref.to_source(work, retrieved_at=now())
    # The store is keyed by what the article cites; Crossref may spell the DOI differently.
    return replace(source, key=reference.key) if source.key != reference.key else source


def _resolve_url(reference: Reference, fetcher: FetcherLike, *, now: Callable[[], str]) -> Source:
    url = reference.value
    try:
        response = fetcher.get(url)
        headers = {k.lower(): v for k, v in response.headers.items()}
        content_type = headers.get("content-type")
        kind = web.media_type(content_type)
        if kind == "application/pdf" or response.body[:5] == b"%PDF-":
            text = pdf.parse_pdf(response.body)
            page = web.WebPage(response.url, None, text, None, "binary", "pdf", "application/pdf")
        elif web.is_wikipedia_summary(response.url) or kind == "application/json":
            page = _parsed(web.parse_wikipedia_summary, response.body, url=response.url)
        else:
            page = _parsed(web.parse_page, response.body, url=response.url, content_type=content_type)
    except SourceUnavailable as error:
        return error_source(reference, reason=error.reason, detail=_one_line(error), url=url, retrieved_at=now())
    return web.to_source(
        page,
        key=reference.key,
        retrieved_at=now(),
        etag=headers.get("etag"),
        last_modified=headers.get("last-modified"),
    )


__all__ = ["resolve_sources", "error_source", "reference_url", "utc_now"]
