"""The background a roster cell gets on screen for its kind, the same in the 设置 editor and the 换班 tab."""

from PySide6.QtGui import QColor

from desktop.services.staffing.roster_cells import CellKind

KIND_COLORS = {CellKind.LEAVE: QColor("#FAD7A0"), CellKind.SWAPPED: QColor("#AED6F1")}
