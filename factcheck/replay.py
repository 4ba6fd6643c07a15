"""Recorded HTTP responses, served through ``httpx.MockTransport``.

A recording directory (``fixtures/http/``) holds ``index.json``, which maps
``"GET <url>"`` to ``{"status", "headers", "body"}``, and the bodies as files
beside it (``body`` is the file name, or null for an empty body). Bodies are
stored decoded, as the fetcher hands them on, so recorded
``content-encoding`` headers are dropped when served.

Tests, the offline demo and the benchmarks use the same recordings; an
unexpected request fails a strict replay loudly instead of silently touching
the network.
"""

from __future__ import annotations

import hashlib
import json
import re
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import httpx

INDEX_NAME = "index.json"

# Headers that describe the wire form of a body, not the body we stored.
_WIRE_HEADERS = frozenset({"content-encoding", "content-length", "transfer-encoding", "connection"})

_EXTENSIONS = {
    "application/atom+xml": ".xml",
    "application/xml": ".xml",
    "text/xml": ".xml",
    "application/json": ".json",
    "application/pdf": ".pdf",
    "text/html": ".html",
    "text/plain": ".txt",
}


@dataclass(frozen=True)
class RecordedResponse:
    url: str  # as written in the index
    status: int
    headers: Mapping[str, str] = field(default_factory=dict)
    body: str | None = None  # file name beside the index


def normalise_url(url: str) -> str:
    """The URL with its query parameters in a stable order (and an empty path as ``/``)."""
    parts = urlsplit(url)
    query = urlencode(sorted(parse_qsl(parts.query, keep_blank_values=True)), safe=",/:")
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path or "/", query, ""))


def request_key(method: str, url: str) -> str:
    return f"{method.upper()} {normalise_url(url)}"


def load_index(directory: Path | str) -> dict[str, RecordedResponse]:
    """The recordings of a directory, keyed by normalised ``"METHOD url"``."""
    path = Path(directory) / INDEX_NAME
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    recordings = {}
    for key, entry in raw.items():
        method, _, url = key.partition(" ")
        recordings[request_key(method, url)] = RecordedResponse(
            url=url,
            status=int(entry["status"]),
            headers={name.lower(): value for name, value in (entry.get("headers") or {}).items()},
            body=entry.get("body"),
        )
    return recordings


def replay_transport(directory: Path | str, *, strict: bool = True) -> httpx.MockTransport:
    """A transport answering from the recordings in ``directory``.

    An unrecorded request raises ``AssertionError`` naming it when ``strict``
    (so a test that makes an unexpected request fails), else gets a 404.
    """
    root = Path(directory)
    recordings = load_index(root)
    bodies: dict[str, bytes] = {}
    lock = threading.Lock()

    def body_of(name: str | None) -> bytes:
        if name is None:
            return b""
        with lock:
            if name not in bodies:
                bodies[name] = (root / name).read_bytes()
            return bodies[name]

    def handle(request: httpx.Request) -> httpx.Response:
        key = request_key(request.method, str(request.url))
        recorded = recordings.get(key)
        if recorded is None:
            if strict:
                raise AssertionError(f"unrecorded request: {key} (record it in {root / INDEX_NAME})")
            return httpx.Response(
                404, headers={"content-type": "text/plain"}, content=b"not recorded\n"
            )
        headers = {k: v for k, v in recorded.headers.items() if k not in _WIRE_HEADERS}
        return httpx.Response(recorded.status, headers=headers, content=body_of(recorded.body))

    return httpx.MockTransport(handle)


def body_file_name(url: str, content_type: str | None) -> str:
    """A readable, unique file name for the body of ``url``."""
    parts = urlsplit(url)
    slug = re.sub(r"[^A-Za-z0-9._=-]+", "_", f"{parts.netloc}{parts.path}_{parts.query}").strip("_")
    digest = hashlib.sha256(normalise_url(url).encode("utf-8")).hexdigest()[:8]
    media_type = (content_type or "").split(";")[0].strip().lower()
    return f"{slug[:80]}_{digest}{_EXTENSIONS.get(media_type, '.bin')}"


def save_response(
    directory: Path | str,
    url: str,
    *,
    status: int,
    headers: Mapping[str, str],
    body: bytes,
    method: str = "GET",
) -> str:
    """Write one recording (body file and index entry); returns the body's file name.

    Used by ``scripts/record_fixtures.py``; the index is kept sorted so a
    re-recording gives a small diff.
    """
    root = Path(directory)
    root.mkdir(parents=True, exist_ok=True)
    index_path = root / INDEX_NAME
    try:
        index = json.loads(index_path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        index = {}
    kept_headers = {
        name.lower(): value
        for name, value in headers.items()
        if name.lower() in ("content-type", "etag", "last-modified", "location", "retry-after")
    }
    name = body_file_name(url, kept_headers.get("content-type")) if body else None
    if name:
        (root / name).write_bytes(body)
    # Replace any earlier recording of the same request, whatever its spelling.
    wanted = request_key(method, url)
    for key in [k for k in index if request_key(*k.split(" ", 1)) == wanted]:
        del index[key]
    index[f"{method.upper()} {url}"] = {"status": status, "headers": kept_headers, "body": name}
    index_path.write_text(
        json.dumps(dict(sorted(index.items())), indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    return name or ""
