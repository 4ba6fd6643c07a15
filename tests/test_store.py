"""The store as the pipeline and the CLI see it: what goes in comes back out, reruns add nothing."""

from __future__ import annotations

import contextlib
import dataclasses
import gzip
import itertools
import multiprocessing
import os
import shutil
import signal
import sys
import sqlite3
import time
import tracemalloc
from pathlib import Path

import pytest

from factcheck import importer
from factcheck.errors import InputError, StoreError, StoreReadOnly
from factcheck.importer import iter_snapshot
from factcheck.migrations import migrations
from factcheck.store import Store
from factcheck.types import ClaimKind, Label, Reference, ReferenceKind, Source, sha256_text

from support_store import (
    assert_fts_in_step,
    assert_passages_consistent,
    make_article,
    make_source,
    make_verdict,
    split,
    with_passages,
)


@pytest.fixture(autouse=True)
def _reader_worker_despite_idle_threads(monkeypatch: pytest.MonkeyPatch) -> None:
    """Read snapshots in the worker process, as a fresh CLI process does (see test_importer.py)."""
    monkeypatch.setattr(importer, "_can_fork", lambda: sys.platform.startswith("linux"))

PHI3 = Path(__file__).resolve().parent.parent / "fixtures" / "sources" / "phi3-versions.jsonl"
SNAPSHOT = PHI3.with_name("arxiv-snapshot.jsonl.gz")

ARTICLE_TEXT = (
    "Phi-3-mini has 3.8 billion parameters. It was trained on 3.3 trillion tokens. "
    "It scores 69% on MMLU."
)


@pytest.fixture
def store(tmp_path: Path):
    opened = Store.open(tmp_path / "factcheck.db")
    yield opened
    opened.close()


def table_counts(store: Store) -> dict[str, int]:
    names = [n for n in store.db.table_names() if not n.startswith("passages_fts")]
    return {name: store.db.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in names}


def check_article(store: Store, location: str = "articles/phi.md", text: str = ARTICLE_TEXT, *, label=Label.SUPPORTED):
    article, claims, references, links = make_article(location, text)
    run_id = store.start_run(command="check", verifier="lexical", verifier_version="1")
    store.save_article(run_id, article, claims, references, links, sources_fingerprint="fp1", verifier_version="1")
    added = store.save_verdicts(run_id, [make_verdict(c.id, label) for c in claims], checked_at="2024-09-01T00:00:00Z")
    store.finish_run(run_id, counts={str(label): len(claims)})
    return run_id, article, claims, added


# ---------------------------------------------------------------- opening and migrations


def test_open_creates_a_wal_database_with_every_migration_recorded_once(tmp_path: Path):
    path = tmp_path / "sub" / "factcheck.db"
    store = Store.open(path)
    assert path.exists()
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    names = [m.name for m in migrations._migrations]
    assert store.migrations_applied == tuple(names)
    store.close()

    again = Store.open(path)
    assert again.migrations_applied == ()
    rows = list(again.db.query("SELECT name FROM _sqlite_migrations WHERE migration_set = 'factcheck'"))
    assert [r["name"] for r in rows] == names
    for table in ("runs", "articles", "claims", "references", "claim_references", "sources",
                  "source_errors", "passages", "passages_fts", "verdicts"):
        assert again.db[table].exists(), table
    assert {"latest_verdicts", "claims_with_verdicts"} <= set(again.db.view_names())
    again.close()


def test_opening_a_file_that_is_not_a_database_says_so(tmp_path: Path):
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database\n" * 50)
    with pytest.raises(StoreError, match="not a readable SQLite database"):
        Store.open(path)
    with pytest.raises(StoreError, match="is a folder"):
        Store.open(tmp_path)


# ---------------------------------------------------------------- articles, claims, verdicts


def test_a_rerun_on_unchanged_input_adds_no_rows(store: Store):
    _, _, claims, added = check_article(store)
    assert added == len(claims) == 3
    before = table_counts(store)
    _, _, _, added_again = check_article(store)
    after = table_counts(store)
    assert added_again == 0
    # Only the run bookkeeping grows: one more run, one more article_runs row.
    assert after.pop("runs") == before.pop("runs") + 1
    assert after.pop("article_runs") == before.pop("article_runs") + 1
    assert after == before


def test_verdict_history_appends_only_changes(store: Store):
    run1, article, claims, _ = check_article(store, label=Label.NOT_ENOUGH_INFO)
    run2, *_ = check_article(store, label=Label.NOT_ENOUGH_INFO)
    run3, *_ = check_article(store, label=Label.SUPPORTED)
    claim_id = claims[0].id
    history = store.claim_history(claim_id)
    assert [(run, verdict.label) for run, _, verdict in history] == [
        (run1, Label.NOT_ENOUGH_INFO),
        (run3, Label.SUPPORTED),
    ]
    latest = store.latest_verdicts([c.id for c in claims] + ["no-such-claim"])
    assert set(latest) == {c.id for c in claims}
    assert latest[claim_id] == make_verdict(claim_id, Label.SUPPORTED)
    # A confidence change alone is a change; the same values again are not.
    changed = dataclasses.replace(make_verdict(claim_id, Label.SUPPORTED), confidence=0.5)
    assert store.save_verdicts(run3, [changed, changed], checked_at="2024-10-01T00:00:00Z") == 1
    assert store.latest_verdicts([claim_id])[claim_id].confidence == 0.5


@pytest.fixture(params=["clock", "same millisecond"])
def run_clock(request, monkeypatch):
    """The real clock, and one frozen at one instant: two runs may start within the same millisecond."""
    if request.param == "same millisecond":
        import datetime
        import types

        import factcheck.store

        instant = datetime.datetime(2024, 10, 1, 12, 0, tzinfo=datetime.timezone.utc)

        class Frozen(datetime.datetime):
            @classmethod
            def now(cls, tz=None):
                return instant

        monkeypatch.setattr(factcheck.store, "_dt", types.SimpleNamespace(datetime=Frozen, timezone=datetime.timezone))
    return request.param


def test_load_result_rebuilds_what_was_saved(store: Store, run_clock):
    phi_v4 = make_source("arXiv:2404.14219", "v4", "Phi-3 report. phi-3-mini achieves 69% on MMLU.")
    store.save_source(phi_v4, split(phi_v4))
    failed = Source(key="https://example.org/gone", version="", url="https://example.org/gone", title=None,
                    text="", sha256="", retrieved_at="2024-09-01T00:00:00Z", status="error", error="not_found",
                    error_detail="HTTP 404")
    article, claims, references, links = make_article("articles/phi.md", ARTICLE_TEXT)
    run1 = store.start_run(command="check articles/", verifier="lexical", verifier_version="1")
    store.save_article(run1, article, claims, references, links, sources_fingerprint="a",
                       verifier_version="1", sources=[phi_v4, failed])
    store.save_verdicts(run1, [make_verdict(c.id, Label.NOT_ENOUGH_INFO) for c in claims], checked_at="t1")
    store.finish_run(run1, counts={"not_enough_info": 3})
    run2 = store.start_run(command="check articles/", verifier="lexical", verifier_version="1")
    store.save_article(run2, article, claims, references, links, sources_fingerprint="b",
                       verifier_version="1", sources=[phi_v4])
    store.save_verdicts(run2, [make_verdict(claims[0].id, Label.SUPPORTED)], checked_at="t2")

    result = store.load_result()
    assert result.run_id == run2 and result.finished_at == ""
    (checked,) = result.articles
    assert checked.article == article
    assert [c.claim for c in checked.claims] == claims
    assert checked.claims[0].references == (references[0],)
    assert [c.verdict.label for c in checked.claims] == [Label.SUPPORTED, Label.NOT_ENOUGH_INFO, Label.NOT_ENOUGH_INFO]
    assert checked.sources == (phi_v4,)

    first = store.load_result(run_id=run1)
    assert first.finished_at != ""
    assert [c.verdict.label for c in first.articles[0].claims] == [Label.NOT_ENOUGH_INFO] * 3
    assert [s.status for s in first.articles[0].sources] == ["ok", "error"]
    assert first.articles[0].sources[1].error == "not_found"

    assert store.load_result(location="articles/phi.md").run_id == run2
    with pytest.raises(StoreError, match="no run"):
        store.load_result(location="articles/other.md")
    with pytest.raises(StoreError, match="no run nope"):
        store.load_result(run_id="nope")


def test_claims_are_those_of_the_latest_extraction(store: Store):
    article, claims, references, links = make_article("a.md", ARTICLE_TEXT)
    run = store.start_run(command="check", verifier="lexical", verifier_version="1")
    store.save_article(run, article, claims, references, links, sources_fingerprint="x", verifier_version="1")
    store.save_article(run, article, claims[:1], references, {claims[0].id: links[claims[0].id]},
                       sources_fingerprint="x", verifier_version="1")
    assert [c.claim.id for c in store.load_result(run_id=run).articles[0].claims] == [claims[0].id]
    assert store.db.execute("SELECT count(*) FROM claim_references").fetchone()[0] == 1


def test_article_state_is_the_last_check_of_a_location(store: Store):
    assert store.article_state("a.md") is None
    run1, article1, *_ = check_article(store, "a.md", ARTICLE_TEXT)
    run2, article2, *_ = check_article(store, "a.md", ARTICLE_TEXT + " It runs on a phone.")
    state = store.article_state("a.md")
    assert (state.article_id, state.run_id, state.sources_fingerprint, state.verifier_version) == (
        article2.id, run2, "fp1", "1")
    assert article1.id != article2.id


def test_find_and_checked_claims(store: Store):
    check_article(store, "en.md", ARTICLE_TEXT)
    check_article(store, "fr.md", "Phi-3-mini compte 3,8 milliards de paramètres.", label=Label.REFUTED)
    found = store.find_claims("TRILLION tokens")
    assert [c.text for c in found] == ["It was trained on 3.3 trillion tokens."]
    assert found[0].label is Label.SUPPORTED and found[0].article_location == "en.md"
    assert store.find_claims(found[0].claim_id) == found
    assert store.find_claims("100%_") == []  # LIKE wildcards are literal

    every = store.checked_claims()
    assert len(every) == 4
    others = store.checked_claims(exclude_article="en.md")
    assert [(c.article_location, c.label) for c in others] == [("fr.md", Label.REFUTED)]
    assert store.checked_claims(exclude_article=found[0].article_id) == others
    assert {c.kind for c in every} == {ClaimKind.CLAIM}
    assert store.checked_claims(language="fr") == []  # make_article tags claims "en"


def test_runs_lists_newest_first_with_counts(store: Store):
    first, *_ = check_article(store)
    second, *_ = check_article(store, label=Label.REFUTED)
    runs = store.runs()
    assert [r.run_id for r in runs] == [second, first]
    assert runs[0].counts == {"refuted": 3} and runs[0].articles == 1 and runs[0].finished_at
    assert len(store.runs(limit=1)) == 1
    with pytest.raises(StoreError, match="no such run"):
        store.finish_run("missing", counts={})


# ---------------------------------------------------------------- sources and passages


def test_source_versions_latest_and_errors_not_cached(store: Store):
    v1, v4 = list(iter_snapshot(PHI3))
    store.save_source(v4, split(v4))
    store.save_source(v1, split(v1))
    assert store.get_source("arXiv:2404.14219") == v4  # latest by version number, not by save order
    assert store.get_source("arXiv:2404.14219", "v1") == v1
    assert [s.version for s in store.source_versions("arXiv:2404.14219")] == ["v1", "v4"]
    assert store.passages("arXiv:2404.14219", "v4") == split(v4)
    assert "phi-3.5" in store.passages("arXiv:2404.14219", "v4")[-2].text.lower() or any(
        "phi-3.5" in p.text for p in store.passages("arXiv:2404.14219", "v4"))
    assert not any("phi-3.5" in p.text for p in store.passages("arXiv:2404.14219", "v1"))

    failed = dataclasses.replace(make_source("https://example.org/a", "x", "t"), status="error", error="timeout",
                                 text="", sha256="")
    store.save_source(failed, [])
    store.save_source(failed, [])
    assert store.get_source("https://example.org/a") is None
    rows = list(store.db.query("SELECT key, error FROM source_errors"))
    assert rows == [{"key": "https://example.org/a", "error": "timeout"}] * 2
    page = make_source("https://example.org/a", "abc123", "A page. It says 42.")
    store.save_source(page, split(page))
    assert store.get_source("https://example.org/a") == page


def test_saving_a_source_again_keeps_one_set_of_passages(store: Store):
    source = make_source("doi:10.1/x", "v1", "First sentence. Second sentence.")
    store.save_source(source, split(source))
    store.save_source(dataclasses.replace(source, etag='"abc"'), split(source))
    assert store.get_source("doi:10.1/x").etag == '"abc"'
    assert store.passages("doi:10.1/x", "v1") == split(source) and len(split(source)) == 2
    changed = make_source("doi:10.1/x", "v1", "Corrected sentence. Second sentence. Third.")
    store.save_source(changed, split(changed))
    assert [p.text for p in store.passages("doi:10.1/x", "v1")] == [p.text for p in split(changed)]
    # The full-text index followed: the old wording is no longer found.
    assert store.search_passages("First") == []
    assert store.search_passages("Corrected")[0][0].text.startswith("Corrected")
    assert store.db.execute("INSERT INTO passages_fts(passages_fts) VALUES('integrity-check')").rowcount != 0


def test_search_passages_ranks_and_escapes_query_syntax(store: Store):
    for source in iter_snapshot(PHI3):
        store.save_source(source, split(source))
    other = make_source("doi:10.1/other", "v1", "A model for phones. Nothing about benchmarks.")
    store.save_source(other, split(other))
    hits = store.search_passages("phi-3.5-MoE active parameters")
    assert hits and "6.6 billion active parameters" in hits[0][0].text
    assert hits[0][0].version == "v4"
    assert [score for _, score in hits] == sorted((score for _, score in hits), reverse=True)
    for nasty in ('"unbalanced', "NEAR(phone", "phone*", "a AND OR NOT", "-phone", "col:phone", "^phone", "(", ""):
        store.search_passages(nasty)  # no FTS5 syntax error escapes
    assert store.search_passages('phones"') and store.search_passages("-") == []
    only = store.search_passages("phone", keys=["doi:10.1/other"])
    assert {p.source_key for p, _ in only} == {"doi:10.1/other"}
    assert store.search_passages("phone", keys=[]) == []
    assert len(store.search_passages("phone", limit=1)) == 1


def test_import_sources_counts_and_never_downgrades_full_text(store: Store):
    v1, v4 = list(iter_snapshot(PHI3))
    stats = store.import_sources(with_passages([v1, v4]))
    assert (stats.records, stats.sources_added, stats.sources_unchanged) == (2, 2, 0)
    again = store.import_sources(with_passages([v1, v4, v4]))
    assert (again.records, again.sources_added, again.sources_unchanged, again.sources_updated) == (3, 0, 3, 0)
    full_text = dataclasses.replace(v4, text=v4.text + "\n\n1 Introduction. More.", sha256="f" * 64, content="fulltext")
    store.save_source(full_text, split(full_text))
    kept = store.import_sources(with_passages([v4]))
    assert kept.sources_unchanged == 1 and store.get_source(v4.key, "v4").content == "fulltext"
    edited = dataclasses.replace(v1, text=v1.text + " Edited.", sha256=sha256_text(v1.text + " Edited."))
    updated = store.import_sources(with_passages([edited]))
    assert updated.sources_updated == 1 and store.get_source(v1.key, "v1").text.endswith("Edited.")
    assert store.passages(v1.key, "v1") == split(edited)
    error = dataclasses.replace(v1, status="error", error="timeout")
    assert store.import_sources([(error, [])]).errors_skipped == 1


def snapshot_head(tmp_path: Path, lines: int, *, then: list[str] = ()) -> Path:
    """The first ``lines`` records of the corpus snapshot, the Phi-3 records, then ``then``."""
    with gzip.open(SNAPSHOT, "rt", encoding="utf-8") as corpus:
        head = [line.rstrip("\n") for line in itertools.islice(corpus, lines)]
    path = tmp_path / "head.jsonl"
    path.write_text("\n".join([*head, *PHI3.read_text().splitlines(), *then]) + "\n", encoding="utf-8")
    return path


def stored_rows(store: Store) -> tuple[list[tuple], list[tuple]]:
    sources = store.db.execute(
        "SELECT key, version, version_number, url, title, text, sha256, retrieved_at, authors, published, "
        "versions, content, etag, last_modified, doi, origin FROM sources ORDER BY key, version"
    ).fetchall()
    passages = store.db.execute(
        'SELECT source_key, version, position, start, "end", text FROM passages ORDER BY source_key, version, position'
    ).fetchall()
    return [tuple(r) for r in sources], [tuple(r) for r in passages]


def test_import_snapshot_stores_what_importing_split_sources_stores(store: Store, tmp_path: Path):
    path = snapshot_head(tmp_path, 300)
    stats = store.import_snapshot(path, batch_size=100)
    assert (stats.records, stats.sources_added, stats.sources_unchanged) == (302, 302, 0)
    store.checkpoint()  # the file alone now holds every page the import counted
    assert stats.database_bytes == (tmp_path / "factcheck.db").stat().st_size > 300 * 1000
    by_pairs = Store.open(tmp_path / "pairs.db")
    by_pairs.import_sources(with_passages(iter_snapshot(path), split))
    assert stored_rows(store) == stored_rows(by_pairs)
    by_pairs.close()
    assert store.passages("arXiv:2404.14219", "v4") == split(list(iter_snapshot(PHI3))[1])
    hit, _ = store.search_passages("part-of-speech tagging chunking", limit=1)[0]
    assert hit.source_key == "arXiv:1103.0398"
    assert_fts_in_step(store)
    again = store.import_snapshot(path, batch_size=100)
    assert (again.records, again.sources_added, again.sources_unchanged) == (302, 0, 302)
    in_process = store.import_snapshot(path, worker=False)
    assert (in_process.records, in_process.sources_unchanged) == (302, 302)
    assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_import_snapshot_holds_one_batch_at_a_time_however_long_the_file(tmp_path: Path):
    peaks = []
    for records in (200, 800):
        path = snapshot_head(tmp_path, records)
        store = Store.open(tmp_path / f"flat-{records}.db")
        tracemalloc.start()
        store.import_snapshot(path, batch_size=50)
        peaks.append(tracemalloc.get_traced_memory()[1])
        tracemalloc.stop()
        store.close()
    # A batch of 50 abstracts is about 200 kB of rows; holding the file
    # (4x longer the second time) would add megabytes.
    assert peaks[1] < peaks[0] * 1.25 + 100_000, peaks


def test_import_snapshot_stops_at_a_bad_line_and_keeps_the_batches_before_it(store: Store, tmp_path: Path):
    path = snapshot_head(tmp_path, 250, then=['{"id": "2101.00001", "abstract": 7}', '{"key": "doi:10.1/late", "text": "Late."}'])
    with pytest.raises(InputError, match=r"head\.jsonl:253: field 'abstract' must be a non-empty string"):
        store.import_snapshot(path, batch_size=100)
    # Batches of 100 were committed as they came; the one holding the bad line was not.
    assert store.db.execute("SELECT count(*) FROM sources").fetchone()[0] == 200
    assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    problems: list[str] = []
    stats = store.import_snapshot(path, batch_size=100, skip_invalid=True, problems=problems)
    assert (stats.records, stats.sources_added, stats.sources_unchanged) == (253, 53, 200)
    assert [p.split(": ")[0] for p in problems] == [f"{path}:253"]
    assert store.get_source("doi:10.1/late").text == "Late."


def test_import_snapshot_commits_whole_batches_whatever_size_the_reader_sends(store: Store, tmp_path: Path):
    # The reader sends 250 records at a time; a transaction holds batch_size.
    path = snapshot_head(tmp_path, 700, then=['{"id": "2101.00001", "abstract": 7}'])
    with pytest.raises(InputError, match=r"head\.jsonl:703"):
        store.import_snapshot(path, batch_size=300)
    assert store.db.execute("SELECT count(*) FROM sources").fetchone()[0] == 600
    assert store.db.execute("SELECT count(DISTINCT source_key) FROM passages").fetchone()[0] == 600
    assert_fts_in_step(store)
    problems: list[str] = []
    stats = store.import_snapshot(path, batch_size=300, skip_invalid=True, problems=problems)
    assert (stats.records, stats.sources_added, stats.sources_unchanged) == (702, 102, 600)


def test_import_snapshot_on_a_full_disk_rolls_back_the_batch_and_stops_the_reader(store: Store, tmp_path: Path):
    path = snapshot_head(tmp_path, 600)
    pages = store.db.execute("PRAGMA page_count").fetchone()[0]
    store.db.execute(f"PRAGMA max_page_count = {pages + 150}")  # room for the first batches only
    with pytest.raises(StoreReadOnly, match="full"):
        store.import_snapshot(path, batch_size=100)
    assert multiprocessing.active_children() == []
    stored = store.db.execute("SELECT count(*) FROM sources").fetchone()[0]
    assert 0 < stored < 602 and stored % 100 == 0  # whole batches, the failed one absent
    assert_passages_consistent(store)
    store.db.execute("PRAGMA max_page_count = 1073741823")
    stats = store.import_snapshot(path, batch_size=100)
    assert (stats.sources_added, stats.sources_unchanged) == (602 - stored, stored)


def test_an_import_killed_with_sigkill_leaves_whole_batches_and_its_reader_exits(tmp_path: Path):
    path = snapshot_head(tmp_path, 1500)
    db = tmp_path / "killed.db"
    Store.open(db).close()
    pid = os.fork()
    if pid == 0:  # the importing process
        try:
            Store.open(db).import_snapshot(path, batch_size=100)
        finally:
            os._exit(0)
    reader = None
    deadline = time.monotonic() + 60
    while True:  # until the first batches are committed
        children = [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
        reader = children[0] if children else reader
        with contextlib.closing(sqlite3.connect(db)) as conn:
            if conn.execute("SELECT count(*) FROM sources").fetchone()[0] >= 300:
                break
        assert time.monotonic() < deadline, "the import never committed"
        time.sleep(0.01)
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    assert reader is not None
    while Path(f"/proc/{reader}").exists() and "zombie" not in Path(f"/proc/{reader}/status").read_text():
        assert time.monotonic() < deadline, "the reader outlived the import"
        time.sleep(0.01)  # it stops at its next send, on the broken pipe
    store = Store.open(db)
    assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    stored = store.db.execute("SELECT count(*) FROM sources").fetchone()[0]
    assert stored % 100 == 0
    assert_fts_in_step(store)
    stats = store.import_snapshot(path, batch_size=1000)
    assert (stats.sources_added, stats.sources_unchanged) == (1502 - stored, stored)
    store.close()


# ---------------------------------------------------------------- copies for CI artifacts


def test_checkpoint_then_the_file_alone_holds_every_row(store: Store, tmp_path: Path):
    check_article(store)
    v1, v4 = list(iter_snapshot(PHI3))
    store.import_sources(with_passages([v1, v4]))
    store.checkpoint()
    copy_dir = tmp_path / "copy"
    copy_dir.mkdir()
    shutil.copy(tmp_path / "factcheck.db", copy_dir / "factcheck.db")  # the main file only, no -wal
    copy = Store.open(copy_dir / "factcheck.db")
    assert table_counts(copy) == table_counts(store)
    assert copy.search_passages("phi-3.5-MoE")
    copy.close()


def test_backup_is_a_complete_single_file(store: Store, tmp_path: Path):
    check_article(store)
    dest = tmp_path / "artifact" / "factcheck-backup.db"
    dest.parent.mkdir()
    store.backup(dest)
    assert not (tmp_path / "artifact" / "factcheck-backup.db-wal").exists()
    raw = sqlite3.connect(dest)
    assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    raw.close()
    copy = Store.open(dest)
    assert table_counts(copy) == table_counts(store)
    assert copy.load_result().articles[0].claims[0].verdict == store.load_result().articles[0].claims[0].verdict
    copy.close()


# ---------------------------------------------------------------- any query text is safe


from hypothesis import given, settings, strategies as st  # noqa: E402

_MEMORY_STORE = None


def memory_store() -> Store:
    global _MEMORY_STORE
    if _MEMORY_STORE is None:
        _MEMORY_STORE = Store.open(":memory:")
        for source in iter_snapshot(PHI3):
            _MEMORY_STORE.save_source(source, split(source))
    return _MEMORY_STORE


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60))
def test_no_query_text_breaks_the_full_text_search(query: str):
    hits = memory_store().search_passages(query, limit=5)
    assert all(passage.source_key == "arXiv:2404.14219" for passage, _ in hits)


def test_an_in_memory_store_works_without_a_file():
    store = Store.open(":memory:")
    _, _, claims, added = check_article(store)
    assert added == len(claims) and store.load_result().articles[0].article.location == "articles/phi.md"
    store.close()


def test_writing_under_an_unknown_run_is_refused_whole(store: Store):
    article, claims, references, links = make_article("a.md", ARTICLE_TEXT)
    with pytest.raises(StoreError, match="no run r-unknown"):
        store.save_article("r-unknown", article, claims, references, links, sources_fingerprint="f", verifier_version="1")
    with pytest.raises(StoreError, match="no run r-unknown"):
        store.save_verdicts("r-unknown", [make_verdict(claims[0].id)], checked_at="t")
    counts = table_counts(store)
    assert counts.pop("_sqlite_migrations") == 3 and set(counts.values()) == {0}


def test_views_for_datasette(store: Store):
    _, article, claims, _ = check_article(store, label=Label.NOT_ENOUGH_INFO)
    check_article(store, label=Label.SUPPORTED)
    rows = list(store.db.query("SELECT claim_id, location, label FROM claims_with_verdicts ORDER BY claim_id"))
    assert rows == sorted(
        ({"claim_id": c.id, "location": "articles/phi.md", "label": "supported"} for c in claims),
        key=lambda r: r["claim_id"],
    )
    latest = list(store.db.query("SELECT claim_id, label FROM latest_verdicts"))
    assert len(latest) == 3 and {r["label"] for r in latest} == {"supported"}
    assert store.db.execute("SELECT count(*) FROM verdicts").fetchone()[0] == 6


def test_readers_do_not_wait_for_a_writer(tmp_path: Path):
    writer = Store.open(tmp_path / "factcheck.db")
    reader = Store.open(tmp_path / "factcheck.db")
    first, *_ = check_article(writer)
    writer.db.execute("BEGIN IMMEDIATE")  # another process in the middle of a long write
    writer.db.execute("INSERT INTO runs (id, command, verifier, verifier_version, started_at) VALUES ('x', 'c', 'v', '1', 'z')")
    started = time.monotonic()
    assert [r.run_id for r in reader.runs()] == [first]  # the committed state, at once
    assert reader.load_result().run_id == first
    assert time.monotonic() - started < 1.0
    writer.db.execute("COMMIT")
    assert len(reader.runs()) == 2
    writer.close()
    reader.close()


def test_load_result_without_a_sources_list_uses_verdicts_and_failed_attempts(store: Store):
    v4 = make_source("arXiv:2404.14219", "v4", "Phi-3 report. phi-3-mini achieves 69% on MMLU.")
    store.save_source(v4, split(v4))
    gone = Source(key="doi:10.1/gone", version="", url="https://doi.org/10.1/gone", title=None, text="",
                  sha256="", retrieved_at="2000-01-01T00:00:00+00:00", status="error", error="not_found")
    store.save_source(gone, [])
    article, claims, references, links = make_article("a.md", ARTICLE_TEXT)
    doi = Reference(ReferenceKind.DOI, "10.1/gone", raw="doi:10.1/gone", start=0, end=5)
    links = {**links, claims[1].id: (*links[claims[1].id], doi)}
    run = store.start_run(command="check", verifier="lexical", verifier_version="1")
    store.save_article(run, article, claims, references, links, sources_fingerprint="f", verifier_version="1")
    store.save_verdicts(run, [make_verdict(c.id) for c in claims], checked_at="t")
    (checked,) = store.load_result().articles
    assert [(s.key, s.status, s.error) for s in checked.sources] == [
        ("arXiv:2404.14219", "ok", None),
        ("doi:10.1/gone", "error", "not_found"),
    ]
    assert checked.claims[1].references[-1] == doi


def test_an_older_database_is_migrated_forward(tmp_path: Path):
    from sqlite_utils import Database

    path = tmp_path / "old.db"
    old = Database(path)
    migrations.apply(old, stop_before="0002_sources_passages")  # a file made by an earlier release
    old.close()
    with pytest.raises(StoreError, match="older than this version"):
        Store.open(path, read_only=True)
    store = Store.open(path)
    assert store.migrations_applied == ("0002_sources_passages", "0003_verdicts_and_views")
    _, _, claims, added = check_article(store)
    assert added == len(claims)
    store.close()
    assert Store.open(path, read_only=True).runs()[0].command == "check"
