"""m0020: a complaint's 渠道, 分类 and 严重程度 and a leave's 类型, written as the office's words by earlier releases,
become the codes the services store, on a file and on the server."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from peewee import Database

from desktop import db as database
from desktop import engine
from desktop.models.migrations import all_migrations

COMPLAINTS = [  # (channel, category, severity) as an m0019 database holds them → the codes after m0020
    (("电话", "产品质量", "一般"), ("phone", "quality", "ordinary")),
    (("来访", "服务态度", "较大"), ("walk_in", "service", "major")),
    (("信函", "交付", "严重"), ("letter", "delivery", "serious")),
    (("网络", "价格", "一般"), ("online", "price", "ordinary")),
    (("电话", "售后维修", "较大"), ("phone", "repair", "major")),
    (("来访", "其他", "严重"), ("walk_in", "other", "serious")),
]
LEAVE = [("事假", "personal"), ("病假", "sick"), ("公假", "official"), ("年假", "annual"), ("婚假", "marriage"),
         ("丧假", "bereavement"), ("其他", "other")]


@pytest.fixture
def at_m0019(engine_name: str, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """An empty database (a file, or a database on the test server) brought to m0019 and no further."""
    if engine_name == "postgresql":
        server = request.getfixturevalue("pg_server")
        target: str | Path = server.create(template="template0")
    else:
        target = tmp_path / "旧版本.db"
    old = engine.connect(target)
    database.applied_migrations(old)  # the log table
    param = engine.of(old).param
    for name, apply in all_migrations():
        if name > "m0019_~":
            break
        with old.atomic():
            apply(old)
            old.execute_sql(f'INSERT INTO "schema_migration" VALUES ({param}, CURRENT_TIMESTAMP)', (name,))
    try:
        yield old
    finally:
        old.close()
        if engine_name == "postgresql":
            server.drop(target)


def _insert(old: Database, table: str, row: dict[str, object]) -> None:
    param = engine.of(old).param
    columns = ", ".join(f'"{name}"' for name in row)
    old.execute_sql(f'INSERT INTO "{table}" ({columns}) VALUES ({", ".join([param] * len(row))})', tuple(row.values()))


def _old_rows(old: Database) -> None:
    _insert(old, "staff", {"id": 1, "code": "0001", "name": "张三", "job_type": "客服专员", "skill_level": "中级工",
                           "role": "staff", "active": True, "failed_logins": 0})
    for n, ((channel, category, severity), _) in enumerate(COMPLAINTS, start=1):
        _insert(old, "complaint", {
            "id": n, "number": f"202611-{n:03d}", "month": "202611", "serial": n, "status": "received",
            "received_at": "2026-11-02 09:00:00", "received_by_id": 1, "channel": channel, "complainant": "陈先生",
            "contact": "13800138000", "content": "漏水", "request": "", "category": category,
            "cause_kind": "质量异常", "severity": severity, "order_number": "", "product": "", "note": "",
            "deadline_days": 1, "due_at": "2026-11-03 09:00:00", "assessment": "", "dispatch_late": False,
            "department": "", "finding": "", "responsible_party": "", "proposal": "", "approval_note": "",
            "reply": "", "reminders": 0})
    for n, (kind, _) in enumerate(LEAVE, start=1):
        _insert(old, "leave", {"id": n, "person_id": 1, "start": f"2026-10-{n:02d}", "end": f"2026-10-{n:02d}",
                               "kind": kind, "reason": "", "recorded_by_id": 1,
                               "recorded_at": "2026-09-30 09:00:00"})
    # a word no release wrote stays as it is rather than being lost
    _insert(old, "leave", {"id": 99, "person_id": 1, "start": "2026-10-20", "end": "2026-10-20", "kind": "产假",
                           "reason": "", "recorded_by_id": 1, "recorded_at": "2026-09-30 09:00:00"})


def test_m0020_stores_the_words_of_an_old_database_as_codes(at_m0019: Database) -> None:
    _old_rows(at_m0019)
    database.migrate(at_m0019)
    complaints = at_m0019.execute_sql(
        'SELECT "channel", "category", "severity" FROM "complaint" ORDER BY "id"').fetchall()
    assert [tuple(row) for row in complaints] == [codes for _, codes in COMPLAINTS]
    kinds = [row[0] for row in at_m0019.execute_sql('SELECT "kind" FROM "leave" ORDER BY "id"').fetchall()]
    assert kinds == [code for _, code in LEAVE] + ["产假"]
    causes = {row[0] for row in at_m0019.execute_sql('SELECT "cause_kind" FROM "complaint"').fetchall()}
    assert causes == {"质量异常"}  # not one of the choices this migration is about


def test_m0020_leaves_codes_as_they_are(at_m0019: Database) -> None:
    _old_rows(at_m0019)
    database.migrate(at_m0019)
    from desktop.models.migrations import m0020_complaint_leave_choice_codes

    with at_m0019.atomic():
        m0020_complaint_leave_choice_codes.apply(at_m0019)  # run again: nothing changes
    kinds = [row[0] for row in at_m0019.execute_sql('SELECT "kind" FROM "leave" ORDER BY "id"').fetchall()]
    assert kinds == [code for _, code in LEAVE] + ["产假"]
