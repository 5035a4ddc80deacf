"""Write any list the program shows to an .xlsx file: Chinese headers, sensible widths, a frozen header row."""

import datetime
from collections.abc import Sequence
from pathlib import Path
from typing import Any

HEADER_COLOUR = "DDE4EE"


def _width(value: Any) -> int:
    text = "" if value is None else str(value)
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)  # CJK characters are twice as wide


def write_sheet(path: str | Path, title: str, headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> Path:
    from openpyxl import Workbook  # imported here: it costs start-up time and is needed only for an export
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    book = Workbook(write_only=False)
    sheet = book.active
    sheet.title = title[:31]
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
    path = Path(path)
    book.save(path)
    return path
