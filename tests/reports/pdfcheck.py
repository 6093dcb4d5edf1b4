"""Reading built PDFs back for the printing tests."""

from __future__ import annotations

import io
from datetime import date

from pypdf import PdfReader

from teilhabe_desktop.core.plan import PlanSnapshot
from teilhabe_desktop.reports.variants import build_plan_pdf

PRINTED_ON = date(2026, 3, 2)


def build(variant: str, snapshot: PlanSnapshot, label: str = "Version 1 vom 03.02.2026") -> bytes:
    out = io.BytesIO()
    build_plan_pdf(variant, snapshot, out, version_label=label, printed_on=PRINTED_ON)
    return out.getvalue()


def reader(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


def page_texts(data: bytes) -> list[str]:
    """Text of each page, whitespace collapsed (line breaks of the layout do not matter)."""
    return [" ".join((page.extract_text() or "").split()) for page in reader(data).pages]


def text(data: bytes) -> str:
    return " ".join(page_texts(data))


def font_names(data: bytes) -> set[str]:
    names: set[str] = set()
    for page in reader(data).pages:
        fonts = page.get("/Resources", {}).get("/Font", {})
        for ref in fonts.values():
            names.add(str(ref.get_object().get("/BaseFont")))
    return names


def text_sizes(data: bytes) -> list[tuple[float, str]]:
    """(font size in points as printed, text) of every piece of text on every page."""
    shown: list[tuple[float, str]] = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            # the text matrix and the graphics state may scale the font (a 12 pt font
            # drawn under a factor of two prints at 24 pt)
            a, b = tm[0] * cm[0] + tm[1] * cm[2], tm[0] * cm[1] + tm[1] * cm[3]
            shown.append((round(size * (a * a + b * b) ** 0.5, 2), text.strip()))

    for page in reader(data).pages:
        page.extract_text(visitor_text=visit)
    return shown


def page_fill(data: bytes, footer_top: float = 60) -> list[float]:
    """Per page, how far down the body text reaches: the lowest baseline above the footer
    (which lies below ``footer_top`` points from the foot, at 17 mm in both printouts), as
    a share of the page height from the top (1.0 = the page's foot)."""
    fills: list[float] = []
    for page in reader(data).pages:
        height = float(page.mediabox.height)
        lows: list[float] = []

        def visit(text, cm, tm, _font, _size, lows=lows, height=height):
            y = tm[5] * cm[3] + tm[4] * cm[1] + cm[5]
            if text.strip() and y > footer_top:
                lows.append(height - y)

        page.extract_text(visitor_text=visit)
        fills.append(round(max(lows, default=0.0) / height, 3))
    return fills
