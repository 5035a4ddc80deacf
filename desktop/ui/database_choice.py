"""Where this PC's 客服台 keeps its data: 本机文件 (one PC, nothing to install) or 办公室服务器 (several desks on one
PostgreSQL database). Asked at the first start, and offered again when a file lies on a network share; the choice
is kept in this PC's settings (QSettings), a --db given on the command line wins over it."""

from pathlib import Path
from urllib.parse import quote

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop import engine

KEY = "database/target"


def stored_target() -> str | Path | None:
    value = QSettings().value(KEY)
    return engine.as_target(value) if value else None


def store_target(target: str | Path) -> None:
    QSettings().setValue(KEY, str(target))


def server_address(host: str, port: int, name: str, user: str, password: str) -> str:
    login = quote(user, safe="") + (f":{quote(password, safe='')}" if password else "")
    return f"postgresql://{login}@{host.strip()}:{port}/{quote(name.strip(), safe='')}"


def try_server(address: str) -> str | None:
    """None when the server answers and lets this login in; else what went wrong, in one sentence."""
    try:
        engine.disconnect(engine.connect(address))
    except Exception as error:  # noqa: BLE001 — the driver's own words are shown to the person
        return str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    return None


class DatabaseChoiceDialog(QDialog):
    def __init__(self, default_file: Path, reason: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.default_file = default_file
        self.target: str | Path | None = None
        self.setWindowTitle(self.tr("客服台 — 数据存放在哪里"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        intro = QLabel(reason or self.tr("只有这一台电脑使用客服台时，选“本机文件”；办公室有几台电脑（前台、"
                                         "坐席、班长、主任）共用同一份数据时，选“办公室服务器”。"))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.local = QRadioButton(self.tr("本机文件：%1").replace("%1", str(default_file)))
        self.server = QRadioButton(self.tr("办公室服务器（PostgreSQL）"))
        group = QButtonGroup(self)
        for button in (self.local, self.server):
            group.addButton(button)
            layout.addWidget(button)
        self.local.setChecked(not reason)
        self.server.setChecked(bool(reason))
        form = QFormLayout()
        self.host, self.name, self.user, self.password = QLineEdit(), QLineEdit("kefutai"), QLineEdit(), QLineEdit()
        self.host.setObjectName("host")
        self.user.setObjectName("user")
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        for label, widget in [(self.tr("服务器电脑"), self.host), (self.tr("端口"), self.port),
                              (self.tr("数据库"), self.name), (self.tr("登录名"), self.user),
                              (self.tr("密码"), self.password)]:
            form.addRow(label, widget)
        self.fields = QWidget()
        self.fields.setLayout(form)
        layout.addWidget(self.fields)
        self.check = QPushButton(self.tr("测试连接"))
        self.check.clicked.connect(self.test_connection)
        layout.addWidget(self.check)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("使用"))
        # asked before the database (and with it the chosen language) is open: no translation of Qt's own words yet
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.choose)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.server.toggled.connect(self._show_fields)
        self._show_fields()

    def _show_fields(self) -> None:
        self.fields.setEnabled(self.server.isChecked())
        self.check.setEnabled(self.server.isChecked())

    def address(self) -> str:
        return server_address(self.host.text(), self.port.value(), self.name.text(), self.user.text(),
                              self.password.text())

    def test_connection(self) -> bool:
        if not self.host.text().strip() or not self.user.text().strip():
            self.status.setText(self.tr("请填写服务器电脑的名称或地址，以及登录名。"))
            return False
        problem = try_server(self.address())
        failed = self.tr("连接不上服务器：%1\n请确认服务器电脑已开机、与本机在同一网络，地址、登录名和密码无误。")
        self.status.setText(self.tr("连接成功。") if problem is None else failed.replace("%1", problem))
        return problem is None

    def choose(self) -> None:
        if self.local.isChecked():
            self.target = self.default_file
        elif self.test_connection():
            self.target = self.address()
        else:
            return
        store_target(self.target)
        self.accept()
