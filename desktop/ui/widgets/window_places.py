"""Every window opens within the screen's free area (maximised where it would not fit) and where its person left it.

One application event filter does this for all windows, so no dialog repeats it: a window being shown is put back
to the size and place this person last gave it, then kept inside the available screen; its splitters and list
columns get back their widths when they first appear; all of it is kept again when the window hides.
"""

from PySide6.QtCore import QByteArray, QEvent, QObject, QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHeaderView,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.models import Staff
from desktop.ui import preferences

MARGIN = 24  # what a window keeps free around itself on the screen (the frame and the panel)
FORGETFUL = (QMessageBox, QProgressDialog)  # sized by their text: nothing to remember
ROOM = 120  # a form this close to the screen's height would outgrow it once messages appear under its fields


def _is_window(obj: QObject) -> bool:
    return (isinstance(obj, QWidget) and obj.isWindow()
            and obj.windowType() in (Qt.WindowType.Window, Qt.WindowType.Dialog))


def _is_main(window: QWidget) -> bool:
    """A main-like window (the main window, the report window) is maximised on a small screen; a dialog shrinks."""
    return isinstance(window, QMainWindow) or not isinstance(window, QDialog)


def _is_part(obj: QObject) -> bool:
    """Splitters and list columns keep their widths (a list's row header has nothing worth keeping)."""
    return isinstance(obj, QSplitter) or (isinstance(obj, QHeaderView)
                                          and obj.orientation() == Qt.Orientation.Horizontal)


def _place_key(widget: QWidget) -> str:
    """The widget's place among the window's widgets: the class names from the window down, and its own name."""
    names = []
    while widget is not None and not widget.isWindow():
        parent = widget.parentWidget()
        kin = parent.findChildren(type(widget), options=Qt.FindChildOption.FindDirectChildrenOnly)
        names.append(widget.objectName() or f"{type(widget).__name__}{kin.index(widget) if widget in kin else 0}")
        widget = parent
    names.append(type(widget).__name__ if widget is not None else "")
    return "windows/" + "/".join(reversed(names))


def available(window: QWidget) -> QRect:
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fit(window: QWidget) -> None:
    """Keep the window inside the free screen area: a main window too big for it is maximised, a dialog shrinks."""
    area = available(window).adjusted(MARGIN // 2, MARGIN // 2, -MARGIN // 2, -MARGIN // 2)
    frame = window.frameGeometry()
    extra_w, extra_h = frame.width() - window.width(), frame.height() - window.height()
    too_big = window.width() + extra_w > area.width() or window.height() + extra_h > area.height()
    if too_big and _is_main(window):
        whole = available(window)  # its size also when un-maximised, and where no window manager maximises
        window.resize(whole.width() - extra_w, whole.height() - extra_h)
        window.move(whole.topLeft())
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
        return
    width = min(window.width(), area.width() - extra_w)
    height = min(window.height(), area.height() - extra_h)
    window.resize(max(width, window.minimumWidth()), max(height, window.minimumHeight()))
    x = min(max(window.x(), area.left()), area.right() - window.width() - extra_w)
    y = min(max(window.y(), area.top()), area.bottom() - window.height() - extra_h)
    if too_big:
        x = area.left() + (area.width() - window.width() - extra_w) // 2
        y = area.top() + (area.height() - window.height() - extra_h) // 2
    window.move(x, y)


def install(app: QObject) -> "WindowPlaces":
    return app.findChild(WindowPlaces) or WindowPlaces(app)


def serve(person: Staff) -> None:
    """From now on the windows are put where `person` left them (the main window calls this for its person)."""
    places = QGuiApplication.instance().findChild(WindowPlaces)
    if places is not None:
        places.person = person


def served() -> Staff | None:
    """Whose places are kept now: the person logged in at this window, or None before a login."""
    places = QGuiApplication.instance().findChild(WindowPlaces)
    return places.person if places is not None else None


def scroll_if_tall(dialog: QDialog) -> None:
    """A form as tall as the screen gets its fields into a scroll area, its buttons staying below it."""
    layout = dialog.layout()
    if layout is None or dialog.property("scrolls") or isinstance(dialog, FORGETFUL):
        return
    if layout.minimumSize().height() <= available(dialog).height() - ROOM:
        return
    dialog.setProperty("scrolls", True)
    own = dialog.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
    buttons = [widget for widget in own if isinstance(widget, QDialogButtonBox)]
    shown = [widget for widget in own if not widget.isHidden()]
    body = QWidget()
    body.setLayout(layout)  # takes the layout, and the widgets in it, from the dialog; moving hides them
    for widget in shown:
        widget.show()
    scroll = QScrollArea()
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidgetResizable(True)
    scroll.setWidget(body)
    outer = QVBoxLayout(dialog)
    outer.addWidget(scroll)
    for box in buttons:
        outer.addWidget(box)  # out of the scrolled body: Save stays in sight
    scroll.show()  # now, not after the event loop turns: the first field is focused while the dialog opens
    outer.activate()


class WindowPlaces(QObject):
    """A child of the application, filtering its events; `person` is whose places are kept (nobody's before the
    login)."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.person: Staff | None = None
        parent.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Show and _is_window(obj) and not event.spontaneous():
            self._restore_window(obj)
        elif kind == QEvent.Type.Show and _is_part(obj):
            self._restore_part(obj)
        elif kind == QEvent.Type.Hide and _is_window(obj) and not event.spontaneous():
            self._keep(obj)
        return False

    def _remembers(self, window: QWidget) -> bool:
        return self.person is not None and not isinstance(window, FORGETFUL)

    def _restore_window(self, window: QWidget) -> None:
        if isinstance(window, QDialog):
            scroll_if_tall(window)
        if self._remembers(window):
            saved = preferences.value(self.person, _place_key(window))
            if isinstance(saved, QByteArray):
                window.restoreGeometry(saved)
        if not window.isMaximized():
            fit(window)

    def _restore_part(self, part: QSplitter | QHeaderView) -> None:
        if part.property("places_restored") or not self._remembers(part.window()):
            return
        part.setProperty("places_restored", True)
        saved = preferences.value(self.person, _place_key(part))
        if isinstance(saved, QByteArray):
            part.restoreState(saved)

    def _keep(self, window: QWidget) -> None:
        if not self._remembers(window):
            return
        preferences.set_value(self.person, _place_key(window), window.saveGeometry())
        for part in window.findChildren(QSplitter) + window.findChildren(QHeaderView):
            if _is_part(part) and part.property("places_restored"):
                preferences.set_value(self.person, _place_key(part), part.saveState())
