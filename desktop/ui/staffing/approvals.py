"""待我审批: the swaps waiting for this team leader's decision on their own member's side."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.models import Staff, Swap
from desktop.services.errors import RuleError
from desktop.services.paging import Page
from desktop.services.staffing import swaps
from desktop.ui.service_text import message, translated
from desktop.ui.staffing.register import register_columns
from desktop.ui.widgets import messages
from desktop.ui.widgets.lazy_table import LazyTableModel
from desktop.ui.widgets.list_table import list_table


class ApprovalPage(QWidget):
    changed = Signal()

    def __init__(self, user: Staff, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = user
        layout = QVBoxLayout(self)
        self.model = LazyTableModel(register_columns(), self._fetch)
        self.table = list_table("waiting", self.model)
        self.detail = QLabel()
        self.detail.setObjectName("detail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setSizes([300, 200])
        layout.addWidget(splitter)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("审批意见")))
        self.remark = QLineEdit()
        self.remark.setObjectName("remark")
        self.remark.setPlaceholderText(self.tr("不同意时必须填写"))
        row.addWidget(self.remark, 1)
        self.approve_button = QPushButton(self.tr("同意"))
        self.refuse_button = QPushButton(self.tr("不同意"))
        self.approve_button.clicked.connect(lambda: self.decide(True))
        self.refuse_button.clicked.connect(lambda: self.decide(False))
        row.addWidget(self.approve_button)
        row.addWidget(self.refuse_button)
        layout.addLayout(row)
        self.table.selectionModel().selectionChanged.connect(self._show_selected)
        self.reload()
        self.table.resizeColumnsToContents()

    def _fetch(self, page: Page) -> list[Swap]:
        return swaps.waiting_for(self.user, page.limit, page.after)

    def reload(self) -> None:
        self.model.reload()
        if self.model.rowCount():
            self.table.selectRow(0)
        self._show_selected()

    def selected(self) -> Swap | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _show_selected(self) -> None:
        swap = self.selected()
        self.approve_button.setEnabled(swap is not None)
        self.refuse_button.setEnabled(swap is not None)
        if swap is None:
            self.detail.setText(self.tr("没有等待您审批的换班。"))
            return
        sides = self.tr("、").join(
            self.tr("%1%2", "a side of the swap and its person").replace("%1", translated(swaps.SIDE_TEXT[side]))
            .replace("%2", getattr(swap, side).name) for side in swaps.sides_decided_by(self.user, swap))
        failures = swaps.check(swaps.draft_of(swap))
        rules = ("\n".join(f"✗ {message(f.text)}" for f in failures) if failures
                 else self.tr("✓ 现在复核：符合全部换班规则。"))
        self.detail.setText(
            f"{message(swaps.one_line(swap))}\n"
            + self.tr("您审批的一方：") + sides + "\n"
            + self.tr("原因：") + swap.reason + "\n"
            + self.tr("交接事项：") + swap.handover + "\n"
            + message(swaps.approvals_text(swap)) + "\n\n" + rules)

    def decide(self, approve: bool) -> None:
        swap = self.selected()
        if swap is None:
            return
        try:
            swaps.decide(self.user, swap, approve, self.remark.text())
        except RuleError as error:
            messages.refused(self, error)
            return
        self.remark.clear()
        self.reload()
        self.changed.emit()
