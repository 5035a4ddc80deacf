"""Several desks writing to one database at once (4 processes, overlapping phones): first registration wins exactly
once per phone, complaint numbers are unique and gap-free, and nobody sees a raw database error."""

import json
import subprocess
import sys
from pathlib import Path

from desktop.models import Complaint, Customer, CustomerPhone

DESKS, EACH = 4, 100
ROOT = Path(__file__).resolve().parents[2]


def test_four_desks_registering_the_same_phones_and_receiving_complaints(office_data, db_target) -> None:
    desks = [subprocess.Popen([sys.executable, "-m", "tests.desk_worker", str(db_target), str(desk), str(EACH)],
                              cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for desk in range(DESKS)]
    results = []
    for desk in desks:
        out, err = desk.communicate(timeout=600)
        assert desk.returncode == 0, err
        results.append(json.loads(out))

    assert [error for result in results for error in result["errors"]] == []
    winners = [phone for result in results for phone in result["won"]]
    assert len(winners) == len(set(winners)) == EACH  # every phone registered exactly once
    assert sum(result["refused"] for result in results) == (DESKS - 1) * EACH
    assert Customer.select().count() == EACH
    assert CustomerPhone.select().count() == EACH
    numbers = sorted(number for result in results for number in result["complaints"])
    assert numbers == [f"202611-{serial:03d}" for serial in range(1, DESKS * EACH + 1)]
    assert sorted(c.serial for c in Complaint.select()) == list(range(1, DESKS * EACH + 1))
