"""Time the customer list and search on a demo database: `python bench/customer_search.py PATH.db`."""

import statistics
import sys
import time
from dataclasses import dataclass
from typing import Any

from desktop.db import open_database
from desktop.models import Staff
from desktop.services import customer_lists

QUERIES = ["zs", "zhangsan", "wang", "王", "芳", "李娜", "138", "5678", "13812", "KH2025", "hz", "宏达", "z", "0571"]


@dataclass(frozen=True)
class Page:
    offset: int = 0
    limit: int = 200
    after: Any = None
    sort_key: str | None = None
    descending: bool = False


def median_ms(call: Any, repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        call()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main(path: str) -> None:
    open_database(path)
    clerk = Staff.get(Staff.code == "0001")
    everyone = customer_lists.CustomerFilters()
    print(f"list first page: {median_ms(lambda: customer_lists.fetch(Page(), everyone, clerk)):.1f} ms")
    print(f"list count:      {median_ms(lambda: customer_lists.count(everyone, clerk)):.1f} ms")
    print(f"sorted by name:  {median_ms(lambda: customer_lists.fetch(Page(sort_key='name'), everyone, clerk)):.1f} ms")
    deep = Page(offset=90_000, sort_key="number")
    print(f"page at 90 000:  {median_ms(lambda: customer_lists.fetch(deep, everyone, clerk)):.1f} ms")
    searches, filtered = [], []
    for text in QUERIES:
        searches.append(median_ms(lambda t=text: customer_lists.search(t, 20, clerk)))
        with_text = customer_lists.CustomerFilters(text=text)
        filtered.append(median_ms(lambda f=with_text: (customer_lists.fetch(Page(), f, clerk),
                                                       customer_lists.count(f, clerk))))
        print(f"  {text!r:12} search {searches[-1]:6.1f} ms   list+count {filtered[-1]:6.1f} ms")
    print(f"search median {statistics.median(searches):.1f} ms (max {max(searches):.1f}); "
          f"filtered list median {statistics.median(filtered):.1f} ms (max {max(filtered):.1f})")


if __name__ == "__main__":
    main(sys.argv[1])
