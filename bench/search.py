"""Customer search as a clerk types it, keystroke by keystroke, against the same SQL run with plain sqlite3."""

import logging
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from peewee import fn

from bench.timing import Row, seconds
from desktop.models import Customer, CustomerPhone, Staff
from desktop.services.customers import lists
from desktop.services.customers.search_keys import name_initials
from desktop.services.paging import Page

P95_BUDGET = 0.050
MAX_RATIO = 3.0
FIRST_PAGE = Page(0, 200, None, None, False)
COUNT_CAP = 1000  # desktop/ui/customers/tab.py
TYPICAL = ["zs", "zhangsan", "wang", "王", "芳", "李娜", "138", "5678", "13812", "KH2025", "hz", "宏达", "z", "0571"]


class StatementLog(logging.Handler):
    """Collects the (sql, params) pairs peewee logs, so that the same statements can be replayed raw."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.statements: list[tuple[str, Any]] = []

    def emit(self, record: logging.LogRecord) -> None:
        if isinstance(record.msg, tuple):
            self.statements.append(record.msg)


def statements_of(call: Callable[[], Any]) -> list[tuple[str, Any]]:
    logger = logging.getLogger("peewee")
    handler, level = StatementLog(), logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    try:
        call()
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)
    return handler.statements


def replay(connection: sqlite3.Connection, statements: list[tuple[str, Any]]) -> None:
    for sql, params in statements:
        connection.execute(sql, params or ()).fetchall()


def typed_queries() -> dict[str, str]:
    """What a clerk types to find one person of the register: part of the name, the phone, the pinyin initials."""
    people = Customer.select().where((Customer.kind == "person") & Customer.voided_at.is_null()
                                     & (fn.LENGTH(Customer.name) == 3))
    person = people.order_by(Customer.id).offset(people.count() // 2).first()
    phone = CustomerPhone.get(CustomerPhone.customer == person.id).phone_key
    return {"name part": person.name[1:], "phone digits": phone, "pinyin initials": name_initials(person.name)}


def keystrokes(text: str) -> list[str]:
    return [text[:end] for end in range(1, len(text) + 1)]


def list_search(clerk: Staff) -> Callable[[str], Any]:
    """What 客户登记 runs on its worker thread for each keystroke: the first page, then the count (capped)."""
    def run(text: str) -> Any:
        filters = lists.CustomerFilters(text=text)
        return lists.fetch(clerk, FIRST_PAGE, filters), lists.count(clerk, filters, cap=COUNT_CAP)
    return run


def picker_search(clerk: Staff) -> Callable[[str], Any]:
    """What the customer box of a contact or complaint form runs on every keystroke."""
    return lambda text: lists.search(clerk, text, 20)


def measure(db_file: Path, clerk: Staff, runs: int) -> list[Row]:
    raw = sqlite3.connect(f"file:{db_file}?mode=ro", uri=True)
    rows = []
    try:
        queries = typed_queries()
        for title, search in (("客户登记 list (first page + count up to 1 000)", list_search(clerk)),
                              ("customer box of a form (20 matches)", picker_search(clerk))):
            for kind, text in queries.items():
                ours, plain = [], []
                for prefix in keystrokes(text):
                    statements = statements_of(lambda p=prefix, f=search: f(p))
                    for _ in range(runs):
                        ours.append(seconds(lambda p=prefix, f=search: f(p)))
                        plain.append(seconds(lambda s=statements: replay(raw, s)))
                rows.append(Row("search", f"{title}: {kind} 「{text}」, per keystroke", ours,
                                limit_what="same SQL, raw sqlite3", limit_values=plain, budget=P95_BUDGET,
                                max_ratio=MAX_RATIO, percentile=True))
        rows.append(typical_queries(list_search(clerk), raw, runs))
    finally:
        raw.close()
    return rows


def typical_queries(search: Callable[[str], Any], raw: sqlite3.Connection, runs: int) -> Row:
    """Short and common searches whose matches run into the thousands (z, 王, 138, 0571, …)."""
    ours, plain = [], []
    for text in TYPICAL:
        statements = statements_of(lambda t=text: search(t))
        ours += [seconds(lambda t=text: search(t)) for _ in range(runs)]
        plain += [seconds(lambda s=statements: replay(raw, s)) for _ in range(runs)]
    return Row("search", f"客户登记 list (first page + count up to 1 000): {len(TYPICAL)} common short searches "
                         f"({', '.join(TYPICAL)})", ours, limit_what="same SQL, raw sqlite3", limit_values=plain,
               budget=P95_BUDGET, max_ratio=MAX_RATIO, percentile=True)
