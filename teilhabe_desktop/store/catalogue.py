"""Repository of the offer catalogue: search, read, save, deactivate."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from teilhabe_desktop.core.catalogue import Availability, Offer, OfferStatus, Schedule
from teilhabe_desktop.core.catalogue_query import OfferPin, OfferQuery, OfferRow
from teilhabe_desktop.store.catalogue_rows import (
    ROW_SELECT,
    offer_row,
    organization_id_for,
    row_to_offer,
)
from teilhabe_desktop.store.catalogue_search import build_search, order_by
from teilhabe_desktop.store.errors import DatabaseFailure
from teilhabe_desktop.store.sql import Database

if TYPE_CHECKING:  # writing, checking and locating load on first use, not for a search
    from teilhabe_desktop.core.catalogue_validation import FieldError
    from teilhabe_desktop.core.locating import Locator
    from teilhabe_desktop.core.places import PlaceResolver
    from teilhabe_desktop.store.catalogue_write import OfferWriter

Progress = Callable[[int, int], None]
_CHUNK = 500


def _chunks(items: Sequence, size: int = _CHUNK):
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _normalized(offer: Offer) -> dict:
    """Changes that make ``offer`` look as it will after a save and load."""
    changes: dict = {}
    for attr in ("name", "postcode", "email", "website"):
        value = getattr(offer, attr) or ""
        if value != value.strip():
            changes[attr] = value.strip()
    domains = sorted(set(offer.life_domains))
    if domains != offer.life_domains:
        changes["life_domains"] = domains
    categories = list(dict.fromkeys(offer.category_ids))
    if categories != offer.category_ids:
        changes["category_ids"] = categories
    known = {k: v for k, v in offer.accessibility.items() if v != Availability.UNKNOWN}
    if known != offer.accessibility:
        changes["accessibility"] = known
    return changes


def _copy_with(offer: Offer, changes: dict) -> Offer:
    """``dataclasses.replace(offer, **changes)`` without running ``__init__`` again.

    Offer has no ``__post_init__`` and no slots, so a shallow copy of its fields is the
    same; this matters when 100,000 offers are prepared for an import.
    """
    copy = object.__new__(Offer)
    copy.__dict__.update(offer.__dict__)
    for attr, value in changes.items():
        if attr not in copy.__dict__:
            raise TypeError(f"Offer has no field {attr!r}")
        copy.__dict__[attr] = value
    return copy


def now_utc() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


class CatalogueRepository:
    def __init__(self, db: Database) -> None:
        self._db = db
        self._resolver: PlaceResolver | None = None
        self._categories: dict[str, str] | None = None
        self._valid_ids: dict[str, set] | None = None
        self._places: dict[str, tuple] = {}
        self._locations: dict[tuple, tuple | None] = {}
        self._locator: Locator | None = None
        self._organization_ids: dict[str, str] = {}

    # -- reading ---------------------------------------------------------------------

    def search(self, query: OfferQuery, limit: int = 100, offset: int = 0) -> list[OfferRow]:
        limit, offset = max(0, limit), max(0, offset)
        sql = build_search(query)
        if sql.has_text and query.sort == "relevance" and not query.descending:
            rows = self._search_ranked(sql, limit, offset)
            if rows is not None:
                return rows
        text = (
            f"SELECT {ROW_SELECT} FROM {sql.clause()} "
            f"ORDER BY {order_by(query, sql.has_text)} LIMIT ? OFFSET ?"
        )
        return [offer_row(row) for row in self._db.execute(text, [*sql.params, limit, offset])]

    def quick_search(self, query: OfferQuery, limit: int = 100) -> tuple[list[OfferRow], bool]:
        """A cheap unranked first page of a text query (see :mod:`catalogue_quick`)."""
        from teilhabe_desktop.store.catalogue_quick import quick_search

        return quick_search(self._db, query, max(0, limit))

    def _search_ranked(self, sql, limit: int, offset: int) -> list[OfferRow] | None:
        """Best hits first, ranking only in the full-text index (fast at any size).

        The window of candidates is ranked by (rank, rowid), a total order, so pages
        fetched one after another fit together. ``None`` when filters left too few rows
        in the window: the caller then runs the full query.
        """
        window = (offset + limit) * 2 + 50
        filters = sql.where[1:]
        where = " AND ".join(filters) if filters else "1"
        text = (
            "WITH hits AS (SELECT rowid AS num, rank FROM offer_fts WHERE offer_fts MATCH ? "
            "ORDER BY rank, rowid LIMIT ?) "
            f"SELECT {ROW_SELECT}, (SELECT count(*) FROM hits) FROM hits f "
            "JOIN offer o ON o.num = f.num LEFT JOIN organization g ON g.id = o.organization_id "
            f"WHERE {where} ORDER BY f.rank, f.num LIMIT ? OFFSET ?"
        )
        params = [sql.params[0], window, *sql.params[1:], limit, offset]
        rows = self._db.execute(text, params).fetchall()
        candidates = rows[0][-1] if rows else None
        if len(rows) < limit and (candidates is None or candidates >= window):
            if candidates is None and not filters:
                return []
            return None
        return [offer_row(row[:-1]) for row in rows]

    def count(self, query: OfferQuery, cap: int | None = None) -> int:
        """Number of entries ``query`` finds (at most ``cap`` if given, which is cheaper)."""
        sql = build_search(query)
        if cap is None:
            text = f"SELECT count(*) FROM {sql.clause()}"
            return self._db.execute(text, sql.params).fetchone()[0]
        text = f"SELECT count(*) FROM (SELECT 1 FROM {sql.clause()} LIMIT ?)"
        return self._db.execute(text, [*sql.params, max(0, cap)]).fetchone()[0]

    def map_pins(self, query: OfferQuery) -> list[OfferPin]:
        """Every entry ``query`` finds, by name, with its place for the map (no paging)."""
        sql = build_search(query)
        text = (
            "SELECT o.id, o.name, o.lat, o.lon, o.district_code, o.sozialraum_id "
            f"FROM {sql.clause()} ORDER BY o.name_key, o.num"
        )
        return [OfferPin(*row) for row in self._db.execute(text, sql.params)]

    def get(self, offer_id: str) -> Offer | None:
        return self.get_many([offer_id]).get(offer_id)

    def get_many(self, ids: Iterable[str]) -> dict[str, Offer]:
        found: dict[str, Offer] = {}
        for chunk in _chunks(list(dict.fromkeys(ids))):
            found.update(self._load(f"o.id IN ({', '.join('?' * len(chunk))})", chunk))
        return found

    def ids_with_leading_zero(self) -> list[str]:
        return [row[0] for row in self._db.execute("SELECT id FROM offer WHERE id GLOB '0*'")]

    def all_ids(self) -> list[str]:
        return [row[0] for row in self._db.execute("SELECT id FROM offer ORDER BY num")]

    def iter_all(self, chunk: int = _CHUNK):
        """Every offer, in insertion order, a chunk at a time (for exports)."""
        last = 0
        while True:
            nums = [
                row[0]
                for row in self._db.execute(
                    "SELECT num FROM offer WHERE num > ? ORDER BY num LIMIT ?", [last, chunk]
                )
            ]
            if not nums:
                return
            last = nums[-1]
            loaded = self._load(f"o.num IN ({', '.join('?' * len(nums))})", nums)
            yield from sorted(loaded.values(), key=lambda o: o.id)

    def total(self) -> int:
        return self._db.execute("SELECT count(*) FROM offer").fetchone()[0]

    def has_examples(self) -> bool:
        row = self._db.execute("SELECT 1 FROM offer WHERE is_example = 1 LIMIT 1").fetchone()
        return row is not None

    def updated_at_of(self, ids: Iterable[str]) -> dict[str, datetime | None]:
        found: dict[str, datetime | None] = {}
        for chunk in _chunks(list(ids)):
            marks = ", ".join("?" * len(chunk))
            for offer_id, stamp in self._db.execute(
                f"SELECT id, updated_at FROM offer WHERE id IN ({marks})", chunk
            ):
                found[offer_id] = datetime.fromisoformat(stamp) if stamp else None
        return found

    def _load(self, where: str, params: Sequence) -> dict[str, Offer]:
        cursor = self._db.execute(
            f"SELECT o.num, o.*, g.id, g.name FROM offer o "
            f"LEFT JOIN organization g ON g.id = o.organization_id WHERE {where}",
            list(params),
        )
        names = [d[0] for d in cursor.description]
        rows = {}
        for values in cursor.fetchall():
            row = dict(zip(names[1:-2], values[1:-2], strict=True))
            org = (values[-2], values[-1]) if values[-2] is not None else None
            rows[values[0]] = (row, org)
        if not rows:
            return {}
        nums = list(rows)
        marks = ", ".join("?" * len(nums))
        categories: dict[int, list[str]] = {n: [] for n in nums}
        for num, category in self._db.execute(
            f"SELECT offer_num, category_id FROM offer_category_link WHERE offer_num IN ({marks}) "
            "ORDER BY offer_num, position",
            nums,
        ):
            categories[num].append(category)
        domains: dict[int, list[str]] = {n: [] for n in nums}
        for num, code in self._db.execute(
            f"SELECT offer_num, code FROM offer_life_domain WHERE offer_num IN ({marks}) "
            "ORDER BY offer_num, code",
            nums,
        ):
            domains[num].append(code)
        schedules: dict[int, list[Schedule]] = {n: [] for n in nums}
        for num, weekday, opens, closes, note in self._db.execute(
            "SELECT offer_num, weekday, opens, closes, note FROM offer_schedule "
            f"WHERE offer_num IN ({marks}) ORDER BY offer_num, position",
            nums,
        ):
            schedules[num].append(Schedule(weekday, opens, closes, note))
        result = {}
        for num, (row, org) in rows.items():
            offer = row_to_offer(row, org, categories[num], domains[num], schedules[num])
            result[offer.id] = offer
        return result

    # -- writing ---------------------------------------------------------------------

    def save(self, offer: Offer) -> Offer:
        """Validate, complete and store ``offer`` (insert or update); returns what was saved."""
        offer = replace(offer, updated_at=now_utc())
        return self.save_many([offer])[0]

    def prepare(self, offer: Offer) -> tuple[Offer, list[FieldError]]:
        """``offer`` completed (place, organization id) and everything wrong with it.

        ``offer`` itself stays as it is; a completed copy is returned.
        """
        from teilhabe_desktop.core.catalogue_validation import validate_offer

        changes = self._derive_place(offer)
        changes.update(_normalized(offer))
        if offer.organization_id is None and offer.organization_name.strip():
            changes["organization_id"] = self._organization_id(offer.organization_name)
        if changes:
            offer = _copy_with(offer, changes)
        errors = validate_offer(offer) + self._reference_errors(offer)
        return offer, errors

    def save_many(
        self, offers: Sequence[Offer], progress: Progress | None = None, checked: bool = False
    ) -> list[Offer]:
        """Store ``offers`` as they are (``updated_at`` kept) in one transaction.

        Raises :class:`OfferInvalid` for the first invalid offer; nothing is written then.
        ``checked=True`` skips :meth:`prepare` for offers that already went through it.
        """
        from teilhabe_desktop.core.catalogue_validation import OfferInvalid
        from teilhabe_desktop.store.catalogue_write import write_offers

        if checked:
            prepared = list(offers)
        else:
            prepared = []
            for offer in offers:
                offer, errors = self.prepare(offer)
                if errors:
                    raise OfferInvalid(errors)
                prepared.append(offer)
        write_offers(self._db, prepared, self._category_names(), progress)
        return prepared

    def bulk_writer(self, expected: int = 0) -> OfferWriter:
        """A writer for checked offers, batch by batch in one transaction (imports)."""
        from teilhabe_desktop.store.catalogue_write import OfferWriter

        return OfferWriter(self._db, self._category_names(), expected)

    def deactivate(self, offer_id: str) -> None:
        """Mark the entry as ended (status ENDED); it stays for plans that link it."""
        self._update(offer_id, "status = ?", [OfferStatus.ENDED.value])

    def mark_for_review(self, offer_id: str, note: str) -> None:
        self._update(offer_id, "needs_review = 1, review_note = ?", [note or ""])

    def _update(self, offer_id: str, assignments: str, params: list) -> None:
        with self._db.atomic():
            cursor = self._db.execute(
                f"UPDATE offer SET {assignments}, updated_at = ? WHERE id = ?",
                [*params, now_utc().isoformat(), offer_id],
            )
            if cursor.rowcount != 1:
                raise DatabaseFailure("Dieses Angebot gibt es nicht (mehr) im Katalog.")

    def organizations(self) -> list[tuple[str, str]]:
        """(id, name) of every Träger with an active offer, by name: to choose a
        Leistung's provider from."""
        rows = self._db.execute(
            "SELECT DISTINCT g.id, g.name FROM organization g JOIN offer o "
            "ON o.organization_id = g.id WHERE o.status <> ? AND g.name <> '' "
            "ORDER BY g.name COLLATE NOCASE",
            [OfferStatus.ENDED.value],
        ).fetchall()
        return [(row[0], row[1]) for row in rows]

    # -- helpers ---------------------------------------------------------------------

    def _organization_id(self, name: str) -> str:
        found = self._organization_ids.get(name)
        if found is None:
            found = self._organization_ids[name] = organization_id_for(name)
        return found

    def place_resolver(self) -> PlaceResolver:
        if self._resolver is None:
            from teilhabe_desktop.store.reference import ReferenceRepository

            self._resolver = ReferenceRepository(self._db).place_resolver()
        return self._resolver

    def _category_names(self) -> dict[str, str]:
        if self._categories is None:
            self._categories = dict(self._db.execute("SELECT id, name FROM offer_category"))
        return self._categories

    def _reference_ids(self) -> dict[str, set]:
        if self._valid_ids is None:
            self._valid_ids = {
                "sozialraum_id": {r[0] for r in self._db.execute("SELECT id FROM sozialraum")},
                "district_code": {r[0] for r in self._db.execute("SELECT code FROM district")},
                "ortsteil_id": {r[0] for r in self._db.execute("SELECT id FROM ortsteil")},
            }
        return self._valid_ids

    def _reference_errors(self, offer: Offer) -> list[FieldError]:
        from teilhabe_desktop.core.catalogue_validation import FieldError

        errors = []
        names = self._category_names()
        for category in offer.category_ids:
            if category not in names:
                errors.append(FieldError("category_ids", f"Unbekannte Kategorie „{category}“."))
        labels = {
            "sozialraum_id": "Sozialraum",
            "district_code": "statistischer Bezirk",
            "ortsteil_id": "Ortsteil",
        }
        for attr, valid in self._reference_ids().items():
            value = getattr(offer, attr)
            if value is not None and value not in valid:
                errors.append(FieldError(attr, f"Unbekannter {labels[attr]} „{value}“."))
        return errors

    def _locate(self, offer: Offer) -> tuple | None:
        """(Sozialraum, district, Ortsteil) from street and number, else from coordinates
        by point-in-polygon (imported boundaries); ``None`` when neither says."""
        if self._locator is None:
            from teilhabe_desktop.store.places import PlacesRepository

            self._locator = PlacesRepository(self._db).locator()
        if not self._locator.has_streets and not self._locator.has_boundaries:
            return None
        key = (offer.street, offer.postcode, offer.lat, offer.lon)
        if key not in self._locations:
            found = self._locator.from_street(offer.street, offer.postcode)
            if not found.found and offer.lat is not None and offer.lon is not None:
                found = self._locator.from_point(offer.lat, offer.lon)
            district = self._locator.district(found.district_code)
            self._locations[key] = (
                (found.sozialraum_id, found.district_code, district.ortsteil_id)
                if district is not None
                else None
            )
        return self._locations[key]

    def _derive_place(self, offer: Offer) -> dict:
        """Sozialraum, district and Ortsteil where not given: from street and number, then
        coordinates, then the place name (as for a person's home)."""
        if offer.sozialraum_id and offer.district_code is not None and offer.ortsteil_id:
            return {}
        found = self._locate(offer)
        if found is not None and offer.sozialraum_id not in (None, found[0]):
            found = None  # the Sozialraum given wins; a district of another one would not fit
        if found is None and not offer.place.strip():
            return {}
        if found is None:
            found = self._places.get(offer.place)
        if found is None:
            hits = self.place_resolver().resolve(offer.place)
            sozialraeume = {p.sozialraum_id for p in hits}
            districts = {p.district_code for p in hits}
            ortsteile = {p.ortsteil_id for p in hits}
            found = (
                sozialraeume.pop() if len(sozialraeume) == 1 else None,
                districts.pop() if len(districts) == 1 else None,
                ortsteile.pop() if len(ortsteile) == 1 else None,
            )
            self._places[offer.place] = found
        changes: dict = {}
        for attr, value in zip(
            ("sozialraum_id", "district_code", "ortsteil_id"), found, strict=True
        ):
            if getattr(offer, attr) is None and value is not None:
                changes[attr] = value
        return changes
