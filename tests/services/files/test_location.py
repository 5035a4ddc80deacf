"""The database's place: a folder in place of the file, a read-only file or folder are named, never called damage."""

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop import db as database
from desktop.services.errors import RuleError
from desktop.services.files import location, restore

pytestmark = pytest.mark.sqlite_only(reason="whether the folder of the SQLite file can be used")

ROOT = Path(__file__).resolve().parents[3]
NOBODY = 65534
PROBE = ("import sys; from pathlib import Path; from desktop.services.files import restore; "
         "print(restore.diagnose(Path(sys.argv[1])))")


@pytest.fixture
def shared_folder() -> Iterator[Path]:
    """A folder outside pytest's private temporary tree, so that an ordinary user's process can reach it."""
    folder = Path(tempfile.mkdtemp(prefix="客服台-权限-"))
    folder.chmod(0o755)
    yield folder
    for path in [folder, *folder.rglob("*")]:
        path.chmod(0o755)
    shutil.rmtree(folder)


def _database_in(folder: Path) -> Path:
    db_path = folder / "数据" / "客服台.db"
    database.open_database(db_path)
    database.close_database()
    return db_path


def _diagnose_as_ordinary_user(db_path: Path, root: Path) -> str:
    """What start-up says, seen by a user that file permissions apply to (root ignores them)."""
    command = [sys.executable, "-c", PROBE, str(db_path)]
    if os.geteuid() == 0:
        if not shutil.which("setpriv"):
            pytest.skip("running as root without setpriv: permissions cannot be seen")
        for path in [root, *root.rglob("*")]:
            os.chown(path, NOBODY, NOBODY)
        command = ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups", *command]
    return subprocess.run(command, capture_output=True, text=True, check=True, cwd=ROOT).stdout.strip()


def test_a_folder_in_place_of_the_file_is_named(db_path: Path) -> None:
    db_path.mkdir()
    (db_path / "别人的文件.txt").write_text("不要动")
    problem = restore.diagnose(db_path)
    assert "是一个文件夹" in problem and "missing" not in problem
    assert problem == location.problem(db_path)
    with pytest.raises(RuleError, match="是一个文件夹"):
        restore.recover(db_path, db_path / "别人的文件.txt")
    assert (db_path / "别人的文件.txt").read_text() == "不要动"


def test_a_read_only_database_file_is_named(shared_folder: Path) -> None:
    db_path = _database_in(shared_folder)
    db_path.chmod(0o444)
    problem = _diagnose_as_ordinary_user(db_path, shared_folder)
    assert "只读" in problem and "损坏" not in problem


def test_a_sound_database_in_a_read_only_folder_is_not_called_damaged(shared_folder: Path) -> None:
    db_path = _database_in(shared_folder)
    db_path.parent.chmod(0o555)
    problem = _diagnose_as_ordinary_user(db_path, shared_folder)
    assert str(db_path.parent) in problem and "不允许写入" in problem and "损坏" not in problem


def test_a_new_database_in_a_folder_that_cannot_be_made_is_named(shared_folder: Path) -> None:
    shared_folder.chmod(0o555)
    db_path = shared_folder / "新文件夹" / "客服台.db"
    problem = _diagnose_as_ordinary_user(db_path, shared_folder)
    assert str(shared_folder) in problem and "不允许写入" in problem


def test_a_sound_writable_database_has_no_problem(db_path: Path) -> None:
    assert location.problem(db_path) is None  # not there yet, in a folder that may be written
    database.open_database(db_path)
    database.close_database()
    assert location.problem(db_path) is None


MOUNT_TABLE = """/dev/sda1 / ext4 rw,relatime 0 0
//nas/客服 /mnt/office\\040share cifs rw,vers=3.0 0 0
nas:/export /srv/nfs nfs4 rw 0 0
/dev/sdb1 /mnt/office\\040share/local ext4 rw 0 0
"""


def test_a_file_on_an_smb_or_nfs_mount_is_a_network_share(tmp_path: Path) -> None:
    assert location.network_share(Path("/mnt/office share/客服台.db"), MOUNT_TABLE) == "网络文件系统（cifs）"
    assert location.network_share(Path("/srv/nfs/a/客服台.db"), MOUNT_TABLE) == "网络文件系统（nfs4）"
    assert location.network_share(Path("/mnt/office share/local/客服台.db"), MOUNT_TABLE) is None  # a disk inside it
    assert location.network_share(Path("/home/zhang/客服台.db"), MOUNT_TABLE) is None
    assert location.network_share(tmp_path / "客服台.db") is None  # this machine's own disk


def test_a_unc_path_is_a_network_share() -> None:
    assert location.network_share("\\\\server\\共享\\客服台.db") == "网络共享文件夹（UNC 路径）"
    assert location.network_share("//server/共享/客服台.db") == "网络共享文件夹（UNC 路径）"
