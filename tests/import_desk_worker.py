"""One clerk's desk importing a spreadsheet in a multi-process test: `python -m tests.import_desk_worker TARGET DESK
LOGIN XLSX START` waits for the start, checks the file and imports its good rows; when another desk registered one of
its numbers in between, the import is refused as a whole and the clerk checks and imports again, as the dialog
lets them. Prints what happened as JSON; any error other than the office's own refusal is reported, not raised."""

import json
import sys
import traceback

from desktop import db as database
from desktop.models import Staff
from desktop.services import clock
from desktop.services.customers import excel_import
from desktop.services.errors import RuleError
from tests.conftest import NOW
from tests.desk_start import wait_for_go

ATTEMPTS = 10


def main(target: str, desk: int, login: str, path: str, start: str) -> None:
    clock.freeze(NOW)
    database.open_database(target)
    actor = Staff.get(Staff.code == login)
    sheet = excel_import.read_workbook(path)
    mapping = excel_import.guess_mapping(sheet.headers)
    wait_for_go(start, desk)
    imported, skipped, refusals, errors = 0, [], [], []
    for _ in range(ATTEMPTS):
        try:
            checks = excel_import.check(actor, sheet, mapping)
            skipped = [[result.row_number, str(result.message())] for result in checks if not result.ok]
            imported = excel_import.import_rows(actor, checks).imported
            break
        except RuleError as error:
            refusals.append(str(error.message))
            if error.message == "没有可以导入的行。":
                break
        except Exception:  # noqa: BLE001 — the test counts them: there must be none
            errors.append(traceback.format_exc(limit=3))
            break
    database.close_database()
    print(json.dumps({"imported": imported, "skipped": skipped, "refusals": refusals, "errors": errors}))


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5])
