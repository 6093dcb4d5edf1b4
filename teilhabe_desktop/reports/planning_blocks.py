"""Blocks of the anonymous planning figures, shared by the planning report and the
Sozialraumprofil: a heat map per measure, bars per life domain, the notes."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from teilhabe_desktop.core.planning_report import MEASURES, TOTAL
from teilhabe_desktop.core.planning_suppression import PlanningTable, below_text
from teilhabe_desktop.reports.blocks import bullets
from teilhabe_desktop.reports.escaping import esc
from teilhabe_desktop.reports.heatmap import HeatCell, bars, heat_table, level
from teilhabe_desktop.reports.planning_labels import column_label
from teilhabe_desktop.reports.styles import Styles

WIDTH = 172 * mm
LABEL_WIDTH = 34 * mm
NAME_WARNING = (
    "Die Hinweise „was fehlt“ schreiben die Fallmanagerinnen und Fallmanager selbst. Sie "
    "dürfen keine Namen enthalten; ein Hinweis mit dem Vor- oder Nachnamen einer Person "
    "aus der Datenbank wird weggelassen."
)


@cache
def cell_style(base: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle("heat_cell", parent=base, fontSize=8, leading=10)


def protection_text(table: PlanningTable) -> str:
    n = table.min_cell
    return (
        "Gezählt werden Personen, nicht Ziele: Wer in einem Lebensbereich mehrere Ziele "
        "hat, zählt dort einmal. "
        f"Felder mit 1 bis {n - 1} Personen stehen als „{below_text(n)}“ (grau) und werden "
        "nie als Zahl genannt; eine Summe, in die ein solches Feld eingeht, wird ebenfalls "
        "nicht genannt, damit sich das Feld nicht zurückrechnen lässt."
    )


def measure_heat_map(
    table: PlanningTable,
    measure: str,
    styles: Styles,
    rows: Sequence[str] | None = None,
    *,
    with_total_row: bool = True,
    highlight: str | None = None,
) -> Flowable:
    """Sozialräume × life domains (and "gesamt") for one measure."""
    rows = list(table.rows if rows is None else rows)
    columns = [*table.columns, TOTAL]
    lines = [*rows, TOTAL] if with_total_row else rows
    largest = max(
        (table.value(r, c, measure) or 0 for r in table.rows for c in table.columns), default=0
    )
    style = cell_style(styles.cell)
    body = []
    for row in lines:
        cells = []
        for column in columns:
            value = table.value(row, column, measure)
            shade = None if value is None else level(value, largest)
            if TOTAL in (row, column) and shade is not None:
                shade = 0.0  # totals are not compared with single cells
            cells.append(HeatCell(table.text(row, column, measure), shade))
        body.append((table.row_name(row), cells))
    width = (WIDTH - LABEL_WIDTH) / len(columns)
    header = [MEASURES[measure], *(column_label(c, short=True) for c in columns)]
    return heat_table(
        header,
        body,
        [LABEL_WIDTH, *([width] * len(columns))],
        style,
        highlight_row=lines.index(highlight) + 1 if highlight in lines else None,
    )


def domain_bars(table: PlanningTable, measure: str, row: str = TOTAL) -> Flowable:
    items = [(column_label(c), table.value(row, c, measure)) for c in table.columns]
    return bars(items, WIDTH, unknown_text=f"{below_text(table.min_cell)} (nicht genannt)")


def domain_legend(table: PlanningTable, styles: Styles) -> Paragraph:
    names = " · ".join(esc(column_label(c)) for c in table.columns)
    return Paragraph(f"Lebensbereiche: {names}", styles.small)


def notes_blocks(
    table: PlanningTable,
    styles: Styles,
    rows: Sequence[str] | None = None,
    *,
    summary: bool = True,
) -> list[Flowable]:
    """The notes of ``rows`` (all: ``None``); ``summary``: how many were left out."""
    rows = list(table.rows if rows is None else rows)
    out: list[Flowable] = [Paragraph(esc(NAME_WARNING), styles.small), Spacer(1, 2 * mm)]
    shown = False
    for row in rows:
        for column in table.columns:
            notes = table.notes.get((row, column))
            if not notes:
                continue
            shown = True
            out.append(Paragraph(f"{esc(table.row_name(row))} · {esc(column_label(column))}",
                                 styles.h2))  # fmt: skip
            out += bullets(list(notes), styles.body)
    if not shown:
        out.append(Paragraph("Keine Hinweise, die sich zeigen lassen.", styles.body))
    if summary and table.notes_withheld:
        out.append(
            Paragraph(
                f"Hinweise aus {table.notes_withheld} Feld(ern) mit weniger als "
                f"{table.min_cell} Personen „kein passendes Angebot“ sind nicht gezeigt.",
                styles.small,
            )
        )
    if summary and table.dropped_notes:
        out.append(
            Paragraph(
                f"{table.dropped_notes} Hinweis(e) enthielten einen Namen und wurden weggelassen.",
                styles.small,
            )
        )
    return out


def row_heat_map(table: PlanningTable, row: str, styles: Styles) -> Flowable:
    """One Sozialraum: the measures × life domains (and "gesamt")."""
    columns = [*table.columns, TOTAL]
    largest = max((table.value(row, c, m) or 0 for m in MEASURES for c in table.columns), default=0)
    body = []
    for measure, label in MEASURES.items():
        cells = []
        for column in columns:
            value = table.value(row, column, measure)
            shade = None if value is None else (0.0 if column == TOTAL else level(value, largest))
            cells.append(HeatCell(table.text(row, column, measure), shade))
        body.append((label, cells))
    width = (WIDTH - LABEL_WIDTH) / len(columns)
    header = ["Personen", *(column_label(c, short=True) for c in columns)]
    return heat_table(header, body, [LABEL_WIDTH, *([width] * len(columns))],
                      cell_style(styles.cell))  # fmt: skip
