"""Write any list the program shows to an .xlsx file: Chinese headers, sensible widths, a frozen header row; a
report writes one workbook with a sheet per table."""

import datetime
from collections.abc import Sequence
from pathlib import Path
from typing import Any

HEADER_COLOUR = "DDE4EE"


def _width(value: Any) -> int:
    text = "" if value is None else str(value)
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)  # CJK characters are twice as wide


Sheet = tuple[str, Sequence[str], Sequence[Sequence[Any]]]  # title, headers, rows
FORBIDDEN = str.maketrans({c: "_" for c in "[]:*?/\\"})


def write_sheet(path: str | Path, title: str, headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> Path:
    return write_sheets(path, [(title, headers, rows)])


def _sheet_title(title: str, taken: set[str]) -> str:
    """Excel's rules: at most 31 characters, none of []:*?/\\, unique in the workbook."""
    base = title.translate(FORBIDDEN)[:31] or "Sheet"
    name, number = base, 2
    while name in taken:
        suffix = f"({number})"
        name, number = base[:31 - len(suffix)] + suffix, number + 1
    taken.add(name)
    return name


def write_sheets(path: str | Path, sheets: Sequence[Sheet]) -> Path:
    from openpyxl import Workbook  # imported here: it costs start-up time and is needed only for an export

    book = Workbook(write_only=False)
    book.remove(book.active)
    taken: set[str] = set()
    for title, headers, rows in sheets:
        _fill(book.create_sheet(_sheet_title(title, taken)), headers, rows)
    path = Path(path)
    book.save(path)
    return path


def _fill(sheet: Any, headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    sheet.append(list(headers))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor=HEADER_COLOUR)
        cell.alignment = Alignment(horizontal="center")
    widths = [_width(h) for h in headers]
    for row in rows:
        values = [v if isinstance(v, int | float | datetime.date | datetime.datetime) or v is None else str(v)
                  for v in row]
        sheet.append(values)
        widths = [max(w, _width(v)) for w, v in zip(widths, values, strict=False)]
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = min(max(width + 2, 6), 60)
    sheet.freeze_panes = "A2"
