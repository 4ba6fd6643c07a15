"""References to ``Source`` values: the store first, then the resolvers through the fetcher.

A pure function of its inputs: it reads through ``lookup`` (the store's
reader) and ``fetcher``, and returns values; the caller stores them. Nothing
that goes wrong with one source raises: every failure becomes a
``Source(status="error")`` carrying a reason code and a one-line message, so
the claim that cites it is reported ``unverifiable`` with that reason.

``refresh_sources`` asks again for sources the store already holds (the
store is otherwise the cache, so a new arXiv version would never be seen):
newer arXiv versions from the Atom API, conditional GETs for pages and DOI
records. It is pure in the same way and returns ``RefreshOutcome`` values.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from typing import Protocol, TypeVar

from factcheck.errors import ParseError, ReferenceError_, SourceUnavailable
from factcheck.references import parse_reference
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
        return _page_source(reference, response, now=now)
    except SourceUnavailable as error:
        return error_source(reference, reason=error.reason, detail=_one_line(error), url=url, retrieved_at=now())


def _headers(response: ResponseLike) -> dict[str, str]:
    return {k.lower(): v for k, v in response.headers.items()}


def _page_source(reference: Reference, response: ResponseLike, *, now: Callable[[], str]) -> Source:
    """The source a web page's 200 answer holds: a PDF, a Wikipedia summary or an HTML page."""
    headers = _headers(response)
    content_type = headers.get("content-type")
    kind = web.media_type(content_type)
    if kind == "application/pdf" or response.body[:5] == b"%PDF-":
        text = pdf.parse_pdf(response.body)
        page = web.WebPage(response.url, None, text, None, "binary", "pdf", "application/pdf")
    elif web.is_wikipedia_summary(response.url) or kind == "application/json":
        page = _parsed(web.parse_wikipedia_summary, response.body, url=response.url)
    else:
        page = _parsed(web.parse_page, response.body, url=response.url, content_type=content_type)
    return web.to_source(
        page,
        key=reference.key,
        retrieved_at=now(),
        etag=headers.get("etag"),
        last_modified=headers.get("last-modified"),
    )


# ---------------------------------------------------------------- refreshing stored sources


class ConditionalFetcherLike(Protocol):
    """A fetcher that can revalidate: ``etag``/``last_modified`` make the request conditional (304 possible)."""

    def get(
        self,
        url: str,
        *,
        headers: Mapping[str, str] | None = None,
        accept: str | None = None,
        etag: str | None = None,
        last_modified: str | None = None,
    ) -> ResponseLike: ...


@dataclass(frozen=True)
class RefreshOutcome:
    """What refreshing one cited source found.

    ``status`` is ``"unchanged"``, ``"new_version"`` or ``"error"``.
    ``previous_version`` is the latest version the store held (None when it
    held none). ``source`` is the version to store when there is a new one.
    ``reason`` is a short code: for errors the fetch reason (``not_found``,
    ``timeout``...); for unchanged sources why (``not_modified``,
    ``same_content``, ``latest_version``, ``pinned_version``).
    ``revalidated`` is the stored version with the validators and retrieval
    time of an unchanged answer, when the server sent new validators: storing
    it keeps the next conditional request accurate.
    """

    key: str
    status: str
    previous_version: str | None
    source: Source | None = None
    reason: str | None = None
    detail: str | None = None
    revalidated: Source | None = None

    @property
    def changed(self) -> bool:
        return self.status == "new_version"

    @property
    def to_store(self) -> tuple[Source, ...]:
        """The sources the caller should save (a new version, or new validators)."""
        return tuple(s for s in (self.source, self.revalidated) if s is not None)


VersionsOf = Callable[[str], Sequence[Source]]


def refresh_sources(
    references_or_keys: Iterable[Reference | str],
    *,
    lookup: Lookup,
    versions: VersionsOf,
    fetcher: ConditionalFetcherLike,
    now: Callable[[], str] = utc_now,
    fulltext: bool = True,
    fetch_missing: bool = True,
) -> list[RefreshOutcome]:
    """Ask again for stored sources; one outcome per distinct reference, in input order.

    Unversioned arXiv papers: the Atom API is asked for their latest version
    (all of them in ceil(N/100) requests); a version newer than the newest
    stored one is returned as a new ``Source`` (full text attempted as in
    ``resolve_sources``). A reference pinned to a version that is stored is
    unchanged: a version never changes. Web pages and DOIs: a conditional GET
    with the stored ``etag``/``last_modified``; a 304, or a 200 whose text
    hashes as the stored one, is unchanged; other text is a new version.
    A source the store does not hold yet is fetched as ``resolve_sources``
    would (``previous_version`` None); with ``fetch_missing=False`` it is left
    out of the outcomes (a caller about to resolve it anyway would otherwise
    wait twice for a source that cannot be had). Nothing that fails replaces
    what is stored: it becomes an ``error`` outcome with the reason.

    Pure: reads through ``lookup``/``versions`` (the store's readers) and the
    fetcher; the caller stores ``outcome.to_store``.
    """
    slots: list[RefreshOutcome | Reference] = []  # input order; references wait for their outcome
    seen: set[str] = set()
    for item in references_or_keys:
        reference = _as_reference(item)
        if isinstance(reference, RefreshOutcome):
            slots.append(reference)
            continue
        if reference.label in seen:
            continue
        seen.add(reference.label)
        slots.append(reference)

    outcomes: dict[str, RefreshOutcome] = {}
    to_fetch: list[Reference] = []
    arxiv_newest: dict[str, Source] = {}  # reference label -> newest stored version of its paper
    for reference in (s for s in slots if isinstance(s, Reference)):
        target = _arxiv_target(reference)
        if target is not None:
            key = f"arXiv:{target.arxiv_id}"
            if target.version:
                stored = lookup(key, target.version)
                if stored is None:
                    to_fetch.append(reference)
                else:
                    outcomes[reference.label] = RefreshOutcome(
                        key, "unchanged", stored.version, reason="pinned_version",
                        detail=f"{key}{target.version} is a fixed version",
                    )
                continue
            newest = _newest_numbered(versions(key))
            if newest is None:
                to_fetch.append(reference)
            else:
                arxiv_newest[reference.label] = newest
            continue
        stored = lookup(reference.key, None)
        if stored is None:
            to_fetch.append(reference)
        else:
            outcomes[reference.label] = _revalidate(reference, stored, versions, fetcher, now=now)

    outcomes.update(_refresh_arxiv(arxiv_newest, fetcher, now=now, fulltext=fulltext))
    if to_fetch and fetch_missing:
        fetched = resolve_sources(
            to_fetch, lookup=lambda key, version: None, fetcher=fetcher, offline=False, now=now, fulltext=fulltext
        )
        for reference in to_fetch:
            source = fetched[reference.label]
            if source.ok:
                outcomes[reference.label] = RefreshOutcome(source.key, "new_version", None, source=source)
            else:
                outcomes[reference.label] = _error_outcome(source.key, None, source.error, source.error_detail)
    return [
        slot if isinstance(slot, RefreshOutcome) else outcomes[slot.label]
        for slot in slots
        if isinstance(slot, RefreshOutcome) or slot.label in outcomes
    ]


def _as_reference(item: Reference | str) -> Reference | RefreshOutcome:
    """The reference an item names, or the error outcome of a string that names none."""
    if isinstance(item, Reference):
        return item
    # A stored key ("arXiv:2404.14219", "doi:10.1038/x", a URL) reads as the reference it came from.
    try:
        return parse_reference(item)
    except ReferenceError_ as error:
        return _error_outcome(str(item), None, "bad_reference", _one_line(error))


def _error_outcome(key: str, previous: str | None, reason: str | None, detail: str | None) -> RefreshOutcome:
    return RefreshOutcome(key, "error", previous, reason=reason or "fetch_failed", detail=detail)


def _version_number(version: str) -> int:
    return int(version[1:]) if version[:1] == "v" and version[1:].isdigit() else -1


def _newest_numbered(stored: Sequence[Source]) -> Source | None:
    return max(stored, key=lambda s: _version_number(s.version), default=None)


def _refresh_arxiv(
    wanted: Mapping[str, Source],
    fetcher: FetcherLike,
    *,
    now: Callable[[], str],
    fulltext: bool,
) -> dict[str, RefreshOutcome]:
    """Unversioned arXiv papers the store holds: is there a version newer than the newest stored?"""
    if not wanted:
        return {}
    # Sorted, so the same set of papers always makes the same requests.
    requests = sorted({newest.key.removeprefix("arXiv:") for newest in wanted.values()})
    entries, failures = _fetch_entries(requests, fetcher)
    latest: dict[str, arxiv.ArxivEntry] = {}
    for entry in entries:
        if entry.arxiv_id not in latest or _version_number(entry.version) > _version_number(latest[entry.arxiv_id].version):
            latest[entry.arxiv_id] = entry
    built: dict[tuple[str, str], Source] = {}
    outcomes: dict[str, RefreshOutcome] = {}
    for label, newest in wanted.items():
        arxiv_id = newest.key.removeprefix("arXiv:")
        if arxiv_id in failures:
            error = failures[arxiv_id]
            outcomes[label] = _error_outcome(newest.key, newest.version, error.reason, _one_line(error))
            continue
        entry = latest.get(arxiv_id)
        if entry is None:
            outcomes[label] = _error_outcome(
                newest.key, newest.version, "not_found", f"arXiv's answer has no entry for {arxiv_id}"
            )
            continue
        if _version_number(entry.version) <= _version_number(newest.version):
            outcomes[label] = RefreshOutcome(
                newest.key, "unchanged", newest.version, reason="latest_version",
                detail=f"arXiv's latest is {entry.version}",
            )
            continue
        version_key = (entry.arxiv_id, entry.version)
        if version_key not in built:
            built[version_key] = _arxiv_source(entry, fetcher, now=now, fulltext=fulltext, history=False)
        outcomes[label] = RefreshOutcome(newest.key, "new_version", newest.version, source=built[version_key])
    return outcomes


def _revalidate(
    reference: Reference,
    stored: Source,
    versions: VersionsOf,
    fetcher: ConditionalFetcherLike,
    *,
    now: Callable[[], str],
) -> RefreshOutcome:
    """A conditional GET of a stored web page or DOI record, compared with what is stored."""
    url = crossref.work_url(reference.value) if reference.kind is ReferenceKind.DOI else reference.value
    validators = {}
    if stored.etag:
        validators["etag"] = stored.etag
    if stored.last_modified:
        validators["last_modified"] = stored.last_modified
    try:
        if reference.kind is ReferenceKind.DOI:
            response = fetcher.get(url, accept="json", **validators)
        else:
            response = fetcher.get(url, **validators)
        headers = _headers(response)
        if response.status == 304:
            return _unchanged(stored, headers, reason="not_modified", detail="the server says it has not changed", now=now)
        if reference.kind is ReferenceKind.DOI:
            fresh = _doi_source(reference, response, now=now)
        else:
            fresh = _page_source(reference, response, now=now)
    except SourceUnavailable as error:
        return _error_outcome(stored.key, stored.version, error.reason, _one_line(error))
    if fresh.sha256 == stored.sha256:
        return _unchanged(stored, headers, reason="same_content", detail="the text hashes as the stored version", now=now)
    # A version name the store already uses for other text (a Crossref record
    # redeposited the same day) must not overwrite it: name it by its text.
    if any(s.version == fresh.version and s.sha256 != fresh.sha256 for s in versions(stored.key)):
        fresh = replace(fresh, version=fresh.sha256[:12])
    return RefreshOutcome(stored.key, "new_version", stored.version, source=fresh)


def _unchanged(
    stored: Source, headers: Mapping[str, str], *, reason: str, detail: str, now: Callable[[], str]
) -> RefreshOutcome:
    etag = headers.get("etag") or stored.etag
    last_modified = headers.get("last-modified") or stored.last_modified
    revalidated = None
    if (etag, last_modified) != (stored.etag, stored.last_modified):
        revalidated = replace(stored, etag=etag, last_modified=last_modified, retrieved_at=now())
    return RefreshOutcome(
        stored.key, "unchanged", stored.version, reason=reason, detail=detail, revalidated=revalidated
    )


def _doi_source(reference: Reference, response: ResponseLike, *, now: Callable[[], str]) -> Source:
    work = _parsed(crossref.parse_work, response.body)
    headers = _headers(response)
    source = crossref.to_source(work, retrieved_at=now())
    return replace(
        source, key=reference.key, etag=headers.get("etag"), last_modified=headers.get("last-modified")
    )


__all__ = [
    "resolve_sources",
    "refresh_sources",
    "RefreshOutcome",
    "error_source",
    "reference_url",
    "utc_now",
]
