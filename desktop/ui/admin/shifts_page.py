"""设置 → 班次: the office's shift definitions; a shift whose end is not after its start ends the next day."""

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit

from desktop.models import Shift
from desktop.services.paging import Page
from desktop.services.staffing import people
from desktop.ui.admin.record_page import RecordPage
from desktop.ui.widgets.forms import ErrorForm
from desktop.ui.widgets.lazy_table import Column

CENTER = Qt.AlignmentFlag.AlignCenter


class ShiftsPage(RecordPage):
    def columns(self) -> list[Column]:
        return [
            Column(self.tr("班次"), lambda s: s.name),
            Column(self.tr("上班"), lambda s: f"{s.start:%H:%M}", align=CENTER),
            Column(self.tr("下班"), lambda s: f"{s.end:%H:%M}", align=CENTER),
            Column(self.tr("时段"), people.shift_label),
            Column(self.tr("启用"), lambda s: self.tr("是") if s.active else self.tr("否"), align=CENTER),
        ]

    def fetch(self, page: Page) -> Sequence[Shift]:
        return people.shifts(include_inactive=True)[page.offset:page.offset + page.limit]

    def title_of(self, record: Shift) -> str:
        return record.name

    def build_form(self, form: ErrorForm) -> None:
        self.name_edit = QLineEdit()
        self.start_edit = QLineEdit()
        self.end_edit = QLineEdit()
        for edit in (self.start_edit, self.end_edit):
            edit.setPlaceholderText(self.tr("时:分，如 08:00"))
        self.active_check = QCheckBox(self.tr("启用"))
        for widget, label, field in [(self.name_edit, self.tr("名称"), "name"),
                                     (self.start_edit, self.tr("上班时间"), "start"),
                                     (self.end_edit, self.tr("下班时间"), "end"),
                                     (self.active_check, "", "active")]:
            widget.setObjectName(field)
            form.add_field(label, widget, field)
        hint = QLabel(self.tr("下班时间早于或等于上班时间的班次跨越午夜，在次日下班（如 20:00–次日08:00）。"
                              "排班表中按班次名称的首字输入。"))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #666;")
        form.addRow(hint)

    def fill(self, record: Shift | None) -> None:
        self.name_edit.setText(record.name if record else "")
        self.start_edit.setText(f"{record.start:%H:%M}" if record else "")
        self.end_edit.setText(f"{record.end:%H:%M}" if record else "")
        self.active_check.setChecked(record.active if record else True)

    def submit(self) -> Shift:
        return people.save_shift(self.user, self.name_edit.text(), self.start_edit.text(), self.end_edit.text(),
                                 self.current, self.active_check.isChecked())
