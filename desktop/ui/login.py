"""The login dialog: a personal account for everyone who opens the customer archive."""

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.models import Staff
from desktop.services import auth
from desktop.services.errors import RuleError
from desktop.ui.password_dialog import ChangePasswordDialog
from desktop.ui.widgets.forms import ErrorForm


class LoginDialog(QDialog):
    def __init__(self, branch: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user: Staff | None = None
        self.setWindowTitle(self.tr("客服台 — 登录"))
        self.setMinimumWidth(380)
        layout = QVBoxLayout(self)
        heading = QLabel(f"<h2>{branch}</h2>" if branch else self.tr("<h2>客服台</h2>"))
        layout.addWidget(heading)
        self.form = ErrorForm()
        self.login_edit = QLineEdit()
        self.login_edit.setObjectName("login")
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("password")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.form.add_field(self.tr("登录名"), self.login_edit, "login")
        self.form.add_field(self.tr("密码"), self.password_edit, "password")
        layout.addLayout(self.form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("登录"))
        buttons.accepted.connect(self.try_login)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def try_login(self) -> None:
        password = self.password_edit.text()
        try:
            user = auth.login(self.login_edit.text(), password)
        except RuleError as error:
            self._refuse(error)
            return
        if user.must_change_password and ChangePasswordDialog(user, password, self).exec() \
                != QDialog.DialogCode.Accepted:
            self._refuse(RuleError(self.tr("请先修改密码，然后才能使用客服台。"), "password"))
            return
        self.user = user
        self.accept()

    def _refuse(self, error: RuleError) -> None:
        self.form.show_error(error)
        self.password_edit.selectAll()
        self.password_edit.setFocus()
