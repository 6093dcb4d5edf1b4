"""Reading text files as people send them: UTF-8 (with or without BOM), Windows-1252,
UTF-16 from Excel's "Unicode text". Binary and mixed files are refused with a reason."""

from __future__ import annotations

import re
from pathlib import Path

from teilhabe_desktop.exchange.catalogue_import import ImportFileError

MAX_FILE_BYTES = 512 * 1024 * 1024
#: UTF-8 sequences of the characters a German list holds outside ASCII: Latin-1 letters
#: (U+00A0–U+017F: "ä" is C3 A4) and typographic punctuation (U+2010–U+20AC: "„" is E2 80 9E).
#: Windows-1252 text rarely forms them by chance ("ß“" is DF 93, a valid but NKo letter).
_UTF8_GERMAN = re.compile(rb"[\xc2-\xc5][\x80-\xbf]|\xe2[\x80-\x82][\x80-\xbf]")


def read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ImportFileError(f"Die Datei „{path.name}“ ist zu groß zum Einlesen.")
        return path.read_bytes()
    except FileNotFoundError:
        raise ImportFileError(f"Die Datei „{path}“ gibt es nicht.") from None
    except IsADirectoryError:
        raise ImportFileError(f"„{path}“ ist ein Ordner, keine Datei.") from None
    except OSError as exc:
        raise ImportFileError(
            f"Die Datei „{path}“ kann nicht gelesen werden: {exc.strerror}."
        ) from None


def _line_of(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def decode_text(data: bytes, name: str) -> tuple[str, str]:
    """The text of a file and the encoding found. Raises :class:`ImportFileError`."""
    if not data.strip():
        raise ImportFileError(f"Die Datei „{name}“ ist leer.")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "UTF-16"
        except UnicodeDecodeError:
            raise ImportFileError(f"Die Datei „{name}“ ist beschädigt (UTF-16).") from None
    if b"\x00" in data[:65536] or b"\x00" in data:
        raise ImportFileError(
            f"Die Datei „{name}“ ist keine Textdatei (sie enthält Binärdaten). Bitte speichern "
            "Sie die Tabelle als „CSV (Trennzeichen-getrennt)“."
        )
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
        bom = True
    else:
        bom = False
    try:
        return data.decode("utf-8"), "UTF-8 mit BOM" if bom else "UTF-8"
    except UnicodeDecodeError as exc:
        bad_line = _line_of(data, exc.start)
        if bom or _UTF8_GERMAN.search(data):
            raise ImportFileError(
                f"Die Datei „{name}“ mischt Zeichenkodierungen (UTF-8 und eine andere, zuerst in "
                f"Zeile {bad_line}). Bitte speichern Sie sie einheitlich als „CSV UTF-8“."
            ) from None
    try:
        return data.decode("cp1252"), "Windows-1252"
    except UnicodeDecodeError as exc:
        raise ImportFileError(
            f"Die Zeichenkodierung der Datei „{name}“ ist unbekannt (Zeile "
            f"{_line_of(data, exc.start)}). Bitte speichern Sie sie als „CSV UTF-8“."
        ) from None
