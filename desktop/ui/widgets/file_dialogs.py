"""File dialogs that open in the folder last used for that kind of file (exports, PDFs, backups), per person, and
in the Documents folder the first time — never in the program's own folder."""

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from desktop.ui import preferences
from desktop.ui.widgets import window_places

EXPORTS, PDFS, BACKUPS = "exports", "pdfs", "backups"


def _key(kind: str) -> str:
    return f"folders/{kind}"


def start_folder(kind: str) -> Path:
    person = window_places.served()
    kept = preferences.value(person, _key(kind)) if person is not None else QSettings().value(f"desk/{_key(kind)}")
    if kept and Path(str(kept)).is_dir():
        return Path(str(kept))
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def remember(kind: str, folder: Path) -> None:
    person = window_places.served()
    if person is None:
        QSettings().setValue(f"desk/{_key(kind)}", str(folder))
    else:
        preferences.set_value(person, _key(kind), str(folder))


def save_path(parent: QWidget, kind: str, title: str, file_name: str, file_filter: str) -> str:
    path, _ = QFileDialog.getSaveFileName(parent, title, str(start_folder(kind) / file_name), file_filter)
    if path:
        remember(kind, Path(path).parent)
    return path


def open_path(parent: QWidget, kind: str, title: str, file_filter: str) -> str:
    path, _ = QFileDialog.getOpenFileName(parent, title, str(start_folder(kind)), file_filter)
    if path:
        remember(kind, Path(path).parent)
    return path


def folder_path(parent: QWidget, kind: str, title: str) -> str:
    folder = QFileDialog.getExistingDirectory(parent, title, str(start_folder(kind)))
    if folder:
        remember(kind, Path(folder))
    return folder
