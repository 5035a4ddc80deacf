"""A list's filters and sort kept per person between sessions: each drop-down's choice, each check box and the
column sorted by are restored when the list opens and stored when they change (QSettings, through ui.preferences).
The sort is kept by the service's name for the column, so a column added or moved later does not sort the wrong one."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QTableView

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


def kept_sort(user: Staff, list_name: str) -> tuple[str, bool] | None:
    """(sort key, descending) the person last sorted the list by, or None for the list's own order."""
    stored = str(preferences.value(user, f"sort/{list_name}") or "")
    key, _, order = stored.partition(" ")
    return (key, order == "desc") if key else None


def keep_sort_choice(user: Staff, list_name: str, sort_key: str | None, descending: bool) -> None:
    preferences.set_value(user, f"sort/{list_name}", f"{sort_key} {'desc' if descending else 'asc'}" if sort_key
                          else "")


def keep_sort(user: Staff, list_name: str, table: QTableView) -> None:
    """For a table sorted by its header (call before setSortingEnabled, which loads the first page): the person's
    last sort replaces the default indicator, and each new sort is kept."""
    model, header = table.model(), table.horizontalHeader()
    kept = kept_sort(user, list_name)
    column = model.column_of(kept[0]) if kept else None
    if column is not None:
        order = Qt.SortOrder.DescendingOrder if kept[1] else Qt.SortOrder.AscendingOrder
        header.setSortIndicator(column, order)
    header.sortIndicatorChanged.connect(lambda section, order: keep_sort_choice(
        user, list_name, model.sort_key_of(section), order == Qt.SortOrder.DescendingOrder))
