"""HTML in HSDS descriptions (Open Referral UK feeds): plain text to search and show,
the original markup kept in the HSDS data and written back by the export."""

import csv

from teilhabe_desktop.core.catalogue_query import OfferQuery
from teilhabe_desktop.exchange.catalogue_files import commit_import, export_catalogue, preview_file
from teilhabe_desktop.exchange.html_text import plain_text
from teilhabe_desktop.store.catalogue import CatalogueRepository

MARKUP = "<p>Hilfe&nbsp;bei <b>Schulden</b> &amp; Miete</p><ul><li>Beratung</li></ul>"


def feed(tmp_path):
    folder = tmp_path / "oruk"
    folder.mkdir()
    with (folder / "services.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "organization_id", "name", "description", "status"])
        writer.writerow(["s1", "o1", "Schuldner&shy;beratung", MARKUP, "active"])
    (folder / "organizations.csv").write_text(
        "id,name,description\no1,Caritas &amp; Co,<i>Träger</i>\n", "utf-8"
    )
    return folder


def test_markup_is_stripped_for_search_and_display(store, tmp_path):
    commit_import(CatalogueRepository(store.db), preview_file(store.db, feed(tmp_path)))
    repo = CatalogueRepository(store.db)
    offer = repo.get("s1")
    assert offer.description == "Hilfe bei Schulden & Miete\nBeratung"
    assert offer.name == "Schuldner\u00adberatung" and offer.organization_name == "Caritas & Co"
    assert repo.count(OfferQuery(text="nbsp")) == 0
    assert repo.count(OfferQuery(text="amp")) == 0
    assert repo.count(OfferQuery(text="Schulden")) == 1
    assert offer.extra["hsds"]["service"][0]["description"] == MARKUP


def test_export_writes_the_original_markup_back(store, tmp_path):
    commit_import(CatalogueRepository(store.db), preview_file(store.db, feed(tmp_path)))
    export_catalogue(store.db, tmp_path / "aus", "hsds")
    with (tmp_path / "aus" / "services.csv").open(encoding="utf-8", newline="") as handle:
        (service,) = list(csv.DictReader(handle))
    assert service["description"] == MARKUP
    before = CatalogueRepository(store.db).get("s1")
    preview = preview_file(store.db, tmp_path / "aus")
    assert preview.counts["changed"] == 1  # ids now UUIDs in the HSDS rows
    commit_import(CatalogueRepository(store.db), preview)
    again = CatalogueRepository(store.db).get("s1")
    assert (again.id, again.name, again.description) == (before.id, before.name, before.description)
    assert again.extra["hsds"]["service"][0]["description"] == MARKUP


def test_text_without_markup_stays_as_written():
    for text in ("Kinder & Eltern", "a < b und c > d", "Preis: 5 €; <3 Leute", ""):
        assert plain_text(text) == text
    assert plain_text("Zeile<br>zwei<script>alert(1)</script>") == "Zeile\nzwei"
