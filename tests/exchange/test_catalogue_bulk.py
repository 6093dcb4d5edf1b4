"""Big imports go through the bulk write path (multi-row statements, chunks, indexes
rebuilt at the end): the rules of preview-then-commit must hold there as well."""

import csv

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from teilhabe_desktop.core.catalogue import Offer
from teilhabe_desktop.core.catalogue_query import OfferQuery
from teilhabe_desktop.exchange.catalogue_files import commit_import, preview_file
from teilhabe_desktop.store import catalogue_bulk
from teilhabe_desktop.store.catalogue import CatalogueRepository
from teilhabe_desktop.store.catalogue_rows import fts_values
from teilhabe_desktop.store.connection import DriverError

#: the size from which a write rebuilds the indexes, lowered for the tests (10,000 in use):
#: the same code path with a tenth of the rows
THRESHOLD = 1_000
ROWS = THRESHOLD + 234  # several chunks of 500, and big enough to rebuild the indexes


@pytest.fixture(autouse=True)
def rebuilt(monkeypatch):
    """Lowers the threshold; records each big write's choice to rebuild the indexes."""
    from teilhabe_desktop.store import catalogue_write

    monkeypatch.setattr(catalogue_bulk, "DEFER_INDEXES_FROM", THRESHOLD)
    choices = []
    real = catalogue_write.defer_indexes_for

    def recording(writes, existing):
        choices.append(real(writes, existing))
        return choices[-1]

    monkeypatch.setattr(catalogue_write, "defer_indexes_for", recording)
    return choices


PLACES = ("Neulobeda", "Winzerla", "Jena-Nord", "Wenigenjena", "Jena-Zentrum")


def _csv(tmp_path, bad_row: int | None = None):
    path = tmp_path / "gross.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";", lineterminator="\r\n")
        writer.writerow(
            [
                "ID",
                "Name",
                "Beschreibung",
                "Träger",
                "Kategorien",
                "Lebensbereiche",
                "PLZ",
                "Stadtteil",
            ]
        )
        for i in range(ROWS):
            writer.writerow(
                [
                    f"bulk-{i}",
                    f"Treffpunkt {i}",
                    f"Gebärdensprache und Kaffee {i}",
                    f"Verein {i % 97} e. V.",
                    "Beratung; Selbsthilfe",
                    f"d{1 + i % 9}",
                    "7A43" if i == bad_row else "07743",
                    PLACES[i % len(PLACES)],
                ]
            )
    return path


def _indexes(store) -> list[tuple[str, str]]:
    return store.db.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name"
    ).fetchall()


def test_bad_cell_near_the_end_is_reported_with_its_line(store, tmp_path):
    bad = ROWS - 2  # data row number (0-based); the header is line 1
    preview = preview_file(store.db, _csv(tmp_path, bad_row=bad))
    assert preview.counts["new"] == ROWS and preview.counts["invalid"] == 0
    [problem] = [p for p in preview.warnings if p.column == "PLZ"]
    assert problem.line == bad + 2 and "7A43" in problem.reason


def test_big_import_writes_everything_and_keeps_indexes(store, tmp_path, rebuilt):
    repo = CatalogueRepository(store.db)
    before = _indexes(store)
    preview = preview_file(store.db, _csv(tmp_path))
    result = commit_import(repo, preview)
    assert result.written == ROWS and repo.total() == ROWS
    assert rebuilt == [True]  # the bulk path ran: indexes dropped and rebuilt
    assert _indexes(store) == before  # rebuilt with the same definitions
    assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    last = repo.get(f"bulk-{ROWS - 1}")
    assert last.category_ids == ["beratung", "selbsthilfe"]
    assert last.life_domains == [f"d{1 + (ROWS - 1) % 9}"]
    assert last.sozialraum_id is not None and last.organization_name.startswith("Verein")
    hits = repo.search(OfferQuery(text=f"Gebaerdensprache {ROWS - 1}"), limit=5)
    assert [h.id for h in hits] == [f"bulk-{ROWS - 1}"]
    domain = f"d{1 + 5 % 9}"
    assert repo.count(OfferQuery(life_domain=domain)) == len(
        [i for i in range(ROWS) if 1 + i % 9 == 1 + 5 % 9]
    )
    again = preview_file(store.db, _csv(tmp_path))
    assert again.counts["unchanged"] == ROWS and not again.to_write


def test_database_error_in_the_last_rows_rolls_back_everything(store, tmp_path, monkeypatch):
    repo = CatalogueRepository(store.db)
    repo.save(Offer(id="keep", name="Bleibt im Katalog"))
    before = _indexes(store)
    preview = preview_file(store.db, _csv(tmp_path))
    checked = CatalogueRepository.prepare

    def spoiled(self, offer):
        # row 1,233 of 1,234, in the last batch: the database refuses it (CHECK)
        offer, errors = checked(self, offer)
        if offer.id == f"bulk-{ROWS - 2}":
            offer.lat, offer.lon = 500.0, 11.5
        return offer, errors

    monkeypatch.setattr(CatalogueRepository, "prepare", spoiled)
    with pytest.raises(DriverError):
        commit_import(repo, preview)
    assert repo.total() == 1 and repo.get("bulk-0") is None
    assert repo.search(OfferQuery(text="Treffpunkt")) == []
    assert [h.id for h in repo.search(OfferQuery(text="Bleibt"))] == ["keep"]
    assert _indexes(store) == before
    assert store.db.execute("SELECT count(*) FROM organization").fetchone()[0] == 0


_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=60)


@settings(max_examples=150, deadline=None)
@given(
    name=_text,
    description=_text,
    organization=_text,
    street=_text,
    place=_text,
    groups=st.lists(_text, max_size=3),
)
def test_bulk_index_texts_equal_the_plain_ones(
    name, description, organization, street, place, groups
):
    offer = Offer(
        id="x",
        name=name,
        description=description,
        organization_name=organization,
        street=street,
        place=place,
        target_groups=groups,
    )
    cache: dict[str, str] = {}
    for _ in range(2):  # cold and warm cache
        assert fts_values(offer, ["Beratung", ""], cache) == fts_values(offer, ["Beratung", ""])
