"""Reading text files as people send them: UTF-8 (with or without BOM), Windows-1252,
UTF-16 from Excel's "Unicode text". Binary and mixed files are refused with a reason."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from pathlib import Path

from teilhabe_desktop.exchange.catalogue_import import ImportFileError

MAX_FILE_BYTES = 512 * 1024 * 1024
#: Files read as a stream (CSV) are never held whole: only an absurd size is refused.
MAX_STREAMED_BYTES = 8 * 1024**3
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


_SCAN_CHUNK = 1 << 20
#: Bytes Windows-1252 does not define.
_NOT_CP1252 = re.compile(rb"[\x81\x8d\x8f\x90\x9d]")


@dataclass(frozen=True)
class TextFile:
    """How to read a text file as a stream: its codec, the encoding found and its lines."""

    codec: str  # for ``open(encoding=...)``; strips a BOM
    encoding: str  # German label, as :func:`decode_text` names it
    lines: int


class _Scan:
    """What one pass over the bytes found (the facts :func:`decode_text` decides on)."""

    def __init__(self) -> None:
        self.text = False  # anything but white space
        self.nul = False
        self.newlines = 0
        self.utf8_error: int | None = None  # line of the first invalid UTF-8
        self.german_utf8 = False
        self.cp1252_error: int | None = None

    def take(self, chunk: bytes, decoder, tail: bytes, final: bool) -> None:
        self.text = self.text or bool(chunk.strip())
        self.nul = self.nul or b"\x00" in chunk
        if self.utf8_error is None:
            pending = len(decoder.getstate()[0])
            try:
                decoder.decode(chunk, final)
            except UnicodeDecodeError as exc:
                self.utf8_error = self._line(chunk, max(0, exc.start - pending))
        if not self.german_utf8:
            self.german_utf8 = _UTF8_GERMAN.search(tail + chunk) is not None
        if self.cp1252_error is None:
            bad = _NOT_CP1252.search(chunk)
            if bad:
                self.cp1252_error = self._line(chunk, bad.start())
        self.newlines += chunk.count(b"\n")

    def _line(self, chunk: bytes, offset: int) -> int:
        return self.newlines + chunk.count(b"\n", 0, offset) + 1


def scan_text_file(path: Path) -> TextFile:
    """The encoding of ``path`` by the rules of :func:`decode_text`, read in chunks of
    1 MiB (a file of 100,000 rows is never held whole). Raises :class:`ImportFileError`."""
    name = path.name
    read_bytes_size_check(path, MAX_STREAMED_BYTES)
    try:
        with path.open("rb") as handle:
            head = handle.read(3)
            if head.startswith((b"\xff\xfe", b"\xfe\xff")):
                return _scan_utf16(path, handle, head)
            bom = head == b"\xef\xbb\xbf"
            scan = _Scan()
            decoder = codecs.getincrementaldecoder("utf-8")("strict")
            chunk, tail = (b"" if bom else head) + handle.read(_SCAN_CHUNK), b""
            while True:
                following = handle.read(_SCAN_CHUNK)
                scan.take(chunk, decoder, tail, final=not following)
                if not following:
                    break
                tail, chunk = chunk[-2:], following
    except OSError as exc:
        raise ImportFileError(
            f"Die Datei „{path}“ kann nicht gelesen werden: {exc.strerror}."
        ) from None
    lines = scan.newlines + 1
    if not scan.text:
        raise ImportFileError(f"Die Datei „{name}“ ist leer.")
    if scan.nul:
        raise ImportFileError(
            f"Die Datei „{name}“ ist keine Textdatei (sie enthält Binärdaten). Bitte speichern "
            "Sie die Tabelle als „CSV (Trennzeichen-getrennt)“."
        )
    if scan.utf8_error is None:
        return TextFile("utf-8-sig", "UTF-8 mit BOM" if bom else "UTF-8", lines)
    if bom or scan.german_utf8:
        raise ImportFileError(
            f"Die Datei „{name}“ mischt Zeichenkodierungen (UTF-8 und eine andere, zuerst in "
            f"Zeile {scan.utf8_error}). Bitte speichern Sie sie einheitlich als „CSV UTF-8“."
        )
    if scan.cp1252_error is None:
        return TextFile("cp1252", "Windows-1252", lines)
    raise ImportFileError(
        f"Die Zeichenkodierung der Datei „{name}“ ist unbekannt (Zeile "
        f"{scan.cp1252_error}). Bitte speichern Sie sie als „CSV UTF-8“."
    )


def _scan_utf16(path: Path, handle, head: bytes) -> TextFile:
    decoder = codecs.getincrementaldecoder("utf-16")("strict")
    data, lines, text = head, 1, False
    try:
        while True:
            following = handle.read(_SCAN_CHUNK)
            decoded = decoder.decode(data, final=not following)
            lines += decoded.count("\n")
            text = text or bool(decoded.strip())
            if not following:
                break
            data = following
    except UnicodeDecodeError:
        raise ImportFileError(f"Die Datei „{path.name}“ ist beschädigt (UTF-16).") from None
    if not text:
        raise ImportFileError(f"Die Datei „{path.name}“ ist leer.")
    return TextFile("utf-16", "UTF-16", lines)


def read_bytes_size_check(path: Path, limit: int = MAX_FILE_BYTES) -> None:
    """Refuse what :func:`read_bytes` refuses before reading: missing, folder, too big."""
    try:
        if path.stat().st_size > limit:
            raise ImportFileError(f"Die Datei „{path.name}“ ist zu groß zum Einlesen.")
    except FileNotFoundError:
        raise ImportFileError(f"Die Datei „{path}“ gibt es nicht.") from None
    except OSError as exc:
        raise ImportFileError(
            f"Die Datei „{path}“ kann nicht gelesen werden: {exc.strerror}."
        ) from None
    if path.is_dir():
        raise ImportFileError(f"„{path}“ ist ein Ordner, keine Datei.")
