"""An HSDS package is read as a stream of offers: preview and import agree, and only the
rows our own fields do not say are kept with an offer."""

import csv

from teilhabe_desktop.core.catalogue import Offer
from teilhabe_desktop.exchange.catalogue_files import (
    commit_import,
    export_catalogue,
    import_once,
    preview_file,
    read_file,
)
from teilhabe_desktop.store.catalogue import CatalogueRepository


def _export_two(store, folder):
    repo = CatalogueRepository(store.db)
    repo.save(Offer(id="a1", name="Lesecafe", organization_name="Bibliothek", street="Markt 1"))
    repo.save(Offer(id="b2", name="Schachtreff", organization_name="SV Jena", phone="03641 1"))
    export_catalogue(store.db, folder, "hsds")
    store.db.execute("DELETE FROM offer_fts")
    store.db.execute("DELETE FROM offer")


def _service_id(folder, name):
    with (folder / "services.csv").open(encoding="utf-8", newline="") as handle:
        return next(row["id"] for row in csv.DictReader(handle) if row["name"] == name)


def test_rows_beyond_our_fields_stay_with_their_offer_only(store, tmp_path):
    folder = tmp_path / "paket"
    _export_two(store, folder)
    chess = _service_id(folder, "Schachtreff")
    (folder / "contacts.csv").write_text(
        f"id,service_id,name\nc1,{chess},Frau Berger\n", encoding="utf-8"
    )
    commit_import(CatalogueRepository(store.db), preview_file(store.db, folder))
    repo = CatalogueRepository(store.db)
    assert repo.get("a1").extra == {}  # written from our fields alone: nothing else to keep
    kept = repo.get("b2").extra["hsds"]
    assert kept["contact"] == [{"id": "c1", "service_id": chess, "name": "Frau Berger"}]


def test_the_package_is_read_as_a_stream_and_preview_and_import_agree(store, tmp_path):
    folder = tmp_path / "paket"
    _export_two(store, folder)
    read = read_file(store.db, folder)
    assert read.streamed and read.expected == 2
    preview = preview_file(store.db, folder)
    assert CatalogueRepository(store.db).total() == 0  # the preview writes nothing
    done = commit_import(CatalogueRepository(store.db), preview)
    assert done.counts == preview.counts
    assert preview.counts["new"] == 2 and preview.rejected == 0
    assert import_once(store.db, folder).counts["unchanged"] == 2
