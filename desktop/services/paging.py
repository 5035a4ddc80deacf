"""What a list service is asked for: one page of rows, by offset or after the last row already shown."""

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Page:
    """`limit` rows after `after` (the last row already loaded, for keyset paging) or after `offset` rows,
    ordered by `sort_key` (None: the list's own order)."""

    offset: int = 0
    limit: int = 50
    after: Any = None
    sort_key: str | None = None
    descending: bool = False
