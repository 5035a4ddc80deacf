"""The benchmark's measuring tools: repeated timings, medians and percentiles, and one row of the result table."""

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


def seconds(call: Callable[[], Any]) -> float:
    start = time.perf_counter()
    call()
    return time.perf_counter() - start


def samples(call: Callable[[], Any], runs: int) -> list[float]:
    return [seconds(call) for _ in range(runs)]


def median(values: list[float]) -> float:
    return statistics.median(values)


def p95(values: list[float]) -> float:
    """The 95th percentile (nearest rank): with fewer than 20 values, the largest."""
    ordered = sorted(values)
    return ordered[max(0, -(-len(ordered) * 95 // 100) - 1)]


@dataclass
class Row:
    """One line of the table: a figure (median, or p95 when `p95_of` is set) against its limit and budget.

    Times are in seconds and memory in bytes; `budget` is the largest allowed figure, `max_ratio` the largest
    allowed ratio to the limit; `pending` says why a figure could not be measured."""

    section: str
    what: str
    values: list[float]
    unit: str = "s"
    limit_what: str = ""
    limit_values: list[float] | None = None
    budget: float | None = None
    max_ratio: float | None = None
    percentile: bool = False  # judge by p95 instead of the median
    note: str = ""
    pending: str = ""

    @property
    def figure(self) -> float:
        return p95(self.values) if self.percentile else median(self.values)

    @property
    def limit(self) -> float | None:
        if not self.limit_values:
            return None
        return p95(self.limit_values) if self.percentile else median(self.limit_values)

    @property
    def ratio(self) -> float | None:
        limit = self.limit
        return self.figure / limit if limit else None

    @property
    def verdict(self) -> str:
        if self.pending:
            return "pending"
        if self.budget is None and self.max_ratio is None:
            return ""
        within = self.budget is None or self.figure <= self.budget
        if self.max_ratio is not None and self.ratio is not None:
            within = within and self.ratio <= self.max_ratio
        return "ok" if within else "MISS"
