"""Web pages: main text without comments, dates, charsets, size cap, hostile markup."""

from __future__ import annotations

import json
import pathlib
import time

import pytest

from factcheck.errors import ParseError
from factcheck.resolvers import web

HTTP = pathlib.Path(__file__).resolve().parent.parent / "fixtures" / "http"

ARTICLE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Phi-3 arrives | Example News</title>
<meta property="article:published_time" content="2024-04-23T09:00:00+00:00">
</head><body>
<nav><a href="/">Home</a> <a href="/tech">Tech</a></nav>
<article><h1>Phi-3 arrives on phones</h1>
<p>Microsoft introduced phi-3-mini, a 3.8 billion parameter language model trained on 3.3 trillion tokens.</p>
<p>The company says it reaches 69% on MMLU and 8.38 on MT-bench, rivalling much larger models – café au lait.</p>
</article>
<section id="comments" class="comments"><h2>Comments</h2>
<div class="comment"><p>Reader123: I bet this is wrong, it has 7 billion parameters!</p></div></section>
<footer>Copyright Example News</footer></body></html>"""


def test_main_text_title_and_date_without_comments():
    page = web.parse_page(ARTICLE.encode("utf-8"), url="https://news.example/phi3", content_type="text/html; charset=utf-8")
    assert "phi-3-mini, a 3.8 billion parameter language model" in page.text
    assert "69% on MMLU and 8.38 on MT-bench" in page.text
    assert "Reader123" not in page.text and "7 billion" not in page.text
    assert "Copyright" not in page.text
    assert page.title and "Phi-3 arrives" in page.title
    assert page.published == "2024-04-23"
    assert (page.encoding, page.encoding_method) == ("utf-8", "declared")
    assert "\n\n" in page.text


def test_charset_chain_records_how_the_page_was_decoded():
    latin = ARTICLE.replace('<meta charset="utf-8">', '<meta charset="windows-1252">').encode("cp1252")
    page = web.parse_page(latin, url="https://news.example/a", content_type="text/html")
    assert (page.encoding, page.encoding_method) == ("cp1252", "meta")
    assert "café au lait" in page.text
    # A header that lies (says UTF-8 for cp1252 bytes) falls through to the next step.
    lying = web.parse_page(latin, url="https://news.example/a", content_type="text/html; charset=utf-8")
    assert (lying.encoding, lying.encoding_method) == ("cp1252", "meta") and "café au lait" in lying.text
    # Undeclared and not UTF-8: read as a single-byte code page, accents intact.
    undeclared = ARTICLE.replace('<meta charset="utf-8">', "").encode("cp1252")
    page = web.parse_page(undeclared, url="https://news.example/b", content_type="text/html")
    assert page.encoding_method in ("detected", "fallback") and "café au lait" in page.text


def test_html_above_the_cap_is_refused_before_parsing():
    with pytest.raises(ParseError) as caught:
        web.parse_page(b"<html>" + b"a" * 2000 + b"</html>", url="https://x.example/", content_type="text/html", max_bytes=1000)
    assert caught.value.reason == "too_large"


def test_deeply_nested_markup_does_not_crash():
    depth = 100_000
    html = ("<html><body>" + "<div>" * depth + "<p>deep text</p>" + "</div>" * depth + "</body></html>").encode()
    started = time.monotonic()
    try:
        page = web.parse_page(html, url="https://x.example/deep", content_type="text/html")
    except ParseError as error:
        assert error.reason == "unparseable"
    else:
        assert "deep text" in page.text
    assert time.monotonic() - started < 10


def test_broken_markup_still_gives_text():
    html = b"<html><body><article><p>Unclosed paragraph about phi-3-mini and its 3.8 billion parameters, trained on 3.3 trillion tokens<div><p>Another <b>bold <i>claim</b> here about MMLU scores reaching sixty-nine percent.</article>"
    page = web.parse_page(html, url="https://x.example/broken", content_type="text/html")
    assert "3.8 billion parameters" in page.text


def test_page_without_text_and_unknown_types_are_unparseable():
    with pytest.raises(ParseError):
        web.parse_page(b"<html><body></body></html>", url="https://x.example/", content_type="text/html")
    with pytest.raises(ParseError):
        web.parse_page(b"\x89PNG....", url="https://x.example/a.png", content_type="image/png")


def test_plain_text_pages_keep_their_paragraphs():
    page = web.parse_page(b"First line\nsame paragraph.\n\nSecond paragraph.", url="https://x.example/a.txt", content_type="text/plain")
    assert page.text == "First line same paragraph.\n\nSecond paragraph."


def test_wikipedia_summary():
    from factcheck.replay import load_index

    index = load_index(HTTP)
    url = "https://en.wikipedia.org/api/rest_v1/page/summary/Tokyo"
    entry = next(e for e in index.values() if e.url == url)
    page = web.parse_wikipedia_summary((HTTP / entry.body).read_bytes(), url=url)
    assert page.title == "Tokyo"
    assert page.url == "https://en.wikipedia.org/wiki/Tokyo"
    assert page.text.startswith("Tokyo")
    assert web.is_wikipedia_summary(url)
    with pytest.raises(ParseError):
        web.parse_wikipedia_summary(json.dumps({"title": "x"}).encode(), url=url)


def test_to_source_is_versioned_by_content_hash():
    page = web.parse_page(ARTICLE.encode(), url="https://news.example/phi3", content_type="text/html")
    source = web.to_source(page, key="https://news.example/phi3", retrieved_at="x", etag='"abc"')
    assert source.version == source.sha256[:12]
    assert source.content == "page" and source.etag == '"abc"'
    assert source.text.startswith(page.title + "\n\n")


def test_a_binary_body_served_as_html_is_unparseable_not_noise():
    with pytest.raises(ParseError, match="binary data"):
        web.parse_page(b"\x89PNG\r\n" + b"\x00\x01\x02\x00" * 500, url="https://x.example/p", content_type="text/html")
