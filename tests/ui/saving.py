"""Saving a file as a person would, where it cannot be written: the save dialog answers a path, and what the
program then refuses to do is kept for the test to read (being told it was saved fails the test)."""

import errno
from pathlib import Path

import pytest

from desktop.ui.widgets import file_dialogs, messages


def refusals(monkeypatch: pytest.MonkeyPatch, target: Path) -> list[str]:
    """The save dialog answers `target`; the texts of the warnings shown, in order."""
    monkeypatch.setattr(file_dialogs.QFileDialog, "getSaveFileName", lambda *args: (str(target), ""))
    refused: list[str] = []
    monkeypatch.setattr(messages.QMessageBox, "warning", lambda parent, title, text: refused.append(text))
    monkeypatch.setattr(messages, "info", lambda *args: pytest.fail("told it was saved"))
    return refused


def full_disk_for_workbooks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every workbook's save finds the disk full."""
    import openpyxl.workbook.workbook

    def full(*args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")
    monkeypatch.setattr(openpyxl.workbook.workbook.Workbook, "save", full)
