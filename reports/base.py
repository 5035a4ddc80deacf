"""Page, font, styles, the page template (header and footer on every page) and table helpers for every PDF."""

import datetime
import io
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from reportlab.lib import colors, textsplit
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    LayoutError,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
    paragraph,
)

from desktop.paths import FONT_FILE
from desktop.services import clock
from desktop.services.dates import day_text, moment_text, short_day  # noqa: F401 - every form's dates
from desktop.services.errors import RuleError

FONT = "CJK"
MARGIN = 15 * mm
GRID = colors.HexColor("#444444")
SHADE = colors.HexColor("#EEF1F5")

pdfmetrics.registerFont(TTFont(FONT, str(FONT_FILE)))
# ReportLab's CJK wrapping keeps Japanese punctuation off the start of a line; Chinese text needs its full-width
# comma, semicolon, colon, marks and closing quotes kept off too (GB/T 15834)
for _wrapper in (textsplit, paragraph):  # one-piece paragraphs wrap in textsplit, the others in paragraph
    _wrapper.ALL_CANNOT_START += "".join(mark for mark in "，；：！？》〉”’" if mark not in _wrapper.ALL_CANNOT_START)

CELL_SIZE, CELL_LEADING = 9, 12
STYLES = {
    "title": ParagraphStyle("title", fontName=FONT, fontSize=16, leading=22, alignment=TA_CENTER, spaceAfter=4),
    "subtitle": ParagraphStyle("subtitle", fontName=FONT, fontSize=10, leading=14, alignment=TA_CENTER,
                               textColor=colors.HexColor("#555555"), spaceAfter=6),
    "heading": ParagraphStyle("heading", fontName=FONT, fontSize=12, leading=17, spaceBefore=8, spaceAfter=4),
    "body": ParagraphStyle("body", fontName=FONT, fontSize=10, leading=15, wordWrap="CJK"),
    "cell": ParagraphStyle("cell", fontName=FONT, fontSize=CELL_SIZE, leading=CELL_LEADING, wordWrap="CJK"),
    "cell_head": ParagraphStyle("cell_head", fontName=FONT, fontSize=9, leading=12, wordWrap="CJK",
                                alignment=TA_CENTER),
    "small": ParagraphStyle("small", fontName=FONT, fontSize=8, leading=11, wordWrap="CJK",
                            textColor=colors.HexColor("#555555")),
}


def para(text: Any, style: str = "cell") -> Paragraph:
    """A wrapped paragraph of plain text (escaped, newlines kept)."""
    value = "" if text is None else str(text)
    value = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")
    return Paragraph(value, STYLES[style])


def _grid_style(header_rows: int) -> list[tuple]:
    style = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if header_rows:
        style.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), SHADE))
    return style


CELL_PADDING = 6  # ReportLab's default left and right padding of a table cell


def _cell(value: Any, width: float | None) -> Paragraph | str:
    """A body cell: plain text when it fits its column on one line (ReportLab lays a string out many times faster
    than a paragraph, and most cells of a report are a number or a name), else a wrapped paragraph."""
    text = "" if value is None else str(value)
    if width is not None and "\n" not in text and (
            pdfmetrics.stringWidth(text, FONT, CELL_SIZE) <= width - 2 * CELL_PADDING):
        return text
    return para(text)


def data_table(headers: Sequence[str], rows: Sequence[Sequence[Any]], widths: Sequence[float] | None = None,
               extra_style: Sequence[tuple] = (), flowing: bool = False) -> Table:
    """A list table that splits across pages with its header repeated; every cell wraps. A `flowing` table's rows
    run on across pages like a long text does (for cells that may be longer than a page)."""
    columns = list(widths) if widths is not None else [None] * len(headers)
    body = [[para(h, "cell_head") for h in headers]] + [
        [_cell(v, w) for v, w in zip(row, columns, strict=False)] for row in rows]
    if not rows:
        body.append([para("（无）")] + [""] * (len(headers) - 1))
    table = Table(body, colWidths=widths, repeatRows=1, splitInRow=1 if flowing else 0)
    # a plain-text cell reads as a paragraph cell would
    style = [*_grid_style(1), ("FONTSIZE", (0, 0), (-1, -1), CELL_SIZE), ("LEADING", (0, 0), (-1, -1), CELL_LEADING)]
    if not rows:
        style.append(("SPAN", (0, 1), (-1, 1)))
    if flowing:  # a row split across pages says on its first page whose it is
        style.append(("VALIGN", (0, 1), (-1, -1), "TOP"))
    table.setStyle(TableStyle(style + list(extra_style)))
    return table


def field_grid(pairs: Sequence[tuple[str, Any]], columns: int = 2, width: float | None = None,
               label_width: float = 24 * mm) -> Table:
    """Label/value boxes like a paper form: `columns` label-value pairs per row."""
    width = width or A4[0] - 2 * MARGIN
    widest = max((_text_width(part) for label, _ in pairs for part in str(label).split("\n")), default=0)
    label_w = max(label_width, min(widest + 2 * CELL_PADDING + 1, width / columns / 2))  # a label on one line
    value_w = width / columns - label_w
    rows, row = [], []
    for label, value in pairs:
        row += [para(label, "cell_head"), para(value)]
        if len(row) == 2 * columns:
            rows.append(row)
            row = []
    if row:
        row += [""] * (2 * columns - len(row))
        rows.append(row)
    table = Table(rows, colWidths=[label_w, value_w] * columns)
    style = _grid_style(0)
    style += [("BACKGROUND", (c, 0), (c, -1), SHADE) for c in range(0, 2 * columns, 2)]
    table.setStyle(TableStyle(style))
    return table


PIECE_HEIGHT = 25 * mm  # a long box is cut into rows of at most this much text, so that it runs on across pages
WRITING_LINE = 7 * mm  # one handwritten line: an empty box is so many of these tall
PEN_BOX = 18 * mm  # the least an empty free-text box is tall: two or three lines by hand


def _pieces(text: Paragraph, width: float) -> list[Paragraph]:
    """`text` cut into paragraphs of at most PIECE_HEIGHT each (one when it fits)."""
    pieces, rest = [], text
    while rest.wrap(width, PIECE_HEIGHT)[1] > PIECE_HEIGHT:
        parts = rest.split(width, PIECE_HEIGHT)
        if len(parts) < 2:
            break
        pieces.append(parts[0])
        rest = parts[1]
    return [*pieces, rest]


def _text_width(text: str) -> float:
    return pdfmetrics.stringWidth(text, FONT, CELL_SIZE)


def _broken_label(label: str, room: float) -> str:
    """A label too long for its cell broken after its enumeration commas (客户意见、/建议、希望), not inside a word."""
    if "\n" in label or _text_width(label) <= room:
        return label
    lines = [""]
    for word in re.findall(r"[^、/]+[、/]?", label):
        if lines[-1] and _text_width(lines[-1] + word) > room:
            lines.append("")
        lines[-1] += word
    return "\n".join(lines)


def wide_field(label: str, value: Any, lines: int = 3, width: float | None = None,
               label_width: float = 24 * mm) -> Table:
    """One label with a full-width box for long text (content, opinions, results): `lines` handwritten lines tall
    when empty (a box of two lines or more at least PEN_BOX), taller when its text or label needs it; text longer
    than a page runs on across pages inside the same box."""
    width = width or A4[0] - 2 * MARGIN
    label_w = label_width
    pieces = _pieces(para(value), width - label_w - 12)
    head = para(_broken_label(label, label_w - 2 * CELL_PADDING), "cell_head")
    rows = [[head if index == 0 else "", piece] for index, piece in enumerate(pieces)]
    heights = None
    if len(pieces) == 1:
        needed = (piece.wrap(room, PIECE_HEIGHT)[1] + 8 for piece, room in ((head, label_w - 12),
                                                                              (pieces[0], width - label_w - 12)))
        heights = [max(lines * WRITING_LINE, PEN_BOX if lines >= 2 else 0, *needed)]
    table = Table(rows, colWidths=[label_w, width - label_w], rowHeights=heights)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT), ("BOX", (0, 0), (-1, -1), 0.5, GRID),
        ("LINEAFTER", (0, 0), (0, -1), 0.5, GRID), ("BACKGROUND", (0, 0), (0, -1), SHADE),
        ("LINEBELOW", (0, "splitlast"), (-1, "splitlast"), 0.5, GRID),
        ("VALIGN", (0, 0), (0, -1), "MIDDLE"), ("VALIGN", (1, 0), (1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, 0), 3), ("BOTTOMPADDING", (0, -1), (-1, -1), 3)]))
    return table


def choice_marks(options: Sequence[str] | Mapping[str, str], chosen: str | None) -> str:
    """'■ 优良  □ 良好 …': the paper form's tick boxes with the chosen one filled; `options` maps stored codes to the
    words printed when the choice is stored as a code."""
    pairs = options.items() if isinstance(options, Mapping) else [(option, option) for option in options]
    return "  ".join(("■ " if code == chosen else "□ ") + word for code, word in pairs)


def decision_table(who: str, rows: Sequence[Sequence[Any]], pen_room: float = 0) -> Table:
    """Each approver's 意见, 备注, name and time, one row per level; the remark wraps in the widest column, and
    `pen_room` above and below each row leaves room for a decision by pen."""
    fixed = [24 * mm, 30 * mm, 22 * mm, 37 * mm]
    widths = [fixed[0], fixed[1], content_width() - sum(fixed), fixed[2], fixed[3]]
    room = [("TOPPADDING", (0, 1), (-1, -1), pen_room), ("BOTTOMPADDING", (0, 1), (-1, -1), pen_room)]
    return data_table([who, "意见", "备注", "审批人", "时间"], rows, widths, room if pen_room else ())


def signature_lines(labels: Sequence[str], width: float | None = None) -> Table:
    """签字 and 日期 places, one column per signer."""
    width = width or A4[0] - 2 * MARGIN
    cells = [[para(f"{label}：________________", "body") for label in labels],
             [para("日期：____年____月____日", "body") for _ in labels]]
    table = Table(cells, colWidths=[width / len(labels)] * len(labels))
    table.setStyle(TableStyle([("TOPPADDING", (0, 0), (-1, -1), 6)]))
    return table


def heading(title: str, subtitle: str = "") -> list[Flowable]:
    """A form's title, and its subtitle (number, copy) when it has one."""
    return [para(title, "title")] + ([para(subtitle, "subtitle")] if subtitle else [])


def gap(height_mm: float = 4) -> Spacer:
    return Spacer(1, height_mm * mm)


class RunningHead(Flowable):
    """Takes no room: from the page it is drawn on, the running head reads `text` (each copy of a five-copy form
    names its copy on every one of its pages)."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def wrap(self, *_: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv.running_head = self.text


class _NumberedCanvas(Canvas):
    """Draws 'page x / y' once the total is known."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self.setFont(FONT, 8)
            width = self._pagesize[0]
            self.drawRightString(width - MARGIN, 8 * mm, f"第 {self._pageNumber} 页 / 共 {total} 页")
            super().showPage()
        super().save()


def build_pdf(target: str | Path | io.BytesIO, title: str, story: list[Flowable], branch: str = "",
              subtitle: str = "", wide: bool = False, printed_at: datetime.datetime | None = None,
              header: str = "") -> None:
    """Write `story` as an A4 PDF (landscape when `wide`) with the branch, title (or `header`, e.g. the title
    with its period, or the latest RunningHead of the story) and printed-at on every page."""
    pagesize = landscape(A4) if wide else A4
    printed = moment_text(printed_at or clock.now())

    def decorate(canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 8)
        canvas.setFillColor(colors.HexColor("#555555"))
        head = getattr(canvas, "running_head", None) or header or title
        canvas.drawString(MARGIN, pagesize[1] - 10 * mm, f"{branch}  {head}".strip())
        canvas.drawString(MARGIN, 8 * mm, f"打印时间：{printed}")
        canvas.setStrokeColor(colors.HexColor("#999999"))
        canvas.line(MARGIN, pagesize[1] - 11.5 * mm, pagesize[0] - MARGIN, pagesize[1] - 11.5 * mm)
        canvas.restoreState()

    doc = BaseDocTemplate(
        target if isinstance(target, io.BytesIO) else str(target), pagesize=pagesize, title=title,
        author=branch or "客服台", leftMargin=MARGIN, rightMargin=MARGIN, topMargin=16 * mm, bottomMargin=14 * mm)
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")
    # drawn at the page's end, so that a RunningHead on the page counts from its first page
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPageEnd=decorate)])
    try:
        doc.build(heading(title, subtitle) + story, canvasmaker=_NumberedCanvas)
    except LayoutError as error:  # a box the story could not split (the wide boxes run on across pages)
        raise RuleError("有一栏内容太长，一页放不下，无法打印；请缩短后再打印。") from error


def content_width(wide: bool = False) -> float:
    return (landscape(A4) if wide else A4)[0] - 2 * MARGIN
