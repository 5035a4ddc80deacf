"""A file the user chose (an export, a saved PDF) is whole or not there: written beside its place as
`.<name>.part` and put in its place once complete. A failure keeps the file it would have replaced and is told in
a sentence: a full disk, a read-only folder, a stick pulled out, a file another program holds open."""

import os
import secrets
from collections.abc import Callable
from pathlib import Path

from desktop.services.errors import RuleError
from desktop.services.files import os_errors

UNWRITTEN = {  # why a file could not be written, by its cause (os_errors; None: any other)
    None: "无法写入 {name}（{folder}）：{value}。原来的文件没有改动；请检查磁盘或U盘，然后再试一次。",
    os_errors.FULL: "无法写入 {name}：{folder} 空间不足。原来的文件没有改动；请清理磁盘或换一个U盘，然后再试一次。",
    os_errors.READ_ONLY: "无法写入 {name}：{folder} 是只读的或没有写入权限。原来的文件没有改动；请检查U盘的写保护"
                         "开关，或选择其他文件夹。",
    os_errors.MISSING: "无法写入 {name}：找不到 {folder}（U盘可能已被拔出）。原来的文件没有改动；请重新插入U盘或"
                       "选择其他文件夹，然后再试一次。",
    os_errors.DEVICE: "无法写入 {name}：写入 {folder} 时设备出错（U盘可能已被拔出或已损坏）。原来的文件没有改动。",
}


def written(path: Path, write: Callable[[Path], object]) -> Path:
    """`write(part)` writes the whole file to `part`, which then takes the place of `path`."""
    # hidden, and this writer's own: two desks saving to the same shared file at once never write into one part
    part = path.with_name(f".{path.name}.{os.getpid()}-{secrets.token_hex(4)}.part")
    whole = False
    try:
        write(part)
        whole = True
        os.replace(part, path)
    except BaseException as error:
        part.unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise _unwritten(error, path, whole) from error
        raise
    return path


def _unwritten(error: OSError, path: Path, whole: bool) -> RuleError:
    """Why `path` was not written; `whole`: it was, and only putting it in place failed (on Windows, the old file
    is open in Excel or a PDF reader)."""
    if whole and isinstance(error, PermissionError):
        return RuleError("{name} 正被其他程序打开（例如 Excel），无法替换。原来的文件没有改动；请关闭它后再试一次，"
                         "或换一个文件名。", name=path.name)
    return RuleError(UNWRITTEN.get(os_errors.cause(error), UNWRITTEN[None]), name=path.name, folder=path.parent,
                     value=error.strerror or error)
