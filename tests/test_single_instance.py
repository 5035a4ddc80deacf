"""One program per database file, checked with real processes started the way a double-click starts them."""

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.single_instance import claim, key_for
from desktop.ui.widgets import messages

ROOT = Path(__file__).resolve().parent.parent
GUARD_S = 60  # only so that a broken test cannot hang the suite


def start(db: Path, *flags: str) -> subprocess.Popen:
    # TMPDIR: the lock and the socket go to the test's own folder, the way they go to /tmp for the real program
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(db.parent),
           "TEMP": str(db.parent), "TMP": str(db.parent)}
    return subprocess.Popen([sys.executable, "-m", "tests.instance_probe", str(db), *flags], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, text=True)


@pytest.fixture
def processes() -> Iterator[list[subprocess.Popen]]:
    started: list[subprocess.Popen] = []
    yield started
    for process in started:
        if process.poll() is None:
            process.kill()
        process.wait(GUARD_S)
        process.stdout.close()


def run(processes: list[subprocess.Popen], db: Path, *flags: str) -> subprocess.Popen:
    process = start(db, *flags)
    processes.append(process)
    return process


def test_second_start_brings_the_first_to_the_front(tmp_path: Path, processes: list) -> None:
    first = run(processes, tmp_path / "客服台.db")
    assert first.stdout.readline().strip() == "first"
    second = run(processes, tmp_path / "客服台.db")
    assert second.communicate(timeout=GUARD_S)[0].strip() == "second"
    assert second.returncode == 0
    assert first.stdout.readline().strip() == "shown minimised=False"
    assert first.wait(GUARD_S) == 0
    assert not list(tmp_path.glob("*.lock")), "a program that ends normally releases its lock"


def test_another_database_opens_its_own_program(tmp_path: Path, processes: list) -> None:
    first = run(processes, tmp_path / "a.db")
    assert first.stdout.readline().strip() == "first"
    other = run(processes, tmp_path / "b.db", "--crash")
    assert other.stdout.readline().strip() == "first"


def test_a_crashed_program_does_not_block_the_next_start(tmp_path: Path, processes: list) -> None:
    crashed = run(processes, tmp_path / "客服台.db", "--crash")
    assert crashed.stdout.readline().strip() == "first"
    assert crashed.wait(GUARD_S) == 1
    after = run(processes, tmp_path / "客服台.db")
    assert after.stdout.readline().strip() == "first"
    third = run(processes, tmp_path / "客服台.db")
    assert third.communicate(timeout=GUARD_S)[0].strip() == "second"
    assert after.stdout.readline().strip() == "shown minimised=False"


def test_the_same_file_spelled_differently_is_the_same_database(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    assert key_for(tmp_path / "sub" / ".." / "x.db") == key_for(tmp_path / "x.db")
    assert key_for(tmp_path / "x.db") != key_for(tmp_path / "y.db")


def test_starts_anyway_when_no_lock_file_can_be_made(qapp, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("TMPDIR", str(tmp_path / "missing"))
    monkeypatch.setenv("TEMP", str(tmp_path / "missing"))
    monkeypatch.setattr(messages, "info", lambda *args: pytest.fail("no message: the program should just start"))
    assert claim(tmp_path / "客服台.db") is not None
