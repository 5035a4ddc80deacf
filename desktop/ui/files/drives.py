"""Removable drives (USB sticks) among the mounted volumes, offered first as backup targets."""

import ctypes
import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QStorageInfo

DRIVE_REMOVABLE = 2  # GetDriveTypeW
MOUNT_PARENTS = ("/media/", "/run/media/", "/mnt/", "/Volumes/")


@dataclass
class Volume:
    root: Path
    label: str
    free: int
    read_only: bool


def _removable_block_device(device: str) -> bool:
    """Linux: /sys/class/block/<partition>/../removable says 1 for USB sticks and card readers."""
    name = Path(device).name
    node = Path("/sys/class/block") / name
    for candidate in (node / "removable", node.resolve().parent / "removable"):
        if candidate.is_file():
            return candidate.read_text().strip() == "1"
    return False


def is_removable(info: QStorageInfo) -> bool:
    root = info.rootPath()
    if os.name == "nt":
        return ctypes.windll.kernel32.GetDriveTypeW(root) == DRIVE_REMOVABLE
    device = bytes(info.device().data()).decode(errors="replace")
    return device.startswith("/dev/") and (_removable_block_device(device) or root.startswith(MOUNT_PARENTS))


def removable_volumes() -> list[Volume]:
    volumes = []
    for info in QStorageInfo.mountedVolumes():
        if info.isValid() and info.isReady() and not info.isRoot() and is_removable(info):
            volumes.append(Volume(Path(info.rootPath()), info.displayName(), info.bytesAvailable(),
                                  info.isReadOnly()))
    return volumes
