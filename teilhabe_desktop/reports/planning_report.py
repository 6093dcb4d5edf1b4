"""The anonymous planning report as a PDF: heat maps per measure, bars, what is missing.

Built from a suppressed :class:`~core.planning_suppression.PlanningTable` only, so no
figure below the minimum can reach the PDF.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer

from teilhabe_desktop.core.dates import german_date
from teilhabe_desktop.core.planning_report import MEASURES
from teilhabe_desktop.core.planning_suppression import PlanningTable
from teilhabe_desktop.reports import planning_blocks as blocks
from teilhabe_desktop.reports.document import build_document
from teilhabe_desktop.reports.escaping import esc
from teilhabe_desktop.reports.file_frame import file_frame
from teilhabe_desktop.reports.planning_labels import measure_heading
from teilhabe_desktop.reports.styles import formal_styles

TITLE = "Anonymer Planungsbericht"
MARK = "Anonym – ohne Personendaten"
MARGINS = (26 * mm, 18 * mm, 24 * mm, 20 * mm)


def period_words(table: PlanningTable) -> str:
    start, end = table.period.start, table.period.end
    if not (start or end):
        return "alle Ziele der Pläne"
    return (
        f"Ziele, die vom {german_date(start) or 'Beginn'} bis "
        f"{german_date(end) or 'heute'} verfolgt wurden"
    )


def build_planning_pdf(table: PlanningTable, out: Path | BinaryIO, created_at: datetime) -> None:
    styles = formal_styles()
    source = (
        f"zusammengeführt aus {table.workstations} Arbeitsplätzen"
        if table.workstations > 1
        else "ein Arbeitsplatz"
    )
    story: list[Flowable] = [
        Paragraph(TITLE, styles.title),
        Paragraph(
            "Wünsche und Ziele der Teilhabeplanung nach Sozialraum und Lebensbereich – "
            "für die Sozialplanung, den Beirat für Menschen mit Behinderung und die GPV",
            styles.subtitle,
        ),
        Paragraph(
            f"<b>Zeitraum:</b> {esc(period_words(table))} · <b>Quelle:</b> {source} · "
            f"<b>erstellt am</b> {german_date(created_at.date())}",
            styles.body,
        ),
        Paragraph(esc(blocks.protection_text(table)), styles.body),
        blocks.domain_legend(table, styles),
    ]
    for measure, label in MEASURES.items():
        story += [
            CondPageBreak(70 * mm),
            Paragraph(esc(measure_heading(label)), styles.h1),
            blocks.measure_heat_map(table, measure, styles),
        ]
    for measure in ("no_offer_found", "no_link"):
        story += [
            CondPageBreak(60 * mm),
            Paragraph(
                f"Alle Sozialräume: {esc(measure_heading(MEASURES[measure]))} je Lebensbereich",
                styles.h1,
            ),
            blocks.domain_bars(table, measure),
            Spacer(1, 3 * mm),
        ]
    story += [Paragraph("Was fehlt", styles.h1), *blocks.notes_blocks(table, styles)]
    build_document(
        out,
        story,
        file_frame(TITLE, f"erstellt am {german_date(created_at.date())}", MARGINS, 140, MARK),
        title=TITLE,
        author="Teilhabe Desktop",
        subject="Anonyme Planungszahlen je Sozialraum und Lebensbereich",
        margins=MARGINS,
    )
