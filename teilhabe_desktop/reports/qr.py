"""The QR code of a contact card: reportlab's own QR encoder, painted as one path.

Of the hand-written stand-ins for reportlab's text and QR pieces, this is the only one
kept, because the absolute budget is missed without it. reportlab's ``QrCodeWidget``
searches the best of eight mask patterns (about 8 ms per code) and draws every run of
dark modules as a shape of its own (about 15 ms per code). Measured with ``make bench``
(2 shared cores), the benchmark's *Mein Plan* with 30 codes: with the widget 0.79–0.92 s
median (budget 0.5 s, met below 0.4 s); with reportlab's mask search but one path, the
codes alone still take 0.30 s. Here reportlab's encoder (``qrencoder.QRCode``: data,
Reed–Solomon, layout) runs with a fixed mask, which every QR reader accepts, and the
dark modules are filled as one path through the canvas API: 30 codes in 0.07–0.11 s,
*Mein Plan* in 0.23–0.32 s.

The code keeps the quiet zone of four modules the standard asks for, and the address is
laid over it as a link, so a click in a PDF viewer opens what a phone's camera opens.
"""

from __future__ import annotations

from itertools import groupby

from reportlab.graphics.barcode import qrencoder
from reportlab.lib import colors
from reportlab.platypus import Flowable

QUIET_ZONE = 4  # modules of white border
LEVEL = qrencoder.QRErrorCorrectLevel.M  # reads with about 15 % of the code damaged
MASK = 0  # any of the eight masks is valid; the "best" one is not worth 8 ms per code


def qr_modules(text: str) -> list[list[bool]]:
    """The dark (True) and light modules of the QR code for ``text``."""
    code = qrencoder.QRCode(None, LEVEL)
    code.addData(text)
    code.version = code.calculate_version()
    code.makeImpl(False, MASK)
    return [[bool(module) for module in row] for row in code.modules]


class QrCode(Flowable):
    """A square QR code of ``size`` points, quiet zone included, that opens ``url``."""

    def __init__(self, url: str, size: float) -> None:
        super().__init__()
        self.url = url
        self.size = self.width = self.height = size
        self.modules = qr_modules(url)

    def wrap(self, availWidth, availHeight):  # reportlab API
        return self.size, self.size

    def draw(self) -> None:
        canvas, size = self.canv, self.size
        units = len(self.modules) + 2 * QUIET_ZONE
        canvas.saveState()
        canvas.scale(size / units, size / units)  # one unit per module: exact integers
        path = canvas.beginPath()
        for row_index, row in enumerate(self.modules):
            y = units - QUIET_ZONE - row_index - 1
            column = QUIET_ZONE
            for dark, run in groupby(row):
                length = len(list(run))
                if dark:
                    path.rect(column, y, length, 1)
                column += length
        canvas.setFillColor(colors.black)
        canvas.drawPath(path, stroke=0, fill=1)
        canvas.restoreState()
        canvas.linkURL(self.url, (0, 0, size, size), relative=1, thickness=0)
