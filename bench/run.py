"""The benchmark: 客服台 on a large office's data against the limits of its own tools (docs/PERFORMANCE.md).

usage: python bench/run.py [--db FILE] [--size large] [--seed 2026] [--runs 5] [--scratch DIR] [--quick]
                          [--sizes small,medium,large] [--only start,windows,…]
Builds the demo database FILE if it does not exist (default: SCRATCH/SIZE.db), then prints a Markdown table of
medians (and p95 for per-keystroke and per-page figures) with their ratio to the limit measured in the same run and
the budget of issue 9. The database itself is only read; saves and the import go to a copy in SCRATCH.
--quick: one run of everything on a small database, a bounded scroll and a 200-row import (for the smoke test).
--only: measure just these groups of rows (start, search, keystrokes, lists, customer_page, windows, reports,
backup, wide_sheet, export, saves, import), e.g. to compare a change before and after on the same load.
Exit code 0 when every measured figure is within its budget, 1 otherwise.
"""

import argparse
import datetime
import os
import platform
import shutil
import sys
from pathlib import Path

sys.path[0] = str(Path(__file__).resolve().parent.parent)  # the project, not bench/, shadows nothing
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench import customer_page, dataset, export, files, keystrokes, lists, report_pdfs, saves, search, startup, windows  # noqa: E402,E501
from bench.table import machine, markdown, side_by_side  # noqa: E402
from bench.timing import Row  # noqa: E402

SUPERVISOR, LEADER, CLERK = "Z001", "0001", "0002"


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="the database to measure (built first if missing)")
    parser.add_argument("--size", default="large", help="demo size when building (small, medium, large)")
    parser.add_argument("--seed", type=int, default=2026, help="demo seed when building")
    parser.add_argument("--day", type=datetime.date.fromisoformat, default=datetime.date.today(),
                        help="the demo's 'today' when building (YYYY-MM-DD; default today)")
    parser.add_argument("--runs", type=int, default=5, help="runs of each timing (median taken)")
    parser.add_argument("--scratch", type=Path, default=Path("/tmp/perf"), help="folder for copies and files")
    parser.add_argument("--quick", action="store_true", help="small and fast: one run, bounded work")
    parser.add_argument("--sizes", help="comma-separated demo sizes (e.g. small,medium,large): each is measured "
                                        "(built in SCRATCH/SIZE.db if missing) and the figures shown side by side")
    parser.add_argument("--only", type=lambda text: set(text.split(",")), default=None,
                        help=f"comma-separated groups to measure ({', '.join(GROUPS)}; default all)")
    args = parser.parse_args(argv)
    if args.only and args.only - set(GROUPS):
        parser.error(f"unknown groups: {', '.join(sorted(args.only - set(GROUPS)))}")
    return args


GROUPS = ("start", "search", "keystrokes", "lists", "customer_page", "windows", "reports", "backup", "wide_sheet",
          "export", "saves", "import")


def wanted(args: argparse.Namespace, group: str) -> bool:
    return args.only is None or group in args.only


def prepare(args: argparse.Namespace) -> tuple[Path, list[Row]]:
    db_file = args.db or args.scratch / f"{args.size}.db"
    if db_file.exists():
        return db_file, []
    print(f"building the {args.size} demo database {db_file} (seed {args.seed}, day {args.day}) …", flush=True)
    took = dataset.build(db_file, args.size, args.seed, args.day)
    return db_file, [Row("data", f"build the {args.size} demo database (seed {args.seed})", [took])]


def read_only_rows(db_file: Path, args: argparse.Namespace, runs: int) -> list[Row]:
    """Everything that only reads the database, in this process (search, lists, reports, backup)."""
    from PySide6.QtWidgets import QApplication

    from desktop.app import create_application
    from desktop.db import close_database, open_database
    from desktop.models import Staff

    app: QApplication = create_application(sys.argv[:1])
    open_database(db_file)
    try:
        supervisor, clerk = (Staff.get(Staff.login == login) for login in (SUPERVISOR, CLERK))
        steps = [
            ("search", lambda: search.measure(db_file, clerk, runs)),
            ("keystrokes", lambda: keystrokes.measure(app, clerk, runs)),
            ("lists", lambda: lists.measure(app, supervisor, runs, max_pages=5 if args.quick else None)),
            ("customer_page", lambda: customer_page.measure(app, supervisor, runs)),
            ("windows", lambda: windows.measure(app, supervisor, runs, db_file)),
            ("reports", lambda: report_pdfs.measure(supervisor, runs, args.scratch)),
            ("backup", lambda: files.measure_backup(db_file, supervisor, max(1, min(runs, 3)), args.scratch)),
            ("wide_sheet", lambda: files.measure_wide_sheet(args.scratch, 1024 if args.quick else 16_384)),
            ("export", lambda: export.measure(app, supervisor, args.scratch)),
        ]
        rows = [row for group, step in steps if wanted(args, group) for row in step()]
    finally:
        close_database()
    return rows


def writing_rows(db_file: Path, args: argparse.Namespace, runs: int) -> list[Row]:
    """Saves and the import, on a copy of the database that is removed afterwards."""
    from desktop.db import close_database, open_database
    from desktop.models import Staff

    if not (wanted(args, "saves") or wanted(args, "import")):
        return []
    work = args.scratch / f"work-{os.getpid()}.db"
    shutil.copyfile(db_file, work)
    open_database(work)
    try:
        clerk, leader = (Staff.get(Staff.login == login) for login in (CLERK, LEADER))
        rows = saves.measure(work, clerk, leader, runs) if wanted(args, "saves") else []
        if wanted(args, "import"):
            rows += files.measure_import(clerk, 200 if args.quick else 10_000, args.scratch)
    finally:
        close_database()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{work}{suffix}").unlink(missing_ok=True)
    return rows


def measure_all(args: argparse.Namespace) -> list[Row]:
    """Every row for one database: printed with the machine it ran on."""
    runs = 1 if args.quick else args.runs
    db_file, rows = prepare(args)
    if wanted(args, "start"):
        rows += startup.measure(db_file, SUPERVISOR, runs, args.scratch)
    if args.only is None or args.only - {"start", "saves", "import"}:
        rows += read_only_rows(db_file, args, runs)
    rows += writing_rows(db_file, args, runs)
    print()
    print(machine(db_file))
    print(f"Python {platform.python_version()}, {runs} run(s) each, database {db_file}")
    print()
    print(markdown(rows))
    return rows


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    args.scratch.mkdir(parents=True, exist_ok=True)
    startup.compile_project()  # measured as shipped: bytecode compiled at build or install time
    if not args.sizes:
        rows = measure_all(args)
        return 1 if any(row.verdict == "MISS" for row in rows) else 0
    results: dict[str, list[Row]] = {}
    for size in args.sizes.split(","):
        print(f"\n## {size}", flush=True)
        results[size] = measure_all(argparse.Namespace(**{**vars(args), "size": size, "db": None}))
    print("\n## How the figures grow with the data\n")
    print(side_by_side(results))
    return 1 if any(row.verdict == "MISS" for row in results[list(results)[-1]]) else 0


if __name__ == "__main__":
    sys.exit(main())
