"""设置 → 班组: the teams and their 班长 (chosen among people whose role is 班长 or higher)."""

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit

from desktop.models import Team
from desktop.services.paging import Page
from desktop.services.staffing import people
from desktop.ui.admin.record_page import RecordPage, fill_combo, select_data
from desktop.ui.widgets.forms import ErrorForm
from desktop.ui.widgets.lazy_table import Column


class TeamsPage(RecordPage):
    def columns(self) -> list[Column]:
        return [
            Column(self.tr("班组"), lambda t: t.name),
            Column(self.tr("班长"), lambda t: f"{t.leader.code} {t.leader.name}" if t.leader_id else ""),
            Column(self.tr("在职人数"), lambda t: t.member_count, align=Qt.AlignmentFlag.AlignCenter),
            Column(self.tr("启用"), lambda t: self.tr("是") if t.active else self.tr("否"),
                   align=Qt.AlignmentFlag.AlignCenter),
        ]

    def fetch(self, page: Page) -> Sequence[Team]:
        return people.team_list(self.user, page.offset, page.limit)

    def title_of(self, record: Team) -> str:
        return record.name

    def build_form(self, form: ErrorForm) -> None:
        self.name_edit = QLineEdit()
        self.leader_combo = QComboBox()
        self.active_check = QCheckBox(self.tr("启用"))
        for widget, label, field in [(self.name_edit, self.tr("名称"), "name"),
                                     (self.leader_combo, self.tr("班长"), "leader"),
                                     (self.active_check, "", "active")]:
            widget.setObjectName(field)
            form.add_field(label, widget, field)

    def fill(self, record: Team | None) -> None:
        fill_combo(self.leader_combo, [(self.tr("（暂无）"), None)] + [
            (f"{p.code} {p.name}", p.id) for p in people.leader_candidates(record.leader_id if record else None)])
        self.name_edit.setText(record.name if record else "")
        select_data(self.leader_combo, record.leader_id if record else None)
        self.active_check.setChecked(record.active if record else True)

    def submit(self) -> Team:
        return people.save_team(self.user, self.name_edit.text(), self.leader_combo.currentData(), self.current,
                                self.active_check.isChecked())
