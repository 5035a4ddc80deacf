"""设置 → 界面: the branch office's name, its 客服中心主任 (the third level of leave approval), the interface
language and when an idle window locks itself."""

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QSpinBox, QWidget

from desktop.models import Staff
from desktop.services import settings
from desktop.services.staffing import leave, people
from desktop.ui import i18n
from desktop.ui.admin.form_page import FormPage
from desktop.ui.admin.record_page import fill_combo, select_data


class InterfacePage(FormPage):
    def __init__(self, user: Staff, parent: QWidget | None = None) -> None:
        super().__init__(560, parent)
        self.user = user
        self.branch_edit = QLineEdit(settings.branch_name())
        self.branch_edit.setObjectName("branch")
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("language")
        fill_combo(self.language_combo, [(name, code) for code, name in i18n.LANGUAGES.items()])
        select_data(self.language_combo, settings.get("language"))
        self.idle_spin = QSpinBox()
        self.idle_spin.setObjectName("idle_lock_minutes")
        self.idle_spin.setRange(0, settings.MAX_IDLE_LOCK)
        self.idle_spin.setSuffix(self.tr(" 分钟"))
        self.idle_spin.setSpecialValueText(self.tr("不自动锁定"))
        self.idle_spin.setValue(settings.idle_lock_minutes())
        self.form.add_field(self.tr("分店名称"), self.branch_edit, "branch")
        self.form.add_field(self.tr("界面语言"), self.language_combo, "language")
        self.form.add_field(self.tr("空闲自动锁定"), self.idle_spin, "idle_lock_minutes")
        self.director_combo = QComboBox()
        self.director_combo.setObjectName("director")
        fill_combo(self.director_combo, [(self.tr("（未指定）"), None)]
                   + [(person.name, person.id) for person in people.director_candidates()])
        current = leave.director()
        select_data(self.director_combo, current.id if current else None)
        self.form.add_field(self.tr("客服中心主任"), self.director_combo, "director")
        note = QLabel(self.tr("界面语言在下次启动客服台时生效。分店名称用于窗口标题和打印的表头。"
                              "客服中心主任批准一天以上的请假和公假。"))
        note.setWordWrap(True)
        note.setStyleSheet("color: #666;")
        self.form.addRow(note)
        self.finish()

    def apply(self) -> None:
        settings.save_interface(self.user, self.branch_edit.text(), self.language_combo.currentData(),
                                self.director_combo.currentData(), self.idle_spin.value())
