"""The guard reads numeric hosts exactly as the system resolver does.

``getaddrinfo`` falls back to ``inet_aton`` for numeric hosts, so a host the
guard read differently could reach an address the guard never checked. These
properties compare the guard's reading with the C library's own.
"""

from __future__ import annotations

import ipaddress
import socket

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import netguard
from factcheck.errors import BlockedAddress


def spell(value: int, style: str) -> str:
    if style == "dec":
        return str(value)
    if style == "oct":
        return "0" + format(value, "o")
    return "0x" + format(value, "x")


@st.composite
def numeric_hosts(draw: st.DrawFn) -> str:
    """1 to 4 parts, each decimal, octal or hex, sometimes out of range."""
    count = draw(st.integers(1, 4))
    parts = []
    for index in range(count):
        last = index == count - 1
        limit = 256 ** (4 - count + 1) if last else 256
        value = draw(st.one_of(st.integers(0, limit - 1), st.integers(limit, limit * 4)))
        parts.append(spell(value, draw(st.sampled_from(["dec", "oct", "hex"]))))
    host = ".".join(parts)
    return host + draw(st.sampled_from(["", "."]))


def system_reading(host: str) -> ipaddress.IPv4Address | None:
    try:
        # The guard reads one trailing dot as the root; inet_aton knows nothing of it.
        return ipaddress.IPv4Address(socket.inet_aton(host.removesuffix(".")))
    except OSError:
        return None


@settings(max_examples=400, deadline=None)
@given(numeric_hosts())
def test_numeric_hosts_read_like_inet_aton(host: str) -> None:
    expected = system_reading(host)
    if expected is None:
        with pytest.raises(BlockedAddress):
            netguard.parse_host_address(host)
    else:
        assert netguard.parse_host_address(host) == expected


@settings(max_examples=300, deadline=None)
@given(st.integers(0, 2**32 - 1), st.sampled_from(["dec", "oct", "hex", "dotted-hex", "short"]))
def test_every_spelling_of_an_address_gets_the_same_verdict(value: int, style: str) -> None:
    address = ipaddress.IPv4Address(value)
    octets = address.packed
    if style == "dotted-hex":
        host = ".".join(hex(o) for o in octets)
    elif style == "short":
        host = f"{octets[0]}.{int.from_bytes(octets[1:], 'big')}"
    else:
        host = spell(value, style)
    assert netguard.parse_host_address(host) == address
    reason = netguard.block_reason(address)
    mapped = ipaddress.IPv6Address(f"::ffff:{address}")
    assert netguard.block_reason(mapped) == reason


@pytest.mark.parametrize(
    "host",
    ["0x", "0x.1", "1.0x", "00", "08", "099", "0x100.1", "1.2.3.4.5", "0xffffffff", "4294967296",
     "1.16777215", "1.16777216", "0.0.0.0x", "0x7f.0.0.01", "1..1", "127.0.0.1."],
)
def test_edge_spellings_read_like_inet_aton(host: str) -> None:
    expected = system_reading(host)
    if expected is None:
        with pytest.raises(BlockedAddress):
            netguard.parse_host_address(host)
    else:
        assert netguard.parse_host_address(host) == expected
