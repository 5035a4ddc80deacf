"""The warm-up imports the other tabs' modules a step at a time once the main window has painted, never while the
person types, so that their first open does not import first."""

import importlib.util
import sys

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop.ui import warmup
from desktop.ui.main_window import MainWindow
from desktop.ui.warmup import Warmup

ASIDE = ("colorsys", "wave")  # modules nothing else in the suite imports


@pytest.fixture
def unimported(monkeypatch: pytest.MonkeyPatch) -> tuple[str, ...]:
    for name in ASIDE:
        monkeypatch.delitem(sys.modules, name, raising=False)
    return ASIDE


def test_nothing_is_imported_before_the_first_paint_or_while_the_person_types(unimported, qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    idle = [0]
    warm = Warmup(widget, lambda: idle[0], unimported)
    qtbot.wait(3 * warmup.STEP_MS)
    assert not warm.timer.isActive() and "colorsys" not in sys.modules  # not painted yet
    widget.show()
    qtbot.waitUntil(warm.timer.isActive)
    qtbot.wait(3 * warmup.STEP_MS)
    assert "colorsys" not in sys.modules  # a key was pressed a moment ago
    idle[0] = warmup.QUIET_MS
    qtbot.waitUntil(warm.done)
    assert all(name in sys.modules for name in unimported)
    qtbot.waitUntil(lambda: not warm.timer.isActive())


def test_one_module_a_step_in_the_listed_order(unimported, qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    warm = Warmup(widget, lambda: warmup.QUIET_MS, unimported)
    warm.step()
    assert "colorsys" in sys.modules and "wave" not in sys.modules
    warm.step()
    assert warm.done() and "wave" in sys.modules


def test_every_listed_module_exists() -> None:
    assert [name for name in warmup.MODULES if importlib.util.find_spec(name) is None] == []


def test_the_main_window_warms_up_once_it_has_painted(office_data, clerk, db_target, qtbot: QtBot) -> None:
    window = MainWindow(clerk, db_target)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.today.day is not None)
    assert not window.warmup.timer.isActive()
    window.show()
    qtbot.waitUntil(window.warmup.timer.isActive)
