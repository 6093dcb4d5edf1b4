"""A column mapping chosen by a person: which column of a list holds which field.

The same mapping comes from the GUI's *Spalten zuordnen* step, from ``--map
"Einrichtung=Name,Straße=Straße"`` and from a JSON file the dialog saves and
``--mapping FILE.json`` loads::

    {"format": "teilhabe-desktop-spaltenzuordnung", "version": 1,
     "sheet": "Angebote", "columns": {"Einrichtung": "name", "Nr.": null}}

Fields are named by their key (``name``) or their German column header (``Name``);
``null``, ``""`` or ``-`` means "nicht übernehmen". The sheet is only for spreadsheets.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from teilhabe_desktop.core.errors import UserError
from teilhabe_desktop.exchange.csv_columns import CSV_COLUMNS, header_key
from teilhabe_desktop.exchange.safe_write import atomic_target

FORMAT_NAME = "teilhabe-desktop-spaltenzuordnung"
FORMAT_VERSION = 1
_IGNORE = {"", "-", "nicht uebernehmen", "ignorieren", "ignore", "none", "null"}
_MAX_FILE = 1024 * 1024


class MappingError(UserError):
    """A mapping that cannot be used; the message says why (German)."""


@dataclass
class ColumnMapping:
    columns: dict[str, str | None] = field(default_factory=dict)  # header -> attr or None
    sheet: str | None = None

    def __bool__(self) -> bool:
        return bool(self.columns) or self.sheet is not None


def _field_keys() -> dict[str, str]:
    keys = {}
    for attr, label in CSV_COLUMNS.items():
        keys[header_key(attr)] = attr
        keys[header_key(label)] = attr
    return keys


_FIELDS = _field_keys()


def field_names() -> str:
    return ", ".join(f"„{label}“" for label in CSV_COLUMNS.values())


def field_of(name: str | None) -> str | None:
    """The attribute ``name`` means (key or German header), or None for "nicht übernehmen"."""
    if name is None:
        return None
    key = header_key(str(name))
    if key in _IGNORE:
        return None
    found = _FIELDS.get(key)
    if found is None:
        raise MappingError(
            f"„{name}“ ist kein Feld des Katalogs. Möglich sind {field_names()} "
            "oder „-“ für „nicht übernehmen“."
        )
    return found


def as_mapping(value) -> ColumnMapping:
    """A :class:`ColumnMapping` from one, a plain ``{header: attr}`` dict or ``None``."""
    if isinstance(value, ColumnMapping):
        return value
    return ColumnMapping(dict(value or {}))


def _checked(columns: dict[str, str | None]) -> dict[str, str | None]:
    seen: dict[str, str] = {}
    for header, attr in columns.items():
        if attr is None:
            continue
        if attr in seen:
            raise MappingError(
                f"Die Zuordnung gibt „{CSV_COLUMNS[attr]}“ zweimal an (Spalten „{seen[attr]}“ "
                f"und „{header}“)."
            )
        seen[attr] = header
    return columns


def parse_map_text(text: str) -> dict[str, str | None]:
    """``"Einrichtung=Name,Straße=Straße,Nr.=-"`` as ``{header: attr}``."""
    columns: dict[str, str | None] = {}
    for part in text.split(","):
        if not part.strip():
            continue
        header, sep, name = part.partition("=")
        if not sep or not header.strip():
            raise MappingError(
                f"„{part.strip()}“ ist keine Zuordnung. Bitte als „Spalte=Feld“ angeben, "
                "mehrere durch Komma getrennt, z. B. „Einrichtung=Name,Straße=Straße“."
            )
        columns[header.strip()] = field_of(name.strip())
    if not columns:
        raise MappingError("Die Zuordnung ist leer. Beispiel: „Einrichtung=Name,Straße=Straße“.")
    return _checked(columns)


def load_mapping(path: Path | str) -> ColumnMapping:
    """Read a mapping file. Raises :class:`MappingError` with a German reason."""
    path = Path(path)
    try:
        if path.stat().st_size > _MAX_FILE:
            raise MappingError(f"Die Zuordnungsdatei „{path.name}“ ist zu groß.")
        document = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise MappingError(f"Die Zuordnungsdatei „{path}“ gibt es nicht.") from None
    except (OSError, UnicodeDecodeError, ValueError, RecursionError):
        raise MappingError(
            f"„{path.name}“ ist keine lesbare Zuordnungsdatei (JSON in UTF-8 erwartet)."
        ) from None
    if not isinstance(document, dict) or not isinstance(document.get("columns"), dict):
        raise MappingError(
            f"„{path.name}“ ist keine Spaltenzuordnung (es fehlt „columns“ mit Spalte → Feld)."
        )
    if document.get("format", FORMAT_NAME) != FORMAT_NAME:
        raise MappingError(f"„{path.name}“ ist keine Spaltenzuordnung von Teilhabe Desktop.")
    version = document.get("version", FORMAT_VERSION)
    if not isinstance(version, int) or version > FORMAT_VERSION:
        raise MappingError(
            f"„{path.name}“ stammt aus einer neueren Programmversion (Format {version})."
        )
    sheet = document.get("sheet")
    if sheet is not None and not isinstance(sheet, str):
        raise MappingError(f"In „{path.name}“ ist „sheet“ kein Name eines Tabellenblatts.")
    columns: dict[str, str | None] = {}
    for header, name in document["columns"].items():
        if name is not None and not isinstance(name, str):
            raise MappingError(
                f"In „{path.name}“ ist die Zuordnung der Spalte „{header}“ kein Text."
            )
        columns[header] = field_of(name)
    return ColumnMapping(_checked(columns), sheet or None)


def save_mapping(path: Path | str, mapping: ColumnMapping) -> None:
    document = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "sheet": mapping.sheet,
        "columns": dict(mapping.columns),
    }
    with atomic_target(Path(path)) as tmp:
        tmp.write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def resolve_headers(columns: dict[str, str | None], headers: list[str], file: str) -> dict:
    """``columns`` keyed by the file's own headers (spacing and case may differ).

    Raises :class:`MappingError` when the mapping names a column the file lacks.
    """
    by_key = {header_key(h): h for h in headers if h.strip()}
    resolved: dict[str, str | None] = {}
    for header, attr in columns.items():
        found = header if header in headers else by_key.get(header_key(header))
        if found is None:
            present = ", ".join(f"„{h}“" for h in headers if h.strip()) or "keine"
            raise MappingError(
                f"Die Zuordnung nennt die Spalte „{header}“, die es in „{file}“ nicht gibt "
                f"(Spalten: {present})."
            )
        resolved[found] = attr
    return _checked(resolved)
