"""The two database engines and everything that differs between them, in one place.

A desk opens either a local SQLite file (a plain path: the default, nothing to install) or the office's PostgreSQL
server (a `postgresql://user@host:5432/kefutai` address). The models, services and migrations are the same; what an
engine does its own way is said here and nowhere else:

- opening and the connection's settings (SQLite pragmas, PostgreSQL time-outs);
- the write lock each transaction takes when it begins: SQLite's BEGIN IMMEDIATE, and on PostgreSQL one
  transaction-scoped advisory lock, so a save that reads first (the last complaint number, a registered phone,
  a swap's state) sees every other desk's committed save and no desk saves in between — the same one-writer rule,
  across desks;
- the few SQL functions that differ (a day of a moment, days between moments, a month number, a JSON member);
- migrations: they are written in SQLite's SQL; `translate()` turns each statement into PostgreSQL's (types,
  foreign keys declared before their table exists, WITHOUT ROWID, INSERT OR IGNORE) and refuses what it cannot
  translate, so a migration that needs more says so in a test instead of on an office's server;
- seeing another desk's writes: `PRAGMA data_version` on SQLite, LISTEN/NOTIFY on PostgreSQL; and a restore: the
  file renamed over (another file at the path), a notification on the server.
"""

import datetime
import os
import re
import select
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from peewee import (
    OP,
    SQL,
    AutoField,
    BooleanField,
    Database,
    Expression,
    InterfaceError,
    Node,
    NodeList,
    OperationalError,
    PostgresqlDatabase,
    SqliteDatabase,
    fn,
)
from playhouse.migrate import PostgresqlMigrator, SchemaMigrator, SqliteMigrator
from playhouse.pool import PooledDatabase, PooledPostgresqlDatabase, PooledSqliteDatabase
from playhouse.shortcuts import ReconnectMixin

SERVER_SCHEMES = ("postgresql://", "postgres://")

SQLITE_PRAGMAS = {
    "journal_mode": "wal",  # readers never block the writer; a crash leaves the last commit intact
    "foreign_keys": 1,
    "busy_timeout": 5000,  # a backup or a second window holding the lock waits instead of failing
    # FULL also syncs the WAL at each commit: a record the clerk saw as 已保存 survives a power cut.
    # NORMAL would be faster but may lose the last commits, which this office cannot afford.
    "synchronous": "full",
}

# Every transaction takes the write lock when it begins (BEGIN IMMEDIATE), so a save that reads first (the last
# number, a duplicate phone, a setting) waits for another window's save instead of reading a state that changes
# before it writes: SQLite cannot let such a deferred transaction upgrade and fails it at once, whatever the
# busy_timeout. Only the outermost atomic() begins; nested ones are savepoints inside it.
SQLITE_LOCK_TYPE = "IMMEDIATE"

WRITE_LOCK_KEY = 0x6B656675  # 'kefu': the one advisory lock every desk's transaction takes on the server
CHANGES_CHANNEL = "kefutai_changed"
REPLACED = "*replaced*"  # the payload a restore on the server sends: every desk's window logs in again
SERVER_OPTIONS = " ".join([
    "-c lock_timeout=15000",  # a desk waits for another's save as SQLite's busy_timeout does, then says so
    "-c idle_in_transaction_session_timeout=120000",  # a hung desk cannot hold the write lock for ever
    "-c statement_timeout=0",
    # An office's database lives in the server's memory (or on an SSD): reading a row through an index costs about
    # what reading it in a scan does, and with the default of 4 the planner read the whole customer table for a
    # search whose index range held 70 customers.
    "-c random_page_cost=1.1",
])


def is_server(target: str | Path) -> bool:
    """A postgresql:// address (the office server) rather than the path of a database file."""
    return isinstance(target, str) and target.startswith(SERVER_SCHEMES)


def display_name(target: str | Path) -> str:
    """The target without its password, for titles, logs and messages."""
    if not is_server(target):
        return str(target)
    parts = urlsplit(str(target))
    user = f"{parts.username}@" if parts.username else ""
    port = f":{parts.port}" if parts.port else ""
    return f"{parts.scheme}://{user}{parts.hostname or ''}{port}{parts.path}"


class LocalDatabase(PooledSqliteDatabase):
    """The local file. Each thread reads through a connection of its own, as with any peewee database; one that a
    worker closes after its job is kept for the next job (its pragmas set, the schema read), since a search runs a
    job for every keystroke. `disconnect` closes them all before the file is replaced."""

    def __init__(self, path: str) -> None:
        super().__init__(path, max_connections=None, pragmas=SQLITE_PRAGMAS, lock_type=SQLITE_LOCK_TYPE,
                         check_same_thread=False)  # a kept connection serves whichever worker takes it next


class ServerDatabase(ReconnectMixin, PooledPostgresqlDatabase):
    """The office server: every outermost transaction waits for the one write lock before its first statement.

    READ COMMITTED (PostgreSQL's default) gives each later statement a snapshot taken after the lock was granted,
    so what the transaction reads is what the previous writer committed. When the server went away (restarted, the
    network was down) the next statement outside a transaction connects again; one inside a transaction fails,
    and with it the whole save. A worker's connection is kept for the next job, as for the local file, and one the
    server dropped meanwhile is not taken again."""

    reconnect_errors = (
        (OperationalError, "server closed the connection"),
        (OperationalError, "terminating connection"),
        (OperationalError, "could not receive data"),
        (OperationalError, "no connection to the server"),
        (InterfaceError, "connection already closed"),
    )

    def begin(self, isolation_level: Any = None) -> None:
        super().begin(isolation_level)
        self.execute_sql("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK_KEY,))


class Untranslatable(ValueError):
    """A migration statement uses SQLite SQL that has no automatic PostgreSQL form: write it portably or per engine."""


class ChangeWatcher:
    """Tells whether another desk or window has committed since the last call; cheap enough for a timer."""

    def changed(self) -> bool:
        raise NotImplementedError

    def replaced(self) -> bool:
        """The database was restored from a backup since the watcher began: what the window shows is stale."""
        raise NotImplementedError

    def close(self) -> None:
        """Release what the watcher holds (the server's listening connection)."""


@dataclass
class Engine:
    name: str
    label: str
    database_class: type[Database]
    migrator_class: type[SchemaMigrator]
    param: str
    day: Callable[[Node], Node]
    days_between: Callable[[Node, Node], Node]
    month_number: Callable[[Node], Node]
    json_text: Callable[[Node, str], Node]
    moment_of_day: Callable[[Node, int], Node]
    differs: Callable[[Node, Node], Node]
    least: Callable[[Node, Node], Node]
    unindexed: Callable[[Node], Node]
    translate: Callable[[str], str]
    extra: dict[str, Any] = field(default_factory=dict)

    def migrator(self, database: Database) -> SchemaMigrator:
        return self.migrator_class(database)


def as_date(value: Any) -> datetime.date | None:
    """A day as the engines return it (SQLite: 'YYYY-MM-DD' text, PostgreSQL: a date) as a date."""
    if value is None or type(value) is datetime.date:
        return value
    if isinstance(value, datetime.datetime):
        return value.date()
    return datetime.date.fromisoformat(str(value)[:10])


def as_moment(value: Any) -> datetime.datetime | None:
    if value is None or isinstance(value, datetime.datetime):
        return value
    if isinstance(value, datetime.date):
        return datetime.datetime.combine(value, datetime.time())
    return datetime.datetime.fromisoformat(str(value))


# -- SQLite ---------------------------------------------------------------------------------------------------------

def _sqlite_day(expr: Node) -> Node:
    return fn.date(expr).python_value(as_date)


def _sqlite_days_between(later: Node, earlier: Node) -> Node:
    return fn.julianday(later) - fn.julianday(earlier)


def _sqlite_month(expr: Node) -> Node:
    return fn.strftime("%m", expr).cast("INTEGER")


def _sqlite_json_text(expr: Node, key: str) -> Node:
    return fn.json_extract(expr, f"$.{key}")


def _sqlite_moment_of_day(expr: Node, plus_days: int) -> Node:
    """The midnight of a day (a date, a moment or their text), plus a number of days, as a moment."""
    return fn.datetime(expr, f"{plus_days:+d} day").python_value(as_moment)


SQLITE = Engine(
    name="sqlite", label="本机文件", database_class=LocalDatabase, migrator_class=SqliteMigrator, param="?",
    day=_sqlite_day, days_between=_sqlite_days_between, month_number=_sqlite_month, json_text=_sqlite_json_text,
    moment_of_day=_sqlite_moment_of_day, differs=lambda a, b: Expression(a, OP.IS_NOT, b),
    least=lambda a, b: fn.MIN(a, b),
    unindexed=lambda node: NodeList((SQL("+"), node), glue=""),  # SQLite's no-op unary plus hides the index
    translate=lambda statement: statement,
)


# -- PostgreSQL -----------------------------------------------------------------------------------------------------

def _pg_day(expr: Node) -> Node:
    return fn.date(expr).python_value(as_date)


def _pg_days_between(later: Node, earlier: Node) -> Node:
    return fn.date_part("epoch", later.cast("timestamp") - earlier.cast("timestamp")) / 86400.0


def _pg_month(expr: Node) -> Node:
    return fn.date_part("month", expr.cast("timestamp")).cast("INTEGER")


def _pg_json_text(expr: Node, key: str) -> Node:
    return fn.json_extract_path_text(expr.cast("json"), key)


def _pg_moment_of_day(expr: Node, plus_days: int) -> Node:
    # date + interval is a timestamp; COALESCE of one value carries the Python conversion, which a cast cannot
    return fn.COALESCE(fn.date(expr) + SQL(f"INTERVAL '{plus_days:d} day'")).python_value(as_moment)


TYPES = {"DATETIME": "TIMESTAMP", "REAL": "DOUBLE PRECISION", "BLOB": "BYTEA", "DOUBLE": "DOUBLE PRECISION"}
SQLITE_ONLY = re.compile(
    r"\b(strftime|julianday|printf|randomblob|json_extract|group_concat|ifnull|instr|unixepoch|iif)\s*\(|"
    r"\bdate\s*\([^()]*,|\bdatetime\s*\([^()]*,|\bINSERT\s+OR\s+(REPLACE|ABORT|FAIL|ROLLBACK)\b|\bPRAGMA\b|"
    r"\bAUTOINCREMENT\b|\bCREATE\s+TRIGGER\b|\bREPLACE\s+INTO\b|\bGLOB\b",
    re.IGNORECASE)
# A copy between engines (backup, restore, moving the office) checks the foreign keys at its commit, not row by row
DEFERRABLE = " DEFERRABLE INITIALLY IMMEDIATE"
REFERENCES = re.compile(r'\s+REFERENCES\s+("?\w+"?)\s*(\([^)]*\))?(\s+ON\s+(DELETE|UPDATE)\s+[A-Z ]+?)*$',
                        re.IGNORECASE)


@cache
def boolean_columns() -> frozenset[tuple[str, str]]:
    """(table, column) of every BooleanField: SQLite stores them in INTEGER columns, PostgreSQL in BOOLEAN ones."""
    from desktop.models import ALL_MODELS

    return frozenset((model._meta.table_name, f.column_name) for model in ALL_MODELS
                     for f in model._meta.sorted_fields if isinstance(f, BooleanField))


def _split_top_level(body: str) -> list[str]:
    parts, depth, start = [], 0, 0
    for index, char in enumerate(body):
        depth += char == "("
        depth -= char == ")"
        if char == "," and depth == 0:
            parts.append(body[start:index].strip())
            start = index + 1
    parts.append(body[start:].strip())
    return [part for part in parts if part]


def _column(table: str, definition: str) -> str:
    """One column definition in PostgreSQL's words."""
    match = re.match(r'("[^"]+"|\w+)\s+(\w+(?:\s*\([^)]*\))?)(.*)$', definition, re.DOTALL)
    if not match:
        return definition
    name, kind, rest = match.groups()
    upper = kind.upper()
    if upper == "INTEGER" and re.match(r"\s*(NOT\s+NULL\s+)?PRIMARY\s+KEY\b", rest, re.IGNORECASE):
        kind = "SERIAL"
    elif (table, name.strip('"')) in boolean_columns():
        kind = "BOOLEAN"
        rest = re.sub(r"\bDEFAULT\s+0\b", "DEFAULT FALSE", rest, flags=re.IGNORECASE)
        rest = re.sub(r"\bDEFAULT\s+1\b", "DEFAULT TRUE", rest, flags=re.IGNORECASE)
    else:
        kind = TYPES.get(upper, kind)
    return f"{name} {kind}{rest}"


def _create_table(statement: str, deferred: list[str]) -> str:
    head, _, tail = statement.partition("(")
    table = head.split()[-1].strip('"')
    body, _, after = tail.rpartition(")")
    items = []
    for item in _split_top_level(body):
        if re.match(r"FOREIGN\s+KEY\b", item, re.IGNORECASE):
            deferred.append(f'ALTER TABLE "{table}" ADD {item}{DEFERRABLE}')
            continue
        if not re.match(r"(PRIMARY\s+KEY|UNIQUE|CHECK|CONSTRAINT)\b", item, re.IGNORECASE):
            if reference := REFERENCES.search(item):
                item = item[:reference.start()]
                column = item.split()[0]
                deferred.append(f'ALTER TABLE "{table}" ADD FOREIGN KEY ({column}){reference.group(0)}{DEFERRABLE}')
            item = _column(table, item)
        items.append(item)
    after = re.sub(r"\bWITHOUT\s+ROWID\b|\bSTRICT\b", "", after, flags=re.IGNORECASE).strip(" ,")
    return f"{head}({', '.join(items)}){(' ' + after) if after else ''}"


def translate_script(statements: list[str]) -> list[str]:
    """A migration's statements in PostgreSQL's SQL; foreign keys of the tables it creates come last, so a table may
    refer to one created after it (as SQLite allows)."""
    translated: list[str] = []
    deferred: list[str] = []
    for statement in statements:
        text = " ".join(statement.split())
        if SQLITE_ONLY.search(text):
            raise Untranslatable(f"没有 PostgreSQL 写法：{text[:200]}")
        if re.match(r"CREATE\s+TABLE\b", text, re.IGNORECASE):
            translated.append(_create_table(text, deferred))
        elif match := re.match(r'(ALTER\s+TABLE\s+("?\w+"?)\s+ADD\s+COLUMN\s+)(.*)$', text, re.IGNORECASE):
            table, definition = match.group(2).strip('"'), match.group(3)
            if reference := REFERENCES.search(definition):
                definition = definition[:reference.start()]
                deferred.append(f'ALTER TABLE "{table}" ADD FOREIGN KEY ({definition.split()[0]})'
                                f"{reference.group(0)}{DEFERRABLE}")
            translated.append(match.group(1) + _column(table, definition))
        elif match := re.match(r"INSERT\s+OR\s+IGNORE\s+(INTO\b.*)$", text, re.IGNORECASE):
            translated.append(f"INSERT {match.group(1)} ON CONFLICT DO NOTHING")
        else:
            translated.append(text)
    return translated + deferred


def _pg_translate(statement: str) -> str:
    return "; ".join(translate_script([statement]))


POSTGRESQL = Engine(
    name="postgresql", label="办公室服务器", database_class=ServerDatabase, migrator_class=PostgresqlMigrator,
    param="%s", day=_pg_day, days_between=_pg_days_between, month_number=_pg_month, json_text=_pg_json_text,
    moment_of_day=_pg_moment_of_day, differs=lambda a, b: Expression(a, "IS DISTINCT FROM", b),
    least=lambda a, b: fn.LEAST(a, b),
    unindexed=lambda node: node,  # the server's planner weighs a range by its statistics
    translate=_pg_translate,
)


def of(database: Any) -> Engine:
    """The engine of a database (or of the models' proxy, once it is bound)."""
    database = getattr(database, "obj", None) or database
    return POSTGRESQL if isinstance(database, PostgresqlDatabase) else SQLITE


def current() -> Engine:
    from desktop.models import db

    return of(db)


def target_of(database: Any) -> str | Path:
    """The path or the address a database object was opened on."""
    database = getattr(database, "obj", None) or database
    return database.database if isinstance(database, PostgresqlDatabase) else Path(database.database)


def as_target(value: str | Path) -> str | Path:
    """A path stays (or becomes) a Path; the server's address stays a string."""
    return str(value) if is_server(str(value)) else Path(value)


def for_target(target: str | Path) -> Engine:
    return POSTGRESQL if is_server(target) else SQLITE


def connect(target: str | Path) -> Database:
    """A connected database object for the path or the address; nothing is bound to it yet."""
    if is_server(target):
        database = ServerDatabase(str(target), max_connections=None, application_name="kefutai",
                                  options=SERVER_OPTIONS, connect_timeout=5)
    else:
        path = Path(target)
        path.parent.mkdir(parents=True, exist_ok=True)
        database = LocalDatabase(str(path))
    database.connect()
    return database


def disconnect(database: Database) -> None:
    """Close this thread's connection and every connection kept for the workers (`LocalDatabase`)."""
    if not database.is_closed():
        database.close()
    if isinstance(database, PooledDatabase):
        database.close_idle()


# -- seeing other desks' writes ------------------------------------------------------------------------------------

class DataVersionWatcher(ChangeWatcher):
    """SQLite: PRAGMA data_version changes when another connection (window, process) commits to the file."""

    def __init__(self, database: SqliteDatabase) -> None:
        self.database = database
        self.seen = self._version()
        self.path = Path(database.database)
        self.identity = self._identity()

    def _identity(self) -> tuple[int, int] | None:
        try:
            found = os.stat(self.path)
        except OSError:
            return None
        return found.st_dev, found.st_ino

    def _version(self) -> int:
        return self.database.execute_sql("PRAGMA data_version").fetchone()[0]

    def changed(self) -> bool:
        version = self._version()
        changed, self.seen = version != self.seen, version
        return changed

    def replaced(self) -> bool:
        """A restore renames the checked copy over the file: the path names another file than the one open."""
        return self.identity is not None and self._identity() != self.identity


class NotifyWatcher(ChangeWatcher):
    """PostgreSQL: a connection of its own LISTENs on the channel every table's trigger notifies on commit."""

    def __init__(self, database: PostgresqlDatabase) -> None:
        import psycopg2

        self.own_pid = database.execute_sql("SELECT pg_backend_pid()").fetchone()[0]
        self.connection = psycopg2.connect(database.database, **database.connect_params)
        self.connection.autocommit = True
        self.connection.cursor().execute(f"LISTEN {CHANGES_CHANNEL}")
        self.heard: list[Any] = []

    def _listen(self) -> None:
        if select.select([self.connection], [], [], 0) != ([], [], []) or self.connection.notifies:
            self.connection.poll()
            self.heard += self.connection.notifies
            self.connection.notifies[:] = []

    def changed(self) -> bool:
        self._listen()
        notes, self.heard = self.heard, []
        return any(note.pid != self.own_pid for note in notes)

    def replaced(self) -> bool:
        self._listen()
        return any(note.payload == REPLACED for note in self.heard)

    def close(self) -> None:
        self.connection.close()


NOTIFY_FUNCTION = f"""
CREATE OR REPLACE FUNCTION kefutai_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN PERFORM pg_notify('{CHANGES_CHANNEL}', TG_TABLE_NAME); RETURN NULL; END $$"""


def prepare_server(database: Database) -> None:
    """After the migrations: every table of the server tells the listening desks when a statement changed it."""
    if of(database) is not POSTGRESQL:
        return
    missing = [row[0] for row in database.execute_sql(
        "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE c.relkind = 'r' AND n.nspname = current_schema() AND NOT EXISTS ("
        "SELECT 1 FROM pg_trigger t WHERE t.tgrelid = c.oid AND t.tgname = 'kefutai_changed')")]
    if not missing:
        return
    with database.atomic():
        database.execute_sql(NOTIFY_FUNCTION)
        for table in missing:
            database.execute_sql(f'CREATE TRIGGER kefutai_changed AFTER INSERT OR UPDATE OR DELETE ON "{table}" '
                                 "FOR EACH STATEMENT EXECUTE FUNCTION kefutai_changed()")


def announce_replaced(database: Database) -> None:
    """After a restore: the server tells every listening desk (a file's desks see the file itself replaced)."""
    if of(database) is POSTGRESQL:
        database.execute_sql("SELECT pg_notify(%s, %s)", (CHANGES_CHANNEL, REPLACED))


def watcher(database: Database) -> ChangeWatcher:
    database = getattr(database, "obj", None) or database
    return NotifyWatcher(database) if of(database) is POSTGRESQL else DataVersionWatcher(database)


# -- what services call: the bound database's engine decides --------------------------------------------------------

def day(expr: Node) -> Node:
    """The day of a moment (or a day, or its text), read back as a date."""
    return current().day(expr)


def days_between(later: Node, earlier: Node) -> Node:
    """Days (with fractions) from `earlier` to `later`."""
    return current().days_between(later, earlier)


def month_number(expr: Node) -> Node:
    """1–12."""
    return current().month_number(expr)


def json_text(expr: Node, key: str) -> Node:
    """A member of a JSON object stored as text, as text (NULL when missing)."""
    return current().json_text(expr, key)


def moment_of_day(expr: Node, plus_days: int) -> Node:
    """The midnight of a day `plus_days` later, read back as a moment."""
    return current().moment_of_day(expr, plus_days)


def least(left: Node, right: Node) -> Node:
    """The smaller of two values of a row (not the aggregate)."""
    return current().least(left, right)


class _InQuery(Expression):
    def _is_rhs_empty(self, rhs: Any, ctx: Any) -> bool:
        return False


def among(node: Node, query: Node) -> Expression:
    """node IN (query). peewee's own `in_` renders a subquery once more only to see whether it is empty, which a
    query never is: twice for each level of nesting, most of a search's cost in Python."""
    return _InQuery(node, OP.IN, query)


def unindexed(node: Node) -> Node:
    """A column compared without its index: for a range that selects a large part of the table, which is found
    sooner by reading the table in the query's order and stopping at its limit."""
    return current().unindexed(node)


def in_order(node: Node, descending: bool = False) -> Node:
    """Ordered with an unknown value (NULL) first, last when descending: SQLite's own way, which the server's
    default (NULL last) would turn round."""
    return node.desc(nulls="LAST") if descending else node.asc(nulls="FIRST")


def differs(left: Node, right: Node) -> Node:
    """left and right are different values, NULL counting as a value."""
    return current().differs(left, right)


def last_insert_id(model: type) -> int:
    """The id the last insert into `model`'s table took on this connection."""
    if current() is SQLITE:
        return model._meta.database.execute_sql("SELECT last_insert_rowid()").fetchone()[0]
    if not isinstance(model._meta.primary_key, AutoField):
        return 0  # a table without a numbered key (the search keys): nothing to tell
    table, key = model._meta.table_name, model._meta.primary_key.column_name
    return model._meta.database.execute_sql(
        "SELECT currval(pg_get_serial_sequence(%s, %s))", (f'"{table}"', key)).fetchone()[0]
