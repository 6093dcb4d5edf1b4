"""The page frame of documents for the file (Gesamtplan, access report): "Vertraulich –
Sozialdaten" and what the document is at the top, version or date and page at the foot."""

from __future__ import annotations

from collections.abc import Callable

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from teilhabe_desktop.reports.document import PAGE_HEIGHT, PAGE_WIDTH, fit_text
from teilhabe_desktop.reports.fonts import BOLD, REGULAR
from teilhabe_desktop.reports.styles import LINE, MUTED

CONFIDENTIAL = "Vertraulich – Sozialdaten"


def file_frame(
    header: str | tuple[str, str],
    footer_left: str,
    margins: tuple[float, float, float, float],
    footer_mm: float,
    mark: str = CONFIDENTIAL,
) -> Callable[[Canvas, int, int], None]:
    """A ``decorate(canvas, page, total)`` for :func:`~reports.document.build_document`.

    ``header``: one line, or two (who issues the document, then what it is), the first
    beside ``mark`` ("Vertraulich – Sozialdaten"; anonymous reports say what they are)."""
    left, right = margins[3], PAGE_WIDTH - margins[1]
    lines = (header,) if isinstance(header, str) else header

    def decorate(canvas: Canvas, page: int, total: int) -> None:
        top = PAGE_HEIGHT - 14 * mm
        first = top + 4 * mm * (len(lines) - 1)
        canvas.setFillColor(MUTED)
        canvas.setStrokeColor(LINE)
        canvas.setFont(BOLD, 9)
        canvas.drawRightString(right, first, mark)
        canvas.setFont(REGULAR, 9)
        for number, line in enumerate(lines):
            width = 120 * mm if number == 0 else right - left
            canvas.drawString(left, first - 4 * mm * number, fit_text(canvas, line, width))
        canvas.line(left, top - 2.5 * mm, right, top - 2.5 * mm)
        canvas.line(left, 16 * mm, right, 16 * mm)
        canvas.drawString(left, 11 * mm, fit_text(canvas, footer_left, footer_mm * mm))
        canvas.drawRightString(right, 11 * mm, f"Seite {page} von {total}")

    return decorate
