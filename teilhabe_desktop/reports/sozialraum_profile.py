"""The Sozialraumprofil as a PDF: description, reference figures, offers, planning.

Same look as the file documents (Gesamtplan, access report): header and footer, "Seite
x von y", the shipped Unicode font. The offer matrix is a heat map with this
Sozialraum framed beside the other four.
"""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer

from teilhabe_desktop.core.dates import german_date
from teilhabe_desktop.core.formatting import german_decimal, german_number
from teilhabe_desktop.core.offer_coverage import ALL, COVERAGE_MEASURES, SHARE_MEASURES, percent
from teilhabe_desktop.core.reference import LIFE_DOMAINS
from teilhabe_desktop.core.sozialraum_profile import SozialraumProfile
from teilhabe_desktop.reports import planning_blocks
from teilhabe_desktop.reports.blocks import DOMAIN_NAMES, cell, grid, text_paragraphs
from teilhabe_desktop.reports.document import build_document
from teilhabe_desktop.reports.escaping import esc
from teilhabe_desktop.reports.file_frame import file_frame
from teilhabe_desktop.reports.heatmap import HeatCell, heat_table, level
from teilhabe_desktop.reports.styles import Styles, formal_styles

MARGINS = (26 * mm, 18 * mm, 24 * mm, 20 * mm)
WIDTH = planning_blocks.WIDTH
MARK = "Sozialraumprofil – ohne Personendaten"
#: Column titles of the table of this Sozialraum's offers (COVERAGE_MEASURES, short).
SHORT_HEADERS = ("Anzahl", "Regel", "Fach", "stufenlos", "WC barrierefrei", "Leichte Sprache",
                 "Gebärdensprache", "> 12 Mon. nicht geprüft")  # fmt: skip


def _number(value: int | None) -> str:
    return "–" if value is None else german_number(value)


def _area(value: float | None) -> str:
    return "–" if value is None else f"{german_decimal(round(value, 2))} km²"


def description_blocks(profile: SozialraumProfile, styles: Styles) -> list[Flowable]:
    text = profile.text
    out = text_paragraphs(text.description, styles.body) or [
        Paragraph("Noch keine Beschreibung.", styles.body)
    ]
    if text.edited_at is not None:
        out.append(
            Paragraph(
                f"Zuletzt bearbeitet von {esc(text.edited_by)} am "
                f"{german_date(text.edited_at.date())}",
                styles.small,
            )
        )
    return out


def figure_blocks(profile: SozialraumProfile, styles: Styles) -> list[Flowable]:
    rows = [[cell("Kennzahl", styles.cell_bold), cell("Wert", styles.cell_bold)]]
    for population in profile.population:
        value = _number(population.total)
        if population.missing:
            value += f" (ohne {', '.join(population.missing)}: keine Angabe)"
        rows.append([cell(f"Einwohner {population.year}", styles.cell), cell(value, styles.cell)])
    rows.append([
        cell("Fläche", styles.cell),
        cell(f"{_area(profile.area_km2)} ({len(profile.districts)} statistische Bezirke)"
             + ("; berechnet aus den eingelesenen Bezirksgrenzen" if profile.area_km2
                else "; ergibt sich, sobald die Bezirksgrenzen eingelesen sind"),
             styles.cell),
    ])  # fmt: skip
    rows.append([
        cell("Ortsteile", styles.cell),
        cell(", ".join(o.name for o in profile.ortsteile) or "–", styles.cell),
    ])  # fmt: skip
    out: list[Flowable] = [grid(rows, [45 * mm, WIDTH - 45 * mm])]
    if profile.partly:
        names = ", ".join(o.name for o in profile.partly)
        out.append(
            Paragraph(
                f"Teilweise hier, aber einem anderen Sozialraum zugeordnet: {esc(names)} "
                "(Einwohner dort mitgezählt).",
                styles.small,
            )
        )
    out.append(
        Paragraph(
            "Einwohnerzahlen: Summe der Ortsteile, die diesem Sozialraum zugeordnet sind; "
            "Fläche: Summe seiner statistischen Bezirke.",
            styles.small,
        )
    )
    districts = [[cell(h, styles.cell_bold) for h in ("Nr.", "Statistischer Bezirk",
                                                       "Ortsteil", "Fläche")]]  # fmt: skip
    for d in profile.districts:
        name = d.name + (" (abgeleitet – bitte prüfen)" if d.derived else "")
        districts.append(
            [cell(str(d.code), styles.cell), cell(name, styles.cell),
             cell(d.ortsteil_name or "", styles.cell), cell(_area(d.area_km2), styles.cell)]
        )  # fmt: skip
    out += [
        Paragraph("Statistische Bezirke", styles.h2),
        grid(districts, [14 * mm, 78 * mm, 50 * mm, 30 * mm]),
    ]
    return out


def _domain_label(domain: str) -> str:
    return "alle Lebensbereiche" if domain == ALL else f"{domain} {DOMAIN_NAMES[domain]}"


def coverage_blocks(profile: SozialraumProfile, styles: Styles) -> list[Flowable]:
    coverage = profile.coverage
    others = profile.sozialraeume
    here = profile.sozialraum.id
    style = planning_blocks.cell_style(styles.cell)
    largest = coverage.largest()
    body = []
    for domain in (*LIFE_DOMAINS, ALL):
        cells = []
        for s in others:
            value = coverage.value(s.id, domain, "offers")
            cells.append(HeatCell(str(value), 0.0 if domain == ALL else level(value, largest)))
        body.append((_domain_label(domain), cells))
    width = (WIDTH - 62 * mm) / len(others)
    column = [s.id for s in others].index(here) + 1
    out: list[Flowable] = [
        Paragraph("Angebote je Lebensbereich in allen Sozialräumen", styles.h2),
        heat_table(["Lebensbereich", *(s.name for s in others)], body,
                   [62 * mm, *([width] * len(others))], style, highlight_column=column),
    ]  # fmt: skip
    # this Sozialraum: counts and shares per domain
    header = ["Lebensbereich", *SHORT_HEADERS]
    body = []
    for domain in (*LIFE_DOMAINS, ALL):
        cells = [
            HeatCell(str(coverage.value(here, domain, m)), 0.0)
            for m in ("offers", "mainstream", "special")
        ]
        for measure in SHARE_MEASURES[1:]:
            share = coverage.share(here, domain, measure)
            cells.append(HeatCell(percent(share), share))
        body.append((_domain_label(domain), cells))
    small = (WIDTH - 44 * mm) / 8
    out += [
        Spacer(1, 3 * mm),
        Paragraph(f"Angebote in {esc(profile.sozialraum.name)}: Art und Barrierefreiheit",
                  styles.h2),
        heat_table(header, body, [44 * mm, *([small] * 8)], style),
    ]  # fmt: skip
    body = []
    for measure in SHARE_MEASURES:
        cells = []
        for s in others:
            share = coverage.share(s.id, ALL, measure)
            cells.append(HeatCell(percent(share), share))
        body.append((f"Anteil {COVERAGE_MEASURES[measure]}", cells))
    out += [
        Spacer(1, 3 * mm),
        Paragraph("Anteile im Vergleich (alle Lebensbereiche)", styles.h2),
        heat_table(["", *(s.name for s in others)], body,
                   [62 * mm, *([width] * len(others))], style, highlight_column=column),
    ]  # fmt: skip
    notes = [
        "Gezählt sind Angebote, die nicht eingestellt sind; ein Angebot für mehrere "
        "Lebensbereiche zählt in jedem davon, unter „alle Lebensbereiche“ einmal. "
        "„über 12 Monate nicht geprüft“: zuletzt vor mehr als einem Jahr oder nie geprüft."
    ]
    if coverage.examples:
        notes.append(f"Darunter {coverage.examples} erfundene Beispiel-Einträge.")
    out.append(Paragraph(esc(" ".join(notes)), styles.small))
    return out


def planning_blocks_for(profile: SozialraumProfile, styles: Styles) -> list[Flowable]:
    table = profile.planning
    row = profile.sozialraum.id
    return [
        Paragraph(esc(planning_blocks.protection_text(table)), styles.small),
        planning_blocks.row_heat_map(table, row, styles),
        planning_blocks.domain_legend(table, styles),
        Paragraph("Was fehlt", styles.h2),
        *planning_blocks.notes_blocks(table, styles, rows=[row], summary=False),
    ]


def build_profile_pdf(profile: SozialraumProfile, out: Path | BinaryIO) -> None:
    styles = formal_styles()
    name = profile.sozialraum.name
    title = f"Sozialraumprofil {name}"
    story: list[Flowable] = [
        Paragraph(esc(title), styles.title),
        Paragraph(f"Stand: {german_date(profile.made_on)} · Jena, Sozialraum {esc(name)}",
                  styles.subtitle),
        Paragraph("Beschreibung", styles.h1),
        *description_blocks(profile, styles),
        Paragraph("Zahlen aus den Referenzdaten", styles.h1),
        *figure_blocks(profile, styles),
        CondPageBreak(90 * mm),
        Paragraph("Angebote im Katalog", styles.h1),
        *coverage_blocks(profile, styles),
        CondPageBreak(70 * mm),
        Paragraph("Planungszahlen (anonym)", styles.h1),
        *planning_blocks_for(profile, styles),
    ]  # fmt: skip
    build_document(
        out,
        story,
        file_frame(title, f"Stand {german_date(profile.made_on)}", MARGINS, 140, MARK),
        title=title,
        author="Teilhabe Desktop",
        subject=f"Sozialraumprofil {name}: Referenzdaten, Angebote, anonyme Planungszahlen",
        margins=MARGINS,
    )
