"""How a lazy list reads its rows: a long list its first two screens at once, the rest a page at a time as the
view is scrolled to the end of what is loaded."""

from desktop.services.paging import Page
from desktop.ui.widgets.lazy_table import FIRST_PAGE, Column, LazyTableModel
from desktop.ui.widgets.list_table import list_table


def _model(rows: int, first_page: int | None) -> tuple[LazyTableModel, list[Page]]:
    asked: list[Page] = []

    def fetch(page: Page) -> list[int]:
        asked.append(page)
        start = page.offset if page.after is None else page.after + 1
        return list(range(start, min(start + page.limit, rows)))

    return LazyTableModel([Column("序号", str)], fetch, first_page=first_page), asked


def test_a_long_list_reads_its_first_screens_then_a_page_after_the_last_row(qtbot: object) -> None:
    model, asked = _model(1000, FIRST_PAGE)
    model.reload()
    assert model.rowCount() == FIRST_PAGE and asked == [Page(0, FIRST_PAGE)]
    table = list_table("rows", model)
    qtbot.addWidget(table)
    table.resize(400, 300)
    table.show()
    qtbot.waitExposed(table)
    assert model.rowCount() == FIRST_PAGE  # two screens of a large window fill this one: nothing more is read
    table.verticalScrollBar().setValue(table.verticalScrollBar().maximum())
    qtbot.waitUntil(lambda: model.rowCount() == FIRST_PAGE + LazyTableModel.PAGE_SIZE, timeout=2000)
    assert asked[1] == Page(FIRST_PAGE, LazyTableModel.PAGE_SIZE, FIRST_PAGE - 1)
    assert [model.row_at(row) for row in range(model.rowCount())] == list(range(FIRST_PAGE + 200))


def test_a_list_shorter_than_its_first_page_reads_nothing_more(qtbot: object) -> None:
    model, asked = _model(FIRST_PAGE - 1, FIRST_PAGE)
    model.reload()
    assert model.rowCount() == FIRST_PAGE - 1 and not model.canFetchMore(model.index(-1, -1))
    model.fetchMore(model.index(-1, -1))
    assert len(asked) == 1


def test_a_list_without_a_first_page_reads_a_whole_page_first(qtbot: object) -> None:
    model, asked = _model(1000, None)
    model.reload()
    assert model.rowCount() == LazyTableModel.PAGE_SIZE and asked == [Page(0, LazyTableModel.PAGE_SIZE)]
