"""The start line of a multi-process test: each desk says it is ready, then waits for the test's go, so that the
desks really work at the same moment (starting a Python process takes longer than a desk's work)."""

import time
from pathlib import Path


def wait_for_go(folder: str | Path, desk: int, timeout: float = 60.0) -> None:
    folder = Path(folder)
    (folder / f"ready-{desk}").touch()
    deadline = time.monotonic() + timeout
    while not (folder / "go").exists():
        if time.monotonic() > deadline:
            raise TimeoutError("no go from the test")
        time.sleep(0.01)


def start_all(folder: str | Path, desks: int, timeout: float = 60.0) -> None:
    """Wait until every desk is ready, then let them all go."""
    folder = Path(folder)
    deadline = time.monotonic() + timeout
    while sum(1 for _ in folder.glob("ready-*")) < desks:
        if time.monotonic() > deadline:
            raise TimeoutError("the desks did not start")
        time.sleep(0.01)
    (folder / "go").touch()
