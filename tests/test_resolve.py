"""References to sources: store first, batched arXiv requests, full text fallbacks, failures as values."""

from __future__ import annotations

import pathlib
import re
from dataclasses import dataclass, field
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from factcheck.errors import FetchError
from factcheck.replay import replay_transport
from factcheck.resolve import resolve_sources
from factcheck.resolvers import arxiv
from factcheck.types import Reference, ReferenceKind, SourceVersion

HTTP = pathlib.Path(__file__).resolve().parent.parent / "fixtures" / "http"
NOW = "2026-11-26T12:00:00Z"
_REASONS = {404: "not_found", 410: "not_found", 403: "forbidden", 429: "rate_limited"}


@dataclass
class ClientFetcher:
    """The fetcher contract (200s returned, other statuses raised) over an httpx transport."""

    transport: httpx.BaseTransport
    requested: list[str] = field(default_factory=list)

    def get(self, url, *, headers=None, accept=None):
        self.requested.append(url)
        with httpx.Client(transport=self.transport, follow_redirects=True) as client:
            response = client.get(url, headers=headers)
        if response.status_code != 200:
            status = response.status_code
            reason = _REASONS.get(status, "server_error" if status >= 500 else "fetch_failed")
            raise FetchError(f"HTTP {status} for {url}", reason=reason, url=url, status=status)
        return _Response(str(response.url), 200, {k.lower(): v for k, v in response.headers.items()}, response.content)


@dataclass(frozen=True)
class _Response:
    url: str
    status: int
    headers: dict
    body: bytes


class RefusingFetcher:
    def get(self, url, **kwargs):
        raise AssertionError(f"no request expected, got {url}")


def nothing_stored(key, version):
    return None


def arxiv_ref(value: str) -> Reference:
    base, version = arxiv.split_version(value)
    return Reference(ReferenceKind.ARXIV, base, version, raw=value)


def replayed() -> ClientFetcher:
    return ClientFetcher(replay_transport(HTTP))


def api_requests(fetcher: ClientFetcher) -> list[str]:
    return [u for u in fetcher.requested if "export.arxiv.org/api/query" in u]


# ---------------------------------------------------------------- arXiv from recorded answers


def test_latest_and_first_version_of_phi3_in_one_api_request():
    fetcher = replayed()
    sources = resolve_sources([arxiv_ref("2404.14219"), arxiv_ref("2404.14219v1")], lookup=nothing_stored, fetcher=fetcher, offline=False, now=lambda: NOW)
    assert set(sources) == {"arXiv:2404.14219", "arXiv:2404.14219v1"}
    latest, first = sources["arXiv:2404.14219"], sources["arXiv:2404.14219v1"]
    assert (latest.label, first.label) == ("arXiv:2404.14219v4", "arXiv:2404.14219v1")
    assert "phi-3.5-MoE" in latest.text and "phi-3.5" not in first.text
    assert latest.ok and first.ok and latest.retrieved_at == NOW
    assert len(api_requests(fetcher)) == 1
    # No real full text here: HTML, then PDF, both 404; the abstract source stays, with a note.
    assert "https://arxiv.org/html/2404.14219v4" in fetcher.requested
    assert "https://arxiv.org/pdf/2404.14219v4" in fetcher.requested
    assert latest.content == "abstract"
    assert latest.error is None and "HTML not_found" in latest.error_detail and "PDF not_found" in latest.error_detail
    assert latest.versions[0] == SourceVersion("v1", "2024-04-22T14:32:33Z")
    assert latest.versions[-1] == SourceVersion("v4", "2024-08-30T21:17:17Z")


def test_one_version_asked_twice_is_built_once():
    fetcher = replayed()
    sources = resolve_sources([arxiv_ref("2404.14219"), arxiv_ref("2404.14219v4")], lookup=nothing_stored, fetcher=fetcher, offline=False)
    assert sources["arXiv:2404.14219"] is sources["arXiv:2404.14219v4"]
    assert fetcher.requested.count("https://arxiv.org/html/2404.14219v4") == 1


def test_stored_sources_are_returned_without_fetching():
    stored = arxiv.to_source(arxiv.ArxivEntry("2404.14219", "v1", "Phi-3", (), "abstract", None, None), fulltext=None, retrieved_at=NOW)

    def lookup(key, version):
        return stored if (key, version) == ("arXiv:2404.14219", "v1") else None

    sources = resolve_sources([arxiv_ref("2404.14219v1")], lookup=lookup, fetcher=RefusingFetcher(), offline=False)
    assert sources == {"arXiv:2404.14219v1": stored}


@pytest.mark.parametrize("offline,fetcher", [(True, RefusingFetcher()), (False, None)])
def test_offline_or_without_fetcher_gives_offline_not_cached(offline, fetcher):
    refs = [arxiv_ref("2404.14219"), Reference(ReferenceKind.DOI, "10.1038/srep16696"), Reference(ReferenceKind.URL, "https://news.example/a")]
    sources = resolve_sources(refs, lookup=nothing_stored, fetcher=fetcher, offline=offline, now=lambda: NOW)
    assert [s.error for s in sources.values()] == ["offline_not_cached"] * 3
    assert all(not s.ok and s.text == "" for s in sources.values())
    assert sources["arXiv:2404.14219"].key == "arXiv:2404.14219"


def test_history_comes_from_the_abs_page():
    fetcher = replayed()
    fetcher.transport = _chain(fetcher.transport, {"https://arxiv.org/html/2508.16190v1": (404, b""), "https://arxiv.org/pdf/2508.16190v1": (404, b"")})
    sources = resolve_sources([arxiv_ref("2508.16190")], lookup=nothing_stored, fetcher=fetcher, offline=False, history=True)
    source = sources["arXiv:2508.16190"]
    assert source.title == "ComicScene154: A Scene Dataset for Comic Analysis"
    assert source.versions == (SourceVersion("v1", "2025-08-22T08:11:58Z"),)
    assert "https://arxiv.org/abs/2508.16190" in fetcher.requested


def _chain(first: httpx.MockTransport, extra: dict[str, tuple[int, bytes]]) -> httpx.MockTransport:
    def handle(request):
        if str(request.url) in extra:
            status, body = extra[str(request.url)]
            return httpx.Response(status, content=body)
        return first.handle_request(request)

    return httpx.MockTransport(handle)


# ---------------------------------------------------------------- arXiv from a generated API


def feed_for(ids: list[str], *, known: set[str] | None = None) -> bytes:
    entries = []
    for requested in ids:
        base, version = arxiv.split_version(requested)
        if known is not None and base not in known:
            continue
        entries.append(
            f"<entry><id>http://arxiv.org/abs/{base}{version or 'v2'}</id><title>Paper {base}</title>"
            f"<summary>Abstract of {base}. It reports 42% accuracy.</summary><published>2024-01-01T00:00:00Z</published>"
            f"<updated>2024-02-01T00:00:00Z</updated><author><name>A. Author</name></author></entry>"
        )
    return ('<feed xmlns="http://www.w3.org/2005/Atom">' + "".join(entries) + "</feed>").encode()


def generated_api(*, known: set[str] | None = None, status: int = 200, refuse: str | None = None, pages: dict[str, tuple[int, str, bytes]] | None = None) -> httpx.MockTransport:
    def handle(request):
        url = str(request.url)
        if pages and url in pages:
            code, content_type, body = pages[url]
            return httpx.Response(code, headers={"content-type": content_type}, content=body)
        if request.url.host != "export.arxiv.org":
            return httpx.Response(404)
        ids = parse_qs(urlsplit(url).query)["id_list"][0].split(",")
        if refuse and refuse in ids:
            return httpx.Response(400, content=b"<feed/>")
        return httpx.Response(status, headers={"content-type": "application/atom+xml"}, content=feed_for(ids, known=known))

    return httpx.MockTransport(handle)


def test_250_papers_take_three_api_requests():
    refs = [arxiv_ref(f"2401.{n:05d}") for n in range(1, 251)]
    fetcher = ClientFetcher(generated_api())
    sources = resolve_sources(refs, lookup=nothing_stored, fetcher=fetcher, offline=False, fulltext=False)
    assert len(api_requests(fetcher)) == 3 == len(fetcher.requested)
    assert len(sources) == 250 and all(s.ok for s in sources.values())
    assert sources["arXiv:2401.00250"].label == "arXiv:2401.00250v2"


def test_a_paper_missing_from_the_answer_is_not_found():
    fetcher = ClientFetcher(generated_api(known={"2401.00001"}))
    sources = resolve_sources([arxiv_ref("2401.00001"), arxiv_ref("2401.99999")], lookup=nothing_stored, fetcher=fetcher, offline=False, fulltext=False)
    assert sources["arXiv:2401.00001"].ok
    missing = sources["arXiv:2401.99999"]
    assert (missing.status, missing.error) == ("error", "not_found")
    assert "2401.99999" in missing.error_detail


def test_api_failure_becomes_an_error_source_for_each_paper():
    fetcher = ClientFetcher(generated_api(status=503))
    sources = resolve_sources([arxiv_ref("2401.00001"), arxiv_ref("2401.00002")], lookup=nothing_stored, fetcher=fetcher, offline=False)
    assert {s.error for s in sources.values()} == {"server_error"}
    assert all("503" in s.error_detail for s in sources.values())


def test_a_batch_refused_for_one_id_is_retried_id_by_id():
    fetcher = ClientFetcher(generated_api(refuse="2401.00002"))
    sources = resolve_sources([arxiv_ref(f"2401.0000{n}") for n in (1, 2, 3)], lookup=nothing_stored, fetcher=fetcher, offline=False, fulltext=False)
    assert [sources[f"arXiv:2401.0000{n}"].ok for n in (1, 2, 3)] == [True, False, True]
    assert sources["arXiv:2401.00002"].error == "fetch_failed"
    assert len(api_requests(fetcher)) == 4


LATEXML = b'<html><body><article class="ltx_document"><h1 class="ltx_title">Paper</h1><div class="ltx_para"><p class="ltx_p">The full text says 42% on the held-out set.</p></div><section class="ltx_bibliography"><p class="ltx_p">Cited work.</p></section></article></body></html>'


def test_html_full_text_is_appended():
    pages = {"https://arxiv.org/html/2401.00001v2": (200, "text/html", LATEXML)}
    fetcher = ClientFetcher(generated_api(pages=pages))
    source = resolve_sources([arxiv_ref("2401.00001")], lookup=nothing_stored, fetcher=fetcher, offline=False)["arXiv:2401.00001"]
    assert source.content == "fulltext" and source.error_detail is None
    assert source.text.endswith("The full text says 42% on the held-out set.")
    assert "Cited work" not in source.text
    assert "https://arxiv.org/pdf/2401.00001v2" not in fetcher.requested


def test_pdf_is_the_fallback_when_there_is_no_html():
    from test_resolvers_pdf import text_pdf

    pages = {"https://arxiv.org/pdf/2401.00001v2": (200, "application/pdf", text_pdf("The PDF says 42% too."))}
    fetcher = ClientFetcher(generated_api(pages=pages))
    source = resolve_sources([arxiv_ref("2401.00001")], lookup=nothing_stored, fetcher=fetcher, offline=False)["arXiv:2401.00001"]
    assert source.content == "fulltext"
    assert source.text.endswith("The PDF says 42% too.")


def test_an_html_redirect_to_the_abs_page_is_not_full_text():
    def handle(request):
        url = str(request.url)
        if url == "https://arxiv.org/html/2401.00001v2":
            return httpx.Response(302, headers={"location": "https://arxiv.org/abs/2401.00001v2"})
        if url == "https://arxiv.org/abs/2401.00001v2":
            return httpx.Response(200, headers={"content-type": "text/html"}, content=b"<html><body><p>abs page</p></body></html>")
        return generated_api().handle_request(request)

    fetcher = ClientFetcher(httpx.MockTransport(handle))
    source = resolve_sources([arxiv_ref("2401.00001")], lookup=nothing_stored, fetcher=fetcher, offline=False)["arXiv:2401.00001"]
    assert source.content == "abstract"
    assert "HTML not_found" in source.error_detail


# ---------------------------------------------------------------- DOIs and URLs


def test_doi_through_crossref():
    fetcher = replayed()
    ref = Reference(ReferenceKind.DOI, "10.1038/srep16696")
    source = resolve_sources([ref], lookup=nothing_stored, fetcher=fetcher, offline=False)["doi:10.1038/srep16696"]
    assert source.ok and source.key == "doi:10.1038/srep16696"
    assert "Oligomers of alpha-synuclein are toxic to cells" in source.text
    assert fetcher.requested == ["https://api.crossref.org/works/10.1038/srep16696"]


def test_an_arxiv_doi_goes_to_arxiv():
    fetcher = replayed()
    ref = Reference(ReferenceKind.DOI, "10.48550/arxiv.2404.14219")
    source = resolve_sources([ref], lookup=nothing_stored, fetcher=fetcher, offline=False)["doi:10.48550/arxiv.2404.14219"]
    assert source.label == "arXiv:2404.14219v4"
    assert not any("crossref" in url for url in fetcher.requested)


def test_unknown_doi_is_not_found():
    fetcher = ClientFetcher(replay_transport(HTTP, strict=False))
    ref = Reference(ReferenceKind.DOI, "10.9999/nothing")
    source = resolve_sources([ref], lookup=nothing_stored, fetcher=fetcher, offline=False)["doi:10.9999/nothing"]
    assert (source.status, source.error) == ("error", "not_found")
    assert source.url == "https://api.crossref.org/works/10.9999/nothing"


def test_web_pages_pdfs_and_wikipedia_summaries():
    from test_resolvers_pdf import text_pdf
    from test_resolvers_web import ARTICLE

    pages = {
        "https://news.example/phi3": (200, "text/html; charset=utf-8", ARTICLE.encode()),
        "https://files.example/report.pdf": (200, "application/pdf", text_pdf("A report with 12 findings.")),
        "https://news.example/broken": (200, "text/html", b"<html><body></body></html>"),
    }
    transport = generated_api(pages=pages)
    wiki = "https://en.wikipedia.org/api/rest_v1/page/summary/Tokyo"

    def handle(request):
        if str(request.url) == wiki:
            return replay_transport(HTTP).handle_request(request)
        return transport.handle_request(request)

    fetcher = ClientFetcher(httpx.MockTransport(handle))
    refs = [Reference(ReferenceKind.URL, url) for url in (*pages, wiki, "https://news.example/gone")]
    sources = resolve_sources(refs, lookup=nothing_stored, fetcher=fetcher, offline=False)
    page = sources["https://news.example/phi3"]
    assert page.ok and page.content == "page" and "3.8 billion parameter" in page.text and "Reader123" not in page.text
    assert re.fullmatch(r"[0-9a-f]{12}", page.version)
    assert "12 findings" in sources["https://files.example/report.pdf"].text
    assert sources[wiki].title == "Tokyo"
    assert sources["https://news.example/broken"].error == "unparseable"
    assert sources["https://news.example/gone"].error == "not_found"


# ---------------------------------------------------------------- with the project's fetcher


def test_with_the_real_fetcher_over_recorded_responses():
    fetch = pytest.importorskip("factcheck.fetch")
    policy = fetch.FetchPolicy(min_interval={}, default_min_interval=0.0)
    fetcher = fetch.make_fetcher(policy, transport=replay_transport(HTTP), sleep=lambda seconds: None)
    try:
        sources = resolve_sources([arxiv_ref("2404.14219"), Reference(ReferenceKind.DOI, "10.1002/jor.1100150407")], lookup=nothing_stored, fetcher=fetcher, offline=False)
    finally:
        fetcher.close()
    assert sources["arXiv:2404.14219"].label == "arXiv:2404.14219v4"
    assert sources["arXiv:2404.14219"].content == "abstract"
    assert sources["doi:10.1002/jor.1100150407"].ok


def test_an_invalid_arxiv_id_fails_alone_without_spoiling_its_batch():
    fetcher = ClientFetcher(generated_api())
    bad = Reference(ReferenceKind.ARXIV, "2401.1", None, raw="2401.1")
    sources = resolve_sources([bad, arxiv_ref("2401.00001")], lookup=nothing_stored, fetcher=fetcher, offline=False, fulltext=False)
    assert sources["arXiv:2401.1"].error == "unparseable"
    assert sources["arXiv:2401.00001"].ok
    assert len(api_requests(fetcher)) == 1


def test_a_body_that_trips_a_parser_is_an_error_source_not_an_exception():
    # Crossref answering a JSON list where a work object belongs.
    transport = httpx.MockTransport(lambda request: httpx.Response(200, headers={"content-type": "application/json"}, content=b'{"status":"ok","message":{"DOI":"10.1/x","title":[1,2],"author":"oops"}}'))
    ref = Reference(ReferenceKind.DOI, "10.1/x")
    source = resolve_sources([ref], lookup=nothing_stored, fetcher=ClientFetcher(transport), offline=False)["doi:10.1/x"]
    assert (source.status, source.error) == ("error", "unparseable")
    assert "could not be parsed" in source.error_detail
