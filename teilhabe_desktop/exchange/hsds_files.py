"""The tables of an HSDS datapackage (folder or .zip), read as a stream within limits.

Nothing is read whole: each table is decoded and parsed row by row while it is
unpacked. The limits apply to what is read — a field, a row, the bytes of the whole
package and, for a .zip, how much a member expands against its packed size — so that
a 100,000-entry export reads fine and a zip bomb stops after a few megabytes.
Encrypted members and compression methods Python cannot unpack get a German message.
"""

from __future__ import annotations

import codecs
import csv
import io
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from teilhabe_desktop.exchange.catalogue_import import ImportFileError, RowProblem
from teilhabe_desktop.exchange.hsds_legacy import LEGACY_TABLES, SINGULAR_FILES, add_legacy
from teilhabe_desktop.exchange.hsds_tables import FILE_TO_TABLE, HSDS_TABLES
from teilhabe_desktop.exchange.json_safe import load_json
from teilhabe_desktop.store.catalogue_bulk import paused_gc

Rows = dict[str, list[dict]]  # table -> rows; each row has its line number under "_line"

#: Uncompressed bytes read from one package, all tables together.
MAX_TOTAL_BYTES = 1024**3
#: A zip member may expand to this many times its packed size (beyond the first MiB).
MAX_RATIO = 100
RATIO_ALLOWANCE = 1024**2
#: One field, one row (characters) and the columns of a table.
MAX_FIELD_CHARS = 131_072  # the csv module's default limit
MAX_ROW_CHARS = 1024**2
MAX_COLUMNS = 1000
MAX_DESCRIPTOR_BYTES = 16 * 1024**2  # datapackage.json
_CHUNK = 1 << 16
_READABLE = {zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA}
_METHODS = {9: "Deflate64", 12: "BZIP2", 14: "LZMA", 93: "Zstandard", 98: "PPMd", 99: "AES"}


@dataclass
class PackageTables:
    """What a package holds: rows per table, and under which name each file lies in it."""

    label: str  # the package as the user named it ("katalog.zip")
    rows: Rows = field(default_factory=dict)
    files: dict[str, str] = field(default_factory=dict)  # table -> name inside the package
    notes: list[RowProblem] = field(default_factory=list)  # files not read, encodings …

    def file_of(self, table: str) -> str:
        return self.files.get(table) or HSDS_TABLES.get(table, (f"{table}.csv",))[0]


class _Budget:
    """Counts what is unpacked; refuses more than the limits allow."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.total = 0

    def take(self, name: str, count: int, member_read: int, packed: int | None) -> None:
        self.total += count
        if self.total > MAX_TOTAL_BYTES:
            raise ImportFileError(
                f"„{self.label}“ ist zu groß: entpackt mehr als {MAX_TOTAL_BYTES // 1024**2} MB "
                f"(zuletzt in „{name}“). Es wurde nichts übernommen."
            )
        if packed is not None and member_read > max(MAX_RATIO * packed, RATIO_ALLOWANCE):
            raise ImportFileError(
                f"{_where(name, self.label)} entpackt sich auf mehr als das {MAX_RATIO}-Fache "
                "seiner Größe im Archiv (eine „ZIP-Bombe“?). Es wurde nichts übernommen."
            )


class _Counted(io.RawIOBase):
    """A binary stream that reports every chunk to the budget."""

    def __init__(self, raw, budget: _Budget, name: str, packed: int | None) -> None:
        self._raw, self._budget, self._name, self._packed = raw, budget, name, packed
        self.read_bytes = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        data = self._raw.read(min(len(buffer), _CHUNK))
        count = len(data)
        buffer[:count] = data
        self.read_bytes += count
        self._budget.take(self._name, count, self.read_bytes, self._packed)
        return count


class _Source:
    """The files of a folder or a zip archive, by their names inside the package."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.budget = _Budget(path.name)
        self._archive: zipfile.ZipFile | None = None
        self._members: dict[str, zipfile.ZipInfo | None] = {}  # None: a file of the folder
        if path.is_dir():
            root = path.resolve()
            for child in sorted(root.rglob("*")):
                if child.is_file() and child.suffix.lower() in (".csv", ".json"):
                    self._members[child.relative_to(root).as_posix()] = None
            return
        try:
            self._archive = zipfile.ZipFile(path)
            for info in self._archive.infolist():
                if not info.is_dir() and info.filename.lower().endswith((".csv", ".json")):
                    self._members[info.filename] = info
        except (zipfile.BadZipFile, EOFError, OSError, ValueError) as exc:
            raise ImportFileError(
                f"„{path.name}“ ist kein lesbares ZIP-Archiv ({exc}). Es wurde nichts übernommen."
            ) from None

    def close(self) -> None:
        if self._archive is not None:
            self._archive.close()

    @property
    def names(self) -> list[str]:
        """Member names, those nearest the top first (they win over a copy in a subfolder)."""
        return sorted(self._members, key=lambda name: (name.count("/"), name))

    def find(self, wanted: str) -> str | None:
        """The member named ``wanted`` (a datapackage path), or one with its base name."""
        wanted = PurePosixPath(wanted.replace("\\", "/")).as_posix().removeprefix("./")
        if wanted in self._members:
            return wanted
        base = wanted.rsplit("/", 1)[-1]
        return next((n for n in self.names if n.rsplit("/", 1)[-1] == base), None)

    @contextmanager
    def open(self, name: str) -> Iterator[_Counted]:
        info = self._members[name]
        if self._archive is None:
            target = (self.path.resolve() / name).resolve()
            try:
                handle = target.open("rb")
            except OSError as exc:
                raise ImportFileError(
                    f"{_where(name, self.path.name)} kann nicht gelesen werden: "
                    f"{exc.strerror or exc}."
                ) from None
            packed = None
        else:
            _check_member(info, self.path.name)
            try:
                handle = self._archive.open(info)
            except (NotImplementedError, RuntimeError) as exc:
                raise _unreadable_member(name, self.path.name, info, exc) from None
            packed = info.compress_size
        try:
            yield _Counted(handle, self.budget, name, packed)
        except (zipfile.BadZipFile, EOFError, OSError) as exc:
            raise ImportFileError(
                f"{_where(name, self.path.name)} ist beschädigt ({exc}). "
                "Es wurde nichts übernommen."
            ) from None
        finally:
            handle.close()


def _encrypted(name: str, label: str) -> ImportFileError:
    return ImportFileError(
        f"{_where(name, label)} ist verschlüsselt (mit Kennwort gepackt). Bitte das Datenpaket "
        "ohne Kennwort packen. Es wurde nichts übernommen."
    )


def _unpackable(name: str, label: str, method: int) -> ImportFileError:
    return ImportFileError(
        f"{_where(name, label)} ist mit einem Verfahren gepackt, das hier nicht entpackt werden "
        f"kann ({_METHODS.get(method, f'Nr. {method}')}). Bitte als gewöhnliches ZIP (Deflate) "
        "packen. Es wurde nichts übernommen."
    )


def _check_member(info: zipfile.ZipInfo, label: str) -> None:
    if info.flag_bits & 0x1:
        raise _encrypted(info.filename, label)
    if info.compress_type not in _READABLE:
        raise _unpackable(info.filename, label, info.compress_type)


def _unreadable_member(name: str, label: str, info, exc: Exception) -> ImportFileError:
    if "encrypted" in str(exc) or "password" in str(exc):
        return _encrypted(name, label)
    return _unpackable(name, label, info.compress_type)


def _encoding_of(stream: _Counted) -> tuple[str, bytes]:
    head = stream.read(4)
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16", head
    return "utf-8-sig", head


def _text_chunks(stream: _Counted, encoding: str, head: bytes) -> Iterator[str]:
    decoder = codecs.getincrementaldecoder(encoding)("strict")
    data = head or stream.read(_CHUNK)
    while True:
        text = decoder.decode(data, final=not data)
        if text:
            yield text
        if not data:
            return
        data = stream.read(_CHUNK)


def _lines(chunks: Iterator[str], where: str) -> Iterator[str]:
    """Lines ending in "\n" (what ``csv.reader`` wants; it handles "\r" itself)."""
    rest = ""
    for chunk in chunks:
        parts = (rest + chunk).split("\n")
        rest = parts.pop()
        if len(rest) > MAX_ROW_CHARS:
            raise ImportFileError(
                f"{where}: eine Zeile ist länger als {_thousands(MAX_ROW_CHARS)} Zeichen. "
                "Es wurde nichts übernommen."
            )
        for part in parts:
            yield part + "\n"
    if rest:
        yield rest


def _thousands(number: int) -> str:
    return f"{number:,}".replace(",", ".")


def _where(name: str, label: str) -> str:
    return f"„{name}“ in „{label}“"


def _parse(name: str, label: str, chunks: Iterator[str]) -> list[dict]:
    where = _where(name, label)
    reader = csv.reader(_lines(chunks, where), strict=True)
    rows: list[dict] = []
    cache: dict[str, str] = {}  # repeated values (ids a row points at, codes) stored once
    try:
        header = next(reader, None)
        if header is None:
            return rows
        header = [h.strip().lstrip("\ufeff") for h in header]
        if len(header) > MAX_COLUMNS:
            raise ImportFileError(f"{where} hat mehr als {MAX_COLUMNS} Spalten.")
        shared = [pos for pos, column in enumerate(header) if column != "id"]
        for cells in reader:
            if not cells:
                continue
            if len(cells) != len(header):
                raise ImportFileError(
                    f"{where}, Zeile {reader.line_num}: falsche Anzahl Spalten "
                    f"({len(cells)} statt {len(header)}). Es wurde nichts übernommen."
                )
            longest = max(map(len, cells), default=0)
            if longest > MAX_FIELD_CHARS:
                column = header[[len(c) for c in cells].index(longest)]
                raise ImportFileError(
                    f"{where}, Zeile {reader.line_num}, Spalte „{column}“: ein Feld ist länger "
                    f"als {_thousands(MAX_FIELD_CHARS)} Zeichen. Es wurde nichts übernommen."
                )
            if sum(map(len, cells)) > MAX_ROW_CHARS:
                raise ImportFileError(
                    f"{where}, Zeile {reader.line_num}: die Zeile ist länger als "
                    f"{_thousands(MAX_ROW_CHARS)} Zeichen. Es wurde nichts übernommen."
                )
            for pos in shared:
                value = cells[pos]
                if len(value) <= 64:
                    cells[pos] = cache.setdefault(value, value)
            row = dict(zip(header, cells, strict=True))
            row["_line"] = reader.line_num
            rows.append(row)
    except csv.Error as exc:
        reason = "enthält Binärdaten (NUL)" if "NUL" in str(exc) else str(exc)
        raise ImportFileError(
            f"{where} ist beschädigt (Zeile {reader.line_num}: {reason}). Es wurde nichts "
            "übernommen."
        ) from None
    return rows


def _read_table(source: _Source, name: str, notes: list[RowProblem]) -> list[dict]:
    with source.open(name) as stream:
        encoding, head = _encoding_of(stream)
        try:
            return _parse(name, source.path.name, _text_chunks(stream, encoding, head))
        except UnicodeDecodeError:
            pass
    source.budget.total -= stream.read_bytes  # read again from the start, as Windows-1252
    notes.append(
        RowProblem(
            name, None, "", "Die Datei ist nicht in UTF-8; sie wurde als Windows-1252 gelesen."
        )
    )
    with source.open(name) as stream:
        return _parse(name, source.path.name, _text_chunks(stream, "cp1252", b""))


def _descriptor_paths(source: _Source) -> dict[str, str]:
    """table -> member, as ``datapackage.json`` names the resources."""
    name = source.find("datapackage.json")
    if name is None:
        return {}
    with source.open(name) as stream:
        data = b""
        while chunk := stream.read(_CHUNK):
            data += chunk
            if len(data) > MAX_DESCRIPTOR_BYTES:
                break
    if len(data) > MAX_DESCRIPTOR_BYTES:
        raise ImportFileError(f"„{name}“ in „{source.path.name}“ ist zu groß.")
    package = load_json(data, name)
    paths: dict[str, str] = {}
    resources = package.get("resources") if isinstance(package, dict) else None
    for resource in resources if isinstance(resources, list) else []:
        if not isinstance(resource, dict):
            continue
        table, path = resource.get("name"), resource.get("path")
        if table in HSDS_TABLES and isinstance(path, str):
            member = source.find(path)
            if member is not None:
                paths[table] = member
    return paths


def read_tables(path: Path) -> PackageTables:
    """The HSDS 3.0 tables of a datapackage folder or .zip file."""
    with paused_gc():  # hundreds of thousands of row dicts: no collector rescans meanwhile
        return _read_tables_of(path)


def _read_tables_of(path: Path) -> PackageTables:
    source = _Source(path)
    try:
        result = PackageTables(path.name)
        result.files = _descriptor_paths(source)
        for name in source.names:
            base = name.rsplit("/", 1)[-1]
            table = FILE_TO_TABLE.get(base)
            if table and table not in result.files:
                result.files[table] = name
        for name in source.names:  # HSDS 1.x: service.csv, location.csv …
            table = SINGULAR_FILES.get(name.rsplit("/", 1)[-1])
            if table and table not in result.files:
                result.files[table] = name
        if "service" not in result.files:
            raise ImportFileError(
                f"„{path.name}“ ist kein HSDS-Datenpaket: die Tabelle „services.csv“ fehlt."
            )
        for table, name in result.files.items():
            result.rows[table] = _read_table(source, name, result.notes)
        read = set(result.files.values())
        for name in source.names:
            base = name.rsplit("/", 1)[-1]
            if name in read or base == "datapackage.json":
                continue
            if base in LEGACY_TABLES:
                add_legacy(result.rows, base, _read_table(source, name, result.notes))
                table = LEGACY_TABLES[base]
                result.files.setdefault(table, name)
                result.notes.append(
                    RowProblem(
                        name,
                        None,
                        "",
                        f"Tabelle aus HSDS 1.x, gelesen als {HSDS_TABLES[table][0]} von HSDS 3.0.",
                    )
                )
            else:
                table = FILE_TO_TABLE.get(base) or SINGULAR_FILES.get(base)
                reason = (
                    f"Nicht gelesen: die Tabelle steht schon in {result.files[table]}."
                    if table
                    else "Nicht gelesen: keine Tabelle von HSDS 3.0."
                )
                result.notes.append(RowProblem(name, None, "", reason))
        return result
    finally:
        source.close()
