"""What every benchmark shares: figures with their budgets, statistics, child processes, the machine.

A figure is one number beside its budget. Budgets are written as an
operator and a bound (``<= 1.0`` s, ``>= 300`` claims/s) so the table can say
by how much a missed budget is missed.
"""

from __future__ import annotations

import math
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
VENV_BIN = Path(sys.executable).parent
FACTCHECK = VENV_BIN / "factcheck"


@dataclass(frozen=True)
class Figure:
    """One measured number, with the budget it answers to (if any)."""

    section: str  # "one article", "many claims", ...
    name: str
    value: float | None  # None: could not be measured (see note)
    unit: str
    budget: float | None = None
    op: str = ""  # "<=" or ">=" when there is a budget
    note: str = ""

    @property
    def status(self) -> str:
        if self.value is None:
            return "not measured"
        if self.budget is None:
            return ""
        ok = self.value <= self.budget if self.op == "<=" else self.value >= self.budget
        if ok:
            return "ok"
        if self.op == "<=":
            return f"MISSED ({self.value / self.budget:.1f}x the budget)" if self.budget else "MISSED"
        return f"MISSED ({self.value / self.budget:.2f}x of the budget)" if self.budget else "MISSED"

    def as_dict(self) -> dict[str, Any]:
        return asdict(self) | {"status": self.status}


@dataclass
class Section:
    """The figures of one benchmark, plus any raw details worth keeping in the JSON."""

    name: str
    figures: list[Figure] = field(default_factory=list)
    details: dict[str, Any] = field(default_factory=dict)
    error: str | None = None  # why the section could not run

    def add(self, name: str, value: float | None, unit: str, *, budget: float | None = None, op: str = "", note: str = "") -> Figure:
        figure = Figure(self.name, name, value, unit, budget, op, note)
        self.figures.append(figure)
        return figure


# ---------------------------------------------------------------- statistics


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def percentile(values: Sequence[float], fraction: float) -> float:
    """Nearest-rank percentile (p95: ``fraction=0.95``), the value a user would have met."""
    ordered = sorted(values)
    if not ordered:
        raise ValueError("no values")
    rank = max(1, math.ceil(fraction * len(ordered)))
    return ordered[rank - 1]


# ---------------------------------------------------------------- child processes


@dataclass(frozen=True)
class ChildRun:
    returncode: int
    seconds: float  # wall time from spawn to exit
    peak_rss_bytes: int  # the child's own peak resident memory (wait4 rusage)
    stdout: str
    stderr: str


def run_child(args: Sequence[str], *, cwd: Path | None = None, env: dict[str, str] | None = None, timeout: float = 900) -> ChildRun:
    """Run a process to its end and measure its wall time and peak RSS.

    ``os.wait4`` gives the rusage of exactly that child, so runs do not
    blur into each other as ``RUSAGE_CHILDREN`` (a running maximum) would.
    Output goes to temporary files so a full pipe never stalls the child.
    """
    import tempfile

    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        process = subprocess.Popen(list(args), cwd=cwd, env=env, stdout=out, stderr=err, stdin=subprocess.DEVNULL)
        deadline = started + timeout
        while True:
            pid, status, usage = os.wait4(process.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() > deadline:
                process.kill()
                pid, status, usage = os.wait4(process.pid, 0)
                break
            time.sleep(0.002)
        seconds = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return ChildRun(
            returncode=process.returncode,
            seconds=seconds,
            peak_rss_bytes=usage.ru_maxrss * 1024,  # Linux reports kilobytes
            stdout=out.read().decode("utf-8", "replace"),
            stderr=err.read().decode("utf-8", "replace"),
        )


def child_env(**extra: str) -> dict[str, str]:
    """The environment for factcheck children: no colour, no progress bars, no user config.

    Bytecode writing stays on (an installed package has its .pyc files);
    without it every run would compile the package's sources again.
    """
    env = {k: v for k, v in os.environ.items() if not k.startswith("FACTCHECK_") and k != "PYTHONDONTWRITEBYTECODE"}
    env.update({"NO_COLOR": "1", "FACTCHECK_NO_PROGRESS": "1"})
    env.update(extra)
    return env


# ---------------------------------------------------------------- the machine


def machine() -> dict[str, Any]:
    """What the numbers ran on: they mean little without it."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.lower().startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = None
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                memory = int(line.split()[1]) * 1024
                break
    except OSError:
        pass
    import sqlite3

    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "usable_cores": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count(),
        "memory_bytes": memory,
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "sqlite": sqlite3.sqlite_version,
        "platform": platform.platform(),
        "load_average_at_start": os.getloadavg() if hasattr(os, "getloadavg") else None,
        "free_disk_bytes": shutil.disk_usage(ROOT).free,
    }


def describe_machine(info: dict[str, Any]) -> str:
    memory = f"{info['memory_bytes'] / 2**30:.1f} GiB" if info.get("memory_bytes") else "unknown memory"
    load = info.get("load_average_at_start")
    load_text = f", load {load[0]:.2f} at start" if load else ""
    return (
        f"{info['cpu']}, {info['usable_cores']} usable cores, {memory}, "
        f"Python {info['python']}, SQLite {info['sqlite']}{load_text}"
    )


def missing_modules(*names: str) -> list[str]:
    """The factcheck modules a benchmark needs that this checkout does not have yet."""
    import importlib.util

    missing = []
    for name in names:
        try:
            if importlib.util.find_spec(name) is None:
                missing.append(name)
        except (ImportError, ValueError):
            missing.append(name)
    return missing
