"""Saving a contact and a complaint transition (each with its audit rows), against the same statements run raw."""

import datetime
import sqlite3
from pathlib import Path

from bench.search import statements_of
from bench.timing import Row, seconds
from desktop.db import PRAGMAS
from desktop.models import Customer, Staff
from desktop.services.complaints import workflow
from desktop.services.contacts import records
from desktop.services.contacts.options import PURPOSES

SAVE_BUDGET = 0.050
TRANSACTION_WORDS = ("BEGIN", "COMMIT", "SAVEPOINT", "RELEASE", "ROLLBACK")


def contact_form(clerk: Staff, customer: Customer) -> records.ContactForm:
    return records.ContactForm(kind="phone", customer_id=customer.id, staff_id=clerk.id,
                                started_at=datetime.datetime.now().replace(microsecond=0), duration_minutes=5,
                                purpose=PURPOSES[0], handling="电话咨询价格和交货期，已报价。")


def complaint_form(customer: Customer) -> workflow.ComplaintForm:
    return workflow.ComplaintForm(complainant=customer.name, contact=customer.phone, customer_id=customer.id,
                                    content="收到的货物外包装破损，两件产品有划痕。", request="换货")


def raw_connection(db_file: Path) -> sqlite3.Connection:
    """A plain connection with the program's pragmas: the same fsync at each commit."""
    connection = sqlite3.connect(db_file, isolation_level=None)
    for name, value in PRAGMAS.items():
        connection.execute(f"PRAGMA {name} = {value}")
    return connection


def replay_transaction(connection: sqlite3.Connection, statements: list[tuple[str, object]]) -> None:
    """The captured statements of one save, in one transaction (peewee's own BEGIN/COMMIT are not logged)."""
    connection.execute("BEGIN")
    for sql, params in statements:
        if not sql.upper().startswith(TRANSACTION_WORDS):
            connection.execute(sql, params or ()).fetchall()
    connection.execute("COMMIT")


def measure(db_file: Path, clerk: Staff, leader: Staff, runs: int) -> list[Row]:
    customer = Customer.select().where(Customer.voided_at.is_null()).order_by(Customer.id.desc()).first()
    raw = raw_connection(db_file)
    try:
        form = contact_form(clerk, customer)
        contact_statements = statements_of(lambda: records.record(clerk, form))
        saved = [seconds(lambda: records.record(clerk, contact_form(clerk, customer))) for _ in range(runs)]
        plain = [seconds(lambda: replay_transaction(raw, contact_statements)) for _ in range(runs)]
        received = [workflow.receive(clerk, complaint_form(customer)) for _ in range(runs + 1)]
        assess_statements = statements_of(lambda: workflow.assess(leader, received[0], True, "属实"))
        assessed = [seconds(lambda c=c: workflow.assess(leader, c, True, "属实")) for c in received[1:]]
        assess_plain = [seconds(lambda: replay_transaction(raw, assess_statements)) for _ in range(runs)]
    finally:
        raw.close()
    return [
        Row("saves", "save a phone contact (record, audit row, follow-up, customer's last contact)", saved,
            limit_what="same statements, raw sqlite3, one commit", limit_values=plain, budget=SAVE_BUDGET),
        Row("saves", "complaint transition 判断 (status, history event, two audit rows)", assessed,
            limit_what="same statements, raw sqlite3, one commit", limit_values=assess_plain, budget=SAVE_BUDGET),
    ]
