"""CSV import and export of the catalogue (German Excel and what people send).

Export: the columns of :data:`CSV_COLUMNS`, UTF-8 with BOM, ";" separated, CRLF.
Import: see :func:`inspect_csv` (headers found and their meaning) and :func:`read_csv`.

This file is meant for people who edit it in a spreadsheet, so it stays German through
and through: German column names, dates as TT.MM.JJJJ, and costs, status and
accessibility as their German labels (``"kostenlos"``, ``"aktiv"``, ``"ja"``), not as
the stable codes the database and the JSON files store. The import accepts the label,
the stable code (``"free"``) and common spellings (see ``csv_columns``); a label that is
reworded later is still read through the frozen values of ``core.codes``.
"""

from __future__ import annotations

import csv
import io
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

from teilhabe_desktop.core.catalogue import (
    ACCESSIBILITY_FEATURES,
    Availability,
    Cost,
    Offer,
    OfferStatus,
)
from teilhabe_desktop.core.dates import german_date
from teilhabe_desktop.core.places import fold
from teilhabe_desktop.exchange import csv_columns as cols
from teilhabe_desktop.exchange.catalogue_import import (
    ImportFileError,
    Incoming,
    ReadResult,
    RowProblem,
)
from teilhabe_desktop.exchange.safe_write import atomic_target
from teilhabe_desktop.exchange.text_files import decode_text, read_bytes

csv.field_size_limit(64 * 1024 * 1024)
Progress = Callable[[int, int], None]
FIELD_LABELS = cols.CSV_COLUMNS


@dataclass(frozen=True)
class Reference:
    """Names the importer understands: categories and Sozialräume (id -> name)."""

    categories: dict[str, str]
    sozialraeume: dict[str, str]

    @cached_property
    def _category_keys(self) -> dict[str, str]:
        keys = {fold(name): cid for cid, name in self.categories.items()}
        keys.update({fold(cid): cid for cid in self.categories})
        return keys

    @cached_property
    def _sozialraum_keys(self) -> dict[str, str]:
        keys = {fold(name): sid for sid, name in self.sozialraeume.items()}
        keys.update({fold(sid): sid for sid in self.sozialraeume})
        return keys

    def category_id(self, text: str) -> str | None:
        return self._category_keys.get(_folded(text))

    def sozialraum_id(self, text: str) -> str | None:
        return self._sozialraum_keys.get(_folded(text))


@lru_cache(maxsize=4096)
def _folded(text: str) -> str:
    return fold(text)


@dataclass
class CsvLayout:
    """What the file's header says, for the column-mapping step."""

    file: str
    encoding: str
    delimiter: str
    headers: list[str]
    mapping: dict[str, str | None] = field(default_factory=dict)  # header -> attribute
    unknown: list[str] = field(default_factory=list)

    @property
    def missing_required(self) -> list[str]:
        return [] if "name" in self.mapping.values() else ["name"]


def _delimiter(first_line: str) -> str:
    counts = {d: 0 for d in (";", ",", "\t")}
    quoted = False
    for ch in first_line:
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch in counts:
            counts[ch] += 1
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ";"


def _load(path: Path) -> tuple[str, str, str]:
    text, encoding = decode_text(read_bytes(path), path.name)
    first = text.split("\n", 1)[0]
    return text, encoding, _delimiter(first)


def _layout(path: Path, encoding: str, delimiter: str, headers: list[str], mapping) -> CsvLayout:
    layout = CsvLayout(path.name, encoding, delimiter, headers)
    used: set[str] = set()
    for header in headers:
        attr = mapping[header] if mapping and header in mapping else cols.guess_attribute(header)
        if attr is not None and (attr in used or attr not in cols.CSV_COLUMNS):
            attr = None
        layout.mapping[header] = attr
        if attr is None:
            if header.strip():
                layout.unknown.append(header)
        else:
            used.add(attr)
    return layout


def inspect_csv(path: Path | str, mapping: dict[str, str | None] | None = None) -> CsvLayout:
    """Encoding, separator, headers and their guessed meaning. Reads only."""
    path = Path(path)
    text, encoding, delimiter = _load(path)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        headers = next(reader)
    except (StopIteration, csv.Error):
        raise ImportFileError(f"Die Datei „{path.name}“ hat keine lesbare Kopfzeile.") from None
    return _layout(path, encoding, delimiter, [h.strip() for h in headers], mapping)


def stable_id(name: str, street: str, postcode: str, place: str) -> str:
    """Id for rows without one: the same row gets the same id on every import."""
    key = "|".join(fold(v) for v in (name, street, postcode, place))
    return "csv-" + str(uuid.uuid5(uuid.NAMESPACE_URL, "teilhabe-offer:" + key))


def read_csv(
    path: Path | str,
    reference: Reference,
    mapping: dict[str, str | None] | None = None,
    progress: Progress | None = None,
) -> ReadResult:
    """Read offers from a CSV file. Raises :class:`ImportFileError` for unusable files."""
    path = Path(path)
    text, encoding, delimiter = _load(path)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    result = ReadResult(format=f"CSV ({encoding}, Trennzeichen „{delimiter}“)".replace("\t", "Tab"))
    try:
        headers = [h.strip() for h in next(reader)]
        layout = _layout(path, encoding, delimiter, headers, mapping)
        if layout.missing_required:
            raise ImportFileError(
                f"In „{path.name}“ fehlt die Spalte „Name“ (gefunden: "
                f"{', '.join(h for h in headers if h) or 'keine'}). "
                "Bitte ordnen Sie die Spalten zu."
            )
        for header in layout.unknown:
            result.warnings.append(
                RowProblem(path.name, 1, header, "Unbekannte Spalte; Inhalt wird nur mitgeführt.")
            )
        shape = _RowShape.of(layout, headers)
        total_lines = text.count("\n") + 1
        line = reader.line_num
        rows = 0
        for values in reader:
            start, line = line + 1, reader.line_num
            if not any(v.strip() for v in values):
                continue
            rows += 1
            _read_row(result, path.name, start, shape, values, reference)
            if progress and rows % 1000 == 0:
                progress(line, total_lines)
    except csv.Error as exc:
        raise ImportFileError(
            f"Die Datei „{path.name}“ ist beschädigt oder unvollständig (Zeile "
            f"{reader.line_num}: {exc}). Es wurde nichts übernommen."
        ) from None
    if rows == 0:
        raise ImportFileError(
            f"Die Datei „{path.name}“ enthält nur die Kopfzeile und keine Angebote."
        )
    if progress:
        progress(total_lines, total_lines)
    return result


@dataclass
class _RowShape:
    """How the cells of a row become offer attributes (the same for every row of a file)."""

    width: int
    mapped: list[tuple[int, str]]  # (column index, attribute)
    unmapped: list[tuple[int, str]]  # (column index, header) of columns only carried along
    columns: dict[str, str]  # attribute -> header, shared by every row (read only)

    @classmethod
    def of(cls, layout: CsvLayout, headers: list[str]) -> _RowShape:
        mapped, unmapped, columns = [], [], {}
        for index, header in enumerate(headers):
            attr = layout.mapping.get(header)
            if attr is None:
                if header:
                    unmapped.append((index, header))
                continue
            mapped.append((index, attr))
            columns[attr] = header
            if attr.startswith("acc_"):
                columns.setdefault("accessibility", header)
        return cls(len(headers), mapped, unmapped, columns)


def _read_row(result, file, line, shape: _RowShape, values, reference: Reference) -> None:
    if len(values) != shape.width:
        result.invalid.append(
            RowProblem(
                file,
                line,
                "",
                f"Die Zeile hat {len(values)} statt {shape.width} Spalten (Trennzeichen oder "
                "Anführungszeichen prüfen).",
            )
        )
        return
    cells = {attr: values[index] for index, attr in shape.mapped}
    extra = {header: values[index] for index, header in shape.unmapped if values[index].strip()}
    problems: list[RowProblem] = []
    offer = _offer_from_cells(
        cells, reference, file, line, shape.columns, problems, result.warnings
    )
    if problems:
        result.invalid.extend(problems)
        return
    if extra:
        offer.extra.setdefault("csv", {}).update(extra)
    result.incoming.append(Incoming(offer, file, line, shape.columns))


def _offer_from_cells(cells, reference, file, line, columns, problems, warnings) -> Offer:
    """One offer from the cells of a row. An empty or missing cell means the default."""

    def get(attr: str) -> str:
        return (cells.get(attr) or "").strip()

    def parse(attr: str, parser, default=None, empty=None):
        text = cells.get(attr)
        if not text:
            return empty  # what ``parser("")`` gives, without the call
        try:
            return parser(text)
        except cols.ValueProblem as exc:
            problems.append(RowProblem(file, line, columns.get(attr, attr), str(exc)))
            return default

    def warn(attr: str, reason: str) -> None:
        warnings.append(RowProblem(file, line, columns.get(attr, attr), reason))

    name = (cells.get("name") or "").strip()
    extra: dict = {}
    categories, unknown = [], []
    for part in cols.split_list(cells.get("category_ids") or "", ";|,/"):
        cid = reference.category_id(part)
        (categories.append(cid) if cid else unknown.append(part))
    if unknown:
        warn("category_ids", f"Kategorie nicht bekannt, nur mitgeführt: {', '.join(unknown)}.")
        extra = {"csv": {"Kategorie (unbekannt)": "; ".join(unknown)}}
    target_groups = cols.split_list(cells.get("target_groups") or "", ";|")
    life_domains = [d.lower() for d in cols.split_list(cells.get("life_domains") or "")]
    mainstream = parse("mainstream", cols.parse_mainstream, True, True)
    street = get("street")
    postcode = get("postcode")
    if postcode.isdigit() and len(postcode) == 4:
        postcode = "0" + postcode  # Excel dropped the leading zero
        warn("postcode", "Postleitzahl hatte 4 Ziffern; führende Null ergänzt.")
    place = get("place")
    sozialraum_id = None
    sozialraum = get("sozialraum_id")
    if sozialraum:
        sozialraum_id = reference.sozialraum_id(sozialraum)
        if sozialraum_id is None:
            warn("sozialraum_id", f"Sozialraum „{sozialraum}“ nicht eindeutig; bitte zuordnen.")
    district_code = parse("district_code", cols.parse_int)
    ortsteil_id = parse("ortsteil_id", cols.parse_int)
    lat = parse("lat", cols.parse_float)
    lon = parse("lon", cols.parse_float)
    schedules = parse("schedules", cols.parse_schedules, []) if cells.get("schedules") else []
    accessibility = {}
    for key in ACCESSIBILITY_FEATURES:
        attr = f"acc_{key}"
        if attr in cells:
            value = parse(attr, cols.parse_availability, None, Availability.UNKNOWN)
            if value is not None:
                accessibility[key] = value
    cost = parse("cost", cols.parse_cost, Cost.UNKNOWN, Cost.UNKNOWN)
    status = parse("status", cols.parse_status, OfferStatus.ACTIVE, OfferStatus.ACTIVE)
    last_verified = parse("last_verified", cols.parse_date)
    needs_review = parse("needs_review", cols.parse_bool, False, False)
    is_example = parse("is_example", cols.parse_bool, False, False)
    updated_at = parse("updated_at", cols.parse_datetime)
    return Offer(
        id=get("id") or stable_id(name, street, postcode, place),
        name=name,
        description=cells.get("description") or "",
        organization_id=get("organization_id") or None,
        organization_name=get("organization_name"),
        category_ids=categories,
        target_groups=target_groups,
        life_domains=life_domains,
        mainstream=mainstream,
        street=street,
        postcode=postcode,
        city=get("city") or "Jena",
        place=place,
        sozialraum_id=sozialraum_id,
        district_code=district_code,
        ortsteil_id=ortsteil_id,
        lat=lat,
        lon=lon,
        phone=get("phone"),
        email=get("email"),
        website=get("website"),
        opening_hours=cells.get("opening_hours") or "",
        schedules=schedules,
        accessibility=accessibility,
        cost=cost,
        cost_note=cells.get("cost_note") or "",
        status=status,
        last_verified=last_verified,
        verified_by=get("verified_by"),
        needs_review=needs_review,
        review_note=cells.get("review_note") or "",
        source=cells.get("source") or "",
        is_example=is_example,
        updated_at=updated_at,
        extra=extra,
    )


# -- export ----------------------------------------------------------------------------


def offer_cells(offer: Offer, reference: Reference) -> list[str]:
    values = {
        "id": offer.id,
        "name": offer.name,
        "description": offer.description,
        "organization_id": offer.organization_id or "",
        "organization_name": offer.organization_name,
        "category_ids": "; ".join(reference.categories.get(c, c) for c in offer.category_ids),
        "target_groups": "; ".join(offer.target_groups),
        "life_domains": "; ".join(offer.life_domains),
        "mainstream": "Regelangebot" if offer.mainstream else "Fachangebot",
        "street": offer.street,
        "postcode": offer.postcode,
        "city": offer.city,
        "place": offer.place,
        "sozialraum_id": reference.sozialraeume.get(offer.sozialraum_id or "", "")
        if offer.sozialraum_id
        else "",
        "district_code": "" if offer.district_code is None else str(offer.district_code),
        "ortsteil_id": "" if offer.ortsteil_id is None else str(offer.ortsteil_id),
        "lat": cols.format_float(offer.lat),
        "lon": cols.format_float(offer.lon),
        "phone": offer.phone,
        "email": offer.email,
        "website": offer.website,
        "opening_hours": offer.opening_hours,
        "schedules": cols.format_schedules(offer.schedules),
        "cost": offer.cost.label,
        "cost_note": offer.cost_note,
        "status": offer.status.label,
        "last_verified": german_date(offer.last_verified),
        "verified_by": offer.verified_by,
        "needs_review": cols.format_bool(offer.needs_review),
        "review_note": offer.review_note,
        "source": offer.source,
        "is_example": cols.format_bool(offer.is_example),
        "updated_at": offer.updated_at.isoformat() if offer.updated_at else "",
    }
    for key in ACCESSIBILITY_FEATURES:
        values[f"acc_{key}"] = offer.access(key).label
    return [values[attr] for attr in cols.CSV_COLUMNS]


def write_csv(
    path: Path | str,
    offers: Iterable[Offer],
    reference: Reference,
    total: int = 0,
    progress: Progress | None = None,
) -> int:
    """Write ``offers`` in the documented layout; returns the number of rows."""
    path = Path(path)
    count = 0
    with atomic_target(path) as tmp, tmp.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";", lineterminator="\r\n")
        writer.writerow(list(cols.CSV_COLUMNS.values()))
        for offer in offers:
            writer.writerow(offer_cells(offer, reference))
            count += 1
            if progress and count % 1000 == 0:
                progress(count, total)
    if progress:
        progress(count, total or count)
    return count
