"""修改密码: the person's own password, asked for the old one; at login, when someone else set the password, the
one just typed is the old one."""

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.models import Staff
from desktop.services import passwords
from desktop.services.errors import RuleError
from desktop.ui.widgets.forms import ErrorForm


class ChangePasswordDialog(QDialog):
    def __init__(self, user: Staff, typed_at_login: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = user
        self.setWindowTitle(self.tr("修改密码"))
        self.setMinimumWidth(380)
        layout = QVBoxLayout(self)
        if typed_at_login is not None:
            intro = QLabel(self.tr("您的密码是由他人设置的，请先改为只有您自己知道的密码。"))
            intro.setWordWrap(True)
            layout.addWidget(intro)
        self.form = ErrorForm()
        self.edits: dict[str, QLineEdit] = {}
        for field, label in [("old_password", self.tr("原密码")), ("new_password", self.tr("新密码")),
                             ("new_password2", self.tr("确认新密码"))]:
            edit = QLineEdit()
            edit.setObjectName(field)
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            self.edits[field] = edit
            self.form.add_field(label, edit, field)
        if typed_at_login is not None:
            self.edits["old_password"].setText(typed_at_login)
            self.form.setRowVisible(0, False)
        self.form.add_general()
        layout.addLayout(self.form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("修改"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def save(self) -> None:
        values = {field: edit.text() for field, edit in self.edits.items()}
        if values["new_password"] != values["new_password2"]:
            self.form.show_error(RuleError(self.tr("两次输入的新密码不一致。"), "new_password2"))
            return
        try:
            passwords.change_own(self.user, values["old_password"], values["new_password"])
        except RuleError as error:
            self.form.show_error(error)
            return
        self.accept()
