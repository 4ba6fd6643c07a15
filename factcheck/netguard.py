"""Which network targets the fetcher may reach: the SSRF guard.

Pure functions, no sockets and no DNS: ``fetch.py`` calls them on every URL
(every redirect hop included) and on every address a host name resolves to,
right before it connects to that very address.

Why our own tables rather than ``ipaddress.is_global``: ``is_global`` says
NAT64 (``64:ff9b::7f00:1``), 6to4 and some IETF ranges are global, and it
knows nothing of cloud metadata endpoints. The tables below follow the IANA
special-purpose address registries and only let through what a public source
can live on.

Host spellings: URLs reach the network through ``getaddrinfo``, which (like
``inet_aton``) reads ``127.1``, ``2130706433``, ``0x7f000001``,
``0177.0.0.1`` and ``0x7f.1`` as 127.0.0.1. ``parse_host_address`` reads the
same spellings so a literal is refused before any connection, and a host
whose last label is numeric but is no valid address is refused too (it can
only be a trick: no DNS name ends in a number).
"""

from __future__ import annotations

import ipaddress
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urlsplit

from factcheck.errors import BlockedAddress

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

ALLOWED_SCHEMES = frozenset({"http", "https"})
DEFAULT_PORTS = {"http": 80, "https": 443}


@dataclass(frozen=True)
class AddressRules:
    """What, beyond public unicast addresses, a fetch may reach."""

    allow_private: bool = False  # RFC 1918, carrier-grade NAT, IPv6 unique-local
    allow_loopback: bool = False  # 127/8 and ::1: only tests talking to their own servers
    allow_link_local: bool = False  # 169.254/16, fe80::/10 and cloud metadata endpoints


def _nets(*cidrs: str) -> tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...]:
    return tuple(ipaddress.ip_network(cidr) for cidr in cidrs)


# Cloud instance metadata: credentials live there. Checked first so that
# allow_private never opens them (fd00:ec2::254 is inside the unique-local
# range, 100.100.100.200 inside carrier-grade NAT, 168.63.129.16 is public).
METADATA = _nets(
    "169.254.169.254/32",  # AWS, GCP, Azure, OpenStack, ...
    "169.254.170.2/32",  # AWS ECS task credentials
    "fd00:ec2::254/128",  # AWS IPv6 metadata
    "100.100.100.200/32",  # Alibaba Cloud
    "168.63.129.16/32",  # Azure wire server
)
LOOPBACK = _nets("127.0.0.0/8", "::1/128")
PRIVATE = _nets("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10", "fc00::/7")
LINK_LOCAL = _nets("169.254.0.0/16", "fe80::/10")

# Never reachable, whatever the options: (network, why).
ALWAYS_BLOCKED: tuple[tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, str], ...] = tuple(
    (ipaddress.ip_network(cidr), why)
    for cidr, why in (
        ("0.0.0.0/8", "unspecified or this-network address"),
        ("192.0.0.0/24", "IETF protocol assignment"),
        ("192.0.2.0/24", "documentation range"),
        ("198.51.100.0/24", "documentation range"),
        ("203.0.113.0/24", "documentation range"),
        ("198.18.0.0/15", "benchmarking range"),
        ("192.88.99.0/24", "6to4 relay anycast"),
        ("224.0.0.0/4", "multicast"),
        ("240.0.0.0/4", "reserved range"),
        ("::/128", "unspecified address"),
        ("::ffff:0:0:0/96", "IPv4-translated address"),
        ("64:ff9b::/96", "NAT64 translation prefix"),
        ("64:ff9b:1::/48", "local-use NAT64 prefix"),
        ("100::/64", "discard-only prefix"),
        ("2001::/32", "Teredo tunnel"),
        ("2001::/23", "IETF protocol assignment"),
        ("2001:db8::/32", "documentation range"),
        ("3fff::/20", "documentation range"),
        ("2002::/16", "6to4 tunnel"),
        ("fec0::/10", "deprecated site-local"),
        ("ff00::/8", "multicast"),
    )
)
GLOBAL_UNICAST_V6 = ipaddress.ip_network("2000::/3")
IPV4_COMPATIBLE = ipaddress.ip_network("::/96")

_NUMERIC_LABEL = re.compile(r"^(0x[0-9a-f]*|[0-9]+)$")


def block_reason(address: IPAddress, rules: AddressRules = AddressRules()) -> str | None:
    """Why ``address`` must not be reached under ``rules``; ``None`` when it may."""
    if isinstance(address, ipaddress.IPv6Address):
        if address.scope_id:
            return "IPv6 address with a zone id"
        if address.ipv4_mapped is not None:
            # ::ffff:a.b.c.d is the IPv4 address a.b.c.d on a dual-stack socket.
            return block_reason(address.ipv4_mapped, rules)
    if any(address in net for net in METADATA):
        if rules.allow_link_local:
            return None
        return "cloud metadata endpoint"
    for net, why in ALWAYS_BLOCKED:
        if address in net:
            return why
    if any(address in net for net in LOOPBACK):
        return None if rules.allow_loopback else "loopback address"
    if any(address in net for net in LINK_LOCAL):
        return None if rules.allow_link_local else "link-local address"
    if any(address in net for net in PRIVATE):
        return None if rules.allow_private else "private address"
    if isinstance(address, ipaddress.IPv6Address):
        if address in IPV4_COMPATIBLE:
            return "IPv4-compatible IPv6 address"
        if address not in GLOBAL_UNICAST_V6:
            return "reserved IPv6 range"
    return None


def check_address(address: IPAddress | str, rules: AddressRules, *, url: str | None = None) -> IPAddress:
    """The address, parsed, or ``BlockedAddress`` when it must not be reached."""
    parsed = address if not isinstance(address, str) else _parse_resolved(address)
    reason = block_reason(parsed, rules)
    if reason is not None:
        raise BlockedAddress(f"refused {parsed}: {reason}", url=url)
    return parsed


def check_addresses(addresses: Iterable[str], rules: AddressRules, *, host: str, url: str | None = None) -> list[IPAddress]:
    """Every address a name resolved to must be allowed, or none is used.

    One bad answer among good ones means the name is under hostile control
    (or misconfigured): refusing the whole name closes the round-robin trick.
    """
    checked = []
    for raw in addresses:
        parsed = _parse_resolved(raw)
        reason = block_reason(parsed, rules)
        if reason is not None:
            raise BlockedAddress(f"refused {host}: it resolves to {parsed} ({reason})", url=url)
        checked.append(parsed)
    if not checked:
        raise BlockedAddress(f"refused {host}: it resolves to no address", url=url)
    return checked


def _parse_resolved(raw: str) -> IPAddress:
    try:
        return ipaddress.ip_address(raw)
    except ValueError:
        raise BlockedAddress(f"refused unreadable address {raw!r}") from None


def parse_host_address(host: str) -> IPAddress | None:
    """The address a URL host names literally, read the way resolvers read it.

    ``None`` for a DNS name. Raises ``BlockedAddress`` for hosts that are no
    valid name and no valid address but that some resolver might still turn
    into one (numeric last label, percent signs, zone ids).
    """
    if host.startswith("[") and host.endswith("]"):
        host = host[1:-1]
    # Full-width digits and dots are mapped by IDNA before resolution.
    host = unicodedata.normalize("NFKC", host).lower()
    if "%" in host:
        raise BlockedAddress(f"refused host {host!r}: percent sign or zone id in the host")
    if ":" in host:
        try:
            return ipaddress.IPv6Address(host)
        except ValueError:
            raise BlockedAddress(f"refused host {host!r}: not a valid IPv6 address") from None
    if host.endswith("."):
        host = host[:-1]
    labels = host.split(".")
    if not labels or not _NUMERIC_LABEL.match(labels[-1]):
        return None
    value = _inet_aton(labels)
    if value is None:
        raise BlockedAddress(f"refused host {host!r}: a numeric host that is no valid address")
    return ipaddress.IPv4Address(value)


def _inet_aton(labels: list[str]) -> int | None:
    """``inet_aton`` semantics: 1 to 4 parts, each decimal, octal (0...) or hex (0x...)."""
    if not 1 <= len(labels) <= 4:
        return None
    numbers = []
    for label in labels:
        if not _NUMERIC_LABEL.match(label):
            return None
        if label == "0x":
            return None  # inet_aton refuses a bare prefix: a resolver would take it for a name
        if label.startswith("0x"):
            number = int(label[2:], 16)
        elif len(label) > 1 and label.startswith("0"):
            if not all(c in "01234567" for c in label):
                return None
            number = int(label, 8)
        else:
            number = int(label)
        numbers.append(number)
    # The last part fills every byte the earlier parts leave: 127.1 is 127.0.0.1.
    *leading, last = numbers
    if any(n > 255 for n in leading) or last >= 256 ** (4 - len(leading)):
        return None
    value = 0
    for n in leading:
        value = value * 256 + n
    return value * 256 ** (4 - len(leading)) + last


@dataclass(frozen=True)
class Target:
    """A URL that passed the URL-level checks: where a connection would go."""

    scheme: str
    host: str  # lower-cased, brackets stripped
    port: int
    address: IPAddress | None  # set when the host is a literal address


def check_url(
    url: str,
    *,
    allowed_ports: frozenset[int],
    rules: AddressRules,
    check_literal_address: bool = True,
) -> Target:
    """Scheme, user info, port and literal-address checks on one URL.

    Names are not resolved here: the connection layer resolves them once and
    checks every answer (``check_addresses``) before it connects.
    """
    if any(ch.isspace() or ord(ch) < 0x20 or ch == "\x7f" or ch == "\\" for ch in url):
        raise BlockedAddress("refused URL: whitespace, control character or backslash in it", url=url)
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise BlockedAddress(f"refused URL: {exc}", url=url) from None
    scheme = parts.scheme.lower()
    if scheme not in ALLOWED_SCHEMES:
        raise BlockedAddress(f"refused URL: scheme {scheme or '(none)'!r} is not http or https", url=url)
    if "@" in parts.netloc:
        raise BlockedAddress("refused URL: user info (user@host) in it", url=url)
    host = parts.hostname or ""
    if not host:
        raise BlockedAddress("refused URL: no host", url=url)
    port = port if port is not None else DEFAULT_PORTS[scheme]
    if port not in allowed_ports:
        raise BlockedAddress(f"refused URL: port {port} is not allowed", url=url)
    # The bracketed form keeps a zone id that hostname would hide from us.
    netloc_host = parts.netloc.rsplit("@", 1)[-1]
    if netloc_host.startswith("["):
        host = netloc_host[: netloc_host.index("]") + 1] if "]" in netloc_host else netloc_host
    address = parse_host_address(host)
    if address is not None and check_literal_address:
        check_address(address, rules, url=url)
    return Target(scheme=scheme, host=host.strip("[]").lower(), port=port, address=address)
