"""文件 → 导出 of the whole customer register (100 000 rows on the large demo) as the window does it: the rows
stream from the list's service into the workbook on a worker thread while the window's thread keeps ticking; the
longest gap between two ticks is how long the window froze. The limit is the same ticking while a worker thread
runs plain Python for as long (what any Python worker costs the window: it waits for the GIL)."""

import gc
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from bench.lists import settle
from bench.timing import Row
from desktop.models import Staff
from desktop.services.files import excel
from desktop.ui.widgets.background import Job

MEMORY_BUDGET = 250e6
FREEZE_BUDGET = 1 / 60  # one display frame


def resident() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    return 0.0


def ticking(app: QApplication, work: Callable[[], object]) -> tuple[float, float, float]:
    """Run `work` on a worker thread while the window's thread ticks every millisecond: (seconds, the longest gap
    between two ticks, how far resident memory rose above what it was before)."""
    ticks: list[float] = []
    before = resident()
    peak = [before]

    def tick() -> None:
        ticks.append(time.perf_counter())
        peak[0] = max(peak[0], resident())

    ticker = QTimer()
    ticker.setInterval(1)
    ticker.timeout.connect(tick)
    job = Job(lambda _progress: work())
    done: list[object] = []
    job.succeeded.connect(lambda _result: done.append(None))
    job.failed.connect(done.append)
    start = time.perf_counter()
    ticker.start()
    job.start()
    settle(app, lambda: bool(done), timeout=900)
    took = time.perf_counter() - start
    ticker.stop()
    if done[0] is not None:
        raise RuntimeError(f"the work failed: {done[0]}")
    gaps = [later - earlier for earlier, later in zip(ticks, ticks[1:], strict=False)] or [0.0]
    return took, max(gaps), peak[0] - before


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

    def export() -> None:  # as desktop/ui/widgets/export.py does it
        def counted():  # noqa: ANN202
            for row in tab.model.export_rows():
                rows[0] += 1
                yield row
        gc.freeze()
        try:
            excel.write_sheet(target, "客户登记", tab.model.headers(), counted())
        finally:
            gc.unfreeze()

    took, froze, peak = ticking(app, export)
    _, spinning, _ = ticking(app, lambda: spin(min(took, 10.0)))
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
