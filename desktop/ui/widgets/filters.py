"""The drop-down filters above a list: (text, value) choices that reload the list when one is picked."""

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import QComboBox


def filter_combo(name: str, changed: Callable[[], None], items: Sequence[tuple[str, Any]]) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    for text, data in items:
        combo.addItem(text, data)
    combo.currentIndexChanged.connect(changed)
    return combo
