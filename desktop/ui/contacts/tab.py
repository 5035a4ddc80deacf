"""The 拜访记录 tab: the contact list, 待跟进, the reception rotation, visit points and (for the supervisor)
the urgent reports, as pages of one tab."""

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from desktop.models import Staff
from desktop.services import auth
from desktop.services.contacts.follow_ups import FollowUpRow
from desktop.services.contacts.rotation import Turn
from desktop.services.customers import confidentiality
from desktop.ui.contacts.follow_up_page import FollowUpPage
from desktop.ui.contacts.list_page import ContactListPage
from desktop.ui.contacts.points_page import PointsPage
from desktop.ui.contacts.rotation_page import RotationPage
from desktop.ui.contacts.urgent_page import UrgentPage
from desktop.ui.service_text import message


class ContactsTab(QWidget):
    def __init__(self, user: Staff, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = user
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.pages = QTabWidget()
        self.pages.setObjectName("contact_pages")
        self.list_page = ContactListPage(user)
        self.follow_up_page = FollowUpPage(user)
        self.rotation_page = RotationPage(user)
        self.points_page = PointsPage(user)
        self.pages.addTab(self.list_page, self.tr("拜访记录"))
        self.pages.addTab(self.follow_up_page, self.tr("待跟进"))
        self.pages.addTab(self.rotation_page, self.tr("来访轮接"))
        self.pages.addTab(self.points_page, self.tr("拜访积分"))
        self.urgent_page: UrgentPage | None = None
        if auth.can(user, "urgent.read"):
            self.urgent_page = UrgentPage(user)
            self.pages.addTab(self.urgent_page, "")
            self.urgent_page.changed.connect(self._urgent_title)
            self.urgent_page.refresh()
        layout.addWidget(self.pages)
        self.follow_up_page.contact_requested.connect(self.record_follow_up)
        self.rotation_page.walk_in_taken.connect(self.receive_walk_in)
        self.pages.currentChanged.connect(self._page_shown)

    def _urgent_title(self, unread: int) -> None:
        self.pages.setTabText(self.pages.indexOf(self.urgent_page),
                              self.tr("紧急报告 (%1)").replace("%1", str(unread)) if unread else self.tr("紧急报告"))

    def _page_shown(self) -> None:
        page = self.pages.currentWidget()
        page.refresh()

    def record_follow_up(self, row: FollowUpRow) -> None:
        customer = confidentiality.visible(self.user, row.customer_id) if row.customer_id else None
        self.list_page.new_contact("phone", customer=customer)
        self.follow_up_page.refresh()

    def receive_walk_in(self, turn: Turn) -> None:
        self.list_page.new_contact("reception", staff=turn.receiver, note=message(turn.message))
        self.rotation_page.refresh()

    def open_record(self, contact_id: int | None) -> None:
        """From 今日: a contact opens in its form; None shows the visit points (the pace line)."""
        if contact_id is None:
            self.pages.setCurrentWidget(self.points_page)
            return
        self.pages.setCurrentWidget(self.list_page)
        self.list_page.open_contact(contact_id)

    def refresh(self) -> None:
        self._page_shown()

    def new_record(self) -> None:
        """Ctrl+N: a new visit (a call or a reception is chosen in the form)."""
        self.pages.setCurrentWidget(self.list_page)
        self.list_page.new_contact("visit")

    def export_excel(self) -> None:
        page = self.pages.currentWidget()
        if hasattr(page, "export_excel"):
            page.export_excel()

    def print_current(self) -> None:
        page = self.pages.currentWidget()
        if hasattr(page, "print_current"):
            page.print_current()
