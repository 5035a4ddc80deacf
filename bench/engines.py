"""The main rows side by side on both engines: the same demo data in a file and on a throwaway PostgreSQL server.

usage: python bench/engines.py [--sizes small,medium] [--runs 5] [--desks 4] [--each 100]
For each size, builds the demo into a file, moves it to a server started for the run (tests/pg_server.py: initdb in
a temporary folder; `main.py move`'s copy, which runs ANALYZE), and measures on each: opening (migrations checked,
first query), the typical customer searches as typed (first page + capped count: one keystroke; file and server in
turn, keystroke by keystroke), the statements one keystroke sends, opening the customer list, one customer
registration (a save), the weekly report to PDF; then, once, several desks registering overlapping phones and
receiving complaints at once. Medians (p95 for the searches), in seconds.
"""

import argparse
import datetime
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

if __name__ in ("__main__", "__mp_main__"):
    sys.path[0] = str(Path(__file__).resolve().parent.parent)

from bench import dataset  # noqa: E402
from bench.report_pdfs import periods, to_pdf  # noqa: E402
from bench.search import TYPICAL, list_search, statements_of  # noqa: E402
from bench.timing import median, p95, samples, seconds  # noqa: E402
from desktop import db as database  # noqa: E402
from desktop.models import Staff, db  # noqa: E402
from desktop.services import calendar  # noqa: E402
from desktop.services.customers import lists, registration  # noqa: E402
from desktop.services.files import transfer  # noqa: E402
from desktop.services.paging import Page  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def measure(target: str | Path, runs: int) -> dict[str, float]:
    figures = {"open": median(samples(lambda: (database.open_database(target), Staff.select().count(),
                                               database.close_database()), runs))}
    database.open_database(target)
    try:
        supervisor, clerk = Staff.get(Staff.login == "Z001"), Staff.get(Staff.login == "0002")
        search = list_search(clerk)
        figures["statements per keystroke"] = median([len(statements_of(lambda t=text: search(t)))
                                                      for text in TYPICAL])
        figures["list open"] = median(samples(lambda: lists.fetch(supervisor, Page(0, 200),
                                                                  lists.CustomerFilters()), runs))
        phones = iter(range(10**6))
        figures["save"] = median(samples(lambda: registration.register(clerk, registration.CustomerForm(
            name="测速客户", phone=f"1399{next(phones):07d}")), runs))
        weekly = periods(datetime.date.today())["weekly"]
        figures["weekly report"] = median(samples(lambda: to_pdf(supervisor, weekly), runs))
    finally:
        database.close_database()
    return figures


def keystrokes(file: Path, server: str, runs: int) -> dict[str, dict[str, float]]:
    """The typical searches as typed, each keystroke run on the file and at once on the server in turn, so that a
    busy machine slows both alike (the figures of separate runs moved by 2× on a shared machine)."""
    opened = {name: database.open_database(target) for name, target in (("file", file), ("server", server))}
    taken: dict[str, list[float]] = {"file": [], "server": []}
    try:
        searches = {}
        for name, connection in opened.items():
            db.initialize(connection)
            searches[name] = list_search(Staff.get(Staff.login == "0002"))
        for _ in range(runs):
            for text in TYPICAL:
                for name, connection in opened.items():
                    db.initialize(connection)
                    taken[name].append(seconds(lambda t=text, n=name: searches[n](t)))
    finally:
        for connection in opened.values():
            connection.close()
    return {name: {"search median": median(times), "search p95": p95(times)} for name, times in taken.items()}


def desks_together(target: str | Path, desks: int, each: int) -> dict[str, float]:
    start = time.perf_counter()
    workers = [subprocess.Popen([sys.executable, "-m", "tests.desk_worker", str(target), str(desk), str(each)],
                                cwd=ROOT, stdout=subprocess.PIPE, text=True) for desk in range(desks)]
    results = [json.loads(worker.communicate()[0]) for worker in workers]
    took = time.perf_counter() - start
    return {"desks wall": took, "desks errors": sum(len(r["errors"]) for r in results),
            "desks winners": sum(len(r["won"]) for r in results), "desks complaints": sum(len(r["complaints"])
                                                                                          for r in results)}


def table_of(figures: dict[str, dict[str, float]]) -> list[str]:
    lines = ["| row | SQLite file | PostgreSQL | ratio |", "|---|---:|---:|---:|"]
    for key in figures["file"]:
        one, two = figures["file"][key], figures["server"][key]
        counted = "desks" in key and key != "desks wall" or key.startswith("statements")
        ratio = f"{two / one:.1f}×" if one and not counted else ""
        lines.append(f"| {key} | {one:.4g} | {two:.4g} | {ratio} |")
    return lines


def one_size(server: Any, folder: Path, size: str, runs: int) -> dict[str, dict[str, float]]:
    file = folder / f"{size}.db"
    built = seconds(lambda: dataset.build(file, size, 2026, datetime.date.today()))
    server.admin(f'CREATE DATABASE "{size}" TEMPLATE template0')
    moved = seconds(lambda: transfer.move(file, server.url(size)))
    print(f"demo {size}: built in {built:.1f} s, moved to the server in {moved:.1f} s; {runs} runs each", flush=True)
    figures = keystrokes(file, server.url(size), runs)
    for name, target in (("file", file), ("server", server.url(size))):
        figures[name].update(measure(target, runs))
    return figures


def desks_table(server: Any, folder: Path, desks: int, each: int) -> dict[str, dict[str, float]]:
    from tests.conftest import _person  # the office of the tests: 张三 (C001) registers

    table = {}
    for name, target in (("file", folder / "desks.db"), ("server", None)):
        if target is None:
            server.admin('CREATE DATABASE "desks" TEMPLATE template0')
            target = server.url("desks")
        database.open_database(target)
        _person("C001", "张三", "staff")
        calendar.seed_from_library([2026, 2027])  # the complaints' working-day deadlines
        database.close_database()
        table[name] = desks_together(target, desks, each)
    return table


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="small", help="comma-separated: small,medium,large")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--desks", type=int, default=4)
    parser.add_argument("--each", type=int, default=100)
    args = parser.parse_args()
    from tests.pg_server import Server

    folder = Path(tempfile.mkdtemp(prefix="kefutai-bench-"))
    server = Server()
    server.start()  # fsync and friends as the test server has them off: the figures below say so
    try:
        tables = {size: one_size(server, folder, size, args.runs) for size in args.sizes.split(",")}
        tables[f"{args.desks} desks × {args.each}"] = desks_table(server, folder, args.desks, args.each)
        print("(the test server runs with fsync off: a real server's saves pay one fsync per commit as the file does)")
        for title, figures in tables.items():
            print(f"\n{title}\n")
            print("\n".join(table_of(figures)))
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
