"""Store-wide passage search: ranked on the query's rarer words, bounded however large the store."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import factcheck.store as store_module
from factcheck.migrations import pending_steps, step_names
from factcheck.store import Store

from support_store import make_source, split


@pytest.fixture
def store(tmp_path: Path):
    opened = Store.open(tmp_path / "factcheck.db")
    yield opened
    opened.close()


@pytest.fixture
def small_limits(monkeypatch: pytest.MonkeyPatch) -> None:
    """The limits of a store of millions of passages, scaled down to a store of a hundred."""
    monkeypatch.setattr(store_module, "_FTS_SAMPLE", 8)
    monkeypatch.setattr(store_module, "_FTS_BUDGET", 12)
    monkeypatch.setattr(store_module, "_FTS_COMMON_SHARE", 0.05)


def fill(store: Store) -> None:
    """Ninety passages about language models (common words), a few about zebrafish and axolotls (rare)."""
    for number in range(90):
        colour = ("red", "green", "blue")[number % 3]
        animal = ("cat", "dog", "cow", "hen", "owl")[number % 5]
        text = f"A {colour} language model number {number} about a {animal} improves results on benchmark {number % 7}."
        source = make_source(f"doi:10.1/common{number}", "v1", text)
        store.save_source(source, split(source))
    rare = {
        "doi:10.1/target": "A language model trained on zebrafish embryo images improves results.",
        "doi:10.1/zebra1": "Zebrafish embryos develop quickly.",
        "doi:10.1/zebra2": "Zebrafish embryo counts were recorded daily.",
        "doi:10.1/axolotl": "Axolotl limbs regenerate; zebrafish fins do too.",
    }
    for key, text in rare.items():
        source = make_source(key, "v1", text)
        store.save_source(source, split(source))


def test_candidates_hold_a_rare_word_and_every_kept_word_ranks_them(store: Store, small_limits: None):
    fill(store)
    hits = store.search_passages("A language model improves results on zebrafish embryo images", limit=10)
    keys = [passage.source_key for passage, _ in hits]
    # Ranked on every word, not only the rare ones: the passage that also
    # shares "language model ... improves results" comes first.
    assert keys[0] == "doi:10.1/target"
    # No passage holding only the common words is ranked at all.
    assert set(keys) <= {"doi:10.1/target", "doi:10.1/zebra1", "doi:10.1/zebra2", "doi:10.1/axolotl"}
    assert "doi:10.1/zebra2" in keys  # "zebrafish embryo", without the common words
    scores = [score for _, score in hits]
    assert scores == sorted(scores, reverse=True)


def test_when_every_word_is_common_the_passages_holding_all_of_them_are_ranked(store: Store, small_limits: None):
    fill(store)
    hits = store.search_passages("red language model about a dog", limit=50)
    # red: 30 passages, dog: 18, language and model: 91, all above the budget of 12
    assert len(hits) == 6
    assert all("red language model" in passage.text and "dog" in passage.text for passage, _ in hits)
    # None holds all of them: the search still answers, from a bounded window.
    fallback = store.search_passages("red green language model", limit=5)
    assert len(fallback) == 5


def test_keys_restrict_the_ranked_candidates(store: Store, small_limits: None):
    fill(store)
    only = store.search_passages("zebrafish embryo", keys=["doi:10.1/zebra1", "doi:10.1/axolotl"])
    assert {passage.source_key for passage, _ in only} == {"doi:10.1/zebra1", "doi:10.1/axolotl"}
    assert store.search_passages("zebrafish", keys=["doi:10.1/common3"]) == []


def test_function_words_alone_find_what_holds_them(store: Store):
    fill(store)
    # Function words are searched only when the query has nothing else.
    assert all(" on " in passage.text for passage, _ in store.search_passages("on"))
    assert store.search_passages("on") and store.search_passages("the of") == []
    assert store.search_passages("words found nowhere") == []


def test_a_store_below_the_budget_ranks_every_passage_holding_any_word(store: Store):
    fill(store)
    hits = store.search_passages("zebrafish regenerate owl", limit=100)
    holding = [p for p, _ in hits if any(word in p.text.lower() for word in ("zebrafish", "regenerate", "owl"))]
    assert len(hits) == len(holding) == 22  # 18 owls, 4 zebrafish


# ---------------------------------------------------------------- start-up without sqlite-utils


def test_pending_steps_reads_what_sqlite_utils_recorded(tmp_path: Path):
    import sqlite3

    fresh = sqlite3.connect(tmp_path / "fresh.db")
    assert pending_steps(fresh) == list(step_names()) and len(step_names()) >= 3
    fresh.close()
    Store.open(tmp_path / "migrated.db").close()
    migrated = sqlite3.connect(tmp_path / "migrated.db")
    assert pending_steps(migrated) == []
    migrated.close()


def test_opening_a_migrated_store_does_not_import_sqlite_utils(tmp_path: Path):
    db = tmp_path / "factcheck.db"
    Store.open(db).close()
    code = (
        "import sys\n"
        "from factcheck.store import Store\n"
        f"store = Store.open({str(db)!r})\n"
        "store.search_passages('anything')\n"
        "print('sqlite_utils' in sys.modules, store.migrations_applied)\n"
        "store.db.table_names()\n"
        "print('sqlite_utils' in sys.modules)\n"
    )
    shown = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert shown.split("\n")[:2] == ["False ()", "True"]
