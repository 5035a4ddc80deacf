"""Import customers from a clerk's own spreadsheet: read and vet the file, map its columns, check every row,
then register all valid rows, or none, in short transactions that let other windows save in between."""

import datetime
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

from desktop.models import Staff
from desktop.services import auth, clock
from desktop.services.customers import registration, reservations
from desktop.services.customers.registration import CustomerForm, Draft, DuplicateCustomer, RowRefused
from desktop.services.errors import RuleError, Text, ValidationErrors, as_text, lines, msg

MAX_ROWS = 5000
MAX_COLUMNS = 100  # far more than the fields a clerk's sheet can map
MERGE_CELL = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}mergeCell"
REPORT_EVERY = 10  # rows between two progress reports (a row may have thousands of cells)
Progress = Callable[[str, int, int], None]  # (stage, done, total); total 0: unknown
FIELDS: dict[str, str] = {
    "name": "名称", "phone": "联系电话", "kind": "类型", "salutation": "称呼", "other_phones": "其他电话",
    "wechat_email": "微信/邮箱", "address": "地址", "postcode": "邮编", "legal_person": "企业法人",
    "founded_on": "成立时间", "nature": "企业性质", "employees": "员工人数", "scale": "经营规模", "industry": "行业",
    "registered_capital": "注册资本", "bank_account": "开户银行/账号", "main_contact": "主要联系人",
    "main_contact_title": "联系人职务", "decision_maker": "决策关键人物", "demand": "需求/意向", "budget": "预算",
    "source": "来源", "customer_grade": "客户等级", "credit_grade": "信用等级", "confidentiality": "密级",
    "household_of": "家庭成员", "note": "备注",
}
REQUIRED = ("name", "phone")
SYNONYMS: dict[str, tuple[str, ...]] = {
    "name": ("客户名称", "客户姓名", "姓名", "单位名称", "客户"),
    "phone": ("电话", "手机", "手机号", "手机号码", "电话号码", "联系方式"),
    "salutation": ("称谓",),
    "wechat_email": ("微信", "邮箱", "email", "e-mail"),
    "address": ("地址", "联系地址", "住址"),
    "demand": ("需求", "意向", "欲购户型", "户型"),
    "customer_grade": ("等级", "客户级别"),
    "source": ("客户来源", "渠道"),
    "note": ("说明",),
}
DEFAULTS = {"kind": "person", "source": "walk_in", "customer_grade": "C", "credit_grade": "C",
            "confidentiality": "secret"}  # codes; a sheet may write the choices as the office's words (个人, 机密)
DATE_FIELDS = ("founded_on",)
UNREADABLE = "无法读取该文件：它不是有效的 Excel 工作簿（.xlsx）。请在 Excel 或 WPS 中另存为 .xlsx 后再导入。"


@dataclass
class Sheet:
    name: str
    headers: list[str]
    rows: list[list[Any]]  # data rows, the first one is spreadsheet row 2


@dataclass
class RowCheck:
    row_number: int  # as Excel shows it
    form: CustomerForm
    errors: dict[str, str | Text] = field(default_factory=dict)
    duplicate: str | Text = ""
    pending: str | Text = ""  # a number of another desk's import that is still saving: check again once it has finished
    draft: Draft | None = None  # the row cleaned and keyed, as registered on `checked_on` (reused by the import)
    checked_on: datetime.date | None = None

    @property
    def ok(self) -> bool:
        return not self.errors and not self.duplicate and not self.pending

    def message(self) -> Text:
        if self.duplicate or self.pending:
            return as_text(self.duplicate or self.pending)
        return lines([msg("{field}：{text}", field=FIELDS.get(name, name), text=text)
                      for name, text in self.errors.items()], " ")


@dataclass(frozen=True)
class ImportSummary:
    imported: int
    skipped: int
    numbers: tuple[str, str] | None  # first and last customer number given


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _trimmed(values: list[list[Any]]) -> list[list[Any]]:
    """Without the blank rows at the end and the blank columns on the right."""
    while values and all(_blank(value) for value in values[-1]):
        values = values[:-1]
    width = max((index + 1 for row in values for index, value in enumerate(row) if not _blank(value)), default=0)
    return [row[:width] for row in values]


def _rows(sheet: Any, progress: Progress | None) -> list[list[Any]]:
    """The first MAX_COLUMNS columns of every row, refusing a sheet with data below its first MAX_ROWS rows."""
    total = min(sheet.max_row or 0, MAX_ROWS + 1)  # as the file declares it: only for the progress bar
    sheet.reset_dimensions()  # read every row there is, whatever the file declares
    values: list[list[Any]] = []
    for row in sheet.iter_rows(max_col=MAX_COLUMNS, values_only=True):
        if len(values) > MAX_ROWS:
            if not all(_blank(value) for value in row):
                raise RuleError("表格超过 {MAX_ROWS} 行，请分成每份不超过 {MAX_ROWS} 行的文件分批导入。",
                                "file", MAX_ROWS=MAX_ROWS)
            continue
        values.append(list(row))
        if progress and len(values) % REPORT_EVERY == 0:
            progress("正在读取表格", len(values), max(total, len(values)))
    if progress:
        progress("正在读取表格", len(values), len(values))
    return values


def _merged_ranges(book: Any, sheet: Any) -> list[str]:
    """openpyxl's read-only sheets skip the merged ranges, so they are read from the sheet's XML (after its rows)."""
    found = []
    with book._archive.open(sheet._worksheet_path) as source:
        for _, element in ElementTree.iterparse(source):
            if element.tag == MERGE_CELL:
                found.append(element.get("ref"))
            element.clear()
    return found


def read_workbook(path: str | Path, progress: Progress | None = None) -> Sheet:
    """The first worksheet's header row and data rows; refuses files the import cannot read faithfully.

    Read in openpyxl's read-only mode, bounded by MAX_ROWS and MAX_COLUMNS (columns further right are not read),
    so that a sheet formatted across all 16 384 columns costs no more than its data; slow: run it off the
    window's thread."""
    from openpyxl import load_workbook  # imported here: it costs start-up time and is needed only to import
    from openpyxl.utils.exceptions import InvalidFileException

    path = Path(path)
    if path.suffix.lower() not in (".xlsx", ".xlsm"):
        raise RuleError("只能导入 .xlsx 格式的 Excel 文件（旧的 .xls 或 .csv 请先在 Excel 中另存为 .xlsx）。", "file")
    try:
        book = load_workbook(path, read_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError) as error:
        raise RuleError(UNREADABLE, "file") from error
    try:
        sheet = book.worksheets[0]
        values = _trimmed(_rows(sheet, progress))
        merged = _merged_ranges(book, sheet)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, ElementTree.ParseError) as error:
        raise RuleError(UNREADABLE, "file") from error
    finally:
        book.close()
    if merged:
        raise RuleError("表格中有合并单元格（{value}），请取消合并、让每行一位客户后再导入。",
                        "file", value=', '.join(merged[:3]))
    for number, row in enumerate(values, start=1):
        for column, value in enumerate(row, start=1):
            if isinstance(value, str) and value.startswith("="):
                raise RuleError("第 {number} 行第 {column} 列是公式，"
                                "请先把公式转换为数值（复制 → 选择性粘贴 → 数值）再导入。",
                                "file", number=number, column=column)
    if len(values) < 2:
        raise RuleError("表格是空的：第一行应为列标题，从第二行起每行一位客户。", "file")
    headers = [str(h).strip() if h is not None and str(h).strip() else str(msg("第{number}列", number=i))
               for i, h in enumerate(values[0], start=1)]
    return Sheet(sheet.title, headers, values[1:])


def guess_mapping(headers: list[str]) -> dict[str, int]:
    """Field -> column index, from the headers a clerk's spreadsheet usually has."""
    mapping: dict[str, int] = {}
    for index, header in enumerate(headers):
        text = header.replace(" ", "").replace("*", "").lower()
        for name, title in FIELDS.items():
            if name not in mapping and (text == title.lower() or text in SYNONYMS.get(name, ())):
                mapping[name] = index
                break
    return mapping


def _cell(value: Any, name: str) -> Any:
    if value is None:
        return ""
    if isinstance(value, datetime.datetime | datetime.date):
        day = value.date() if isinstance(value, datetime.datetime) else value
        return day if name in DATE_FIELDS else day.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # phones and counts typed into number cells
    return str(value).strip()


def _form(row: list[Any], mapping: dict[str, int]) -> CustomerForm:
    values = {name: _cell(row[index] if index < len(row) else None, name) for name, index in mapping.items()}
    for name, default in DEFAULTS.items():
        if not values.get(name):
            values[name] = default
    return CustomerForm(**values)


def check(actor: Staff, sheet: Sheet, mapping: dict[str, int], today: datetime.date | None = None) -> list[RowCheck]:
    """Every row checked as `actor`'s registration would be, plus numbers repeated within the file. Each row is
    cleaned and keyed once (the import reuses the draft); the numbers already registered are found with one query
    for the whole sheet, and only the rows holding one are looked at again to say who registered it. A row with a
    number that another desk's unfinished import holds is `pending`: neither imported nor a duplicate yet."""
    missing = [FIELDS[name] for name in REQUIRED if name not in mapping]
    if missing:
        raise RuleError("请为「{value}」选择表格中的对应列。", "mapping", value='」「'.join(missing))
    today = today or clock.today()
    results = [RowCheck(offset + 2, _form(row, mapping), checked_on=today) for offset, row in enumerate(sheet.rows)]
    for result in results:
        try:
            result.draft = registration.draft(result.form, datetime.datetime.combine(today, datetime.time()))
        except ValidationErrors as error:
            result.errors = dict(error.texts)
        except RuleError as error:
            result.errors = {error.field or "name": error.text}
    keys = [key for result in results if result.draft for key in result.draft.keys]
    taken, held = registration.registered_keys(keys), reservations.holders(keys)
    seen: dict[str, int] = {}
    for result in results:
        if result.draft is None:
            continue
        if waiting := next((held[key] for key in result.draft.keys if key in held), None):
            result.pending = waiting
            continue
        try:
            keys = registration.vet(actor, result.draft, today, taken)
        except DuplicateCustomer as error:
            result.duplicate = error.text
        except RuleError as error:
            result.errors = {error.field or "name": error.text}
        else:
            earlier = next((seen[k] for k in keys if k in seen), None)
            if earlier is not None:
                result.duplicate = msg("与本表第 {number} 行的电话相同，视为同一客户。", number=earlier)
            seen.update({k: result.row_number for k in keys})
    return results


def _refused(result: RowCheck, error: RuleError) -> RuleError:
    return RuleError("第 {row_number} 行：{message2} 本次没有导入任何客户。",
                     row_number=result.row_number, message2=error.message)


def import_rows(actor: Staff, checks: list[RowCheck], now: datetime.datetime | None = None,
                progress: Progress | None = None) -> ImportSummary:
    """Register every valid row, or none: each row is checked and prepared first without holding the write lock,
    then they are numbered and stored in batches of short transactions (registration.register_many)."""
    auth.require(actor, "customers.register")
    good = [result for result in checks if result.ok]
    if not good:
        raise RuleError("没有可以导入的行。")
    now = now or clock.now()
    drafts = []
    for done, result in enumerate(good, start=1):
        try:  # the draft of check() stands unless the day changed since (dates are checked against the day)
            same_day = result.draft is not None and result.checked_on == now.date()
            drafts.append(result.draft if same_day else registration.draft(result.form, now))
        except RuleError as error:
            raise _refused(result, error) from error
        if progress and (done % REPORT_EVERY == 0 or done == len(good)):
            progress("正在检查每一行", done, len(good))
    saved = (lambda count: progress("正在保存", count, len(drafts))) if progress else None
    try:
        customers = registration.register_many(actor, drafts, now, saved)
    except RowRefused as refused:
        raise _refused(good[refused.index], refused) from refused
    return ImportSummary(len(good), len(checks) - len(good), (customers[0].number, customers[-1].number))
