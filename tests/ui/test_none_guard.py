"""Many void Qt calls (as a list of 2,000 offers makes) never end the process."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
import teilhabe_desktop.ui  # the guard
from PySide6.QtWidgets import QApplication, QLabel, QTreeWidgetItem
app = QApplication([])
item, label = QTreeWidgetItem(["Angebot"]), QLabel()
for n in range(100_000):
    item.setToolTip(0, "Angebot")
    label.setText("Angebot")
print("ok")
"""


def test_two_hundred_thousand_void_qt_calls_keep_the_process_alive(tmp_path):
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        capture_output=True,
        text=True,
        timeout=300,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    assert done.returncode == 0, done.stderr[-500:]
    assert done.stdout.strip() == "ok"
