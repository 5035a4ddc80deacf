"""Ejecting the USB stick after a backup where the system allows it, so that it can be pulled out at once."""

import os
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

Run = Callable[[Sequence[str]], int]
EJECT_SECONDS = 30  # a stick still writing its cache takes a few seconds to let go


def _run(command: Sequence[str]) -> int:
    try:
        return subprocess.run(list(command), capture_output=True, timeout=EJECT_SECONDS, check=False).returncode
    except (OSError, subprocess.TimeoutExpired):
        return -1


def commands(root: Path, platform: str = sys.platform) -> list[list[str]]:
    """The system's own ways to eject the drive mounted at `root`, in the order to try them."""
    if platform.startswith("win"):
        drive = str(root)[:2]
        script = f'(New-Object -ComObject Shell.Application).Namespace(17).ParseName("{drive}").InvokeVerb("Eject")'
        return [["powershell", "-NoProfile", "-Command", script]]
    if platform == "darwin":
        return [["diskutil", "eject", str(root)]]
    return [["gio", "mount", "--eject", str(root)], ["udisksctl", "unmount", "--no-user-interaction", "-p",
                                                   f"block_devices/{_device(root)}"]]


def _device(root: Path) -> str:
    """The block device mounted at `root` ('sdb1'), read from /proc/mounts."""
    try:
        lines = Path("/proc/mounts").read_text().splitlines()
    except OSError:
        return ""
    for line in lines:
        device, mounted_on, *_ = line.split()
        if mounted_on.replace("\\040", " ") == str(root):
            return Path(device).name
    return ""


def eject(root: Path, run: Run = _run, platform: str = sys.platform,
          mounted: Callable[[Path], bool] = os.path.ismount) -> bool:
    """Eject the drive at `root`; True once the system let go of it."""
    return any(run(command) == 0 and not mounted(root) for command in commands(root, platform))
