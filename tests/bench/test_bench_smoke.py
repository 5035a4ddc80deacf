"""bench/run.py runs end to end on a small generated database and prints its table (no timing is judged here)."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_quick_benchmark_prints_the_table(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, str(ROOT / "bench" / "run.py"), "--quick", "--size", "small",
                           "--scratch", str(tmp_path)], capture_output=True, text=True, env=env, timeout=600)
    assert done.returncode in (0, 1), done.stderr  # 1: a budget missed, which a smoke run does not judge
    table = [line for line in done.stdout.splitlines() if line.startswith("| ")]
    assert table[0].startswith("| area | measurement | median |")
    areas = {line.split("|")[1].strip() for line in table[1:]}
    assert {"data", "start", "memory", "search", "lists", "reports", "files", "saves"} <= areas
    assert all(line.count("|") == table[0].count("|") for line in table)
    assert not list(tmp_path.glob("work-*.db*"))  # the writing copy is removed
