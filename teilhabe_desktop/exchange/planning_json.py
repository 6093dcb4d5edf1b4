"""The planning report as JSON: the published report and the confidential merge input.

Two formats, documented in ``docs/planungsbericht-json.md``:

* ``teilhabe-desktop-planning-report`` – the published report, **suppressed**: a
  figure below the minimum is ``null`` and listed under ``suppressed``, never a number.
  It cannot be merged (2 + 2 would be unknown).
* ``teilhabe-desktop-planning-merge-input`` – what one workstation hands to social
  planning for merging: **exact** counts, marked confidential in the file
  (``"confidential": true``, a warning) and in its name (``….vertraulich.json``).
  Suppression is applied after merging (a cell of 2 + 2 becomes 4).
"""

from __future__ import annotations

import json
import uuid
from datetime import date, datetime
from pathlib import Path
from typing import Any

from teilhabe_desktop.core.errors import UserError
from teilhabe_desktop.core.planning_report import (
    COLUMNS,
    MEASURES,
    TOTAL,
    UNKNOWN,
    Period,
    PlanningCounts,
)
from teilhabe_desktop.core.planning_suppression import PlanningTable
from teilhabe_desktop.exchange import safe_write
from teilhabe_desktop.exchange.sealed_file import seal, sealed_header, unseal
from teilhabe_desktop.reports.planning_labels import column_label

REPORT_FORMAT = "teilhabe-desktop-planning-report"
MERGE_FORMAT = "teilhabe-desktop-planning-merge-input"
FORMAT_VERSION = 1
#: Every merge input's name ends so: nobody mistakes it for a report to pass on.
MERGE_SUFFIX = ".vertraulich.json"
MERGE_WARNING = (
    "VERTRAULICH: genaue Zahlen eines Arbeitsplatzes, auch kleine Felder unter 3 Personen. "
    "Nur zum Zusammenführen durch die Sozialplanung; nicht weitergeben, nicht "
    "veröffentlichen, nach dem Zusammenführen löschen."
)
MAX_FILE_BYTES = 20 * 1024 * 1024
#: what a sealed merge input holds (``exchange/sealed_file.py``)
SEALED_KIND = MERGE_FORMAT
_KEYS = (*COLUMNS, TOTAL)


class PlanningFileError(UserError):
    """A file cannot be merged; nothing was written."""


def _render(document: dict[str, Any]) -> str:
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _rows_data(row_names: dict[str, str], rows: tuple[str, ...]) -> list[dict[str, str]]:
    return [{"id": row, "name": row_names.get(row, row)} for row in rows]


def report_document(table: PlanningTable, created_at: datetime) -> dict[str, Any]:
    cells = []
    for row in (*table.rows, TOTAL):
        for column in (*table.columns, TOTAL):
            values = table.values[(row, column)]
            cell: dict[str, Any] = {"sozialraum": row, "life_domain": column}
            cell.update(values)
            cell["suppressed"] = [m for m, v in values.items() if v is None]
            if (row, column) in table.notes:
                cell["missing_offers"] = list(table.notes[(row, column)])
            cells.append(cell)
    return {
        "format": REPORT_FORMAT,
        "format_version": FORMAT_VERSION,
        "created_at": created_at.replace(microsecond=0).isoformat(),
        "period": table.period.as_data(),
        "min_cell": table.min_cell,
        "workstations": table.workstations,
        "measures": dict(MEASURES),
        "sozialraeume": _rows_data(table.row_names, table.rows),
        "life_domains": [{"code": c, "name": column_label(c)} for c in table.columns],
        "cells": cells,
        "notes_dropped_for_names": table.dropped_notes,
        "cells_with_notes_withheld": table.notes_withheld,
    }


def merge_document(counts: PlanningCounts, created_at: datetime) -> dict[str, Any]:
    cells = []
    for (row, column), values in sorted(counts.counts.items()):
        exact = {m: values[m] for m in MEASURES if values.get(m)}
        if exact:
            cells.append({"sozialraum": row, "life_domain": column, **exact})
    notes = [
        {"sozialraum": row, "life_domain": column, "note": note, "persons": persons}
        for (row, column), by_note in sorted(counts.notes.items())
        for note, persons in sorted(by_note.items())
    ]
    return {
        "format": MERGE_FORMAT,
        "format_version": FORMAT_VERSION,
        "confidential": True,
        "export_id": str(uuid.uuid4()),  # the same file under two names counts once
        "warning": MERGE_WARNING,
        "created_at": created_at.replace(microsecond=0).isoformat(),
        "period": counts.period.as_data(),
        "workstations": counts.workstations,
        "sozialraeume": _rows_data(counts.row_names, counts.rows),
        "counts": cells,
        "notes": notes,
        "notes_dropped_for_names": counts.dropped_notes,
    }


def check_merge_name(path: Path) -> None:
    if not path.name.lower().endswith(MERGE_SUFFIX):
        raise UserError(
            f"Der Name einer Datei zum Zusammenführen muss auf „{MERGE_SUFFIX}“ enden "
            f"(z. B. „planungsdaten{MERGE_SUFFIX}“): Sie enthält genaue, auch kleine "
            "Zahlen und ist vertraulich."
        )


def write_report_json(path: Path, table: PlanningTable, created_at: datetime) -> None:
    safe_write.write_text(path, _render(report_document(table, created_at)))


def write_merge_input(
    path: Path, counts: PlanningCounts, created_at: datetime, passphrase: str | None = None
) -> None:
    """The exact figures; sealed with ``passphrase`` (AES-256-GCM, Argon2id, as a
    person's file), readable JSON only when it is ``None``."""
    check_merge_name(path)
    text = _render(merge_document(counts, created_at))
    if passphrase is None:
        safe_write.write_text(path, text)
    else:
        safe_write.write_bytes(path, seal(text.encode("utf-8"), passphrase, SEALED_KIND))


class MergeInputLocked(PlanningFileError):
    """The file is sealed and no passphrase was given (the GUI asks for one)."""


def is_sealed(path: Path | str) -> bool:
    """Whether ``path`` is a merge input sealed with a passphrase (reads only its JSON)."""
    return sealed_header(_load(Path(path))) is not None


def _open(path: Path, passphrase: str | None) -> dict[str, Any]:
    document = _load(path)
    if sealed_header(document) is None:
        return document
    if passphrase is None:
        raise MergeInputLocked(
            f"Die Datei „{path}“ ist verschlüsselt. Bitte geben Sie die Passphrase der "
            "Planungsdaten an."
        )
    content = unseal(document, passphrase, SEALED_KIND)
    try:
        document = json.loads(content.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise PlanningFileError(f"„{path}“ ist keine Datei mit Planungsdaten.") from None
    if not isinstance(document, dict):
        raise PlanningFileError(f"„{path}“ ist keine Datei mit Planungsdaten.")
    return document


# -- reading merge inputs -------------------------------------------------------------------


def _load(path: Path) -> dict[str, Any]:
    try:
        if path.is_dir():
            raise PlanningFileError(f"„{path}“ ist ein Ordner, keine Datei.")
        if path.stat().st_size > MAX_FILE_BYTES:
            raise PlanningFileError(f"Die Datei „{path}“ ist zu groß für Planungsdaten.")
        document = json.loads(path.read_bytes().decode("utf-8"))
    except FileNotFoundError:
        raise PlanningFileError(f"Die Datei „{path}“ gibt es nicht.") from None
    except UnicodeDecodeError:
        raise PlanningFileError(f"Die Datei „{path}“ ist kein UTF-8-Text.") from None
    except json.JSONDecodeError as error:
        raise PlanningFileError(
            f"Die Datei „{path}“ ist kein gültiges JSON (Zeile {error.lineno})."
        ) from None
    except OSError as error:
        raise PlanningFileError(
            f"Die Datei „{path}“ kann nicht gelesen werden: {error.strerror}."
        ) from error
    if not isinstance(document, dict):
        raise PlanningFileError(f"„{path}“ ist keine Datei mit Planungsdaten.")
    return document


def _fail(path: Path, what: str) -> PlanningFileError:
    return PlanningFileError(f"„{path.name}“: {what} Es wurde nichts zusammengeführt.")


def _count(path: Path, value: Any, where: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise _fail(path, f"{where} ist keine Anzahl (ganze Zahl ab 0).")
    return value


def _text(path: Path, value: Any, where: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise _fail(path, f"{where} fehlt oder ist kein Text.")
    return value


def _period(path: Path, data: Any) -> Period:
    if not isinstance(data, dict):
        raise _fail(path, "Der Zeitraum („period“) fehlt.")
    try:
        start, end = (
            date.fromisoformat(v) if v else None for v in (data.get("from"), data.get("to"))
        )
    except (TypeError, ValueError):
        raise _fail(path, "Der Zeitraum („period“) enthält kein gültiges Datum.") from None
    return Period(start, end)


def _cell(path: Path, item: Any, rows: dict[str, str], where: str) -> tuple[str, str]:
    if not isinstance(item, dict):
        raise _fail(path, f"{where} ist kein Eintrag.")
    row, column = item.get("sozialraum"), item.get("life_domain")
    if row not in rows and row != TOTAL:
        raise _fail(path, f"{where} nennt einen unbekannten Sozialraum.")
    if column not in _KEYS:
        raise _fail(path, f"{where} nennt einen unbekannten Lebensbereich.")
    return row, column


def _check_kind(path: Path, document: dict[str, Any]) -> None:
    kind = document.get("format")
    if kind == REPORT_FORMAT:
        raise _fail(
            path,
            "Das ist ein veröffentlichter Bericht mit unterdrückten Feldern („< 3“); er "
            "lässt sich nicht zusammenführen. Bitte die Datei zum Zusammenführen "
            f"(„…{MERGE_SUFFIX}“) des Arbeitsplatzes verwenden.",
        )
    if kind != MERGE_FORMAT:
        raise _fail(path, "Das ist keine Datei mit Planungsdaten von Teilhabe Desktop.")
    version = document.get("format_version")
    if not isinstance(version, int) or version > FORMAT_VERSION:
        raise _fail(path, "Die Datei stammt aus einer neueren Programmversion.")


def read_merge_input(path: Path | str, passphrase: str | None = None) -> PlanningCounts:
    """One workstation's exact figures; any problem raises :class:`PlanningFileError`
    (a sealed file without ``passphrase``: :class:`MergeInputLocked`; a wrong one:
    :class:`~teilhabe_desktop.exchange.sealed_file.WrongPassphrase`)."""
    path = Path(path)
    document = _open(path, passphrase)
    _check_kind(path, document)
    rows_data = document.get("sozialraeume")
    if not isinstance(rows_data, list):
        raise _fail(path, "Die Liste der Sozialräume fehlt.")
    rows: dict[str, str] = {}
    for item in rows_data:
        if not isinstance(item, dict):
            raise _fail(path, "Ein Sozialraum ist kein Eintrag.")
        rows[_text(path, item.get("id"), "Die Kennung eines Sozialraums")] = _text(
            path, item.get("name"), "Der Name eines Sozialraums"
        )
    counts: dict[tuple[str, str], dict[str, int]] = {}
    for number, item in enumerate(_list(path, document, "counts"), start=1):
        cell = _cell(path, item, rows, f"Zahl {number}")
        unknown = set(item) - {"sozialraum", "life_domain", *MEASURES}
        if unknown:
            raise _fail(path, f"Zahl {number} enthält Unbekanntes ({', '.join(sorted(unknown))}).")
        counts[cell] = {m: _count(path, item[m], f"Zahl {number}") for m in MEASURES if m in item}
    notes: dict[tuple[str, str], dict[str, int]] = {}
    for number, item in enumerate(_list(path, document, "notes"), start=1):
        cell = _cell(path, item, rows, f"Hinweis {number}")
        note = _text(path, item.get("note"), f"Hinweis {number}")
        notes.setdefault(cell, {})[note] = _count(path, item.get("persons"), f"Hinweis {number}")
    if UNKNOWN not in rows:
        rows[UNKNOWN] = "Sozialraum unbekannt"
    export_id = _text(path, document.get("export_id"), "Die Kennung der Datei („export_id“)")
    return PlanningCounts(
        rows=tuple(rows),
        row_names=rows,
        period=_period(path, document.get("period")),
        counts=counts,
        notes=notes,
        dropped_notes=_count(path, document.get("notes_dropped_for_names", 0), "Die Zahl"),
        workstations=_count(path, document.get("workstations", 1), "Die Zahl der Arbeitsplätze"),
        export_ids=(export_id,),
    )


def _list(path: Path, document: dict[str, Any], key: str) -> list:
    value = document.get(key)
    if not isinstance(value, list):
        raise _fail(path, f"Der Eintrag „{key}“ fehlt.")
    return value
