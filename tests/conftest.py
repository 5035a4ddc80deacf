"""Fixtures: a fresh database per test, a logged-in person of each role, a small dataset.

The suite runs on SQLite (a fresh file per test) or, with KEFUTAI_TEST_DB=postgresql (or --engine postgresql), on
a throwaway PostgreSQL server the session starts (tests/pg_server.py), with a fresh database per test copied from
a migrated template. Tests about database *files* (backups, damage, WAL) keep using `db_path`; a test that cannot
mean anything on the server is marked `sqlite_only` with its reason.
"""

import datetime
import logging
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from peewee import SqliteDatabase

from desktop import db as database
from desktop import engine, logs
from desktop.models import Shift, Staff, Team
from desktop.services import auth, calendar, clock, settings

PASSWORD = "secret123"
NOW = datetime.datetime(2026, 11, 18, 10, 30)  # a Wednesday, a working day in the middle of a month
HOLIDAY_YEARS = [2025, 2026, 2027]


@pytest.fixture(autouse=True, scope="session")
def quick_password_hashing() -> Iterator[None]:
    """Tests hash with 1 000 PBKDF2 rounds instead of the production count (test_auth checks that one)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(auth, "ITERATIONS", 1_000)
        yield


@pytest.fixture(autouse=True)
def own_preferences(tmp_path_factory: pytest.TempPathFactory) -> None:
    """The program's QSettings go to a fresh folder for each test, never to the person's own (nor the last
    test's: a filter one test chose would open the next test's list)."""
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path_factory.mktemp("settings")))


@pytest.fixture(autouse=True)
def frozen_clock() -> Iterator[datetime.datetime]:
    """Every test runs at NOW whatever the real date; a test moves the clock with clock.freeze(moment)."""
    clock.freeze(NOW)
    yield NOW
    clock.freeze(None)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--engine", choices=["sqlite", "postgresql"], default=os.environ.get("KEFUTAI_TEST_DB", "sqlite"),
                     help="the database engine the tests run on (default: $KEFUTAI_TEST_DB or sqlite)")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "sqlite_only(reason): the test is about SQLite itself; skipped on the server")


def pytest_report_header(config: pytest.Config) -> str:
    return f"database engine: {config.getoption('--engine')}"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--engine") != "postgresql":
        return
    for item in items:
        if marker := item.get_closest_marker("sqlite_only"):
            reason = marker.kwargs.get("reason") or (marker.args[0] if marker.args else "")
            assert reason, f"{item.nodeid}: sqlite_only needs a written reason"
            item.add_marker(pytest.mark.skip(reason=f"SQLite only: {reason}"))


@pytest.fixture(scope="session")
def engine_name(pytestconfig: pytest.Config) -> str:
    return pytestconfig.getoption("--engine")


@pytest.fixture(scope="session")
def pg_server(engine_name: str) -> Iterator[object]:
    """The throwaway PostgreSQL server, with the migrated template every test database is copied from (set up
    inside the first test that needs it, whose clock is frozen at NOW like every test's)."""
    from tests.pg_server import TEMPLATE, Server

    server = Server().start()
    try:
        server.admin(f'CREATE DATABASE "{TEMPLATE}" TEMPLATE template0')
        database.open_database(server.url(TEMPLATE))
        calendar.invalidate()
        calendar.seed_from_library(HOLIDAY_YEARS)  # once here rather than in every test: it is the same rows
        database.close_database()
        yield server
    finally:
        server.stop()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "客服台.db"


@pytest.fixture
def db_target(request: pytest.FixtureRequest, engine_name: str, db_path: Path) -> Iterator[str | Path]:
    """Where the test's database lives: the file `db_path`, or a new database on the test server."""
    if engine_name != "postgresql":
        yield db_path
        return
    server = request.getfixturevalue("pg_server")
    url = server.create()
    yield url
    database.close_database()
    server.drop(url)


@pytest.fixture
def other_desk(db_target: str | Path):
    """Runs one statement (with ? parameters) as another desk or window would: its own connection to the test's
    database, committed at once."""

    def run(sql: str, *params: object) -> None:
        other = engine.connect(db_target)
        try:
            other.execute_sql(sql.replace("?", engine.of(other).param), params)
        finally:
            other.close()

    return run


@pytest.fixture
def fresh_db(db_target: str | Path) -> Iterator[SqliteDatabase]:
    """An empty, migrated database with the 2025–2027 holiday calendar."""
    opened = database.open_database(db_target)
    calendar.invalidate()
    if engine.of(opened) is engine.SQLITE:  # the server's template has them already
        calendar.seed_from_library(HOLIDAY_YEARS)
    yield opened
    database.close_database()
    calendar.invalidate()


def _person(code: str, name: str, role: str, team: Team | None = None, job_type: str = "客服专员",
            skill_level: str = "中级工") -> Staff:
    return Staff.create(code=code, name=name, role=role, team=team, job_type=job_type, skill_level=skill_level,
                        login=code.lower(), password_hash=auth.hash_password(PASSWORD))


@pytest.fixture
def office_data(fresh_db: SqliteDatabase) -> dict:
    """Two teams with their leaders and members, a supervisor, an administrator and the three 8-hour shifts."""
    with fresh_db.atomic():  # one commit for the whole set, not one per row
        settings.put(None, "branch_name", "测试分店")
        admin = _person("A001", "管理员", "admin", job_type="管理员", skill_level="高级工")
        supervisor = _person("Z001", "周主任", "supervisor", job_type="主任", skill_level="高级工")
        team1 = Team.create(name="客服一班")
        team2 = Team.create(name="客服二班")
        leader1 = _person("L001", "李班长", "team_leader", team1, skill_level="高级工")
        leader2 = _person("L002", "王班长", "team_leader", team2, skill_level="高级工")
        team1.leader = leader1
        team1.save()
        team2.leader = leader2
        team2.save()
        shifts = {
            name: Shift.create(name=name, start=datetime.time.fromisoformat(s), end=datetime.time.fromisoformat(e))
            for name, s, e in [("早班", "08:00", "16:00"), ("中班", "16:00", "00:00"), ("夜班", "00:00", "08:00")]
        }
        return {
            "admin": admin,
            "supervisor": supervisor,
            "leader1": leader1,
            "leader2": leader2,
            "team1": team1,
            "team2": team2,
            "clerk1": _person("C001", "张三", "staff", team1),
            "clerk2": _person("C002", "李四", "staff", team1),
            "clerk3": _person("C003", "王五", "staff", team2),
            "sales1": _person("S001", "赵六", "staff", team2, job_type="业务员"),
            "shifts": shifts,
        }


@pytest.fixture
def clerk(office_data: dict) -> Staff:
    return office_data["clerk1"]


@pytest.fixture
def leader(office_data: dict) -> Staff:
    return office_data["leader1"]


@pytest.fixture
def supervisor(office_data: dict) -> Staff:
    return office_data["supervisor"]


@pytest.fixture
def admin(office_data: dict) -> Staff:
    return office_data["admin"]


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    """The program's log started in a temporary folder; the logging set-up is restored afterwards."""
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    yield logs.start(tmp_path / "logs" / "kefutai.log")
    for handler in root.handlers[:]:
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


@pytest.fixture
def previews(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, bytes]]:
    """What 打印 would show in the print preview, as (title, file name, PDF bytes), without opening the dialog."""
    from desktop.ui.widgets import printing

    shown: list[tuple[str, str, bytes]] = []
    monkeypatch.setattr(printing, "preview", lambda parent, title, file_name, build: shown.append(
        (title, file_name, printing.pdf_bytes(build))))
    return shown
