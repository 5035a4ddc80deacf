"""帮助 → 关于客服台: version, database file, data folder, last backup, licences."""

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QTextBrowser

from desktop import __version__
from desktop.models import Staff
from desktop.paths import data_folder
from desktop.services import settings
from desktop.ui.about import AboutDialog
from desktop.ui.main_window import MainWindow


def value(dialog: AboutDialog, name: str) -> str:
    return dialog.findChild(QLabel, name).text()


def test_shows_version_database_and_folders(qtbot, admin: Staff, db_target: Path) -> None:
    dialog = AboutDialog(db_target)
    qtbot.addWidget(dialog)
    assert value(dialog, "version") == __version__
    assert value(dialog, "branch") == "测试分店"
    assert value(dialog, "database") == str(db_target)
    assert value(dialog, "data_folder") == str(data_folder())
    assert value(dialog, "log_file").startswith(str(data_folder()))


def test_last_backup_not_yet_made(qtbot, admin: Staff, db_target: Path) -> None:
    dialog = AboutDialog(db_target)
    qtbot.addWidget(dialog)
    assert value(dialog, "last_backup") == "尚未备份"


@pytest.mark.parametrize(("stored", "shown"), [("2026-03-05T17:42:09", "2026-03-05 17:42"),
                                                ("2026-03-05 08:05:00", "2026-03-05 08:05"),
                                                ("三月五日", "三月五日")])
def test_last_backup_written_by_the_backup(qtbot, admin: Staff, db_target: Path, stored: str, shown: str) -> None:
    settings.put(admin, "last_backup_at", stored)
    dialog = AboutDialog(db_target)
    qtbot.addWidget(dialog)
    assert value(dialog, "last_backup") == shown


def test_lists_every_bundled_licence_and_the_font_licence_text(qtbot, admin: Staff, db_target: Path) -> None:
    dialog = AboutDialog(db_target)
    qtbot.addWidget(dialog)
    text = dialog.findChild(QTextBrowser, "licences").toPlainText()
    cells = [cell.strip() for cell in text.splitlines()]  # one table cell a line: name, version, licence, use
    for name, licence in [("WenQuanYi Micro Hei", "Apache-2.0"), ("PySide6", "LGPL-3.0"), ("peewee", "MIT"),
                          ("ReportLab", "BSD"), ("openpyxl", "MIT"), ("pypinyin", "MIT"), ("holidays", "MIT")]:
        row = next(index for index, cell in enumerate(cells) if name in cell)
        assert cells[row + 2] == licence, name
    assert "The WenQuanYi Project Board of Trustees" in text
    assert "Apache License" in text


def test_help_menu_opens_it(qtbot, admin: Staff, db_target: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[AboutDialog] = []
    monkeypatch.setattr(AboutDialog, "exec", lambda dialog: opened.append(dialog))
    window = MainWindow(admin, db_target)
    qtbot.addWidget(window)
    help_menu = window.menuBar().actions()[-1].menu()
    next(action for action in help_menu.actions() if action.text() == "关于客服台").trigger()
    assert len(opened) == 1 and value(opened[0], "database") == str(db_target)
