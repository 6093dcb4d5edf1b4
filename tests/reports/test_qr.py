"""The QR codes of the contact cards (``reports/qr.py``) must be the codes reportlab's
own encoder makes, and the code drawn on the page must show exactly those modules.

``qr.py`` fixes the mask pattern (every mask is valid; reportlab's widget searches for
the "best" one), so reportlab's encoder is run with the same mask. The error
correction bytes are compared with reportlab's polynomial arithmetic directly.
"""

from __future__ import annotations

import io
import shutil
import subprocess

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.graphics.barcode import qrencoder
from reportlab.pdfgen.canvas import Canvas

from teilhabe_desktop.reports.contact_card import _MAX_QR_TEXT, website_url
from teilhabe_desktop.reports.qr import (
    QUIET_ZONE,
    QrCode,
    _codewords,
    _error_correction,
    qr_modules,
)

LEVEL = qrencoder.QRErrorCorrectLevel.M
URL_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789-._~/%"
QUERY_CHARS = URL_CHARS + "?=&+:@!$'()*,;"

URLS = [
    "https://a.de",
    "https://www.pfote-und-huf.example",
    "https://www.jena.de/de/soziales/eingliederungshilfe",
    "https://angebot-1.example/seite?x=1&y=zwei#anker",
    "https://example.org/stra%C3%9Fe/%C3%BCber-uns?ort=j%C3%A4na&typ=treff",
    "https://beispiel.example/über-uns?straße=größer",  # raw umlauts: 8-bit bytes
    "HTTPS://JENA.DE/LOBEDA",  # upper case only: reportlab's alphanumeric mode
    "1234567890",  # numeric mode
    "https://" + "a" * (_MAX_QR_TEXT - 20) + ".example/x",
    website_url("www." + "b" * (_MAX_QR_TEXT - 12) + ".de"),
]


def _reportlab_modules(text: str, mask: int = 0) -> list[list[bool]]:
    """reportlab's encoder from data to modules, with the given mask pattern."""
    code = qrencoder.QRCode(None, LEVEL)
    code.addData(text)
    code.version = code.calculate_version()
    code.makeImpl(False, mask)
    return [[bool(m) for m in row] for row in code.modules]


def _reportlab_ecc(data: list[int], degree: int) -> list[int]:
    """reportlab's error correction bytes (``QRCode.createBytes``) for one block."""
    generator = qrencoder.QRUtil.getErrorCorrectPolynomial(degree)
    remainder = qrencoder.QRPolynomial(data, generator.getLength() - 1).mod(generator)
    length = remainder.getLength()
    return [remainder.get(i) if i >= 0 else 0 for i in range(length - degree, length)]


#: Every error correction length a level-M code of any version uses.
DEGREES = sorted(
    {
        block.totalCount - block.dataCount
        for version in range(1, 41)
        for block in qrencoder.QRRSBlock.getRSBlocks(version, LEVEL)
    }
)


@pytest.mark.parametrize("url", URLS)
def test_qr_modules_equal_reportlabs_encoder(url):
    assert url is not None
    assert qr_modules(url) == _reportlab_modules(url)


@settings(max_examples=150, deadline=None)
@given(
    host=st.text(URL_CHARS[:36], min_size=1, max_size=60),
    path=st.text(URL_CHARS, max_size=200),
    query=st.text(QUERY_CHARS, max_size=130),
)
def test_any_website_address_encodes_like_reportlab(host, path, query):
    url = website_url(f"{host}.example/{path}" + (f"?{query}" if query else ""))
    assert url is not None and len(url) <= _MAX_QR_TEXT + len("https://")
    assert qr_modules(url) == _reportlab_modules(url)


@settings(max_examples=300, deadline=None)
@given(
    degree=st.sampled_from(DEGREES), data=st.lists(st.integers(0, 255), min_size=1, max_size=123)
)
def test_table_driven_error_correction_equals_reportlabs_polynomials(degree, data):
    # leading zero bytes are a classic trap: reportlab's polynomial drops them
    assert _error_correction(list(data), degree) == _reportlab_ecc(list(data), degree)


@pytest.mark.parametrize("url", URLS)
def test_codewords_equal_reportlabs_data_and_error_correction(url):
    code = qrencoder.QRCode(None, LEVEL)
    code.addData(url)
    code.version = code.calculate_version()
    expected = qrencoder.QRCode.createData(code.version, code.errorCorrectLevel, code.dataList)
    assert _codewords(code) == expected


def test_every_mask_reportlab_could_pick_differs_only_in_the_data_area():
    """The fixed mask is a real QR mask: the code with reportlab's "best" mask has the
    same size and finder patterns (readers accept any of the eight masks)."""
    url = URLS[1]
    code = qrencoder.QRCode(None, LEVEL)
    code.addData(url)
    code.make()
    ours = qr_modules(url)
    assert len(ours) == code.moduleCount
    for r, c in ((0, 0), (0, code.moduleCount - 7), (code.moduleCount - 7, 0)):
        for i in range(7):
            assert ours[r + i][c : c + 7] == [bool(m) for m in code.modules[r + i][c : c + 7]]


def _render_gray(pdf: bytes, dpi: int, folder) -> tuple[int, int, bytes]:
    """The first page as 8-bit grey pixels (pdftoppm writes a binary PGM file)."""
    (folder / "qr.pdf").write_bytes(pdf)
    subprocess.run(
        ["pdftoppm", "-r", str(dpi), "-gray", "-singlefile", "qr.pdf", "qr"],
        cwd=folder,
        capture_output=True,
        check=True,
        timeout=60,
    )
    data = (folder / "qr.pgm").read_bytes()
    header = []
    pos = 0
    while len(header) < 4:  # "P5", width, height, maxval separated by white space
        while data[pos : pos + 1].isspace():
            pos += 1
        start = pos
        while not data[pos : pos + 1].isspace():
            pos += 1
        header.append(data[start:pos])
    assert header[0] == b"P5" and header[3] == b"255"
    return int(header[1]), int(header[2]), data[pos + 1 :]


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler) not installed")
@pytest.mark.parametrize("url", [URLS[1], URLS[4], URLS[8]])
def test_drawn_qr_code_shows_exactly_the_encoded_modules(url, tmp_path):
    """No pure-Python QR decoder is available; instead the page is rendered and every
    module is read back from the pixels and compared with the encoder's matrix."""
    modules = qr_modules(url)
    units = len(modules) + 2 * QUIET_ZONE
    px = 4  # points (= pixels at 72 dpi) per module
    flowable = QrCode(url, units * px)
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=(units * px + 20, units * px + 20))
    flowable.wrapOn(canvas, units * px, units * px)
    flowable.drawOn(canvas, 10, 10)
    canvas.showPage()
    canvas.save()
    width, height, pixels = _render_gray(out.getvalue(), 72, tmp_path)
    assert len(pixels) == width * height

    def dark(row: int, col: int) -> bool:  # row/col in modules including the quiet zone
        x = 10 + col * px + px // 2
        y = 10 + row * px + px // 2  # from the top: the page is as tall as the code + 20
        return pixels[y * width + x] < 128

    seen = [
        [dark(r + QUIET_ZONE, c + QUIET_ZONE) for c in range(len(modules))]
        for r in range(len(modules))
    ]
    assert seen == modules
    quiet = [dark(r, c) for r in range(units) for c in range(units)
             if min(r, c) < QUIET_ZONE or max(r, c) >= units - QUIET_ZONE]  # fmt: skip
    assert not any(quiet)
