"""The desk changing hands: 切换用户 opens the next person's own window, 锁定 hides the work until the same person
(or a 主任, who then works under their own name) logs in again."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QMainWindow, QPushButton, QVBoxLayout, QWidget

from desktop.models import Staff
from desktop.services import auth
from desktop.services.errors import RuleError
from desktop.ui.widgets.forms import ErrorForm


def hand_over(window: QMainWindow, user: Staff) -> QMainWindow:
    """A new main window for `user` on the same database; the old one hides and keeps it alive."""
    from desktop.ui.main_window import MainWindow

    window.retire()
    successor = MainWindow(user, window.db_path)
    successor.show()
    window.successor = successor
    window.hide()
    return successor


def switch_user(window: QMainWindow) -> QMainWindow | None:
    """文件 → 切换用户: the login; cancelling it leaves the desk with the person it had."""
    from desktop.services import settings
    from desktop.ui.login import LoginDialog

    login = LoginDialog(settings.branch_name(), window)
    if login.exec() != QDialog.DialogCode.Accepted:
        return None
    return hand_over(window, login.user)


class LockScreen(QWidget):
    """What a locked window shows instead of its work: whose desk it is and a password box."""

    unlocked = Signal(object)  # the Staff who logged in

    def __init__(self, user: Staff, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = user
        layout = QVBoxLayout(self)
        layout.addStretch()
        layout.addWidget(QLabel(self.tr("<h2>已锁定</h2>%1 的工作台已锁定。本人或主任输入密码后继续。")
                                .replace("%1", user.name)))
        self.form = ErrorForm()
        self.login_edit = QLineEdit(user.login or "")
        self.login_edit.setObjectName("unlock_login")
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("unlock_password")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.returnPressed.connect(self.try_unlock)
        self.form.add_field(self.tr("登录名"), self.login_edit, "login")
        self.form.add_field(self.tr("密码"), self.password_edit, "password")
        layout.addLayout(self.form)
        button = QPushButton(self.tr("解锁"))
        button.setObjectName("unlock")
        button.clicked.connect(self.try_unlock)
        layout.addWidget(button)
        layout.addStretch()

    def try_unlock(self) -> None:
        try:
            person = auth.unlock(self.user, self.login_edit.text(), self.password_edit.text())
        except RuleError as error:
            self.form.show_error(error)
            self.password_edit.clear()
            return
        self.password_edit.clear()
        self.unlocked.emit(person)
