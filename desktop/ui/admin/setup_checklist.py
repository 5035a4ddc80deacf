"""帮助 → 开始使用清单: what the office still has to set up, each step with its state and the button that does it.

Shown once after the first-run dialog, and whenever the administrator opens it again; every state is read anew
from setup_steps after each step's dialog closes."""

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.models import Staff
from desktop.services import auth, clock, setup_steps
from desktop.services.errors import RuleError
from desktop.ui.service_text import message
from desktop.ui.widgets import messages

DONE_STYLE = "color: #1e8449; font-size: 16px;"
TODO_STYLE = "color: #d35400; font-size: 16px;"


class SetupChecklistDialog(QDialog):
    """`open_settings(page)` opens 设置 on a page; `open_backup()` the backup dialog (both the main window's)."""

    def __init__(self, user: Staff, open_settings: Callable[[str], None], open_backup: Callable[[], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = user
        self._open_settings = open_settings
        self._open_backup = open_backup
        self.setWindowTitle(self.tr("开始使用清单"))
        self.resize(760, 420)
        intro = QLabel(self.tr("开始使用前，请逐项完成下面的设置。完成的项目打 ✓；"
                               "以后可以在 帮助 → 开始使用清单 中再看。"))
        intro.setWordWrap(True)
        self.grid = QGridLayout()
        self.grid.setColumnStretch(2, 1)
        self.grid.setVerticalSpacing(10)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(self.grid)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        while self.grid.count():
            old = self.grid.takeAt(0).widget()
            old.setParent(None)  # gone at once, not when the event loop turns
            old.deleteLater()
        self.steps = setup_steps.steps(self.user)
        for row, step in enumerate(self.steps):
            mark = QLabel("✓" if step.done else "○")
            mark.setStyleSheet(DONE_STYLE if step.done else TODO_STYLE)
            title = QLabel(f"<b>{message(step.title)}</b>")
            state = QLabel(message(step.state))
            state.setObjectName(f"state_{step.key}")
            state.setWordWrap(True)
            self.grid.addWidget(mark, row, 0, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(title, row, 1, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(state, row, 2)
            self.grid.addWidget(self._button(step), row, 3, Qt.AlignmentFlag.AlignTop)

    def _button(self, step: setup_steps.SetupStep) -> QPushButton:
        if step.key == setup_steps.HOLIDAYS and not step.done and "核对" in str(step.state):
            button = QPushButton(self.tr("已核对"))
            button.clicked.connect(self.confirm_holidays)
            button.setEnabled(auth.can(self.user, "calendar.edit"))
        elif step.key == setup_steps.BACKUP:
            button = QPushButton(self.tr("备份…"))
            button.clicked.connect(lambda: self._after(self._open_backup))
        else:
            button = QPushButton(self.tr("去设置…"))
            button.clicked.connect(lambda _=False, page=step.key: self._after(lambda: self._open_settings(page)))
        button.setObjectName(f"do_{step.key}")
        return button

    def _after(self, action: Callable[[], None]) -> None:
        action()
        self.refresh()

    def confirm_holidays(self) -> None:
        try:
            setup_steps.confirm_holidays(self.user, clock.today().year + 1)
        except RuleError as error:
            messages.refused(self, error)
        self.refresh()
