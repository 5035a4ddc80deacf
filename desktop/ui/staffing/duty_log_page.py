"""值班日志: the month's duty logs; the team leader on duty writes a shift's log or corrects the one they wrote."""

from PySide6.QtWidgets import QComboBox, QDialog, QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from desktop.models import DutyLog, Staff
from desktop.services import clock
from desktop.services.paging import Page
from desktop.services.staffing import duty_log, shift_handover
from desktop.ui.service_text import message
from desktop.ui.staffing.common import RecordListPage, shift_choices, text_box
from desktop.ui.widgets.forms import ErrorForm, ok_cancel_dialog, saved
from desktop.ui.widgets.lazy_table import Column, LazyTableModel
from desktop.ui.widgets.list_table import list_table


def _count_box() -> QSpinBox:
    box = QSpinBox()
    box.setRange(0, duty_log.MAX_COUNT)
    return box


class DutyLogDialog(QDialog):
    def __init__(self, user: Staff, record: DutyLog | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = user
        self.setWindowTitle(self.tr("值班日志"))
        self.resize(640, 480)
        self._choices = ([(record.day, record.shift)] if record is not None else shift_choices(clock.now()))
        self.form = ErrorForm()
        self.shift = QComboBox()
        for day, shift in self._choices:
            self.shift.addItem(message(shift_handover.shift_text(day, shift)))
        self.events = text_box(4)
        self.events.setPlaceholderText(self.tr("重要事件、突发事件、系统问题"))
        self.difficult = text_box(4)
        self.consultations, self.enquiries, self.proactive = _count_box(), _count_box(), _count_box()
        counts = QHBoxLayout()
        for label, box in ((self.tr("咨询"), self.consultations), (self.tr("查询"), self.enquiries),
                           (self.tr("主动服务"), self.proactive)):
            counts.addWidget(QLabel(label))
            counts.addWidget(box)
        counts_box = QWidget()
        counts_box.setLayout(counts)
        for label, widget, field in ((self.tr("班次"), self.shift, "shift"), (self.tr("事件"), self.events, "events"),
                                     (self.tr("疑难问题"), self.difficult, "difficult"),
                                     (self.tr("工作量"), counts_box, "consultations")):
            self.form.add_field(label, widget, field)
        self.form.add_general()
        ok_cancel_dialog(self, self.form, self.save)
        if record is not None:
            self.events.setPlainText(record.events)
            self.difficult.setPlainText(record.difficult)
            self.consultations.setValue(record.consultations)
            self.enquiries.setValue(record.enquiries)
            self.proactive.setValue(record.proactive)

    def draft(self) -> duty_log.DutyDraft:
        index = self.shift.currentIndex()
        day, shift = self._choices[index] if 0 <= index < len(self._choices) else (None, None)
        return duty_log.DutyDraft(day, shift, self.events.toPlainText(), self.difficult.toPlainText(),
                                  self.consultations.value(), self.enquiries.value(), self.proactive.value())

    def save(self) -> None:
        if saved(self.form, lambda: duty_log.save(self.user, self.draft())) is not None:
            self.accept()


class DutyLogPage(RecordListPage):

    def __init__(self, user: Staff, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = user
        layout = QVBoxLayout(self)
        self.add_button = QPushButton(self.tr("填写值班日志…"))
        self.edit_button = QPushButton(self.tr("修改…"))
        layout.addLayout(self.month_row({self.add_button: "duty_log.keep", self.edit_button: "duty_log.keep"}))
        columns = [
            Column(self.tr("日期"), lambda r: r.day),
            Column(self.tr("班次"), lambda r: r.shift.name),
            Column(self.tr("值班长"), lambda r: r.leader.name),
            Column(self.tr("咨询"), lambda r: r.consultations),
            Column(self.tr("查询"), lambda r: r.enquiries),
            Column(self.tr("主动服务"), lambda r: r.proactive),
            Column(self.tr("事件"), lambda r: r.events),
            Column(self.tr("疑难问题"), lambda r: r.difficult),
        ]
        self.model = LazyTableModel(columns, self._fetch)
        self.table = list_table("duty_logs", self.model)
        layout.addWidget(self.table)
        self.totals = QLabel()
        self.totals.setObjectName("duty_totals")
        layout.addWidget(self.totals)
        self.add_button.clicked.connect(lambda: self._open(None))
        self.edit_button.clicked.connect(lambda: self._open(self.selected()) if self.selected() else None)
        self.month.month_changed.connect(self.reload)
        self.reload()

    def _fetch(self, page: Page) -> list[DutyLog]:
        return duty_log.month(self.user, *self.month.year_month())[page.offset:page.offset + page.limit]

    def reload(self) -> None:
        super().reload()
        logs = duty_log.month(self.user, *self.month.year_month())
        self.totals.setText(self.tr("本月 %1 班：").replace("%1", str(len(logs))) + message(duty_log.workload_text(
            duty_log.total(logs))) if logs else
            self.tr("本月还没有值班日志：值班长每班点「填写值班日志…」，记下事件、疑难问题和咨询、查询、主动服务量。"))

    def _open(self, record: DutyLog | None) -> None:
        dialog = DutyLogDialog(self.user, record, self)
        dialog.accepted.connect(self.done)
        dialog.open()
