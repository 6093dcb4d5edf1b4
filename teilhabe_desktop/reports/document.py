"""The page frame both printouts share: metadata, Unicode font, "Seite x von y"."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, SimpleDocTemplate

from teilhabe_desktop import APP_NAME
from teilhabe_desktop.reports.fonts import REGULAR, register_fonts
from teilhabe_desktop.reports.glyphs import printable

#: Draws header and footer: (canvas, page number, page count).
Decorate = Callable[[Canvas, int, int], None]

PAGE_WIDTH, PAGE_HEIGHT = A4


class _NumberedCanvas(Canvas):
    """Defers each page until the end so the footer can say "Seite x von y"."""

    def __init__(self, *args, decorate: Decorate, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._decorate = decorate
        self._pages: list[dict] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self.saveState()
            self._decorate(self, self._pageNumber, total)
            self.restoreState()
            super().showPage()
        super().save()


def build_document(
    out: Path | BinaryIO,
    story: list[Flowable],
    decorate: Decorate,
    *,
    title: str,
    author: str,
    subject: str,
    margins: tuple[float, float, float, float],
) -> None:
    """Lay out ``story`` on A4 pages; margins are (top, right, bottom, left) in points."""
    register_fonts()
    top, right, bottom, left = margins
    doc = SimpleDocTemplate(
        str(out) if isinstance(out, Path) else out,
        pagesize=A4,
        topMargin=top,
        rightMargin=right,
        bottomMargin=bottom,
        leftMargin=left,
        title=title,
        author=author,
        subject=subject,
        creator=APP_NAME,
        producer=APP_NAME,
        lang="de-DE",
        initialFontName=REGULAR,
        initialFontSize=10,
    )
    doc.build(story, canvasmaker=partial(_NumberedCanvas, decorate=decorate))


def fit_text(canvas: Canvas, text: str, width: float) -> str:
    """Shorten a header or footer text with "…" so it never runs off the page."""
    text = printable(text)
    font, size = canvas._fontname, canvas._fontsize
    if canvas.stringWidth(text, font, size) <= width:
        return text
    while text and canvas.stringWidth(text + "…", font, size) > width:
        text = text[: max(0, min(len(text) - 1, int(len(text) * 0.9)))]
    return text + "…"


def frame_width(margins: tuple[float, float, float, float]) -> float:
    return PAGE_WIDTH - margins[1] - margins[3]
