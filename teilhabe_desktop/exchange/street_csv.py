"""Reading the street directory (Straßenverzeichnis) from CSV; layout in docs/strassen-csv.md.

The same reading rules as the catalogue CSV: UTF-8 (with or without BOM), Windows-1252
or UTF-16 from Excel, separator ";", "," or Tab as the header line shows, German headers
in any spelling. All or nothing: one bad row and the whole file is refused, each problem
named with its line.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from teilhabe_desktop.core.street_directory import Side, StreetRange
from teilhabe_desktop.core.street_names import street_keys
from teilhabe_desktop.exchange.catalogue_import import ImportFileError, RowProblem
from teilhabe_desktop.exchange.csv_columns import header_key
from teilhabe_desktop.exchange.csv_dialect import detect
from teilhabe_desktop.exchange.text_files import decode_text, read_bytes


def load_text(path: Path) -> tuple[str, str, str]:
    """Text, encoding and separator, read as the catalogue reads its lists (an Excel
    ``sep=`` line names the separator and is dropped)."""
    text, encoding = decode_text(read_bytes(path), path.name)
    dialect = detect(text)
    return dialect.text, encoding, dialect.delimiter


#: attribute -> German column name (as docs/strassen-csv.md and the messages write it)
COLUMNS = {
    "street": "Straße",
    "number_from": "Hausnummer von",
    "number_to": "Hausnummer bis",
    "side": "Seite",
    "district": "Bezirk",
    "postcode": "PLZ",
}
_REQUIRED = ("street", "district")
_HEADERS = {
    "street": ("strasse", "strassenname", "street"),
    "number_from": ("hausnummer von", "hausnr von", "nr von", "von", "from"),
    "number_to": ("hausnummer bis", "hausnr bis", "nr bis", "bis", "to"),
    "side": ("seite", "side", "gerade ungerade"),
    "district": (
        "bezirk",
        "bezirk nummer",
        "statistischer bezirk",
        "bezirksnummer",
        "statbez",
        "district",
    ),
    "postcode": ("plz", "postleitzahl", "postcode"),
}
_HEADER_ATTR = {key: attr for attr, keys in _HEADERS.items() for key in keys}
_SIDES = {
    "": Side.ALL,
    "alle": Side.ALL,
    "beide": Side.ALL,
    "gerade": Side.EVEN,
    "ungerade": Side.ODD,
    **{side.value: side for side in Side},
}
_NUMBER = re.compile(r"^(\d{1,5})\s*[a-zA-Z]?$")
_DISTRICT = re.compile(r"^(\d{1,4})\b")
_POSTCODE = re.compile(r"^\d{5}$")
MAX_PROBLEMS_SHOWN = 10


class StreetFileError(ImportFileError):
    """The file is refused; ``problems`` names every bad row."""

    def __init__(self, message: str, problems: list[RowProblem]) -> None:
        super().__init__(message)
        self.problems = problems


@dataclass
class StreetFile:
    """What a street directory file holds, read and checked; nothing is written yet."""

    file: str
    format: str
    ranges: list[StreetRange] = field(default_factory=list)
    warnings: list[RowProblem] = field(default_factory=list)

    def summary(self) -> str:
        streets = len({street_keys(r.street)[0] for r in self.ranges})
        lines = [f"{self.file} ({self.format}): {len(self.ranges)} Einträge für {streets} Straßen."]
        lines += [f"Hinweis: {w.describe()}" for w in self.warnings[:MAX_PROBLEMS_SHOWN]]
        if len(self.warnings) > MAX_PROBLEMS_SHOWN:
            lines.append(f"… und {len(self.warnings) - MAX_PROBLEMS_SHOWN} weitere Hinweise.")
        return "\n".join(lines)


def read_street_csv(path: Path | str, district_codes: Iterable[int]) -> StreetFile:
    """Read and check the whole file. Raises :class:`ImportFileError` when it is unusable."""
    path = Path(path)
    known = set(district_codes)
    text, encoding, delimiter = load_text(path)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    result = StreetFile(path.name, f"CSV ({encoding}, Trennzeichen „{delimiter}“)")
    result.format = result.format.replace("\t", "Tab")
    problems: list[RowProblem] = []
    lines: list[int] = []
    try:
        headers = [h.strip() for h in next(reader, [])]
        columns = _columns(path.name, headers)
        line = reader.line_num
        for values in reader:
            start, line = line + 1, reader.line_num
            if not any(v.strip() for v in values):
                continue
            row = {
                attr: values[i].strip() if i < len(values) else "" for attr, i in columns.items()
            }
            found = _range(path.name, start, row, known, problems)
            if found is not None:
                result.ranges.append(found)
                lines.append(start)
    except csv.Error as exc:
        raise ImportFileError(
            f"Die Datei „{path.name}“ ist beschädigt oder unvollständig (Zeile "
            f"{reader.line_num}: {exc}). Es wurde nichts übernommen."
        ) from None
    if problems:
        shown = "\n".join(p.describe() for p in problems[:MAX_PROBLEMS_SHOWN])
        more = len(problems) - MAX_PROBLEMS_SHOWN
        if more > 0:
            shown += f"\n… und {more} weitere Fehler."
        raise StreetFileError(
            f"Das Straßenverzeichnis „{path.name}“ hat {len(problems)} fehlerhafte "
            f"Angaben; es wurde nichts übernommen:\n{shown}",
            problems,
        )
    if not result.ranges:
        raise ImportFileError(
            f"Die Datei „{path.name}“ enthält nur die Kopfzeile und keine Straßen."
        )
    result.warnings = overlaps(path.name, result.ranges, lines)
    return result


def _columns(file: str, headers: list[str]) -> dict[str, int]:
    columns: dict[str, int] = {}
    for index, header in enumerate(headers):
        # "Seite (alle|gerade|ungerade)", "PLZ (optional)": the word before the brackets
        attr = _HEADER_ATTR.get(header_key(header)) or _HEADER_ATTR.get(
            header_key(header.split("(", 1)[0])
        )
        if attr is not None and attr not in columns:
            columns[attr] = index
    missing = [COLUMNS[a] for a in _REQUIRED if a not in columns]
    if missing:
        what = "fehlt die Spalte" if len(missing) == 1 else "fehlen die Spalten"
        raise ImportFileError(
            f"In „{file}“ {what} „{'“ und „'.join(missing)}“ (gefunden: "
            f"{', '.join(h for h in headers if h) or 'keine'}). Die Spalten stehen in "
            "docs/strassen-csv.md."
        )
    return columns


def _range(
    file: str, line: int, row: dict[str, str], known: set[int], problems: list[RowProblem]
) -> StreetRange | None:
    def problem(attr: str, reason: str) -> None:
        problems.append(RowProblem(file, line, COLUMNS[attr], reason))

    before = len(problems)
    street = row["street"]
    if not street_keys(street):
        problem("street", "Der Straßenname fehlt.")
    numbers = []
    for attr in ("number_from", "number_to"):
        value = row.get(attr, "")
        match = _NUMBER.match(value)
        if value and match is None:
            problem(attr, f"„{value[:20]}“ ist keine Hausnummer.")
        numbers.append(int(match.group(1)) if match else None)
    number_from, number_to = numbers
    if number_from is not None and number_to is not None and number_from > number_to:
        problem("number_to", f"„bis“ ({number_to}) liegt vor „von“ ({number_from}).")
    side = _SIDES.get(header_key(row.get("side", "")))
    if side is None:
        problem("side", f"„{row['side'][:20]}“: erlaubt sind alle, gerade oder ungerade.")
    match = _DISTRICT.match(row["district"])
    district = int(match.group(1)) if match else None
    if district is None:
        problem("district", f"„{row['district'][:20]}“ ist keine Bezirksnummer.")
    elif district not in known:
        problem("district", f"Einen statistischen Bezirk {district} gibt es in Jena nicht.")
    postcode = row.get("postcode", "")
    if postcode and not _POSTCODE.match(postcode):
        problem("postcode", f"„{postcode[:20]}“ ist keine Postleitzahl (fünf Ziffern).")
    if len(problems) > before:
        return None
    assert district is not None and side is not None
    return StreetRange(street, district, number_from, number_to, side, postcode)


def overlaps(file: str, ranges: list[StreetRange], lines: list[int]) -> list[RowProblem]:
    """Rows of one street whose numbers overlap but name different districts."""
    by_street: dict[tuple[str, str], list[int]] = {}
    for index, row in enumerate(ranges):
        by_street.setdefault((street_keys(row.street)[0], row.postcode), []).append(index)
    found = []
    for indexes in by_street.values():
        for i, first in enumerate(indexes):
            for second in indexes[i + 1 :]:
                a, b = ranges[first], ranges[second]
                if a.district_code != b.district_code and _share_a_number(a, b):
                    found.append(
                        RowProblem(
                            file,
                            lines[second],
                            "",
                            f"„{b.street}“ {b.numbers} überschneidet sich mit Zeile "
                            f"{lines[first]} (Bezirk {a.district_code}); wer dort wohnt, "
                            "wählt den Bezirk.",
                        )
                    )
    return found


def _share_a_number(a: StreetRange, b: StreetRange) -> bool:
    low = max(a.number_from or 0, b.number_from or 0)
    high = min(
        a.number_to if a.number_to is not None else 10**6,
        b.number_to if b.number_to is not None else 10**6,
    )
    return any(a.holds(n) and b.holds(n) for n in range(low, min(high, low + 2) + 1))
