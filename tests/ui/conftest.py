"""The program's keyboard and window rules apply in every UI test, as they do in the program."""

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from desktop.ui.widgets import keyboard, window_places


@pytest.fixture(autouse=True)
def program_rules(qapp: QApplication) -> Iterator[None]:
    keyboard.install(qapp)
    places = window_places.install(qapp)
    yield
    places.person = None
