"""The person's own preferences on this PC (QSettings), kept per login so that a shared desk remembers each person."""

from PySide6.QtCore import QSettings

from desktop.models import Staff


def _key(user: Staff, name: str) -> str:
    return f"people/{user.login or user.id}/{name}"


def flag(user: Staff, name: str, default: bool) -> bool:
    return QSettings().value(_key(user, name), default, type=bool)


def set_flag(user: Staff, name: str, value: bool) -> None:
    QSettings().setValue(_key(user, name), value)


def value(user: Staff, name: str) -> object:
    return QSettings().value(_key(user, name))


def set_value(user: Staff, name: str, data: object) -> None:
    """Written only when it changes: each write goes to the disk (10-20 ms), and a list opening or a window
    closing puts back or keeps what is mostly already there."""
    settings, key = QSettings(), _key(user, name)
    if settings.value(key) != data:
        settings.setValue(key, data)
