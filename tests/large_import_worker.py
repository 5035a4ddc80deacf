"""One clerk's desk importing a large spreadsheet (several batches) in a multi-process test:
`python -m tests.large_import_worker TARGET DESK LOGIN XLSX START ROLE`.

ROLE `cancel`: the clerk checks and imports, and once the first batch is saved waits until the other desks have
checked and imported, then presses 取消: the import is taken back. ROLE `import`: waits until that first batch is
saved, then checks and imports the good rows, and checks again while any row is reported as 正在导入 by another
desk (the dialog tells the clerk to check again once that import is over). Prints what happened as JSON; any error
other than the office's own refusal is reported, not raised."""

import json
import sys
import time
import traceback
from pathlib import Path

from desktop import db as database
from desktop.models import Staff
from desktop.services import clock
from desktop.services.customers import excel_import
from desktop.services.errors import Cancelled, RuleError
from tests.conftest import NOW
from tests.desk_start import wait_for_go

ATTEMPTS, WAIT = 200, 30.0


def wait_for(path: Path, timeout: float = WAIT) -> None:
    deadline = time.monotonic() + timeout
    while not path.exists():
        if time.monotonic() > deadline:
            raise TimeoutError(f"no {path.name}")
        time.sleep(0.01)


def cancelling(start: Path, others: int):
    def progress(stage: str, done: int, total: int) -> None:
        if stage == "正在保存" and done < total:
            (start / "half").touch()
            for desk in range(1, others + 1):
                wait_for(start / f"done-{desk}")
            raise Cancelled("已取消。")

    return progress


def main(target: str, desk: int, login: str, path: str, start_folder: str, role: str) -> None:
    clock.freeze(NOW)
    database.open_database(target)
    start = Path(start_folder)
    actor = Staff.get(Staff.code == login)
    sheet = excel_import.read_workbook(path)
    mapping = excel_import.guess_mapping(sheet.headers)
    wait_for_go(start, desk)
    imported, checked, refusals, errors = 0, [], [], []
    if role == "import":
        wait_for(start / "half")
    for _ in range(ATTEMPTS):
        try:
            checks = excel_import.check(actor, sheet, mapping)
            checked.append([[result.row_number, result.form.phone, str(result.message())]
                            for result in checks if not result.ok])
            waiting = any(result.pending for result in checks)
            if role == "cancel":
                excel_import.import_rows(actor, checks, progress=cancelling(start, 2))
            elif any(result.ok for result in checks):
                imported += excel_import.import_rows(actor, checks).imported
            (start / f"done-{desk}").touch()
            if role == "cancel" or not waiting:
                break
            time.sleep(0.05)
        except Cancelled as error:
            refusals.append(str(error.message))
            break
        except RuleError as error:
            refusals.append(str(error.message))
        except Exception:  # noqa: BLE001 — the test counts them: there must be none
            errors.append(traceback.format_exc(limit=4))
            break
    database.close_database()
    print(json.dumps({"desk": desk, "imported": imported, "checked": checked, "refusals": refusals,
                      "errors": errors}))


if __name__ == "__main__":
    main(*sys.argv[1:2], int(sys.argv[2]), *sys.argv[3:7])
