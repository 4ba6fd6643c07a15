"""Refreshing stored sources: new arXiv versions, conditional requests for pages and DOIs, failures kept apart.

arXiv and Crossref answers come from the recordings in fixtures/http. Web
pages come from a real server on 127.0.0.1 started here, which honours
If-None-Match and If-Modified-Since the way HTTP servers do, so the
project's own fetcher sends real conditional requests over a socket.
"""

from __future__ import annotations

import dataclasses
import email.utils
import http.server
import json
import pathlib
import socketserver
import threading
from collections.abc import Iterator
from dataclasses import dataclass, replace
from urllib.parse import urlsplit

import httpx
import pytest

from factcheck.fetch import FetchPolicy, make_fetcher
from factcheck.passages import split_passages
from factcheck.replay import replay_transport
from factcheck.resolve import RefreshOutcome, refresh_sources, resolve_sources
from factcheck.store import Store
from factcheck.types import Reference, ReferenceKind, Source, sha256_text

ROOT = pathlib.Path(__file__).resolve().parent.parent
HTTP = ROOT / "fixtures" / "http"
TOKYO_SUMMARY = (HTTP / "en.wikipedia.org_api_rest_v1_page_summary_Tokyo_45565dce.json").read_bytes()
EARLIER = "2026-11-20T08:00:00Z"
NOW = "2026-11-26T12:00:00Z"
# The ten papers one recorded article cites, asked for together in one recorded API request.
TEN_PAPERS = (
    "1706.03762", "2203.15556", "2302.13971", "2303.08774", "2306.11644",
    "2307.09288", "2309.05463", "2310.06825", "2401.04088", "2404.14219",
)


# ---------------------------------------------------------------- helpers


class RecordingTransport(httpx.BaseTransport):
    """The recorded answers, keeping every request (with its headers) the fetcher sent."""

    def __init__(self) -> None:
        self.inner = replay_transport(HTTP)
        self.requests: list[httpx.Request] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self.inner.handle_request(request)

    @property
    def urls(self) -> list[str]:
        return [str(r.url) for r in self.requests]

    def api_requests(self) -> list[str]:
        return [u for u in self.urls if "export.arxiv.org/api/query" in u]


@pytest.fixture
def recorded() -> Iterator[tuple[object, RecordingTransport]]:
    transport = RecordingTransport()
    fetcher = make_fetcher(FetchPolicy(min_interval={}, default_min_interval=0.0), transport=transport)
    yield fetcher, transport
    fetcher.close()


@pytest.fixture
def store(tmp_path: pathlib.Path) -> Iterator[Store]:
    with Store.open(tmp_path / "refresh.db") as opened:
        yield opened


def save(store: Store, *sources: Source) -> None:
    for source in sources:
        store.save_source(source, split_passages(source))


def resolved(fetcher, *values: str) -> list[Source]:
    refs = [Reference(ReferenceKind.ARXIV, *_split(v)) for v in values]
    found = resolve_sources(refs, lookup=lambda key, version: None, fetcher=fetcher, offline=False, now=lambda: EARLIER)
    return [found[ref.label] for ref in refs]


def _split(value: str) -> tuple[str, str | None]:
    base, _, version = value.partition("v")
    return base, ("v" + version) if version else None


def refresh(store: Store, fetcher, *refs) -> list[RefreshOutcome]:
    return refresh_sources(list(refs), lookup=store.get_source, versions=store.source_versions, fetcher=fetcher, now=lambda: NOW)


def store_outcomes(store: Store, outcomes: list[RefreshOutcome]) -> None:
    """What the CLI does with the outcomes."""
    for outcome in outcomes:
        for source in outcome.to_store:
            store.save_source(source, split_passages(source))


# ---------------------------------------------------------------- arXiv


def test_phi3_stored_at_v1_gains_v4_from_the_api(store, recorded):
    fetcher, transport = recorded
    (v1,) = resolved(fetcher, "2404.14219v1")
    save(store, v1)
    transport.requests.clear()

    (outcome,) = refresh(store, fetcher, "arXiv:2404.14219")

    assert (outcome.key, outcome.status, outcome.previous_version) == ("arXiv:2404.14219", "new_version", "v1")
    assert outcome.changed and outcome.source is not None
    assert outcome.source.label == "arXiv:2404.14219v4" and outcome.source.retrieved_at == NOW
    assert "phi-3.5-MoE" in outcome.source.text and "phi-3.5" not in v1.text
    assert transport.api_requests() == ["https://export.arxiv.org/api/query?id_list=2404.14219&start=0&max_results=1"]
    # The full text of the new version is tried as when it is first resolved (both 404 here).
    assert "https://arxiv.org/html/2404.14219v4" in transport.urls and "https://arxiv.org/pdf/2404.14219v4" in transport.urls
    assert outcome.source.content == "abstract" and "HTML not_found" in outcome.source.error_detail

    store_outcomes(store, [outcome])
    assert store.get_source("arXiv:2404.14219").version == "v4"
    assert [s.version for s in store.source_versions("arXiv:2404.14219")] == ["v1", "v4"]


def test_a_paper_already_at_its_latest_version_is_unchanged_without_fetching_full_text(store, recorded):
    fetcher, transport = recorded
    save(store, *resolved(fetcher, "2404.14219v1", "2404.14219v4"))
    transport.requests.clear()
    (outcome,) = refresh(store, fetcher, Reference(ReferenceKind.ARXIV, "2404.14219"))
    assert (outcome.status, outcome.previous_version, outcome.reason) == ("unchanged", "v4", "latest_version")
    assert outcome.source is None and outcome.to_store == ()
    assert transport.urls == transport.api_requests()  # no HTML or PDF asked for


def test_a_pinned_version_that_is_stored_needs_no_request(store, recorded):
    fetcher, transport = recorded
    save(store, *resolved(fetcher, "2404.14219v1"))
    transport.requests.clear()
    (outcome,) = refresh(store, fetcher, "arXiv:2404.14219v1")
    assert (outcome.status, outcome.previous_version, outcome.reason) == ("unchanged", "v1", "pinned_version")
    assert transport.requests == []


def test_ten_stored_papers_are_asked_for_in_one_request(store, recorded):
    fetcher, transport = recorded
    save(store, *resolved(fetcher, "2404.14219v1"))
    for paper in TEN_PAPERS[:-1]:
        save(store, *resolved(fetcher, paper))  # each at the version arXiv gives as its latest
    transport.requests.clear()

    outcomes = refresh(store, fetcher, *(f"arXiv:{paper}" for paper in reversed(TEN_PAPERS)))

    assert transport.api_requests() == [
        "https://export.arxiv.org/api/query?id_list=" + ",".join(TEN_PAPERS) + "&start=0&max_results=10"
    ]
    assert [o.key for o in outcomes] == [f"arXiv:{paper}" for paper in reversed(TEN_PAPERS)]
    changed = [o for o in outcomes if o.changed]
    assert [(o.key, o.previous_version, o.source.version) for o in changed] == [("arXiv:2404.14219", "v1", "v4")]
    assert all(o.reason == "latest_version" for o in outcomes if not o.changed)
    attention = next(o for o in outcomes if o.key == "arXiv:1706.03762")
    assert attention.previous_version == "v7"


def test_250_papers_take_three_api_requests(store):
    from test_resolve import ClientFetcher, api_requests, generated_api

    ids = [f"2401.{n:05d}" for n in range(1, 251)]
    for paper in ids:  # stored at v1; the generated API says every paper is at v2
        text = f"Paper {paper}\n\nAbstract of {paper}."
        save(store, Source(f"arXiv:{paper}", "v1", f"https://arxiv.org/abs/{paper}v1", f"Paper {paper}", text, sha256_text(text), EARLIER))
    fetcher = ClientFetcher(generated_api())
    outcomes = refresh_sources(
        [f"arXiv:{paper}" for paper in ids], lookup=store.get_source, versions=store.source_versions, fetcher=fetcher, fulltext=False
    )
    assert len(api_requests(fetcher)) == 3 == len(fetcher.requested)
    assert {(o.status, o.previous_version, o.source.version) for o in outcomes} == {("new_version", "v1", "v2")}


def test_an_api_failure_is_an_error_and_the_stored_version_stays(store):
    from test_resolve import ClientFetcher, generated_api

    text = "Paper\n\nAbstract."
    stored = Source("arXiv:2401.00001", "v1", "https://arxiv.org/abs/2401.00001v1", "Paper", text, sha256_text(text), EARLIER)
    save(store, stored)
    outcomes = refresh(store, ClientFetcher(generated_api(status=503)), "arXiv:2401.00001")
    store_outcomes(store, outcomes)
    assert [(o.status, o.reason, o.previous_version, o.source) for o in outcomes] == [("error", "server_error", "v1", None)]
    assert "503" in outcomes[0].detail
    assert store.source_versions("arXiv:2401.00001") == [stored]


def test_a_paper_missing_from_the_answer_is_an_error_not_a_deletion(store):
    from test_resolve import ClientFetcher, generated_api

    text = "Paper\n\nAbstract."
    save(store, Source("arXiv:2401.00009", "v3", "https://arxiv.org/abs/2401.00009v3", "Paper", text, sha256_text(text), EARLIER))
    (outcome,) = refresh(store, ClientFetcher(generated_api(known=set())), "arXiv:2401.00009")
    assert (outcome.status, outcome.reason, outcome.previous_version) == ("error", "not_found", "v3")
    assert store.get_source("arXiv:2401.00009").version == "v3"


def test_a_source_not_stored_yet_is_fetched_like_resolve_does(store, recorded):
    fetcher, _ = recorded
    arxiv_doi = Reference(ReferenceKind.DOI, "10.48550/arxiv.2404.14219")
    outcomes = refresh(store, fetcher, "arXiv:2404.14219", arxiv_doi, "not a reference")
    first, through_doi, bad = outcomes
    assert (first.status, first.previous_version, first.source.label) == ("new_version", None, "arXiv:2404.14219v4")
    assert (through_doi.key, through_doi.source.label) == ("arXiv:2404.14219", "arXiv:2404.14219v4")
    assert (bad.status, bad.reason, bad.key) == ("error", "bad_reference", "not a reference")


def test_sources_not_stored_can_be_left_to_resolve(store, recorded):
    fetcher, transport = recorded
    save(store, *resolved(fetcher, "2404.14219v1"))
    transport.requests.clear()
    outcomes = refresh_sources(
        ["arXiv:2309.05463", "arXiv:2404.14219", "https://news.example/never-fetched"],
        lookup=store.get_source, versions=store.source_versions, fetcher=fetcher, fetch_missing=False,
    )
    assert [(o.key, o.status) for o in outcomes] == [("arXiv:2404.14219", "new_version")]
    assert transport.api_requests() == ["https://export.arxiv.org/api/query?id_list=2404.14219&start=0&max_results=1"]
    assert not any("news.example" in url or "2309.05463" in url for url in transport.urls)


# ---------------------------------------------------------------- DOIs (recorded Crossref answers)


def test_a_doi_record_with_the_same_text_is_unchanged(store, recorded):
    fetcher, transport = recorded
    doi = Reference(ReferenceKind.DOI, "10.1038/srep16696")
    stored = resolve_sources([doi], lookup=lambda k, v: None, fetcher=fetcher, offline=False, now=lambda: EARLIER)[doi.label]
    save(store, stored)
    (outcome,) = refresh(store, fetcher, "doi:10.1038/srep16696")
    assert (outcome.status, outcome.reason, outcome.previous_version) == ("unchanged", "same_content", stored.version)
    assert transport.urls[-1] == "https://api.crossref.org/works/10.1038/srep16696"


def test_a_doi_record_whose_text_changed_is_a_new_version_named_by_its_text(store, recorded):
    fetcher, _ = recorded
    doi = Reference(ReferenceKind.DOI, "10.1038/srep16696")
    current = resolve_sources([doi], lookup=lambda k, v: None, fetcher=fetcher, offline=False, now=lambda: EARLIER)[doi.label]
    # What the store kept from an earlier deposit: same deposit date, the abstract not yet there.
    earlier_text = current.text.split("\n\n")[0]
    save(store, replace(current, text=earlier_text, sha256=sha256_text(earlier_text)))

    (outcome,) = refresh(store, fetcher, "doi:10.1038/srep16696")

    assert (outcome.status, outcome.previous_version) == ("new_version", current.version)
    assert outcome.source.text == current.text
    # The deposit date already names the earlier text, so the new one is named by its hash.
    assert outcome.source.version == current.sha256[:12]
    store_outcomes(store, [outcome])
    assert {s.sha256 for s in store.source_versions("doi:10.1038/srep16696")} == {sha256_text(earlier_text), current.sha256}


# ---------------------------------------------------------------- web pages (a real local server)


@dataclass
class Page:
    body: bytes
    content_type: str = "application/json; charset=utf-8"
    etag: str | None = None
    last_modified: str | None = None
    status: int = 200


class _PageServer(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _PageHandler)
        self.pages: dict[str, Page] = {}
        self.seen: list[tuple[str, int, dict[str, str]]] = []  # path, status sent, request headers

    @property
    def port(self) -> int:
        return self.server_address[1]

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"


def _not_modified(page: Page, headers: dict[str, str]) -> bool:
    """RFC 9110 13.1: If-None-Match (weak comparison) decides; If-Modified-Since only without it."""
    if_none_match = headers.get("if-none-match")
    if if_none_match is not None:
        if page.etag is None:
            return False
        tags = {tag.strip().removeprefix("W/") for tag in if_none_match.split(",")}
        return "*" in tags or page.etag.removeprefix("W/") in tags
    if_modified_since = headers.get("if-modified-since")
    if if_modified_since is None or page.last_modified is None:
        return False
    try:
        return email.utils.parsedate_to_datetime(page.last_modified) <= email.utils.parsedate_to_datetime(if_modified_since)
    except (TypeError, ValueError):
        return False


class _PageHandler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _PageServer

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        headers = {k.lower(): v for k, v in self.headers.items()}
        page = self.server.pages.get(urlsplit(self.path).path)
        if page is None or page.status != 200:
            status, body, extra = (page.status if page else 404), b"", {}
        else:
            extra = {k: v for k, v in (("ETag", page.etag), ("Last-Modified", page.last_modified)) if v}
            if _not_modified(page, headers):
                status, body = 304, b""
            else:
                status, body = 200, page.body
                extra["Content-Type"] = page.content_type
        self.server.seen.append((self.path, status, headers))
        self.send_response(status)
        for name, value in extra.items():
            self.send_header(name, value)
        if status != 304:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if body:
            self.wfile.write(body)


@pytest.fixture
def pages() -> Iterator[_PageServer]:
    server = _PageServer()
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture
def local_fetcher(pages):
    policy = FetchPolicy(allowed_ports=frozenset({pages.port}), allow_loopback=True, retries=0, min_interval={})
    fetcher = make_fetcher(policy)
    yield fetcher
    fetcher.close()


SUMMARY_PATH = "/api/rest_v1/page/summary/Tokyo"
# Wikipedia's summary endpoint tags an answer with its revision; the date is that revision's.
TOKYO_ETAG = 'W/"871928272/present"'
TOKYO_DATE = "Tue, 04 Dec 2018 06:47:20 GMT"


def first_fetch(store: Store, pages: _PageServer, fetcher) -> Source:
    url = pages.url(SUMMARY_PATH)
    ref = Reference(ReferenceKind.URL, url)
    source = resolve_sources([ref], lookup=store.get_source, fetcher=fetcher, offline=False, now=lambda: EARLIER)[url]
    assert source.ok, source.error_detail
    save(store, source)
    pages.seen.clear()
    return source


def test_a_page_answered_304_to_if_none_match_is_unchanged(store, pages, local_fetcher):
    pages.pages[SUMMARY_PATH] = Page(TOKYO_SUMMARY, etag=TOKYO_ETAG, last_modified=TOKYO_DATE)
    stored = first_fetch(store, pages, local_fetcher)
    assert (stored.etag, stored.last_modified) == (TOKYO_ETAG, TOKYO_DATE)

    (outcome,) = refresh(store, local_fetcher, pages.url(SUMMARY_PATH))

    ((path, status, headers),) = pages.seen
    assert headers["if-none-match"] == TOKYO_ETAG and headers["if-modified-since"] == TOKYO_DATE
    assert status == 304
    assert (outcome.status, outcome.reason, outcome.previous_version) == ("unchanged", "not_modified", stored.version)
    assert outcome.to_store == ()
    assert store.source_versions(stored.key) == [stored]


def test_a_page_with_only_a_date_is_revalidated_with_if_modified_since(store, pages, local_fetcher):
    pages.pages[SUMMARY_PATH] = Page(TOKYO_SUMMARY, last_modified=TOKYO_DATE)
    first_fetch(store, pages, local_fetcher)
    (outcome,) = refresh(store, local_fetcher, pages.url(SUMMARY_PATH))
    ((_, status, headers),) = pages.seen
    assert "if-none-match" not in headers and headers["if-modified-since"] == TOKYO_DATE
    assert (status, outcome.status, outcome.reason) == (304, "unchanged", "not_modified")


def test_a_page_whose_body_changed_is_a_new_version(store, pages, local_fetcher):
    pages.pages[SUMMARY_PATH] = Page(TOKYO_SUMMARY, etag=TOKYO_ETAG, last_modified=TOKYO_DATE)
    stored = first_fetch(store, pages, local_fetcher)
    # The lead is edited: a new revision, a new tag, one more sentence.
    summary = json.loads(TOKYO_SUMMARY)
    summary["revision"], summary["timestamp"] = "871999999", "2018-12-05T10:00:00Z"
    summary["extract"] += " Tokyo hosted the 1964 Summer Olympics."
    pages.pages[SUMMARY_PATH] = Page(
        json.dumps(summary).encode(), etag='W/"871999999/present"', last_modified="Wed, 05 Dec 2018 10:00:00 GMT"
    )

    (outcome,) = refresh(store, local_fetcher, pages.url(SUMMARY_PATH))

    assert pages.seen[0][1] == 200 and pages.seen[0][2]["if-none-match"] == TOKYO_ETAG
    assert (outcome.status, outcome.previous_version) == ("new_version", stored.version)
    new = outcome.source
    assert new.version == new.sha256[:12] != stored.version
    assert new.text.endswith("Tokyo hosted the 1964 Summer Olympics.")
    assert (new.etag, new.last_modified, new.retrieved_at) == ('W/"871999999/present"', "Wed, 05 Dec 2018 10:00:00 GMT", NOW)
    store_outcomes(store, [outcome])
    assert store.get_source(stored.key) == new
    assert {s.version for s in store.source_versions(stored.key)} == {stored.version, new.version}


def test_the_same_body_under_a_new_tag_is_unchanged_and_keeps_the_new_validators(store, pages, local_fetcher):
    pages.pages[SUMMARY_PATH] = Page(TOKYO_SUMMARY, etag=TOKYO_ETAG)
    stored = first_fetch(store, pages, local_fetcher)
    pages.pages[SUMMARY_PATH] = Page(TOKYO_SUMMARY, etag='"re-rendered"')

    (outcome,) = refresh(store, local_fetcher, pages.url(SUMMARY_PATH))
    assert (outcome.status, outcome.reason, outcome.source) == ("unchanged", "same_content", None)
    assert outcome.revalidated == replace(stored, etag='"re-rendered"', retrieved_at=NOW)
    store_outcomes(store, [outcome])
    assert store.source_versions(stored.key) == [outcome.revalidated]

    # The next refresh sends the tag the server uses now, and gets a 304.
    pages.seen.clear()
    (again,) = refresh(store, local_fetcher, pages.url(SUMMARY_PATH))
    assert pages.seen[0][2]["if-none-match"] == '"re-rendered"' and pages.seen[0][1] == 304
    assert again.reason == "not_modified"


@pytest.mark.parametrize("status,reason", [(404, "not_found"), (403, "forbidden")])
def test_a_page_that_fails_is_an_error_and_the_stored_version_stays(store, pages, local_fetcher, status, reason):
    pages.pages[SUMMARY_PATH] = Page(TOKYO_SUMMARY, etag=TOKYO_ETAG)
    stored = first_fetch(store, pages, local_fetcher)
    pages.pages[SUMMARY_PATH] = Page(b"", status=status)

    outcomes = refresh(store, local_fetcher, pages.url(SUMMARY_PATH))
    store_outcomes(store, outcomes)

    assert [(o.status, o.reason, o.previous_version, o.source) for o in outcomes] == [("error", reason, stored.version, None)]
    assert str(status) in outcomes[0].detail
    assert store.source_versions(stored.key) == [stored]


def test_a_page_that_no_longer_parses_is_an_error_not_a_new_version(store, pages, local_fetcher):
    pages.pages[SUMMARY_PATH] = Page(TOKYO_SUMMARY, etag=TOKYO_ETAG)
    stored = first_fetch(store, pages, local_fetcher)
    pages.pages[SUMMARY_PATH] = Page(b'{"type": "no-extract"}', etag='"broken"')
    (outcome,) = refresh(store, local_fetcher, pages.url(SUMMARY_PATH))
    assert (outcome.status, outcome.reason) == ("error", "unparseable")
    assert store.get_source(stored.key) == stored


# ---------------------------------------------------------------- through the pipeline


def test_a_refreshed_source_makes_the_article_be_checked_again(tmp_path, store, recorded):
    """`check --refresh` as the pipeline would run it: refresh, store, then the skip decision sees new sources."""
    from factcheck.pipeline import CheckOptions, check
    from factcheck.verifiers import get_verifier

    fetcher, _ = recorded
    article = tmp_path / "phi.md"
    article.write_text(
        "# Phi-3\n\nThe phi-3-mini model achieves 69% on MMLU, the report says.\n\nSource: arXiv:2404.14219\n",
        encoding="utf-8",
    )
    save(store, *resolved(fetcher, "2404.14219v1"))
    verifier = get_verifier("lexical")
    offline = CheckOptions(offline=True)

    first = check([str(article)], store=store, verifier=verifier, fetcher=None, options=offline).articles[0]
    assert [s.label for s in first.sources] == ["arXiv:2404.14219v1"]
    unchanged = check([str(article)], store=store, verifier=verifier, fetcher=None, options=offline).articles[0]
    assert unchanged.skipped

    cited = [Reference(ReferenceKind.ARXIV, "2404.14219")]
    store_outcomes(store, refresh_sources(cited, lookup=store.get_source, versions=store.source_versions, fetcher=fetcher))

    again = check([str(article)], store=store, verifier=verifier, fetcher=None, options=offline).articles[0]
    assert not again.skipped
    assert [s.label for s in again.sources] == ["arXiv:2404.14219v4"]
    verdict = next(c.verdict for c in again.claims if c.verdict is not None)
    assert "arXiv:2404.14219v4" in verdict.sources


def test_outcomes_are_frozen_values():
    outcome = RefreshOutcome("arXiv:1", "unchanged", "v1")
    with pytest.raises(dataclasses.FrozenInstanceError):
        outcome.status = "new_version"  # type: ignore[misc]
