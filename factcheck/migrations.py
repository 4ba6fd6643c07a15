"""The database schema, as append-only named migration steps.

Steps are applied by one ``sqlite_utils.Migrations`` set named
``factcheck`` (built when a step is pending: ``pending_steps`` checks
without importing sqlite-utils); sqlite-utils records each applied step as a row of
``_sqlite_migrations`` (migration_set, name, applied_at), with a unique index
on (migration_set, name). Never edit or reorder a step that has shipped: add
a new one at the end.

Every step only runs SQL through ``db.execute`` so that it joins the
``BEGIN IMMEDIATE`` transaction ``store.py`` holds while migrating (sqlite-utils
turns the per-step ``atomic()`` into a savepoint inside it). That is what lets
one process at a time migrate a fresh file while the others wait and then find
nothing to do.

The tables keep plain columns and JSON as text so the file reads well in
``sqlite-utils`` and Datasette. The full-text index over passages follows the
sqlite-utils naming convention (``passages_fts``, external content
``passages``) so ``sqlite-utils search`` and Datasette find it. It has no
triggers: ``store.py``, the only writer, feeds it one statement per batch of rows,
which imports about five times faster than a trigger per row.
"""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations

MIGRATION_SET = "factcheck"

# (name, step) in the order they apply. sqlite-utils is imported only when a
# step has to run: it takes about a tenth of a second to import, which every
# command would pay at start-up for nothing once the file is migrated.
_STEPS: list[tuple[str, Callable[["Database"], None]]] = []


def _step(name: str) -> Callable[[Callable[["Database"], None]], Callable[["Database"], None]]:
    def register(function: Callable[["Database"], None]) -> Callable[["Database"], None]:
        _STEPS.append((name, function))
        return function

    return register


def step_names() -> tuple[str, ...]:
    return tuple(name for name, _ in _STEPS)


def pending_steps(conn: sqlite3.Connection) -> list[str]:
    """Names of the steps not yet applied to the database behind ``conn`` (read-only)."""
    recorded = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_sqlite_migrations'"
    ).fetchone()
    applied: set[str] = set()
    if recorded is not None:
        applied = {
            row[0]
            for row in conn.execute(
                "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", (MIGRATION_SET,)
            )
        }
    return [name for name in step_names() if name not in applied]


@functools.lru_cache(maxsize=1)
def migration_set() -> "Migrations":
    """The steps as a ``sqlite_utils.Migrations`` set, which applies them and records each."""
    from sqlite_utils.migrations import Migrations

    steps = Migrations(MIGRATION_SET)
    for name, function in _STEPS:
        steps(name=name)(function)
    return steps


def __getattr__(name: str) -> Any:
    # ``from factcheck.migrations import migrations`` still gives the set.
    if name == "migrations":
        return migration_set()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _run(db: Database, script: str) -> None:
    # One statement at a time: sqlite3's executescript() would COMMIT the
    # surrounding transaction first. complete_statement() knows that the
    # semicolons inside a trigger body do not end the CREATE TRIGGER.
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            db.execute(pending)
            pending = ""
    if pending.strip():
        db.execute(pending)


@_step("0001_runs_articles_claims")
def _runs_articles_claims(db: Database) -> None:
    _run(
        db,
        """
CREATE TABLE runs (
    id TEXT PRIMARY KEY,
    command TEXT NOT NULL,
    verifier TEXT NOT NULL,
    verifier_version TEXT NOT NULL,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    counts TEXT -- JSON object: label -> number of claims
);
CREATE TABLE articles (
    id TEXT PRIMARY KEY, -- hash of the article text
    location TEXT NOT NULL, -- where it was last read from
    media_type TEXT NOT NULL,
    language TEXT NOT NULL,
    encoding TEXT NOT NULL,
    title TEXT,
    published TEXT,
    raw TEXT NOT NULL,
    text TEXT NOT NULL,
    segments TEXT NOT NULL, -- JSON [[text_start, raw_start, length], ...]
    suppressed TEXT NOT NULL, -- JSON [[start, end], ...]
    first_seen_at TEXT NOT NULL
);
CREATE TABLE article_runs (
    run_id TEXT NOT NULL REFERENCES runs(id),
    article_id TEXT NOT NULL REFERENCES articles(id),
    location TEXT NOT NULL,
    checked_at TEXT NOT NULL,
    sources_fingerprint TEXT NOT NULL,
    verifier_version TEXT NOT NULL,
    PRIMARY KEY (run_id, article_id)
);
CREATE INDEX article_runs_by_location ON article_runs(location, checked_at);
CREATE TABLE claims (
    id TEXT PRIMARY KEY, -- hash of article id + normalised text
    article_id TEXT NOT NULL REFERENCES articles(id),
    position INTEGER NOT NULL, -- order in the article
    text TEXT NOT NULL,
    normalised TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    kind TEXT NOT NULL,
    reason TEXT NOT NULL,
    hedge TEXT,
    language TEXT NOT NULL
);
CREATE INDEX claims_by_article ON claims(article_id, position);
CREATE TABLE "references" (
    id TEXT PRIMARY KEY, -- hash of article id, kind, value, version, offsets
    article_id TEXT NOT NULL REFERENCES articles(id),
    kind TEXT NOT NULL,
    value TEXT NOT NULL,
    version TEXT,
    key TEXT NOT NULL,
    label TEXT NOT NULL,
    raw TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    article_level INTEGER NOT NULL
);
CREATE INDEX references_by_article ON "references"(article_id);
CREATE TABLE claim_references (
    claim_id TEXT NOT NULL REFERENCES claims(id),
    reference_id TEXT NOT NULL REFERENCES "references"(id),
    PRIMARY KEY (claim_id, reference_id)
)
""",
    )


@_step("0002_sources_passages")
def _sources_passages(db: Database) -> None:
    _run(
        db,
        """
CREATE TABLE sources (
    key TEXT NOT NULL,
    version TEXT NOT NULL,
    version_number INTEGER, -- 4 for arXiv v4; NULL for unversioned sources
    url TEXT NOT NULL,
    title TEXT,
    text TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    retrieved_at TEXT NOT NULL,
    authors TEXT NOT NULL, -- JSON list
    published TEXT,
    versions TEXT NOT NULL, -- JSON [[version, published], ...]
    content TEXT NOT NULL, -- abstract | fulltext | page
    etag TEXT,
    last_modified TEXT,
    doi TEXT,
    origin TEXT NOT NULL, -- fetch | import
    PRIMARY KEY (key, version)
);
CREATE TABLE source_errors (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL,
    version TEXT,
    url TEXT NOT NULL,
    error TEXT NOT NULL,
    error_detail TEXT,
    attempted_at TEXT NOT NULL
);
CREATE INDEX source_errors_by_key ON source_errors(key, attempted_at);
CREATE TABLE passages (
    id INTEGER PRIMARY KEY,
    source_key TEXT NOT NULL,
    version TEXT NOT NULL,
    position INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    UNIQUE (source_key, version, position),
    FOREIGN KEY (source_key, version) REFERENCES sources(key, version)
);
CREATE VIRTUAL TABLE passages_fts USING fts5(
    text,
    content=passages,
    content_rowid=id,
    tokenize='porter unicode61 remove_diacritics 2'
)
""",
    )


@_step("0003_verdicts_and_views")
def _verdicts_and_views(db: Database) -> None:
    _run(
        db,
        """
CREATE TABLE verdicts (
    id INTEGER PRIMARY KEY,
    claim_id TEXT NOT NULL,
    run_id TEXT NOT NULL REFERENCES runs(id),
    checked_at TEXT NOT NULL,
    label TEXT NOT NULL,
    confidence REAL NOT NULL,
    reasons TEXT NOT NULL, -- JSON [{code, message}, ...]
    evidence TEXT NOT NULL, -- JSON [{source, text, start, end, score}, ...]
    verifier TEXT NOT NULL,
    verifier_version TEXT NOT NULL,
    sources TEXT NOT NULL, -- JSON list of source labels consulted
    fingerprint TEXT NOT NULL -- hash of what counts as a change
);
CREATE INDEX verdicts_by_claim ON verdicts(claim_id, id);
CREATE INDEX verdicts_by_run ON verdicts(run_id);
CREATE TABLE article_sources (
    run_id TEXT NOT NULL REFERENCES runs(id),
    article_id TEXT NOT NULL REFERENCES articles(id),
    key TEXT NOT NULL,
    version TEXT NOT NULL,
    status TEXT NOT NULL,
    url TEXT NOT NULL,
    error TEXT,
    error_detail TEXT,
    retrieved_at TEXT NOT NULL,
    PRIMARY KEY (run_id, article_id, key, version)
);
CREATE VIEW latest_verdicts AS
SELECT v.*
FROM verdicts v
WHERE v.id = (SELECT max(id) FROM verdicts WHERE claim_id = v.claim_id);
CREATE VIEW claims_with_verdicts AS
SELECT c.id AS claim_id, a.location, c.text, c.kind, c.language,
       v.label, v.confidence, v.reasons, v.sources, v.checked_at, v.run_id
FROM claims c
JOIN articles a ON a.id = c.article_id
LEFT JOIN latest_verdicts v ON v.claim_id = c.id
""",
    )
