"""Start-up: arguments, the Qt application, font and language, the database, first run or login, main window."""

import argparse
import sys
from pathlib import Path

from peewee import OperationalError
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from desktop import __version__, crash, demo, engine, logs, single_instance
from desktop.cli_commands import COMMANDS
from desktop.db import SchemaTooNew, open_database
from desktop.models import Staff
from desktop.paths import FONT_FILE, ICONS, data_folder
from desktop.services import calendar, clock, settings
from desktop.ui import i18n
from desktop.ui.widgets import keyboard, window_places

APP_NAME = "kefutai"
DB_NAME = "客服台.db"
SWITCH_INTERVAL = 0.001


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="kefutai", description="客服台 — 分店客服与销售部工作台")
    parser.add_argument("--db", type=engine.as_target,
                        help="数据库文件，或办公室服务器的地址 postgresql://登录名@服务器:5432/kefutai"
                             "（默认：首次使用时的选择，或用户数据文件夹中的 客服台.db）")
    parser.add_argument("--demo", action="store_true", help="在新的空数据库中填入演示数据")
    parser.add_argument("--size", choices=sorted(demo.SIZES), default="small", help="演示数据规模")
    parser.add_argument("--lang", choices=sorted(i18n.LANGUAGES), help="界面语言（默认取设置）")
    return parser.parse_args(argv)


def default_db_path() -> Path:
    return data_folder() / DB_NAME


def create_application(argv: list[str]) -> QApplication:
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    QApplication.setDesktopFileName(APP_NAME)  # matches packaging/kefutai.desktop: the icon in docks and taskbars
    app = QApplication.instance() or QApplication(argv)
    # A worker (search, export, backup) running Python gives the window's thread the GIL within this many seconds
    # (Python's default, 5 ms, let a busy export freeze the window for 100-200 ms on a loaded machine).
    sys.setswitchinterval(SWITCH_INTERVAL)
    font_id = QFontDatabase.addApplicationFont(str(FONT_FILE))
    families = QFontDatabase.applicationFontFamilies(font_id)
    if families:
        app.setFont(QFont(families[0], 10))
    keyboard.install(app)
    window_places.install(app)
    icon = ICONS / "kefutai.png"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def login() -> Staff | None:
    """First run or login; returns the logged-in person, or None when the user gives up."""
    from desktop.ui.first_run import FirstRunDialog
    from desktop.ui.login import LoginDialog

    if settings.needs_first_run():
        first = FirstRunDialog()
        if first.exec() != QDialog.DialogCode.Accepted:
            return None
        return first.admin
    dialog = LoginDialog(settings.branch_name())
    return dialog.user if dialog.exec() == QDialog.DialogCode.Accepted else None


def choose_target(args: argparse.Namespace) -> str | Path | None:
    """--db, else this PC's stored choice, else the default file if it is there, else the person's choice
    (本机文件 / 办公室服务器); None when they give up."""
    from desktop.ui.database_choice import DatabaseChoiceDialog, stored_target

    if args.db:
        return args.db
    if stored := stored_target():
        return stored
    if default_db_path().exists() or args.demo:
        return default_db_path()
    dialog = DatabaseChoiceDialog(default_db_path())
    return dialog.target if dialog.exec() == QDialog.DialogCode.Accepted else None


def away_from_network_share(target: str | Path) -> str | Path | None:
    """A database file on a network share is corrupted by several desks (SQLite's locking is unreliable there):
    the person is warned and offered the office server; None when they quit."""
    from desktop.services.files import location
    from desktop.ui.database_choice import DatabaseChoiceDialog
    from desktop.ui.service_text import message
    from desktop.ui.widgets import messages

    if engine.is_server(target) or not (place := location.network_share(target)):
        return target
    warning = QCoreApplication.translate(
        "app", "数据库文件 %1 在%2上。几台电脑通过共享文件夹同时使用一个数据库文件会把它损坏（SQLite 在网络文件系统上"
        "加锁不可靠）。几台电脑共用数据请改用办公室服务器；只有这一台电脑使用时，请把文件放在本机硬盘上。"
    ).replace("%1", str(target)).replace("%2", message(place))
    answer = messages.choose(None, warning, [
        QCoreApplication.translate("app", "改用办公室服务器…"),
        QCoreApplication.translate("app", "仍然打开（只有这台电脑使用）"), QCoreApplication.translate("app", "退出")])
    if answer == 1:
        return target
    if answer == 0:
        dialog = DatabaseChoiceDialog(default_db_path(), warning)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.target
    return None


def open_server(url: str) -> bool:
    """Connect to the office server, offering 重试 while it cannot be reached (the server PC is off, the network
    is down); False when the person gives up."""
    from desktop.ui.widgets import messages

    while True:
        try:
            open_database(url)
            return True
        except OperationalError as error:
            text = QCoreApplication.translate(
                "app", "连接不上办公室服务器 %1（%2）。\n请确认服务器电脑已开机、网络正常，然后点“重试”。").replace(
                "%1", engine.display_name(url)).replace("%2", str(error).strip().splitlines()[0] if str(error) else "")
            retry = messages.choose(None, text, [QCoreApplication.translate("app", "重试"),
                                                 QCoreApplication.translate("app", "退出")]) == 0
            if not retry:
                messages.cannot_start(None, QCoreApplication.translate("app", "没有连接到服务器，客服台已退出。"))
                return False


def open_or_recover(db_path: Path | str) -> bool:
    """Open the database; a damaged file is reported, kept aside and may be replaced by a verified backup."""
    from desktop.services.files import restore
    from desktop.ui.files.recovery import recover_if_damaged
    from desktop.ui.widgets import messages

    if engine.is_server(db_path):
        return open_server(db_path)
    restore.remove_leftovers(db_path)
    if not recover_if_damaged(db_path):
        return False
    try:
        open_database(db_path)
    except (OSError, OperationalError) as error:  # what the checks before could not see, e.g. Windows access lists
        messages.cannot_start(None, QCoreApplication.translate(
            "app", "无法打开数据库文件 %1（%2）。请检查当前用户对这个文件和它所在文件夹的读写权限，然后重新启动客服台。"
        ).replace("%1", str(db_path)).replace("%2", str(error)))
        return False
    return True


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] and argv[0] in COMMANDS:
        from desktop import cli

        return cli.main(argv)
    args = parse_args(argv)
    app = create_application(sys.argv[:1])
    crash.install(logs.start())
    if args.lang:
        i18n.install(args.lang)  # before the database opens, so its messages are in that language too
    db_path = choose_target(args)
    if db_path is not None:
        db_path = away_from_network_share(db_path)
    if db_path is None:
        return 0
    instance = single_instance.claim(db_path)
    if instance is None:
        return 0
    try:
        if not open_or_recover(db_path):
            return 1
    except SchemaTooNew as error:
        QMessageBox.critical(None, "客服台", str(error))
        return 2
    if args.demo and settings.needs_first_run():
        demo.generate(args.size)
    calendar.ensure_seeded(clock.today())
    if not args.lang:
        i18n.install(settings.get("language"))
    first_run = settings.needs_first_run()
    user = login()
    if user is None:
        return 0
    from desktop.ui.main_window import MainWindow

    window = MainWindow(user, db_path)
    window.show()
    if first_run:
        QTimer.singleShot(0, window.open_checklist)  # what to set up next, once the window is there
    return app.exec()
