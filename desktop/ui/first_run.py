"""The first start: the branch office's name and the first administrator."""

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.models import Staff
from desktop.services import settings
from desktop.services.errors import RuleError
from desktop.ui.widgets.forms import ErrorForm


class FirstRunDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.admin: Staff | None = None
        self.setWindowTitle(self.tr("客服台 — 首次使用"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("欢迎使用客服台。请填写分店名称，并创建第一个管理员账号。"
                               "之后可在「设置」中添加员工、班组和班次。"))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.form = ErrorForm()
        self.edits: dict[str, QLineEdit] = {}
        for field, label in [("branch", self.tr("分店名称")), ("code", self.tr("工号")), ("name", self.tr("姓名")),
                             ("login", self.tr("登录名")), ("password", self.tr("密码")),
                             ("password2", self.tr("确认密码"))]:
            edit = QLineEdit()
            edit.setObjectName(field)
            if field.startswith("password"):
                edit.setEchoMode(QLineEdit.EchoMode.Password)
            self.edits[field] = edit
            self.form.add_field(label, edit, field)
        self.form.add_general()
        layout.addLayout(self.form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("开始使用"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def save(self) -> None:
        values = {field: edit.text() for field, edit in self.edits.items()}
        if values["password"] != values["password2"]:
            self.form.show_error(RuleError(self.tr("两次输入的密码不一致。"), "password2"))
            return
        try:
            self.admin = settings.first_run(values["branch"], values["code"], values["name"], values["login"],
                                          values["password"])
        except RuleError as error:
            self.form.show_error(error)
            return
        self.accept()
