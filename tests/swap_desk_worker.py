"""One team leader's desk in a multi-process test: `python -m tests.swap_desk_worker TARGET DESK LOGIN VERDICT START`
loads every pending swap as a window shows it, waits for the start, then decides each one (in its own order) with
VERDICT (agree/disagree) and prints what happened as JSON. The office's refusals are counted by message; any other
error is reported, not raised."""

import json
import random
import sys
import traceback

from desktop import db as database
from desktop.models import Staff, Swap
from desktop.services import clock
from desktop.services.errors import RuleError
from desktop.services.staffing import swaps
from tests.conftest import NOW
from tests.desk_start import wait_for_go


def main(target: str, desk: int, login: str, verdict: str, start: str) -> None:
    clock.freeze(NOW)
    database.open_database(target)
    actor = Staff.get(Staff.code == login)
    shown = list(Swap.select().where(Swap.status == "pending").order_by(Swap.id))  # the window's list, then stale
    random.Random(desk).shuffle(shown)
    wait_for_go(start, desk)
    decided, refused, errors = [], [], []
    for swap in shown:
        try:
            swaps.decide(actor, swap, verdict == "agree", "" if verdict == "agree" else "当天人手不足")
            decided.append(swap.id)
        except RuleError as error:
            refused.append([swap.id, str(error.message)])
        except Exception:  # noqa: BLE001 — the test counts them: there must be none
            errors.append(traceback.format_exc(limit=3))
    database.close_database()
    print(json.dumps({"desk": desk, "login": login, "decided": decided, "refused": refused, "errors": errors}))


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5])
