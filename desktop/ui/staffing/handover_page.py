"""交接日志: the month's handovers with the selected one in full; write one at the change of shift, acknowledge it as
the incoming person, void a mistaken one, print it."""

import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.models import Handover, Shift, Staff
from desktop.services import clock, settings
from desktop.services.paging import Page
from desktop.services.staffing import shift_handover
from desktop.ui.service_text import message
from desktop.ui.staffing.common import RecordListPage, shift_choices, text_box
from desktop.ui.widgets import printing
from desktop.ui.widgets.forms import ErrorForm, ok_cancel_dialog, saved
from desktop.ui.widgets.lazy_table import Column, LazyTableModel
from desktop.ui.widgets.list_table import list_table

CASE_ROLE = Qt.ItemDataRole.UserRole


class HandoverDialog(QDialog):
    """交班: the shift, its equipment, the difficult cases ticked from the open ones or typed, the next shift's
    staffing changes filled in (and added to), and the notices."""

    def __init__(self, user: Staff, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = user
        self.record: Handover | None = None
        self.setWindowTitle(self.tr("填写交接日志"))
        self.resize(760, 640)
        now = clock.now()
        self._choices = shift_choices(now)
        self.form = ErrorForm()
        self.shift = QComboBox()
        for day, shift in self._choices:
            self.shift.addItem(message(shift_handover.shift_text(day, shift)))
        mine = shift_handover.on_duty_today(user, now)
        if mine in self._choices:
            self.shift.setCurrentIndex(self._choices.index(mine))
        self.next_label = QLabel()
        self.equipment = text_box(2)
        self.equipment.setPlaceholderText(self.tr("设备、系统运行情况；正常也请写明“正常”"))
        self.cases = QListWidget()
        self.cases.setObjectName("handover_cases")
        self.cases.setMinimumHeight(110)
        for case in shift_handover.open_cases(user, now.date()):
            item = QListWidgetItem(case.text)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(CASE_ROLE, case)
            self.cases.addItem(item)
        self.own_cases = text_box(2)
        self.own_cases.setPlaceholderText(self.tr("其他疑难问题，每行一条"))
        self.staffing = text_box(3)
        self.notices = text_box(2)
        rows = [(self.tr("交班班次"), self.shift, "shift"), (self.tr("接班班次"), self.next_label, "next"),
                (self.tr("设备情况"), self.equipment, "equipment"), (self.tr("疑难问题（勾选）"), self.cases, "cases"),
                (self.tr("其他疑难问题"), self.own_cases, "own_cases"),
                (self.tr("人员调班情况"), self.staffing, "staffing"),
                (self.tr("通告、业务变更"), self.notices, "notices")]
        for label, widget, field in rows:
            self.form.add_field(label, widget, field)
        self.form.add_general()
        ok = ok_cancel_dialog(self, self.form, self.save)
        ok.setText(self.tr("交班"))
        self.shift.currentIndexChanged.connect(self._fill_staffing)
        self._fill_staffing()

    def _chosen(self) -> tuple[datetime.date, Shift] | tuple[None, None]:
        index = self.shift.currentIndex()
        return self._choices[index] if 0 <= index < len(self._choices) else (None, None)

    def _fill_staffing(self) -> None:
        """The incoming shift's swaps, covers and leave, as the services know them."""
        day, shift = self._chosen()
        if shift is None:
            self.next_label.setText(self.tr("现在没有可以交班的班次。"))
            return
        next_day, following = shift_handover.next_shift(day, shift)
        self.next_label.setText(message(shift_handover.shift_text(next_day, following)))
        self.staffing.setPlainText(shift_handover.staffing_text(day, shift))

    def draft(self) -> shift_handover.HandoverDraft:
        day, shift = self._chosen()
        cases = [shift_handover.CaseDraft(item.data(CASE_ROLE).complaint_id, item.data(CASE_ROLE).follow_up_id)
                 for item in (self.cases.item(i) for i in range(self.cases.count()))
                 if item.checkState() == Qt.CheckState.Checked]
        typed = self.own_cases.toPlainText().splitlines()
        cases += [shift_handover.CaseDraft(note=line) for line in typed if line.strip()]
        return shift_handover.HandoverDraft(day, shift, self.equipment.toPlainText(), self.staffing.toPlainText(),
                                            self.notices.toPlainText(), cases)

    def save(self) -> None:
        self.record = saved(self.form, lambda: shift_handover.record(self.user, self.draft()))
        if self.record is not None:
            self.accept()


class HandoverPage(RecordListPage):

    def __init__(self, user: Staff, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = user
        layout = QVBoxLayout(self)
        self.add_button = QPushButton(self.tr("填写交接日志…"))
        self.acknowledge_button = QPushButton(self.tr("确认接班"))
        self.void_button = QPushButton(self.tr("作废…"))
        self.print_button = QPushButton(self.tr("打印交接日志"))
        layout.addLayout(self.month_row({self.add_button: "handover.record",
                                         self.acknowledge_button: "handover.acknowledge", self.void_button: None,
                                         self.print_button: None}))
        columns = [
            Column(self.tr("交班"), lambda h: message(shift_handover.shift_text(h.day, h.shift))),
            Column(self.tr("接班"), lambda h: message(shift_handover.shift_text(h.next_day, h.next_shift))),
            Column(self.tr("交班人"), lambda h: h.recorded_by.name),
            Column(self.tr("疑难问题"), lambda h: str(h.case_count)),
            Column(self.tr("接班确认"), lambda h: message(shift_handover.state_text(h))),
            Column(self.tr("设备情况"), lambda h: h.equipment),
        ]
        self.model = LazyTableModel(columns, self._fetch)
        self.table = list_table("handovers", self.model)
        self.detail = QLabel()
        self.detail.setObjectName("handover_detail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setSizes([300, 220])
        layout.addWidget(split)
        self.table.selectionModel().selectionChanged.connect(self._show_selected)
        self.model.modelReset.connect(self._show_selected)
        self.add_button.clicked.connect(self.add)
        self.acknowledge_button.clicked.connect(self.acknowledge)
        self.void_button.clicked.connect(self.void)
        self.print_button.clicked.connect(self.print_log)
        self.month.month_changed.connect(self.reload)
        self.reload()

    def _fetch(self, page: Page) -> list[Handover]:
        return shift_handover.month(self.user, *self.month.year_month())[page.offset:page.offset + page.limit]

    def reload(self) -> None:
        super().reload()
        self._show_selected()  # the reset signal comes before the first page of rows

    def _show_selected(self) -> None:
        record = self.selected()
        empty = (self.tr("选择一条交接日志查看全文。") if self.model.rowCount() else
                 self.tr("本月没有交接日志。交班时点「填写交接日志…」，写明设备情况、疑难问题和通告，由接班人确认接班。"))
        self.detail.setText(message(shift_handover.full_text(record)) if record is not None else empty)

    def show_handover(self, handover_id: int) -> None:
        record = shift_handover.get(handover_id)
        self.show_record(handover_id, record.day if record else None)

    def add(self) -> None:
        dialog = HandoverDialog(self.user, self)
        dialog.accepted.connect(lambda: self._added(dialog.record))
        dialog.open()

    def _added(self, record: Handover | None) -> None:
        self.done()
        if record is not None:
            self.show_handover(record.id)

    def acknowledge(self) -> None:
        self.act(lambda record: shift_handover.acknowledge(self.user, record))
        self._show_selected()

    def void(self) -> None:
        self.act_asking(self.tr("作废交接日志"), self.tr("作废原因："),
                        lambda record, reason: shift_handover.void(self.user, record, reason))

    def print_log(self) -> None:
        record = self.selected()
        if record is None:
            return

        def write(target: Path) -> None:
            from reports import handover_log

            handover_log.build(target, shift_handover.sheet(self.user, shift_handover.get(record.id)),
                               settings.branch_name())

        printing.preview(self, self.tr("交接日志"), f"交接日志_{record.id}.pdf", write)
