"""What a list service is asked for: one page of rows (the UI's lazy table passes its own Page)."""

from typing import Any, Protocol


class PageLike(Protocol):
    offset: int
    limit: int
    after: Any  # the last row already shown, for keyset paging
    sort_key: str | None
    descending: bool
