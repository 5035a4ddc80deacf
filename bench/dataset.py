"""The benchmark's database: the demo generator's data at a given size, seed and day, built once and reused."""

import datetime
import hashlib
import sqlite3
import time
from pathlib import Path

from desktop import demo
from desktop.db import close_database, open_database
from desktop.models import ALL_MODELS

FINGERPRINT_TABLES = ["staff", "customer", "customer_search_key", "contact", "complaint", "complaint_event", "swap",
                      "roster_entry"]


def build(db_file: Path, size: str, seed: int, day: datetime.date) -> float:
    """Generate the demo database into a new file; returns the seconds it took."""
    if db_file.exists():
        raise FileExistsError(db_file)
    start = time.perf_counter()
    open_database(db_file)
    try:
        demo.generate(size, seed=seed, today=day)
    finally:
        close_database()
    return time.perf_counter() - start


def fingerprint(db_file: Path) -> str:
    """A digest of the generated rows (not of the file, whose layout may differ): equal for equal data.

    Password hashes are salted at random and are left out."""
    digest = hashlib.sha256()
    connection = sqlite3.connect(f"file:{db_file}?mode=ro", uri=True)
    try:
        known = {model._meta.table_name for model in ALL_MODELS}
        for table in FINGERPRINT_TABLES:
            if table not in known:
                continue
            columns = [row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')
                       if row[1] != "password_hash"]
            listed = ", ".join(f'"{c}"' for c in columns)
            for row in connection.execute(f'SELECT {listed} FROM "{table}" ORDER BY 1, 2'):
                digest.update(repr(row).encode())
    finally:
        connection.close()
    return digest.hexdigest()[:16]
