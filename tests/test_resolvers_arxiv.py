"""arXiv resolver: URLs, the Atom API in both formats, the abs page, LaTeXML full text."""

from __future__ import annotations

import pathlib
from urllib.parse import parse_qs, urlsplit

import pytest

from factcheck.errors import ParseError
from factcheck.replay import load_index
from factcheck.resolvers import arxiv
from factcheck.types import SourceVersion

HTTP = pathlib.Path(__file__).resolve().parent.parent / "fixtures" / "http"


def recorded(url: str) -> bytes:
    """The body recorded for ``url`` in fixtures/http."""
    from factcheck.replay import request_key

    entry = load_index(HTTP)[request_key("GET", url)]
    return (HTTP / entry.body).read_bytes()


CURRENT_1207 = "https://export.arxiv.org/api/query?search_query=&id_list=1207.7214&start=0&max_results=10"
OLD_2016 = "http://export.arxiv.org/api/query?search_query=&id_list=1111.2011v2&start=0&max_results=10"
EMPTY = "https://export.arxiv.org/api/query?search_query=&id_list=0000.0000&sortBy=relevance&sortOrder=descending&start=0&max_results=100"
ERROR = "https://export.arxiv.org/api/query?search_query=&id_list=abc&sortBy=relevance&sortOrder=descending&start=0&max_results=100"
VERSIONED = "https://export.arxiv.org/api/query?search_query=&id_list=2104.12255v1&sortBy=relevance&sortOrder=descending&start=0&max_results=100"
OLD_STYLE_ID = "https://export.arxiv.org/api/query?search_query=&id_list=astro-ph/0601001&sortBy=relevance&sortOrder=descending&start=0&max_results=100"


# ---------------------------------------------------------------- ids and URLs


def test_split_version_reads_new_and_old_style_ids():
    assert arxiv.split_version("2404.14219v1") == ("2404.14219", "v1")
    assert arxiv.split_version("2404.14219") == ("2404.14219", None)
    assert arxiv.split_version("hep-th/9901001v2") == ("hep-th/9901001", "v2")
    assert arxiv.split_version("math.GT/0309136") == ("math.GT/0309136", None)
    with pytest.raises(ParseError):
        arxiv.split_version("abc")


def test_api_url_lists_the_ids_and_asks_for_as_many_results():
    url = arxiv.api_url(["2404.14219", "2404.14219v1"])
    parts = urlsplit(url)
    assert (parts.scheme, parts.netloc, parts.path) == ("https", "export.arxiv.org", "/api/query")
    query = parse_qs(parts.query)
    assert query["id_list"] == ["2404.14219,2404.14219v1"]
    assert query["max_results"] == ["2"]


def test_api_url_refuses_more_than_a_batch_and_bad_ids():
    with pytest.raises(ValueError):
        arxiv.api_url([f"2401.{n:05d}" for n in range(101)])
    with pytest.raises(ParseError):
        arxiv.api_url(["not-an-id"])


def test_batches_are_sorted_distinct_and_at_most_100():
    ids = [f"2401.{n:05d}" for n in range(250, 0, -1)] + ["2401.00001"]
    chunks = list(arxiv.batches(ids))
    assert [len(c) for c in chunks] == [100, 100, 50]
    assert chunks[0][0] == "2401.00001"
    assert sum(chunks, []) == sorted(set(ids))


def test_page_urls_carry_the_version():
    assert arxiv.abs_url("2404.14219", "v4") == "https://arxiv.org/abs/2404.14219v4"
    assert arxiv.html_url("2404.14219", "v1") == "https://arxiv.org/html/2404.14219v1"
    assert arxiv.pdf_url("2404.14219") == "https://arxiv.org/pdf/2404.14219"


# ---------------------------------------------------------------- Atom API


def test_current_format_entry_with_doi_journal_and_two_dates():
    (entry,) = arxiv.parse_atom(recorded(CURRENT_1207))
    assert entry.arxiv_id == "1207.7214"
    assert entry.version == "v2"
    assert entry.title.startswith("Observation of a new particle in the search for the Standard Model Higgs boson")
    assert entry.published == "2012-07-31T11:59:59Z"  # v1
    assert entry.updated == "2012-08-31T19:29:54Z"  # v2
    assert entry.doi == "10.1016/j.physletb.2012.08.020"
    assert entry.journal_ref == "Phys.Lett. B716 (2012) 1-29"
    assert entry.categories == ("hep-ex",)
    assert entry.authors == ("The ATLAS Collaboration",)
    assert "5.9 standard deviations" in entry.abstract
    assert "H->ZZ" in entry.abstract  # &gt; entities decoded


def test_2016_format_with_namespaces_on_each_element_and_wrapped_text():
    (entry,) = arxiv.parse_atom(recorded(OLD_2016))
    assert (entry.arxiv_id, entry.version) == ("1111.2011", "v2")
    assert entry.title == "Quantum Criticality for Extended Nodes on a Bethe Lattice in the Large Connectivity Limit"
    assert "\n" not in entry.abstract and "  " not in entry.abstract
    assert entry.abstract.startswith("Theoretical description of anisotropic systems")
    assert entry.doi == "10.1103/PhysRevB.85.115117"
    assert entry.comment == "8 pages, 3 figures. Published version"
    assert entry.categories == ("cond-mat.str-el", "cond-mat.stat-mech")
    assert entry.authors == ("James M. Murray", "Adrian Del Maestro", "Zlatko Tesanovic")


def test_versioned_request_and_old_style_id():
    (entry,) = arxiv.parse_atom(recorded(VERSIONED))
    assert (entry.arxiv_id, entry.version, entry.title) == ("2104.12255", "v1", "0")
    (old,) = arxiv.parse_atom(recorded(OLD_STYLE_ID))
    assert old.arxiv_id == "astro-ph/0601001"


def test_empty_feed_means_no_such_paper():
    assert arxiv.parse_atom(recorded(EMPTY)) == []


def test_error_entry_raises_not_found_with_the_api_message():
    with pytest.raises(ParseError, match="incorrect id format for abc") as caught:
        arxiv.parse_atom(recorded(ERROR))
    assert caught.value.reason == "not_found"


def test_entity_expansion_and_external_entities_are_refused():
    laughs = b"""<?xml version="1.0"?>
<!DOCTYPE feed [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>http://arxiv.org/abs/2404.14219v1</id><title>&b;</title></entry></feed>"""
    external = b"""<?xml version="1.0"?>
<!DOCTYPE feed [<!ENTITY x SYSTEM "file:///etc/passwd">]>
<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>http://arxiv.org/abs/2404.14219v1</id><title>&x;</title></entry></feed>"""
    for data in (laughs, external):
        with pytest.raises(ParseError, match="refused"):
            arxiv.parse_atom(data)


def test_not_xml_and_not_atom_are_parse_errors():
    with pytest.raises(ParseError):
        arxiv.parse_atom(b"<html><body>Service unavailable")
    with pytest.raises(ParseError, match="not an Atom feed"):
        arxiv.parse_atom(b"<rss/>")


def test_assembled_phi3_answers_hold_v4_as_latest_and_v1_on_request():
    (latest,) = arxiv.parse_atom(recorded(arxiv.api_url(["2404.14219"])))
    (first,) = arxiv.parse_atom(recorded(arxiv.api_url(["2404.14219v1"])))
    assert (latest.version, first.version) == ("v4", "v1")
    assert "phi-3.5-MoE" in latest.abstract and "phi-3.5" not in first.abstract
    assert latest.published == first.published == first.updated == "2024-04-22T14:32:33Z"
    assert latest.updated == "2024-08-30T21:17:17Z"
    assert "Sébastien Bubeck" in latest.authors


# ---------------------------------------------------------------- abs page


def test_abs_page_gives_title_authors_abstract_history_and_doi():
    page = arxiv.parse_abs_page(recorded("https://arxiv.org/abs/2508.16190"))
    assert page.arxiv_id == "2508.16190"
    assert page.title == "ComicScene154: A Scene Dataset for Comic Analysis"
    assert page.authors == ("Sandro Paval", "Ivan P. Yamshchikov", "Pascal Meißner")
    assert page.abstract.startswith("Comics offer a compelling yet under-explored domain")
    assert not page.abstract.startswith("Abstract")
    assert page.versions == (SourceVersion("v1", "2025-08-22T08:11:58Z"),)
    assert page.version == "v1"
    assert page.doi == "10.48550/arxiv.2508.16190"


def test_abs_page_history_with_several_versions():
    # The layout arXiv uses once a paper has revisions: earlier versions are links.
    html = b"""<html><head><meta name="citation_title" content="Phi-3 Technical Report" />
<meta name="citation_arxiv_id" content="2404.14219" /></head><body>
<h1 class="title mathjax"><span class="descriptor">Title:</span>Phi-3 Technical Report</h1>
<blockquote class="abstract mathjax"><span class="descriptor">Abstract:</span>We introduce phi-3-mini.</blockquote>
<div class="submission-history"><h2>Submission history</h2> From: Someone<br/>
<strong><a href="/abs/2404.14219v1">[v1]</a></strong> Mon, 22 Apr 2024 14:32:33 UTC (3,072 KB)<br/>
<strong><a href="/abs/2404.14219v2">[v2]</a></strong> Tue, 23 Apr 2024 14:49:38 UTC (3,072 KB)<br/>
<strong><a href="/abs/2404.14219v3">[v3]</a></strong> Thu, 23 May 2024 22:42:40 UTC (5,120 KB)<br/>
<strong>[v4]</strong> Fri, 30 Aug 2024 21:17:17 UTC (5,735 KB)<br/></div></body></html>"""
    page = arxiv.parse_abs_page(html)
    assert [v.version for v in page.versions] == ["v1", "v2", "v3", "v4"]
    assert page.versions[2].published == "2024-05-23T22:42:40Z"
    assert page.version == "v4"
    assert page.abstract == "We introduce phi-3-mini."


def test_a_page_that_is_not_an_abs_page_is_refused():
    with pytest.raises(ParseError):
        arxiv.parse_abs_page(b"<html><body><p>Not found</p></body></html>")


# ---------------------------------------------------------------- LaTeXML full text

LATEXML = b"""<!DOCTYPE html><html><head><title>Phi-3</title></head><body>
<nav class="ltx_page_navbar">Contents</nav>
<div class="ltx_page_main"><article class="ltx_document">
<h1 class="ltx_title ltx_title_document">Phi-3 Technical Report</h1>
<div class="ltx_authors"><span class="ltx_personname">Microsoft</span></div>
<div class="ltx_abstract"><h6 class="ltx_title ltx_title_abstract">Abstract</h6>
<p class="ltx_p">We introduce phi-3-mini, a <math alttext="3.8" class="ltx_Math" display="inline"><semantics><mn>3.8</mn><annotation encoding="application/x-tex">3.8</annotation></semantics></math> billion parameter model.</p></div>
<section class="ltx_section"><h2 class="ltx_title ltx_title_section"><span class="ltx_tag ltx_tag_section">1 </span>Introduction</h2>
<div class="ltx_para"><p class="ltx_p">It scores 69% on MMLU<span class="ltx_note ltx_role_footnote"><sup class="ltx_note_mark">1</sup><span class="ltx_note_outer"><span class="ltx_note_content">See the leaderboard.</span></span></span> and 8.38 on MT-bench.</p></div>
<figure class="ltx_table"><table class="ltx_tabular"><tr><td class="ltx_td">69.7</td><td class="ltx_td">8.38</td></tr></table>
<figcaption class="ltx_caption"><span class="ltx_tag ltx_tag_table">Table 1: </span>Scores of phi-3-mini.</figcaption></figure>
</section>
<section class="ltx_bibliography"><h2 class="ltx_title ltx_title_bibliography">References</h2>
<ul class="ltx_biblist"><li class="ltx_bibitem"><span class="ltx_bibblock">Vaswani et al. Attention is all you need. 2017.</span></li></ul></section>
</article></div></body></html>"""


def test_fulltext_keeps_prose_and_drops_references_notes_tables_and_math_markup():
    text = arxiv.parse_fulltext_html(LATEXML)
    paragraphs = text.split("\n\n")
    assert paragraphs[0] == "Phi-3 Technical Report"
    assert "We introduce phi-3-mini, a 3.8 billion parameter model." in paragraphs
    assert "It scores 69% on MMLU and 8.38 on MT-bench." in paragraphs
    assert "Table 1: Scores of phi-3-mini." in paragraphs
    for noise in ("Vaswani", "References", "See the leaderboard", "69.7", "Contents", "Microsoft", "application/x-tex"):
        assert noise not in text


def test_fulltext_without_text_is_a_parse_error():
    with pytest.raises(ParseError):
        arxiv.parse_fulltext_html(b"<html><body><article></article></body></html>")


# ---------------------------------------------------------------- to_source


def test_to_source_builds_the_versioned_source():
    (entry,) = arxiv.parse_atom(recorded(arxiv.api_url(["2404.14219"])))
    source = arxiv.to_source(entry, fulltext=None, retrieved_at="2026-11-26T00:00:00Z")
    assert (source.key, source.version, source.label) == ("arXiv:2404.14219", "v4", "arXiv:2404.14219v4")
    assert source.text == entry.title + "\n\n" + entry.abstract
    assert source.content == "abstract"
    assert source.url == "https://arxiv.org/abs/2404.14219v4"
    assert source.published == "2024-08-30T21:17:17Z"
    assert source.versions == (
        SourceVersion("v1", "2024-04-22T14:32:33Z"),
        SourceVersion("v2", None),
        SourceVersion("v3", None),
        SourceVersion("v4", "2024-08-30T21:17:17Z"),
    )
    with_text = arxiv.to_source(entry, fulltext="Section one.", retrieved_at="x", versions=[SourceVersion("v4", None)])
    assert with_text.text.endswith("\n\nSection one.") and with_text.content == "fulltext"
    assert with_text.versions == (SourceVersion("v4", None),)
    assert with_text.sha256 != source.sha256
