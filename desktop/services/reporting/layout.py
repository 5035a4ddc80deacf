"""What a report shows, as plain data: headline figures, charts and tables. The screen, the PDF and the Excel
workbook all draw from one ReportLayout, so a figure can never differ between them."""

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class ReportTable:
    title: str
    headers: list[str]
    rows: list[list[Any]]
    widths: list[float] | None = None  # relative column widths for print
    total: bool = False  # the last row is a total line
    note: str = ""


@dataclass(frozen=True)
class Chart:
    title: str
    kind: str  # bar | pie
    labels: list[str]
    series: list[tuple[str, list[float]]]  # (name, one value per label); a pie uses the first
    target: float | None = None  # a reference line across a bar chart (the 30-point bar)

    @property
    def empty(self) -> bool:
        return not self.labels or not any(value for _, values in self.series for value in values)


@dataclass
class ReportLayout:
    title: str  # 客服部日报
    period: str  # the period in words
    branch: str
    summary: list[tuple[str, str]]  # headline figures (label, value)
    charts: list[Chart] = field(default_factory=list)
    tables: list[ReportTable] = field(default_factory=list)
    empty: bool = False  # nothing happened in the period
    empty_text: str = ""
    notes: list[str] = field(default_factory=list)  # how figures are counted
    signers: list[str] = field(default_factory=lambda: ["制表", "客服部主任"])
