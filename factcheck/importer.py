"""Streaming reader of source snapshots (JSON Lines, plain or gzip).

Two line formats are read, told apart per line by their fields:

1. The public arXiv metadata snapshot (the Kaggle / arXiv "arxiv-metadata-oai-snapshot"
   format): ``id``, ``title``, ``abstract``, ``authors`` (one string, "A, B and C")
   or ``authors_parsed`` (``[[last, first, suffix], ...]``), ``versions``
   (``[{"version": "v1", "created": "Mon, 2 Apr 2007 19:18:42 GMT"}, ...]``),
   ``update_date``, ``doi``, ``categories``, ``journal-ref``. A record becomes the
   ``Source`` of its LAST listed version: a snapshot taken when v1 was the latest
   adds v1, a later snapshot adds v4, and the store keeps both.
2. A generic line for sources that are not arXiv papers (evaluation corpora):
   ``{"key": "doi:10.1/x" | "https://..." | any id, "version": "v1" (optional),
   "title": ..., "text": ..., "url": ..., "published": ...}``. Without a version
   the source gets the one unversioned sources get everywhere: the first 12
   characters of the sha256 of its text.

Bad lines: by default the first line that is not JSON, not an object, or
neither format raises ``InputError`` naming the file and line number, before
any later line is read. With ``skip_invalid=True`` such lines are skipped and
described in the ``problems`` list the caller passes (so an import of a huge
dump survives a few broken records and still says how many it dropped).

Memory stays flat: one line is decoded at a time.
"""

from __future__ import annotations

import email.utils
import gzip
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from .errors import InputError
from .types import Source, SourceVersion, sha256_text

_GZIP_MAGIC = b"\x1f\x8b"
_VERSIONED_ID = re.compile(r"(.+?)(v\d+)")
_BARE_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


def iter_snapshot(
    path: Path, *, skip_invalid: bool = False, problems: list[str] | None = None
) -> Iterator[Source]:
    """Yield one ``Source`` per record of the snapshot at ``path`` (``.jsonl`` or gzip)."""
    path = Path(path)
    try:
        stream = _open(path)
    except OSError as error:
        raise InputError(f"cannot read the snapshot {path}: {error.strerror or error}") from error
    with stream:
        line_number = 0
        while True:
            try:
                line = stream.readline()
            except (OSError, EOFError) as error:
                # A truncated or corrupt gzip member shows up here.
                raise InputError(f"{path}:{line_number + 1}: cannot read the snapshot ({error})") from error
            if not line:
                return
            line_number += 1
            if not line.strip():
                continue
            try:
                yield source_from_record(_decode(line))
            except InputError as error:
                message = f"{path}:{line_number}: {error}"
                if not skip_invalid:
                    raise InputError(message) from error
                if problems is not None:
                    problems.append(message)


def _open(path: Path) -> IO[bytes]:
    with path.open("rb") as probe:
        magic = probe.read(2)
    if magic == _GZIP_MAGIC:
        return gzip.open(path, "rb")  # type: ignore[return-value]
    return path.open("rb")


def _decode(line: bytes) -> dict[str, Any]:
    try:
        record = json.loads(line.decode("utf-8"))
    except UnicodeDecodeError as error:
        raise InputError(f"not UTF-8 ({error.reason} at byte {error.start})") from error
    except json.JSONDecodeError as error:
        raise InputError(f"not valid JSON ({error.msg} at column {error.colno})") from error
    if not isinstance(record, dict):
        raise InputError(f"expected a JSON object, got {type(record).__name__}")
    return record


def source_from_record(record: dict[str, Any]) -> Source:
    """One snapshot record (either format) as a ``Source``; ``InputError`` if it is neither."""
    if "id" in record and "abstract" in record:
        return _arxiv_source(record)
    if "key" in record and "text" in record:
        return _generic_source(record)
    raise InputError(
        "neither an arXiv snapshot record (needs id, abstract) nor a generic source (needs key, text); "
        f"fields: {', '.join(sorted(record)) or 'none'}"
    )


# ---------------------------------------------------------------- arXiv records


def _arxiv_source(record: dict[str, Any]) -> Source:
    raw_id = _required_string(record, "id")
    abstract = _required_string(record, "abstract")
    title = _collapse(_optional_string(record, "title") or "")
    versions = _versions(record.get("versions"))
    arxiv_id = raw_id
    match = _VERSIONED_ID.fullmatch(raw_id)
    if match:
        # "2404.14219v2": the id names its own version.
        arxiv_id = match.group(1)
        if not versions:
            versions = (SourceVersion(match.group(2), None),)
    if not versions:
        versions = (SourceVersion("v1", None),)
    latest = versions[-1]
    text = _compose(title, _collapse(abstract))
    doi = _optional_string(record, "doi")
    return Source(
        key=f"arXiv:{arxiv_id}",
        version=latest.version,
        url=f"https://arxiv.org/abs/{arxiv_id}{latest.version}",
        title=title or None,
        text=text,
        sha256=sha256_text(text),
        # A snapshot says when each record was last updated, not when it was
        # downloaded: that date is the best "as of" it offers.
        retrieved_at=_optional_string(record, "update_date") or latest.published or "",
        authors=_authors(record),
        published=latest.published,
        versions=versions,
        content="abstract",
        doi=doi.split()[0].lower() if doi else None,
    )


def _versions(value: Any) -> tuple[SourceVersion, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise InputError("versions must be a list")
    found = []
    for item in value:
        if isinstance(item, str):  # some dumps list bare "v1", "v2"
            found.append(SourceVersion(item, None))
            continue
        if not isinstance(item, dict) or not isinstance(item.get("version"), str):
            raise InputError("each entry of versions needs a version string")
        found.append(SourceVersion(item["version"], _date(item.get("created"))))
    return tuple(found)


def _date(value: Any) -> str | None:
    """RFC 2822 ("Mon, 2 Apr 2007 19:18:42 GMT") to ISO; bare ISO dates and years kept as given."""
    if not isinstance(value, str) or not value.strip():
        return None
    value = value.strip()
    if _BARE_DATE.fullmatch(value):
        return value
    try:
        return email.utils.parsedate_to_datetime(value).isoformat()
    except (TypeError, ValueError):
        return None


def _authors(record: dict[str, Any]) -> tuple[str, ...]:
    parsed = record.get("authors_parsed")
    if isinstance(parsed, list) and parsed:
        names = []
        for parts in parsed:
            if isinstance(parts, list) and parts:
                last, first = str(parts[0]).strip(), str(parts[1]).strip() if len(parts) > 1 else ""
                suffix = str(parts[2]).strip() if len(parts) > 2 else ""
                names.append(" ".join(p for p in (first, last, suffix) if p))
        return tuple(names)
    authors = record.get("authors")
    if isinstance(authors, list):
        return tuple(str(a).strip() for a in authors if str(a).strip())
    if isinstance(authors, str):
        joined = _collapse(authors)
        return tuple(
            name.strip() for name in re.split(r",\s*(?:and\s+)?|\s+and\s+", joined) if name.strip()
        )
    return ()


# ---------------------------------------------------------------- generic records


def _generic_source(record: dict[str, Any]) -> Source:
    key = _required_string(record, "key").strip()
    body = _required_string(record, "text")
    title = _collapse(_optional_string(record, "title") or "")
    text = _compose(title, body.strip())
    sha = sha256_text(text)
    version = (_optional_string(record, "version") or "").strip() or sha[:12]
    published = _date(record.get("published"))
    return Source(
        key=key,
        version=version,
        url=_optional_string(record, "url") or _url_for_key(key),
        title=title or None,
        text=text,
        sha256=sha,
        retrieved_at=_optional_string(record, "retrieved_at") or published or "",
        published=published,
        versions=(SourceVersion(version, published),),
        content=_optional_string(record, "content") or "abstract",
        doi=key[4:].lower() if key.startswith("doi:") else None,
    )


def _url_for_key(key: str) -> str:
    if key.startswith(("http://", "https://")):
        return key
    if key.startswith("doi:"):
        return f"https://doi.org/{key[4:]}"
    if key.startswith("arXiv:"):
        return f"https://arxiv.org/abs/{key[6:]}"
    return key


# ---------------------------------------------------------------- small helpers


def _compose(title: str, body: str) -> str:
    """Source text is the title, a blank line, then the abstract (as the resolvers build it)."""
    if title and not body.startswith(title):
        return f"{title}\n\n{body}" if body else title
    return body


def _collapse(text: str) -> str:
    # Snapshot abstracts are hard-wrapped at ~80 columns.
    return " ".join(text.split())


def _required_string(record: dict[str, Any], name: str) -> str:
    value = record.get(name)
    if not isinstance(value, str) or not value.strip():
        raise InputError(f"field {name!r} must be a non-empty string")
    return value


def _optional_string(record: dict[str, Any], name: str) -> str | None:
    value = record.get(name)
    if value is None:
        return None
    if not isinstance(value, str):
        raise InputError(f"field {name!r} must be a string")
    return value.strip() or None
