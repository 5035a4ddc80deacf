"""The main rows side by side on both engines: the same demo data in a file and on a throwaway PostgreSQL server.

usage: python bench/engines.py [--size small|medium|large] [--runs 5] [--desks 4] [--each 100]
Builds the demo into a file, moves it to a server started for the run (tests/pg_server.py: initdb in a temporary
folder, durability settings of a real server), and measures on each: opening (migrations checked, first query),
the typical customer searches (first page + count), opening the customer list, one customer registration (a save),
the weekly report to PDF; then several desks registering overlapping phones and receiving complaints at once.
Medians (p95 for the searches), in seconds.
"""

import argparse
import datetime
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

if __name__ in ("__main__", "__mp_main__"):
    sys.path[0] = str(Path(__file__).resolve().parent.parent)

from bench import dataset  # noqa: E402
from bench.report_pdfs import periods, to_pdf  # noqa: E402
from bench.search import TYPICAL, list_search  # noqa: E402
from bench.timing import median, p95, samples, seconds  # noqa: E402
from desktop import db as database  # noqa: E402
from desktop.models import Staff  # noqa: E402
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
        figures["search p95"] = p95([seconds(lambda t=text: search(t)) for text in TYPICAL for _ in range(runs)])
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


def desks_together(target: str | Path, desks: int, each: int) -> dict[str, float]:
    start = time.perf_counter()
    workers = [subprocess.Popen([sys.executable, "-m", "tests.desk_worker", str(target), str(desk), str(each)],
                                cwd=ROOT, stdout=subprocess.PIPE, text=True) for desk in range(desks)]
    results = [json.loads(worker.communicate()[0]) for worker in workers]
    took = time.perf_counter() - start
    return {"desks wall": took, "desks errors": sum(len(r["errors"]) for r in results),
            "desks winners": sum(len(r["won"]) for r in results), "desks complaints": sum(len(r["complaints"])
                                                                                          for r in results)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="small")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--desks", type=int, default=4)
    parser.add_argument("--each", type=int, default=100)
    args = parser.parse_args()
    from tests.pg_server import Server

    folder = Path(tempfile.mkdtemp(prefix="kefutai-bench-"))
    server = Server()
    server.start()  # fsync and friends as the test server has them off: the figures below say so
    try:
        file = folder / f"{args.size}.db"
        built = dataset.build(file, args.size, 2026, datetime.date.today())
        server.admin('CREATE DATABASE "bench" TEMPLATE template0')
        moved = seconds(lambda: transfer.move(file, server.url("bench")))
        table = {"file": measure(file, args.runs), "server": measure(server.url("bench"), args.runs)}
        for name, target in (("file", folder / "desks.db"), ("server", None)):
            if target is None:
                server.admin('CREATE DATABASE "desks" TEMPLATE template0')
                target = server.url("desks")
            database.open_database(target)
            from tests.conftest import _person  # the office of the tests: 张三 (C001) registers

            _person("C001", "张三", "staff")
            calendar.seed_from_library([2026, 2027])  # the complaints' working-day deadlines
            database.close_database()
            table[name].update(desks_together(target, args.desks, args.each))
        print(f"demo {args.size} built in {built:.1f} s, moved to the server in {moved:.1f} s; {args.runs} runs each")
        print("(the test server runs with fsync off: a real server's saves pay one fsync per commit as the file does)")
        print()
        print("| row | SQLite file | PostgreSQL | ratio |")
        print("|---|---|---|---|")
        for key in table["file"]:
            one, two = table["file"][key], table["server"][key]
            ratio = f"{two / one:.1f}×" if one and "desks" not in key or key == "desks wall" else ""
            print(f"| {key} | {one:.4g} | {two:.4g} | {ratio} |")
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
