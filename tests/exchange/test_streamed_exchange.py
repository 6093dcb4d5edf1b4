"""The streamed exchange paths (issue 16) with a realistic generated catalogue: lossless
round trips, all-or-nothing imports and previews that count what the import writes."""

import importlib.util
import json

import pytest

from teilhabe_desktop.exchange.catalogue_files import (
    commit_import,
    export_catalogue,
    import_once,
    preview_file,
)
from teilhabe_desktop.exchange.json_format import offer_to_dict
from teilhabe_desktop.store.catalogue import CatalogueRepository
from teilhabe_desktop.store.connection import DriverError
from teilhabe_desktop.store.database import open_database
from tests.conftest import REPO_ROOT

ENTRIES = 2_000


def _generator():
    path = REPO_ROOT / "benchmarks" / "exchange_data.py"
    spec = importlib.util.spec_from_file_location("exchange_data", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def catalogue_csv(tmp_path_factory):
    path = tmp_path_factory.mktemp("generated") / "katalog.csv"
    _generator().write_catalogue_csv(path, ENTRIES)
    return path


def _offers(store) -> dict[str, dict]:
    return {o.id: offer_to_dict(o) for o in CatalogueRepository(store.db).iter_all()}


def test_csv_to_hsds_to_json_loses_nothing(store, tmp_path, catalogue_csv, _template_database):
    first = import_once(store.db, catalogue_csv)
    assert first.counts["new"] == ENTRIES and first.written == ENTRIES
    assert not first.invalid
    export_catalogue(store.db, tmp_path / "k.zip", "hsds")
    other_path = tmp_path / "other.db"
    other_path.write_bytes(_template_database.read_bytes())
    other = open_database(other_path)
    try:
        again = import_once(other.db, tmp_path / "k.zip")
        assert again.counts["new"] == ENTRIES and not again.invalid
        assert _offers(other) == _offers(store)
        export_catalogue(other.db, tmp_path / "k.json", "json")
    finally:
        other.close()
    document = json.loads((tmp_path / "k.json").read_text(encoding="utf-8"))
    assert {o["id"]: o for o in document["offers"]} == _offers(store)
    assert import_once(store.db, tmp_path / "k.json").counts["unchanged"] == ENTRIES


def test_the_preview_counts_what_the_import_then_writes(store, catalogue_csv):
    preview = preview_file(store.db, catalogue_csv)
    assert CatalogueRepository(store.db).total() == 0  # a preview writes nothing
    result = commit_import(CatalogueRepository(store.db), preview)
    assert result.counts == preview.counts and result.written == ENTRIES
    assert CatalogueRepository(store.db).total() == ENTRIES
    assert preview_file(store.db, catalogue_csv).counts["unchanged"] == ENTRIES


def test_a_file_changed_after_its_preview_is_not_committed(store, tmp_path, catalogue_csv):
    path = tmp_path / "k.csv"
    path.write_bytes(catalogue_csv.read_bytes())
    preview = preview_file(store.db, path)
    lines = path.read_text(encoding="utf-8-sig").splitlines(keepends=True)
    path.write_text("".join(lines[:-10]), encoding="utf-8-sig")
    with pytest.raises(Exception, match="seit der Vorschau verändert"):
        commit_import(CatalogueRepository(store.db), preview)
    assert CatalogueRepository(store.db).total() == 0


def test_a_failure_in_the_last_batch_leaves_the_catalogue_unchanged(
    store, catalogue_csv, monkeypatch
):
    repo = CatalogueRepository(store.db)
    import_once(store.db, catalogue_csv)
    before = _offers(store)
    lines = catalogue_csv.read_text(encoding="utf-8-sig").splitlines(keepends=True)
    changed = catalogue_csv.with_name("geaendert.csv")
    # every entry changed, so that every batch writes
    changed.write_text(
        lines[0] + "".join(line.replace("Jena", "Jena ", 1) for line in lines[1:]),
        encoding="utf-8-sig",
    )
    checked = CatalogueRepository.prepare

    def spoiled(self, offer):
        offer, errors = checked(self, offer)
        if offer.id == f"gen-{ENTRIES - 3}":  # in the last batch: the database refuses it
            offer.lat, offer.lon = 500.0, 11.5
        return offer, errors

    monkeypatch.setattr(CatalogueRepository, "prepare", spoiled)
    with pytest.raises(DriverError):
        import_once(store.db, changed)
    assert _offers(store) == before
    assert repo.total() == ENTRIES
