"""The planning report as CSV for German Excel: ";" separated, UTF-8 with BOM, CRLF.

One line per Sozialraum × life domain, then each Sozialraum over all life domains,
each life domain over all Sozialräume, and all together. A suppressed figure is the
text "< 3", never a number. Notes are joined by " | "; every cell is made safe for
spreadsheets (:mod:`cell_safety`).
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from teilhabe_desktop.core.dates import german_date
from teilhabe_desktop.core.planning_report import MEASURES, TOTAL
from teilhabe_desktop.core.planning_suppression import PlanningTable
from teilhabe_desktop.exchange import safe_write
from teilhabe_desktop.exchange.cell_safety import neutralise
from teilhabe_desktop.reports.planning_labels import column_label

NOTES_HEADER = "Was fehlt (Hinweise der Fallmanager:innen)"


def _lines(table: PlanningTable):
    for row in table.rows:
        for column in table.columns:
            yield row, column
    for row in table.rows:
        yield row, TOTAL
    for column in table.columns:
        yield TOTAL, column
    yield TOTAL, TOTAL


def period_text(table: PlanningTable) -> str:
    start, end = table.period.start, table.period.end
    if not (start or end):
        return "alle Ziele"
    return f"Ziele aktiv {german_date(start) or 'Beginn'} bis {german_date(end) or 'heute'}"


def render_csv(table: PlanningTable) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(["Sozialraum", "Lebensbereich", *MEASURES.values(), NOTES_HEADER])
    for row, column in _lines(table):
        notes = " | ".join(table.notes.get((row, column), ()))
        writer.writerow(
            [
                neutralise(table.row_name(row)),
                neutralise(column_label(column)),
                *(table.text(row, column, m) for m in MEASURES),
                neutralise(notes),
            ]
        )
    writer.writerow([])
    writer.writerow([f"Anonymer Planungsbericht; {period_text(table)}"])
    writer.writerow(
        [f"< {table.min_cell}: weniger als {table.min_cell} Personen (nicht genannt, "
         "Summen darüber ebenfalls nicht)"]
    )  # fmt: skip
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def write_report_csv(path: Path, table: PlanningTable) -> None:
    safe_write.write_bytes(path, render_csv(table))
