"""The 话术 button beside a text box: pick one of the supervisor's templates of the box's category, see it filled
from the record, and insert it where the cursor is; the form records the use when it is saved."""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.models import Staff, WordingVersion
from desktop.services import wording
from desktop.services.wording import Filled, Pick
from desktop.ui.service_text import translated

NOTE_STYLE = "color: #b9770e;"
PICK_KEY = Qt.Key.Key_F4
Context = Callable[[], dict[str, Any]]  # the keyword arguments of wording.fill for the form as it stands


class WordingPicker(QDialog):
    """The category's templates on the left, the chosen one filled on the right."""

    def __init__(self, user: Staff, category: str, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user, self.context = user, context
        self.chosen: Filled | None = None
        self.setWindowTitle(self.tr("选择话术：") + translated(wording.CATEGORIES[category].name))
        self.resize(760, 380)
        self.list = QListWidget()
        self.list.setObjectName("templates")
        for version in wording.offered(user, category):
            item = QListWidgetItem(version.title)
            item.setData(Qt.ItemDataRole.UserRole, version)
            self.list.addItem(item)
        self.preview = QPlainTextEdit()
        self.preview.setObjectName("preview")
        self.preview.setReadOnly(True)
        self.note = QLabel()
        self.note.setObjectName("note")
        self.note.setWordWrap(True)
        self.note.setStyleSheet(NOTE_STYLE)
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(QLabel(self.tr("填入后的内容（插入后仍可修改）")))
        column.addWidget(self.preview, 1)
        column.addWidget(self.note)
        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([220, 520])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.insert_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.insert_button.setText(self.tr("插入"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.list.currentItemChanged.connect(self._show)
        self.list.itemActivated.connect(lambda _item: self.accept())
        if self.list.count():
            self.list.setCurrentRow(0)
        else:
            self.preview.setPlaceholderText(self.tr("还没有这一类的话术：请主任在 设置 → 话术 中添加。"))
            self.insert_button.setEnabled(False)
        self.list.setFocus()

    def _show(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        version: WordingVersion = item.data(Qt.ItemDataRole.UserRole)
        self.chosen = wording.fill(self.user, version, **self.context())
        self.preview.setPlainText(self.chosen.text)
        notes = []
        if self.chosen.missing:
            notes.append(self.tr("还没有内容、请插入后补全：") + "、".join(self.chosen.missing))
        if self.chosen.hidden:
            notes.append(self.tr("保密客户，您无权查看，未填入：") + "、".join(self.chosen.hidden))
        self.note.setText("\n".join(notes))
        self.note.setVisible(bool(notes))


class WordingButton(QPushButton):
    """Inserts a picked template into `edit` and notes the pick in `picks` (the form's list)."""

    def __init__(self, user: Staff, category: str, edit: QPlainTextEdit, field: str, picks: list[Pick],
                 context: Context, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("话术…"), parent)
        self.user, self.category, self.edit, self.field, self.picks = user, category, edit, field, picks
        self.context = context
        self.setObjectName(f"wording_{field}")
        self.setToolTip(self.tr("插入主任维护的标准话术，占位符按本单内容填好（在文本框里按 F4）"))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from box to box; F4 in the box opens the picker
        self.clicked.connect(self.pick)
        edit.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.edit and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() == PICK_KEY and not event.modifiers():
            self.pick()
            return True
        return super().eventFilter(watched, event)

    def picker(self) -> WordingPicker:
        return WordingPicker(self.user, self.category, self.context, self.window())

    def pick(self) -> None:
        dialog = self.picker()
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.insert(dialog.chosen)

    def insert(self, filled: Filled | None) -> None:
        if filled is None:
            return
        self.edit.insertPlainText(filled.text)
        self.edit.setFocus()
        self.picks.append(Pick(filled.version_id, self.field, filled.text))


def with_button(edit: QWidget, button: QPushButton) -> QWidget:
    """The text box with its 话术 button at its top right."""
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(edit, 1)
    row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
    return box
