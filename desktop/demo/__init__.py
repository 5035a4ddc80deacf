"""Realistic Chinese sample data for a new database, in three sizes; each area adds its own step."""

import datetime
import random
from collections.abc import Callable
from dataclasses import dataclass

from desktop.models import db
from desktop.services import calendar, clock, settings


@dataclass(frozen=True)
class Size:
    name: str
    staff: int
    roster_days: int
    customers: int
    contacts: int
    complaints: int
    swaps: int


SIZES = {
    "small": Size("small", 24, 62, 300, 2_000, 120, 30),
    "medium": Size("medium", 60, 180, 5_000, 40_000, 2_000, 300),
    "large": Size("large", 200, 3 * 365, 100_000, 1_000_000, 50_000, 5_000),
}

DEMO_PASSWORD = "demo1234"
OPENING = datetime.time(8)


@dataclass
class DemoContext:
    size: Size
    rng: random.Random
    now: datetime.datetime  # the moment the data is made at: the same seed and moment give the same data

    @property
    def today(self) -> datetime.date:
        return self.now.date()


Step = Callable[[DemoContext], None]


def _steps() -> list[Step]:
    from desktop.demo import complaints, contacts, customers, ownership, people, swaps

    return [people.generate, customers.generate, contacts.generate, complaints.generate, swaps.generate,
            ownership.generate]


def generate(size: str = "small", seed: int = 2026, today: datetime.date | None = None) -> None:
    """Fill an empty, open database; refuses a database that already has an administrator.

    The data is made as at 08:00 of `today`, or at this minute when no day is given: the same seed and day give
    the same rows."""
    if not settings.needs_first_run():
        raise RuntimeError("演示数据只能写入新的空数据库。")
    now = datetime.datetime.combine(today, OPENING) if today else clock.now()
    context = DemoContext(SIZES[size], random.Random(seed), now.replace(second=0, microsecond=0))
    calendar.seed_from_library([context.today.year - 3, context.today.year - 2, context.today.year - 1,
                                context.today.year, context.today.year + 1])
    for step in _steps():
        with db.atomic():
            step(context)
