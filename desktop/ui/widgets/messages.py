"""Every dialog box the program shows the user goes through here."""

from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from desktop.services.errors import RuleError


def info(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def refused(parent: QWidget | None, error: RuleError) -> None:
    QMessageBox.warning(parent, parent.tr("无法完成") if parent else "无法完成", error.message)


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def ask_reason(parent: QWidget | None, title: str, prompt: str) -> str | None:
    """A required reason (void, reassign, …); None when the user cancels."""
    text, ok = QInputDialog.getText(parent, title, prompt)
    return text.strip() if ok and text.strip() else None
