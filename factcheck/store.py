"""The SQLite store: the only module that writes the database.

One file holds runs, articles, claims, references, sources (one row per
version), passages with a full-text index, and the history of verdicts.
Several processes (CI jobs) may share the file:

- WAL journal, so readers never block the writer and the writer never blocks
  readers;
- every write transaction starts with ``BEGIN IMMEDIATE``: a writer takes the
  write lock before it reads anything, so writers queue on the busy timeout
  instead of failing when a read lock cannot be upgraded;
- a busy timeout of 30 s;
- migrations run inside such a transaction, so when many processes open a
  fresh file at once one migrates and the others wait, then find nothing to do.

A ``Store`` wraps one connection; use one per thread. Every SQLite failure
leaves as a ``StoreError`` (``StoreReadOnly`` for a read-only file or folder
and for a full disk) with a one-line message; the open transaction is rolled
back first, so nothing is ever half-written.

``Store.db`` is the ``sqlite_utils.Database`` over the same connection, for
read-only exploration (tests, ``factcheck db`` style commands).
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import hashlib
import functools
import gc
import json
import os
import re
import secrets
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import wraps
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from .errors import StoreError, StoreReadOnly
from .importer import iter_snapshot_batches
from .migrations import migration_set, pending_steps
from .passages import passage_spans
from .types import (
    Article,
    CheckedArticle,
    CheckedClaim,
    Claim,
    ClaimKind,
    Evidence,
    Label,
    Passage,
    Reason,
    Reference,
    ReferenceKind,
    RunResult,
    Source,
    SourceVersion,
    Verdict,
    content_id,
    normalise_text,
)

if TYPE_CHECKING:
    from sqlite_utils import Database

BUSY_TIMEOUT_SECONDS = 30.0
_IN_CLAUSE_CHUNK = 500  # stays far below SQLite's bound-parameter limit


# ---------------------------------------------------------------- values returned


@dataclass(frozen=True)
class ArticleState:
    """How an article location was last checked."""

    article_id: str  # hash of the text then
    sources_fingerprint: str
    verifier_version: str
    run_id: str
    checked_at: str


@dataclass(frozen=True)
class StoredClaim:
    """A claim as stored, with its latest verdict label when it has one."""

    claim_id: str
    article_id: str
    article_location: str
    text: str
    normalised: str
    language: str
    kind: ClaimKind
    label: Label | None
    checked_at: str | None


@dataclass(frozen=True)
class ImportStats:
    records: int  # source records read
    sources_added: int  # new (key, version) rows
    sources_unchanged: int  # already stored with the same text (or with richer text)
    seconds: float
    sources_updated: int = 0  # stored before with another text, replaced
    errors_skipped: int = 0  # error sources, which an import never stores
    database_bytes: int = 0  # size of the whole database once the import is done


@dataclass(frozen=True)
class RunInfo:
    run_id: str
    command: str
    verifier: str
    verifier_version: str
    started_at: str
    finished_at: str | None
    counts: Mapping[str, int] = field(default_factory=dict)
    articles: int = 0


# ---------------------------------------------------------------- helpers


def utc_now() -> str:
    return _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="milliseconds")


def _version_number(version: str) -> int | None:
    match = re.fullmatch(r"v(\d+)", version)
    return int(match.group(1)) if match else None


def _chunks(values: Sequence[Any], size: int = _IN_CLAUSE_CHUNK) -> Iterator[Sequence[Any]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


def _marks(count: int) -> str:
    return ",".join("?" * count)


def _describe(error: sqlite3.Error) -> str:
    return str(error).splitlines()[0] if str(error) else type(error).__name__


def _translate(error: sqlite3.Error, doing: str, path: str) -> StoreError:
    """One SQLite failure as one clear line, in the error tree."""
    name = getattr(error, "sqlite_errorname", "") or ""
    text = str(error).lower()
    detail = _describe(error)
    if name.startswith("SQLITE_READONLY") or "readonly" in text:
        return StoreReadOnly(
            f"cannot {doing}: the database {path} is read-only ({detail}); "
            "check the permissions of the file and of its folder"
        )
    if name == "SQLITE_FULL" or "disk is full" in text or "database or disk is full" in text:
        return StoreReadOnly(f"cannot {doing}: the disk holding {path} is full; nothing was written")
    if name.startswith("SQLITE_BUSY") or name.startswith("SQLITE_LOCKED") or "locked" in text:
        return StoreError(
            f"cannot {doing}: the database {path} is locked by another process "
            f"(waited up to {BUSY_TIMEOUT_SECONDS:.0f} s)"
        )
    if name in ("SQLITE_NOTADB", "SQLITE_CORRUPT") or "not a database" in text or "malformed" in text:
        return StoreError(f"cannot {doing}: {path} is not a readable SQLite database ({detail})")
    if name.startswith("SQLITE_CANTOPEN") or "unable to open" in text:
        return StoreError(f"cannot {doing}: unable to open the database file {path}")
    if name.startswith("SQLITE_IOERR") or "disk i/o" in text:
        return StoreError(f"cannot {doing}: input/output error on {path} ({detail})")
    return StoreError(f"cannot {doing} in {path}: {detail}")


_F = TypeVar("_F", bound=Callable[..., Any])


def _sqlite_errors(doing: str) -> Callable[[_F], _F]:
    """Turn any sqlite3.Error escaping a public method into a StoreError."""

    def decorate(method: _F) -> _F:
        @wraps(method)
        def wrapper(self: "Store", *args: Any, **kwargs: Any) -> Any:
            try:
                return method(self, *args, **kwargs)
            except sqlite3.Error as error:
                raise _translate(error, doing, self.path) from error

        return wrapper  # type: ignore[return-value]

    return decorate


_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def _json(value: Any) -> str:
    return _ENCODER.encode(value)


def _verdict_payload(verdict: Verdict) -> tuple[str, str, str]:
    reasons = _json([{"code": r.code, "message": r.message} for r in verdict.reasons])
    evidence = _json(
        [
            {"source": e.source, "text": e.text, "start": e.start, "end": e.end, "score": e.score}
            for e in verdict.evidence
        ]
    )
    sources = _json(list(verdict.sources))
    return reasons, evidence, sources


def _verdict_fingerprint(verdict: Verdict) -> str:
    """What counts as a change in a claim's verdict (the verifier name does not)."""
    reasons, evidence, sources = _verdict_payload(verdict)
    confidence = f"{verdict.confidence:.6f}"
    digest = hashlib.sha256(
        "\x1f".join((str(verdict.label), confidence, reasons, evidence, sources)).encode("utf-8")
    )
    return digest.hexdigest()[:32]


def _verdict_from_row(row: sqlite3.Row) -> Verdict:
    return Verdict(
        claim_id=row["claim_id"],
        label=Label(row["label"]),
        confidence=row["confidence"],
        reasons=tuple(Reason(r["code"], r["message"]) for r in json.loads(row["reasons"])),
        evidence=tuple(
            Evidence(e["source"], e["text"], e["start"], e["end"], e.get("score", 0.0))
            for e in json.loads(row["evidence"])
        ),
        verifier=row["verifier"],
        verifier_version=row["verifier_version"],
        sources=tuple(json.loads(row["sources"])),
    )


def _source_row(source: Source, origin: str) -> tuple[Any, ...]:
    return (
        source.key,
        source.version,
        _version_number(source.version),
        source.url,
        source.title,
        source.text,
        source.sha256,
        source.retrieved_at,
        _json(list(source.authors)),
        source.published,
        _json([[v.version, v.published] for v in source.versions]),
        source.content,
        source.etag,
        source.last_modified,
        source.doi,
        origin,
    )


_SOURCE_COLUMNS = (
    "key, version, version_number, url, title, text, sha256, retrieved_at, authors, published, "
    "versions, content, etag, last_modified, doi, origin"
)
_UPSERT_SOURCE = f"""
INSERT INTO sources ({_SOURCE_COLUMNS}) VALUES ({_marks(16)})
ON CONFLICT (key, version) DO UPDATE SET
    url = excluded.url, title = excluded.title, text = excluded.text, sha256 = excluded.sha256,
    retrieved_at = excluded.retrieved_at, authors = excluded.authors, published = excluded.published,
    versions = excluded.versions, content = excluded.content, etag = excluded.etag,
    last_modified = excluded.last_modified, doi = excluded.doi, origin = excluded.origin
"""
_INSERT_SOURCE = f"INSERT INTO sources ({_SOURCE_COLUMNS}) VALUES ({_marks(16)})"
_INSERT_PASSAGE = (
    'INSERT INTO passages (source_key, version, position, start, "end", text) VALUES (?, ?, ?, ?, ?, ?)'
)


def _source_from_row(row: sqlite3.Row) -> Source:
    return Source(
        key=row["key"],
        version=row["version"],
        url=row["url"],
        title=row["title"],
        text=row["text"],
        sha256=row["sha256"],
        retrieved_at=row["retrieved_at"],
        authors=tuple(json.loads(row["authors"])),
        published=row["published"],
        versions=tuple(SourceVersion(v, p) for v, p in json.loads(row["versions"])),
        content=row["content"],
        etag=row["etag"],
        last_modified=row["last_modified"],
        doi=row["doi"],
    )


def _passage_rows(passages: Sequence[Passage], key: str, version: str) -> list[tuple[Any, ...]]:
    # Passages are stored under the source row they belong to, whatever key
    # the splitter copied into them.
    return [(key, version, p.index, p.start, p.end, p.text) for p in passages]


# What a bulk import writes for one source version: its ``sources`` row and
# its ``passages`` rows.
_ImportRows = tuple[tuple[Any, ...], list[tuple[Any, ...]]]
# What the snapshot reader (a worker process) sends for one: the sources row
# and the (start, end) of each passage. The passage texts are cut here from
# the row's text: sending them too would nearly double what crosses the pipe,
# and the reader has at least as much to do as the writer.
_SnapshotRows = tuple[tuple[Any, ...], list[tuple[int, int]]]
_SHA256, _TEXT, _CONTENT = 6, 5, 11  # positions in a _source_row tuple


def _snapshot_rows(source: Source) -> _SnapshotRows | None:
    """A snapshot record's row and passage spans, exactly those ``split_passages`` cuts."""
    if not source.ok:
        return None
    return _source_row(source, "import"), passage_spans(source.text, source.title)


def _with_passage_rows(batch: Sequence[_SnapshotRows | None]) -> list[_ImportRows | None]:
    rows: list[_ImportRows | None] = []
    for item in batch:
        if item is None:
            rows.append(None)
            continue
        source_row, spans = item
        key, version, text = source_row[0], source_row[1], source_row[_TEXT]
        passages = [(key, version, index, start, end, text[start:end]) for index, (start, end) in enumerate(spans)]
        rows.append((source_row, passages))
    return rows


# Records the snapshot reader sends at a time (the transaction holds several).
_SNAPSHOT_PIECE = 250


def _cut_at_batches(
    pieces: Iterable[Sequence[_ImportRows | None]], batch_size: int | None
) -> Iterator[tuple[Sequence[_ImportRows | None], bool]]:
    """``(piece, closes_batch)``: the pieces, split where a batch of ``batch_size`` records ends.

    A batch is what one transaction holds, so an interrupted import keeps
    whole batches whatever the size of the pieces.
    """
    if batch_size is None:
        for piece in pieces:
            yield piece, True
        return
    room = batch_size
    for piece in pieces:
        start = 0
        while len(piece) - start >= room:
            yield piece[start : start + room], True
            start += room
            room = batch_size
        if start < len(piece):
            rest = piece[start:]
            room -= len(rest)
            yield rest, False


_FTS_MAX_TERMS = 16


@functools.lru_cache(maxsize=1)
def _fts_stopwords() -> frozenset[str]:
    """English and French function words: in an OR query they match nearly every passage."""
    data = json.loads((Path(__file__).parent / "lexicon" / "stopwords.json").read_text(encoding="utf-8"))
    return frozenset(word for language in ("en", "fr") for word in data.get(language, ()))


def _fts_words(query: str) -> list[str]:
    """The content words of ``query``, in order, each once, at most ``_FTS_MAX_TERMS``.

    Function words and one-letter tokens are left out (they match nearly
    every passage); if nothing is left, every word is kept.
    """
    words = list(dict.fromkeys(re.findall(r"\w+", query)))
    stop = _fts_stopwords()
    content = [word for word in words if len(word) > 1 and word.casefold() not in stop] or words
    return content[:_FTS_MAX_TERMS]


def _fts_phrase(word: str) -> str:
    """``word`` as a quoted FTS5 string: no query syntax gets through."""
    return '"' + word.replace('"', '""') + '"'


# A search reads at most this many index entries of each word to learn how
# common it is (exact below, estimated from where the count stopped above).
_FTS_SAMPLE = 2000
# The candidate passages of a search: those holding the query's rarest words,
# taken rarest first while they number at most this many.
_FTS_BUDGET = 20_000
# Words held by more passages than this share of the store (and than the
# budget) are left out: bm25 gives them almost no weight, and computing that
# weight reads every passage holding them.
_FTS_COMMON_SHARE = 0.05


_ARXIV_LABEL = re.compile(r"(arXiv:.+?)(v\d+)")


# ---------------------------------------------------------------- the store


class Store:
    """The factcheck database. Open with ``Store.open(path)``."""

    def __init__(self, conn: sqlite3.Connection, path: str, migrated: tuple[str, ...] = ()):
        self._conn = conn
        self.path = path
        self._db: Database | None = None
        # Names of the migration steps this open applied (empty when another
        # process had already migrated the file).
        self.migrations_applied = migrated

    @property
    def db(self) -> "Database":
        """A ``sqlite_utils.Database`` over this connection, for reading (built on first use:
        importing sqlite-utils costs a tenth of a second that most commands do not need)."""
        if self._db is None:
            from sqlite_utils import Database

            self._db = Database(self._conn)
        return self._db

    # ------------------------------------------------------------ opening

    @classmethod
    def open(cls, path: str | Path, *, read_only: bool = False) -> "Store":
        """Open (creating if missing) and migrate the database at ``path``.

        ``read_only=True`` opens an existing database only to read it (a CI
        artifact, a file on a read-only mount): nothing is created or migrated
        and every write raises ``StoreReadOnly``.
        """
        if read_only:
            return cls._open_read_only(Path(path))
        location = str(path)
        in_memory = location == ":memory:"
        if not in_memory:
            _check_writable(Path(path))
        try:
            conn = sqlite3.connect(
                location,
                timeout=BUSY_TIMEOUT_SECONDS,
                isolation_level=None,  # we issue BEGIN IMMEDIATE / COMMIT ourselves
            )
        except sqlite3.Error as error:
            raise _translate(error, "open the database", location) from error
        conn.row_factory = sqlite3.Row
        store = cls(conn, location)
        try:
            store._configure(in_memory)
            store.migrations_applied = store._migrate()
        except sqlite3.Error as error:
            conn.close()
            raise _translate(error, "open the database", location) from error
        except BaseException:
            conn.close()
            raise
        return store

    @classmethod
    def _open_read_only(cls, path: Path) -> "Store":
        location = str(path)
        if not path.is_file():
            raise StoreError(f"cannot open the database: there is no database file at {location}")
        uri = path.resolve().as_uri()
        conn: sqlite3.Connection | None = None
        last_error: sqlite3.Error = sqlite3.OperationalError("unable to open database file")
        # A WAL database needs its -shm file; in a folder we cannot write to,
        # SQLite can only read the file as immutable (nobody writes there anyway).
        for options in ("?mode=ro", "?mode=ro&immutable=1"):
            try:
                conn = sqlite3.connect(uri + options, uri=True, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None)
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
                break
            except sqlite3.Error as error:
                if conn is not None:
                    conn.close()
                    conn = None
                last_error = error
        if conn is None:
            raise _translate(last_error, "open the database", location) from last_error
        conn.row_factory = sqlite3.Row
        store = cls(conn, location)
        try:
            conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_SECONDS * 1000)}")
            pending = pending_steps(conn)
        except sqlite3.Error as error:
            conn.close()
            raise _translate(error, "open the database", location) from error
        if pending:
            conn.close()
            raise StoreError(
                f"cannot read {location}: its schema is older than this version of factcheck "
                f"({len(pending)} migration steps pending); open it once without read-only to migrate"
            )
        return store

    def _configure(self, in_memory: bool) -> None:
        conn = self._conn
        conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_SECONDS * 1000)}")
        conn.execute("PRAGMA foreign_keys = ON")
        # 32 MiB of page cache: bulk imports touch the same index pages often.
        conn.execute("PRAGMA cache_size = -32768")
        if not in_memory:
            mode = _enter_wal(conn)
            if str(mode).lower() != "wal":
                raise StoreError(f"cannot open {self.path}: SQLite refused WAL mode (got {mode!r})")
            # In WAL mode, NORMAL loses no committed transaction when a
            # process dies; only an OS crash can lose the last ones.
            conn.execute("PRAGMA synchronous = NORMAL")

    def _migrate(self) -> tuple[str, ...]:
        if not pending_steps(self._conn):
            return ()
        # Re-read the pending list under the write lock: another process may
        # have migrated while this one waited.
        with self._write() as conn:
            names = tuple(pending_steps(conn))
            if names:
                migration_set().apply(self.db)
        return names

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self._conn.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: all of it or nothing."""
        conn = self._conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise

    @_sqlite_errors("checkpoint the database")
    def checkpoint(self) -> None:
        """Fold the WAL into the main file, so the file alone is complete."""
        busy, _, _ = self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        if busy:
            raise StoreError(
                f"cannot checkpoint {self.path}: other connections kept reading for more "
                f"than {BUSY_TIMEOUT_SECONDS:.0f} s"
            )

    @_sqlite_errors("back up the database")
    def backup(self, dest: Path) -> None:
        """A consistent copy at ``dest`` (a CI artifact), written then moved into place."""
        dest = Path(dest)
        partial = dest.with_name(dest.name + ".partial")
        partial.unlink(missing_ok=True)
        target = sqlite3.connect(str(partial))
        try:
            self._conn.backup(target)
            # The copy is a single file: no WAL to carry along.
            target.execute("PRAGMA journal_mode = DELETE")
        finally:
            target.close()
        os.replace(partial, dest)

    # ------------------------------------------------------------ runs

    @_sqlite_errors("start a run")
    def start_run(self, *, command: str, verifier: str, verifier_version: str) -> str:
        now = _dt.datetime.now(_dt.timezone.utc)
        started_at = now.isoformat(timespec="milliseconds")
        # Sortable by time, unique across processes.
        run_id = f"{now:%Y%m%dT%H%M%S}-{secrets.token_hex(4)}"
        with self._write() as conn:
            conn.execute(
                "INSERT INTO runs (id, command, verifier, verifier_version, started_at) "
                "VALUES (?, ?, ?, ?, ?)",
                (run_id, command, verifier, verifier_version, started_at),
            )
        return run_id

    def _require_run(self, conn: sqlite3.Connection, run_id: str) -> None:
        if conn.execute("SELECT 1 FROM runs WHERE id = ?", (run_id,)).fetchone() is None:
            raise StoreError(f"no run {run_id} in {self.path}: start one with start_run()")

    @_sqlite_errors("finish a run")
    def finish_run(self, run_id: str, *, counts: Mapping[str, int]) -> None:
        with self._write() as conn:
            changed = conn.execute(
                "UPDATE runs SET finished_at = ?, counts = ? WHERE id = ?",
                (utc_now(), _json({str(k): int(v) for k, v in counts.items()}), run_id),
            ).rowcount
        if not changed:
            raise StoreError(f"cannot finish run {run_id}: no such run in {self.path}")

    @_sqlite_errors("list runs")
    def runs(self, limit: int = 20) -> list[RunInfo]:
        rows = self._conn.execute(
            "SELECT r.*, (SELECT count(*) FROM article_runs a WHERE a.run_id = r.id) AS n "
            "FROM runs r ORDER BY r.started_at DESC, r.rowid DESC LIMIT ?",
            (limit,),
        ).fetchall()
        return [
            RunInfo(
                run_id=row["id"],
                command=row["command"],
                verifier=row["verifier"],
                verifier_version=row["verifier_version"],
                started_at=row["started_at"],
                finished_at=row["finished_at"],
                counts=json.loads(row["counts"]) if row["counts"] else {},
                articles=row["n"],
            )
            for row in rows
        ]

    # ------------------------------------------------------------ articles

    @_sqlite_errors("read the article state")
    def article_state(self, location: str) -> ArticleState | None:
        row = self._conn.execute(
            "SELECT * FROM article_runs WHERE location = ? ORDER BY checked_at DESC, rowid DESC LIMIT 1",
            (location,),
        ).fetchone()
        if row is None:
            return None
        return ArticleState(
            article_id=row["article_id"],
            sources_fingerprint=row["sources_fingerprint"],
            verifier_version=row["verifier_version"],
            run_id=row["run_id"],
            checked_at=row["checked_at"],
        )

    @_sqlite_errors("save an article")
    def save_article(
        self,
        run_id: str,
        article: Article,
        claims: Sequence[Claim],
        references: Sequence[Reference],
        links: Mapping[str, Sequence[Reference]],
        *,
        sources_fingerprint: str,
        verifier_version: str,
        sources: Sequence[Source] = (),
    ) -> None:
        """Store an article with its claims and references, in one transaction.

        ``sources`` (optional) are the source versions consulted for this
        article, errors included; ``load_result`` gives them back.
        """
        now = utc_now()
        with self._write() as conn:
            self._require_run(conn, run_id)
            conn.execute(
                """
                INSERT INTO articles (id, location, media_type, language, encoding, title, published,
                                      raw, text, segments, suppressed, first_seen_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET
                    location = excluded.location, media_type = excluded.media_type,
                    language = excluded.language, encoding = excluded.encoding,
                    title = excluded.title, published = excluded.published, raw = excluded.raw,
                    segments = excluded.segments, suppressed = excluded.suppressed
                """,
                (
                    article.id,
                    article.location,
                    article.media_type,
                    article.language,
                    article.encoding,
                    article.title,
                    article.published,
                    article.raw,
                    article.text,
                    _json([list(s) for s in article.segments]),
                    _json([list(s) for s in article.suppressed]),
                    now,
                ),
            )
            # The claims of an article are those of its latest extraction.
            keep = {claim.id for claim in claims}
            old = [
                row[0]
                for row in conn.execute("SELECT id FROM claims WHERE article_id = ?", (article.id,))
            ]
            for chunk in _chunks(old):
                conn.execute(
                    f"DELETE FROM claim_references WHERE claim_id IN ({_marks(len(chunk))})", chunk
                )
            gone = [claim_id for claim_id in old if claim_id not in keep]
            for chunk in _chunks(gone):
                conn.execute(f"DELETE FROM claims WHERE id IN ({_marks(len(chunk))})", chunk)
            conn.executemany(
                """
                INSERT INTO claims (id, article_id, position, text, normalised, start, "end", kind,
                                    reason, hedge, language)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET
                    position = excluded.position, text = excluded.text, start = excluded.start,
                    "end" = excluded."end", kind = excluded.kind, reason = excluded.reason,
                    hedge = excluded.hedge, language = excluded.language
                """,
                [
                    (
                        c.id,
                        article.id,
                        position,
                        c.text,
                        normalise_text(c.text),
                        c.start,
                        c.end,
                        str(c.kind),
                        c.reason,
                        c.hedge,
                        c.language,
                    )
                    for position, c in enumerate(claims)
                ],
            )
            reference_ids: dict[Reference, str] = {}
            every_reference = list(references) + [r for refs in links.values() for r in refs]
            for reference in every_reference:
                if reference in reference_ids:
                    continue
                reference_id = _reference_id(article.id, reference)
                reference_ids[reference] = reference_id
                conn.execute(
                    """
                    INSERT INTO "references" (id, article_id, kind, value, version, key, label, raw,
                                              start, "end", article_level)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (id) DO UPDATE SET raw = excluded.raw
                    """,
                    (
                        reference_id,
                        article.id,
                        str(reference.kind),
                        reference.value,
                        reference.version,
                        reference.key,
                        reference.label,
                        reference.raw,
                        reference.start,
                        reference.end,
                        int(reference.article_level),
                    ),
                )
            conn.executemany(
                "INSERT OR IGNORE INTO claim_references (claim_id, reference_id) VALUES (?, ?)",
                [
                    (claim_id, reference_ids[reference])
                    for claim_id, refs in links.items()
                    if claim_id in keep
                    for reference in refs
                ],
            )
            conn.execute(
                """
                INSERT INTO article_runs (run_id, article_id, location, checked_at,
                                          sources_fingerprint, verifier_version)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (run_id, article_id) DO UPDATE SET
                    location = excluded.location, checked_at = excluded.checked_at,
                    sources_fingerprint = excluded.sources_fingerprint,
                    verifier_version = excluded.verifier_version
                """,
                (run_id, article.id, article.location, now, sources_fingerprint, verifier_version),
            )
            conn.executemany(
                """
                INSERT INTO article_sources (run_id, article_id, key, version, status, url, error,
                                             error_detail, retrieved_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (run_id, article_id, key, version) DO UPDATE SET
                    status = excluded.status, error = excluded.error,
                    error_detail = excluded.error_detail, retrieved_at = excluded.retrieved_at
                """,
                [
                    (
                        run_id,
                        article.id,
                        s.key,
                        s.version,
                        s.status,
                        s.url,
                        s.error,
                        s.error_detail,
                        s.retrieved_at,
                    )
                    for s in sources
                ],
            )

    # ------------------------------------------------------------ sources

    @_sqlite_errors("read a source")
    def get_source(self, key: str, version: str | None = None) -> Source | None:
        if version is not None:
            row = self._conn.execute(
                "SELECT * FROM sources WHERE key = ? AND version = ?", (key, version)
            ).fetchone()
        else:
            row = self._conn.execute(
                "SELECT * FROM sources WHERE key = ? "
                "ORDER BY version_number DESC NULLS LAST, retrieved_at DESC LIMIT 1",
                (key,),
            ).fetchone()
        return _source_from_row(row) if row is not None else None

    @_sqlite_errors("list cited sources")
    def cited_source_keys(self) -> list[str]:
        """Keys of the sources articles rely on: those fetched for articles and snapshot rows an article read.

        Not the whole imported snapshot: refreshing millions of arXiv papers
        would take days at arXiv's one request every three seconds.
        """
        rows = self._conn.execute(
            "SELECT key FROM sources WHERE origin = 'fetch' "
            "UNION SELECT key FROM article_sources WHERE status = 'ok' ORDER BY key"
        ).fetchall()
        return [row[0] for row in rows]

    @_sqlite_errors("read the versions of a source")
    def source_versions(self, key: str) -> list[Source]:
        rows = self._conn.execute(
            "SELECT * FROM sources WHERE key = ? ORDER BY version_number NULLS FIRST, retrieved_at",
            (key,),
        ).fetchall()
        return [_source_from_row(row) for row in rows]

    @_sqlite_errors("save a source")
    def save_source(self, source: Source, passages: Sequence[Passage]) -> None:
        """Store one source version and its passages.

        An error source is recorded as a failed attempt in ``source_errors``
        and never becomes a ``sources`` row: errors are not cached.
        """
        if not source.ok:
            with self._write() as conn:
                conn.execute(
                    "INSERT INTO source_errors (key, version, url, error, error_detail, attempted_at) "
                    "VALUES (?, ?, ?, ?, ?, ?)",
                    (
                        source.key,
                        source.version,
                        source.url,
                        source.error or "fetch_failed",
                        source.error_detail,
                        source.retrieved_at or utc_now(),
                    ),
                )
            return
        rows = _passage_rows(passages, source.key, source.version)
        with self._write() as conn:
            stored = conn.execute(
                "SELECT sha256 FROM sources WHERE key = ? AND version = ?",
                (source.key, source.version),
            ).fetchone()
            conn.execute(_UPSERT_SOURCE, _source_row(source, "fetch"))
            if stored is not None and stored["sha256"] == source.sha256:
                # Same text re-fetched (or revalidated): keep the passages
                # unless they were cut differently.
                current = conn.execute(
                    'SELECT position, start, "end", text FROM passages '
                    "WHERE source_key = ? AND version = ? ORDER BY position",
                    (source.key, source.version),
                ).fetchall()
                if [tuple(r) for r in current] == [r[2:] for r in rows]:
                    return
            _drop_passages(conn, [(source.key, source.version)])
            _add_passages(conn, rows)

    @_sqlite_errors("import sources")
    def import_sources(
        self, items: Iterable[tuple[Source, Sequence[Passage]]], *, batch_size: int = 1000
    ) -> ImportStats:
        """Bulk-load source versions (a metadata snapshot), one transaction per batch.

        A version already stored with the same text is left alone, and so is
        one stored with richer text (full text or a page) than the abstract
        an import brings. Error sources are skipped.
        """

        def batches() -> Iterator[list[_ImportRows | None]]:
            batch: list[_ImportRows | None] = []
            for source, passages in items:
                batch.append(
                    (_source_row(source, "import"), _passage_rows(passages, source.key, source.version))
                    if source.ok
                    else None
                )
                if len(batch) >= batch_size:
                    yield batch
                    batch = []
            if batch:
                yield batch

        return self._import_batches(batches())

    @_sqlite_errors("import sources")
    def import_snapshot(
        self,
        path: str | Path,
        *,
        batch_size: int = 4000,
        skip_invalid: bool = False,
        problems: list[str] | None = None,
        worker: bool = True,
    ) -> ImportStats:
        """Import a source snapshot file (see ``importer``), each source with the
        passages ``split_passages`` gives it, ``batch_size`` records a transaction.

        The file is read, split and turned into rows in a worker process while
        this one writes, and memory stays flat however long the file is.
        ``InputError`` for an unreadable file or bad line (see
        ``iter_snapshot`` for ``skip_invalid`` and ``problems``); the batches
        committed before it stay.
        """
        # The reader sends small pieces and the writer stores each as it
        # comes, inside the batch's transaction: the two processes overlap,
        # and after the reader's last piece only one piece is left to write.
        batches = iter_snapshot_batches(
            Path(path),
            _snapshot_rows,
            batch_size=min(batch_size, _SNAPSHOT_PIECE),
            skip_invalid=skip_invalid,
            problems=problems,
            worker=worker,
        )
        with contextlib.closing(batches):
            return self._import_batches((_with_passage_rows(batch) for batch in batches), batch_size)

    def _import_batches(
        self, pieces: Iterable[Sequence[_ImportRows | None]], batch_size: int | None = None
    ) -> ImportStats:
        """Write ``pieces`` of rows; commit every ``batch_size`` records (every piece when None)."""
        started = time.perf_counter()
        counts = [0, 0, 0]  # added, unchanged, updated
        records = skipped = 0
        conn = self._conn
        # Checking the passages -> sources foreign key costs a quarter of the
        # import; each piece writes a source row before its passages, in the
        # same transaction, so the check cannot fail here. The pragma is per
        # connection (other processes keep checking) and cannot change inside
        # a transaction, hence around the whole import.
        conn.execute("PRAGMA foreign_keys = OFF")
        # Rows make no reference cycles: the cyclic collector, run every few
        # hundred new tuples, would only walk them (and everything else alive).
        collecting = gc.isenabled()
        gc.disable()
        try:
            for piece, closes_batch in _cut_at_batches(pieces, batch_size):
                records += len(piece)
                kept = [rows for rows in piece if rows is not None]
                skipped += len(piece) - len(kept)
                if kept and not conn.in_transaction:
                    conn.execute("BEGIN IMMEDIATE")
                if kept:
                    for index, number in enumerate(self._import_piece(conn, kept)):
                        counts[index] += number
                if closes_batch and conn.in_transaction:
                    conn.execute("COMMIT")
            if conn.in_transaction:
                conn.execute("COMMIT")
        finally:
            if collecting:
                gc.enable()
            if conn.in_transaction:
                conn.execute("ROLLBACK")  # the batch being written when something failed
            conn.execute("PRAGMA foreign_keys = ON")
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        return ImportStats(
            records=records,
            sources_added=counts[0],
            sources_unchanged=counts[1],
            seconds=time.perf_counter() - started,
            sources_updated=counts[2],
            errors_skipped=skipped,
            database_bytes=pages * page_size,
        )

    @staticmethod
    def _import_piece(conn: sqlite3.Connection, piece: Sequence[_ImportRows]) -> tuple[int, int, int]:
        """Write one piece of an import inside the open transaction: (added, unchanged, updated)."""
        added = unchanged = updated = 0
        keys = sorted({source_row[0] for source_row, _ in piece})
        stored: dict[tuple[str, str], tuple[str, str]] = {}
        for chunk in _chunks(keys):
            for row in conn.execute(
                f"SELECT key, version, sha256, content FROM sources WHERE key IN ({_marks(len(chunk))})",
                chunk,
            ):
                stored[(row[0], row[1])] = (row[2], row[3])
        # The last record of a version wins within a piece, as across pieces.
        chosen: dict[tuple[str, str], _ImportRows] = {}
        for rows in piece:
            chosen[(rows[0][0], rows[0][1])] = rows
        unchanged += len(piece) - len(chosen)
        new_rows = []
        replacing_rows = []
        passage_rows: list[tuple[Any, ...]] = []
        replaced: list[tuple[str, str]] = []
        for identity, (source_row, passages) in chosen.items():
            before = stored.get(identity)
            if before is not None:
                same_text = before[0] == source_row[_SHA256]
                richer = before[1] != "abstract" and source_row[_CONTENT] == "abstract"
                if same_text or richer:
                    unchanged += 1
                    continue
                replaced.append(identity)
                replacing_rows.append(source_row)
                updated += 1
            else:
                new_rows.append(source_row)
                added += 1
            passage_rows.extend(passages)
        _drop_passages(conn, replaced)
        # New versions (nearly all of a first import) need no conflict clause.
        conn.executemany(_INSERT_SOURCE, new_rows)
        conn.executemany(_UPSERT_SOURCE, replacing_rows)
        _add_passages(conn, passage_rows)
        return added, unchanged, updated

    @_sqlite_errors("read passages")
    def passages(self, key: str, version: str) -> list[Passage]:
        rows = self._conn.execute(
            'SELECT source_key, version, position, start, "end", text FROM passages '
            "WHERE source_key = ? AND version = ? ORDER BY position",
            (key, version),
        ).fetchall()
        return [Passage(*row) for row in rows]

    @_sqlite_errors("search passages")
    def search_passages(
        self, query: str, *, keys: Sequence[str] | None = None, limit: int = 20
    ) -> list[tuple[Passage, float]]:
        """Passages for the words of ``query``, best first (score = -bm25, higher is better).

        Function words are ignored, and so are words found in more than
        ``_FTS_COMMON_SHARE`` of a large store's passages. The candidates
        are the passages holding the rarest words (at most ``_FTS_BUDGET`` of
        them); they are ranked on every word kept, the rarest counting twice.
        So a search never ranks millions of rows however large the store;
        in a store smaller than the budget it ranks every passage holding
        any word. When even the rarest word is held by more passages than the
        budget, the passages holding every kept word are ranked, and if there
        are none, the first ``_FTS_BUDGET`` holding any. ``keys`` restricts
        the search to these sources.
        """
        if keys is not None and not keys:
            return []
        words = _fts_words(query)
        if not words:
            return []
        highest = self._conn.execute("SELECT coalesce(max(id), 0) FROM passages").fetchone()[0]
        frequency = {word: self._fts_frequency(_fts_phrase(word), highest) for word in words}
        common = max(_FTS_BUDGET, _FTS_COMMON_SHARE * highest)
        kept = [word for word in words if 0 < frequency[word] <= common]
        if not kept:
            kept = [word for word in words if frequency[word]]
        if not kept:
            return []
        rare: set[str] = set()
        total = 0.0
        for word in sorted(kept, key=frequency.__getitem__):
            if total + frequency[word] > _FTS_BUDGET:
                break
            rare.add(word)
            total += frequency[word]
        anywhere = " OR ".join(map(_fts_phrase, kept))
        if rare and len(rare) == len(kept):
            return self._ranked(anywhere, keys, limit)
        if rare:
            candidates = " OR ".join(_fts_phrase(word) for word in kept if word in rare)
            return self._ranked(f"({candidates}) AND ({anywhere})", keys, limit)
        hits = self._ranked(" AND ".join(map(_fts_phrase, kept)), keys, limit)
        return hits or self._ranked(anywhere, keys, limit, window=_FTS_BUDGET)

    def _fts_frequency(self, match: str, highest: int) -> float:
        """How many passages match ``match``: exact up to ``_FTS_SAMPLE``, estimated above.

        Index entries come in rowid order: a word whose first
        ``_FTS_SAMPLE`` passages end at rowid r is held by about
        ``_FTS_SAMPLE * highest / r`` passages (``highest``: the largest
        passage id).
        """
        count, last = self._conn.execute(
            "SELECT count(*), max(rowid) FROM "
            "(SELECT rowid FROM passages_fts WHERE passages_fts MATCH ? ORDER BY rowid LIMIT ?)",
            (match, _FTS_SAMPLE),
        ).fetchone()
        if count < _FTS_SAMPLE:
            return float(count)
        return count * max(highest, last) / last

    def _ranked(
        self, match: str, keys: Sequence[str] | None, limit: int, *, window: int | None = None
    ) -> list[tuple[Passage, float]]:
        """The ``limit`` best passages for an FTS5 ``match``; ``window``: rank only the first that many."""
        columns = 'p.source_key, p.version, p.position, p.start, p."end", p.text'
        params: list[Any] = [match]
        if window is not None:
            # rank is bm25, computed row by row here: only for the window's rows.
            candidates = (
                "SELECT rowid, rank FROM (SELECT rowid, rank FROM passages_fts WHERE passages_fts MATCH ? LIMIT ?)"
            )
            params.append(window)
        else:
            candidates = "SELECT rowid, rank FROM passages_fts WHERE passages_fts MATCH ?"
        if keys is None:
            # Order the index entries alone, then read only the passages shown.
            sql = (
                f"SELECT {columns}, hit.rank FROM ({candidates} ORDER BY rank LIMIT ?) hit "
                "JOIN passages p ON p.id = hit.rowid ORDER BY hit.rank"
            )
            params.append(limit)
        else:
            sql = (
                f"SELECT {columns}, hit.rank FROM ({candidates}) hit JOIN passages p ON p.id = hit.rowid "
                f"WHERE p.source_key IN ({_marks(len(keys))}) ORDER BY hit.rank LIMIT ?"
            )
            params.extend(keys)
            params.append(limit)
        return [(Passage(*row[:6]), -row[6]) for row in self._conn.execute(sql, params)]

    # ------------------------------------------------------------ verdicts

    @_sqlite_errors("save verdicts")
    def save_verdicts(self, run_id: str, verdicts: Sequence[Verdict], *, checked_at: str) -> int:
        """Append the verdicts that changed since each claim's latest row; return rows added."""
        added = 0
        with self._write() as conn:
            self._require_run(conn, run_id)
            for verdict in verdicts:
                fingerprint = _verdict_fingerprint(verdict)
                latest = conn.execute(
                    "SELECT fingerprint FROM verdicts WHERE claim_id = ? ORDER BY id DESC LIMIT 1",
                    (verdict.claim_id,),
                ).fetchone()
                if latest is not None and latest[0] == fingerprint:
                    continue
                reasons, evidence, sources = _verdict_payload(verdict)
                conn.execute(
                    """
                    INSERT INTO verdicts (claim_id, run_id, checked_at, label, confidence, reasons,
                                          evidence, verifier, verifier_version, sources, fingerprint)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                    (
                        verdict.claim_id,
                        run_id,
                        checked_at,
                        str(verdict.label),
                        float(verdict.confidence),
                        reasons,
                        evidence,
                        verdict.verifier,
                        verdict.verifier_version,
                        sources,
                        fingerprint,
                    ),
                )
                added += 1
        return added

    @_sqlite_errors("read verdicts")
    def latest_verdicts(self, claim_ids: Sequence[str]) -> dict[str, Verdict]:
        found: dict[str, Verdict] = {}
        ids = list(dict.fromkeys(claim_ids))
        for chunk in _chunks(ids):
            rows = self._conn.execute(
                f"""
                SELECT v.* FROM verdicts v
                JOIN (SELECT max(id) AS id FROM verdicts
                      WHERE claim_id IN ({_marks(len(chunk))}) GROUP BY claim_id) latest
                  ON latest.id = v.id
                """,
                chunk,
            )
            for row in rows:
                found[row["claim_id"]] = _verdict_from_row(row)
        return found

    @_sqlite_errors("read a claim's history")
    def claim_history(self, claim_id: str) -> list[tuple[str, str, Verdict]]:
        rows = self._conn.execute(
            "SELECT * FROM verdicts WHERE claim_id = ? ORDER BY id", (claim_id,)
        ).fetchall()
        return [(row["run_id"], row["checked_at"], _verdict_from_row(row)) for row in rows]

    _STORED_CLAIM_SQL = """
        SELECT c.id, c.article_id, a.location, c.text, c.normalised, c.language, c.kind,
               v.label, v.checked_at
        FROM claims c
        JOIN articles a ON a.id = c.article_id
        LEFT JOIN (SELECT claim_id, max(id) AS id FROM verdicts GROUP BY claim_id) latest
          ON latest.claim_id = c.id
        LEFT JOIN verdicts v ON v.id = latest.id
    """

    @staticmethod
    def _stored_claim(row: sqlite3.Row) -> StoredClaim:
        return StoredClaim(
            claim_id=row[0],
            article_id=row[1],
            article_location=row[2],
            text=row[3],
            normalised=row[4],
            language=row[5],
            kind=ClaimKind(row[6]),
            label=Label(row[7]) if row[7] is not None else None,
            checked_at=row[8],
        )

    @_sqlite_errors("find claims")
    def find_claims(self, text_or_id: str) -> list[StoredClaim]:
        """The claim with this id, else every claim whose text contains it (case-insensitive)."""
        rows = self._conn.execute(self._STORED_CLAIM_SQL + " WHERE c.id = ?", (text_or_id,)).fetchall()
        if not rows:
            needle = normalise_text(text_or_id)
            if not needle:
                return []
            pattern = "%" + re.sub(r"([\\%_])", r"\\\1", needle) + "%"
            rows = self._conn.execute(
                self._STORED_CLAIM_SQL
                + " WHERE c.normalised LIKE ? ESCAPE '\\' ORDER BY a.location, c.position",
                (pattern,),
            ).fetchall()
        return [self._stored_claim(row) for row in rows]

    @_sqlite_errors("read checked claims")
    def checked_claims(
        self, *, exclude_article: str | None = None, language: str | None = None
    ) -> list[StoredClaim]:
        """Claims that have a verdict, for "already checked elsewhere" matching.

        ``exclude_article`` is an article id or location.
        """
        sql = self._STORED_CLAIM_SQL + " WHERE v.id IS NOT NULL"
        params: list[Any] = []
        if exclude_article is not None:
            sql += " AND c.article_id != ? AND a.location != ?"
            params += [exclude_article, exclude_article]
        if language is not None:
            sql += " AND c.language = ?"
            params.append(language)
        sql += " ORDER BY v.checked_at, c.id"
        return [self._stored_claim(row) for row in self._conn.execute(sql, params)]

    # ------------------------------------------------------------ reading a run back

    @_sqlite_errors("load a run")
    def load_result(self, *, run_id: str | None = None, location: str | None = None) -> RunResult:
        """Rebuild a run's ``RunResult`` (default: the latest run, or the latest that read ``location``)."""
        conn = self._conn
        if run_id is None and location is not None:
            row = conn.execute(
                "SELECT run_id FROM article_runs WHERE location = ? "
                "ORDER BY checked_at DESC, rowid DESC LIMIT 1",
                (location,),
            ).fetchone()
            if row is None:
                raise StoreError(f"no run in {self.path} has checked {location}")
            run_id = row[0]
        if run_id is None:
            run = conn.execute("SELECT * FROM runs ORDER BY started_at DESC, rowid DESC LIMIT 1").fetchone()
            if run is None:
                raise StoreError(f"no run is stored in {self.path} yet")
        else:
            run = conn.execute("SELECT * FROM runs WHERE id = ?", (run_id,)).fetchone()
            if run is None:
                raise StoreError(f"no run {run_id} in {self.path}")
        sql = "SELECT * FROM article_runs WHERE run_id = ?"
        params: list[Any] = [run["id"]]
        if location is not None:
            sql += " AND location = ?"
            params.append(location)
        checked = [
            self._load_article(run, row) for row in conn.execute(sql + " ORDER BY rowid", params).fetchall()
        ]
        return RunResult(
            run_id=run["id"],
            started_at=run["started_at"],
            finished_at=run["finished_at"] or "",
            articles=tuple(checked),
            verifier=run["verifier"],
            verifier_version=run["verifier_version"],
        )

    def _load_article(self, run: sqlite3.Row, article_run: sqlite3.Row) -> CheckedArticle:
        conn = self._conn
        a = conn.execute("SELECT * FROM articles WHERE id = ?", (article_run["article_id"],)).fetchone()
        article = Article(
            id=a["id"],
            location=article_run["location"],
            media_type=a["media_type"],
            raw=a["raw"],
            text=a["text"],
            segments=tuple(tuple(s) for s in json.loads(a["segments"])),
            language=a["language"],
            encoding=a["encoding"],
            title=a["title"],
            published=a["published"],
            suppressed=tuple(tuple(s) for s in json.loads(a["suppressed"])),
        )
        claims = [
            Claim(
                id=row["id"],
                article_id=row["article_id"],
                text=row["text"],
                start=row["start"],
                end=row["end"],
                kind=ClaimKind(row["kind"]),
                reason=row["reason"],
                hedge=row["hedge"],
                language=row["language"],
            )
            for row in conn.execute(
                "SELECT * FROM claims WHERE article_id = ? ORDER BY position", (article.id,)
            )
        ]
        references = {
            row["id"]: _reference_from_row(row)
            for row in conn.execute(
                'SELECT * FROM "references" WHERE article_id = ? ORDER BY start, id', (article.id,)
            )
        }
        cited: dict[str, list[Reference]] = {}
        for row in conn.execute(
            'SELECT cr.claim_id, cr.reference_id FROM claim_references cr JOIN "references" r '
            "ON r.id = cr.reference_id WHERE r.article_id = ? ORDER BY r.start, r.id",
            (article.id,),
        ):
            cited.setdefault(row[0], []).append(references[row[1]])
        verdicts = self._verdicts_as_of(run, [claim.id for claim in claims])
        sources = self._consulted_sources(
            article_run, verdicts.values(), [r for refs in cited.values() for r in refs]
        )
        return CheckedArticle(
            article=article,
            claims=tuple(
                CheckedClaim(
                    claim=claim,
                    references=tuple(cited.get(claim.id, ())),
                    verdict=verdicts.get(claim.id),
                    suppressed=article.is_suppressed(claim.start, claim.end),
                )
                for claim in claims
            ),
            references=tuple(references.values()),
            sources=tuple(sources),
        )

    def _verdicts_as_of(self, run: sqlite3.Row, claim_ids: Sequence[str]) -> dict[str, Verdict]:
        """Each claim's verdict as it stood in ``run``: its latest row from that run or an earlier one.

        Runs are ordered as everywhere else, by start time then by insertion: two runs may start within the same
        millisecond, and the earlier one's verdicts still stand in the later one."""
        found: dict[str, Verdict] = {}
        (run_rowid,) = self._conn.execute("SELECT rowid FROM runs WHERE id = ?", (run["id"],)).fetchone()
        for chunk in _chunks(list(claim_ids)):
            rows = self._conn.execute(
                f"""
                SELECT v.* FROM verdicts v JOIN runs r ON r.id = v.run_id
                WHERE v.claim_id IN ({_marks(len(chunk))})
                AND (r.started_at < ? OR (r.started_at = ? AND r.rowid <= ?))
                ORDER BY r.started_at, r.rowid, v.id
                """,
                [*chunk, run["started_at"], run["started_at"], run_rowid],
            )
            for row in rows:
                found[row["claim_id"]] = _verdict_from_row(row)
        return found

    def _consulted_sources(
        self, article_run: sqlite3.Row, verdicts: Iterable[Verdict], cited: Sequence[Reference]
    ) -> list[Source]:
        rows = self._conn.execute(
            "SELECT * FROM article_sources WHERE run_id = ? AND article_id = ? ORDER BY rowid",
            (article_run["run_id"], article_run["article_id"]),
        ).fetchall()
        if rows:
            sources: list[Source] = []
            for row in rows:
                if row["status"] == "ok":
                    source = self.get_source(row["key"], row["version"])
                    if source is not None:
                        sources.append(source)
                    continue
                sources.append(
                    _error_source(row["key"], row["version"], row["url"], row["error"], row["error_detail"],
                                  row["retrieved_at"], row["status"])
                )
            return sources
        # Saved without the list: the verdicts name the versions they read, and
        # the failed attempts of that time stand for the cited sources that
        # could not be had.
        found: dict[str, Source] = {}
        for verdict in verdicts:
            for label in verdict.sources:
                if label in found:
                    continue
                match = _ARXIV_LABEL.fullmatch(label)
                source = self.get_source(match.group(1), match.group(2)) if match else self.get_source(label)
                if source is not None:
                    found[label] = source
        sources = list(found.values())
        had = {source.key for source in sources}
        for key in dict.fromkeys(reference.key for reference in cited):
            if key in had:
                continue
            row = self._conn.execute(
                "SELECT * FROM source_errors WHERE key = ? AND attempted_at <= ? "
                "ORDER BY attempted_at DESC, id DESC LIMIT 1",
                (key, article_run["checked_at"]),
            ).fetchone()
            if row is not None:
                sources.append(
                    _error_source(row["key"], row["version"] or "", row["url"], row["error"],
                                  row["error_detail"], row["attempted_at"])
                )
        return sources


# ---------------------------------------------------------------- module helpers


def _error_source(
    key: str, version: str, url: str, error: str | None, detail: str | None, when: str, status: str = "error"
) -> Source:
    return Source(
        key=key, version=version, url=url, title=None, text="", sha256="", retrieved_at=when,
        status=status, error=error, error_detail=detail,
    )


def _enter_wal(conn: sqlite3.Connection) -> str:
    """Switch the file to WAL (once per file) and return the journal mode now in force.

    Several processes opening a fresh file at once all ask for the switch;
    SQLite refuses it with "database is locked" without waiting while another
    connection reads the file, so wait here, up to the busy timeout.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_SECONDS
    while True:
        try:
            return str(conn.execute("PRAGMA journal_mode = WAL").fetchone()[0])
        except sqlite3.OperationalError as error:
            if "locked" not in str(error).lower() or time.monotonic() > deadline:
                raise
            time.sleep(0.01)


def _drop_passages(conn: sqlite3.Connection, versions: Sequence[tuple[str, str]]) -> None:
    """Delete the passages of these source versions, and their full-text entries."""
    for key, version in versions:
        conn.execute(
            "INSERT INTO passages_fts (passages_fts, rowid, text) "
            "SELECT 'delete', id, text FROM passages WHERE source_key = ? AND version = ?",
            (key, version),
        )
        conn.execute("DELETE FROM passages WHERE source_key = ? AND version = ?", (key, version))


def _add_passages(conn: sqlite3.Connection, rows: Sequence[tuple[Any, ...]]) -> None:
    """Insert passages, then index them with one statement (no per-row trigger).

    Inside the write transaction nobody else inserts, and rowids grow past
    the current maximum, so the new rows are exactly those above it.
    """
    if not rows:
        return
    before = conn.execute("SELECT coalesce(max(id), 0) FROM passages").fetchone()[0]
    conn.executemany(_INSERT_PASSAGE, rows)
    conn.execute(
        "INSERT INTO passages_fts (rowid, text) SELECT id, text FROM passages WHERE id > ?", (before,)
    )


def _reference_id(article_id: str, reference: Reference) -> str:
    return content_id(
        article_id,
        str(reference.kind),
        reference.value,
        reference.version or "",
        str(reference.start),
        str(reference.end),
        "article" if reference.article_level else "claim",
    )


def _reference_from_row(row: sqlite3.Row) -> Reference:
    return Reference(
        kind=ReferenceKind(row["kind"]),
        value=row["value"],
        version=row["version"],
        raw=row["raw"],
        start=row["start"],
        end=row["end"],
        article_level=bool(row["article_level"]),
    )


def _check_writable(path: Path) -> None:
    """Refuse early, with a clear message, what SQLite would refuse obscurely."""
    if path.is_dir():
        raise StoreError(f"cannot open the database: {path} is a folder, not a file")
    folder = path.parent if str(path.parent) else Path(".")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except PermissionError as error:
        raise StoreReadOnly(f"cannot create the folder {folder} for the database: permission denied") from error
    except OSError as error:
        raise StoreError(f"cannot create the folder {folder} for the database: {error.strerror}") from error
    if path.exists() and not os.access(path, os.R_OK | os.W_OK):
        raise StoreReadOnly(f"cannot open the database: the file {path} is read-only")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise StoreReadOnly(
            f"cannot open the database: the folder {folder} is read-only "
            f"(SQLite writes {path.name}-wal and {path.name}-shm beside the file)"
        )
