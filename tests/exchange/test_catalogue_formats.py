"""The catalogue format registry drives the choice of reader, the export and the CLI."""

from __future__ import annotations

from dataclasses import replace

import pytest

from teilhabe_desktop.cli import main
from teilhabe_desktop.core.catalogue import Offer
from teilhabe_desktop.exchange import catalogue_formats
from teilhabe_desktop.exchange.catalogue_files import (
    EXPORT_FORMATS,
    ImportFileError,
    export_catalogue,
    read_file,
)
from teilhabe_desktop.exchange.catalogue_formats import (
    CATALOGUE_FORMATS,
    format_of,
    open_filter,
)
from teilhabe_desktop.exchange.catalogue_import import ReadResult
from teilhabe_desktop.store.catalogue import CatalogueRepository


@pytest.mark.parametrize(
    ("name", "key"),
    [("a.csv", "csv"), ("A.TSV", "csv"), ("a.txt", "csv"), ("liste", "csv"),
     ("a.json", "json"), ("paket.zip", "hsds"), ("a.xlsx", "xlsx"), ("A.ODS", "xlsx"),
     ("a.xls", "xlsx"), ("a.pdf", None)],
)  # fmt: skip
def test_the_format_of_a_file_comes_from_its_suffix(tmp_path, name, key):
    found = format_of(tmp_path / name)
    assert (found.key if found else None) == key


def test_a_folder_is_an_hsds_package(tmp_path):
    assert format_of(tmp_path).key == "hsds"


def test_an_unknown_suffix_names_every_readable_format(store, tmp_path):
    path = tmp_path / "liste.pdf"
    path.write_text("x", encoding="utf-8")
    with pytest.raises(ImportFileError, match="kann nicht eingelesen werden") as caught:
        read_file(store.db, path)
    for fmt in CATALOGUE_FORMATS.values():
        assert fmt.name in str(caught.value)


def test_the_open_filter_lists_every_pattern_of_every_format():
    first, *per_format = open_filter().split(";;")
    assert per_format == [f.file_filter() for f in CATALOGUE_FORMATS.values()]
    for fmt in CATALOGUE_FORMATS.values():
        assert all(pattern in first for pattern in fmt.patterns)


def test_the_cli_offers_exactly_the_registry():
    assert tuple(CATALOGUE_FORMATS) == EXPORT_FORMATS


def test_the_cli_rejects_an_unknown_format_and_lists_the_registry(tmp_path, capsys):
    db = str(tmp_path / "k.db")
    with pytest.raises(SystemExit) as caught:
        main(["catalogue", "export", str(tmp_path / "k.xml"), "--format", "xml", "--db", db])
    assert caught.value.code == 2
    err = capsys.readouterr().err
    assert "„xml“ gibt es nicht" in err
    for key in CATALOGUE_FORMATS:
        assert key in err
    assert not (tmp_path / "k.xml").exists()


def test_a_new_format_is_one_registry_entry(store, tmp_path, monkeypatch):
    written = []

    def write(_db, path, offers, total, _progress):
        written.extend(offers)
        path.write_text("\n".join(o.name for o in written), encoding="utf-8")
        return len(written)

    def read(_db, path, _mapping, _progress):
        return ReadResult(format="Liste")

    listing = replace(
        CATALOGUE_FORMATS["csv"], key="list", name="Liste", suffixes=(".lst",), read=read,
        write=write, has_columns=False,
    )  # fmt: skip
    monkeypatch.setitem(catalogue_formats.CATALOGUE_FORMATS, "list", listing)
    CatalogueRepository(store.db).save(Offer("o1", "Lauftreff"))
    assert export_catalogue(store.db, tmp_path / "a.lst", "list") == 1
    assert (tmp_path / "a.lst").read_text(encoding="utf-8") == "Lauftreff"
    assert format_of(tmp_path / "a.lst") is listing
    assert "*.lst" in open_filter()
    assert read_file(store.db, tmp_path / "a.lst").format == "Liste"


def test_export_refuses_a_format_the_registry_does_not_know(store, tmp_path):
    with pytest.raises(ImportFileError, match="Unbekanntes Format „xml“"):
        export_catalogue(store.db, tmp_path / "a.xml", "xml")
