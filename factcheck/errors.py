"""One exception tree for the whole package.

Library code raises these and never prints; ``cli.py`` turns them into a
one-line message and an exit code (2: usage, input or operational error).

    FactcheckError
    ├── InputError              the article or claim file cannot be read or understood
    │   └── UnsupportedInput    a format or scheme we do not read
    ├── ReferenceError_         a reference string that names no source (bad arXiv id, DOI)
    ├── ConfigError             a configuration file or option is wrong
    ├── StoreError              the database cannot be opened, migrated or written
    │   └── StoreReadOnly       read-only file or full disk
    └── SourceUnavailable       a source could not be had; carries a reason code
        ├── FetchError          the network refused, timed out or answered badly
        │   ├── BlockedAddress  the SSRF guard refused the target (reason blocked_address)
        │   ├── TooLarge        the body exceeded the size cap (reason too_large)
        │   └── FetchTimeout    the total deadline passed (reason timeout)
        ├── OfflineNotCached    --offline and the store does not hold it (reason offline_not_cached)
        └── ParseError          the body could not be read as the expected format (reason unparseable)

``SourceUnavailable`` never reaches the user as an error: the pipeline turns it
into an ``unverifiable`` verdict that carries ``reason`` and the message.
"""

from __future__ import annotations


class FactcheckError(Exception):
    """Base of every error this package raises on purpose."""


class InputError(FactcheckError):
    """An article, claim file or argument that cannot be read."""


class UnsupportedInput(InputError):
    """A format or URL scheme we do not read."""


class ReferenceError_(FactcheckError):  # trailing underscore: ReferenceError is a builtin
    """A reference string that does not name a source."""


class ConfigError(FactcheckError):
    """A configuration file or option value that is wrong."""


class StoreError(FactcheckError):
    """The database cannot be opened, migrated or written."""


class StoreReadOnly(StoreError):
    """The database file or its folder is read-only, or the disk is full."""


class SourceUnavailable(FactcheckError):
    """A source could not be had. ``reason`` is a short machine-readable code."""

    reason = "fetch_failed"

    def __init__(self, message: str, *, reason: str | None = None, url: str | None = None):
        super().__init__(message)
        if reason is not None:
            self.reason = reason
        self.url = url


class FetchError(SourceUnavailable):
    reason = "fetch_failed"

    def __init__(
        self,
        message: str,
        *,
        reason: str | None = None,
        url: str | None = None,
        status: int | None = None,
    ):
        super().__init__(message, reason=reason, url=url)
        self.status = status


class BlockedAddress(FetchError):
    reason = "blocked_address"


class TooLarge(FetchError):
    reason = "too_large"


class FetchTimeout(FetchError):
    reason = "timeout"


class OfflineNotCached(SourceUnavailable):
    reason = "offline_not_cached"


class ParseError(SourceUnavailable):
    reason = "unparseable"
