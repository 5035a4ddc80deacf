"""Where the program's bundled resources live (fonts, icons, translations)."""

import sys
from pathlib import Path

# In a PyInstaller bundle the resources sit beside the executable's unpacked modules.
ROOT = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parent.parent))
RESOURCES = ROOT / "resources"
FONT_FILE = RESOURCES / "fonts" / "wqy-microhei.ttf"
FONT_FAMILY = "WenQuanYi Micro Hei"
I18N = RESOURCES / "i18n"
ICONS = RESOURCES / "icons"
