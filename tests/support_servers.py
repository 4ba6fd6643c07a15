"""Real HTTP servers on 127.0.0.1 for the fetch tests.

One threaded server answers every misbehaviour the fetcher must survive,
each on its own path. It counts TCP connections it accepted, so a test can
show a refused target was never reached. Servers bind to an ephemeral port
on 127.0.0.1 only; nothing here talks to any other address.

Paths:
  /ok                      200 small HTML page
  /echo-host               200 text with the Host header received
  /drip?n=N                headers, then one body byte per second (N bytes announced)
  /stall                   headers, then nothing until the server stops
  /stall-headers           accepts the request and never answers
  /bomb/<name>             a decompression bomb from fixtures/bombs with its Content-Encoding
  /redirect/chain/<n>      302 to chain/<n-1>; chain/0 is 200
  /redirect/loop           302 to itself
  /redirect/to?url=U       302 to U
  /cookie-check            302 to itself setting a cookie, 200 once the cookie comes back
  /status/<code>           that status
  /retry/<key>?status=S&times=T&after=A
                           S (with Retry-After: A when given) T times per key, then 200
  /etag                    200 with ETag and Last-Modified, 304 when they match
  /body/<name>?ct=TYPE     a canned body (html, pdf, json, png, xml) under any Content-Type
"""

from __future__ import annotations

import collections
import contextlib
import http.server
import pathlib
import socketserver
import ssl
import threading
import time
from collections.abc import Iterator
from urllib.parse import parse_qs, urlsplit

BOMBS_DIR = pathlib.Path(__file__).resolve().parent.parent / "fixtures" / "bombs"
# name -> (file, Content-Encoding); every file inflates to 512 MiB of zeros.
BOMBS = {
    "gzip": ("zeros-512MiB.gz", "gzip"),
    "gzip-gzip": ("zeros-512MiB.gz.gz", "gzip, gzip"),
    "br": ("zeros-512MiB.br", "br"),
    "zstd": ("zeros-512MiB.zst", "zstd"),
}
ETAG = '"v1-5f2c"'
LAST_MODIFIED = "Tue, 07 May 2024 10:00:00 GMT"
BODIES = {
    "html": b"<!DOCTYPE html><html><head><title>t</title></head><body><p>hello</p></body></html>",
    "pdf": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<<>>\n%%EOF\n",
    "json": b'{"title": "x", "ok": true}',
    "png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 40,
    "xml": b'<?xml version="1.0" encoding="UTF-8"?><feed xmlns="http://www.w3.org/2005/Atom"><entry/></feed>',
}


class _Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.connections = 0
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.counters: collections.Counter[str] = collections.Counter()
        self.stopping = threading.Event()
        self.lock = threading.Lock()

    def handle_error(self, request, client_address):  # type: ignore[no-untyped-def]
        # Clients that give up mid-response (the point of several tests) reset the connection.
        pass

    def get_request(self):  # type: ignore[no-untyped-def]
        accepted = super().get_request()
        with self.lock:
            self.connections += 1
        return accepted


class _Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def log_message(self, format: str, *args: object) -> None:  # quiet test output
        pass

    def _send(self, status: int, body: bytes = b"", headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        headers = {"Content-Type": "text/html; charset=utf-8", **(headers or {})}
        headers.setdefault("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        if body:
            self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: C901 - one branch per misbehaviour
        parts = urlsplit(self.path)
        path, query = parts.path, {k: v[0] for k, v in parse_qs(parts.query).items()}
        server = self.server
        with server.lock:
            server.requests.append((self.path, {k.lower(): v for k, v in self.headers.items()}))
        if path == "/ok":
            self._send(200, BODIES["html"])
        elif path == "/echo-host":
            self._send(200, f"host={self.headers.get('Host')}".encode(), {"Content-Type": "text/plain"})
        elif path == "/drip":
            size = int(query.get("n", "60"))
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(size))
            self.end_headers()
            self.wfile.flush()
            for _ in range(size):
                if server.stopping.wait(1.0):
                    return
                try:
                    self.wfile.write(b"<")
                    self.wfile.flush()
                except OSError:
                    return
        elif path == "/stall":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", "1000")
            self.end_headers()
            self.wfile.flush()
            server.stopping.wait(60)
        elif path == "/stall-headers":
            server.stopping.wait(60)
        elif path.startswith("/bomb/"):
            filename, encoding = BOMBS[path.removeprefix("/bomb/")]
            self._send(200, (BOMBS_DIR / filename).read_bytes(), {"Content-Encoding": encoding})
        elif path.startswith("/redirect/chain/"):
            left = int(path.rsplit("/", 1)[1])
            if left == 0:
                self._send(200, BODIES["html"])
            else:
                self._send(302, headers={"Location": f"/redirect/chain/{left - 1}"})
        elif path == "/cookie-check":
            if "seen=1" in (self.headers.get("Cookie") or ""):
                self._send(200, BODIES["html"])
            else:
                self._send(302, headers={"Location": "/cookie-check", "Set-Cookie": "seen=1; Path=/"})
        elif path == "/redirect/loop":
            self._send(302, headers={"Location": "/redirect/loop"})
        elif path == "/redirect/to":
            self._send(302, headers={"Location": query["url"]})
        elif path.startswith("/status/"):
            self._send(int(path.rsplit("/", 1)[1]), b"status page")
        elif path.startswith("/retry/"):
            key = path.removeprefix("/retry/")
            with server.lock:
                server.counters[key] += 1
                seen = server.counters[key]
            if seen <= int(query.get("times", "1")):
                headers = {"Retry-After": query["after"]} if "after" in query else {}
                self._send(int(query.get("status", "503")), b"try later", headers)
            else:
                self._send(200, BODIES["html"])
        elif path == "/etag":
            if self.headers.get("If-None-Match") == ETAG or self.headers.get("If-Modified-Since") == LAST_MODIFIED:
                self.send_response(304)
                self.send_header("ETag", ETAG)
                self.end_headers()
            else:
                self._send(200, BODIES["html"], {"ETag": ETAG, "Last-Modified": LAST_MODIFIED})
        elif path.startswith("/body/"):
            name = path.removeprefix("/body/")
            self._send(200, BODIES[name], {"Content-Type": query.get("ct", "text/html")})
        else:
            self._send(404, b"no such path")


class LocalServer:
    """A running server; ``url(path)`` builds addresses on it."""

    def __init__(self, tls: ssl.SSLContext | None = None) -> None:
        self._server = _Server()
        if tls is not None:
            self._server.socket = tls.wrap_socket(self._server.socket, server_side=True)
        self.scheme = "https" if tls is not None else "http"
        self.port: int = self._server.server_address[1]
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()

    def url(self, path: str = "/ok", host: str = "127.0.0.1") -> str:
        return f"{self.scheme}://{host}:{self.port}{path}"

    @property
    def connections(self) -> int:
        return self._server.connections

    @property
    def requests(self) -> list[tuple[str, dict[str, str]]]:
        with self._server.lock:
            return list(self._server.requests)

    def stop(self) -> None:
        self._server.stopping.set()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)


@contextlib.contextmanager
def running_server(tls: ssl.SSLContext | None = None) -> Iterator[LocalServer]:
    server = LocalServer(tls)
    try:
        yield server
    finally:
        server.stop()


def wait_until(predicate, timeout: float = 2.0) -> bool:  # type: ignore[no-untyped-def]
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.01)
    return predicate()
