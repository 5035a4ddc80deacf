"""The supervisor's desk restoring a backup while another desk's window is open:
`python -m tests.restore_desk_worker TARGET BACKUP` (文件 → 恢复, its two halves, as the restore dialog runs them)."""

import sys
from pathlib import Path

from desktop import db as database
from desktop.models import Staff
from desktop.services import clock
from desktop.services.files import restore
from tests.conftest import NOW


def main(target: str, backup_path: str) -> None:
    clock.freeze(NOW)
    database.open_database(target)
    supervisor = Staff.get(Staff.code == "Z001")
    prepared = restore.prepare_restore(supervisor, Path(backup_path), target)
    restore.finish_restore(supervisor, prepared)
    database.close_database()
    print("restored")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
