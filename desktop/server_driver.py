"""The PostgreSQL driver, imported only when a PostgreSQL database is made.

peewee imports every driver it finds when it is itself imported: psycopg2 pulls in `ssl` and its C library, about
a fifth of a cold start on a desk whose database is a local SQLite file, and `playhouse.migrate` (the migrations)
imports psycopg2's extras through `playhouse.postgres_ext`. `import_peewee()` imports both with the server drivers
hidden (peewee then records them as absent); the first `PostgresqlDatabase` made — the office server's — imports
psycopg2 and hands it to peewee exactly as peewee's own import would have. (`postgres_ext`'s hstore support stays
off; the program does not use it.)
"""

import sys

HIDDEN = ("psycopg2cffi", "psycopg2", "psycopg")


def import_peewee() -> None:
    """Import peewee and playhouse.migrate without the server drivers (nothing to do when peewee or a driver was
    imported already)."""
    if "peewee" in sys.modules or any(name in sys.modules for name in HIDDEN):
        return
    for name in HIDDEN:
        sys.modules[name] = None  # type: ignore[assignment]  # an import of it fails at once
    try:
        import peewee
        import playhouse.migrate  # noqa: F401
    finally:
        for name in HIDDEN:
            if sys.modules.get(name, False) is None:
                del sys.modules[name]
    _load_before_init(peewee.PostgresqlDatabase)


def _load_before_init(database_class: type) -> None:
    original = database_class.init

    def init(self: object, *args: object, **kwargs: object) -> None:
        load()
        original(self, *args, **kwargs)

    database_class.init = init


def load() -> None:
    """Give peewee psycopg2 as its module would have at import (no-op once it has a driver)."""
    import peewee

    if peewee.psycopg2 is not None or peewee.psycopg is not None:
        return
    try:
        from psycopg2cffi import compat
    except ImportError:
        pass
    else:
        compat.register()
    try:
        import psycopg2
    except ImportError:
        return  # peewee says "psycopg2 postgres driver not found." when the database connects
    from psycopg2 import extensions
    from psycopg2.extras import Json, register_uuid

    register_uuid()
    peewee.psycopg2, peewee.pg_extensions, peewee.pg_register_uuid, peewee.Json_pg2 = (
        psycopg2, extensions, register_uuid, Json)
    adapter = peewee.Psycopg2Adapter
    adapter.txn_idle = extensions.TRANSACTION_STATUS_IDLE
    adapter.txn_inerror = extensions.TRANSACTION_STATUS_INERROR
    adapter.txn_unknown = extensions.TRANSACTION_STATUS_UNKNOWN
