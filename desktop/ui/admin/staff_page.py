"""设置 → 员工: everyone who works here, with a form to add or edit a person; people leave by being deactivated."""

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QMessageBox, QPushButton

from desktop.models import Staff
from desktop.services import auth
from desktop.services.customers import handover
from desktop.services.errors import RuleError
from desktop.services.paging import Page
from desktop.services.staffing import people
from desktop.ui.admin.record_page import RecordPage, fill_combo, select_data
from desktop.ui.customers.handover_dialog import HandOverDialog
from desktop.ui.service_text import translated
from desktop.ui.widgets import messages
from desktop.ui.widgets.forms import ErrorForm
from desktop.ui.widgets.lazy_table import Column


class StaffPage(RecordPage):
    def columns(self) -> list[Column]:
        return [
            Column(self.tr("工号"), lambda s: s.code),
            Column(self.tr("姓名"), lambda s: s.name),
            Column(self.tr("班组"), lambda s: s.team.name if s.team_id else ""),
            Column(self.tr("岗位/工种"), lambda s: s.job_type),
            Column(self.tr("技能等级"), lambda s: s.skill_level),
            Column(self.tr("角色"), lambda s: translated(auth.ROLES.get(s.role, s.role))),
            Column(self.tr("登录名"), lambda s: s.login or ""),
            Column(self.tr("在职"), lambda s: self.tr("是") if s.active else self.tr("否"),
                   align=Qt.AlignmentFlag.AlignCenter),
        ]

    def fetch(self, page: Page) -> Sequence[Staff]:
        return people.staff_list(self.user, page.offset, page.limit)

    def title_of(self, record: Staff) -> str:
        return f"{record.code} {record.name}"

    def build_form(self, form: ErrorForm) -> None:
        self.code_edit = QLineEdit()
        self.name_edit = QLineEdit()
        self.team_combo = QComboBox()
        self.job_combo = QComboBox()
        self.skill_combo = QComboBox()
        self.role_combo = QComboBox()
        self.login_edit = QLineEdit()
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.active_check = QCheckBox(self.tr("在职"))
        for widget, label, field in [
            (self.code_edit, self.tr("工号"), "code"), (self.name_edit, self.tr("姓名"), "name"),
            (self.team_combo, self.tr("班组"), "team"), (self.job_combo, self.tr("岗位/工种"), "job_type"),
            (self.skill_combo, self.tr("技能等级"), "skill_level"), (self.role_combo, self.tr("角色"), "role"),
            (self.login_edit, self.tr("登录名"), "login"), (self.password_edit, self.tr("密码"), "password"),
            (self.active_check, "", "active"),
        ]:
            widget.setObjectName(field)
            form.add_field(label, widget, field)
        fill_combo(self.job_combo, [(translated(job), job) for job in people.JOB_TYPES])
        fill_combo(self.skill_combo, [(translated(level), level) for level in people.SKILL_LEVELS])
        fill_combo(self.role_combo, [(translated(text), role) for role, text in auth.ROLES.items()])
        self.deactivate_button = QPushButton(self.tr("停用"))
        self.deactivate_button.clicked.connect(self.deactivate)
        self.buttons.insertWidget(1, self.deactivate_button)

    def fill(self, record: Staff | None) -> None:
        fill_combo(self.team_combo, [(self.tr("（无）"), None)] + [(t.name, t.id) for t in people.teams()])
        self.code_edit.setText(record.code if record else "")
        self.name_edit.setText(record.name if record else "")
        select_data(self.team_combo, record.team_id if record else None)
        select_data(self.job_combo, record.job_type if record else people.JOB_TYPES[0])
        select_data(self.skill_combo, record.skill_level if record else people.SKILL_LEVELS[0])
        select_data(self.role_combo, record.role if record else "staff")
        self.login_edit.setText(record.login or "" if record else "")
        self.password_edit.clear()
        self.password_edit.setPlaceholderText(self.tr("留空则不修改") if record and record.password_hash else "")
        self.active_check.setChecked(record.active if record else True)
        self.deactivate_button.setEnabled(bool(record and record.active and record.id != self.user.id))

    def submit(self) -> Staff | None:
        if self.current is not None and self.current.active and not self.active_check.isChecked() \
                and not self.settle_customers(self.current):
            return None
        form = people.StaffForm(
            code=self.code_edit.text(), name=self.name_edit.text(), job_type=self.job_combo.currentData(),
            skill_level=self.skill_combo.currentData(), role=self.role_combo.currentData(),
            team_id=self.team_combo.currentData(), login=self.login_edit.text(),
            password=self.password_edit.text(), active=self.active_check.isChecked())
        return people.save_staff(self.user, form, self.current)

    def deactivate(self) -> None:
        person = self.current
        if person is None or not messages.confirm(
                self, self.tr("停用员工"),
                self.tr("停用 %1 后，此人不能再登录，也不再出现在排班表中；历史记录保留。确定停用吗？").replace(
                    "%1", person.name)):
            return
        if not self.settle_customers(person):
            return
        try:
            person = people.deactivate_staff(self.user, person)
        except RuleError as error:
            self.form.show_error(error)
            return
        self.model.reload()
        self.edit(person)
        self._select(person)

    def settle_customers(self, person: Staff) -> bool:
        """Before a person leaves: what happens to the customers and follow-ups they hold (离职继承 to a colleague,
        or left to lapse to the pool as the rules say); False when the supervisor cancels."""
        customers, follow_ups = handover.left_behind(person)
        if not (customers or follow_ups) or not auth.can(self.user, "customers.hand_over"):
            return True
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("离职交接"), self.tr(
            "%1 名下还有 %2 位客户、%3 条未完成的跟进。停用前如何处理？\n\n"
            "交给他人：按离职继承交给一位同事，并打印交接清单。\n"
            "不交接：客户按客户规则到期回公共池，跟进留在 %1 名下（班长、主任在今日的逾期跟进中可见）。").replace(
                "%1", person.name).replace("%2", str(customers)).replace("%3", str(follow_ups)), parent=self)
        if spared := handover.never_lapsing(person):
            box.setInformativeText(self.tr("其中 %1 位是重点客户或有未结案投诉，不会回公共池，应当交接。").replace(
                "%1", str(spared)))
        hand = box.addButton(self.tr("交给他人…"), QMessageBox.ButtonRole.AcceptRole)
        leave = box.addButton(self.tr("不交接，直接停用"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("取消"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(hand)
        box.exec()
        if box.clickedButton() is leave:
            return True
        if box.clickedButton() is hand:
            return bool(self.hand_over_dialog(person).exec())
        return False

    def hand_over_dialog(self, person: Staff) -> HandOverDialog:
        return HandOverDialog(self.user, person, leaver=True, parent=self)
