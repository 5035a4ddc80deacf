"""Start-up time and peak memory, each run in a new process (bench/window_probe.py) against a bare PySide6 window.

The program is measured as it is shipped, with its modules' bytecode compiled (the bundle and pip compile at build
and install time): bench/run.py compiles the project's packages first, whatever PYTHONDONTWRITEBYTECODE says. One
more row shows a start that has to compile every module again (no bytecode it may use or keep: a read-only install
whose bytecode was not compiled)."""

import compileall
import os
import subprocess
import sys
import time
from pathlib import Path

from bench.timing import Row

PROBE = Path(__file__).resolve().parent / "window_probe.py"
PROJECT = PROBE.parent.parent
START_BUDGET = 0.5  # issue 23 (issue 9: 1.0 s)
START_RATIO = 3.0
MEMORY_BUDGET = 300e6


def probe(arguments: list[str], scratch: Path, compiled: bool = True) -> tuple[dict[str, float], int]:
    """Run the probe once: seconds from starting the process to each mark, and the peak memory it reported.
    compiled=False: no bytecode found or kept (an empty PYTHONPYCACHEPREFIX), so every module is compiled."""
    env = dict(os.environ, XDG_DATA_HOME=str(scratch / "data"), XDG_CONFIG_HOME=str(scratch / "config"))
    if not compiled:
        empty = scratch / "no-bytecode"
        empty.mkdir(parents=True, exist_ok=True)
        env.update(PYTHONDONTWRITEBYTECODE="1", PYTHONPYCACHEPREFIX=str(empty))
    started = time.time()
    done = subprocess.run([sys.executable, str(PROBE), *arguments], env=env, capture_output=True, text=True,
                          timeout=300)
    if done.returncode != 0:
        raise RuntimeError(f"window probe {arguments} failed:\n{done.stderr}")
    marks, rss = {}, 0
    for line in done.stdout.splitlines():
        words = line.split()
        if words[0] == "mark":
            marks[words[1]] = float(words[2]) - started
        elif words[0] == "rss":
            rss = int(words[1])
    return marks, rss


def compile_project() -> None:
    """Compile the program's packages as the bundle's build and pip's install do (bench/run.py, first)."""
    for package in ("desktop", "reports"):
        compileall.compile_dir(PROJECT / package, quiet=1)


def measure(db_file: Path, login: str, runs: int, scratch: Path) -> list[Row]:
    app_runs = [probe(["app", str(db_file), login], scratch)[0] for _ in range(runs)]
    uncompiled = [probe(["app", str(db_file), login], scratch, compiled=False)[0]["window"]
                  for _ in range(max(1, runs // 2))]
    bare_runs = [probe(["bare"], scratch) for _ in range(runs)]
    bare = [marks["window"] for marks, _ in bare_runs]
    memory_runs = [probe(["app", str(db_file), login, "--all-tabs"], scratch)[1] for _ in range(max(1, runs // 2))]
    section = "start"
    return [
        Row(section, "start → login window shown", [m["login"] for m in app_runs],
            limit_what="bare PySide6 window shown", limit_values=bare),
        Row(section, "login → main window usable (first tab's first page painted)",
            [m["window"] - m["login"] for m in app_runs]),
        Row(section, "cold start → main window usable (login taken as instant)", [m["window"] for m in app_runs],
            limit_what="bare PySide6 window shown", limit_values=bare, budget=START_BUDGET, max_ratio=START_RATIO),
        Row(section, "cold start → main window usable, every module compiled again (no bytecode shipped or kept)",
            uncompiled, limit_what="bare PySide6 window shown", limit_values=bare),
        Row("memory", "peak RSS with every tab and page shown", [float(r) for r in memory_runs], unit="B",
            limit_what="bare PySide6 window", limit_values=[float(rss) for _, rss in bare_runs],
            budget=MEMORY_BUDGET),
    ]
