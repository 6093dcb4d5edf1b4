"""A tiny PDF for the self-test: proves reportlab and the shipped Unicode font work."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from teilhabe_desktop.reports.fonts import register_fonts

SMOKE_TEXT = "Teilhabe Desktop – Selbsttest: Łukasz Yılmaz, Олена, Größe"


def build_smoke_pdf(out: Path) -> None:
    regular, _ = register_fonts()
    canvas = Canvas(str(out), pagesize=A4)
    canvas.setFont(regular, 14)
    canvas.drawString(72, 760, SMOKE_TEXT)
    canvas.showPage()
    canvas.save()
