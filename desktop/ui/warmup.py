"""Once the main window has painted, the modules the first open of each tab and window would import are imported
ahead, one module a step while nobody types or clicks, so that a first open builds at once instead of importing
first (客户登记 and 投诉处理 import 60–100 ms of modules; each step here takes a few milliseconds)."""

import importlib
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

# Leaves first, so that a step imports one module whose own imports are done. A module missing here is imported
# with the first listed one that needs it: a longer step, never a wrong one.
MODULES = (
    "desktop.services.contacts.follow_ups", "desktop.services.contacts.rotation",
    "desktop.services.customers.registration", "desktop.services.customers.card", "desktop.services.customers.timeline",
    "desktop.services.customers.lists", "desktop.ui.widgets.customer_picker", "desktop.ui.complaints.form",
    "desktop.services.wording", "desktop.services.contacts.records", "desktop.ui.widgets.wording_picker",
    "desktop.ui.contacts.form", "desktop.ui.customers.dialogs", "desktop.ui.customers.form", "PySide6.QtPrintSupport",
    "desktop.ui.widgets.file_dialogs", "desktop.ui.widgets.pdf_pages", "desktop.ui.widgets.pdf_view",
    "desktop.ui.widgets.printing", "desktop.ui.customers.page", "desktop.services.files.excel",
    "desktop.ui.widgets.export", "desktop.ui.contacts.follow_up_page", "desktop.ui.contacts.list_page",
    "desktop.ui.contacts.points_page", "desktop.ui.contacts.tab",
    "desktop.services.customers.handover", "desktop.ui.customers.handover_dialog", "xml.etree.ElementTree",
    "desktop.services.customers.excel_import", "desktop.ui.customers.import_dialog",
    "desktop.ui.customers.key_customers_dialog", "desktop.ui.widgets.match_marks", "desktop.ui.customers.tab",
    "desktop.ui.complaints.detail", "desktop.services.contacts.stats", "desktop.services.reporting.layout",
    "desktop.services.complaints.stats", "desktop.services.reporting.activity", "desktop.services.reporting.daily",
    "desktop.services.reporting.monthly", "desktop.services.reporting.catalog", "desktop.ui.complaints.statistics",
    "desktop.ui.complaints.tab", "desktop.ui.staffing.register", "desktop.ui.staffing.tab",
    "desktop.ui.admin.settings_dialog", "desktop.ui.reports.window",
)
STEP_MS = 30
QUIET_MS = 400  # no step this soon after a key or a click: the person's work comes first


class Warmup(QObject):
    """Imports MODULES a step at a time from the first paint of `painted` on, while `idle_ms()` (milliseconds since
    the last key or click) is at least QUIET_MS."""

    def __init__(self, painted: QWidget, idle_ms: Callable[[], int], modules: tuple[str, ...] = MODULES) -> None:
        super().__init__(painted)
        self.idle_ms = idle_ms
        self.waiting = list(modules)
        self.timer = QTimer(self)
        self.timer.setInterval(STEP_MS)
        self.timer.timeout.connect(self.step)
        painted.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            self.timer.start()
        return False

    def step(self) -> None:
        if self.idle_ms() < QUIET_MS:
            return
        if not self.waiting:
            self.timer.stop()
            return
        importlib.import_module(self.waiting.pop(0))

    def done(self) -> bool:
        return not self.waiting


def import_all(modules: tuple[str, ...] = MODULES) -> None:
    """What the warm-up has imported once it is done (the benchmark opens windows after it, as a person does)."""
    for name in modules:
        importlib.import_module(name)
