"""The backup and restore dialogs, the status-bar label and reminder, and start-up recovery, driven like a person."""

import datetime
from pathlib import Path

import pytest
from peewee import OperationalError
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from desktop import db as database
from desktop.models import AuditEntry, Setting, Team
from desktop.services import audit, clock
from desktop.services.files import backup, integrity, restore, schedule
from desktop.ui.files import care as care_module
from desktop.ui.files.backup_dialog import BackupDialog
from desktop.ui.files.recovery import DamagedDatabaseDialog, recover_if_damaged
from desktop.ui.files.restore_dialog import RestoreConfirmation, RestoreDialog
from desktop.ui.login import LoginDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.widgets import messages
from desktop.ui.widgets.forms import ERROR_STYLE

pytestmark = pytest.mark.sqlite_only(reason="the backup and recovery dialogs of the SQLite file")


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Every message box the dialogs open, as (kind, text), instead of blocking the test."""
    seen: list[tuple[str, str]] = []
    monkeypatch.setattr(messages, "info", lambda _parent, title, text: seen.append(("info", f"{title}\n{text}")))
    monkeypatch.setattr(messages, "refused", lambda _parent, error: seen.append(("refused", error.message)))
    return seen


@pytest.fixture
def usb(tmp_path: Path) -> Path:
    folder = tmp_path / "U盘"
    folder.mkdir()
    return folder


def _labels(widget: QDialog) -> str:
    return "\n".join(label.text() for label in widget.findChildren(QLabel))


def test_backup_dialog_backs_up_and_says_where_and_what_was_checked(qtbot: QtBot, supervisor, db_path: Path,
                                                                    usb: Path, shown: list) -> None:
    dialog = BackupDialog(supervisor, db_path)
    qtbot.addWidget(dialog)
    assert "从未备份" in dialog.summary.text()
    dialog.choose_folder(usb)
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    made = list(usb.glob("客服台备份_测试分店_*.db"))
    assert len(made) == 1
    kind, text = shown[-1]
    assert kind == "info"
    assert str(made[0]) in text
    assert "已从头读回核对" in text and "员工 8" in text and "integrity" not in text and "SHA" not in text
    assert "U盘" not in text.split("副本中有")[1]  # a folder, not a stick: nothing to pull out
    assert dialog.result.path == made[0]
    assert schedule.last_backup()[1] == str(made[0])


def test_a_backup_to_a_stick_ejects_it_and_says_it_can_be_pulled_out(qtbot: QtBot, supervisor, db_path: Path,
                                                                      usb: Path, shown: list,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.services.files import eject
    from desktop.ui.files import backup_dialog
    from desktop.ui.files.drives import Volume

    monkeypatch.setattr(backup_dialog, "removable_volumes", lambda: [Volume(usb, "STICK", 8_000_000_000, False)])
    ejected: list[Path] = []
    monkeypatch.setattr(eject, "eject", lambda root: ejected.append(root) or True)
    dialog = BackupDialog(supervisor, db_path)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert ejected == [usb]
    assert shown[-1][1].endswith("U盘已弹出，现在可以拔下。")
    assert len(list((usb / backup.USB_FOLDER).glob("*.db"))) == 1


def test_backup_dialog_failure_is_shown_and_nothing_is_left(qtbot: QtBot, supervisor, db_path: Path, usb: Path,
                                                            shown: list) -> None:
    dialog = BackupDialog(supervisor, db_path)
    qtbot.addWidget(dialog)
    dialog.choose_folder(usb / "已拔出的U盘")
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert shown == [("refused", shown[0][1])]
    assert "找不到备份位置" in shown[0][1]
    assert list(usb.iterdir()) == []
    assert schedule.last_backup() == (None, "")


def test_backup_dialog_settings(qtbot: QtBot, supervisor, db_path: Path) -> None:
    dialog = BackupDialog(supervisor, db_path)
    qtbot.addWidget(dialog)
    dialog.remind_days.setValue(0)
    dialog.save_settings()
    assert "1 到 90" in dialog.settings_form.error_text("backup_remind_days")
    dialog.remind_days.setValue(3)
    dialog.auto_keep.setValue(4)
    dialog.save_settings()
    assert dialog.settings_saved.text() == "设置已保存。"
    assert (schedule.setting("backup_remind_days"), schedule.setting("backup_auto_keep")) == (3, 4)


def test_restore_confirmation_shows_date_branch_and_counts(qtbot: QtBot, supervisor, db_path: Path,
                                                           usb: Path) -> None:
    made = backup.write_backup(db_path, usb, now=datetime.datetime(2026, 11, 24, 18, 30))
    confirmation = RestoreConfirmation(restore.check_restorable(made.path), db_path)
    qtbot.addWidget(confirmation)
    text = _labels(confirmation)
    aside = str(restore.aside_folder(db_path))
    for expected in ("2026-11-24 18:30", "测试分店", "员工", "8 条", "班组", "通过", aside):
        assert expected in text


def test_restore_dialog_restores_and_keeps_the_current_file(qtbot: QtBot, supervisor, db_path: Path, usb: Path,
                                                            shown: list, monkeypatch: pytest.MonkeyPatch) -> None:
    made = backup.write_backup(db_path, usb)
    audit.create(supervisor, Team(name="备份之后的班组"))
    dialog = RestoreDialog(supervisor, db_path)
    qtbot.addWidget(dialog)
    dialog.choose_file(made.path)
    monkeypatch.setattr(RestoreConfirmation, "exec", lambda _self: QDialog.DialogCode.Accepted)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.result is not None
    assert not Team.select().where(Team.name == "备份之后的班组").exists()
    assert "请重新登录" in shown[-1][1]
    assert str(dialog.result.aside) in shown[-1][1]


def test_restore_dialog_refuses_a_corrupt_file(qtbot: QtBot, supervisor, db_path: Path, usb: Path,
                                               shown: list) -> None:
    bad = usb / "客服台备份_测试分店_20261124-1830.db"
    bad.write_bytes(b"\x00garbage" * 4000)
    dialog = RestoreDialog(supervisor, db_path)
    qtbot.addWidget(dialog)
    dialog.choose_file(bad)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert shown[-1][0] == "refused" and "损坏" in shown[-1][1]
    assert dialog.result is None


def test_only_supervisors_reach_backup_and_restore(qtbot: QtBot, office_data: dict, db_path: Path,
                                                   shown: list) -> None:
    window = MainWindow(office_data["leader1"], db_path)
    qtbot.addWidget(window)
    assert not window.backup_action.isEnabled() and not window.restore_action.isEnabled()
    window.open_backup()
    window.open_restore()
    assert [kind for kind, _ in shown] == ["refused", "refused"]
    assert "备份数据库" in shown[0][1] and "恢复数据库" in shown[1][1]


def test_restore_from_the_menu_opens_a_new_window_after_login(qtbot: QtBot, office_data: dict, db_path: Path,
                                                              usb: Path, shown: list,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    supervisor = office_data["supervisor"]
    backup.write_backup(db_path, usb)
    window = MainWindow(supervisor, db_path)
    qtbot.addWidget(window)

    def restore_accepted(dialog: RestoreDialog) -> QDialog.DialogCode:
        dialog.choose_file(next(usb.glob("*.db")))
        monkeypatch.setattr(RestoreConfirmation, "exec", lambda _self: QDialog.DialogCode.Accepted)
        dialog.check_selected()
        return QDialog.DialogCode.Accepted if dialog.result else QDialog.DialogCode.Rejected

    def logged_in(dialog: LoginDialog) -> QDialog.DialogCode:
        dialog.login_edit.setText("z001")
        dialog.password_edit.setText("secret123")
        dialog.try_login()
        return QDialog.DialogCode(dialog.result())

    monkeypatch.setattr(RestoreDialog, "exec", restore_accepted)
    monkeypatch.setattr(LoginDialog, "exec", logged_in)
    window.restore_action.trigger()
    successor = window.successor
    qtbot.addWidget(successor)
    assert successor.user.login == "z001" and successor.isVisible() and not window.isVisible()
    assert "从" in Setting.get_by_id("backup_last_restore").value


def test_status_label_and_reminder(qtbot: QtBot, supervisor, db_path: Path, usb: Path) -> None:
    AuditEntry.update(at=clock.now() - datetime.timedelta(days=30)).execute()
    window = MainWindow(supervisor, db_path)
    qtbot.addWidget(window)
    care = window.backup_care
    assert care.label.text() == "上次备份：从未备份"
    assert "c0392b" in care.label.styleSheet()
    qtbot.waitUntil(lambda: getattr(care, "reminder_box", None) is not None)
    box: QMessageBox = care.reminder_box
    assert "从未备份" in box.text()
    care.backup_requested.disconnect(window.open_backup)  # the real slot would open the (modal) backup dialog
    with qtbot.waitSignal(care.backup_requested):
        box.buttons()[0].click()
    schedule.record_backup(supervisor, backup.write_backup(db_path, usb))
    care.refresh()
    assert care.label.text().startswith("上次备份：20")
    assert care.label.styleSheet() == ""


def test_automatic_copies_daily_and_at_exit(qtbot: QtBot, supervisor, db_path: Path) -> None:
    care = care_module.BackupCare(supervisor, db_path, MainWindow(supervisor, db_path))
    care.daily()
    qtbot.waitUntil(lambda: care.worker is None)
    assert len(schedule.automatic_backups(db_path)) == 1
    care.daily()
    assert care.worker is None  # one a day
    care.at_exit()
    assert len(schedule.automatic_backups(db_path)) == 1  # nothing changed since
    care.stop()


def test_the_live_file_is_checked_once_a_day_when_the_desk_is_idle(qtbot: QtBot, supervisor, db_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    idle = [0]
    care = care_module.BackupCare(supervisor, db_path, MainWindow(supervisor, db_path), lambda: idle[0])
    care.check_when_idle()
    assert care.checker is None  # someone is working at the desk
    idle[0] = care_module.IDLE_BEFORE_CHECK_MS
    care.check_when_idle()
    qtbot.waitUntil(lambda: care.checker is None)
    assert integrity.last() is not None and integrity.last().ok
    care.check_when_idle()
    assert care.checker is None  # once a day
    damaged = integrity.IntegrityResult(integrity.last().at, ("row 3 missing from index staff_login",))
    monkeypatch.setattr(integrity, "due", lambda _path, _now=None: True)
    monkeypatch.setattr(integrity, "check_live", lambda _path, now=None: damaged)
    monkeypatch.setattr(integrity, "last", lambda: damaged)
    care.check_when_idle()
    qtbot.waitUntil(lambda: care.checker is None)
    assert care.label.styleSheet() == ERROR_STYLE and "staff_login" in care.label.toolTip()
    assert "数据库文件可能已损坏" in care.damage_box.text() and care.damage_box.isVisible()
    care.stop()


def test_start_up_with_a_corrupt_file(qtbot: QtBot, supervisor, db_path: Path, shown: list) -> None:
    assert recover_if_damaged(db_path)  # a sound file needs no dialog
    copy = schedule.make_automatic(db_path, keep=3)
    database.close_database()
    db_path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 50_000)
    problem = restore.diagnose(db_path)
    dialog = DamagedDatabaseDialog(db_path, problem, restore.newest_verified(db_path))
    qtbot.addWidget(dialog)
    text = _labels(dialog)
    assert "数据库文件无法使用" in text and str(copy.path) in text and "不会被删除或覆盖" in text
    qtbot.mouseClick(dialog.restore_newest, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert restore.diagnose(db_path) is None
    assert "损坏的文件保留在" in shown[-1][1]
    assert list(restore.aside_folder(db_path).glob("客服台_损坏_*.db"))
    database.open_database(db_path)


def test_program_start_with_a_corrupt_file_asks_before_touching_it(qtbot: QtBot, db_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop import app

    db_path.write_bytes(b"SQLite format 3\x00" + b"\x07" * 30_000)
    damaged = db_path.read_bytes()
    asked = []
    monkeypatch.setattr(DamagedDatabaseDialog, "exec", lambda dialog: asked.append(dialog) or 0)
    assert app.open_or_recover(db_path) is False  # the person chose 退出
    assert len(asked) == 1 and asked[0].newest is None
    assert db_path.read_bytes() == damaged


def _remove_database(db_path: Path) -> None:
    database.close_database()
    for path in (db_path, Path(f"{db_path}-wal"), Path(f"{db_path}-shm")):
        path.unlink(missing_ok=True)


def test_program_start_with_the_database_missing_offers_the_newest_copy(
        qtbot: QtBot, supervisor, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop import app

    copy = schedule.make_automatic(db_path, keep=3)
    _remove_database(db_path)
    asked = []
    monkeypatch.setattr(DamagedDatabaseDialog, "exec", lambda dialog: asked.append(dialog) or 0)
    assert app.open_or_recover(db_path) is False  # the person chose 退出
    assert not db_path.exists()  # no new empty file in its place
    dialog = asked[0]
    qtbot.addWidget(dialog)
    assert dialog.newest.path == copy.path
    text = _labels(dialog)
    assert "数据库文件不见了" in text and str(copy.path) in text and "移到" not in text


def test_a_missing_database_is_recovered_or_deliberately_started_anew(qtbot: QtBot, supervisor, db_path: Path,
                                                                      shown: list) -> None:
    schedule.make_automatic(db_path, keep=3)
    _remove_database(db_path)
    dialog = DamagedDatabaseDialog(db_path, restore.diagnose(db_path), restore.newest_verified(db_path))
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.restore_newest, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert restore.diagnose(db_path) is None and "已从备份恢复" in shown[-1][1]
    _remove_database(db_path)
    dialog = DamagedDatabaseDialog(db_path, restore.diagnose(db_path), restore.newest_verified(db_path))
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.start_anew, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted and not db_path.exists()
    database.open_database(db_path)


def test_a_link_to_a_database_that_is_not_there_is_named(qtbot: QtBot, tmp_path: Path, db_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop import app

    db_path.symlink_to(tmp_path / "未连接的U盘" / "客服台.db")
    asked = []
    monkeypatch.setattr(DamagedDatabaseDialog, "exec", lambda dialog: asked.append(dialog) or 0)
    assert app.open_or_recover(db_path) is False
    qtbot.addWidget(asked[0])
    assert "未连接的U盘" in _labels(asked[0]) and asked[0].findChild(QPushButton, "start_anew") is None
    assert db_path.is_symlink() and not (tmp_path / "未连接的U盘").exists()


def test_program_start_with_a_folder_in_place_of_the_file_names_it_and_offers_no_recovery(
        qtbot: QtBot, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop import app

    db_path.mkdir()
    said, asked = [], []
    monkeypatch.setattr(messages, "cannot_start", lambda _parent, text: said.append(text))
    monkeypatch.setattr(DamagedDatabaseDialog, "exec", lambda dialog: asked.append(dialog) or 0)
    assert app.open_or_recover(db_path) is False
    assert not asked and len(said) == 1
    assert "是一个文件夹" in said[0] and "移走或改名" in said[0] and str(db_path) in said[0]
    assert db_path.is_dir()


def test_program_start_that_still_cannot_open_the_file_says_so_instead_of_crashing(
        qtbot: QtBot, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Permissions the checks cannot see (Windows access lists) still end in words, not in an unexpected error."""
    from desktop import app

    def refuse(_path: Path) -> None:
        raise OperationalError("attempt to write a readonly database")

    said = []
    monkeypatch.setattr(messages, "cannot_start", lambda _parent, text: said.append(text))
    monkeypatch.setattr(app, "open_database", refuse)
    assert app.open_or_recover(db_path) is False
    assert "attempt to write a readonly database" in said[0] and "权限" in said[0]


def test_restore_waits_for_the_windows_own_reads_to_finish(qtbot: QtBot, office_data: dict, db_path: Path,
                                                           usb: Path, shown: list,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """今日 or a list still reading on a worker when 恢复 is confirmed: the restore waits for it instead of
    refusing as if another program held the file."""
    import threading
    import time

    from desktop.ui.widgets.background import Job

    supervisor = office_data["supervisor"]
    backup.write_backup(db_path, usb)
    window = MainWindow(supervisor, db_path)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.today.day is not None)
    reading = threading.Event()

    def slow_read(_progress: object) -> int:
        count = Team.select().count()  # the worker's own connection, open until the work returns
        reading.set()
        time.sleep(0.5)
        return count

    job = Job(slow_read)
    job.start()
    assert reading.wait(5)

    def restore_accepted(dialog: RestoreDialog) -> QDialog.DialogCode:
        dialog.choose_file(next(usb.glob("*.db")))
        monkeypatch.setattr(RestoreConfirmation, "exec", lambda _self: QDialog.DialogCode.Accepted)
        dialog.check_selected()
        return QDialog.DialogCode.Accepted if dialog.result else QDialog.DialogCode.Rejected

    monkeypatch.setattr(RestoreDialog, "exec", restore_accepted)
    monkeypatch.setattr(LoginDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    window.restore_action.trigger()
    assert [kind for kind, _ in shown] == ["info"]
    assert "从" in Setting.get_by_id("backup_last_restore").value
