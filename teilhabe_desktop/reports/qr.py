"""A small QR code flowable built on reportlab's own QR encoder.

reportlab's ``QrCodeWidget`` encodes every code twice and draws each module as a
separate shape (about 25 ms per code); here the modules are encoded once and painted
as one path. The mask pattern is fixed: every mask is valid for QR readers, and
searching for the "best" one costs ~10 ms per code. The error correction bytes are
computed here with table look-ups (reportlab multiplies polynomial objects, ~1 ms per
code); the result is the same, byte for byte.
"""

from __future__ import annotations

from functools import cache
from itertools import chain, groupby, zip_longest

from reportlab.graphics.barcode import qrencoder
from reportlab.lib import colors
from reportlab.platypus import Flowable

QUIET_ZONE = 4  # modules of white border, as the standard asks


_EXP = qrencoder.EXP_TABLE
_LOG = qrencoder.LOG_TABLE


@cache
def _generator_logs(degree: int) -> tuple[int, ...]:
    """Logs of the Reed-Solomon generator's coefficients after the leading 1."""
    poly = [1]
    for i in range(degree):
        root = _EXP[i]
        nxt = [*poly, 0]
        for j, coefficient in enumerate(poly):
            if coefficient:
                nxt[j + 1] ^= _EXP[(_LOG[coefficient] + _LOG[root]) % 255]
        poly = nxt
    return tuple(_LOG[c] for c in poly[1:])


def _error_correction(data: list[int], degree: int) -> list[int]:
    """The remainder of data·x^degree divided by the generator (an LFSR)."""
    logs = _generator_logs(degree)
    remainder = [0] * degree
    for byte in data:
        factor = byte ^ remainder[0]
        remainder = [*remainder[1:], 0]
        if factor:
            log = _LOG[factor]
            remainder = [r ^ _EXP[(g + log) % 255] for r, g in zip(remainder, logs, strict=True)]
    return remainder


def _codewords(code: qrencoder.QRCode) -> list[int]:
    """Data and error correction bytes, as reportlab's ``QRCode.createData`` makes them."""
    blocks = qrencoder.QRRSBlock.getRSBlocks(code.version, code.errorCorrectLevel)
    buffer = qrencoder.QRBitBuffer()
    for data in code.dataList:
        data.write(buffer, code.version)
    capacity = sum(block.dataCount for block in blocks) * 8
    if buffer.getLengthInBits() > capacity:
        raise ValueError("QR code data too long")
    if buffer.getLengthInBits() + 4 <= capacity:
        buffer.put(0, 4)
    while buffer.getLengthInBits() % 8:
        buffer.putBit(False)
    pads = (qrencoder.QRCode.PAD0, qrencoder.QRCode.PAD1)
    index = 0
    while buffer.getLengthInBits() < capacity:
        buffer.put(pads[index % 2], 8)
        index += 1
    data_blocks, ecc_blocks = [], []
    offset = 0
    for block in blocks:
        chunk = list(buffer.buffer[offset : offset + block.dataCount])
        offset += block.dataCount
        data_blocks.append(chunk)
        ecc_blocks.append(_error_correction(chunk, block.totalCount - block.dataCount))
    interleaved = chain(zip_longest(*data_blocks), zip_longest(*ecc_blocks))
    return [byte for row in interleaved for byte in row if byte is not None]


def qr_modules(text: str) -> list[list[bool]]:
    """The dark (True) and light modules of a QR code for ``text`` (level M)."""
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(text)
    code.version = code.calculate_version()
    code.dataCache = _codewords(code)
    code.makeImpl(False, 0)
    return [[bool(m) for m in row] for row in code.modules]


class QrCode(Flowable):
    def __init__(self, text: str, size: float) -> None:
        super().__init__()
        self.text = text
        self.size = size
        self.modules = qr_modules(text)

    def wrap(self, availWidth, availHeight):  # reportlab API
        return self.size, self.size

    def draw(self) -> None:
        count = len(self.modules)
        units = count + 2 * QUIET_ZONE
        # One fill operation with integer module coordinates: fast to write and exact.
        ops = []
        for r, row in enumerate(self.modules):
            col = 0
            y = units - QUIET_ZONE - r - 1
            for dark, run in groupby(row):
                length = len(list(run))
                if dark:
                    ops.append(f"{col + QUIET_ZONE} {y} {length} 1 re")
                col += length
        canvas = self.canv
        canvas.saveState()
        canvas.scale(self.size / units, self.size / units)
        canvas.setFillColor(colors.black)
        canvas._code.append("\n".join(ops) + "\nf")  # raw path operators, then fill
        canvas.restoreState()
