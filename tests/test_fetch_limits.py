"""Deadlines, decoded-size caps, redirects and content checks, against real local servers."""

from __future__ import annotations

import gzip
import json
import os
import pathlib
import subprocess
import sys
import time
import zlib

import brotli
import pytest
import zstandard

from factcheck.errors import FetchError, FetchTimeout, TooLarge
from factcheck.fetch import FetchPolicy, accepted_kinds, decode_content, make_fetcher, sniff
from support_servers import BOMBS, BOMBS_DIR, running_server

ROOT = pathlib.Path(__file__).resolve().parent.parent


@pytest.fixture
def server():
    with running_server() as running:
        yield running


def loopback_policy(server, **overrides) -> FetchPolicy:  # type: ignore[no-untyped-def]
    return FetchPolicy(allowed_ports=frozenset({server.port}), allow_loopback=True, **overrides)


# ---------------------------------------------------------------- total deadline

DEADLINE = 1.5
SLACK = 0.5  # scheduling and teardown on a busy 2-core machine


@pytest.mark.parametrize("path", ["/drip?n=60", "/stall", "/stall-headers"])
def test_slow_server_cannot_hold_a_request_past_the_deadline(server, path: str) -> None:
    # The per-operation timeout (10 s) never trips on a byte a second: only the deadline can stop it.
    policy = loopback_policy(server, timeout=10.0, deadline=DEADLINE, retries=3)
    with make_fetcher(policy) as fetcher:
        started = time.monotonic()
        with pytest.raises(FetchTimeout) as caught:
            fetcher.get(server.url(path))
        elapsed = time.monotonic() - started
    assert caught.value.reason == "timeout"
    assert DEADLINE - 0.1 <= elapsed <= DEADLINE + SLACK, elapsed


def test_retries_of_timeouts_stay_within_the_deadline(server) -> None:
    policy = loopback_policy(server, timeout=0.3, deadline=DEADLINE, retries=10, backoff_base=0.05)
    with make_fetcher(policy) as fetcher:
        started = time.monotonic()
        with pytest.raises(FetchTimeout):
            fetcher.get(server.url("/stall"))
        elapsed = time.monotonic() - started
    assert elapsed <= DEADLINE + SLACK
    assert len(server.requests) >= 2  # it did try again while time was left


# ---------------------------------------------------------------- decompression bombs

MEASURE = """
import json, sys
from factcheck.errors import TooLarge
from factcheck.fetch import FetchPolicy, make_fetcher

def status(field):
    with open("/proc/self/status") as lines:
        return next(int(line.split()[1]) for line in lines if line.startswith(field + ":"))

port, path, cap = int(sys.argv[1]), sys.argv[2], int(sys.argv[3])
policy = FetchPolicy(allowed_ports=frozenset({port}), allow_loopback=True, max_bytes=cap)
with make_fetcher(policy) as fetcher:
    fetcher.get(f"http://127.0.0.1:{port}/ok")  # warm up: imports, pool, buffers
    # Reset the peak-RSS mark so start-up peaks do not hide or inflate what the bomb costs.
    with open("/proc/self/clear_refs", "w") as clear:
        clear.write("5")
    before = status("VmRSS")
    try:
        fetcher.get(f"http://127.0.0.1:{port}{path}")
        outcome = "read"
    except TooLarge as error:
        outcome = error.reason
    peak = status("VmHWM")
print(json.dumps({"outcome": outcome, "peak_growth_kib": peak - before}))
"""


def measure_bomb(server, bomb: str, cap: int) -> dict:  # type: ignore[no-untyped-def]
    # Measured in a fresh process: the test process's memory high-water mark is already wherever it is.
    run = subprocess.run(
        [sys.executable, "-c", MEASURE, str(server.port), f"/bomb/{bomb}", str(cap)],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert run.returncode == 0, run.stderr
    result = json.loads(run.stdout)
    print(f"{bomb}, cap {cap / 2**20:g} MiB: peak RSS growth {result['peak_growth_kib'] / 1024:.1f} MiB")
    return result


@pytest.mark.parametrize("bomb", sorted(BOMBS))
def test_decompression_bomb_stops_at_the_default_cap(server, bomb: str) -> None:
    result = measure_bomb(server, bomb, FetchPolicy().max_bytes)
    assert result["outcome"] == "too_large"
    # 512 MiB inflated; the 20 MiB cap of decoded bytes is the one buffer that grows.
    assert result["peak_growth_kib"] < 40 * 1024


@pytest.mark.parametrize("bomb", sorted(BOMBS))
def test_decoding_itself_needs_little_memory(server, bomb: str) -> None:
    result = measure_bomb(server, bomb, 2**20)
    assert result["outcome"] == "too_large"
    assert result["peak_growth_kib"] < 16 * 1024


@pytest.mark.parametrize("bomb", sorted(BOMBS))
def test_every_decoding_step_is_bounded(bomb: str) -> None:
    filename, encoding = BOMBS[bomb]
    data = (BOMBS_DIR / filename).read_bytes()
    steps = decode_content(iter([data]), encoding)
    sizes = [len(next(steps)) for _ in range(64)]
    # 64 KiB steps; brotli's output limit stops the buffer growing once reached, so a step may overshoot a little.
    assert max(sizes) <= 128 * 1024


def test_small_cap_applies_to_decoded_bytes(server) -> None:
    with make_fetcher(loopback_policy(server, max_bytes=100_000)) as fetcher:
        with pytest.raises(TooLarge) as caught:
            fetcher.get(server.url("/bomb/gzip-gzip"))  # 980 bytes on the wire
    assert caught.value.reason == "too_large"


def test_declared_length_over_the_cap_is_refused_before_reading(server) -> None:
    with make_fetcher(loopback_policy(server, max_bytes=50)) as fetcher:
        with pytest.raises(TooLarge, match="82 bytes"):
            fetcher.get(server.url("/ok"))


def test_multi_member_gzip_and_both_deflate_forms_decode() -> None:
    members = gzip.compress(b"first ") + gzip.compress(b"second")
    assert b"".join(decode_content([members], "gzip")) == b"first second"
    assert b"".join(decode_content([zlib.compress(b"wrapped")], "deflate")) == b"wrapped"
    raw = zlib.compressobj(wbits=-15)
    assert b"".join(decode_content([raw.compress(b"raw") + raw.flush()], "deflate")) == b"raw"
    stacked = brotli.compress(gzip.compress(b"two layers"))
    assert b"".join(decode_content([stacked], "gzip, br")) == b"two layers"
    split = zstandard.ZstdCompressor().compress(b"z" * 1000)
    assert b"".join(decode_content([split[:5], split[5:]], "zstd")) == b"z" * 1000


@pytest.mark.parametrize(
    ("body", "encoding", "message"),
    [
        (brotli.compress(b"x" * 1000)[:-3], "br", "truncated"),
        (b"plain", "compress", "unsupported"),
        (b"plain", "gzip, gzip, gzip, gzip", "stacked"),
    ],
)
def test_bad_encodings_are_errors(body: bytes, encoding: str, message: str) -> None:
    with pytest.raises(FetchError, match=message):
        b"".join(decode_content([body], encoding))


def test_zstd_window_over_8_mib_is_refused() -> None:
    params = zstandard.ZstdCompressionParameters.from_level(3, window_log=25)
    streaming = zstandard.ZstdCompressor(compression_params=params).compressobj()
    frame = streaming.compress(os.urandom(64) * 10) + streaming.flush()  # size unknown: the 32 MiB window stays
    assert zstandard.get_frame_parameters(frame).window_size == 32 * 2**20
    with pytest.raises(zstandard.ZstdError, match="too much memory"):
        b"".join(decode_content([frame], "zstd"))


# ---------------------------------------------------------------- redirects


def test_redirect_chain_is_recorded(server) -> None:
    with make_fetcher(loopback_policy(server, max_redirects=5)) as fetcher:
        response = fetcher.get(server.url("/redirect/chain/5"))
    assert response.status == 200
    assert response.url == server.url("/redirect/chain/0")
    assert response.redirects == tuple(server.url(f"/redirect/chain/{n}") for n in (5, 4, 3, 2, 1))


def test_too_many_redirects(server) -> None:
    with make_fetcher(loopback_policy(server, max_redirects=5)) as fetcher:
        with pytest.raises(FetchError) as caught:
            fetcher.get(server.url("/redirect/chain/6"))
    assert caught.value.reason == "too_many_redirects"
    assert len(server.requests) == 6


def test_redirect_loop_is_cut_short(server) -> None:
    with make_fetcher(loopback_policy(server)) as fetcher:
        with pytest.raises(FetchError, match="loop") as caught:
            fetcher.get(server.url("/redirect/loop"))
    assert caught.value.reason == "too_many_redirects"
    assert len(server.requests) == 2  # not the 6 that max_redirects alone would allow


def test_redirect_back_to_the_same_page_with_a_cookie_is_no_loop(server) -> None:
    with make_fetcher(loopback_policy(server)) as fetcher:
        response = fetcher.get(server.url("/cookie-check"))
    assert response.status == 200
    assert response.redirects == (server.url("/cookie-check"),)


# ---------------------------------------------------------------- content type


@pytest.mark.parametrize(
    ("body", "content_type", "accept", "ok"),
    [
        ("html", "text/html; charset=utf-8", "html", True),
        ("pdf", "application/pdf", "pdf", True),
        ("pdf", "application/octet-stream", "pdf", True),
        ("json", "application/json", "json", True),
        ("xml", "application/atom+xml; charset=utf-8", "xml", True),
        ("html", "application/pdf", "pdf", False),  # the declared type is wrong
        ("html", "application/octet-stream", "pdf", False),  # a login page where a PDF should be
        ("pdf", "text/html", "html", False),  # the bytes contradict the header
        ("png", "text/html", "html", False),
        ("html", "application/json", "json", False),
        ("json", "application/octet-stream", "html", False),
        ("png", "application/octet-stream", "xml", False),
    ],
)
def test_content_type_is_checked_and_sniffed(server, body: str, content_type: str, accept: str, ok: bool) -> None:
    url = server.url(f"/body/{body}?ct={content_type.replace(' ', '%20').replace(';', '%3B').replace('+', '%2B')}")
    with make_fetcher(loopback_policy(server)) as fetcher:
        if ok:
            assert fetcher.get(url, accept=accept).status == 200
        else:
            with pytest.raises(FetchError) as caught:
                fetcher.get(url, accept=accept)
            assert caught.value.reason == "bad_content_type"


def test_sniff_reads_first_bytes() -> None:
    assert sniff(b"\xef\xbb\xbf  <!DOCTYPE html><html>") == "html"
    assert sniff(b'<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml">') == "html"
    assert sniff(b'<?xml version="1.0"?><feed/>') == "xml"
    assert sniff(b"junk\n%PDF-1.4") == "pdf"
    assert sniff(b"\x1f\x8b\x08\x00") == "binary"
    assert sniff(b"  [1, 2]") == "json"
    assert sniff(b"Plain words.") == "text"


def test_accept_must_be_a_known_kind(server) -> None:
    with make_fetcher(loopback_policy(server)) as fetcher:
        with pytest.raises(ValueError):
            fetcher.get(server.url("/ok"), accept="image")


@pytest.mark.parametrize(
    ("body", "content_type", "ok"),
    [
        ("html", "text/html", True),
        ("html", "text/markdown", True),
        ("json", "text/plain", True),
        ("pdf", "application/pdf", False),
        ("png", "application/octet-stream", False),
    ],
)
def test_accept_as_media_types(server, body: str, content_type: str, ok: bool) -> None:
    # How an article URL is asked for: an Accept header value rather than one kind.
    accept = "text/html,application/xhtml+xml,text/markdown,text/plain;q=0.9"
    url = server.url(f"/body/{body}?ct={content_type}")
    with make_fetcher(loopback_policy(server)) as fetcher:
        if ok:
            response = fetcher.get(url, accept=accept)
            assert response.status == 200
            assert server.requests[-1][1]["accept"] == accept
        else:
            with pytest.raises(FetchError) as caught:
                fetcher.get(url, accept=accept)
            assert caught.value.reason == "bad_content_type"


def test_accepted_kinds() -> None:
    assert accepted_kinds("pdf") == ("pdf",)
    assert accepted_kinds("application/atom+xml, */*;q=0.1") == ("xml",)
    assert accepted_kinds("*/*") is None
    with pytest.raises(ValueError):
        accepted_kinds("image/png")
