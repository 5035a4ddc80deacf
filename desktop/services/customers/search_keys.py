"""Phone-number normalisation and the search keys a clerk may type: name parts, pinyin, initials, phone tails."""

import functools
import re
import unicodedata

from desktop.services.errors import RuleError

MOBILE = re.compile(r"1[3-9][0-9]{9}")
LANDLINE = re.compile(r"0[0-9]{2,3}[0-9]{7,8}")
SEPARATORS = re.compile(r"[\s\-－—()（）.]")
PHONE_LIST_SPLIT = re.compile(r"[,，;；、/]+")
MIN_TAIL = 4  # the shortest phone tail worth a key: "the last four digits"
PHONE_MESSAGE = "电话号码格式不正确：手机号为 1 开头的 11 位数字，座机需带区号，例如 0571-88886666。"


def phone_text(text: str) -> str:
    """A phone as it is stored and compared, laid out as typed: full-width forms folded (NFKC) and the digits
    of every script (Arabic-Indic ٣, Devanagari ३ …) written as ASCII digits, so that "13８" is "138"."""
    folded = unicodedata.normalize("NFKC", text or "").strip()
    return "".join(str(unicodedata.decimal(char)) if char.isdecimal() else char for char in folded)


def normalise_phone(text: str, field: str = "phone") -> str:
    """Digits only, without +86 / 0086; a mainland mobile (1[3-9] + 9 digits) or a landline with area code."""
    digits = SEPARATORS.sub("", phone_text(text))
    international = digits.startswith(("+86", "0086"))
    if international:
        digits = digits[3:] if digits.startswith("+") else digits[4:]
    elif digits.startswith("86") and len(digits) == 13 and digits[2] == "1":
        digits = digits[2:]
    if international and not digits.startswith("0") and not MOBILE.fullmatch(digits):
        digits = "0" + digits  # the international form drops the area code's leading 0
    if not (MOBILE.fullmatch(digits) or LANDLINE.fullmatch(digits)):
        raise RuleError(PHONE_MESSAGE, field)
    return digits


def split_phones(text: str) -> list[str]:
    """The numbers of an 其他电话 field, as typed, separated by commas, semicolons, 、 or /."""
    return [part.strip() for part in PHONE_LIST_SPLIT.split(text or "") if part.strip()]


def digits_of(text: str) -> str | None:
    """The digits a clerk typed for a phone search (separators and country code dropped), or None if not a number."""
    digits = SEPARATORS.sub("", phone_text(text))
    for prefix in ("+86", "0086"):
        if digits.startswith(prefix) and len(digits) > len(prefix):
            digits = digits[len(prefix):]
    return digits if digits.isascii() and digits.isdigit() else None


def compact(text: str) -> str:
    return re.sub(r"\s+", "", text or "").lower()


@functools.lru_cache(maxsize=4096)
def _pinyin(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The syllables and the initials of a compacted name, in lower case: read once for its pinyin, its initials
    and its keys (an import reads thousands of names, each of them three times before)."""
    from pypinyin import Style, lazy_pinyin  # imported here: its dictionaries take 0.2 s to load at start-up

    return (tuple(s.lower() for s in lazy_pinyin(text)),
            tuple(s.lower() for s in lazy_pinyin(text, style=Style.FIRST_LETTER)))


def name_pinyin(name: str) -> str:
    """Full pinyin of a name, the list's sort order: 张三 -> "zhangsan"."""
    return "".join(_pinyin(compact(name))[0])


def name_initials(name: str) -> str:
    """张三 -> "zs", what a clerk types to find 张三."""
    return "".join(_pinyin(compact(name))[1])


def name_keys(name: str, personal: bool = True) -> set[str]:
    """Every suffix of the name, of its pinyin and of its initials, so a prefix search finds any part of it.

    A person's surname may be read several ways (曾 zeng/ceng, 单 shan/dan): each reading is a key."""
    from pypinyin import Style, pinyin

    text = compact(name)
    if not text:
        return set()
    syllables, initials = _pinyin(text)
    keys = {text[i:] for i in range(len(text))}
    keys |= {"".join(syllables[i:]) for i in range(len(syllables))}
    keys |= {"".join(initials[i:]) for i in range(len(initials))}
    if personal:
        for reading in pinyin(text[0], heteronym=True, style=Style.NORMAL)[0][:3]:
            keys.add(reading.lower() + "".join(syllables[1:]))
            keys.add(reading[:1].lower() + "".join(initials[1:]))
    return keys


def phone_keys(phone_key: str) -> set[str]:
    """Tails of a normalised number (the whole number is already indexed in customer_phone)."""
    return {phone_key[i:] for i in range(1, len(phone_key) - MIN_TAIL + 1)}


def search_keys(name: str, personal: bool, phones: list[str]) -> set[str]:
    keys = name_keys(name, personal)
    for key in phones:
        keys |= phone_keys(key)
    return keys


def prefix_bounds(text: str) -> tuple[str, str]:
    """[low, high) of every string starting with `text`, for an index range on a BINARY-collated column."""
    return text, text[:-1] + chr(ord(text[-1]) + 1)


Span = tuple[int, int]  # [start, end) of the characters a search matched in a shown text


@functools.lru_cache(maxsize=4096)
def _syllables(name: str) -> tuple[tuple[str, ...], ...]:
    """Each character's readings in lower case (a non-Chinese character reads as itself). Kept for the names of
    the last few thousand rows marked: a list marks the same rows again as the clerk types on (0.2 ms a name)."""
    from pypinyin import Style, lazy_pinyin, pinyin

    readings = [(s.lower(),) for s in lazy_pinyin(name, errors=lambda chars: list(chars))]
    if name and len(readings) == len(name) and readings[0][0] != name[0].lower():
        readings[0] = tuple(r.lower() for r in pinyin(name[0], heteronym=True, style=Style.NORMAL)[0][:3])
    return tuple(readings)


def _reads_from(readings: tuple[tuple[str, ...], ...], start: int, word: str) -> int | None:
    """The end of the characters from `start` whose pinyin or initials spell `word` (the last one in part)."""
    for initials in (True, False):
        rest, end = word, start
        while rest and end < len(readings):
            fits = [r[:1] if initials else r for r in readings[end] if r]
            part = next((f for f in fits if rest.startswith(f) or f.startswith(rest)), None)
            if part is None:
                break
            rest, end = rest[len(part):], end + 1
        if not rest and end > start:
            return end
    return None


def name_match(text: str, name: str) -> Span | None:
    """Where in `name` what was typed matched: the characters themselves, or those its pinyin or initials spell."""
    word = compact(text)
    if not word or not name:
        return None
    at = name.lower().find(word)
    if at >= 0:
        return at, at + len(word)
    if not word.isascii() or name.isascii() or not any(char.isalpha() for char in word):
        return None  # only a Chinese character's reading adds to the text itself, and a reading has no digit
    readings = _syllables(name)
    for start in range(len(readings)):
        end = _reads_from(readings, start, word)
        if end is not None:
            return start, end
    return None


def digits_match(digits: str, shown: str) -> Span | None:
    """Where `digits` run in a shown phone or number, its separators allowed between them."""
    if not digits:
        return None
    text = shown if shown.isascii() else phone_text(shown)  # what NFKC would leave as it is
    places = [i for i, char in enumerate(text) if char.isdigit()]
    found = "".join(text[i] for i in places).find(digits)
    return None if found < 0 else (places[found], places[found + len(digits) - 1] + 1)
