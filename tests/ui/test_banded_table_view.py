"""A changed screenful of the results table is painted a few rows a turn, completely."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QStandardItem, QStandardItemModel

from teilhabe_desktop.ui.common.banded_table_view import BAND_ROWS, BandedTableView

ROWS = 40


class _PaintLog(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.heights: list[int] = []

    def eventFilter(self, _watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.heights.append(event.region().boundingRect().height())
        return False


@pytest.fixture
def view(qtbot):
    model = QStandardItemModel(ROWS, 3)
    for row in range(ROWS):
        for column in range(3):
            model.setItem(row, column, QStandardItem(f"alt {row}/{column}"))
    widget = BandedTableView()
    widget.setModel(model)
    widget.resize(500, 600)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.wait(50)
    return widget


def _replace_all(view) -> None:
    model = view.model()
    for row in range(ROWS):
        for column in range(3):
            model.item(row, column).setText(f"neu {row}/{column}")


def test_a_changed_screenful_is_painted_in_bands_until_all_is_painted(qtbot, view):
    log = _PaintLog()
    view.viewport().installEventFilter(log)
    _replace_all(view)
    qtbot.waitUntil(lambda: bool(log.heights) and not view.painting_pending())
    band = BAND_ROWS * view.verticalHeader().defaultSectionSize()
    visible = view.viewport().height() // view.verticalHeader().defaultSectionSize()
    assert len(log.heights) >= visible // BAND_ROWS  # one band a turn
    # every paint after the first paints at most one band of what is left
    assert all(h > 0 for h in log.heights)
    assert sum(min(h, band) for h in log.heights) >= view.viewport().height() - band


def test_a_grab_of_a_settled_view_shows_every_row(qtbot, view):
    _replace_all(view)
    qtbot.waitUntil(lambda: not view.painting_pending())
    qtbot.wait(20)
    image = view.viewport().grab().toImage()
    bottom = view.viewport().height() - view.verticalHeader().defaultSectionSize() // 2
    base = view.viewport().palette().base().color()
    row_pixels = {image.pixelColor(x, bottom).rgb() for x in range(0, 120)}
    assert len(row_pixels) > 1 and row_pixels != {base.rgb()}  # text drawn down there


def test_held_bands_wait_until_released(qtbot, view):
    log = _PaintLog()
    view.viewport().installEventFilter(log)
    view.hold(True)
    _replace_all(view)
    qtbot.wait(100)
    assert len(log.heights) == 1 and view.painting_pending()  # only the first band
    view.hold(False)
    qtbot.waitUntil(lambda: not view.painting_pending())
    assert len(log.heights) > 1
