"""Work on whole files: a verified backup of the database against `cp`, and importing customers from Excel."""

import os
import random
import shutil
import sqlite3
import subprocess
import time
from pathlib import Path

from bench.timing import Row, seconds
from desktop.demo.names import person_name
from desktop.models import Staff
from desktop.services.customers import excel_import, registration
from desktop.services.files import backup, integrity

BACKUP_RATIO = 1.5
IMPORT_BUDGET = 10.0  # issue 23 (issue 9: 15 s)
TRANSACTION_BUDGET = 1.0  # issue 数据完整 6: no write transaction of the import longer than a moment
HEADERS = ["客户姓名", "手机号码", "称呼", "地址", "需求/意向", "客户等级", "客户来源"]


def copy_with_cp(source: Path, target: Path) -> float:
    """`cp` then `sync` of the copy: the bytes on the device, as a backup must have them before it says 完成."""
    target.unlink(missing_ok=True)
    took = seconds(lambda: subprocess.run(["sh", "-c", 'cp "$1" "$2" && sync "$2"', "-", str(source), str(target)],
                                          check=True))
    target.unlink()
    return took


def backup_api(source: Path, target: Path) -> float:
    """SQLite's backup API alone, streaming the file into `target` on the same disk, then one fsync."""
    def run() -> None:
        reader = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        writer = sqlite3.connect(target)
        writer.execute("PRAGMA synchronous = OFF")
        reader.backup(writer, pages=backup.SNAPSHOT_PAGES)
        writer.close()
        reader.close()
        with open(target, "rb+") as handle:
            os.fsync(handle.fileno())

    target.unlink(missing_ok=True)
    took = seconds(run)
    target.unlink()
    return took


def measure_backup(db_file: Path, supervisor: Staff, runs: int, scratch: Path) -> list[Row]:
    made, copied, streamed = [], [], []
    for run in range(runs):
        folder = scratch / f"backup-{run}"
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        made.append(seconds(lambda f=folder: backup.make_backup(supervisor, db_file, f)))
        shutil.rmtree(folder)
        copied.append(copy_with_cp(db_file, scratch / "cp-copy.db"))
        streamed.append(backup_api(db_file, scratch / "api-copy.db"))
    checked = seconds(lambda: integrity.check_live(db_file))
    size = db_file.stat().st_size / 1e6
    return [Row("files", f"backup of the {size:,.0f} MB database (backup API straight to the target, sha256, fsync, "
                         "read-back from the device, quick_check, row counts)", made,
                limit_what="cp + sync of the same file", limit_values=copied, max_ratio=BACKUP_RATIO),
            Row("files", "SQLite backup API alone to the same disk, then fsync (a floor of the backup above)", streamed,
                limit_what="cp + sync of the same file", limit_values=copied),
            Row("files", "full integrity_check of the live file (in the background at idle, daily; not waited for)",
                [checked])]


def write_workbooks(folder: Path, total: int, seed: int) -> list[Path]:
    """Spreadsheets of new customers as an office would have them, at most MAX_ROWS rows each."""
    from openpyxl import Workbook

    rng = random.Random(seed)
    paths, number = [], 0
    while number < total:
        book = Workbook()
        sheet = book.active
        sheet.append(HEADERS)
        for _ in range(min(excel_import.MAX_ROWS, total - number)):
            name = person_name(rng)
            sheet.append([name, f"166{number:08d}", name[0] + rng.choice(["先生", "女士"]), "杭州市文三路 1 号",
                          "两室一厅，90 平方米左右", rng.choice("ABCD"), "网络"])
            number += 1
        path = folder / f"客户导入_{len(paths) + 1}.xlsx"
        book.save(path)
        paths.append(path)
    return paths


def import_file(clerk: Staff, path: Path, batches: list[float]) -> int:
    """What 从 Excel 导入 does: read and vet the file, map the columns, check every row, register them; the time
    each batch of registrations held the write lock is added to `batches`."""
    sheet = excel_import.read_workbook(path)
    checks = excel_import.check(clerk, sheet, excel_import.guess_mapping(sheet.headers))
    since = [0.0]

    def saved(stage: str, _done: int, _total: int) -> None:
        now = time.perf_counter()
        if stage == "正在保存":  # a batch was saved since the previous report
            batches.append(now - since[0])
        since[0] = now

    return excel_import.import_rows(clerk, checks, progress=saved).imported


def read_only(path: Path) -> None:
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True)
    for _ in book.worksheets[0].iter_rows(values_only=True):
        pass
    book.close()


def measure_import(clerk: Staff, total: int, scratch: Path) -> list[Row]:
    """One run: the customers stay registered in the scratch copy of the database."""
    paths = write_workbooks(scratch, total, seed=9)
    batches: list[float] = []
    start = time.perf_counter()
    imported = sum(import_file(clerk, path, batches) for path in paths)
    took = time.perf_counter() - start
    if imported != total:
        raise RuntimeError(f"imported {imported} of {total} customers")
    reading = sum(seconds(lambda p=path: read_only(p)) for path in paths)
    return [Row("files", f"import {total:,} customers from Excel ({len(paths)} files of ≤ "
                         f"{excel_import.MAX_ROWS:,} rows: read, check, register)", [took],
                limit_what="openpyxl reading the same files", limit_values=[reading], budget=IMPORT_BUDGET),
            Row("files", f"longest write transaction of that import (a batch of {registration.BATCH} "
                         "registrations; other windows wait meanwhile)", [max(batches)], budget=TRANSACTION_BUDGET)]


def measure_wide_sheet(scratch: Path, columns: int) -> list[Row]:
    """Reading a 50-row sheet with a value in every one of `columns` columns (issue 数据完整 7: 123 s, 412 MB)."""
    import tracemalloc

    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet()
    sheet.append(["客户姓名", "手机号码", *(f"列{index}" for index in range(3, columns + 1))])
    for number in range(50):
        sheet.append([f"客户{number}", f"166{number:08d}", *("x" for _ in range(3, columns + 1))])
    path = scratch / f"宽表_{columns}列.xlsx"
    book.save(path)
    took = seconds(lambda: excel_import.read_workbook(path))
    tracemalloc.start()
    excel_import.read_workbook(path)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    path.unlink()
    what = f"read a 50-row sheet with {columns:,} filled columns"
    return [Row("files", what, [took]), Row("memory", f"{what}: peak of Python allocations", [peak], unit="B")]
