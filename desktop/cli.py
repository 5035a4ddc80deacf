"""Command line for scripted use: `main.py backup --to DIR --user NAME`, `main.py restore FILE --user NAME`,
`main.py check [FILE]`, `main.py move --from A --to B --user NAME` (the office's database between its file and the
server, either way). --db and --from/--to take a file's path or the server's postgresql:// address. Backup, restore
and move ask the same 主任/管理员 login as the window (password on the terminal or one line on standard input).

Exit codes: 0 done / sound, 1 refused or failed, 2 wrong arguments, 3 the file is damaged, 4 the file is from a
newer release of the program.
"""

import argparse
import getpass
import sys
from pathlib import Path

from peewee import OperationalError

from desktop import engine
from desktop.db import SchemaTooNew, close_database, open_database
from desktop.models import Staff
from desktop.services import auth
from desktop.services.errors import RuleError
from desktop.services.files import backup, restore, schedule, transfer
from desktop.services.files.backup import BackupInfo, BackupTooNew

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_DAMAGED, EXIT_TOO_NEW = 0, 1, 2, 3, 4


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="kefutai", description="客服台的备份、恢复与检查（供脚本使用）",
        epilog="退出码：0 成功/正常，1 失败或被拒绝，2 参数错误，3 文件已损坏，4 文件来自更新版本")
    commands = parser.add_subparsers(dest="command", required=True)
    make = commands.add_parser("backup", help="备份数据库到文件夹（如U盘），校验后才以正式文件名保存")
    make.add_argument("--to", type=Path, required=True, metavar="DIR", help="备份到这个文件夹")
    make.add_argument("--user", help="主任或管理员的登录名")
    put_back = commands.add_parser("restore", help="用备份文件替换数据库（原数据库先另存）")
    put_back.add_argument("file", type=Path, help="备份文件（.db）")
    put_back.add_argument("--user", help="主任或管理员的登录名（数据库损坏时不需要）")
    put_back.add_argument("--yes", action="store_true", help="不再询问确认")
    check = commands.add_parser("check", help="检查数据库或备份文件的完整性与结构版本")
    check.add_argument("file", type=Path, nargs="?", help="要检查的文件（默认：当前数据库）")
    for sub in (make, put_back, check):
        sub.add_argument("--db", type=target,
                         help="数据库文件或服务器地址 postgresql://…（默认：用户数据文件夹中的 客服台.db）")
    carry = commands.add_parser("move",
                                help="把整个数据库搬到另一处（本机文件 ↔ 办公室服务器），逐行复制并核对行数")
    carry.add_argument("--from", dest="source", type=target, required=True, help="原数据库：文件或 postgresql://…")
    carry.add_argument("--to", dest="destination", type=target, required=True,
                       help="新数据库：新文件，或服务器上新建的空数据库")
    carry.add_argument("--user", help="主任或管理员的登录名（原数据库中的）")
    carry.add_argument("--yes", action="store_true", help="不再询问确认")
    return parser.parse_args(argv)


def target(text: str) -> str | Path:
    """A file's path, or the server's address as it was written."""
    return text if engine.is_server(text) else Path(text)


def _db_path(args: argparse.Namespace) -> Path:
    if args.db:
        return args.db
    from PySide6.QtCore import QCoreApplication

    from desktop.app import APP_NAME, default_db_path

    QCoreApplication.setApplicationName(APP_NAME)
    return default_db_path()


def describe(info: BackupInfo) -> str:
    lines = [
        f"文件：{info.path}（{info.size / 1e6:.1f} MB）",
        f"分店：{info.branch or '（未填写）'}",
        f"时间：{info.made_at:%Y-%m-%d %H:%M}",
        f"完整性检查（{info.integrity}）：通过",
        f"结构版本：{info.schema_version}（{backup.SCHEMA_TEXT[info.schema]}）",
        "各表行数：",
    ]
    lines += [f"  {backup.TABLE_LABELS[name]}（{name}）：{count}" if name in backup.TABLE_LABELS
              else f"  {name}：{count}" for name, count in info.counts.items()]
    return "\n".join(lines)


def run_backup(args: argparse.Namespace) -> int:
    db_path = _db_path(args)
    problem = None if engine.is_server(db_path) else (
        restore.diagnose(db_path) if db_path.is_file() else f"找不到数据库文件 {db_path}。")
    if problem:  # opening would create an empty file, or fail on a damaged one
        raise RuleError(f"{problem}没有备份。")
    open_database(db_path)
    try:
        person = _log_in(args.user, "backup.make")
        result = backup.make_backup(person, db_path, args.to)
        schedule.record_backup(person, result)
    finally:
        close_database()
    print(f"备份完成：{result.path}\n清单：{result.manifest}\n{result.verified_text()}")
    return EXIT_OK


def _confirmed(args: argparse.Namespace, question: str) -> bool:
    if args.yes:
        return True
    try:
        return input(f"{question} 输入 yes 继续：").strip().lower() == "yes"
    except EOFError:  # a script without --yes
        return False


def _log_in(login_name: str | None, permission: str) -> Staff:
    if not login_name:
        raise RuleError("请用 --user 指定主任或管理员的登录名。")
    prompt = f"{login_name} 的密码："
    password = getpass.getpass(prompt) if sys.stdin.isatty() else sys.stdin.readline().rstrip("\n")
    person = auth.login(login_name, password)
    auth.require(person, permission)
    return person


def run_restore(args: argparse.Namespace) -> int:
    db_path = _db_path(args)
    server = engine.is_server(db_path)
    damage = None if server else restore.diagnose(db_path, thorough=True)
    info = restore.check_restorable(args.file)
    print(describe(info))
    if not server and (damage or not db_path.exists()):
        print(f"当前数据库无法使用：{damage}" if damage else f"{db_path} 还不存在，将由备份建立。")
        if not _confirmed(args, "将把损坏的文件另存，并用上面的备份替换它。"):
            return EXIT_FAILED
        result = restore.recover(db_path, args.file)
        print(f"恢复完成。损坏的文件另存为：{result.aside}" if result.aside else "恢复完成。")
        return EXIT_OK
    open_database(db_path)
    try:
        person = _log_in(args.user, "backup.restore")
        if not _confirmed(args, f"将用上面的备份替换 {engine.display_name(db_path)}（当前数据库先另存）。"):
            return EXIT_FAILED
        result = restore.finish_restore(person, restore.prepare_restore(person, args.file, db_path))
    finally:
        close_database()
    print(f"恢复完成。原数据库另存为：{result.aside}")
    return EXIT_OK


def run_move(args: argparse.Namespace) -> int:
    open_database(args.source)
    try:
        _log_in(args.user, "backup.restore")
    finally:
        close_database()
    question = (f"将把 {engine.display_name(args.source)} 的全部数据复制到 {engine.display_name(args.destination)}"
                "（原数据库不变）。")
    if not _confirmed(args, question):
        return EXIT_FAILED
    copied = transfer.move(args.source, args.destination, progress=lambda stage, done, total: print(stage))
    print(f"复制完成，行数已核对：{sum(copied.values())} 行")
    for name, count in copied.items():
        print(f"  {backup.TABLE_LABELS.get(name, name)}（{name}）：{count}")
    print(f"今后请让每台电脑用 --db {engine.display_name(args.destination)} 打开（或在首次使用时选择）。")
    return EXIT_OK


def run_check(args: argparse.Namespace) -> int:
    path = args.file or _db_path(args)
    if engine.is_server(path):
        database = engine.connect(path)
        try:
            print(f"服务器：{engine.display_name(path)}\n结构版本：{len(transfer._migrations(database))}\n各表行数：")
            for name, count in transfer.counts(database).items():
                print(f"  {backup.TABLE_LABELS.get(name, name)}（{name}）：{count}")
        finally:
            engine.disconnect(database)
        return EXIT_OK
    try:
        info = restore.check_restorable(path)
    except BackupTooNew:
        print(describe(backup.inspect(path)))
        return EXIT_TOO_NEW
    except RuleError as error:
        print(f"检查未通过：{error.message}", file=sys.stderr)
        return EXIT_DAMAGED
    print(describe(info))
    return EXIT_OK


def main(argv: list[str]) -> int:
    try:
        args = parse_args(argv)
    except SystemExit as stop:
        return int(stop.code or 0)
    run = {"backup": run_backup, "restore": run_restore, "check": run_check, "move": run_move}[args.command]
    try:
        return run(args)
    except RuleError as error:
        print(f"{args.command} 未完成：{error.message}", file=sys.stderr)
        return EXIT_TOO_NEW if isinstance(error, BackupTooNew) else EXIT_FAILED
    except SchemaTooNew as error:
        print(str(error), file=sys.stderr)
        return EXIT_TOO_NEW
    except OperationalError as error:  # the server cannot be reached, or refused the login
        print(f"{args.command} 未完成：无法连接数据库（{error}）。", file=sys.stderr)
        return EXIT_FAILED
