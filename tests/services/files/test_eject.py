"""Ejecting the USB stick after a backup: the system's own command, and a plain False where there is none."""

from collections.abc import Sequence
from pathlib import Path

from desktop.services.files import eject


def test_each_system_is_asked_with_its_own_command(tmp_path: Path) -> None:
    assert eject.commands(Path("E:\\"), "win32")[0][:3] == ["powershell", "-NoProfile", "-Command"]
    assert 'ParseName("E:")' in eject.commands(Path("E:\\"), "win32")[0][3]
    assert eject.commands(Path("/Volumes/U"), "darwin") == [["diskutil", "eject", "/Volumes/U"]]
    assert eject.commands(Path("/media/u/STICK"), "linux")[0] == ["gio", "mount", "--eject", "/media/u/STICK"]


def test_the_stick_is_ejected_once_a_command_succeeds_and_it_is_gone(tmp_path: Path) -> None:
    ran: list[Sequence[str]] = []

    def refuse_then_succeed(command: Sequence[str]) -> int:
        ran.append(command)
        return 0 if len(ran) == 2 else 1

    assert eject.eject(tmp_path, refuse_then_succeed, "linux", lambda root: False)
    assert len(ran) == 2


def test_no_command_or_a_stick_still_mounted_is_not_ejected(tmp_path: Path) -> None:
    assert not eject.eject(tmp_path, lambda command: 127, "linux", lambda root: False)
    assert not eject.eject(tmp_path, lambda command: 0, "linux", lambda root: True)
