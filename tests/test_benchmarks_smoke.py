"""The benchmark harness runs end to end on tiny sizes and reports every figure of issue 6.

No timing is asserted: machines differ. What is asserted is what a reader of
the table and of results.json relies on: every section ran, every figure has
a number, budgets sit beside the figures that have one, and the counts that
do not depend on speed (metadata requests per batch) are right.
"""

from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def quick_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[subprocess.CompletedProcess[str], dict]:
    folder = tmp_path_factory.mktemp("bench")
    out = folder / "results.json"
    completed = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "run.py"), "--quick", "--out", str(out), "--work", str(folder / "work")],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=ROOT,
    )
    assert out.exists(), completed.stderr[-2000:]
    return completed, json.loads(out.read_text(encoding="utf-8"))


def _figures(results: dict) -> dict[str, dict]:
    return {f"{section['name']} / {figure['name']}": figure for section in results["sections"] for figure in section["figures"]}


@pytest.mark.slow
def test_every_section_runs_without_error(quick_run) -> None:
    completed, results = quick_run
    names = [section["name"] for section in results["sections"]]
    assert names == ["import", "one article", "many claims", "growth", "memory", "fetching"]
    errors = {section["name"]: section["error"] for section in results["sections"] if section["error"]}
    assert errors == {}, errors
    assert completed.returncode == 0, completed.stderr[-2000:]


@pytest.mark.slow
def test_every_budget_of_the_issue_has_a_measured_figure(quick_run) -> None:
    _, results = quick_run
    figures = _figures(results)
    wanted = {
        "import / records/s (whole process)": (">=", 5000),
        "import / peak RSS growth 1x -> 4x file": ("<=", 1.25),
        "one article / check --all (every claim checked), median": ("<=", 1.0),
        "many claims / claims verified per second": (">=", 300),
        "memory / peak RSS, 5 articles in one run": ("<=", 400),
        "fetching / cold run, 2 papers: wall / interval-imposed": ("<=", 1.1),
    }
    for name, (op, budget) in wanted.items():
        assert name in figures, sorted(figures)
        assert figures[name]["op"] == op and figures[name]["budget"] == budget
        assert isinstance(figures[name]["value"], (int, float)) and figures[name]["value"] > 0
        assert figures[name]["status"] in ("ok",) or figures[name]["status"].startswith("MISSED")
    for name in (
        "import / DB bytes per stored abstract",
        "many claims / per-claim median",
        "many claims / per-claim 95th percentile",
        "growth / 1x: naive / indexed",
        "growth / 10x: naive / indexed",
        "one article / imports during check --all (python -X importtime)",
    ):
        assert isinstance(figures[name]["value"], (int, float)) and figures[name]["value"] > 0, name
    median = figures["many claims / per-claim median"]["value"]
    p95 = figures["many claims / per-claim 95th percentile"]["value"]
    assert p95 >= median


@pytest.mark.slow
def test_arxiv_references_are_batched_a_hundred_per_request(quick_run) -> None:
    _, results = quick_run
    fetching = next(section for section in results["sections"] if section["name"] == "fetching")
    for count, seen in fetching["details"]["batching"].items():
        assert seen["api_requests"] == math.ceil(int(count) / 100)
        assert seen["resolved"] == int(count)
        assert sum(seen["ids_per_request"]) == int(count)
    cold = fetching["details"]["cold_run"]
    assert cold["api_requests"] == 1 and cold["sources_ok"] == cold["papers"]


@pytest.mark.slow
def test_the_table_names_the_machine_and_every_figure(quick_run) -> None:
    completed, results = quick_run
    assert completed.stdout.startswith("\nfactcheck benchmarks (quick sizes)") or "factcheck benchmarks (quick sizes)" in completed.stdout
    assert "machine: " in completed.stdout and "Python 3." in completed.stdout
    for figure in _figures(results).values():
        assert figure["name"] in completed.stdout
    assert results["machine"]["cores"] >= 1 and results["machine"]["memory_bytes"] > 0
