"""A saving process killed with SIGKILL loses no confirmed save and leaves a sound file (bench/ runs hundreds)."""

import os
import random
from pathlib import Path

import pytest

from bench.crash_safety import run_trial
from desktop import db as database


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_confirmed_saves_survive_sigkill(tmp_path: Path) -> None:
    db_file = tmp_path / "崩溃测试.db"
    rng = random.Random(8)
    trials = [run_trial(db_file, rng) for _ in range(5)]
    assert sum(trial.confirmed for trial in trials) > 0
    assert [trial for trial in trials if not trial.ok] == []
    database.open_database(db_file)  # and the program opens it normally afterwards
    database.close_database()
