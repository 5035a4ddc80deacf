"""文件 → 导出 of the whole customer register (100 000 rows on the large demo) as the window does it: the rows
stream from the list's service into the workbook on a worker thread while the window's thread keeps ticking; the
longest gap between two ticks is how long the window froze. The limit is the same ticking while a worker thread
runs plain Python for as long (what any Python worker costs the window: it waits for the GIL)."""

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from bench.lists import settle
from bench.timing import Row
from desktop.models import Staff
from desktop.ui.widgets.background import Job
from desktop.ui.widgets.export import write_model

MEMORY_BUDGET = 250e6
FREEZE_BUDGET = 1 / 60  # one display frame


def status(field: str) -> float:
    """A size from /proc/self/status, in bytes (VmRSS: resident now; VmHWM: the peak since it was last reset)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(f"{field}:"):
            return int(line.split()[1]) * 1024
    return 0.0


def ticking(work: Callable[[], object]) -> tuple[float, float, float]:
    """Run `work` on a worker thread while the window's thread ticks every millisecond in Qt's event loop, as the
    window waits: (seconds, the longest gap between two ticks, how far the peak resident memory rose above what
    was resident before). A tick does nothing else: reading the memory at each tick gave the GIL back and waited
    for it again at each of the file's system calls, which lengthened the gaps it measured."""
    ticks: list[float] = []
    Path("/proc/self/clear_refs").write_text("5")  # the peak starts again from what is resident now
    before = status("VmRSS")
    ticker = QTimer()
    ticker.setInterval(1)
    ticker.timeout.connect(lambda: ticks.append(time.perf_counter()))
    job = Job(lambda _progress: work())
    done: list[object] = []
    loop = QEventLoop()
    job.succeeded.connect(lambda _result: (done.append(None), loop.quit()))
    job.failed.connect(lambda error: (done.append(error), loop.quit()))
    start = time.perf_counter()
    ticker.start()
    job.start()
    loop.exec()
    took = time.perf_counter() - start
    ticker.stop()
    if done[0] is not None:
        raise RuntimeError(f"the work failed: {done[0]}")
    gaps = [later - earlier for earlier, later in zip(ticks, ticks[1:], strict=False)] or [0.0]
    return took, max(gaps), status("VmHWM") - before


def spin(seconds: float) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        sum(range(200))


def measure(app: QApplication, supervisor: Staff, scratch: Path) -> list[Row]:
    from desktop.ui.customers.tab import CustomersTab

    tab = CustomersTab(supervisor)
    settle(app, lambda: not tab.loading)
    target = scratch / "客户登记导出.xlsx"
    target.unlink(missing_ok=True)
    rows = [0]

    def export() -> None:
        rows[0] = write_model(str(target), tab.model, "客户登记")

    took, froze, peak = ticking(export)
    _, spinning, _ = ticking(lambda: spin(took))  # as long: the longest gap of a longer run is longer
    tab.deleteLater()
    app.processEvents()
    size = target.stat().st_size / 1e6
    target.unlink()
    what = f"export 客户登记 ({rows[0]:,} rows, {size:.0f} MB .xlsx) on a worker thread"
    return [Row("files", what, [took]),
            Row("memory", f"{what}: memory it took (peak resident memory above the process's before it)", [peak],
                unit="B", budget=MEMORY_BUDGET),
            Row("files", f"{what}: longest the window's thread waited (gap between 1 ms ticks)", [froze],
                limit_what="same, a worker running plain Python", limit_values=[spinning], budget=FREEZE_BUDGET)]
