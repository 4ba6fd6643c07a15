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

``iter_snapshot_batches`` runs the reading (and whatever per-record work the
caller adds, such as cutting passages and building database rows) in a worker
process, so a bulk import parses on one core while it writes on the other. A
pipe of about a megabyte between them keeps memory flat whatever the size of the file.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import fcntl
import gc
import gzip
import json
import multiprocessing
import pickle
import re
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any, TypeVar

from .errors import InputError
from .types import Source, SourceVersion, sha256_text

_GZIP_MAGIC = b"\x1f\x8b"
_VERSIONED_ID = re.compile(r"(.+?)(v\d+)")
_BARE_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
_SNAPSHOT_DATE = re.compile(
    r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), )?(\d{1,2}) "
    r"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4}) (\d{2}):(\d{2}):(\d{2}) GMT"
)
_MONTHS = {name: number for number, name in enumerate("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(), 1)}
_AUTHOR_SEPARATOR = re.compile(r",\s*(?:and\s+)?|\s+and\s+")


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


_T = TypeVar("_T")
_FIRST_BATCH = 200


def iter_snapshot_batches(
    path: Path,
    prepare: Callable[[Source], _T],
    *,
    batch_size: int = 1000,
    skip_invalid: bool = False,
    problems: list[str] | None = None,
    worker: bool = True,
) -> Iterator[list[_T]]:
    """Lists of ``prepare(source)``, ``batch_size`` records each, in snapshot order.

    With ``worker=True`` (and where a process can be forked cheaply and
    safely: Linux, one thread running) the reading and ``prepare`` run in a
    child process, ahead of the caller by what the pipe holds (about a
    megabyte, a few batches of abstracts) plus the batch being read. Errors are the
    same as ``iter_snapshot``'s, raised in the caller; ``problems`` is filled
    as batches arrive. Closing the iterator early stops the child. From a
    worker the first batches are smaller (so the caller starts sooner), then
    ``batch_size``.
    """
    if worker and _can_fork():
        yield from _batches_from_worker(path, prepare, batch_size, skip_invalid, problems)
        return
    batch: list[_T] = []
    for source in iter_snapshot(path, skip_invalid=skip_invalid, problems=problems):
        batch.append(prepare(source))
        if len(batch) >= batch_size:
            yield batch
            batch = []
    if batch:
        yield batch


def _can_fork() -> bool:
    # fork starts the child in milliseconds with every module already
    # imported; spawn would re-import the program first. Forking a process
    # that runs other threads can deadlock the child, and macOS system
    # libraries are not fork-safe: then read in-process.
    return sys.platform.startswith("linux") and threading.active_count() == 1


def _batches_from_worker(
    path: Path,
    prepare: Callable[[Source], _T],
    batch_size: int,
    skip_invalid: bool,
    problems: list[str] | None,
) -> Iterator[list[_T]]:
    # A one-way pipe: the child is at most a pipe's worth ahead of the batch
    # being consumed, so memory stays flat. When either side dies the other
    # sees the pipe close.
    context = multiprocessing.get_context("fork")
    receiving, sending = context.Pipe(duplex=False)
    reader = context.Process(
        target=_read_in_worker,
        args=(path, prepare, batch_size, skip_invalid, receiving, sending),
        name="factcheck-snapshot-reader",
        daemon=True,
    )
    reader.start()
    sending.close()
    finished = False
    try:
        while True:
            try:
                message = pickle.loads(receiving.recv_bytes())
            except EOFError:
                reader.join(timeout=10)
                raise InputError(
                    f"cannot read the snapshot {path}: the reader process stopped unexpectedly "
                    f"(exit code {reader.exitcode})"
                ) from None
            kind = message[0]
            if kind == "batch":
                if problems is not None:
                    problems.extend(message[2])
                yield message[1]
            elif kind == "done":
                finished = True
                return
            elif kind == "input_error":
                raise InputError(message[1])
            else:  # "crash": a bug in the reader, not in the file
                raise RuntimeError(f"the snapshot reader failed: {message[1]}")
    finally:
        receiving.close()
        if not finished and reader.is_alive():
            reader.terminate()  # stopped early (an error, or the caller had enough)
        reader.join(timeout=10)
        if reader.is_alive():
            reader.kill()
            reader.join()


def _read_in_worker(
    path: Path,
    prepare: Callable[[Source], Any],
    batch_size: int,
    skip_invalid: bool,
    receiving: Any,
    sending: Any,
) -> None:
    """The child's whole life: read, prepare, send batches, then say how it ended."""
    receiving.close()  # only the parent reads: its exit must break this side's pipe
    # Ctrl-C reaches the whole process group; the parent handles it and
    # closes the pipe, which ends this process.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _widen_pipe(sending.fileno())
    # Records make no reference cycles, and the cyclic collector would keep
    # walking every object the parent had at the fork: about a tenth of the
    # reading time. This process ends with the file.
    gc.disable()

    def post(message: tuple[Any, ...]) -> None:
        sending.send_bytes(pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL))

    try:
        problems: list[str] = []
        batch: list[Any] = []
        # The parent waits for the first batch doing nothing: start small and
        # double up to batch_size.
        size = min(batch_size, _FIRST_BATCH)
        for source in iter_snapshot(path, skip_invalid=skip_invalid, problems=problems):
            batch.append(prepare(source))
            if len(batch) >= size:
                # iter_snapshot keeps appending to this very list: send a copy.
                post(("batch", batch, problems[:]))
                batch = []
                problems.clear()
                size = min(batch_size, size * 2)
        if batch or problems:
            post(("batch", batch, problems[:]))
        post(("done",))
    except (BrokenPipeError, ConnectionResetError):
        pass  # the parent stopped listening: nothing more to do
    except InputError as error:
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            post(("input_error", str(error)))
    except Exception as error:  # sent to the parent, which raises it
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            post(("crash", f"{type(error).__name__}: {error}"))
    finally:
        sending.close()


_F_SETPIPE_SZ = 1031  # Linux fcntl command (fcntl.F_SETPIPE_SZ from Python 3.10)
_PIPE_BYTES = 1 << 20


def _widen_pipe(fd: int) -> None:
    """Let the pipe hold about a megabyte (the Linux default is 64 KiB).

    The reader then runs a few batches ahead of the writer without a helper
    thread: with 64 KiB, every batch crossed in many small writes, and a
    thread doing those writes waited for the GIL after each one (about 5 ms),
    which starved the writer. Where the kernel refuses, the pipe stays as it
    is: slower, still correct.
    """
    with contextlib.suppress(OSError, ValueError):
        fcntl.fcntl(fd, getattr(fcntl, "F_SETPIPE_SZ", _F_SETPIPE_SZ), _PIPE_BYTES)


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
    match = _SNAPSHOT_DATE.fullmatch(value)
    if match:
        # The form every arXiv snapshot uses, read without email.utils
        # (several times faster, same result).
        day, month, year, hour, minute, second = match.groups()
        try:
            return _dt.datetime(
                int(year), _MONTHS[month], int(day), int(hour), int(minute), int(second), tzinfo=_dt.timezone.utc
            ).isoformat()
        except ValueError:
            return None
    import email.utils  # only for dates in other forms: an import every run would pay for nothing

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
            name.strip() for name in _AUTHOR_SEPARATOR.split(joined) if name.strip()
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
    """Runs of white space as one space, none at the ends: ``" ".join(text.split())``."""
    # Snapshot abstracts are hard-wrapped at ~80 columns: nearly always the
    # only white space is single spaces and single line breaks, and then
    # replacing the breaks gives the same string several times faster.
    # isprintable() is False for every white space character but the space.
    flat = text.replace("\n", " ")
    if flat.isprintable() and "  " not in flat and not flat.startswith(" ") and not flat.endswith(" "):
        return flat
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
