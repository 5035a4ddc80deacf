"""The benchmark's output: the machine it ran on and the result table in Markdown."""

import os
import re
import shutil
import subprocess
from pathlib import Path

from bench.timing import Row, median, p95


def _cpu() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return "unknown CPU"


def _memory() -> str:
    try:
        total_kb = int(Path("/proc/meminfo").read_text().split()[1])
        return f"{total_kb / 2**20:.0f} GiB RAM"
    except (OSError, ValueError, IndexError):
        return "RAM unknown"


def _disk(path: Path) -> str:
    device = subprocess.run(["df", "--output=source", str(path)], capture_output=True, text=True).stdout.split()
    usage = shutil.disk_usage(path)
    return f"disk {device[-1] if device else '?'} ({usage.total / 1e9:.0f} GB, {usage.free / 1e9:.0f} GB free)"


def machine(db_file: Path) -> str:
    size = db_file.stat().st_size / 1e6
    return (f"Machine: {os.cpu_count()} CPUs ({_cpu()}), {_memory()}, {_disk(db_file.parent)}; "
            f"load average {os.getloadavg()[0]:.1f}; database {size:,.0f} MB")


def _amount(value: float | None, unit: str) -> str:
    if value is None:
        return ""
    if unit == "B":
        return f"{value / 1e6:,.0f} MB"
    return f"{value * 1000:,.1f} ms" if value < 1 else f"{value:,.2f} s"


def _budget(row: Row) -> str:
    parts = []
    if row.budget is not None:
        parts.append(("p95 " if row.percentile else "") + "≤ " + _amount(row.budget, row.unit))
    if row.max_ratio is not None:
        parts.append(f"≤ {row.max_ratio:g}× limit")
    return ", ".join(parts)


def markdown(rows: list[Row]) -> str:
    lines = ["| area | measurement | median | p95 | limit | limit median (p95) | ratio | budget | verdict |",
             "|---|---|---:|---:|---|---:|---:|---|---|"]
    for row in rows:
        if row.pending:
            lines.append(f"| {row.section} | {row.what} | | | | | | {_budget(row)} | pending: {row.pending} |")
            continue
        limit = ""
        if row.limit_values:
            limit = _amount(median(row.limit_values), row.unit)
            if row.percentile:
                limit += f" ({_amount(p95(row.limit_values), row.unit)})"
        ratio = f"{row.ratio:.2f}×" if row.ratio is not None else ""
        many = len(row.values) > 1
        lines.append(f"| {row.section} | {row.what} | {_amount(median(row.values), row.unit)} | "
                     f"{_amount(p95(row.values), row.unit) if many else ''} | {row.limit_what} | {limit} | {ratio} | "
                     f"{_budget(row)} | {row.verdict} |")
    return "\n".join(lines)


def _key(row: Row) -> str:
    """What a row measures, without the figures that differ with the data (counts, the customer typed, …)."""
    plain = re.sub(r"[\d,.]+|「[^」]*」|\([^)]*\)|（[^）]*）", "", row.what)
    return f"{row.section}|" + re.sub(r"\s+", " ", plain).strip()


def side_by_side(results: dict[str, list[Row]]) -> str:
    """The rows every size measured, their figure (median, or p95 where judged so) for each size side by side and
    how much the largest grew against the smallest."""
    sizes = list(results)
    by_size = {size: {_key(row): row for row in rows if not row.pending} for size, rows in results.items()}
    keys = [key for key in by_size[sizes[-1]] if all(key in by_size[size] for size in sizes)]
    lines = ["| area | measurement | " + " | ".join(sizes) + f" | {sizes[-1]} ÷ {sizes[0]} |",
             "|---|---|" + "---:|" * len(sizes) + "---:|"]
    for key in keys:
        rows = [by_size[size][key] for size in sizes]
        first, last = rows[0].figure, rows[-1].figure
        growth = f"{last / first:.1f}×" if first else ""
        lines.append(f"| {rows[-1].section} | {rows[-1].what} | "
                     + " | ".join(_amount(row.figure, row.unit) for row in rows) + f" | {growth} |")
    return "\n".join(lines)
