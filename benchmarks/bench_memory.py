"""Memory: peak resident memory of one ``factcheck check`` over 1,000 articles.

Small English articles, each citing one paper of the imported store with a
few of its sentences (one number redrawn), checked ``--offline`` in one
process; ``os.wait4`` gives that process's own peak RSS.
"""

from __future__ import annotations

import random
import shutil
from pathlib import Path

from common import FACTCHECK, Section, child_env, run_child
from corpus import redraw_numbers, stored_papers

BUDGET_MIB = 400


def write_articles(folder: Path, papers, count: int, seed: int) -> None:
    rng = random.Random(seed)
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    for index in range(count):
        paper = papers[rng.randrange(len(papers))]
        picked = list(paper.sentences[:4])
        if picked:
            position = rng.randrange(len(picked))
            picked[position] = redraw_numbers(picked[position], rng)
        body = "\n\n".join(f"{sentence} ({paper.key})" if i == 0 else sentence for i, sentence in enumerate(picked))
        text = f"# {paper.title}\n\n{body}\n\nSource: https://arxiv.org/abs/{paper.key.split(':', 1)[1]}\n"
        (folder / f"article-{index:04d}.md").write_text(text, encoding="utf-8")


def run(section: Section, *, base_db: Path, work: Path, count: int, seed: int) -> None:
    db = work / "memory.db"
    shutil.copyfile(base_db, db)
    folder = work / "articles"
    write_articles(folder, stored_papers(base_db), count, seed)
    result = run_child([str(FACTCHECK), "--db", str(db), "--offline", "check", str(folder), "--format", "json", "-o", str(work / "memory-report.json")], env=child_env())
    if result.returncode not in (0, 1):
        raise RuntimeError(f"check of {count} articles failed ({result.returncode}): {result.stderr.strip()[-400:]}")
    section.details.update(articles=count, seconds=result.seconds, peak_rss_bytes=result.peak_rss_bytes, report_bytes=(work / "memory-report.json").stat().st_size)
    section.add(f"peak RSS, {count:,} articles in one run", result.peak_rss_bytes / 2**20, "MiB", budget=BUDGET_MIB, op="<=", note=f"{result.seconds:.1f} s, {result.seconds / count * 1000:.0f} ms per article")
