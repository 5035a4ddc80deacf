"""设置 → 界面: the branch office's name, its 客服中心主任 (the third level of leave approval) and the interface
language."""

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from desktop.models import Staff
from desktop.services import settings
from desktop.services.errors import RuleError
from desktop.services.staffing import leave, people
from desktop.ui import i18n
from desktop.ui.admin.record_page import fill_combo, select_data
from desktop.ui.widgets.forms import ErrorForm


class InterfacePage(QWidget):
    def __init__(self, user: Staff, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = user
        outer = QHBoxLayout(self)
        column = QWidget()
        column.setMaximumWidth(560)
        outer.addWidget(column)
        outer.addStretch(1)
        layout = QVBoxLayout(column)
        self.form = ErrorForm()
        self.branch_edit = QLineEdit(settings.branch_name())
        self.branch_edit.setObjectName("branch")
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("language")
        fill_combo(self.language_combo, [(name, code) for code, name in i18n.LANGUAGES.items()])
        select_data(self.language_combo, settings.get("language"))
        self.form.add_field(self.tr("分店名称"), self.branch_edit, "branch")
        self.form.add_field(self.tr("界面语言"), self.language_combo, "language")
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
        self.form.add_general()
        layout.addLayout(self.form)
        self.save_button = QPushButton(self.tr("保存"))
        self.save_button.clicked.connect(self.save)
        self.saved_label = QLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.saved_label)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def save(self) -> None:
        self.saved_label.clear()
        try:
            settings.save_interface(self.user, self.branch_edit.text(), self.language_combo.currentData(),
                                    self.director_combo.currentData())
        except RuleError as error:
            self.form.show_error(error)
            return
        self.form.clear_errors()
        self.saved_label.setText(self.tr("已保存。"))
