"""A list's filters kept per person between sessions: each drop-down's choice and each check box is restored when
the list opens and stored when it changes (QSettings, through ui.preferences)."""

from PySide6.QtWidgets import QCheckBox, QComboBox

from desktop.models import Staff
from desktop.ui import preferences


def keep(user: Staff, list_name: str, filters: dict[str, QComboBox | QCheckBox]) -> None:
    for name, widget in filters.items():
        key = f"filters/{list_name}/{name}"
        stored = preferences.value(user, key)
        if isinstance(widget, QCheckBox):
            if stored is not None:
                widget.setChecked(str(stored).lower() == "true")
            widget.toggled.connect(lambda on, key=key: preferences.set_value(user, key, on))
            continue
        index = next((i for i in range(widget.count()) if str(widget.itemData(i)) == stored), -1)
        if stored is not None and index >= 0:
            widget.setCurrentIndex(index)
        widget.currentIndexChanged.connect(
            lambda i, widget=widget, key=key: preferences.set_value(user, key, str(widget.itemData(i))))
