"""A tiny PDF for the self-test: proves reportlab and the shipped Unicode font work."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from teilhabe_desktop.assets import resource

SMOKE_TEXT = "Teilhabe Desktop – Selbsttest: Łukasz Yılmaz, Олена, Größe"
_FONT = "TeilhabeSmokeSans"


def build_smoke_pdf(out: Path) -> None:
    if _FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(_FONT, str(resource("fonts", "DejaVuSans.ttf"))))
    canvas = Canvas(str(out), pagesize=A4)
    canvas.setFont(_FONT, 14)
    canvas.drawString(72, 760, SMOKE_TEXT)
    canvas.showPage()
    canvas.save()
