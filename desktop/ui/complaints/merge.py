"""合并重复投诉: the supervisor picks the other complaint of the same customer and says why they are one matter."""

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from desktop.models import Complaint, Staff
from desktop.services.complaints import workflow
from desktop.services.errors import RuleError
from desktop.ui.service_text import translated
from desktop.ui.widgets.forms import ErrorForm, ok_cancel_dialog


class MergeDialog(QDialog):
    """On OK it merges the chosen pair (the older survives), shows a refusal under its field, or closes."""

    def __init__(self, user: Staff, complaint: Complaint, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user, self.complaint = user, complaint
        self.candidates = workflow.merge_candidates(complaint)
        self.survivor: Complaint | None = None
        self.setWindowTitle(self.tr("%1：合并重复投诉").replace("%1", complaint.number))
        self.resize(720, 420)
        self.form = ErrorForm()
        explain = QLabel(self.tr("同一客户就同一件事的两张投诉单合并为较早的一张；较晚的一张保留编号，以「已合并」"
                                 "结案，处理经过与回访记录显示在合并后的单上。合并后的单未结案前可以撤销合并。"))
        explain.setWordWrap(True)
        self.form.addRow(explain)
        self.table = self._table()
        self.form.add_field(self.tr("与哪一张合并"), self.table, "other")
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setObjectName("reason")
        self.reason_edit.setFixedHeight(60)
        self.form.add_field(self.tr("合并理由"), self.reason_edit, "reason")
        self.form.add_general()
        self.ok_button = ok_cancel_dialog(self, self.form, self.submit)

    def _table(self) -> QTableWidget:
        headers = [self.tr("编号"), self.tr("受理时间"), self.tr("状态"), self.tr("分类"), self.tr("投诉内容")]
        table = QTableWidget(len(self.candidates), len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        for row, other in enumerate(self.candidates):
            cells = [other.number, f"{other.received_at:%Y-%m-%d %H:%M}", workflow.status_text(other),
                     translated(workflow.label("category", other.category)),
                     other.content]
            for column, text in enumerate(cells):
                table.setItem(row, column, QTableWidgetItem(text))
        if self.candidates:
            table.selectRow(0)
        return table

    def chosen(self) -> Complaint | None:
        rows = self.table.selectionModel().selectedRows()
        return self.candidates[rows[0].row()] if rows else None

    def submit(self) -> None:
        self.form.clear_errors()
        other = self.chosen()
        if other is None:
            self.form.show_error(RuleError(self.tr("这位客户没有其他未结案的投诉单可以合并。"), "other"))
            return
        try:
            self.survivor = workflow.merge(self.user, self.complaint, other, self.reason_edit.toPlainText())
        except RuleError as error:
            self.form.show_error(error)
            return
        self.accept()
