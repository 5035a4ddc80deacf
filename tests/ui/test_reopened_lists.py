"""A list opened again, its columns and sort put back where the person left them, reads its first page once: the
sort put back is the one it already has."""

from pytestqt.qtbot import QtBot

from desktop.services.complaints import lists
from desktop.ui.complaints.tab import ComplaintsTab
from desktop.ui.widgets import window_places


def test_reopened_complaints_read_their_first_page_once(office_data, supervisor, qtbot: QtBot, monkeypatch) -> None:
    window_places.serve(supervisor)
    first = ComplaintsTab(supervisor)
    qtbot.addWidget(first)
    first.show()
    qtbot.waitExposed(first)
    first.table.sortByColumn(0, first.table.horizontalHeader().sortIndicatorOrder())  # by number: kept on close
    first.close()  # its columns and sort are kept
    pages = []
    real_page = lists.page
    monkeypatch.setattr(lists, "page", lambda *args, **kwargs: pages.append(args) or real_page(*args, **kwargs))
    again = ComplaintsTab(supervisor)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert len(pages) == 1
    assert again.model.sort_key_of(again.table.horizontalHeader().sortIndicatorSection()) == "number"
