"""Excel (.xlsx, .xlsm, .xls) and LibreOffice (.ods) lists, read with python-calamine.

Each cell becomes the text the person saw: "07745" typed as text stays "07745", a date
cell reads "01.03.2024", 3.0 reads "3" and 2.5 "2,5" (German decimal comma), TRUE
"ja". Rows keep their spreadsheet row number for messages. A workbook with several
sheets needs the sheet named (the GUI asks, the CLI takes ``--sheet``).
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path

import python_calamine

from teilhabe_desktop.exchange.catalogue_import import ImportFileError
from teilhabe_desktop.exchange.table_source import Rows, Table, with_sample
from teilhabe_desktop.exchange.text_files import MAX_FILE_BYTES

SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")
_KINDS = {".xlsx": "Excel", ".xlsm": "Excel", ".xls": "Excel", ".ods": "LibreOffice"}


def cell_text(value) -> str:
    """A calamine cell as the text a spreadsheet shows (German conventions)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "ja" if value else "nein"
    if isinstance(value, datetime):
        if value.time() == time(0, 0):
            return f"{value:%d.%m.%Y}"
        return f"{value:%d.%m.%Y %H:%M}"
    if isinstance(value, date):
        return f"{value:%d.%m.%Y}"
    if isinstance(value, time):
        return f"{value:%H:%M}"
    if isinstance(value, timedelta):
        minutes = int(value.total_seconds() // 60)
        return f"{minutes // 60:02d}:{minutes % 60:02d}"
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return f"{value:.15g}".replace(".", ",")
    return str(value)


def _open(path: Path) -> python_calamine.CalamineWorkbook:
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise ImportFileError(f"Die Datei „{path.name}“ ist zu groß zum Einlesen.")
        return python_calamine.CalamineWorkbook.from_path(str(path))
    except FileNotFoundError:
        raise ImportFileError(f"Die Datei „{path}“ gibt es nicht.") from None
    except python_calamine.PasswordError:
        raise ImportFileError(
            f"Die Tabelle „{path.name}“ ist mit einem Kennwort geschützt. Bitte ohne Kennwort "
            "speichern."
        ) from None
    except (python_calamine.CalamineError, OSError, ValueError):
        kind = _KINDS.get(path.suffix.lower(), "Excel")
        raise ImportFileError(
            f"Die Datei „{path.name}“ ist keine lesbare {kind}-Tabelle (beschädigt oder in "
            "einem anderen Format gespeichert). Es wurde nichts übernommen."
        ) from None


def sheet_names(path: Path) -> list[str]:
    """The visible worksheets of a workbook, in order."""
    book = _open(path)
    names = [
        meta.name
        for meta in book.sheets_metadata
        if meta.typ == python_calamine.SheetTypeEnum.WorkSheet
        and meta.visible == python_calamine.SheetVisibleEnum.Visible
    ]
    return names or list(book.sheet_names)


def _rows(sheet, file: str, first: int) -> Rows:
    try:
        for number, values in enumerate(sheet.iter_rows(), start=first):
            yield number, [cell_text(v) for v in values]
    except python_calamine.CalamineError as exc:
        raise ImportFileError(f"Die Tabelle „{file}“ ist beschädigt: {exc}.") from None


def sheet_table(path: Path, sheet: str | None = None) -> Table:
    """The rows of one sheet; without ``sheet`` the only one. Raises ImportFileError."""
    book = _open(path)
    names = sheet_names(path)
    if sheet is None:
        if len(names) != 1:
            listed = ", ".join(f"„{n}“" for n in names)
            raise ImportFileError(
                f"Die Tabelle „{path.name}“ hat mehrere Blätter ({listed}). Bitte wählen Sie "
                "eines (Befehlszeile: --sheet NAME)."
            )
        sheet = names[0]
    if sheet not in book.sheet_names:
        listed = ", ".join(f"„{n}“" for n in names)
        raise ImportFileError(
            f"Die Tabelle „{path.name}“ hat kein Blatt „{sheet}“ (vorhanden: {listed})."
        )
    data = book.get_sheet_by_name(sheet)
    first_row = data.start[0] + 1 if data.start else 1
    rows = _rows(data, path.name, first_row)
    header = next(rows, None)
    if header is None or not any(h.strip() for h in header[1]):
        raise ImportFileError(
            f"Das Blatt „{sheet}“ in „{path.name}“ ist leer oder hat keine Kopfzeile."
        )
    sample, rest = with_sample(rows)
    kind = _KINDS.get(path.suffix.lower(), "Excel")
    return Table(
        path.name,
        f"{kind}-Tabelle, Blatt „{sheet}“",
        [h.strip() for h in header[1]],
        sample,
        rest,
        data.height,
        names,
        sheet,
        header[0],
    )
