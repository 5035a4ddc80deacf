"""What a regulation's rule says when it fails, shared by the swap and the leave rules."""

import datetime
from dataclasses import dataclass

from desktop.services.errors import RuleError


@dataclass(frozen=True)
class RuleFailure:
    rule: str
    message: str
    field: str | None = None


class RulesFailed(RuleError):
    """A request that breaks one or more rules: every failing rule's message, one per line."""

    def __init__(self, failures: list[RuleFailure]) -> None:
        super().__init__("\n".join(f.message for f in failures), failures[0].field)
        self.failures = failures


def day_text(day: datetime.date) -> str:
    return f"{day.month}月{day.day}日"
