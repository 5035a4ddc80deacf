"""Reading short typed moments (widgets/typed_time.py)."""

import datetime

import pytest

from desktop.ui.widgets.typed_time import read

NOW = datetime.datetime(2026, 11, 18, 10, 30)


@pytest.mark.parametrize(("typed", "moment"), [
    ("1205 1430", datetime.datetime(2026, 12, 5, 14, 30)),
    ("12-05 14:30", datetime.datetime(2026, 12, 5, 14, 30)),
    ("12/5 9:05", datetime.datetime(2026, 12, 5, 9, 5)),
    ("1205", datetime.datetime(2026, 12, 5, 10, 30)),
    ("1205 14", datetime.datetime(2026, 12, 5, 14, 0)),
    ("2027-01-03 08:00", datetime.datetime(2027, 1, 3, 8, 0)),
    ("20270103", datetime.datetime(2027, 1, 3, 10, 30)),
])
def test_a_short_moment_is_read_with_the_missing_parts_from_the_field(typed, moment):
    assert read(typed, NOW) == moment


@pytest.mark.parametrize("typed", ["1", "12", "120", "1305", "0230", "1205 2530", "1205 14:3", "abc"])
def test_what_names_no_moment_yet_is_none(typed):
    assert read(typed, NOW) is None


def test_a_date_field_takes_no_time():
    assert read("1205 1430", NOW, with_time=False) is None
    assert read("1205", NOW, with_time=False) == datetime.datetime(2026, 12, 5, 10, 30)
