"""The shape shared by the staff, team, shift and calendar pages: a list on the left, its edit form on the right."""

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.models import Staff
from desktop.services.errors import RuleError
from desktop.services.paging import Page
from desktop.ui.widgets.forms import ErrorForm
from desktop.ui.widgets.lazy_table import Column, LazyTableModel
from desktop.ui.widgets.list_table import list_table


def fill_combo(combo: QComboBox, items: Sequence[tuple[str, Any]]) -> None:
    """Replace a combo's entries with (text, data) pairs, keeping the chosen data if it is still offered."""
    chosen = combo.currentData()
    combo.clear()
    for text, data in items:
        combo.addItem(text, data)
    select_data(combo, chosen)


def select_data(combo: QComboBox, data: Any) -> None:
    index = combo.findData(data)
    combo.setCurrentIndex(max(index, 0))


class RecordPage(QWidget):
    """Subclasses say what the list shows (`columns`, `fetch`), what the form holds (`build_form`, `fill`) and
    which service saves it (`submit`)."""

    def __init__(self, user: Staff, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = user
        self.current: Any = None
        layout = QVBoxLayout(self)
        self.top = QHBoxLayout()
        layout.addLayout(self.top)
        splitter = QSplitter()
        layout.addWidget(splitter, 1)
        self.model = LazyTableModel(self.columns(), self.fetch, parent=self)
        self.view = list_table("records", self.model)
        splitter.addWidget(self.view)
        self.box = QGroupBox()
        box_layout = QVBoxLayout(self.box)
        self.buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("新建"))
        self.new_button.clicked.connect(self.start_new)
        self.save_button = QPushButton(self.tr("保存"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.buttons.addWidget(self.new_button)
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.save_button)
        self.form = ErrorForm()
        self.build_form(self.form)
        self.form.add_general()
        box_layout.addLayout(self.form)
        box_layout.addLayout(self.buttons)
        box_layout.addStretch(1)
        splitter.addWidget(self.box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.view.selectionModel().currentRowChanged.connect(self._row_changed)
        self.reload_list()
        self.start_new()

    def reload_list(self) -> None:
        """The list read again, its columns sized to what it now shows: once, where sizing them to their contents
        at every layout asked the model for every sampled cell again and again (a fifth of opening 设置)."""
        self.model.reload()
        self.view.resizeColumnsToContents()

    # what a page defines
    def columns(self) -> list[Column]:
        raise NotImplementedError

    def fetch(self, page: Page) -> Sequence[Any]:
        raise NotImplementedError

    def build_form(self, form: ErrorForm) -> None:
        raise NotImplementedError

    def fill(self, record: Any) -> None:
        """Show `record` in the form (None: an empty form for a new one)."""
        raise NotImplementedError

    def submit(self) -> Any:
        """Save the form through the service; returns the saved record. Raises RuleError when refused."""
        raise NotImplementedError

    def title_of(self, record: Any) -> str:
        return str(record)

    # behaviour
    def refresh(self) -> None:
        """Reload the list and the form's choices (another page may have changed them)."""
        self.reload_list()
        self.fill(self.current)

    def start_new(self) -> None:
        self.current = None
        self.view.clearSelection()
        self.form.clear_errors()
        self.box.setTitle(self.tr("新建"))
        self.fill(None)

    def edit(self, record: Any) -> None:
        self.current = record
        self.form.clear_errors()
        self.box.setTitle(self.tr("修改：%1").replace("%1", self.title_of(record)))
        self.fill(record)

    def save(self) -> None:
        try:
            record = self.submit()
        except RuleError as error:
            self.form.show_error(error)
            return
        self.reload_list()
        self.edit(record if record is not None else self.current)
        self._select(record)

    def _select(self, record: Any) -> None:
        if record is None:
            return
        for row, loaded in enumerate(self.model.loaded_rows()):
            if loaded.get_id() == record.get_id():
                self.view.selectRow(row)
                return

    def _row_changed(self, current: Any, _previous: Any) -> None:
        if current.isValid():
            self.edit(self.model.row_at(current.row()))
