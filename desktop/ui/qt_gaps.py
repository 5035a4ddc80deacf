"""Qt's own strings its Chinese catalogue misses: Qt 6 gave some labels a new shortcut letter ("&Look in:",
"Files of &type:") while qtbase_zh_CN still holds them without it, so the file dialog spoke English. Such a string
is looked up without its "&" and gets its letter back the Chinese way: 查找范围(&L)："""

from PySide6.QtCore import QTranslator

TRAILING = ("：", ":")


def _with_letter(text: str, letter: str) -> str:
    end = next((mark for mark in TRAILING if text.endswith(mark)), "")
    return f"{text[:len(text) - len(end)]}(&{letter.upper()}){end}"


class ShortcutLetterGaps(QTranslator):
    """Installed after `catalogue`: answers only what the catalogue has no entry for, from its entry without "&"."""

    def __init__(self, catalogue: QTranslator, parent: object = None) -> None:
        super().__init__(parent)
        self._catalogue = catalogue

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str | None:
        """None (a null string) lets Qt ask the next translator; an empty string would blank the text."""
        at = source.find("&")
        if at < 0 or at == len(source) - 1 or self._catalogue.translate(context, source, disambiguation, n):
            return None
        plain = self._catalogue.translate(context, source.replace("&", "", 1), disambiguation, n)
        return _with_letter(plain, source[at + 1]) if plain else None

    def isEmpty(self) -> bool:
        return False
