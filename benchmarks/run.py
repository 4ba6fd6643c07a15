"""Run every benchmark of issue 6, print each figure beside its budget, write JSON.

    python benchmarks/run.py            # full sizes (several minutes; the 100x store is built once and kept)
    python benchmarks/run.py --quick    # small sizes, for a smoke test
    python benchmarks/run.py --only import,growth

Writes ``benchmarks/out/results.json`` (``--out`` to change). Machines are
noisy: figures are medians of several runs, and comparisons (naive vs
indexed) are made within one run.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import traceback
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import ROOT, Section, describe_machine, machine  # noqa: E402

SECTIONS = ("import", "one article", "many claims", "growth", "memory", "fetching")


@dataclass(frozen=True)
class Sizes:
    import_limit: int | None  # None: the whole snapshot
    flat_records: int
    article_runs: int
    claims: int
    growth_factors: tuple[int, ...]
    growth_claims: int
    growth_slow_runs: int
    memory_articles: int
    fetch_batches: tuple[int, ...]
    fetch_cold_papers: int
    fetch_interval: float


FULL = Sizes(None, 8000, 7, 1000, (1, 10, 100), 20, 3, 1000, (1, 100, 101, 250), 20, 0.25)
QUICK = Sizes(100, 20, 1, 20, (1, 10), 3, 1, 5, (1, 101), 2, 0.05)


def run_all(sizes: Sizes, *, only: set[str], work: Path, seed: int) -> list[Section]:
    import bench_article
    import bench_claims
    import bench_fetch
    import bench_growth
    import bench_import
    import bench_memory

    sections: list[Section] = []
    base_db = work / "store-1x.db"

    def attempt(name: str, body) -> None:  # type: ignore[no-untyped-def]
        if name not in only:
            return
        section = Section(name)
        sections.append(section)
        started = time.perf_counter()
        print(f"... {name}", file=sys.stderr, flush=True)
        try:
            body(section)
        except Exception as error:  # one broken benchmark must not hide the others' numbers
            section.error = f"{type(error).__name__}: {error}"
            section.details["traceback"] = traceback.format_exc()
        section.details["benchmark_seconds"] = time.perf_counter() - started

    def needs_store() -> None:
        if not base_db.exists():
            raise RuntimeError("no imported store: run the import benchmark first (it builds store-1x.db)")

    attempt("import", lambda s: bench_import.run(s, work=work, limit=sizes.import_limit, flat_records=sizes.flat_records))
    attempt("one article", lambda s: bench_article.run(s, work=work, runs=sizes.article_runs))

    def claims(section: Section) -> None:
        needs_store()
        bench_claims.run(section, base_db=base_db, work=work, count=sizes.claims, seed=seed)

    def growth(section: Section) -> None:
        needs_store()
        bench_growth.run(section, base_db=base_db, work=work, factors=list(sizes.growth_factors), seed=seed, claims_per_size=sizes.growth_claims, slow_runs=sizes.growth_slow_runs)

    def memory(section: Section) -> None:
        needs_store()
        bench_memory.run(section, base_db=base_db, work=work, count=sizes.memory_articles, seed=seed)

    attempt("many claims", claims)
    attempt("growth", growth)
    attempt("memory", memory)
    attempt("fetching", lambda s: bench_fetch.run(s, work=work, batch_sizes=list(sizes.fetch_batches), cold_papers=sizes.fetch_cold_papers, interval=sizes.fetch_interval))
    return sections


def _number(value: float | None) -> str:
    if value is None:
        return "-"
    if abs(value) >= 100:
        return f"{value:,.0f}"
    if abs(value) >= 10:
        return f"{value:.1f}"
    return f"{value:.3g}"


def table(sections: list[Section]) -> str:
    rows = [("section", "figure", "value", "budget", "status")]
    notes = []
    for section in sections:
        if section.error:
            rows.append((section.name, "(did not run)", "-", "-", "ERROR"))
            notes.append(f"{section.name}: {section.error}")
        for figure in section.figures:
            budget = f"{figure.op} {_number(figure.budget)} {figure.unit}" if figure.budget is not None else ""
            rows.append((section.name, figure.name, f"{_number(figure.value)} {figure.unit}", budget, figure.status))
            if figure.note:
                notes.append(f"{section.name} / {figure.name}: {figure.note}")
    widths = [max(len(row[i]) for row in rows) for i in range(5)]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip() for row in rows]
    lines.insert(1, "  ".join("-" * width for width in widths))
    return "\n".join(lines) + ("\n\nnotes:\n" + "\n".join(f"  {note}" for note in notes) if notes else "")


def code_version() -> dict[str, object]:
    """The commit measured, and whether the package had uncommitted changes (others work in this tree)."""
    import subprocess

    def git(*args: str) -> str:
        try:
            return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, timeout=10).stdout.strip()
        except (OSError, subprocess.SubprocessError):
            return ""

    return {"commit": git("rev-parse", "HEAD"), "uncommitted_package_files": git("status", "--porcelain", "--", "factcheck").splitlines()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="factcheck benchmarks (issue 6)")
    parser.add_argument("--quick", action="store_true", help="small sizes: seconds, not minutes")
    parser.add_argument("--only", default=",".join(SECTIONS), help=f"comma list of: {', '.join(SECTIONS)}")
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "out" / "results.json")
    parser.add_argument("--work", type=Path, default=None, help="folder for the stores it builds (default: beside --out)")
    parser.add_argument("--seed", type=int, default=6)
    args = parser.parse_args(argv)
    only = {name.strip() for name in args.only.split(",") if name.strip()}
    unknown = only - set(SECTIONS)
    if unknown:
        parser.error(f"unknown sections: {', '.join(sorted(unknown))}")
    sizes = QUICK if args.quick else FULL
    work = args.work or args.out.parent / ("work-quick" if args.quick else "work")
    work.mkdir(parents=True, exist_ok=True)
    info = machine()
    print(f"machine: {describe_machine(info)}", file=sys.stderr)
    started = datetime.now(timezone.utc)
    code_at_start = code_version()
    clock = time.perf_counter()
    sections = run_all(sizes, only=only, work=work, seed=args.seed)
    elapsed = time.perf_counter() - clock
    print(f"\nfactcheck benchmarks ({'quick' if args.quick else 'full'} sizes), {elapsed:.0f} s")
    print(f"machine: {describe_machine(info)}\n")
    print(table(sections))
    payload = {
        "started_at": started.isoformat(timespec="seconds"),
        "seconds": elapsed,
        "mode": "quick" if args.quick else "full",
        "sizes": sizes.__dict__,
        "machine": info,
        # Commits landing during a run would mix code versions: both ends are kept.
        "code_at_start": code_at_start,
        "code_at_end": code_version(),
        "sections": [
            {"name": s.name, "error": s.error, "figures": [f.as_dict() for f in s.figures], "details": s.details} for s in sections
        ],
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(payload, indent=2, default=str), encoding="utf-8")
    print(f"\nwrote {args.out}")
    return 1 if any(s.error for s in sections) else 0


if __name__ == "__main__":
    raise SystemExit(main())
