"""Two windows registering customers at the same moment: how many registrations fail, and what the losers hear.

usage: python bench/concurrency.py [--count 150] [--same-phones] [--keep DIR]
Each process opens the same database file as a window would and registers `count` customers as fast as it can,
all processes starting together. Prints how many registrations failed with anything but the duplicate rule.
"""

import argparse
import multiprocessing
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

if __name__ in ("__main__", "__mp_main__"):  # run as a script: the project, not bench/, comes first
    sys.path[0] = str(Path(__file__).resolve().parent.parent)

from desktop import db as database  # noqa: E402
from desktop.models import Staff  # noqa: E402
from desktop.services.customers import registration  # noqa: E402
from desktop.services.customers.registration import CustomerForm, DuplicateCustomer  # noqa: E402

REGISTRANTS = (("C001", "张三"), ("C002", "李四"))


@dataclass(frozen=True)
class Outcome:
    login: str
    phone: str
    number: str = ""  # the customer number given, when it was registered
    refusal: str = ""  # the duplicate rule's message, when it refused
    failure: str = ""  # anything else that went wrong


def phones(process: int, count: int, same: bool) -> list[str]:
    """`count` mobile numbers; the same ones for every process when `same`."""
    return [f"139{0 if same else process:02d}{index:06d}" for index in range(count)]


def prepare(db_file: Path) -> None:
    """A fresh database with one registrant per process."""
    database.open_database(db_file)
    try:
        for code, name in REGISTRANTS:
            Staff.create(code=code, name=name, job_type="客服专员", skill_level="中级工", role="staff",
                         login=code.lower())
    finally:
        database.close_database()


def _register(actor: Staff, phone: str) -> Outcome:
    try:
        customer = registration.register(actor, CustomerForm(name=f"客户{phone[-6:]}", phone=phone))
        return Outcome(actor.login, phone, number=customer.number)
    except DuplicateCustomer as refused:
        return Outcome(actor.login, phone, refusal=refused.message)
    except Exception as error:  # what a window would have shown as an unexpected error
        return Outcome(actor.login, phone, failure=f"{type(error).__name__}: {error}")


def _register_all(db_file: Path, login: str, numbers: list[str], start: object, results: object) -> None:
    database.open_database(db_file)
    actor = Staff.get(Staff.login == login)
    start.wait()
    outcomes = [_register(actor, phone) for phone in numbers]
    database.close_database()
    results.put(outcomes)


def _register_until(db_file: Path, login: str, started: object, stop: object, results: object) -> None:
    database.open_database(db_file)
    actor = Staff.get(Staff.login == login)
    outcomes = [_register(actor, "13800000000")]
    started.set()
    while not stop.is_set():
        outcomes.append(_register(actor, f"138{len(outcomes):08d}"))
    database.close_database()
    results.put(outcomes)


@contextmanager
def another_window_saving(db_file: Path, login: str = "c002") -> Iterator[list[Outcome]]:
    """While the block runs, another process registers customers one after another (phones 138…); the list
    yielded is filled with what each registration came to once the block has ended."""
    context = multiprocessing.get_context("spawn")
    started, stop, results = context.Event(), context.Event(), context.Queue()
    worker = context.Process(target=_register_until, args=(db_file, login, started, stop, results))
    worker.start()
    outcomes: list[Outcome] = []
    try:
        started.wait(timeout=60)
        yield outcomes
    finally:
        stop.set()
        outcomes += results.get(timeout=60)
        worker.join()


def race(db_file: Path, count: int, same_phones: bool = False) -> list[Outcome]:
    """Every registrant of REGISTRANTS registers `count` customers at once in its own process."""
    context = multiprocessing.get_context("spawn")  # a fresh interpreter, like a second window
    start, results = context.Barrier(len(REGISTRANTS)), context.Queue()
    workers = [context.Process(target=_register_all, args=(db_file, code.lower(),
                                                            phones(index, count, same_phones), start, results))
               for index, (code, _) in enumerate(REGISTRANTS)]
    for worker in workers:
        worker.start()
    outcomes = [outcome for _ in workers for outcome in results.get(timeout=300)]
    for worker in workers:
        worker.join()
    return outcomes


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=150, help="registrations per process")
    parser.add_argument("--same-phones", action="store_true", help="both processes register the same numbers")
    parser.add_argument("--keep", type=Path, help="use this folder (the database is kept for inspection)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        folder = args.keep or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        db_file = folder / "并发登记.db"
        prepare(db_file)
        outcomes = race(db_file, args.count, args.same_phones)
    failed = [outcome for outcome in outcomes if outcome.failure]
    print(f"{len(REGISTRANTS)} processes × {args.count} registrations: {len(failed)} failed, "
          f"{sum(bool(o.number) for o in outcomes)} registered, {sum(bool(o.refusal) for o in outcomes)} refused "
          "as duplicates")
    for outcome in failed[:5]:
        print(f"  e.g. {outcome.failure}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
