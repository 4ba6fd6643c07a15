"""The SSRF guard: every refused target is refused before any connection."""

from __future__ import annotations

import ipaddress
import socket
import ssl

import httpcore
import httpx
import pytest

from factcheck import netguard
from factcheck.errors import BlockedAddress, FetchError
from factcheck.fetch import FetchPolicy, PinnedBackend, make_fetcher
from support_servers import running_server

DEFAULT_PORTS = frozenset({80, 443, 8080, 8443})

# Targets a source URL must never reach (default policy), with every spelling resolvers accept.
ATTACKS = [
    "http://127.0.0.1/", "http://127.1/", "http://127.0.1/", "http://2130706433/", "http://0x7f000001/",
    "http://0177.0.0.1/", "http://0x7f.1/", "http://0x7f.0x0.0x0.0x1/", "http://017700000001/",
    "http://127.000.000.001/", "http://127.0.0.1./", "http://１２７.０.０.１/",
    "http://[::1]/", "http://[0:0:0:0:0:0:0:1]/", "http://[::ffff:127.0.0.1]/", "http://[::ffff:7f00:1]/",
    "http://[::127.0.0.1]/", "http://[::7f00:1]/",
    "http://[64:ff9b::7f00:1]/", "http://[64:ff9b::a9fe:a9fe]/", "http://[64:ff9b:1::7f00:1]/",
    "http://[2002:7f00:1::]/", "http://[2002:a9fe:a9fe::]/",
    "http://[2001:0:4136:e378:8000:63bf:80ff:fffe]/",  # Teredo, client 127.0.0.1
    "http://[fe80::1%25eth0]/", "http://[fe80::1]/", "http://[::]/", "http://0.0.0.0/", "http://0/",
    "http://10.0.0.1/", "http://172.16.0.1/", "http://172.31.255.255/", "http://192.168.1.1/",
    "http://169.254.169.254/latest/meta-data/", "http://[::ffff:169.254.169.254]/", "http://[fd00:ec2::254]/",
    "http://100.100.100.200/", "http://169.254.170.2/", "http://100.64.0.1/",
    "http://224.0.0.1/", "http://239.255.255.250/", "http://[ff02::1]/", "http://240.0.0.1/",
    "http://255.255.255.255/", "http://198.18.0.1/", "http://198.19.255.255/", "http://[2001:2::1]/",
    "http://192.0.2.1/", "http://198.51.100.7/", "http://203.0.113.9/", "http://[2001:db8::1]/", "http://[3fff::1]/",
    "http://192.0.0.8/", "http://[fc00::1]/", "http://[fd12:3456::1]/", "http://[fec0::1]/", "http://[100::1]/",
    "http://[4000::1]/", "http://[5f00::1]/",  # outside 2000::/3: nothing public lives there
    "http://%31%32%37.0.0.1/", "http://127.0.0.1%2f/", "http://1.2.3.256/", "http://08.1.1.1/",
    "http://user@example.org/", "http://example.org@127.0.0.1/", "http://user:pw@example.org/",
    "http://example.org\\@127.0.0.1/", "http://exa mple.org/",
    "file:///etc/passwd", "ftp://example.org/", "gopher://example.org:70/", "dict://example.org:11211/",
    "http://example.org:22/", "http://example.org:6379/", "https://example.org:25/", "//example.org/",
]
PUBLIC = [
    "https://arxiv.org/abs/2404.14219",
    "http://93.184.215.14/",
    "https://[2606:2800:21f:cb07:6820:80da:af6b:8b2c]/",
    "http://[::ffff:93.184.215.14]/",
    "https://doi.org:443/10.1038/srep16696",
]


class Tripwire:
    """Records every outgoing TCP connection attempt and refuses it."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch):
        self.attempts: list[object] = []
        real = socket.create_connection

        def create_connection(address, *args, **kwargs):  # type: ignore[no-untyped-def]
            self.attempts.append(address)
            if address[0] in ("127.0.0.1", "::1"):  # our own test servers may be reached
                return real(address, *args, **kwargs)
            raise ConnectionRefusedError("tripwire: no traffic leaves 127.0.0.1 in tests")

        monkeypatch.setattr(socket, "create_connection", create_connection)


@pytest.fixture
def tripwire(monkeypatch: pytest.MonkeyPatch) -> Tripwire:
    return Tripwire(monkeypatch)


def no_dns(host: str, port: int) -> list[str]:
    raise AssertionError(f"the guard resolved {host}: literal targets must be refused before DNS")


@pytest.mark.parametrize("url", ATTACKS)
def test_attack_url_is_refused_before_any_connection(url: str, tripwire: Tripwire) -> None:
    with make_fetcher(FetchPolicy(retries=0), resolver=no_dns) as fetcher:
        with pytest.raises(BlockedAddress) as caught:
            fetcher.get(url)
    assert caught.value.reason == "blocked_address"
    assert tripwire.attempts == []


@pytest.mark.parametrize("url", PUBLIC)
def test_public_targets_pass_the_url_checks(url: str) -> None:
    target = netguard.check_url(url, allowed_ports=DEFAULT_PORTS, rules=netguard.AddressRules())
    assert target.scheme in ("http", "https")


LOOPBACK_SPELLINGS = [
    "127.0.0.1", "127.1", "2130706433", "0x7f000001", "0177.0.0.1", "0x7f.1", "127.0.0.1.",
    "[::ffff:127.0.0.1]", "[::ffff:7f00:1]", "[::1]", "localhost",
]


@pytest.mark.parametrize("spelling", LOOPBACK_SPELLINGS)
def test_loopback_server_sees_zero_connections(spelling: str) -> None:
    # The server listens and its port is allowed: only the address check stands in the way.
    with running_server() as server:
        policy = FetchPolicy(allowed_ports=frozenset({server.port}), retries=0)
        with make_fetcher(policy) as fetcher:
            with pytest.raises(BlockedAddress):
                fetcher.get(server.url("/ok", host=spelling))
        assert server.connections == 0
        assert server.requests == []


def test_same_server_is_reachable_once_loopback_is_allowed() -> None:
    # The counterpart of the test above: the refusal is the guard's doing, not a dead server.
    with running_server() as server:
        policy = FetchPolicy(allowed_ports=frozenset({server.port}), allow_loopback=True)
        with make_fetcher(policy) as fetcher:
            response = fetcher.get(server.url("/ok", host="127.1"))
        assert response.status == 200
        assert server.connections == 1


@pytest.mark.parametrize(
    ("name", "answers"),
    [
        ("mixed.test", ["93.184.215.14", "127.0.0.1"]),  # one bad answer spoils the name
        ("metadata.test", ["169.254.169.254"]),
        ("mapped.test", ["::ffff:127.0.0.1"]),
        ("nat64.test", ["64:ff9b::a9fe:a9fe"]),
        ("private.test", ["10.1.2.3", "192.168.0.1"]),
        ("empty.test", []),
    ],
)
def test_every_resolved_address_is_checked(name: str, answers: list[str], tripwire: Tripwire) -> None:
    calls: list[str] = []

    def resolver(host: str, port: int) -> list[str]:
        calls.append(host)
        return answers

    with make_fetcher(FetchPolicy(retries=0), resolver=resolver) as fetcher:
        with pytest.raises(BlockedAddress):
            fetcher.get(f"https://{name}/paper.pdf")
    assert calls == [name]
    assert tripwire.attempts == []


class RecordingConnector:
    def __init__(self) -> None:
        self.calls: list[tuple[str, int]] = []

    def __call__(self, address: str, port: int, timeout: float | None) -> httpcore.NetworkStream:
        self.calls.append((address, port))
        raise httpcore.ConnectError("recorded, not connected")


def test_name_is_resolved_once_and_the_checked_address_is_the_one_connected() -> None:
    # A rebinding name: public for the first lookup, loopback for any later one.
    answers = iter([["93.184.215.14"], ["127.0.0.1"], ["127.0.0.1"]])
    lookups: list[str] = []

    def rebinding(host: str, port: int) -> list[str]:
        lookups.append(host)
        return next(answers)

    connector = RecordingConnector()
    backend = PinnedBackend(netguard.AddressRules(), resolver=rebinding, connector=connector)
    with pytest.raises(httpcore.ConnectError):
        backend.connect_tcp("rebind.test", 443, timeout=1.0)
    assert lookups == ["rebind.test"]
    assert connector.calls == [("93.184.215.14", 443)]


def test_pinned_connection_keeps_the_host_name_in_the_request() -> None:
    lookups: list[str] = []

    def resolver(host: str, port: int) -> list[str]:
        lookups.append(host)
        return ["127.0.0.1"]

    with running_server() as server:
        policy = FetchPolicy(allowed_ports=frozenset({server.port}), allow_loopback=True)
        with make_fetcher(policy, resolver=resolver) as fetcher:
            response = fetcher.get(f"http://source.test:{server.port}/echo-host")
        assert response.body == f"host=source.test:{server.port}".encode()
        assert lookups == ["source.test"]


def test_every_redirect_hop_is_checked_again() -> None:
    with running_server() as first, running_server() as second:
        # Loopback is allowed, but only the first server's port: the hop to the second must be refused.
        policy = FetchPolicy(allowed_ports=frozenset({first.port}), allow_loopback=True, retries=0)
        with make_fetcher(policy) as fetcher:
            with pytest.raises(BlockedAddress):
                fetcher.get(first.url(f"/redirect/to?url={second.url('/ok')}"))
        assert first.connections == 1
        assert second.connections == 0


@pytest.mark.parametrize(
    "location",
    [
        "http://169.254.169.254/latest/meta-data/iam/",
        "http://[::ffff:a9fe:a9fe]/",
        "http://10.0.0.5/admin",
        "file:///etc/passwd",
        "http://user@127.0.0.1/",
        "gopher://127.0.0.1:6379/_FLUSHALL",
    ],
)
def test_redirect_to_a_blocked_target_is_refused(location: str, tripwire: Tripwire) -> None:
    with running_server() as server:
        policy = FetchPolicy(allowed_ports=frozenset({server.port, 80}), allow_loopback=True, retries=0)
        with make_fetcher(policy) as fetcher:
            with pytest.raises(BlockedAddress):
                fetcher.get(server.url("/redirect/to?url=" + location.replace("&", "%26")))
    # The only connection made was to the test server that answered with the redirect.
    assert tripwire.attempts == [("127.0.0.1", server.port)]


def test_redirect_to_a_name_resolving_inside_is_refused(tripwire: Tripwire) -> None:
    def resolver(host: str, port: int) -> list[str]:
        return {"inside.test": ["10.0.0.5"]}.get(host, ["127.0.0.1"])

    with running_server() as server:
        policy = FetchPolicy(allowed_ports=frozenset({server.port}), allow_loopback=True, retries=0)
        with make_fetcher(policy, resolver=resolver) as fetcher:
            with pytest.raises(BlockedAddress, match="10.0.0.5"):
                fetcher.get(server.url(f"/redirect/to?url=http://inside.test:{server.port}/"))
    assert tripwire.attempts == [("127.0.0.1", server.port)]


def test_allow_private_opens_private_ranges_but_not_metadata() -> None:
    private = netguard.AddressRules(allow_private=True)
    for address in ["10.0.0.5", "172.20.1.1", "192.168.1.10", "100.64.0.9", "fd12::1", "::ffff:10.0.0.5"]:
        assert netguard.block_reason(ipaddress.ip_address(address), private) is None, address
    for address in ["169.254.169.254", "fd00:ec2::254", "100.100.100.200", "127.0.0.1", "fe80::1", "0.0.0.0"]:
        assert netguard.block_reason(ipaddress.ip_address(address), private) is not None, address
    metadata_too = netguard.AddressRules(allow_private=True, allow_link_local=True)
    assert netguard.block_reason(ipaddress.ip_address("169.254.169.254"), metadata_too) is None


def test_allow_private_connects_to_the_private_address_it_checked() -> None:
    connector = RecordingConnector()
    backend = PinnedBackend(
        FetchPolicy(allow_private=True).address_rules, resolver=lambda h, p: ["10.0.0.5"], connector=connector
    )
    with pytest.raises(httpcore.ConnectError):
        backend.connect_tcp("nas.internal", 8080, timeout=1.0)
    assert connector.calls == [("10.0.0.5", 8080)]


def test_is_global_alone_would_let_these_through() -> None:
    # Why the guard keeps its own tables.
    for address in ["64:ff9b::7f00:1", "2002:7f00:1::"]:
        assert ipaddress.ip_address(address).is_global
        assert netguard.block_reason(ipaddress.ip_address(address)) is not None


def test_a_transport_skips_address_checks_but_not_url_checks() -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        return httpx.Response(200, html="<html><body>recorded</body></html>")

    with make_fetcher(FetchPolicy(), transport=httpx.MockTransport(handler)) as fetcher:
        assert fetcher.get("http://10.0.0.1/recorded").body == b"<html><body>recorded</body></html>"
        for url in ["file:///etc/passwd", "http://user@example.org/", "http://example.org:22/"]:
            with pytest.raises(BlockedAddress):
                fetcher.get(url)
    assert seen == ["http://10.0.0.1/recorded"]


def test_unix_sockets_are_refused() -> None:
    backend = PinnedBackend(netguard.AddressRules())
    with pytest.raises(BlockedAddress):
        backend.connect_unix_socket("/var/run/docker.sock")


def test_blocked_address_is_a_fetch_error_with_its_reason() -> None:
    with make_fetcher() as fetcher:
        with pytest.raises(FetchError) as caught:
            fetcher.get("http://169.254.169.254/")
    assert caught.value.reason == "blocked_address"
    assert caught.value.url == "http://169.254.169.254/"


# ---------------------------------------------------------------- TLS on a pinned connection


@pytest.fixture
def tls_server():
    trustme = pytest.importorskip("trustme")
    authority = trustme.CA()
    server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    authority.issue_cert("source.test").configure_cert(server_context)
    names: list[str | None] = []
    server_context.sni_callback = lambda sock, name, ctx: names.append(name)
    client_context = ssl.create_default_context()
    authority.configure_trust(client_context)
    with running_server(tls=server_context) as server:
        yield server, client_context, names


def test_tls_to_a_pinned_address_verifies_the_name_and_sends_it_as_sni(tls_server) -> None:
    server, client_context, names = tls_server
    policy = FetchPolicy(allowed_ports=frozenset({server.port}), allow_loopback=True)
    with make_fetcher(policy, resolver=lambda host, port: ["127.0.0.1"], ssl_context=client_context) as fetcher:
        response = fetcher.get(server.url("/echo-host", host="source.test"))
    assert response.body == f"host=source.test:{server.port}".encode()
    assert names == ["source.test"]


def test_tls_certificate_for_another_name_is_refused(tls_server) -> None:
    server, client_context, _names = tls_server
    policy = FetchPolicy(allowed_ports=frozenset({server.port}), allow_loopback=True, retries=3)
    waits: list[float] = []
    with make_fetcher(
        policy, resolver=lambda host, port: ["127.0.0.1"], ssl_context=client_context, sleep=waits.append
    ) as fetcher:
        with pytest.raises(FetchError, match="CERTIFICATE_VERIFY_FAILED|certificate") as caught:
            fetcher.get(server.url("/ok", host="impostor.test"))
    assert caught.value.reason == "fetch_failed"
    assert waits == []  # not retried: the certificate would be just as wrong next time
