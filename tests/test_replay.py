"""Recorded responses served through httpx.MockTransport."""

from __future__ import annotations

import json
import pathlib

import httpx
import pytest

from factcheck.replay import load_index, normalise_url, replay_transport, save_response

HTTP = pathlib.Path(__file__).resolve().parent.parent / "fixtures" / "http"


def test_recorded_url_is_answered_with_status_headers_and_body():
    with httpx.Client(transport=replay_transport(HTTP)) as client:
        response = client.get("https://api.crossref.org/works/10.1038/srep16696")
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    assert json.loads(response.content)["message"]["DOI"] == "10.1038/srep16696"


def test_query_parameter_order_does_not_matter():
    recorded = "https://export.arxiv.org/api/query?search_query=&id_list=1707.08567&sortBy=relevance&sortOrder=descending&start=0&max_results=100"
    shuffled = "https://export.arxiv.org/api/query?max_results=100&start=0&id_list=1707.08567&sortOrder=descending&sortBy=relevance&search_query="
    with httpx.Client(transport=replay_transport(HTTP)) as client:
        first, second = client.get(recorded), client.get(shuffled)
    assert first.status_code == second.status_code == 200
    assert first.content == second.content
    assert b"1707.08567v1" in first.content


def test_recorded_error_status_is_replayed():
    with httpx.Client(transport=replay_transport(HTTP)) as client:
        response = client.get("https://arxiv.org/html/2404.14219v4")
        bad_id = client.get("https://export.arxiv.org/api/query?search_query=&id_list=abc&sortBy=relevance&sortOrder=descending&start=0&max_results=100")
    assert response.status_code == 404
    assert bad_id.status_code == 400 and b"incorrect id format for abc" in bad_id.content


def test_unrecorded_url_fails_loudly_when_strict():
    with httpx.Client(transport=replay_transport(HTTP)) as client:
        with pytest.raises(AssertionError, match="https://example.org/never-recorded"):
            client.get("https://example.org/never-recorded")


def test_unrecorded_url_is_a_404_when_not_strict():
    with httpx.Client(transport=replay_transport(HTTP, strict=False)) as client:
        response = client.get("https://example.org/never-recorded")
    assert response.status_code == 404


def test_every_index_entry_has_its_body_file():
    index = load_index(HTTP)
    assert len(index) > 20
    for recorded in index.values():
        if recorded.body is not None:
            assert (HTTP / recorded.body).is_file(), recorded.url
        assert 100 <= recorded.status < 600


def test_save_response_writes_a_body_and_replaces_an_earlier_recording(tmp_path):
    save_response(tmp_path, "https://x.example/a?b=2&a=1", status=200, headers={"Content-Type": "text/html", "Content-Encoding": "gzip", "Set-Cookie": "s"}, body=b"<p>one</p>")
    save_response(tmp_path, "https://x.example/a?a=1&b=2", status=200, headers={"content-type": "text/html"}, body=b"<p>two</p>")
    index = json.loads((tmp_path / "index.json").read_text())
    assert list(index) == ["GET https://x.example/a?a=1&b=2"]
    entry = index["GET https://x.example/a?a=1&b=2"]
    assert entry["headers"] == {"content-type": "text/html"}  # wire and private headers dropped
    with httpx.Client(transport=replay_transport(tmp_path)) as client:
        assert client.get("https://x.example/a?b=2&a=1").content == b"<p>two</p>"


def test_recorded_content_encoding_is_not_applied_again(tmp_path):
    (tmp_path / "body.txt").write_bytes(b"plain text")
    (tmp_path / "index.json").write_text(json.dumps({"GET https://x.example/t": {"status": 200, "headers": {"content-type": "text/plain", "content-encoding": "gzip"}, "body": "body.txt"}}))
    with httpx.Client(transport=replay_transport(tmp_path)) as client:
        assert client.get("https://x.example/t").text == "plain text"


def test_normalise_url():
    assert normalise_url("HTTPS://Example.org?b=1&a=2") == "https://example.org/?a=2&b=1"
    assert normalise_url("https://export.arxiv.org/api/query?id_list=2404.14219,2404.14219v1") == "https://export.arxiv.org/api/query?id_list=2404.14219,2404.14219v1"
