"""Many void Qt calls and bool signals (a list of 2,000 offers, a filter ticked all
day) never end the process."""

from __future__ import annotations

import subprocess
import sys

import pytest

VOID_CALLS = """
import teilhabe_desktop.ui  # the guard
from PySide6.QtWidgets import QApplication, QLabel, QTreeWidgetItem
app = QApplication([])
item, label = QTreeWidgetItem(["Angebot"]), QLabel()
for n in range(100_000):
    item.setToolTip(0, "Angebot")
    label.setText("Angebot")
print("ok")
"""

BOOL_SIGNALS = """
import teilhabe_desktop.ui  # the guard
from PySide6.QtCore import QObject, Signal
class Filter(QObject):
    toggled = Signal(bool)
source = Filter()
source.toggled.connect(lambda on: None)
for n in range(100_000):
    source.toggled.emit(True)
    source.toggled.emit(False)
print("ok")
"""


@pytest.mark.parametrize("script", [VOID_CALLS, BOOL_SIGNALS], ids=["void", "bool"])
def test_two_hundred_thousand_qt_calls_keep_the_process_alive(script):
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=300,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    assert done.returncode == 0, done.stderr[-500:]
    assert done.stdout.strip() == "ok"
