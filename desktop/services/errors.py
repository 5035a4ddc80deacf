"""The one exception a rule raises when it refuses, with a Chinese message and the field it concerns.

A message is a `Text`: a Chinese template with named arguments ("班组 {name} 已存在。", name=…). Services stay free of
Qt; the interface looks the template up in the "services" translation context and fills in the arguments
(`desktop/ui/service_text.py`), and `tools/mark_service_texts` marks every template for lupdate."""

import datetime
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from string import Formatter
from typing import Any

from desktop.services import dates


@dataclass(frozen=True, eq=False)
class Text:
    """What a service says, in the office's Chinese until the interface translates `template`; str() is the Chinese.
    An argument that is itself a Text (a status, a role) is translated too; a date or moment given as such (in a
    field without a format) is written 2026年12月8日 in Chinese and as the interface writes dates in another
    language."""

    template: str
    args: Mapping[str, Any] = field(default_factory=dict)

    def __eq__(self, other: object) -> bool:
        """Equal to another Text or to a str with the same Chinese: the words are the same whatever their language."""
        return isinstance(other, Text | str) and str(self) == str(other)

    def __hash__(self) -> int:
        return hash(str(self))

    def __contains__(self, words: str) -> bool:
        return words in str(self)

    def __str__(self) -> str:
        if not self.args:  # a message without arguments may hold braces of its own
            return self.template
        plain = plain_fields(self.template)
        return self.template.format(**{key: _chinese(v) if key in plain else v for key, v in self.args.items()})


@dataclass(frozen=True)
class ShortDay:
    """A day said without its year (the year is plain from what is around it): 11月18日 in Chinese, "18 Nov" as
    the interface writes it in another language."""

    day: datetime.date

    def __str__(self) -> str:
        return dates.short_day(self.day)

    def __format__(self, spec: str) -> str:
        return format(self.day, spec) if spec else str(self)


def plain_fields(template: str) -> set[str]:
    """The fields of a template written without a format of their own: a date there is written as the office
    writes dates."""
    return {name for _, name, spec, _ in Formatter().parse(template) if name and not spec}


def _chinese(value: Any) -> Any:
    if isinstance(value, Text):
        return str(value)
    if isinstance(value, datetime.datetime):
        return dates.moment_text(value)
    if isinstance(value, datetime.date):
        return dates.day_text(value)
    return value


def msg(template: str, **args: Any) -> Text:
    return Text(template, args)


def lines(messages: "Iterable[str | Text]", separator: str = "\n") -> Text:
    """Several messages shown one per line (or with `separator` between them), each translated on its own."""
    args = {f"line{number}": message for number, message in enumerate(messages)}
    return Text(separator.join(f"{{{key}}}" for key in args), args)


def text_json(text: Text) -> str:
    """A message as stored, to be said again later in the reader's language: its template and its arguments."""
    return json.dumps(_stored(text), ensure_ascii=False)


def text_from_json(stored: str) -> Text:
    return _restored(json.loads(stored))


def _stored(text: Text) -> dict[str, Any]:
    return {"template": text.template, "args": {key: _stored_value(value) for key, value in text.args.items()}}


def _stored_value(value: Any) -> Any:
    if isinstance(value, Text):
        return {"text": _stored(value)}
    if isinstance(value, ShortDay):
        return {"short_day": value.day.isoformat()}
    if isinstance(value, datetime.datetime):
        return {"moment": value.isoformat()}
    if isinstance(value, datetime.date):
        return {"day": value.isoformat()}
    if value is None or isinstance(value, str | int | float):
        return value
    raise TypeError(f"a message argument cannot be stored: {value!r}")


def _restored(stored: dict[str, Any]) -> Text:
    return Text(stored["template"], {key: _restored_value(value) for key, value in stored["args"].items()})


def _restored_value(value: Any) -> Any:
    if not isinstance(value, dict):
        return value
    (kind, data), = value.items()
    if kind == "text":
        return _restored(data)
    if kind == "short_day":
        return ShortDay(datetime.date.fromisoformat(data))
    if kind == "moment":
        return datetime.datetime.fromisoformat(data)
    return datetime.date.fromisoformat(data)


def as_text(message: "str | Text") -> Text:
    return message if isinstance(message, Text) else Text(message)


class RuleError(Exception):
    """A refusal the user can act on: `message` is shown next to `field` (or in a dialog when field is None).
    `RuleError("班组 {name} 已存在。", "name", name=name)`: the template and its arguments are kept in `text`."""

    def __init__(self, message: "str | Text", field: str | None = None, **args: Any) -> None:
        self.text = Text(message, args) if args else as_text(message)
        self.message = str(self.text)
        super().__init__(self.message)
        self.field = field


class Cancelled(RuleError):
    """The person pressed 取消 while slow work ran; whatever it was making is left unmade."""


class PermissionDenied(RuleError):
    """The logged-in person's role does not allow the action."""


class ValidationErrors(RuleError):
    """Several fields are wrong at once: `errors` maps field name to the Chinese message, `texts` to its Text."""

    def __init__(self, errors: Mapping[str, "str | Text"]) -> None:
        self.texts = {key: as_text(message) for key, message in errors.items()}
        self.errors = {key: str(message) for key, message in self.texts.items()}
        super().__init__("；".join(self.errors.values()), next(iter(errors), None))
