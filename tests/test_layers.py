"""The layers hold: models ← services ← ui and reports; no Qt below the interface; one clock."""

import ast
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BLOCK_QT = """
import importlib, importlib.abc, pkgutil, sys

class NoQt(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("PySide6", "shiboken6"):
            raise ImportError(f"{name} imported")

sys.meta_path.insert(0, NoQt())
import desktop.models, desktop.services, desktop.demo, reports
for package in (desktop.models, desktop.services, desktop.demo, reports):
    for module in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        importlib.import_module(module.name)
print("imported")
"""


def test_models_services_demo_and_reports_import_without_qt() -> None:
    done = subprocess.run([sys.executable, "-c", BLOCK_QT], capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0 and done.stdout.strip() == "imported", done.stderr


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
    return names | {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module}


def _modules(folder: str) -> list[Path]:
    return sorted((ROOT / folder).rglob("*.py"))


def test_arrows_point_down_only() -> None:
    upward = {
        "desktop/models": ("desktop.services", "desktop.ui", "desktop.demo", "reports"),
        "desktop/services": ("desktop.ui", "desktop.demo", "reports"),
        "reports": ("desktop.ui",),
    }
    wrong = [f"{path.relative_to(ROOT)} imports {name}"
             for folder, above in upward.items() for path in _modules(folder)
             for name in _imports(path) if name.startswith(above)]
    assert wrong == []


def test_only_the_clock_reads_the_wall_clock() -> None:
    reading = re.compile(r"datetime\.now\(|date\.today\(|datetime\.today\(|QDate(Time)?\.current|QTime\.current")
    found = [f"{path.relative_to(ROOT)}:{number}" for folder in ("desktop", "reports") for path in _modules(folder)
             for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
             if reading.search(line)]
    assert found == ["desktop/services/clock.py:13"]
