"""Several desks writing to one database at once (4 processes, overlapping phones): first registration wins exactly
once per phone, complaint numbers are unique and gap-free, and nobody sees a raw database error."""

import datetime
import json
import random
import subprocess
import sys
from pathlib import Path

from openpyxl import Workbook

from desktop.models import AuditEntry, Complaint, Customer, CustomerPhone, RosterEntry, Swap, db
from desktop.services.staffing import swaps
from desktop.services.staffing.swap_rules import SwapDraft
from tests import desk_start, swap_world
from tests.conftest import _person
from tests.desk_worker import phone

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


# ── swap approval and the roster change ────────────────────────────────────────────────────────────────────────
PAIRS = 8  # 张三-like applicants in 客服一班 with their substitutes in 客服二班, two swaps each (the monthly limit)
SWAP_DATES = [(datetime.date(2026, 12, 2), datetime.date(2026, 12, 9)),
              (datetime.date(2026, 12, 16), datetime.date(2026, 12, 23))]
LEADER_DESKS = [("L001", "agree"), ("L001", "agree"), ("L002", "agree"), ("L002", "disagree")]
ALREADY_DECIDED = "您已经审批过该换班，正在等待另一方班长。"


def run_desks(module: str, args: list[list[str]], start: Path) -> list[dict]:
    """Start one process per desk, let them all go at once, and collect what each printed."""
    start.mkdir()
    desks = [subprocess.Popen([sys.executable, "-m", module, *desk_args], cwd=ROOT, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for desk_args in args]
    desk_start.start_all(start, len(desks))
    results = []
    for desk in desks:
        out, err = desk.communicate(timeout=120)
        assert desk.returncode == 0, err
        results.append(json.loads(out))
    return results


def pending_swaps(data: dict) -> list[Swap]:
    early = data["shifts"]["早班"]
    made = []
    with db.atomic():
        for pair in range(PAIRS):
            applicant = _person(f"P{pair:03d}", f"申请人{pair}", "staff", data["team1"])
            substitute = _person(f"Q{pair:03d}", f"替班人{pair}", "staff", data["team2"])
            for swap_day, return_day in SWAP_DATES:
                swap_world.put(applicant, swap_day, early)
                swap_world.put(substitute, return_day, early)
                made.append((applicant, substitute, swap_day, return_day))
    return [swaps.submit(applicant, SwapDraft(applicant, substitute, swap_day, early, return_day, early,
                                              "家中有事", "交接工单 3 张"))
            for applicant, substitute, swap_day, return_day in made]


def shift_of(person_id: int, day: datetime.date) -> str | None:
    entries = list(RosterEntry.select().where((RosterEntry.staff == person_id) & (RosterEntry.day == day)))
    assert len(entries) <= 1
    return entries[0].shift.name if entries and entries[0].shift_id else None


def test_four_leader_desks_deciding_the_same_swaps_at_once(office_data, db_target, tmp_path) -> None:
    shown = pending_swaps(office_data)
    results = run_desks("tests.swap_desk_worker",
                        [[str(db_target), str(desk), login, verdict, str(tmp_path / "start")]
                         for desk, (login, verdict) in enumerate(LEADER_DESKS)], tmp_path / "start")

    assert [error for result in results for error in result["errors"]] == []
    for result in results:  # every desk tried every swap: decided it, or was told why not
        assert sorted(result["decided"] + [swap_id for swap_id, _ in result["refused"]]) == [s.id for s in shown]
    for _, message in (refusal for result in results for refusal in result["refused"]):
        assert message == ALREADY_DECIDED or message.startswith("该换班已") and message.endswith("不能再审批。")
    by_swap = {s.id: {login: 0 for login, _ in LEADER_DESKS} | {"disagree": 0} for s in shown}
    for result in results:
        for swap_id in result["decided"]:
            by_swap[swap_id][result["login"]] += 1
            by_swap[swap_id]["disagree"] += LEADER_DESKS[result["desk"]][1] == "disagree"

    approved = 0
    for before in shown:
        swap, decided = Swap.get_by_id(before.id), by_swap[before.id]
        assert decided["L002"] == 1  # one of 王班长's two desks decided first; the other was told
        assert decided["L001"] == (swap.applicant_decision is not None)  # at most once, and only while pending
        assert swap.substitute_decision == ("不同意" if decided["disagree"] else "同意")
        if swap.status == "approved":
            approved += 1
            assert (swap.applicant_decision, swap.substitute_decision) == ("同意", "同意")
        else:
            assert swap.status == ("refused" if decided["disagree"] else "pending")
            assert swap.status == "refused" or swap.applicant_decision is None
        changed = swap.status == "approved"
        assert shift_of(swap.applicant_id, swap.swap_day) == (None if changed else "早班")
        assert shift_of(swap.substitute_id, swap.swap_day) == ("早班" if changed else None)
        assert shift_of(swap.substitute_id, swap.return_day) == (None if changed else "早班")
        assert shift_of(swap.applicant_id, swap.return_day) == ("早班" if changed else None)
        updates = AuditEntry.select().where((AuditEntry.table_name == "swap") & (AuditEntry.action == "update")
                                            & (AuditEntry.record_id == str(swap.id)))
        assert updates.count() == decided["L001"] + decided["L002"]  # one log line per recorded decision
    roster_changes = AuditEntry.select().where(AuditEntry.table_name == "roster_entry").count()
    assert roster_changes == 4 * approved  # each approved swap changed the roster once, for both people and days
    print(f"swaps {len(shown)}: approved {approved}, refused "
          f"{sum(1 for s in Swap.select() if s.status == 'refused')}, "
          f"decisions {sum(len(r['decided']) for r in results)}, told {sum(len(r['refused']) for r in results)}")


# ── importing overlapping spreadsheets ─────────────────────────────────────────────────────────────────────────
IMPORT_DESKS, ROWS, STEP = [("C001", "张三"), ("C002", "李四"), ("C003", "王五")], 80, 40  # desk d: phones 40d…40d+79
FIRST_WINS = "以先登记者为准，不能重复登记"


def customer_sheet(path: Path, desk: int) -> Path:
    numbers = list(range(desk * STEP, desk * STEP + ROWS))
    random.Random(desk).shuffle(numbers)
    book = Workbook()
    book.active.append(["客户姓名", "手机", "地址"])
    for number in numbers:
        book.active.append([f"客户{number}", phone(number), f"杭州市文三路 {number} 号"])
    book.save(path)
    return path


def test_three_desks_importing_overlapping_spreadsheets_at_once(office_data, db_target, tmp_path) -> None:
    sheets = [customer_sheet(tmp_path / f"客户{desk}.xlsx", desk) for desk in range(len(IMPORT_DESKS))]
    results = run_desks("tests.import_desk_worker",
                        [[str(db_target), str(desk), login, str(sheet), str(tmp_path / "start")]
                         for desk, ((login, _), sheet) in enumerate(zip(IMPORT_DESKS, sheets, strict=True))],
                        tmp_path / "start")

    assert [error for result in results for error in result["errors"]] == []
    everyone = {phone(number) for number in range((len(IMPORT_DESKS) - 1) * STEP + ROWS)}
    assert sum(result["imported"] for result in results) == len(everyone)  # every phone once, none lost
    assert sum(len(result["skipped"]) for result in results) == len(IMPORT_DESKS) * ROWS - len(everyone)
    for _, message in (row for result in results for row in result["skipped"]):
        assert FIRST_WINS in message  # every other row: the register's own rule, as the clerk reads it
    for refusal in (refusal for result in results for refusal in result["refusals"]):
        assert refusal == "没有可以导入的行。" or FIRST_WINS in refusal and refusal.endswith("本次没有导入任何客户。")
    phones = [row.phone_key for row in CustomerPhone.select()]
    assert len(phones) == len(set(phones)) == len(everyone)
    assert {c.phone for c in Customer.select()} == everyone and Customer.select().count() == len(everyone)
    numbers = [c.number for c in Customer.select()]
    assert len(numbers) == len(set(numbers))
    print(f"imported {[r['imported'] for r in results]}, skipped {[len(r['skipped']) for r in results]}, "
          f"refused imports {[len(r['refusals']) for r in results]}, numbers {min(numbers)}…{max(numbers)}")


# ── a large import taken back while other desks import the same phones ──────────────────────────────────────────
LARGE_ROWS = 600  # three batches of register_many
LARGE_SHEETS = [("C001", "cancel", 0), ("C002", "import", 300), ("C003", "import", 150)]  # first phone of each


def large_sheet(path: Path, desk: int, first: int) -> Path:
    numbers = list(range(first, first + LARGE_ROWS))
    random.Random(desk).shuffle(numbers)
    book = Workbook()
    book.active.append(["客户姓名", "手机"])
    for number in numbers:
        book.active.append([f"客户{number}", phone(number)])
    book.save(path)
    return path


def test_an_import_taken_back_after_its_first_batch_loses_no_other_desks_rows(office_data, db_target,
                                                                               tmp_path) -> None:
    """张三's 600-row import has saved its first batch when 李四 and 王五 check and import sheets sharing its phones;
    then 张三 presses 取消 and the import is taken back. Every phone of their two sheets ends up registered exactly
    once: none was skipped as 'registered' on the strength of a batch that was then taken out."""
    sheets = [large_sheet(tmp_path / f"大表{desk}.xlsx", desk, first)
              for desk, (_, _, first) in enumerate(LARGE_SHEETS)]
    results = run_desks("tests.large_import_worker",
                        [[str(db_target), str(desk), login, str(sheet), str(tmp_path / "start"), role]
                         for desk, ((login, role, _), sheet) in enumerate(zip(LARGE_SHEETS, sheets, strict=True))],
                        tmp_path / "start")

    assert [error for result in results for error in result["errors"]] == []
    assert results[0]["imported"] == 0 and results[0]["refusals"] == ["已取消。"]
    wanted = {phone(number) for _, role, first in LARGE_SHEETS if role == "import"
              for number in range(first, first + LARGE_ROWS)}
    phones = [row.phone_key for row in CustomerPhone.select()]
    assert len(phones) == len(set(phones))  # nobody registered twice
    assert set(phones) == wanted  # every phone of the imports that finished; none of the one taken back alone
    assert sum(result["imported"] for result in results) == len(wanted)
    for result in results[1:]:
        for _, typed, message in result["checked"][-1]:  # what the clerk was finally told about each row left out
            assert FIRST_WINS in message and phone(int(typed[3:])) in phones
    print(f"imported {[r['imported'] for r in results]}, checks {[len(r['checked']) for r in results]}, "
          f"refused imports {[len(r['refusals']) for r in results]}")
