"""Child process of the crash-safety check: saves records in a loop and prints each id once its commit returned.

usage: python bench/crash_writer.py DB_FILE
A printed id is a save the user was shown as 已保存; the parent kills this process at a random moment.
"""

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop.db import open_database  # noqa: E402
from desktop.models import Team  # noqa: E402
from desktop.services import audit  # noqa: E402


def main(db_file: str) -> None:
    open_database(db_file)
    print("ready", flush=True)
    number = 0
    while True:
        number += 1
        # the team row and its audit line are one transaction: the check finds any half-saved pair
        team = audit.create(None, Team(name=f"崩溃测试{os.getpid()}-{number}"))
        print(team.id, flush=True)


if __name__ == "__main__":
    main(sys.argv[1])
