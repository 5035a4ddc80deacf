"""Load the interface language: Simplified Chinese by default (with Qt's own dialogs in Chinese), or English."""

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop.paths import I18N
from desktop.ui.qt_gaps import ShortcutLetterGaps

LANGUAGES = {"zh_CN": "简体中文", "en": "English"}
_installed: list[QTranslator] = []


def install(language: str) -> None:
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates = [(f"qtbase_{language}", qt_dir)]
    if language != "zh_CN":
        candidates.append((f"kefutai_{language}", str(I18N)))
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
    if language == "zh_CN" and _installed:
        gaps = ShortcutLetterGaps(_installed[0], app)
        app.installTranslator(gaps)
        _installed.append(gaps)
    QLocale.setDefault(QLocale(QLocale.Language.Chinese if language == "zh_CN" else QLocale.Language.English,
                               QLocale.Country.China if language == "zh_CN" else QLocale.Country.UnitedStates))
