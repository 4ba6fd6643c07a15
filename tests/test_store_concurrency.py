"""Several real processes on one database file: writers, migrators, and writers killed with SIGKILL."""

from __future__ import annotations

import collections
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

import support_store
from factcheck.store import Store

WORKER = Path(__file__).resolve().parent / "support_store.py"


def spawn(*args: str) -> subprocess.Popen:
    """A fresh interpreter running one of the workers of support_store.py."""
    return subprocess.Popen(
        [sys.executable, str(WORKER), *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def fork(worker, *args) -> int:
    """A forked copy of this process running ``worker``: a real process without interpreter start-up.

    The parent holds no SQLite connection at this point, so none crosses the fork.
    """
    pid = os.fork()
    if pid:
        return pid
    status = 0
    try:
        worker(*args)
    except BaseException:  # report and exit: a forked child must never return into pytest
        import traceback

        traceback.print_exc()
        status = 1
    finally:
        os._exit(status)


def reap(pids: list[int], timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    for pid in pids:
        while True:
            done, status = os.waitpid(pid, os.WNOHANG)
            if done:
                assert os.waitstatus_to_exitcode(status) == 0, f"worker {pid} failed (see its traceback above)"
                break
            assert time.monotonic() < deadline, "worker hung"
            time.sleep(0.01)


def integrity(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


def test_eight_writers_on_overlapping_articles_all_succeed_and_lose_nothing(tmp_path: Path):
    db, side, go = tmp_path / "shared.db", tmp_path / "acks.txt", tmp_path / "go"
    Store.open(db).close()  # migrated up front: this test is about concurrent writes
    writers, rounds = 8, 20
    pids = [fork(support_store.writer_main, str(db), str(side), w, rounds, str(go)) for w in range(writers)]
    go.touch()  # all start at once
    reap(pids)

    acks = [line.split() for line in side.read_text().splitlines()]
    assert len(acks) == writers * rounds  # every transaction of every writer went through
    store = Store.open(db)
    assert integrity(db) == "ok"
    assert store.db.execute("SELECT count(*) FROM verdicts").fetchone()[0] == sum(int(a[2]) for a in acks)
    # Each round's verdicts differ from everything before them, so each added a row per claim.
    assert all(int(a[2]) == 3 for a in acks)
    for worker, round_, _, *claim_ids in acks:
        for claim_id in claim_ids:
            notes = [v.reasons[0].message for _, _, v in store.claim_history(claim_id)]
            assert f"the source says it (worker {worker}, round {round_})" in notes
    # Overlapping articles were upserted, not duplicated: 4 articles, 3 claims each.
    assert store.db.execute("SELECT count(*) FROM articles").fetchone()[0] == 4
    assert store.db.execute("SELECT count(*) FROM claims").fetchone()[0] == 12
    runs = store.runs(limit=100)
    assert len(runs) == writers and all(r.finished_at for r in runs)
    store.close()


def test_eight_processes_opening_a_fresh_file_migrate_it_exactly_once(tmp_path: Path):
    db, go = tmp_path / "fresh.db", tmp_path / "go"
    outputs = [tmp_path / f"migrate-{n}.json" for n in range(8)]
    pids = [fork(support_store.migrate_main, str(db), str(go), str(out)) for out in outputs]
    go.touch()
    reap(pids)
    applied = [json.loads(out.read_text()) for out in outputs]
    store = Store.open(db)
    names = [row["name"] for row in store.db.query("SELECT name FROM _sqlite_migrations ORDER BY id")]
    counted = collections.Counter(name for steps in applied for name in steps)
    assert counted == collections.Counter(names)  # each step applied once, by some process
    assert len(names) == len(set(names)) >= 3
    assert sorted(len(steps) > 0 for steps in applied) == [False] * 7 + [True]  # one migrated, seven waited
    assert integrity(db) == "ok"
    store.close()


@pytest.mark.slow
def test_thirty_sigkills_during_writes_lose_no_acknowledged_commit(tmp_path: Path):
    db, side = tmp_path / "crash.db", tmp_path / "acks.txt"
    Store.open(db).close()
    rng = random.Random(20240422)
    kills = 30  # one child in ten is a fresh interpreter, the others forks (faster to start)
    for attempt in range(kills):
        lines_before = len(side.read_text().splitlines()) if side.exists() else 0
        child = spawn("crash", str(db), str(side)) if attempt % 10 == 0 else None
        pid = child.pid if child else fork(support_store.crash_main, str(db), str(side))
        deadline = time.monotonic() + 30
        try:
            while True:  # wait until the child has opened the store and started writing
                lines = side.read_text().splitlines() if side.exists() else []
                if any(line == f"ready {pid}" for line in lines[lines_before:]):
                    break
                assert os.waitpid(pid, os.WNOHANG) == (0, 0) if not child else child.poll() is None
                assert time.monotonic() < deadline, f"child never started (last lines: {lines[-3:]})"
                time.sleep(0.005)
        except AssertionError:
            os.kill(pid, signal.SIGKILL)  # a child that writes for ever must not outlive the failed test
            raise
        time.sleep(rng.uniform(0.01, 0.2))
        os.kill(pid, signal.SIGKILL)
        if child:
            child.communicate()
            assert child.returncode == -signal.SIGKILL
        else:
            _, status = os.waitpid(pid, 0)
            assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
        assert integrity(db) == "ok", f"after kill {attempt + 1}"

    acks = side.read_text().splitlines()
    articles = [line.split()[1] for line in acks if line.startswith("article ")]
    claims = [c for line in acks if line.startswith("verdicts ") for c in line.split()[1:]]
    sources = [k for line in acks if line.startswith("sources ") for k in line.split()[1:]]
    assert len(articles) > kills  # the kills landed in the middle of real work

    store = Store.open(db)  # and the next open + write completes
    run_id = store.start_run(command="after the crashes", verifier="lexical", verifier_version="1")
    store.finish_run(run_id, counts={})
    stored_articles = {row[0] for row in store.db.execute("SELECT id FROM articles")}
    assert set(articles) <= stored_articles
    assert set(claims) <= set(store.latest_verdicts(claims))
    stored_sources = {row[0] for row in store.db.execute("SELECT key FROM sources")}
    assert set(sources) <= stored_sources
    # Every stored source version has its passages and they are all searchable.
    support_store.assert_passages_consistent(store)
    assert integrity(db) == "ok"
    store.close()
    print(f"{kills} SIGKILLs survived; {len(articles)} article, {len(claims)} claim-verdict and "
          f"{len(sources)} source commits acknowledged and all found")


def open_store(db: str) -> None:
    Store.open(db).close()


def test_a_process_killed_while_migrating_leaves_all_or_nothing(tmp_path: Path):
    rng = random.Random(7)
    outcomes = collections.Counter()
    for attempt in range(12):
        db = tmp_path / f"fresh-{attempt}.db"
        pid = fork(open_store, str(db))
        time.sleep(rng.uniform(0.0, 0.12))  # lands before, during or after the migration
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        if db.exists():
            conn = sqlite3.connect(db)
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            recorded = (
                conn.execute("SELECT count(*) FROM _sqlite_migrations").fetchone()[0]
                if "_sqlite_migrations" in tables
                else 0
            )
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            conn.close()
            # Either no step at all, or every step with its tables: never half a schema.
            assert (recorded, "runs" in tables, "verdicts" in tables) in {(0, False, False), (3, True, True)}
            outcomes[recorded] += 1
        store = Store.open(db)  # the next open finishes the job
        assert store.db["verdicts"].exists()
        store.close()
    assert sum(outcomes.values()) >= 1
    print("migration kill outcomes", dict(outcomes))
