"""The reports' charts as ReportLab drawings (bar and pie), so they print sharp and the screen shows the same
picture."""

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.lib import colors
from reportlab.lib.units import mm

from desktop.services.reporting.layout import Chart
from reports.base import FONT

PALETTE = [colors.HexColor(c) for c in ("#4E79A7", "#F28E2B", "#59A14F", "#E15759", "#76B7B2", "#EDC948",
                                        "#B07AA1", "#FF9DA7", "#9C755F", "#BAB0AC")]
HEIGHT = 62 * mm
TITLE_SPACE = 14
LEGEND_WIDTH = 80


def _nice_top(value: float) -> tuple[float, float]:
    """An axis maximum a little above `value` and a round step."""
    top = max(value, 1) * 1.1
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10_000, 20_000, 50_000):
        if top / step <= 8:
            return step * -(-top // step), step
    return top, top / 5


def _colours(chart: Chart) -> list[colors.Color]:
    return [colors.HexColor(c) for c in chart.colours] or PALETTE


def _legend(x: float, y: float, names: list[str], palette: list[colors.Color] = PALETTE) -> Legend:
    legend = Legend()
    legend.x, legend.y = x, y
    legend.fontName, legend.fontSize = FONT, 8
    legend.alignment = "right"
    legend.columnMaximum = 10
    legend.colorNamePairs = list(zip(palette, names, strict=False))
    return legend


def _title(drawing: Drawing, chart: Chart) -> None:
    drawing.add(String(drawing.width / 2, drawing.height - 11, str(chart.title), fontName=FONT, fontSize=10,
                       textAnchor="middle"))


def _bar(chart: Chart, width: float) -> Drawing:
    drawing = Drawing(width, HEIGHT)
    _title(drawing, chart)
    bars = VerticalBarChart()
    bars.x = 32
    bars.width = width - bars.x - (LEGEND_WIDTH if len(chart.series) > 1 else 40 if chart.target else 12)
    longest = max((len(label) for label in chart.labels), default=0)
    crowded = len(chart.labels) * (longest * 8 + 6) > bars.width  # the labels would not fit side by side
    dense = len(chart.labels) > 30
    bars.y = (32 if dense else 44) if crowded else 22
    bars.height = HEIGHT - bars.y - TITLE_SPACE - 6
    bars.data = [tuple(values) for _, values in chart.series]
    top, step = _nice_top(max([v for _, values in chart.series for v in values] + [chart.target or 0]))
    bars.valueAxis.valueMin, bars.valueAxis.valueMax, bars.valueAxis.valueStep = 0, top, step
    bars.valueAxis.labels.fontName, bars.valueAxis.labels.fontSize = FONT, 7
    bars.categoryAxis.categoryNames = chart.labels
    labels = bars.categoryAxis.labels
    labels.fontName, labels.fontSize = FONT, 8
    if crowded:
        labels.angle, labels.boxAnchor, labels.dx, labels.dy = (90, "e", 0, -2) if dense else (40, "ne", 2, -2)
        labels.fontSize = 5 if dense else 7
    bars.barSpacing, bars.groupSpacing = 1, 4
    palette = _colours(chart)
    for index in range(len(chart.series)):
        bars.bars[index].fillColor = palette[index % len(palette)]
        bars.bars[index].strokeColor = None
    drawing.add(bars)
    if chart.target is not None:
        y = bars.y + bars.height * chart.target / top
        drawing.add(Line(bars.x, y, bars.x + bars.width, y, strokeColor=colors.HexColor("#C0392B"),
                         strokeWidth=1, strokeDashArray=[4, 2]))
        drawing.add(String(bars.x + bars.width + 2, y - 3, f"{chart.target_label} {chart.target:g}", fontName=FONT,
                           fontSize=7, fillColor=colors.HexColor("#C0392B")))
    if len(chart.series) > 1:
        drawing.add(_legend(width - LEGEND_WIDTH + 14, bars.y + bars.height, [name for name, _ in chart.series],
                            palette))
    return drawing


def _pie(chart: Chart, width: float) -> Drawing:
    drawing = Drawing(width, HEIGHT)
    _title(drawing, chart)
    values = chart.series[0][1]
    total = sum(values) or 1
    shown = [(label, value) for label, value in zip(chart.labels, values, strict=True) if value]
    pie = Pie()
    size = min(HEIGHT - TITLE_SPACE - 16, width / 2 - 24)  # in a third of a landscape page too, left of its legend
    pie.x, pie.y, pie.width, pie.height = width / 2 - size - 10, 8 + (HEIGHT - TITLE_SPACE - 16 - size) / 2, size, size
    pie.data = [value for _, value in shown]
    pie.labels = None
    pie.slices.strokeColor = colors.white
    for index in range(len(shown)):
        pie.slices[index].fillColor = PALETTE[index % len(PALETTE)]
    drawing.add(pie)
    legend = _legend(width / 2 + 10, 8 + size, [f"{label}  {value:g}（{value / total:.0%}）" for label, value in shown])
    legend.alignment = "right"
    drawing.add(legend)
    return drawing


def drawing(chart: Chart, width: float) -> Drawing:
    return _pie(chart, width) if chart.kind == "pie" else _bar(chart, width)
