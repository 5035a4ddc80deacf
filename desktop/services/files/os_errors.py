"""What a failed file operation on a stick or a folder means, for the sentences that tell it (a backup, an
export, a saved PDF each say it in their own words)."""

import errno

MISSING, READ_ONLY, FULL, TOO_BIG, DEVICE = "missing", "read_only", "full", "too_big", "device"


def cause(error: OSError) -> str | None:
    """One of the causes above, or None when the system's own words are all there is."""
    code = error.errno
    if isinstance(error, FileNotFoundError) or code in (errno.ENODEV, errno.ENXIO):
        return MISSING  # a stick pulled out, a folder gone
    if code in (errno.EACCES, errno.EPERM, errno.EROFS):
        return READ_ONLY
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return FULL
    if code == errno.EFBIG:
        return TOO_BIG  # FAT32: 4 GB a file
    if code == errno.EIO:
        return DEVICE
    return None
