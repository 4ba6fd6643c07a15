"""Crossref works records, from real API answers recorded in fixtures/http."""

from __future__ import annotations

import json
import pathlib

import pytest

from factcheck.errors import ParseError
from factcheck.replay import load_index, request_key
from factcheck.resolvers import crossref

HTTP = pathlib.Path(__file__).resolve().parent.parent / "fixtures" / "http"


def recorded_work(doi: str) -> bytes:
    entry = load_index(HTTP)[request_key("GET", crossref.work_url(doi))]
    return (HTTP / entry.body).read_bytes()


def test_work_with_a_jats_abstract():
    work = crossref.parse_work(recorded_work("10.1002/jor.1100150407"))
    assert work.doi == "10.1002/jor.1100150407"
    assert work.title.startswith("Growth hormone secretagogue increases muscle strength")
    assert work.authors[:2] == ("Richard L. Lieber", "Thomas M. Jacks")
    assert work.published == "1997-07"
    assert work.container == "Journal of Orthopaedic Research"
    assert work.type == "journal-article"
    assert work.url == "https://doi.org/10.1002/jor.1100150407"
    assert work.abstract is not None
    assert work.abstract.startswith("Twenty‐two beagles were divided into two equal groups")
    assert "<jats" not in work.abstract and "</" not in work.abstract
    assert "declined by about 60% (p < 0.001)" in work.abstract  # entities decoded, "<" kept as text


def test_work_with_a_full_date_and_another_abstract():
    work = crossref.parse_work(recorded_work("10.1038/srep16696"))
    assert work.published == "2015-11-19"
    assert work.abstract and work.abstract.startswith("Oligomers of alpha-synuclein are toxic to cells")
    assert work.container == "Scientific Reports"


def test_work_without_abstract_or_date():
    work = crossref.parse_work(recorded_work("10.1109/icdcsw.2003.1203662"))
    assert work.abstract is None
    assert work.published is None  # issued is [[null]]; the record's creation date is not a publication date
    assert work.type == "proceedings-article"


def test_author_without_given_name():
    work = crossref.parse_work(recorded_work("10.3892/ijo_00000353"))
    assert work.authors == ("Stravopodis",)


def test_to_source_is_versioned_by_deposit_date():
    work = crossref.parse_work(recorded_work("10.1038/srep16696"))
    source = crossref.to_source(work, retrieved_at="2026-11-26T00:00:00Z")
    assert source.key == "doi:10.1038/srep16696"
    assert source.version == "2023-01-05T19:09:42Z"
    assert source.text.startswith(work.title + "\n\nOligomers of alpha-synuclein")
    assert source.doi == "10.1038/srep16696"


def test_to_source_without_deposit_date_uses_a_content_hash():
    document = json.loads(recorded_work("10.1038/srep16696"))
    del document["message"]["deposited"]
    source = crossref.to_source(crossref.parse_work(json.dumps(document).encode()), retrieved_at="x")
    assert source.version == source.sha256[:12]


def test_strip_jats_keeps_paragraphs_and_drops_the_heading():
    markup = "<jats:title>Abstract</jats:title><jats:p>First <jats:italic>part</jats:italic>.</jats:p><jats:p>Second part.</jats:p>"
    assert crossref.strip_jats(markup) == "First part.\n\nSecond part."


def test_dois_and_urls():
    assert crossref.normalise_doi("https://doi.org/10.1038/SREP16696") == "10.1038/srep16696"
    assert crossref.work_url("10.1002/(SICI)1097-4636") == "https://api.crossref.org/works/10.1002/%28sici%291097-4636"
    assert crossref.arxiv_id_of_doi("10.48550/arXiv.2404.14219") == "2404.14219"
    assert crossref.arxiv_id_of_doi("10.1038/srep16696") is None


@pytest.mark.parametrize(
    "data",
    [b"not json", b"[]", b'{"status":"failed","message-type":"work","message":{}}', b'{"status":"ok","message":{"title":["x"]}}'],
)
def test_bad_answers_are_parse_errors(data):
    with pytest.raises(ParseError):
        crossref.parse_work(data)
