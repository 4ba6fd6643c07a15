"""A local stand-in for arXiv on 127.0.0.1: the Atom API and the full-text URLs.

- ``/api/query?id_list=A,B,...`` answers an Atom feed holding an entry per
  id. Entries come from the recorded API answers in ``fixtures/http/``
  (byte for byte); ids with no recording get an entry in the same layout
  built from the snapshot record of that paper (title, abstract, authors),
  since the recordings hold about fifty papers and a benchmark needs hundreds.
- ``/html/ID`` and ``/pdf/ID`` answer 404, as arXiv did for the recorded papers
  (no LaTeXML conversion; the recordings hold 404s for their PDFs too).

Every request is logged with the host it was meant for (the Host header) and
its arrival time. The server enforces a minimum interval per host: a request
that comes too early gets ``429`` with ``Retry-After`` and counts as a
violation, so a fetcher that is not polite shows up in the numbers.
"""

from __future__ import annotations

import http.server
import re
import socketserver
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qs, urlsplit
from xml.sax.saxutils import escape

from lxml import etree

_ATOM = "http://www.w3.org/2005/Atom"
_FEED_HEAD = (
    "<?xml version='1.0' encoding='UTF-8'?>\n"
    '<feed xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/" '
    'xmlns:arxiv="http://arxiv.org/schemas/atom" xmlns="http://www.w3.org/2005/Atom">\n'
    "  <id>https://arxiv.org/api/local-benchmark</id>\n"
    "  <title>arXiv Query: id_list={ids}</title>\n"
    "  <updated>2026-11-26T00:00:00Z</updated>\n"
    "  <opensearch:itemsPerPage>{count}</opensearch:itemsPerPage>\n"
    "  <opensearch:totalResults>{count}</opensearch:totalResults>\n"
    "  <opensearch:startIndex>0</opensearch:startIndex>\n"
)
_VERSIONED = re.compile(r"(.+?)(v\d+)$")


def recorded_entries(directory: Path) -> dict[str, str]:
    """Entry XML (with the default namespace) per ``idvN``, from the recorded API answers."""
    entries: dict[str, str] = {}
    for path in sorted(directory.glob("export.arxiv.org_api_query*.xml")):
        try:
            root = etree.fromstring(path.read_bytes())
        except etree.XMLSyntaxError:
            continue
        for entry in root.findall(f"{{{_ATOM}}}entry"):
            entry_id = entry.findtext(f"{{{_ATOM}}}id") or ""
            if "/abs/" not in entry_id:
                continue  # the API's error entries
            entries[entry_id.rsplit("/abs/", 1)[1]] = etree.tostring(entry, encoding="unicode")
    return entries


def built_entry(record: dict) -> tuple[str, str]:
    """An entry in the recorded layout for a snapshot record: (``idvN``, XML)."""
    versions = [v["version"] for v in record.get("versions") or []] or ["v1"]
    label = record["id"] + versions[-1]
    authors = "".join(
        f"<author><name>{escape(name.strip())}</name></author>" for name in re.split(r",\s*|\s+and\s+", record.get("authors") or "") if name.strip()
    )
    year = str((record.get("versions") or [{}])[-1].get("created") or "2020")[:4]
    xml = (
        f'<entry xmlns="{_ATOM}"><id>http://arxiv.org/abs/{label}</id>'
        f"<updated>{year}-01-01T00:00:00Z</updated><published>{year}-01-01T00:00:00Z</published>"
        f"<title>{escape(record['title'])}</title><summary>{escape(record['abstract'])}</summary>{authors}"
        f'<link href="https://arxiv.org/abs/{label}" rel="alternate" type="text/html"/></entry>'
    )
    return label, xml


@dataclass(frozen=True)
class Hit:
    host: str
    path: str
    at: float  # time.monotonic() on arrival
    status: int
    ids: int  # ids asked for (API requests)


class ArxivStandIn:
    """The server; use as a context manager. ``hits`` lists every request in arrival order."""

    def __init__(self, entries: dict[str, str], *, interval: float, tolerance: float = 0.1, slack: float = 0.01):
        self.entries = entries
        self.latest = {}
        for label in entries:
            match = _VERSIONED.match(label)
            if match:
                base, version = match.groups()
                if base not in self.latest or int(version[1:]) > int(self.latest[base][1:]):
                    self.latest[base] = version
        self.interval = interval
        # The fetcher times a request when it sends it, the server when it
        # arrives (after a new connection's handshake, or not): a gap short by
        # more than this fraction of the interval plus ``slack`` seconds is a violation.
        self.tolerance = tolerance
        self.slack = slack
        self.shortest_gap: dict[str, float] = {}
        self.hits: list[Hit] = []
        self.violations = 0
        self._last: dict[str, float] = {}
        self._lock = threading.Lock()
        self._server: socketserver.TCPServer | None = None

    @property
    def port(self) -> int:
        assert self._server is not None
        return self._server.server_address[1]

    def __enter__(self) -> "ArxivStandIn":
        stand_in = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:  # quiet
                pass

            def do_GET(self) -> None:  # noqa: N802 (http.server's name)
                stand_in._answer(self)

        class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
            daemon_threads = True

            def handle_error(self, request: object, client_address: object) -> None:
                pass  # a client closing its kept-alive connection is not news

        self._server = Server(("127.0.0.1", 0), Handler)
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()

    def _answer(self, handler: http.server.BaseHTTPRequestHandler) -> None:
        arrived = time.monotonic()
        host = (handler.headers.get("host") or "").split(":")[0].lower()
        parts = urlsplit(handler.path)
        with self._lock:
            last = self._last.get(host)
            gap = None if last is None else arrived - last
            if gap is not None:
                self.shortest_gap[host] = min(gap, self.shortest_gap.get(host, gap))
            too_early = gap is not None and gap < self.interval * (1 - self.tolerance) - self.slack
            if not too_early:
                self._last[host] = arrived
            else:
                self.violations += 1
        ids: list[str] = []
        if too_early:
            status, body, media_type = 429, b"too many requests", "text/plain"
        elif parts.path.rstrip("/").endswith("/api/query"):
            ids = [i for i in (parse_qs(parts.query).get("id_list", [""])[0]).split(",") if i]
            status, body, media_type = 200, self._feed(ids), "application/atom+xml; charset=utf-8"
        else:
            status, body, media_type = 404, b"not found", "text/plain"
        with self._lock:
            self.hits.append(Hit(host, parts.path, arrived, status, len(ids)))
        handler.send_response(status)
        handler.send_header("Content-Type", media_type)
        handler.send_header("Content-Length", str(len(body)))
        if status == 429:
            handler.send_header("Retry-After", str(max(1, round(self.interval))))
        handler.end_headers()
        handler.wfile.write(body)

    def _feed(self, ids: list[str]) -> bytes:
        found = []
        for wanted in ids:
            match = _VERSIONED.match(wanted)
            label = wanted if match else wanted + self.latest.get(wanted, "v1")
            if label in self.entries:
                found.append(self.entries[label])
        head = _FEED_HEAD.format(ids=escape(",".join(ids)), count=len(found))
        return (head + "\n".join(found) + "\n</feed>\n").encode("utf-8")


def forwarding_transport(port: int):
    """An httpx transport that sends every request to the stand-in, keeping its Host header.

    ``resolvers/arxiv.py`` builds URLs from a module constant
    (``https://export.arxiv.org/api/query``) with no setting to point it
    elsewhere, so the requests are redirected below the fetcher instead: the
    fetcher still sees arXiv's host names and applies their politeness
    intervals.
    """
    import httpx

    inner = httpx.HTTPTransport()

    class Forward(httpx.BaseTransport):
        def handle_request(self, request: httpx.Request) -> httpx.Response:
            host = request.url.host
            request.url = request.url.copy_with(scheme="http", host="127.0.0.1", port=port)
            request.headers["host"] = host
            return inner.handle_request(request)

        def close(self) -> None:
            inner.close()

    return Forward()
