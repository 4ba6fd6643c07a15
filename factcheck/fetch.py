"""The one HTTP client of the package: the only module that touches the network.

``Fetcher.get(url)`` returns the body of a 200 (or a 304 for a conditional
request) or raises a ``FetchError`` subclass whose ``reason`` says why. On the
way it:

* refuses targets the SSRF guard (``netguard``) forbids, on the URL and on
  every redirect hop, and resolves each host name once, checks every answer
  and connects to the checked address (``PinnedBackend``), keeping the Host
  header and TLS SNI on the name: no DNS-rebinding window;
* keeps one total deadline per URL, all redirects, retries and waits
  included, by capping every socket operation at the time left;
* decodes ``Content-Encoding`` itself, in bounded steps, so the size cap
  applies to decoded bytes while they are produced (a 1 KiB brotli body that
  inflates to 512 MiB never exists in memory);
* checks the declared content type and sniffs the first bytes before any
  parser sees the body;
* retries timeouts, 5xx and 429 with full-jitter exponential backoff,
  honouring ``Retry-After``; waits between requests to one host
  (arXiv asks for one every 3 s) and bounds concurrent requests per host.

When a ``transport`` is passed (recorded responses, tests), the address
checks are skipped for it; scheme, user info, port, caps, redirects,
retries and content checks still apply.
"""

from __future__ import annotations

import email.utils
import functools
import io
import random
import socket
import ssl
import threading
import time
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass, field
from datetime import datetime, timezone
from types import MappingProxyType
from urllib.parse import urljoin, urlsplit

import brotli
import httpcore
import httpx
import zstandard

from factcheck import netguard
from factcheck.errors import BlockedAddress, FetchError, FetchTimeout, TooLarge


def _package_version() -> str:
    try:
        from importlib.metadata import version

        return version("factcheck")
    except Exception:  # not installed: running from a checkout
        return "0"


USER_AGENT = f"factcheck/{_package_version()} (source checker; python-httpx)"

# Where arXiv asks for one request every 3 seconds.
ARXIV_INTERVALS: Mapping[str, float] = MappingProxyType({"export.arxiv.org": 3.0, "arxiv.org": 3.0})


@dataclass(frozen=True)
class FetchPolicy:
    timeout: float = 10.0  # per socket operation (connect, TLS, read, write)
    deadline: float = 30.0  # total wall time per URL, redirects, retries and waits included
    max_bytes: int = 20 * 2**20  # cap on DECODED body bytes
    max_redirects: int = 5
    retries: int = 3  # further attempts after a timeout, a 5xx or a 429
    backoff_base: float = 0.5
    backoff_max: float = 30.0
    retry_after_max: float = 60.0
    allowed_ports: frozenset[int] = frozenset({80, 443, 8080, 8443})
    allow_private: bool = False  # self-hosted sources on a private network (CLI --allow-private)
    allow_loopback: bool = False  # tests talking to their own servers on 127.0.0.1
    allow_link_local: bool = False  # 169.254/16, fe80::/10, cloud metadata: never by default
    min_interval: Mapping[str, float] = field(default_factory=lambda: ARXIV_INTERVALS)
    default_min_interval: float = 0.0
    per_host_concurrency: int = 2
    user_agent: str = USER_AGENT

    @property
    def address_rules(self) -> netguard.AddressRules:
        return netguard.AddressRules(
            allow_private=self.allow_private,
            allow_loopback=self.allow_loopback,
            allow_link_local=self.allow_link_local,
        )

    def interval_for(self, host: str) -> float:
        """The politeness interval of a host or of its closest listed parent domain."""
        labels = host.lower().rstrip(".").split(".")
        for i in range(len(labels)):
            interval = self.min_interval.get(".".join(labels[i:]))
            if interval is not None:
                return interval
        return self.default_min_interval


@dataclass(frozen=True)
class Response:
    url: str  # the final URL, after redirects
    status: int  # 200 (any 2xx), or 304 for a conditional request
    headers: Mapping[str, str]  # lower-case names; repeated headers joined with ", "
    body: bytes  # decoded (Content-Encoding removed); b"" for a 304
    redirects: tuple[str, ...]  # every URL that answered with a redirect, in order
    elapsed: float  # seconds, all attempts included

    @property
    def media_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()


# ---------------------------------------------------------------- deadline


class _Deadline:
    """The time left for the request running on this thread.

    Thread-local because a pooled connection serves whichever request uses
    it; sync requests run on the caller's thread, so this is the right one.
    """

    _local = threading.local()

    @classmethod
    def set(cls, clock: Callable[[], float] | None, at: float | None) -> None:
        cls._local.value = (clock, at) if clock is not None else None

    @classmethod
    def remaining(cls) -> float | None:
        value = getattr(cls._local, "value", None)
        if value is None:
            return None
        clock, at = value
        return at - clock()

    @classmethod
    def cap(cls, timeout: float | None) -> float | None:
        left = cls.remaining()
        if left is None:
            return timeout
        if left <= 0:
            return 0.0
        return left if timeout is None else min(timeout, left)


class _DeadlineStream(httpcore.NetworkStream):
    """A socket stream whose every operation ends by the request deadline.

    httpx timeouts are per operation: a server dripping one byte a second
    never trips a 10 s read timeout. Capping each read at the time left does.
    """

    def __init__(self, inner: httpcore.NetworkStream):
        self._inner = inner

    def _timeout(self, timeout: float | None, error: type[Exception]) -> float | None:
        capped = _Deadline.cap(timeout)
        if capped is not None and capped <= 0:
            raise error("deadline passed")
        return capped

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, self._timeout(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, self._timeout(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(self, ssl_context, server_hostname=None, timeout=None):  # type: ignore[no-untyped-def]
        inner = self._inner.start_tls(ssl_context, server_hostname, self._timeout(timeout, httpcore.ConnectTimeout))
        return _DeadlineStream(inner)

    def get_extra_info(self, info: str):  # type: ignore[no-untyped-def]
        return self._inner.get_extra_info(info)


# ---------------------------------------------------------------- pinned connections

Resolver = Callable[[str, int], Sequence[str]]
Connector = Callable[[str, int, "float | None"], httpcore.NetworkStream]

_DNS_POOL = ThreadPoolExecutor(max_workers=4, thread_name_prefix="factcheck-dns")


def system_resolver(host: str, port: int) -> list[str]:
    """Every address ``getaddrinfo`` gives for a host, in its order."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    addresses: list[str] = []
    for _family, _type, _proto, _name, sockaddr in infos:
        if sockaddr[0] not in addresses:
            addresses.append(str(sockaddr[0]))
    return addresses


def _tcp_connector(address: str, port: int, timeout: float | None) -> httpcore.NetworkStream:
    return httpcore.SyncBackend().connect_tcp(address, port, timeout=timeout, socket_options=[])


class PinnedBackend(httpcore.NetworkBackend):
    """Resolve once, check every answer, connect to a checked address.

    httpcore hands us the URL's host; TLS SNI and the Host header keep using
    that name, only the socket goes to the address we checked. Nothing is
    resolved twice, so a name cannot answer "public" to the check and
    "internal" to the connection.
    """

    def __init__(
        self,
        rules: netguard.AddressRules,
        *,
        resolver: Resolver = system_resolver,
        connector: Connector = _tcp_connector,
    ):
        self.rules = rules
        self.resolver = resolver
        self.connector = connector

    def _resolve(self, host: str, port: int) -> Sequence[str]:
        timeout = _Deadline.cap(None)
        if timeout is not None and timeout <= 0:
            raise httpcore.ConnectTimeout("deadline passed before name resolution")
        future = _DNS_POOL.submit(self.resolver, host, port)
        try:
            return future.result(timeout=timeout)
        except FutureTimeout:
            raise httpcore.ConnectTimeout(f"name resolution of {host} timed out") from None
        except OSError as exc:
            raise httpcore.ConnectError(f"cannot resolve {host}: {exc}") from exc

    def connect_tcp(self, host, port, timeout=None, local_address=None, socket_options=None):  # type: ignore[no-untyped-def]
        literal = netguard.parse_host_address(host)
        if literal is not None:
            addresses = [netguard.check_address(literal, self.rules)]
        else:
            addresses = netguard.check_addresses(self._resolve(host, port), self.rules, host=host)
        last_error: Exception | None = None
        for address in addresses:
            capped = _Deadline.cap(timeout)
            if capped is not None and capped <= 0:
                raise httpcore.ConnectTimeout("deadline passed while connecting")
            try:
                return _DeadlineStream(self.connector(str(address), port, capped))
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                last_error = exc
        assert last_error is not None
        raise last_error

    def connect_unix_socket(self, path, timeout=None, socket_options=None):  # type: ignore[no-untyped-def]
        raise BlockedAddress("refused: unix sockets are not a source")

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)


@functools.lru_cache(maxsize=1)
def _ssl_context() -> ssl.SSLContext:
    # Loading the CA bundle takes a tenth of a second: once per process is enough.
    return httpx.create_ssl_context(trust_env=False)


class _PinnedTransport(httpx.HTTPTransport):
    """httpx's own transport, with its connection pool on a ``PinnedBackend``.

    httpx 0.28 does not take a network backend, so the pool it builds is
    replaced by the same pool built on ours (HTTP/1.1, verified TLS, no proxy).
    """

    def __init__(self, backend: PinnedBackend, context: ssl.SSLContext | None = None):
        context = context or _ssl_context()
        super().__init__(verify=context, trust_env=False)
        self._pool = httpcore.ConnectionPool(
            ssl_context=context,
            max_connections=100,
            max_keepalive_connections=20,
            keepalive_expiry=5.0,
            http1=True,
            http2=False,
            network_backend=backend,
        )


# ---------------------------------------------------------------- decoding

_STEP = 64 * 1024  # most decoded bytes one decoding step may produce
_MAX_ENCODINGS = 3
_ZSTD_MAX_WINDOW = 8 * 2**20  # RFC 9659: HTTP zstd windows are at most 8 MiB


def _inflate(chunks: Iterable[bytes], wbits: int) -> Iterator[bytes]:
    decoder = zlib.decompressobj(wbits)
    for chunk in chunks:
        data = chunk
        while data:
            out = decoder.decompress(data, _STEP)
            if out:
                yield out
            if decoder.eof:
                data = decoder.unused_data.lstrip(b"\0")
                if data:  # another gzip member follows
                    decoder = zlib.decompressobj(wbits)
                continue
            data = decoder.unconsumed_tail
            while not data and len(out) == _STEP:  # output may still be pending
                out = decoder.decompress(b"", _STEP)
                if out:
                    yield out
    while tail := decoder.flush(_STEP):
        yield tail


def _deflate(chunks: Iterable[bytes]) -> Iterator[bytes]:
    # "deflate" is zlib-wrapped by the spec and raw in practice: look at byte 1.
    iterator = iter(chunks)
    first = next(iterator, b"")
    wrapped = len(first) >= 2 and (first[0] & 0x0F) == 8 and ((first[0] << 8) | first[1]) % 31 == 0

    def again() -> Iterator[bytes]:
        yield first
        yield from iterator

    return _inflate(again(), zlib.MAX_WBITS if wrapped else -zlib.MAX_WBITS)


def _unbrotli(chunks: Iterable[bytes]) -> Iterator[bytes]:
    decoder = brotli.Decompressor()
    for chunk in chunks:
        out = decoder.process(chunk, output_buffer_limit=_STEP)
        if out:
            yield out
        while not decoder.can_accept_more_data():
            out = decoder.process(b"", output_buffer_limit=_STEP)
            if out:
                yield out
    if not decoder.is_finished():
        raise FetchError("truncated brotli body")


class _ChunkReader(io.RawIOBase):
    """A file-like view of an iterator of chunks, for zstandard's stream reader."""

    def __init__(self, chunks: Iterable[bytes]):
        self._chunks = iter(chunks)
        self._pending = b""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[no-untyped-def]
        while not self._pending:
            try:
                self._pending = next(self._chunks)
            except StopIteration:
                return 0
        size = min(len(buffer), len(self._pending))
        buffer[:size] = self._pending[:size]
        self._pending = self._pending[size:]
        return size


def _unzstd(chunks: Iterable[bytes]) -> Iterator[bytes]:
    decompressor = zstandard.ZstdDecompressor(max_window_size=_ZSTD_MAX_WINDOW)
    with decompressor.stream_reader(_ChunkReader(chunks), read_across_frames=True) as reader:
        while out := reader.read(_STEP):
            yield out


def _identity(chunks: Iterable[bytes]) -> Iterator[bytes]:
    yield from chunks


_DECODERS: dict[str, Callable[[Iterable[bytes]], Iterator[bytes]]] = {
    "identity": _identity,
    "gzip": lambda chunks: _inflate(chunks, 16 + zlib.MAX_WBITS),
    "x-gzip": lambda chunks: _inflate(chunks, 16 + zlib.MAX_WBITS),
    "deflate": _deflate,
    "br": _unbrotli,
    "zstd": _unzstd,
}


def decode_content(chunks: Iterable[bytes], content_encoding: str) -> Iterator[bytes]:
    """Undo ``Content-Encoding`` (a list, applied in order) one bounded step at a time."""
    encodings = [e.strip().lower() for e in content_encoding.split(",") if e.strip()]
    if len(encodings) > _MAX_ENCODINGS:
        raise FetchError(f"refused body: {len(encodings)} stacked content encodings")
    stream: Iterable[bytes] = chunks
    for encoding in reversed(encodings):
        decoder = _DECODERS.get(encoding)
        if decoder is None:
            raise FetchError(f"unsupported content encoding {encoding!r}")
        stream = decoder(stream)
    return iter(stream)


# ---------------------------------------------------------------- content types

SNIFF_BYTES = 1024
ACCEPTED_TYPES: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        "html": frozenset({"text/html", "application/xhtml+xml"}),
        "xml": frozenset({"application/xml", "text/xml", "application/atom+xml", "application/rss+xml"}),
        "pdf": frozenset({"application/pdf", "application/x-pdf"}),
        "json": frozenset({"application/json", "text/json"}),
        "text": frozenset({"text/plain"}),
    }
)
# Sniffed kinds a body may have for each accepted kind.
COMPATIBLE_SNIFF: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        "html": frozenset({"html", "xml", "text"}),
        "xml": frozenset({"xml", "html"}),
        "pdf": frozenset({"pdf"}),
        "json": frozenset({"json"}),
        "text": frozenset({"text", "html", "xml", "json"}),
    }
)
GENERIC_TYPES = frozenset({"", "application/octet-stream", "binary/octet-stream", "application/unknown"})
_HTML_STARTS = (b"<!doctype html", b"<html", b"<head", b"<body", b"<script", b"<title", b"<meta", b"<div", b"<p>", b"<!--")
_BINARY_MAGIC = (b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\x1f\x8b", b"\x28\xb5\x2f\xfd", b"RIFF", b"\x7fELF")


def sniff(first: bytes) -> str:
    """What the first bytes of a body look like: pdf, binary, html, xml, json or text."""
    head = first[:SNIFF_BYTES]
    if b"%PDF-" in head:
        return "pdf"
    if head.startswith(_BINARY_MAGIC) or b"\x00" in head:
        return "binary"
    stripped = head.lstrip(b"\xef\xbb\xbf").lstrip().lower()
    if stripped.startswith(_HTML_STARTS) or (stripped.startswith(b"<?xml") and b"<html" in stripped):
        return "html"
    if stripped.startswith(b"<"):
        return "xml"
    if stripped.startswith((b"{", b"[")):
        return "json"
    return "text"


def _kind_of_media_type(media_type: str) -> str | None:
    for kind, types in ACCEPTED_TYPES.items():
        if media_type in types:
            return kind
    if media_type.endswith("+xml"):
        return "xml"
    if media_type.endswith("+json"):
        return "json"
    if media_type.startswith("text/"):
        return "text"
    return None


def accepted_kinds(accept: str | None) -> tuple[str, ...] | None:
    """The body kinds ``accept`` allows: a kind ("html", "xml", "pdf", "json",
    "text") or an Accept header value ("text/html,text/plain;q=0.9").
    ``None`` when anything goes."""
    if accept is None:
        return None
    if accept in ACCEPTED_TYPES:
        return (accept,)
    if "/" not in accept:
        raise ValueError(f"accept must be one of {sorted(ACCEPTED_TYPES)} or media types, not {accept!r}")
    kinds: list[str] = []
    for item in accept.split(","):
        media_type = item.split(";")[0].strip().lower()
        if not media_type or media_type == "*/*":
            continue  # a fallback weight, not a wish for any body
        kind = _kind_of_media_type(media_type)
        if kind is None:
            raise ValueError(f"accept names {media_type!r}, which is no kind of source body this reads")
        if kind not in kinds:
            kinds.append(kind)
    return tuple(kinds) or None


def _declared_type_ok(kinds: tuple[str, ...], media_type: str) -> bool:
    if media_type in GENERIC_TYPES:
        return True
    kind = _kind_of_media_type(media_type)
    # Any text/* body is fine where plain text is; html and xml want their own types.
    return kind in kinds or ("text" in kinds and media_type.startswith("text/"))


def _check_sniffed(kinds: tuple[str, ...], media_type: str, first: bytes, url: str) -> None:
    kind = sniff(first)
    # A generic declared type must be confirmed by the bytes themselves.
    if media_type in GENERIC_TYPES:
        allowed = set(kinds)
    else:
        allowed = set().union(*(COMPATIBLE_SNIFF[k] for k in kinds))
    if kind not in allowed:
        raise FetchError(
            f"expected {' or '.join(kinds)}, the body looks like {kind} (declared {media_type or 'no type'})",
            reason="bad_content_type",
            url=url,
        )


# ---------------------------------------------------------------- the fetcher

_REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
_ACCEPT_HEADERS: Mapping[str, str] = MappingProxyType(
    {
        "html": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1",
        "xml": "application/atom+xml,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.1",
        "pdf": "application/pdf,*/*;q=0.1",
        "json": "application/json,*/*;q=0.1",
        "text": "text/plain,*/*;q=0.1",
    }
)


def _caused_by(exc: BaseException, kind: type[BaseException]) -> bool:
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, kind):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


class _Retryable(Exception):
    """An attempt that may be tried again; ``error`` is raised when it may not."""

    def __init__(self, error: FetchError, retry_after: float | None = None):
        super().__init__(str(error))
        self.error = error
        self.retry_after = retry_after


@dataclass(frozen=True)
class _Redirect:
    location: str


def parse_retry_after(value: str | None, *, now: datetime | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header: delta-seconds or an HTTP-date."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    now = now or datetime.now(timezone.utc)
    return max(0.0, (when - now).total_seconds())


class Fetcher:
    """Safe GETs under one ``FetchPolicy``. Thread-safe; close it when done."""

    def __init__(
        self,
        policy: FetchPolicy,
        client: httpx.Client,
        *,
        check_addresses: bool,
        sleep: Callable[[float], None],
        clock: Callable[[], float],
        rng: random.Random,
    ):
        self.policy = policy
        self._client = client
        self._check_addresses = check_addresses
        self._sleep = sleep
        self._clock = clock
        self._rng = rng
        self._lock = threading.Lock()
        self._next_slot: dict[str, float] = {}
        self._host_slots: dict[str, threading.BoundedSemaphore] = {}

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        self._client.close()

    # ------------------------------------------------------------ public

    def get(
        self,
        url: str,
        *,
        headers: Mapping[str, str] | None = None,
        accept: str | None = None,
        etag: str | None = None,
        last_modified: str | None = None,
    ) -> Response:
        """The body at ``url``: a 2xx, or a 304 when ``etag``/``last_modified`` still hold."""
        kinds = accepted_kinds(accept)
        started = self._clock()
        deadline_at = started + self.policy.deadline
        request_headers = {
            "user-agent": self.policy.user_agent,
            "accept-encoding": "gzip, deflate, br, zstd",
            "accept": _ACCEPT_HEADERS.get(accept or "", accept or "*/*"),
        }
        if etag:
            request_headers["if-none-match"] = etag
        if last_modified:
            request_headers["if-modified-since"] = last_modified
        request_headers.update({k.lower(): v for k, v in (headers or {}).items()})
        conditional = bool(etag or last_modified)

        redirects: list[str] = []
        current = url
        while True:
            outcome = self._get_one(current, request_headers, kinds, conditional, deadline_at)
            if isinstance(outcome, _Redirect):
                redirects.append(current)
                if len(redirects) > self.policy.max_redirects:
                    raise FetchError(
                        f"more than {self.policy.max_redirects} redirects: " + " -> ".join(redirects),
                        reason="too_many_redirects",
                        url=url,
                    )
                following = urljoin(current, outcome.location)
                # A second visit can be legitimate (a cookie set, then back to the
                # page); a third is a loop.
                if redirects.count(following) >= 2:
                    raise FetchError(
                        "redirect loop: " + " -> ".join([*redirects, following]),
                        reason="too_many_redirects",
                        url=url,
                    )
                current = following
                continue
            status, response_headers, body = outcome
            return Response(
                url=current,
                status=status,
                headers=response_headers,
                body=body,
                redirects=tuple(redirects),
                elapsed=self._clock() - started,
            )

    # ------------------------------------------------------------ one URL, with retries

    def _get_one(self, url, headers, kinds, conditional, deadline_at):  # type: ignore[no-untyped-def]
        policy = self.policy
        netguard.check_url(
            url,
            allowed_ports=policy.allowed_ports,
            rules=policy.address_rules,
            check_literal_address=self._check_addresses,
        )
        host = (urlsplit(url).hostname or "").lower()
        attempt = 0
        while True:
            try:
                return self._attempt(url, host, headers, kinds, conditional, deadline_at)
            except _Retryable as retry:
                if attempt >= policy.retries:
                    raise retry.error from None
                if retry.retry_after is not None:
                    delay = min(retry.retry_after, policy.retry_after_max)
                else:
                    # Full jitter: spreads clients that failed together.
                    delay = self._rng.uniform(0, min(policy.backoff_max, policy.backoff_base * 2**attempt))
                if self._clock() + delay >= deadline_at:
                    raise retry.error from None
                self._sleep(delay)
                attempt += 1

    def _wait_for_turn(self, host: str, deadline_at: float, url: str) -> None:
        """Reserve the next request slot for ``host`` and sleep until it comes."""
        interval = self.policy.interval_for(host)
        if interval <= 0:
            return
        with self._lock:
            now = self._clock()
            start = max(now, self._next_slot.get(host, now))
            if start >= deadline_at:
                raise FetchTimeout(f"{host} asks for {interval:g} s between requests: past the deadline", url=url)
            self._next_slot[host] = start + interval
        if start > now:
            self._sleep(start - now)

    def _host_slot(self, host: str) -> threading.BoundedSemaphore:
        with self._lock:
            slot = self._host_slots.get(host)
            if slot is None:
                slot = threading.BoundedSemaphore(max(1, self.policy.per_host_concurrency))
                self._host_slots[host] = slot
            return slot

    def _attempt(self, url, host, headers, kinds, conditional, deadline_at):  # type: ignore[no-untyped-def]
        slot = self._host_slot(host)
        if not slot.acquire(timeout=max(0.0, deadline_at - self._clock())):
            raise FetchTimeout(f"no free connection slot for {host} before the deadline", url=url)
        try:
            self._wait_for_turn(host, deadline_at, url)
            _Deadline.set(self._clock, deadline_at)
            try:
                return self._exchange(url, headers, kinds, conditional, deadline_at)
            except (httpx.TimeoutException, httpcore.TimeoutException) as exc:
                error = FetchTimeout(f"timed out: {exc or type(exc).__name__}", url=url)
                if self._clock() >= deadline_at:
                    raise error from None
                raise _Retryable(error) from None
            except (httpx.TransportError, httpcore.NetworkError, httpcore.RemoteProtocolError) as exc:
                error = FetchError(f"connection failed: {exc or type(exc).__name__}", url=url)
                if _caused_by(exc, ssl.SSLCertVerificationError):
                    raise error from None  # a wrong certificate will still be wrong in a second
                # Resets and refused connections: transient often enough to try again.
                raise _Retryable(error) from None
            except zlib.error as exc:
                raise FetchError(f"undecodable body: {exc}", url=url) from None
            except (brotli.error, zstandard.ZstdError) as exc:
                raise FetchError(f"undecodable body: {exc}", url=url) from None
            finally:
                _Deadline.set(None, None)
        finally:
            slot.release()

    def _exchange(self, url, headers, kinds, conditional, deadline_at):  # type: ignore[no-untyped-def]
        policy = self.policy
        left = deadline_at - self._clock()
        if left <= 0:
            raise FetchTimeout("deadline passed", url=url)
        per_operation = min(policy.timeout, left)
        timeout = httpx.Timeout(per_operation)
        with self._client.stream("GET", url, headers=headers, timeout=timeout) as response:
            status = response.status_code
            response_headers = MappingProxyType(
                {name.lower(): ", ".join(response.headers.get_list(name)) for name in response.headers.keys()}
            )
            if status in _REDIRECT_STATUSES:
                location = response.headers.get("location")
                if not location:
                    raise FetchError(f"redirect {status} without a Location", url=url, status=status)
                return _Redirect(location)
            if status == 304:
                if not conditional:
                    raise FetchError("304 to a request that was not conditional", url=url, status=status)
                return status, response_headers, b""
            retry_after = parse_retry_after(response.headers.get("retry-after"))
            if status == 429:
                raise _Retryable(
                    FetchError("rate limited (429)", reason="rate_limited", url=url, status=status), retry_after
                )
            if status >= 500:
                raise _Retryable(
                    FetchError(f"server error ({status})", reason="server_error", url=url, status=status), retry_after
                )
            if status in (404, 410):
                raise FetchError(f"not found ({status})", reason="not_found", url=url, status=status)
            if status in (401, 403):
                raise FetchError(f"forbidden ({status})", reason="forbidden", url=url, status=status)
            if not 200 <= status < 300:
                raise FetchError(f"unexpected status {status}", url=url, status=status)

            media_type = response_headers.get("content-type", "").split(";")[0].strip().lower()
            if kinds is not None and not _declared_type_ok(kinds, media_type):
                raise FetchError(
                    f"expected {' or '.join(kinds)}, the server says {media_type}", reason="bad_content_type", url=url
                )
            content_encoding = response_headers.get("content-encoding", "")
            declared_length = response_headers.get("content-length", "")
            if declared_length.isdigit() and int(declared_length) > policy.max_bytes:
                raise TooLarge(f"body of {declared_length} bytes, over the {policy.max_bytes} cap", url=url)
            body = self._read_body(response, content_encoding, kinds, media_type, url, deadline_at)
            return status, response_headers, body

    def _read_body(self, response, content_encoding, kinds, media_type, url, deadline_at) -> bytes:  # type: ignore[no-untyped-def]
        cap = self.policy.max_bytes
        raw_seen = 0

        def raw_chunks() -> Iterator[bytes]:
            nonlocal raw_seen
            for chunk in response.iter_raw():
                raw_seen += len(chunk)
                if raw_seen > cap:
                    raise TooLarge(f"body over the {cap}-byte cap before decoding", url=url)
                if self._clock() >= deadline_at:
                    raise FetchTimeout("deadline passed while reading the body", url=url)
                yield chunk

        if response.is_stream_consumed:
            # A transport that built its response from bytes (httpx.MockTransport,
            # recorded responses): httpx has already undone Content-Encoding.
            pieces: Iterator[bytes] = iter([response.content])
        else:
            pieces = decode_content(raw_chunks(), content_encoding)
        body = bytearray()
        sniffed = kinds is None
        for piece in pieces:
            body += piece
            if len(body) > cap:
                raise TooLarge(f"decoded body over the {cap}-byte cap", url=url)
            if not sniffed and len(body) >= SNIFF_BYTES:
                _check_sniffed(kinds, media_type, bytes(body[:SNIFF_BYTES]), url)
                sniffed = True
            if self._clock() >= deadline_at:
                raise FetchTimeout("deadline passed while decoding the body", url=url)
        if not sniffed:
            _check_sniffed(kinds, media_type, bytes(body), url)
        return bytes(body)


def make_fetcher(
    policy: FetchPolicy | None = None,
    transport: httpx.BaseTransport | None = None,
    *,
    sleep: Callable[[float], None] = time.sleep,
    clock: Callable[[], float] = time.monotonic,
    resolver: Resolver | None = None,
    rng: random.Random | None = None,
    ssl_context: ssl.SSLContext | None = None,
) -> Fetcher:
    """The fetcher everything uses. ``transport`` replaces the network (recorded
    responses, tests) and with it the address checks; ``resolver`` replaces
    DNS for the pinned connections and ``ssl_context`` the trusted CAs (tests)."""
    policy = policy or FetchPolicy()
    if transport is None:
        backend = PinnedBackend(policy.address_rules, resolver=resolver or system_resolver)
        transport = _PinnedTransport(backend, ssl_context)
        check_addresses = True
    else:
        check_addresses = False
    client = httpx.Client(
        transport=transport,
        follow_redirects=False,  # every hop goes back through the guard
        trust_env=False,  # a proxy from the environment would bypass the pinned connections
        timeout=policy.timeout,
    )
    return Fetcher(
        policy,
        client,
        check_addresses=check_addresses,
        sleep=sleep,
        clock=clock,
        rng=rng or random.Random(),
    )
