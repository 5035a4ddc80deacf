"""设置 → 操作日志: who changed what and when, in the office's words, filtered by person, dates, record and kind;
exported to Excel or the selected entries printed."""

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.models import Staff
from desktop.services import audit, audit_view, clock, settings
from desktop.services.audit_view import AuditFilter, AuditLine, FieldChange
from desktop.services.errors import RuleError
from desktop.services.paging import Page
from desktop.ui import service_text
from desktop.ui.admin.record_page import fill_combo
from desktop.ui.widgets import printing
from desktop.ui.widgets.export import export_model
from desktop.ui.widgets.filters import chosen_day, date_filter
from desktop.ui.widgets.forms import ERROR_STYLE
from desktop.ui.widgets.lazy_table import Column, LazyTableModel
from desktop.ui.widgets.list_table import list_table

TEXT_COLUMNS = (4, 5)  # 记录 and 原因: as wide as their text up to WIDEST_TEXT characters, so the changes keep room
WIDEST_TEXT = 14


class AuditPage(QWidget):
    def __init__(self, user: Staff, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = user
        self.filters = AuditFilter()
        layout = QVBoxLayout(self)
        layout.addLayout(self._filter_bar())
        self.error = QLabel()
        self.error.setObjectName("error_filters")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        layout.addWidget(self.error)
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.model = LazyTableModel(self.columns(), self.fetch, parent=self)
        self.view = list_table("records", self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.selectionModel().currentRowChanged.connect(self._row_changed)
        splitter.addWidget(self.view)
        self.detail = QPlainTextEdit()
        self.detail.setReadOnly(True)
        self.detail.setPlaceholderText(self.tr("选择一条记录，在此查看修改前后的内容。"))
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)
        layout.addLayout(self._buttons())
        self.refresh()

    def _filter_bar(self) -> QGridLayout:
        grid = QGridLayout()
        self.actor_combo = QComboBox()
        self.table_combo = QComboBox()
        self.action_combo = QComboBox()
        self.start_edit = date_filter("start", self.apply_filters)
        self.end_edit = date_filter("end", self.apply_filters)
        self.record_edit = QLineEdit()
        self.record_edit.setPlaceholderText(self.tr("客户编号、投诉单号或工号"))
        self.record_edit.setMinimumWidth(
            self.record_edit.fontMetrics().horizontalAdvance(self.record_edit.placeholderText()) + 24)
        self.record_edit.returnPressed.connect(self.apply_filters)
        search = QPushButton(self.tr("查询"))
        search.setObjectName("search")
        search.clicked.connect(self.apply_filters)
        fields = [(self.tr("操作人："), self.actor_combo), (self.tr("从："), self.start_edit),
                  (self.tr("至："), self.end_edit), (self.tr("表："), self.table_combo),
                  (self.tr("操作："), self.action_combo), (self.tr("记录："), self.record_edit)]
        for index, (label, widget) in enumerate(fields):
            row, column = divmod(index, 3)
            grid.addWidget(QLabel(label), row, 2 * column)
            grid.addWidget(widget, row, 2 * column + 1)
        grid.addWidget(search, 1, 6)
        grid.setColumnStretch(7, 1)
        for combo in (self.actor_combo, self.table_combo, self.action_combo):
            combo.activated.connect(self.apply_filters)
        return grid

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addStretch(1)
        for name, text, slot in (("export", self.tr("导出到 Excel…"), self.export_excel),
                                 ("print", self.tr("打印所选…"), self.print_selected)):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(slot)
            row.addWidget(button)
        return row

    def columns(self) -> list[Column]:
        return [
            Column(self.tr("时间"), lambda e: f"{e.at:%Y-%m-%d %H:%M:%S}"),
            Column(self.tr("操作人"), lambda e: service_text.translated(e.who)),
            Column(self.tr("操作"), lambda e: e.action),
            Column(self.tr("表"), lambda e: e.table),
            Column(self.tr("记录"), lambda e: e.record),
            Column(self.tr("原因"), lambda e: e.reason),
            Column(self.tr("变更内容"), lambda e: self.tr("；").join(self.change_text(c) for c in e.changes)),
        ]

    def fetch(self, page: Page) -> list[AuditLine]:
        return audit_view.lines(self.user, page.limit, page.after, self.filters)

    def refresh(self) -> None:
        fill_combo(self.actor_combo, [(self.tr("全部"), None)] + [
            (f"{person.code} {person.name}", person.id) for person in audit_view.actors(self.user)])
        fill_combo(self.table_combo, [(self.tr("全部"), None)] + [
            (service_text.translated(audit_view.table_text(name)), name) for name in audit.table_names(self.user)])
        fill_combo(self.action_combo, [(self.tr("全部"), None)] + [
            (service_text.translated(text), action) for action, text in audit.ACTION_TEXT.items()])
        self.apply_filters()

    def apply_filters(self) -> None:
        filters = AuditFilter(self.actor_combo.currentData(), chosen_day(self.start_edit), chosen_day(self.end_edit),
                              self.table_combo.currentData(), self.action_combo.currentData(),
                              self.record_edit.text())
        try:
            audit_view.check(filters)
        except RuleError as error:
            self.error.setText(service_text.error_message(error))
            self.error.show()
            return
        self.error.hide()
        self.filters = filters
        self.model.reload()
        widest = self.view.fontMetrics().horizontalAdvance("中" * WIDEST_TEXT)  # the rest is read in the detail
        for column in range(self.model.columnCount() - 1):  # the changes take the rest of the width
            self.view.resizeColumnToContents(column)
            if column in TEXT_COLUMNS:
                self.view.setColumnWidth(column, min(self.view.columnWidth(column), widest))
        self.detail.clear()

    def _row_changed(self, current: Any, _previous: Any) -> None:
        if current.isValid():
            self.detail.setPlainText(self.describe(self.model.row_at(current.row())))

    def describe(self, line: AuditLine) -> str:
        said = [service_text.translated(text) for text in (line.who, line.action, line.table)]
        lines = [f"{line.at:%Y-%m-%d %H:%M:%S}  {'  '.join(said)} {service_text.translated(line.record)}"]
        if reason := service_text.translated(line.reason):
            lines.append(self.tr("原因：%1").replace("%1", reason))
        lines += [self.change_text(change) for change in line.changes]
        return "\n".join(lines)

    def change_text(self, change: FieldChange) -> str:
        """下班：16:00 → 15:30 in the interface's words (a stored choice or status translated, free text as it is)."""
        field, old, new = (service_text.translated(text) for text in (change.field, change.old, change.new))
        if not change.old:
            return self.tr("%1：%2").replace("%1", field).replace("%2", new)
        return self.tr("%1：%2 → %3").replace("%1", field).replace("%2", old).replace("%3", new)

    def selected(self) -> list[AuditLine]:
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        return [self.model.row_at(row) for row in rows]

    def export_excel(self) -> None:
        export_model(self, self.model, self.tr("操作日志"), self.user,
                     [self.actor_combo, self.start_edit, self.end_edit, self.table_combo, self.action_combo,
                      self.record_edit])

    def print_selected(self) -> None:
        from reports import audit_log

        chosen = self.selected()
        if not chosen:
            self.error.setText(self.tr("请先在列表中选择要打印的记录（可按住 Ctrl 或 Shift 多选）。"))
            self.error.show()
            return
        self.error.hide()
        subtitle = self._filter_text()
        printing.preview(self, self.tr("操作日志"), f"操作日志_{clock.today():%Y%m%d}.pdf",
                         lambda target: audit_log.build(target, chosen, settings.branch_name(), subtitle))

    def _filter_text(self) -> str:
        parts = [f"{label}{combo.currentText()}" for label, combo in (
            (self.tr("操作人："), self.actor_combo), (self.tr("表："), self.table_combo),
            (self.tr("操作："), self.action_combo)) if combo.currentData() is not None]
        if self.filters.start or self.filters.end:
            parts.append(f"{self.start_edit.text()} — {self.end_edit.text()}")
        if self.filters.record.strip():
            parts.append(self.tr("记录：") + self.filters.record.strip())
        return service_text.joined(parts, "　")
