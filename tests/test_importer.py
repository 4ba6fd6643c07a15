"""Reading arXiv metadata snapshots and generic source lines into Source values."""

from __future__ import annotations

import gzip
import itertools
import json
import multiprocessing
import os
import sys
import tracemalloc
from pathlib import Path

import pytest

from factcheck import importer

from factcheck.errors import InputError
from factcheck.importer import iter_snapshot, iter_snapshot_batches
from factcheck.store import Store
from factcheck.types import SourceVersion, sha256_text

from support_store import quick_split, with_passages


@pytest.fixture(autouse=True)
def _reader_worker_despite_idle_threads(monkeypatch: pytest.MonkeyPatch) -> None:
    """Read snapshots in the worker process, as a fresh CLI process does.

    The importer reads in-process when other threads exist (forking a
    threaded process is unsafe in general); earlier tests in the same run
    leave idle ones behind, such as the fetcher's name-resolution pool,
    which would silently switch these tests to the in-process reader.
    """
    monkeypatch.setattr(importer, "_can_fork", lambda: sys.platform.startswith("linux"))

SOURCES = Path(__file__).resolve().parent.parent / "fixtures" / "sources"

# A record exactly as the public arXiv metadata snapshot writes it (hard-wrapped abstract).
ARXIV_RECORD = {
    "id": "0704.0001",
    "submitter": "Pavel Nadolsky",
    "authors": "C. Bal\\'azs, E. L. Berger, P. M. Nadolsky, C.-P. Yuan",
    "title": "Calculation of prompt diphoton production cross sections at Tevatron and\n  LHC energies",
    "comments": "37 pages, 15 figures",
    "journal-ref": "Phys.Rev.D76:013009,2007",
    "doi": "10.1103/PhysRevD.76.013009",
    "categories": "hep-ph",
    "abstract": "  A fully differential calculation in perturbative quantum chromodynamics is\npresented for the production of massive photon pairs at hadron colliders.\n",
    "versions": [
        {"version": "v1", "created": "Mon, 2 Apr 2007 19:18:42 GMT"},
        {"version": "v2", "created": "Tue, 24 Jul 2007 20:10:27 GMT"},
    ],
    "update_date": "2008-11-13",
    "authors_parsed": [["Balázs", "C.", ""], ["Berger", "E. L.", ""], ["Nadolsky", "P. M.", ""], ["Yuan", "C. -P.", ""]],
}


def write_lines(path: Path, lines: list[str]) -> Path:
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def test_an_arxiv_record_becomes_its_last_version(tmp_path: Path):
    (source,) = iter_snapshot(write_lines(tmp_path / "s.jsonl", [json.dumps(ARXIV_RECORD)]))
    assert source.key == "arXiv:0704.0001" and source.version == "v2"
    assert source.url == "https://arxiv.org/abs/0704.0001v2"
    assert source.title == "Calculation of prompt diphoton production cross sections at Tevatron and LHC energies"
    assert source.text == source.title + "\n\n" + (
        "A fully differential calculation in perturbative quantum chromodynamics is presented "
        "for the production of massive photon pairs at hadron colliders."
    )
    assert source.sha256 == sha256_text(source.text)
    assert source.authors == ("C. Balázs", "E. L. Berger", "P. M. Nadolsky", "C. -P. Yuan")  # authors_parsed wins
    assert source.versions == (
        SourceVersion("v1", "2007-04-02T19:18:42+00:00"),
        SourceVersion("v2", "2007-07-24T20:10:27+00:00"),
    )
    assert source.published == "2007-07-24T20:10:27+00:00"
    assert source.retrieved_at == "2008-11-13"
    assert source.doi == "10.1103/physrevd.76.013009"
    assert source.ok and source.content == "abstract"


def test_author_string_and_missing_versions(tmp_path: Path):
    record = {"id": "2101.00001v3", "title": "T", "abstract": "A.", "authors": "Ann Lee, Bo Chen and Cy Diaz"}
    (source,) = iter_snapshot(write_lines(tmp_path / "s.jsonl", [json.dumps(record)]))
    assert source.authors == ("Ann Lee", "Bo Chen", "Cy Diaz")
    assert (source.key, source.version) == ("arXiv:2101.00001", "v3")
    old_style = {"id": "hep-th/9901001", "title": "Old", "abstract": "Old style id."}
    (source,) = iter_snapshot(write_lines(tmp_path / "o.jsonl", [json.dumps(old_style)]))
    assert (source.key, source.version, source.authors) == ("arXiv:hep-th/9901001", "v1", ())


def test_the_phi3_snapshots_give_v1_and_v4(tmp_path: Path):
    v1, v4 = iter_snapshot(SOURCES / "phi3-versions.jsonl")
    assert (v1.key, v1.version, v4.version) == ("arXiv:2404.14219", "v1", "v4")
    assert "phi-3.5" not in v1.text and "phi-3.5-MoE" in v4.text
    assert [v.version for v in v4.versions] == ["v1", "v2", "v3", "v4"]
    store = Store.open(tmp_path / "db.sqlite")
    store.import_sources(with_passages([v1, v4]))
    assert [s.version for s in store.source_versions("arXiv:2404.14219")] == ["v1", "v4"]
    assert store.get_source("arXiv:2404.14219").version == "v4"
    store.close()


def test_generic_lines_for_sources_that_are_not_arxiv_papers(tmp_path: Path):
    sample = list(iter_snapshot(SOURCES / "check-covid-sample.jsonl"))
    assert len(sample) == 5 and all(s.key.startswith("cord19:") for s in sample)
    first = sample[0]
    assert first.title == "Field-deployable, rapid diagnostic testing of saliva samples for SARS-CoV-2."
    assert first.text.startswith(first.title + "\n\nAbstract Rapid, scalable")
    assert first.version == first.sha256[:12]  # unversioned sources are versioned by content

    lines = [
        json.dumps({"key": "doi:10.1/X", "version": "v2", "title": "A title", "text": "Body.", "published": "2021-03-04"}),
        json.dumps({"key": "https://example.org/page", "text": "Just text."}),
        json.dumps(ARXIV_RECORD),  # formats may be mixed, line by line
    ]
    doi, page, arxiv = iter_snapshot(write_lines(tmp_path / "g.jsonl", lines))
    assert (doi.version, doi.url, doi.doi, doi.published) == ("v2", "https://doi.org/10.1/X", "10.1/x", "2021-03-04")
    assert (page.url, page.title, page.text) == ("https://example.org/page", None, "Just text.")
    assert arxiv.key == "arXiv:0704.0001"


def test_a_bad_line_names_its_line_number(tmp_path: Path):
    good = json.dumps(ARXIV_RECORD)
    cases = {
        "{not json": "not valid JSON",
        "[1, 2]": "expected a JSON object",
        json.dumps({"name": "x"}): "neither an arXiv snapshot record",
        json.dumps({"id": "1", "abstract": ""}): "'abstract' must be a non-empty string",
        json.dumps({"id": "1", "abstract": "a", "versions": "v1"}): "versions must be a list",
    }
    for bad, message in cases.items():
        path = write_lines(tmp_path / "bad.jsonl", [good, "", bad, good])
        reader = iter_snapshot(path)
        assert next(reader).key == "arXiv:0704.0001"
        with pytest.raises(InputError, match=rf"bad\.jsonl:3: .*{message}"):
            next(reader)
    (tmp_path / "latin1.jsonl").write_bytes(good.encode() + b"\n" + '{"id": "é"}'.encode("latin-1") + b"\n")
    with pytest.raises(InputError, match=r"latin1\.jsonl:2: not UTF-8"):
        list(iter_snapshot(tmp_path / "latin1.jsonl"))
    with pytest.raises(InputError, match="cannot read the snapshot"):
        list(iter_snapshot(tmp_path / "missing.jsonl"))


def test_skip_invalid_skips_and_reports(tmp_path: Path):
    path = write_lines(tmp_path / "mixed.jsonl", [json.dumps(ARXIV_RECORD), "{oops", "42", json.dumps(ARXIV_RECORD)])
    problems: list[str] = []
    sources = list(iter_snapshot(path, skip_invalid=True, problems=problems))
    assert len(sources) == 2
    assert [p.split(": ")[0] for p in problems] == [f"{path}:2", f"{path}:3"]


def test_gzip_input_and_a_truncated_gzip(tmp_path: Path):
    path = tmp_path / "snap.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as out:
        for n in range(50):
            out.write(json.dumps(dict(ARXIV_RECORD, id=f"0704.{n:04d}")) + "\n")
    assert [s.key for s in iter_snapshot(path)][-1] == "arXiv:0704.0049"
    data = path.read_bytes()
    (tmp_path / "cut.gz").write_bytes(data[: len(data) // 2])
    with pytest.raises(InputError, match="cannot read the snapshot"):
        list(iter_snapshot(tmp_path / "cut.gz"))


def test_the_corpus_snapshot_streams_in_flat_memory():
    snapshot = SOURCES / "arxiv-snapshot.jsonl.gz"  # 12 MB once decompressed
    tracemalloc.start()
    base, _ = tracemalloc.get_traced_memory()
    count = 0
    # tracemalloc slows allocation down a lot: 1,500 records are enough to see a trend.
    for count, source in enumerate(itertools.islice(iter_snapshot(snapshot), 1500), start=1):
        if count == 150:
            _, peak_early = tracemalloc.get_traced_memory()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert count == 1500
    # Holding the file (or a growing part of it) would cost megabytes.
    assert peak_early - base < 1_500_000 and peak - peak_early < 500_000, (base, peak_early, peak)
    assert source.key.startswith("arXiv:") and source.text


def test_importing_the_corpus_snapshot_sample_then_again_adds_nothing(tmp_path: Path):
    store = Store.open(tmp_path / "db.sqlite")
    head = list(itertools.islice(iter_snapshot(SOURCES / "arxiv-snapshot.jsonl.gz"), 800))
    first = store.import_sources(with_passages(head, quick_split), batch_size=300)
    assert (first.records, first.sources_added, first.sources_unchanged) == (800, 800, 0)
    rows = store.db.execute("SELECT count(*) FROM passages").fetchone()[0]
    second = store.import_sources(with_passages(head, quick_split), batch_size=300)
    assert (second.sources_added, second.sources_unchanged) == (0, 800)
    assert store.db.execute("SELECT count(*) FROM passages").fetchone()[0] == rows
    hit, _ = store.search_passages("part-of-speech tagging chunking", limit=1)[0]
    assert hit.source_key == "arXiv:1103.0398"
    store.close()


# ---------------------------------------------------------------- reading in a worker process


def numbered_records(path: Path, count: int, *, bad_at: int | None = None) -> Path:
    lines = [json.dumps(dict(ARXIV_RECORD, id=f"0704.{n:04d}")) for n in range(count)]
    if bad_at is not None:
        lines[bad_at - 1] = "{oops"
    return write_lines(path, lines)


def test_batches_read_in_a_worker_process_are_the_plain_reader_in_batches(tmp_path: Path):
    path = numbered_records(tmp_path / "s.jsonl", 45)
    batches = list(iter_snapshot_batches(path, lambda source: (source.key, os.getpid()), batch_size=10))
    assert [key for batch in batches for key, _ in batch] == [source.key for source in iter_snapshot(path)]
    assert [len(batch) for batch in batches] == [10, 10, 10, 10, 5]
    # The records were read by another process, which is gone once the batches are.
    assert {pid for batch in batches for _, pid in batch} != {os.getpid()}
    assert multiprocessing.active_children() == []
    plain = list(iter_snapshot_batches(path, lambda source: (source.key, os.getpid()), batch_size=10, worker=False))
    assert [key for batch in plain for key, _ in batch] == [key for batch in batches for key, _ in batch]
    assert {pid for batch in plain for _, pid in batch} == {os.getpid()}


def test_the_first_batches_from_the_worker_are_small_so_the_writer_starts_early(tmp_path: Path):
    path = numbered_records(tmp_path / "s.jsonl", 1500)
    sizes = [len(batch) for batch in iter_snapshot_batches(path, lambda source: source.key, batch_size=1000)]
    assert sizes == [200, 400, 800, 100]


def test_a_bad_line_read_in_the_worker_names_its_line_number(tmp_path: Path):
    path = numbered_records(tmp_path / "bad.jsonl", 30, bad_at=23)
    reader = iter_snapshot_batches(path, lambda source: source.key, batch_size=10)
    assert len(next(reader)) == 10 and len(next(reader)) == 10
    with pytest.raises(InputError, match=r"bad\.jsonl:23: not valid JSON"):
        next(reader)
    assert multiprocessing.active_children() == []
    problems: list[str] = []
    keys = [
        key
        for batch in iter_snapshot_batches(path, lambda source: source.key, batch_size=10, skip_invalid=True, problems=problems)
        for key in batch
    ]
    assert len(keys) == 29 and [p.split(": ")[0] for p in problems] == [f"{path}:23"]


def test_closing_the_batches_early_stops_the_worker(tmp_path: Path):
    path = numbered_records(tmp_path / "s.jsonl", 3000)
    reader = iter_snapshot_batches(path, lambda source: source.key, batch_size=50)
    assert len(next(reader)) == 50
    assert len(multiprocessing.active_children()) == 1
    reader.close()
    assert multiprocessing.active_children() == []


def test_a_worker_that_dies_or_fails_is_an_error_in_the_caller(tmp_path: Path):
    path = numbered_records(tmp_path / "s.jsonl", 40)

    caller = os.getpid()

    def die_at_the_25th(source):
        if source.key.endswith("0024") and os.getpid() != caller:
            os._exit(3)  # as if the reader were killed
        return source.key

    received = []
    with pytest.raises(InputError, match=r"reader process stopped unexpectedly \(exit code 3\)"):
        for batch in iter_snapshot_batches(path, die_at_the_25th, batch_size=10):
            received.extend(batch)
    # Batches still waiting in the dead reader are lost, never made up.
    assert received == [f"arXiv:0704.{n:04d}" for n in range(len(received))] and len(received) <= 20

    def buggy(source):
        raise KeyError("a bug, not a bad file")

    with pytest.raises(RuntimeError, match="snapshot reader failed: KeyError"):
        list(iter_snapshot_batches(path, buggy, batch_size=10))
    assert multiprocessing.active_children() == []


# ---------------------------------------------------------------- white space


from hypothesis import given, strategies as st  # noqa: E402

_SPACES = st.sampled_from([" ", "\n", "\t", "\r", "\xa0", "\u2009", "\u3000", "\x1c", "\x85", "\u2028", "\u200b", " \n"])


@given(st.lists(st.one_of(_SPACES, st.text(max_size=4)), max_size=12).map("".join))
def test_collapsing_white_space_is_split_then_join(text: str):
    # The fast path for hard-wrapped abstracts must give exactly what the plain rule gives.
    assert importer._collapse(text) == " ".join(text.split())


def test_hard_wrapped_abstracts_collapse_to_single_spaces():
    assert importer._collapse("A unified\nneural network\nfor tagging.") == "A unified neural network for tagging."
    assert importer._collapse(" lead\n\nand  double\u00a0space ") == "lead and double space"
