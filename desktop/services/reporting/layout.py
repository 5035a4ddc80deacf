"""What a report shows, as plain data: headline figures, charts and tables. The screen, the PDF and the Excel
workbook all draw from one ReportLayout, so a figure can never differ between them."""

from dataclasses import dataclass, field
from typing import Any

from desktop.services.errors import Text


@dataclass(frozen=True)
class Figure:
    """A count or measure with its unit: read as text on screen and paper ('2 次', '1.50 个工作日', '25.0%'),
    written to a workbook as the number with the unit in its number format, so that it still sums.

    >>> str(Figure(2, "次")), Figure(2, "次").number_format
    ('2 次', '0" 次"')
    >>> str(Figure(0.25, decimals=1, percent=True)), Figure(0.25, decimals=1, percent=True).number_format
    ('25.0%', '0.0%')
    """

    value: int | float
    unit: str = ""
    decimals: int = 0
    percent: bool = False

    def __str__(self) -> str:
        number = format(self.value, f".{self.decimals}{'%' if self.percent else 'f'}")
        return f"{number} {self.unit}" if self.unit else number

    @property
    def number_format(self) -> str:
        number = "0" + ("." + "0" * self.decimals if self.decimals else "") + ("%" if self.percent else "")
        return f'{number}" {self.unit}"' if self.unit else number


def share(part: float) -> Figure:
    """A share of a whole as a percentage with one decimal: 0.25 reads 25.0%."""
    return Figure(part, decimals=1, percent=True)


@dataclass(frozen=True)
class ReportTable:
    title: str | Text
    headers: list[str]
    rows: list[list[Any]]
    widths: list[float] | None = None  # relative column widths for print
    total: bool = False  # the last row is a total line
    note: str = ""


@dataclass(frozen=True)
class Chart:
    title: str | Text
    kind: str  # bar | pie
    labels: list[str]
    series: list[tuple[str, list[float]]]  # (name, one value per label); a pie uses the first
    target: float | None = None  # a reference line across a bar chart (the 30-point bar)
    colours: tuple[str, ...] = ()  # "#RRGGBB" per series when its meaning has a colour (不满意 red); or the palette
    target_label: str = "目标"  # written beside the reference line

    @property
    def empty(self) -> bool:
        return not self.labels or not any(value for _, values in self.series for value in values)


@dataclass
class ReportLayout:
    title: str  # 客服部日报
    period: str  # the period in words
    branch: str
    summary: list[tuple[str, str | Figure]]  # headline figures (label, value)
    charts: list[Chart] = field(default_factory=list)
    tables: list[ReportTable] = field(default_factory=list)
    empty: bool = False  # nothing happened in the period
    empty_text: str = ""
    notes: list[str] = field(default_factory=list)  # how figures are counted
    signers: list[str] = field(default_factory=lambda: ["制表", "客服部主任"])
