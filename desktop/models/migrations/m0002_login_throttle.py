"""Remember failed logins per account so that repeated failures slow down."""

from peewee import DateTimeField, IntegerField, SqliteDatabase
from playhouse.migrate import migrate

from desktop.models.migrations import schema_migrator


def apply(database: SqliteDatabase) -> None:
    migrator = schema_migrator(database)
    migrate(
        migrator.add_column("staff", "failed_logins", IntegerField(default=0)),
        migrator.add_column("staff", "locked_until", DateTimeField(null=True)),
    )
