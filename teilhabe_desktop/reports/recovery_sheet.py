"""The one-page sheet with the recovery key, printed once and kept apart from the laptop."""

from __future__ import annotations

import io
from datetime import date

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from teilhabe_desktop.core.dates import german_date
from teilhabe_desktop.reports.fonts import register_fonts

_LINES = (
    "Mit diesem Schlüssel öffnen Sie die verschlüsselte Datenbank, wenn die Passphrase",
    "vergessen ist. Wer ihn hat, kann alle Daten lesen: Bewahren Sie dieses Blatt",
    "verschlossen und getrennt vom Laptop auf (z. B. im Tresor der Dienststelle).",
    "",
    "So geht es: Beim Start auf „Passphrase vergessen? Mit dem Wiederherstellungs-",
    "schlüssel öffnen“ klicken, den Schlüssel eingeben und danach unter",
    "„Sicherheit → Passphrase ändern …“ eine neue Passphrase festlegen.",
)


def recovery_sheet_pdf(recovery_key: str, database_name: str, made_on: date) -> bytes:
    regular, bold = register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=True)
    canvas.setTitle("Wiederherstellungsschlüssel – Teilhabe Desktop")
    height = A4[1]
    y = height - 30 * mm
    canvas.setFont(bold, 18)
    canvas.drawString(25 * mm, y, "Wiederherstellungsschlüssel")
    y -= 10 * mm
    canvas.setFont(regular, 11)
    canvas.drawString(25 * mm, y, f"Teilhabe Desktop · Datenbank „{database_name}“")
    y -= 6 * mm
    canvas.drawString(25 * mm, y, f"Erstellt am {german_date(made_on)}")
    y -= 18 * mm
    canvas.setFont(bold, 17)
    groups = recovery_key.split("-")
    canvas.drawString(25 * mm, y, "  ".join(groups[:4]))
    y -= 10 * mm
    canvas.drawString(25 * mm, y, "  ".join(groups[4:]))
    y -= 18 * mm
    canvas.setFont(regular, 11)
    for line in _LINES:
        canvas.drawString(25 * mm, y, line)
        y -= 6 * mm
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
