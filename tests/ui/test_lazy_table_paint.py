"""What a lazy list paints: each cell its own text and each row its own colour, however the view asks for them."""

from types import SimpleNamespace

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from desktop.ui.widgets.lazy_table import Column, LazyTableModel
from desktop.ui.widgets.list_table import list_table

PINK = QColor("#FFC0CB")


def painted(qtbot: object, model: LazyTableModel) -> tuple[object, object]:
    table = list_table("rows", model)
    qtbot.addWidget(table)
    table.resize(400, 200)
    table.show()
    qtbot.waitExposed(table)
    return table, table.viewport().grab().toImage()


def colours_in(picture: object, rect: object) -> set[str]:
    return {picture.pixelColor(x, rect.center().y()).name() for x in range(rect.left() + 2, rect.right() - 2)}


def test_a_row_without_a_colour_keeps_the_plain_ground_next_to_a_coloured_one(qtbot: object) -> None:
    rows = [SimpleNamespace(name=name, flagged=flagged) for name, flagged in
            [("甲", True), ("乙", False), ("丙", True), ("丁", False)]]
    columns = [Column("名称", lambda r: r.name), Column("备注", lambda r: "")]
    model = LazyTableModel(columns, lambda page: rows[page.offset:], lambda r: PINK if r.flagged else None)
    model.reload()
    table, picture = painted(qtbot, model)
    for row in range(4):
        ground = colours_in(picture, table.visualRect(model.index(row, 1)))  # an empty cell: only its ground
        assert (PINK.name() in ground) == rows[row].flagged, row


def test_each_cell_shows_its_own_text_and_alignment(qtbot: object) -> None:
    rows = [SimpleNamespace(name="张三", amount="12")]
    model = LazyTableModel([Column("名称", lambda r: r.name),
                            Column("金额", lambda r: r.amount, align=Qt.AlignmentFlag.AlignRight)],
                           lambda page: rows[page.offset:])
    model.reload()
    assert model.index(0, 0).data() == "张三" and model.index(0, 1).data() == "12"
    assert model.index(0, 1).data(Qt.ItemDataRole.TextAlignmentRole) == int(Qt.AlignmentFlag.AlignRight)
    assert model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is None


def test_a_cell_cut_by_its_column_can_be_read_whole_under_the_pointer(qtbot: object) -> None:
    steps = "班长 同意 11月18日；客服部主任 同意 11月19日；总经理 待审批"
    rows = [SimpleNamespace(steps=steps, note="")]
    model = LazyTableModel([Column("逐级审批", lambda r: r.steps), Column("备注", lambda r: r.note)],
                           lambda page: rows[page.offset:])
    model.reload()
    table, _ = painted(qtbot, model)
    table.setColumnWidth(0, 60)
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == steps
    assert model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole) is None  # an empty cell has nothing to tell
