"""One article: ``factcheck check`` on the seed article, from process start to exit.

The store is warmed once with ``--replay fixtures/http`` (the recorded arXiv
answers), then every timed run is ``--offline``: unchanged runs (the article
is found unchanged and skipped) and ``--all`` runs (every claim is checked
again). Also ``python -X importtime`` of a ``--all`` run, summed per top-level
package, to show which imports the start-up pays for.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from common import FACTCHECK, ROOT, Section, child_env, median, run_child
from corpus import HTTP_FIXTURES, SEED_ARTICLE

BUDGET_SECONDS = 1.0
_IMPORT_LINE = re.compile(r"import time:\s+(\d+)\s+\|\s+(\d+)\s+\|(\s*)(\S+)")


def importtime_summary(stderr: str, top: int = 10) -> tuple[float, list[tuple[str, float]]]:
    """(total import seconds, heaviest top-level packages by cumulative seconds)."""
    per_package: dict[str, float] = {}
    total = 0.0
    for line in stderr.splitlines():
        match = _IMPORT_LINE.match(line)
        if not match:
            continue
        cumulative, indent, name = int(match.group(2)), len(match.group(3)), match.group(4)
        if indent == 1:  # imported by the program itself, not by another module
            total += cumulative / 1e6
            root = name.split(".")[0]
            per_package[root] = per_package.get(root, 0.0) + cumulative / 1e6
    heaviest = sorted(per_package.items(), key=lambda item: item[1], reverse=True)[:top]
    return total, heaviest


def run(section: Section, *, work: Path, runs: int) -> None:
    db = work / "article.db"
    for path in (db, Path(str(db) + "-wal"), Path(str(db) + "-shm")):
        path.unlink(missing_ok=True)
    article = SEED_ARTICLE.relative_to(ROOT)
    env = child_env()
    warm = run_child([str(FACTCHECK), "--db", str(db), "--replay", str(HTTP_FIXTURES), "check", str(article)], cwd=ROOT, env=env)
    if warm.returncode not in (0, 1):
        raise RuntimeError(f"warming run failed ({warm.returncode}): {warm.stderr.strip()[-400:]}")
    offline = [str(FACTCHECK), "--db", str(db), "--offline", "check", str(article)]
    unchanged = [run_child(offline, cwd=ROOT, env=env) for _ in range(runs)]
    forced = [run_child(offline + ["--all"], cwd=ROOT, env=env) for _ in range(runs)]
    for result in unchanged + forced:
        if result.returncode not in (0, 1):
            raise RuntimeError(f"offline check failed ({result.returncode}): {result.stderr.strip()[-400:]}")
    bare = [run_child([sys.executable, "-c", "pass"], env=env) for _ in range(runs)]
    section.details.update(
        warm_seconds=warm.seconds,
        unchanged_seconds=[r.seconds for r in unchanged],
        all_seconds=[r.seconds for r in forced],
        python_startup_seconds=[r.seconds for r in bare],
        peak_rss_all_bytes=max(r.peak_rss_bytes for r in forced),
        report_first_lines=forced[0].stdout.splitlines()[:5],
    )
    section.add("check --all (every claim checked), median", median([r.seconds for r in forced]), "s", budget=BUDGET_SECONDS, op="<=", note=f"{runs} runs")
    section.add("check, article unchanged (skipped), median", median([r.seconds for r in unchanged]), "s", budget=BUDGET_SECONDS, op="<=", note=f"{runs} runs")
    section.add("bare Python start-up, median", median([r.seconds for r in bare]), "s", note="the floor under any command")
    section.add("peak RSS of check --all", max(r.peak_rss_bytes for r in forced) / 2**20, "MiB")

    traced = run_child([sys.executable, "-X", "importtime", "-m", "factcheck"] + offline[1:] + ["--all"], cwd=ROOT, env=env)
    total, heaviest = importtime_summary(traced.stderr)
    section.details["importtime"] = {"total_seconds": total, "heaviest": heaviest}
    section.add(
        "imports during check --all (python -X importtime)",
        total,
        "s",
        note="heaviest: " + ", ".join(f"{name} {seconds * 1000:.0f} ms" for name, seconds in heaviest[:6]),
    )
