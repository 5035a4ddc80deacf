"""Helpers shared by the backup and restore tests: per-table checksums and injected target failures."""

import errno
import hashlib
import io
import sqlite3
from collections.abc import Callable
from pathlib import Path

from desktop.services.files.backup import TargetFiles


def checksums(path: Path, skip_restore_note: bool = False) -> dict[str, str]:
    """sha256 of every table's rows, sorted (some tables are WITHOUT ROWID; the restore's own log lines are left
    out when asked)."""
    connection = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
    try:
        names = [row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        result = {}
        for name in names:
            query = f'SELECT * FROM "{name}"'
            if skip_restore_note and name == "setting":
                query += " WHERE key != 'backup_last_restore'"
            if skip_restore_note and name == "audit_entry":
                query += " WHERE NOT (table_name = 'setting' AND record_id = 'backup_last_restore')"
            rows = sorted(repr(row) for row in connection.execute(query))
            result[name] = hashlib.sha256("\n".join(rows).encode()).hexdigest()
        return result
    finally:
        connection.close()


def integrity(path: Path) -> str:
    connection = sqlite3.connect(str(path))
    try:
        return connection.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        connection.close()


class FailingWriter(io.FileIO):
    """A target file whose writes fail with `code` once `limit` bytes have been written."""

    def __init__(self, path: Path, code: int, limit: int) -> None:
        super().__init__(path, "xb")
        self.code = code
        self.limit = limit

    def write(self, data: bytes) -> int:
        if self.tell() + len(data) > self.limit:
            raise OSError(self.code, "injected")
        return super().write(data)


class VanishingWriter(io.FileIO):
    """A target file that is deleted under the writer after its first chunk, as when a stick is pulled."""

    def __init__(self, path: Path) -> None:
        super().__init__(path, "xb")
        self.path = Path(path)

    def write(self, data: bytes) -> int:
        written = super().write(data)
        self.path.unlink(missing_ok=True)
        return written


class FailingTarget(TargetFiles):
    """Injects one failure: on opening (read-only drive), during writing, or on the final rename."""

    def __init__(self, on_open: int | None = None, on_write: int | None = None, after_bytes: int = 0,
                 vanish: bool = False, clash_on_place: bool = False) -> None:
        self.on_open, self.on_write, self.after_bytes = on_open, on_write, after_bytes
        self.vanish, self.clash_on_place = vanish, clash_on_place

    def open_new(self, path: Path) -> io.RawIOBase:
        if self.on_open is not None:
            raise OSError(self.on_open, "injected", str(path))
        if self.on_write is not None:
            return FailingWriter(path, self.on_write, self.after_bytes)
        if self.vanish:
            return VanishingWriter(path)
        return super().open_new(path)

    def write_database(self, source: sqlite3.Connection, path: Path, step: Callable[[int, int], None]) -> None:
        """The same failures while SQLite streams the database into the file."""
        page_size = source.execute("PRAGMA page_size").fetchone()[0]

        def failing_step(done: int, total: int) -> None:
            if self.on_write is not None and done * page_size > self.after_bytes:
                raise OSError(self.on_write, "injected", str(path))
            if self.vanish:
                Path(path).unlink(missing_ok=True)
            step(done, total)

        super().write_database(source, path, failing_step)

    def place(self, temp: Path, final: Path) -> None:
        if self.clash_on_place:
            final.write_bytes(b"someone else's file")
            raise FileExistsError(errno.EEXIST, "exists", str(final))
        super().place(temp, final)
