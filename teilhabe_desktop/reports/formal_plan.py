"""The 'Gesamtplan' for the file, structured along § 121 Abs. 4 and § 19 SGB IX.

Optional sections without content are left out and the rest numbered in order; a
mandatory item prints its content, "entfällt: …" or, in a draft, that it is still
open. Every page has a header and footer: Leistungsträger, person and file number (when
there is one), plan version and date, "Seite x von y" and "Vertraulich – Sozialdaten".
"""

from __future__ import annotations

from datetime import date
from functools import cache
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table

from teilhabe_desktop.core.dates import german_date
from teilhabe_desktop.core.plan import PlanSnapshot
from teilhabe_desktop.reports import formal_sections as sections
from teilhabe_desktop.reports.document import build_document
from teilhabe_desktop.reports.escaping import clean, esc
from teilhabe_desktop.reports.file_frame import file_frame
from teilhabe_desktop.reports.flow import hold_headings, keeps_with_next
from teilhabe_desktop.reports.styles import formal_styles
from teilhabe_desktop.reports.text import para

MARGINS = (26 * mm, 18 * mm, 24 * mm, 20 * mm)
#: width of the footer's left text; "Seite 12 von 12" needs the rest of the line
FOOTER_MM = 140


@cache
def _reference_style(small: ParagraphStyle) -> ParagraphStyle:
    """The style of the legal references under headings, made once."""
    return ParagraphStyle("f_ref", parent=small, keepWithNext=1, spaceAfter=2)


def _lead(content: list[Flowable]) -> tuple[list[Flowable], int]:
    """The first block of a section with the subheadings before it ("Persönliche
    Ressourcen" and its table), which must stand on one page with the heading, and how
    many of ``content`` it takes."""
    count = 0
    while count < len(content) - 1 and keeps_with_next(content[count]):
        count += 1
    first = content[count]
    inner = first._content if isinstance(first, KeepTogether) else [first]
    return [*content[:count], *inner], count + 1


def build_formal_plan_pdf(
    snapshot: PlanSnapshot, out: Path | BinaryIO, *, version_label: str, printed_on: date
) -> None:
    """Write the formal plan ("Gesamtplan") of ``snapshot`` to ``out``."""
    styles = formal_styles()
    person = snapshot.person
    story: list[Flowable] = [
        Paragraph("Gesamtplan", styles.title),
        Paragraph(
            "Teilhabeplanung der Eingliederungshilfe nach § 121 Abs. 4 und § 19 SGB IX",
            styles.subtitle,
        ),
        Paragraph(
            f"<b>{esc(person.display_name)}</b> · {esc(version_label)} · "
            f"gedruckt am {german_date(printed_on)}",
            styles.body,
        ),
    ]
    reference_style = _reference_style(styles.small)
    number = 0
    for builder in sections.SECTIONS:
        heading, reference, content = builder(snapshot, styles)
        if not content:
            continue
        number += 1
        head: list[Flowable] = [Paragraph(f"{number}. {esc(heading)}", styles.h1)]
        if reference:
            head.append(para(reference, reference_style))
        # a heading never stands alone at the foot of a page: it goes with its first block
        # (a table: with its first rows, so a long table does not leave a page half empty)
        lead, taken = _lead(content)
        story += (
            hold_headings([*head, *lead])
            if isinstance(lead[-1], Table)
            else [KeepTogether([*head, *lead])]
        )
        story += hold_headings(content[taken:])

    name = clean(person.display_name)
    file_number = clean(person.file_number).strip()
    authority = clean(snapshot.plan.authority).strip()
    what = f"Gesamtplan für {name}" + (f" – Aktenzeichen {file_number}" if file_number else "")
    header = (authority, what) if authority else what
    footer_left = f"{clean(version_label)} · gedruckt am {german_date(printed_on)}"
    decorate = file_frame(header, footer_left, MARGINS, FOOTER_MM)

    build_document(
        out,
        story,
        decorate,
        title=f"Gesamtplan – {name}",
        author=clean(person.caseworker) or "Teilhabe Desktop",
        subject="Gesamtplan nach § 121 SGB IX"
        + (f", Aktenzeichen {file_number}" if file_number else ""),
        margins=MARGINS,
    )
