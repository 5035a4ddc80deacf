"""Reading a date or date-time typed the short way a clerk types it: "1205 1430", "12-05 14:30", "2026-12-05 9:05".

>>> read("1205 1430", datetime.datetime(2026, 11, 18, 10, 30))
datetime.datetime(2026, 12, 5, 14, 30)
>>> read("12-5", datetime.datetime(2026, 11, 18, 10, 30))
datetime.datetime(2026, 12, 5, 10, 30)
>>> read("1205 9", datetime.datetime(2026, 11, 18, 10, 30))
datetime.datetime(2026, 12, 5, 9, 0)
>>> read("1305", datetime.datetime(2026, 11, 18, 10, 30)) is None
True
"""

import datetime
import re

DATE = r"(?:(?P<year>\d{4})[-/.]?)?(?:(?P<month>\d{1,2})[-/.](?P<day>\d{1,2})|(?P<mm>\d{2})(?P<dd>\d{2}))"
TIME = r"(?:(?P<hour>\d{1,2}):(?P<minute>\d{2})|(?P<hh>\d{2})(?P<mi>\d{2})|(?P<h>\d{1,2}))"
PATTERN = re.compile(rf"^{DATE}(?:[ T]+{TIME})?$")
TYPED_KEYS = frozenset("0123456789-/.: ")


def read(text: str, current: datetime.datetime, with_time: bool = True) -> datetime.datetime | None:
    """The moment `text` names, the parts it leaves out taken from `current`; None while it names none yet."""
    found = PATTERN.match(text.strip())
    if found is None:
        return None
    parts = {key: int(value) for key, value in found.groupdict().items() if value is not None}
    hour = parts.get("hour", parts.get("hh", parts.get("h")))
    if hour is not None and not with_time:
        return None
    try:
        day = datetime.date(parts.get("year", current.year), parts.get("month", parts.get("mm")),
                            parts.get("day", parts.get("dd")))
        time = current.time() if hour is None else datetime.time(hour, parts.get("minute", parts.get("mi", 0)))
    except ValueError:
        return None
    return datetime.datetime.combine(day, time)
