"""Clean text from a form before it is checked and stored: no control, zero-width, direction or byte-order
characters (one of them can break an export or a backup), line breaks only where the form has lines, and one
length check with its Chinese message.

>>> clean(" 张\\x00三\\u200b ")
'张三'
>>> clean("第一行\\r\\n第二行", multiline=True)
'第一行\\n第二行'
"""

import re
from collections.abc import Iterable, Mapping

from desktop.services.errors import RuleError, Text, ValidationErrors, msg

# C0 and C1 controls, DEL, soft hyphen, zero-width and direction marks, BOM, noncharacters, lone surrogates;
# tab and the line breaks are handled apart
_INVISIBLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e"
                        "\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\ufffe\uffff\ud800-\udfff]")
_LINE_BREAK = re.compile("\r\n|[\r\u2028\u2029]")
REASON_LIMIT = 200  # a reason or remark: a line or two of the history and of a printed register


def clean(value: str | None, multiline: bool = False) -> str:
    """The value without invisible characters, stripped; a one-line value has its breaks and tabs as spaces."""
    value = _INVISIBLE.sub("", _LINE_BREAK.sub("\n", value or ""))
    if not multiline:
        value = value.replace("\n", " ").replace("\t", " ")
    return value.strip()


def limited(value: str, limit: int) -> Text | None:
    """Why `value` is too long for its box, or None."""
    return msg("不能超过 {limit} 个字。", limit=limit) if len(value) > limit else None


def cleaned(values: Mapping[str, str | None], limits: Mapping[str, int], errors: dict[str, "str | Text"],
            multiline: Iterable[str] = ()) -> dict[str, str]:
    """Each value cleaned; a value longer than its field's limit is noted in `errors` under the field."""
    lines = set(multiline)
    result = {}
    for field, value in values.items():
        result[field] = clean(value, field in lines)
        if problem := limited(result[field], limits[field]):
            errors.setdefault(field, problem)
    return result


def check(values: Mapping[str, str | None], limits: Mapping[str, int],
          multiline: Iterable[str] = ()) -> dict[str, str]:
    """The cleaned values, or every field that is too long at once."""
    errors: dict[str, str] = {}
    result = cleaned(values, limits, errors, multiline)
    if errors:
        raise ValidationErrors(errors)
    return result


def one_line(value: str | None, missing: str | None, field: str = "reason", limit: int = REASON_LIMIT) -> str:
    """A one-line value (a reason or remark by default), cleaned; refused when longer than `limit`, or, with a
    `missing` message, when empty."""
    value = clean(value)
    if missing and not value:
        raise RuleError(missing, field)
    if problem := limited(value, limit):
        raise RuleError(problem, field)
    return value
