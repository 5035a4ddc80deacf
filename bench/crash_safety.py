"""Kill a saving process with SIGKILL at random moments and check that every confirmed save survived.

usage: python bench/crash_safety.py [--trials 200] [--seed 1] [--keep DIR]
Each trial starts bench/crash_writer.py on the same database file, lets it save for a random 0.05–0.6 s, kills it
with SIGKILL, reads every id it had printed, then reopens the file: integrity_check must be ok, every printed id must
be there, and no save may be half there (a team without its audit line or the reverse).
"""

import argparse
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

WRITER = Path(__file__).resolve().parent / "crash_writer.py"


@dataclass
class Trial:
    killed: bool  # False: the writer stopped by itself, so the trial proves nothing
    confirmed: int
    missing: list[int]
    integrity: str
    half_saves: int
    rows: int

    @property
    def ok(self) -> bool:
        return self.killed and not self.missing and self.integrity == "ok" and self.half_saves == 0


def run_trial(db_file: Path, rng: random.Random) -> Trial:
    child = subprocess.Popen([sys.executable, str(WRITER), str(db_file)], stdout=subprocess.PIPE,
                             stderr=subprocess.DEVNULL, text=True)
    assert child.stdout.readline().strip() == "ready"
    time.sleep(rng.uniform(0.05, 0.6))
    child.send_signal(signal.SIGKILL)
    confirmed = [int(line) for line in child.stdout.read().split() if line.isdigit()]
    killed = child.wait() == -signal.SIGKILL
    connection = sqlite3.connect(db_file)
    try:
        integrity = connection.execute("PRAGMA integrity_check").fetchone()[0]
        present = {row[0] for row in connection.execute("SELECT id FROM team")}
        half = connection.execute(
            "SELECT (SELECT COUNT(*) FROM team) - (SELECT COUNT(*) FROM audit_entry "
            "WHERE table_name = 'team' AND action = 'create')").fetchone()[0]
    finally:
        connection.close()
    return Trial(killed, len(confirmed), [i for i in confirmed if i not in present], integrity, abs(half), len(present))


def run(trials: int, seed: int, folder: Path) -> list[Trial]:
    rng = random.Random(seed)
    db_file = folder / "崩溃测试.db"
    return [run_trial(db_file, rng) for _ in range(trials)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", type=Path, help="use this folder (the database is kept for inspection)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        folder = args.keep or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        started = time.monotonic()
        results = run(args.trials, args.seed, folder)
        elapsed = time.monotonic() - started
    failed = [result for result in results if not result.ok]
    confirmed = sum(result.confirmed for result in results)
    print(f"{len(results)} kills, {confirmed} confirmed saves, {results[-1].rows} rows at the end, "
          f"{len(failed)} trials with a lost or half save or a failed integrity_check ({elapsed:.0f} s)")
    for result in failed:
        print(f"  FAILED: {result}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
