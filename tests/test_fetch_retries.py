"""Retries, backoff, Retry-After, per-host politeness and concurrency, conditional requests."""

from __future__ import annotations

import email.utils
import random
import socket
import threading
import time
from datetime import datetime, timedelta, timezone

import httpx
import pytest

from factcheck.errors import FetchError, FetchTimeout
from factcheck.fetch import FetchPolicy, make_fetcher, parse_retry_after
from support_servers import ETAG, LAST_MODIFIED, running_server


class FakeTime:
    """A clock that only moves when the fetcher sleeps: no test waits for real."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


class Script:
    """A transport answering from a list of (status, headers); it records when each request came."""

    def __init__(self, answers: list[tuple[int, dict[str, str]]], clock=None):  # type: ignore[no-untyped-def]
        self.answers = list(answers)
        self.requests: list[httpx.Request] = []
        self.times: list[float] = []
        self.clock = clock

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if self.clock is not None:
            self.times.append(self.clock())
        status, headers = self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]
        body = b"<html><body>ok</body></html>" if status == 200 else b"error page"
        return httpx.Response(status, headers={"content-type": "text/html", **headers}, content=body)


def fetcher_for(script: Script, fake: FakeTime, **policy):  # type: ignore[no-untyped-def]
    return make_fetcher(
        FetchPolicy(**policy),
        transport=httpx.MockTransport(script),
        sleep=fake.sleep,
        clock=fake.clock,
        rng=random.Random(7),
    )


def test_server_errors_are_retried_with_full_jitter_backoff() -> None:
    fake = FakeTime()
    script = Script([(503, {}), (502, {}), (500, {}), (200, {})])
    with fetcher_for(script, fake, retries=3, backoff_base=0.5, backoff_max=30.0) as fetcher:
        response = fetcher.get("https://example.org/page")
    assert response.status == 200 and response.body == b"<html><body>ok</body></html>"
    assert len(script.requests) == 4
    assert len(fake.sleeps) == 3
    for attempt, delay in enumerate(fake.sleeps):
        assert 0 <= delay <= 0.5 * 2**attempt


def test_jitter_spreads_delays_and_respects_the_cap() -> None:
    fake = FakeTime()
    script = Script([(503, {})])
    with fetcher_for(script, fake, retries=6, backoff_base=1.0, backoff_max=4.0, deadline=1000) as fetcher:
        with pytest.raises(FetchError):
            fetcher.get("https://example.org/page")
    caps = [1, 2, 4, 4, 4, 4]
    assert all(0 <= d <= cap for d, cap in zip(fake.sleeps, caps, strict=True))
    assert len(set(fake.sleeps)) == len(fake.sleeps)  # no two clients would wait in step


def test_server_error_after_retries() -> None:
    fake = FakeTime()
    script = Script([(500, {})])
    with fetcher_for(script, fake, retries=3) as fetcher:
        with pytest.raises(FetchError) as caught:
            fetcher.get("https://example.org/page")
    assert caught.value.reason == "server_error"
    assert caught.value.status == 500
    assert len(script.requests) == 4


def test_rate_limited_after_retries_honouring_retry_after_seconds() -> None:
    fake = FakeTime()
    script = Script([(429, {"retry-after": "7"})])
    with fetcher_for(script, fake, retries=2, deadline=100) as fetcher:
        with pytest.raises(FetchError) as caught:
            fetcher.get("https://example.org/page")
    assert caught.value.reason == "rate_limited"
    assert fake.sleeps == [7.0, 7.0]
    assert len(script.requests) == 3


def test_retry_after_as_http_date() -> None:
    fake = FakeTime()
    when = email.utils.format_datetime(datetime.now(timezone.utc) + timedelta(seconds=12), usegmt=True)
    script = Script([(503, {"retry-after": when}), (200, {})])
    with fetcher_for(script, fake, deadline=100) as fetcher:
        assert fetcher.get("https://example.org/page").status == 200
    assert len(fake.sleeps) == 1 and 9.0 <= fake.sleeps[0] <= 12.0


def test_retry_after_is_capped() -> None:
    fake = FakeTime()
    script = Script([(429, {"retry-after": "3600"}), (200, {})])
    with fetcher_for(script, fake, deadline=1000, retry_after_max=60.0) as fetcher:
        assert fetcher.get("https://example.org/page").status == 200
    assert fake.sleeps == [60.0]


def test_no_retry_wait_runs_past_the_deadline() -> None:
    fake = FakeTime()
    script = Script([(429, {"retry-after": "20"})])
    with fetcher_for(script, fake, deadline=30, retries=5) as fetcher:
        with pytest.raises(FetchError) as caught:
            fetcher.get("https://example.org/page")
    assert caught.value.reason == "rate_limited"
    assert fake.sleeps == [20.0]  # a second 20 s wait would end past 30 s
    assert len(script.requests) == 2


def test_parse_retry_after() -> None:
    now = datetime(2026, 1, 1, 12, 0, 0, tzinfo=timezone.utc)
    assert parse_retry_after("120", now=now) == 120.0
    assert parse_retry_after("Thu, 01 Jan 2026 12:00:30 GMT", now=now) == 30.0
    assert parse_retry_after("Thu, 01 Jan 2026 11:00:00 GMT", now=now) == 0.0
    assert parse_retry_after("soon", now=now) is None
    assert parse_retry_after(None) is None


@pytest.mark.parametrize(("status", "reason"), [(403, "forbidden"), (401, "forbidden"), (404, "not_found"), (410, "not_found"), (400, "fetch_failed")])
def test_client_errors_are_not_retried(status: int, reason: str) -> None:
    fake = FakeTime()
    script = Script([(status, {})])
    with fetcher_for(script, fake) as fetcher:
        with pytest.raises(FetchError) as caught:
            fetcher.get("https://example.org/page")
    assert caught.value.reason == reason
    assert caught.value.status == status
    assert len(script.requests) == 1 and fake.sleeps == []


def test_arxiv_gets_one_request_every_three_seconds() -> None:
    fake = FakeTime()
    script = Script([(200, {})], clock=fake.clock)
    with fetcher_for(script, fake) as fetcher:
        for paper in ("2404.14219", "2306.11644", "2309.05463"):
            fetcher.get(f"https://export.arxiv.org/api/query?id_list={paper}")
        fetcher.get("https://example.org/other")  # another host does not wait
        fetcher.get("https://www.arxiv.org/abs/2404.14219")  # a subdomain follows its parent's rule
    start = script.times[0]
    assert [t - start for t in script.times] == [0.0, 3.0, 6.0, 6.0, 6.0]


def test_politeness_counts_retries_too() -> None:
    fake = FakeTime()
    script = Script([(503, {}), (200, {})], clock=fake.clock)
    with fetcher_for(script, fake, backoff_base=0.1) as fetcher:
        fetcher.get("https://arxiv.org/abs/2404.14219")
    assert script.times[1] - script.times[0] == pytest.approx(3.0)


def test_per_host_concurrency_is_bounded() -> None:
    lock = threading.Lock()
    in_flight: dict[str, int] = {}
    most: dict[str, int] = {}

    def handler(request: httpx.Request) -> httpx.Response:
        host = request.url.host
        with lock:
            in_flight[host] = in_flight.get(host, 0) + 1
            most[host] = max(most.get(host, 0), in_flight[host])
        time.sleep(0.05)
        with lock:
            in_flight[host] -= 1
        return httpx.Response(200, html="<html></html>")

    policy = FetchPolicy(per_host_concurrency=2, min_interval={})
    with make_fetcher(policy, transport=httpx.MockTransport(handler)) as fetcher:
        urls = [f"https://{host}/{n}" for n in range(6) for host in ("a.example", "b.example")]
        threads = [threading.Thread(target=fetcher.get, args=(url,)) for url in urls]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert most == {"a.example": 2, "b.example": 2}


def test_conditional_request_headers_and_304() -> None:
    fake = FakeTime()
    script = Script([(304, {"etag": '"abc"'})])
    with fetcher_for(script, fake) as fetcher:
        response = fetcher.get("https://example.org/page", etag='"abc"', last_modified=LAST_MODIFIED)
    sent = script.requests[0].headers
    assert sent["if-none-match"] == '"abc"'
    assert sent["if-modified-since"] == LAST_MODIFIED
    assert response.status == 304 and response.body == b""


def test_unasked_304_is_an_error() -> None:
    fake = FakeTime()
    with fetcher_for(Script([(304, {})]), fake) as fetcher:
        with pytest.raises(FetchError) as caught:
            fetcher.get("https://example.org/page")
    assert caught.value.reason == "fetch_failed"


def test_request_names_the_tool_and_the_encodings_it_decodes() -> None:
    fake = FakeTime()
    script = Script([(200, {})])
    with fetcher_for(script, fake) as fetcher:
        fetcher.get("https://example.org/page", accept="html", headers={"X-Extra": "1"})
    sent = script.requests[0].headers
    assert sent["user-agent"].startswith("factcheck/")
    assert sent["accept-encoding"] == "gzip, deflate, br, zstd"
    assert sent["accept"].startswith("text/html")
    assert sent["x-extra"] == "1"


# ---------------------------------------------------------------- the same against real servers


@pytest.fixture
def server():
    with running_server() as running:
        yield running


def real_fetcher(server, fake: FakeTime, **policy):  # type: ignore[no-untyped-def]
    return make_fetcher(
        FetchPolicy(allowed_ports=frozenset({server.port}), allow_loopback=True, **policy), sleep=fake.sleep
    )


def test_real_429_with_retry_after_then_success(server) -> None:
    fake = FakeTime()
    with real_fetcher(server, fake) as fetcher:
        response = fetcher.get(server.url("/retry/a?status=429&times=2&after=2"))
    assert response.status == 200
    assert fake.sleeps == [2.0, 2.0]
    assert len(server.requests) == 3


def test_real_5xx_then_success(server) -> None:
    fake = FakeTime()
    with real_fetcher(server, fake, backoff_base=0.01) as fetcher:
        response = fetcher.get(server.url("/retry/b?status=503&times=1"))
    assert response.status == 200 and len(fake.sleeps) == 1


def test_real_etag_round_trip(server) -> None:
    with real_fetcher(server, FakeTime()) as fetcher:
        first = fetcher.get(server.url("/etag"))
        assert first.status == 200 and first.headers["etag"] == ETAG
        again = fetcher.get(server.url("/etag"), etag=first.headers["etag"])
        by_date = fetcher.get(server.url("/etag"), last_modified=first.headers["last-modified"])
    assert (again.status, again.body) == (304, b"")
    assert by_date.status == 304


def test_refused_connection_is_retried_then_fetch_failed() -> None:
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    fake = FakeTime()
    policy = FetchPolicy(allowed_ports=frozenset({port}), allow_loopback=True, retries=2)
    with make_fetcher(policy, sleep=fake.sleep) as fetcher:
        with pytest.raises(FetchError) as caught:
            fetcher.get(f"http://127.0.0.1:{port}/")
    assert caught.value.reason == "fetch_failed"
    assert len(fake.sleeps) == 2


def test_politeness_wait_past_the_deadline_is_a_timeout() -> None:
    fake = FakeTime()
    script = Script([(200, {})])
    with fetcher_for(script, fake, min_interval={"slow.example": 50.0}, deadline=30) as fetcher:
        fetcher.get("https://slow.example/1")
        with pytest.raises(FetchTimeout):
            fetcher.get("https://slow.example/2")
    assert len(script.requests) == 1
