"""One desk in a multi-process test: `python -m tests.desk_worker TARGET DESK COUNT` registers COUNT customers on
phones shared with the other desks (each desk in its own order) and receives COUNT complaints, then prints what
happened as JSON. Every error other than the office's own refusal is reported, not raised."""

import json
import random
import sys
import traceback

from desktop import db as database
from desktop.models import Staff
from desktop.services import clock
from desktop.services.complaints import workflow
from desktop.services.customers import registration
from tests.conftest import NOW


def phone(number: int) -> str:
    return f"139{number:08d}"


def main(target: str, desk: int, count: int) -> None:
    clock.freeze(NOW)
    database.open_database(target)
    actor = Staff.get(Staff.code == "C001")
    order = list(range(count))
    random.Random(desk).shuffle(order)
    won, refused, errors, complaints = [], 0, [], []
    for number in order:
        try:
            customer = registration.register(actor, registration.CustomerForm(name=f"客户{number}",
                                                                              phone=phone(number)))
            won.append(customer.phone)
        except registration.DuplicateCustomer:
            refused += 1
        except Exception:  # noqa: BLE001 — the test counts them: there must be none
            errors.append(traceback.format_exc(limit=3))
        try:
            complaint = workflow.receive(actor, workflow.ComplaintForm(
                complainant=f"投诉人{desk}", contact=phone(number), content="包装破损"))
            complaints.append(complaint.number)
        except Exception:  # noqa: BLE001
            errors.append(traceback.format_exc(limit=3))
    database.close_database()
    print(json.dumps({"won": won, "refused": refused, "errors": errors, "complaints": complaints}))


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))
