"""Where the program's files live: bundled resources (fonts, icons, translations) and the per-user data folder."""

import sys
from pathlib import Path

# In a PyInstaller bundle the resources sit beside the executable's unpacked modules.
ROOT = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parent.parent))
RESOURCES = ROOT / "resources"
FONT_FILE = RESOURCES / "fonts" / "wqy-microhei.ttf"
FONT_FAMILY = "WenQuanYi Micro Hei"
I18N = RESOURCES / "i18n"
ICONS = RESOURCES / "icons"


def data_folder() -> Path:
    """The per-user folder for the database, logs and crash reports (QStandardPaths' AppDataLocation)."""
    from PySide6.QtCore import QStandardPaths  # here, so that the printed forms can find the font without Qt

    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
