"""A tiny program for tests/test_single_instance.py: claims a database the way the real program does.

usage: python -m tests.instance_probe DB [--crash]
Prints "first" (it holds the database) or "second" (another program holds it and was asked to come forward).
The first then waits, minimised, until a later start asks it to show itself, and prints "shown minimised=…".
With --crash the first dies at once without releasing anything, like a program killed by a power cut.
"""

import os
import sys
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

from desktop import single_instance

GIVE_UP_MS = 60_000  # a guard so that a broken test never leaves this process behind


def main() -> int:
    app = QApplication(sys.argv[:1])
    instance = single_instance.claim(Path(sys.argv[1]))
    if instance is None:
        print("second", flush=True)
        return 0
    print("first", flush=True)
    if "--crash" in sys.argv:
        os._exit(1)
    window = QMainWindow()
    window.showMinimized()

    def shown() -> None:
        print(f"shown minimised={window.isMinimized()}", flush=True)
        app.quit()

    instance.activated.connect(shown, type=Qt.ConnectionType.QueuedConnection)
    QTimer.singleShot(GIVE_UP_MS, app.quit)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
