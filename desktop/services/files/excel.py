"""Write any list the program shows to an .xlsx file: a title (what, when, by whom, which filters) above the
headers, sensible widths, a frozen header row with an autofilter; a report writes one workbook with a sheet per table.
Numbers and dates stay numbers and dates, text that Excel would take for a formula stays text, and no character can
make the file fail.

Rows are streamed into openpyxl's write-only workbook, so a list of 100 000 rows is written in constant memory;
the column widths come from the header and the first WIDTH_SAMPLE rows."""

import contextlib
import datetime
import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from desktop.services.files import whole_file

HEADER_COLOUR = "DDE4EE"
TYPED = (int, float, Decimal, datetime.date, datetime.datetime, datetime.time)
FORMULA_START = ("=", "+", "-", "@")  # Excel reads a cell starting so as a formula
# what XML 1.0 cannot hold (openpyxl's ILLEGAL_CHARACTERS_RE, and lone surrogates and U+FFFE/U+FFFF besides)
UNWRITABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
MAX_CELL_TEXT = 32_767  # Excel's limit for one cell
MOMENT, DAY = "yyyy-mm-dd hh:mm", "yyyy-mm-dd"  # as the office writes them
WIDTH_SAMPLE = 2000  # rows read ahead to size the columns (a write-only sheet takes widths before its rows)


@dataclass(frozen=True)
class Formatted:
    """A number or date written with an Excel number format, e.g. 2 with '0" 次"' shows as 2 次 and sums as 2."""

    value: int | float | Decimal | datetime.date | datetime.datetime
    number_format: str


def _width(value: Any) -> int:
    value = value.value if isinstance(value, Formatted) else value
    text = "" if value is None else str(value)
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)  # CJK characters are twice as wide


Sheet = tuple[str, Sequence[str], Iterable[Sequence[Any]]]  # title, headers, rows (read once, in order)


@dataclass(frozen=True)
class Heading:
    """The rows above a sheet's headers: what it is, then when and by whom it was exported and with which filters."""

    title: str
    details: str


HEADING_ROWS = 2  # the title, the details
HEADER_ROW = HEADING_ROWS + 1
FIRST_ROW = HEADER_ROW + 1  # of the data


def long_date(day: datetime.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"
FORBIDDEN = str.maketrans({c: "_" for c in "[]:*?/\\"})


def writable(value: Any) -> str:
    """The text of a cell or a sheet title without what the file format cannot hold."""
    return UNWRITABLE.sub("", str(value))[:MAX_CELL_TEXT]


def write_sheet(path: str | Path, title: str, headers: Sequence[str], rows: Iterable[Sequence[Any]],
                top: Heading | None = None) -> Path:
    return write_sheets(path, [(title, headers, rows)], top)


def _sheet_title(title: str, taken: set[str]) -> str:
    """Excel's rules: at most 31 characters, none of []:*?/\\, unique in the workbook."""
    base = writable(title).translate(FORBIDDEN)[:31] or "Sheet"
    name, number = base, 2
    while name in taken:
        suffix = f"({number})"
        name, number = base[:31 - len(suffix)] + suffix, number + 1
    taken.add(name)
    return name


def write_sheets(path: str | Path, sheets: Sequence[Sheet], top: Heading | None = None) -> Path:
    """Each sheet under the same heading (by default its own title with no details), as a whole file
    (`whole_file.written`): a failed export keeps the file it would have replaced."""
    from openpyxl import Workbook  # imported here: it costs start-up time and is needed only for an export

    book = Workbook(write_only=True)

    def write(part: Path) -> None:
        taken: set[str] = set()
        for title, headers, rows in sheets:
            _fill(book.create_sheet(_sheet_title(title, taken)), headers, rows,
                  top if top is not None else Heading(title, ""), title if top is not None else "")
        book.save(part)

    try:
        return whole_file.written(Path(path), write)
    except BaseException:
        _discard(book)
        raise


def _discard(book: Any) -> None:
    """The sheets of a workbook that will not be saved, closed and their temporary files removed now: openpyxl
    keeps them until the program ends (a failed export of 100 000 rows would hold its rows on the disk)."""
    for sheet in book.worksheets:
        with contextlib.suppress(OSError, ValueError):
            if sheet._rows is not None:  # the sheet's rows being written: closed before the file under them
                sheet._rows.close()
            if sheet._writer is not None:
                sheet._writer.close()
                sheet._writer.cleanup()


def _cell(sheet: Any, value: Any) -> Any:
    """One cell: a number or date as itself, anything else as text (never as a formula)."""
    from openpyxl.cell import WriteOnlyCell

    if isinstance(value, Formatted):
        cell = WriteOnlyCell(sheet, value.value)
        cell.number_format = value.number_format
        return cell
    if value is None or isinstance(value, TYPED):
        cell = WriteOnlyCell(sheet, value)
        if isinstance(value, datetime.date):
            cell.number_format = MOMENT if isinstance(value, datetime.datetime) else DAY
        return cell
    cell = WriteOnlyCell(sheet, writable(value))
    cell.data_type = "s"
    if cell.value.startswith(FORMULA_START):
        cell.quotePrefix = True
    return cell


def _plain(value: Any) -> bool:
    """A value written as it is, with no cell object of its own: empty, a number, or text that cannot be taken
    for a formula and holds nothing the format cannot (most of a list)."""
    if value is None or (isinstance(value, int | float | Decimal) and not isinstance(value, bool)):
        return True
    return (isinstance(value, str) and not value.startswith(FORMULA_START) and len(value) <= MAX_CELL_TEXT
            and not UNWRITABLE.search(value))


def _put_heading(sheet: Any, top: Heading, part: str, columns: int) -> None:
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    title = f"{top.title} — {part}" if part and part != top.title else top.title
    for row, (text, font) in enumerate([(title, Font(bold=True, size=14)), (top.details, Font(color="555555"))], 1):
        cell = _cell(sheet, text)
        cell.font = font
        cell.alignment = Alignment(horizontal="left", vertical="center")
        sheet.append([cell])
        if columns > 1:
            sheet.merged_cells.add(f"A{row}:{get_column_letter(columns)}{row}")


def _fill(sheet: Any, headers: Sequence[str], rows: Iterable[Sequence[Any]], top: Heading, part: str) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    rows = iter(rows)
    sample = list(itertools.islice(rows, WIDTH_SAMPLE))
    widths = [_width(h) for h in headers]
    for row in sample:
        widths = [max(w, _width(v)) for w, v in zip(widths, row, strict=False)]
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = min(max(width + 2, 6), 60)
    sheet.freeze_panes = f"A{FIRST_ROW}"
    _put_heading(sheet, top, part, len(headers))
    header_cells = []
    for header in headers:
        cell = _cell(sheet, header)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor=HEADER_COLOUR)
        cell.alignment = Alignment(horizontal="center")
        header_cells.append(cell)
    sheet.append(header_cells)
    written = len(sample)
    for row in sample:
        sheet.append([value if _plain(value) else _cell(sheet, value) for value in row])
    sample.clear()
    for row in rows:
        sheet.append([value if _plain(value) else _cell(sheet, value) for value in row])
        written += 1
    if headers:
        last = get_column_letter(len(headers))
        sheet.auto_filter.ref = f"A{HEADER_ROW}:{last}{HEADER_ROW + max(written, 1)}"
    sheet.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
