"""Read-only files and folders, full disks: a clear one-line StoreError, nothing half-written."""

from __future__ import annotations

import hashlib
import os
import pickle
import shutil
import sqlite3
import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest

from factcheck.errors import StoreError, StoreReadOnly
from factcheck.importer import iter_snapshot
from factcheck.store import Store

from support_store import make_article, make_source, make_verdict, quick_split, with_passages

NOBODY = 65534
PHI3 = Path(__file__).resolve().parent.parent / "fixtures" / "sources" / "phi3-versions.jsonl"


def as_unprivileged(action: Callable[[], object]) -> object:
    """Run ``action`` as a user file permissions apply to.

    root ignores permission bits, so under root the action runs in a forked
    child that has dropped to the ``nobody`` user; the result (or the
    exception) comes back through a pipe.
    """
    if os.geteuid() != 0:
        try:
            return action()
        except Exception as error:  # noqa: BLE001 - handed back like the forked case
            return error
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # child
        os.close(read_end)
        try:
            os.setgroups([])
            os.setgid(NOBODY)
            os.setuid(NOBODY)
            try:
                result: object = action()
            except Exception as error:  # noqa: BLE001
                result = error
            payload = pickle.dumps(result)
        except BaseException as error:  # noqa: BLE001
            payload = pickle.dumps(RuntimeError(f"child failed: {error!r}"))
        os.write(write_end, payload)
        os._exit(0)
    os.close(write_end)
    chunks = []
    while chunk := os.read(read_end, 65536):
        chunks.append(chunk)
    os.close(read_end)
    os.waitpid(pid, 0)
    return pickle.loads(b"".join(chunks))


@pytest.fixture
def open_dir():
    """A folder every user can reach (pytest's tmp_path is private to root when run as root)."""
    folder = Path(tempfile.mkdtemp(prefix="factcheck-store-"))
    folder.chmod(0o777)
    yield folder
    folder.chmod(0o755)
    shutil.rmtree(folder, ignore_errors=True)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def filled_database(path: Path) -> None:
    store = Store.open(path)
    article, claims, references, links = make_article("a.md", "Phi-3-mini has 3.8 billion parameters.")
    run = store.start_run(command="check", verifier="lexical", verifier_version="1")
    store.save_article(run, article, claims, references, links, sources_fingerprint="f", verifier_version="1")
    store.close()  # the last close folds the WAL back: the file alone is the database


def open_and_write(path: Path) -> Callable[[], object]:
    def action() -> object:
        store = Store.open(path)
        store.start_run(command="check", verifier="lexical", verifier_version="1")
        store.close()
        return "written"

    return action


def assert_one_clear_line(error: object, kind: type, *words: str) -> None:
    assert isinstance(error, kind), error
    message = str(error)
    assert "\n" not in message and len(message) < 300
    for word in words:
        assert word in message, message


def test_a_read_only_database_file(open_dir: Path):
    path = open_dir / "factcheck.db"
    filled_database(path)
    path.chmod(0o444)
    before = digest(path)
    error = as_unprivileged(open_and_write(path))
    assert_one_clear_line(error, StoreReadOnly, str(path), "read-only")
    assert digest(path) == before
    path.chmod(0o666)
    assert as_unprivileged(open_and_write(path)) == "written"  # the same user can write once allowed


def test_a_read_only_folder(open_dir: Path):
    path = open_dir / "factcheck.db"
    filled_database(path)
    path.chmod(0o666)
    open_dir.chmod(0o555)
    before = digest(path)
    error = as_unprivileged(open_and_write(path))
    assert_one_clear_line(error, StoreReadOnly, str(open_dir), "read-only", "-wal")
    fresh = as_unprivileged(open_and_write(open_dir / "new.db"))
    assert_one_clear_line(fresh, StoreReadOnly, "read-only")
    assert digest(path) == before and not (open_dir / "new.db").exists()


def counts(store: Store) -> dict[str, int]:
    tables = ("articles", "claims", "references", "claim_references", "article_runs", "sources", "passages", "verdicts")
    return {t: store.db.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


def test_a_full_disk_rolls_the_whole_transaction_back(tmp_path: Path):
    store = Store.open(tmp_path / "factcheck.db")
    v1, v4 = list(iter_snapshot(PHI3))
    store.import_sources(with_passages([v1], quick_split))
    run = store.start_run(command="check", verifier="lexical", verifier_version="1")
    before = counts(store)
    # SQLite's own size cap stands in for a full disk: it fails the same way (SQLITE_FULL).
    pages = store.db.execute("PRAGMA page_count").fetchone()[0]
    store.db.execute(f"PRAGMA max_page_count = {pages + 2}")

    long_text = " ".join(f"Model {n} has {n} billion parameters." for n in range(3000))
    article, claims, references, links = make_article("big.md", long_text)
    with pytest.raises(StoreReadOnly) as caught:
        store.save_article(run, article, claims, references, links, sources_fingerprint="f", verifier_version="1")
    assert_one_clear_line(caught.value, StoreReadOnly, "disk", "full", "nothing was written")
    assert counts(store) == before  # not one claim of the article made it
    assert store.article_state("big.md") is None

    many = [make_source(f"doi:10.0/{n}", "v1", f"Source {n}. " + long_text[:2000]) for n in range(300)]
    with pytest.raises(StoreReadOnly):
        store.import_sources(with_passages(many, quick_split), batch_size=300)
    assert counts(store) == before
    assert store.search_passages("Source") == []  # the full-text index rolled back too
    assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1  # switched back on after the failed import

    store.db.execute("PRAGMA max_page_count = 1073741823")  # room again: the same writes now go through
    store.save_article(run, article, claims, references, links, sources_fingerprint="f", verifier_version="1")
    assert store.save_verdicts(run, [make_verdict(c.id) for c in claims], checked_at="t") == len(claims)
    assert store.import_sources(with_passages(many, quick_split)).sources_added == 300
    assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    store.close()


def test_a_real_small_file_system_filling_up(tmp_path: Path):
    """The same on a real 2 MiB tmpfs, when this machine lets the test mount one."""
    mount_point = tmp_path / "tiny"
    mount_point.mkdir()
    if os.geteuid() != 0 or subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount_point)], capture_output=True
    ).returncode != 0:
        pytest.skip("cannot mount a tmpfs here")
    try:
        store = Store.open(mount_point / "factcheck.db")
        run = store.start_run(command="check", verifier="lexical", verifier_version="1")
        saved = []
        with pytest.raises(StoreReadOnly) as caught:
            for n in range(10_000):
                text = " ".join(f"Article {n} claim {m} says {m} billion parameters." for m in range(60))
                article, claims, references, links = make_article(f"a{n}.md", text)
                store.save_article(run, article, claims, references, links, sources_fingerprint="f", verifier_version="1")
                saved.append((article.id, len(claims)))
        assert_one_clear_line(caught.value, StoreReadOnly, "full")
        assert saved, "the disk filled before the first article"
        stored = dict(store.db.execute("SELECT article_id, count(*) FROM claims GROUP BY article_id").fetchall())
        assert stored == dict(saved)  # every acknowledged article whole, the failed one absent
        store.close()
        conn = sqlite3.connect(mount_point / "factcheck.db")
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.close()
    finally:
        subprocess.run(["umount", str(mount_point)], capture_output=True)


def test_every_sqlite_failure_leaves_as_a_store_error(tmp_path: Path):
    path = tmp_path / "factcheck.db"
    store = Store.open(path)
    store.close()
    with pytest.raises(StoreError, match="cannot list runs"):
        store.runs()  # closed connection: a StoreError, not a raw sqlite3 error


def test_a_read_only_file_can_still_be_read(open_dir: Path):
    path = open_dir / "factcheck.db"
    filled_database(path)
    path.chmod(0o444)
    open_dir.chmod(0o555)  # not even a -shm file can be created beside it
    before = digest(path)

    def read_then_try_to_write() -> object:
        store = Store.open(path, read_only=True)
        runs = [r.command for r in store.runs()]
        location = store.load_result().articles[0].article.location
        try:
            store.start_run(command="check", verifier="lexical", verifier_version="1")
        except StoreReadOnly as error:
            refused = str(error)
        store.close()
        return runs, location, refused

    runs, location, refused = as_unprivileged(read_then_try_to_write)
    assert (runs, location) == (["check"], "a.md")
    assert "read-only" in refused and "\n" not in refused
    assert digest(path) == before
    missing = as_unprivileged(lambda: Store.open(open_dir / "missing.db", read_only=True))
    assert_one_clear_line(missing, StoreError, "no database file")
