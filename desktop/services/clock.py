"""The one place that reads the wall clock: every service takes its moment from here or from an argument.

Tests freeze it (`freeze`), so a rule checked on the first of a month at 00:03 is checked the same way every day.
"""

import datetime

_frozen: datetime.datetime | None = None


def now() -> datetime.datetime:
    """The office's local time, or the moment it was frozen at."""
    return _frozen if _frozen is not None else datetime.datetime.now()


def today() -> datetime.date:
    return now().date()


def freeze(moment: datetime.datetime | None) -> None:
    """Stop the clock at `moment` (None: let it run again)."""
    global _frozen
    _frozen = moment
