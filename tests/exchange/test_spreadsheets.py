"""Excel and LibreOffice files: import through the same columns, export as .xlsx (issue 11)."""

from __future__ import annotations

import zipfile
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
import xlwt

from teilhabe_desktop.core.catalogue import Cost, Offer
from teilhabe_desktop.core.catalogue_query import OfferQuery
from teilhabe_desktop.exchange.catalogue_files import (
    ImportFileError,
    commit_import,
    export_catalogue,
    preview_file,
)
from teilhabe_desktop.exchange.column_mapping import ColumnMapping
from teilhabe_desktop.exchange.csv_format import inspect_csv
from teilhabe_desktop.store.catalogue import CatalogueRepository

HEADER = [
    "ID",
    "Name",
    "PLZ",
    "Zuletzt geprüft",
    "Breitengrad",
    "Längengrad",
    "Beispiel",
    "Geändert am",
]


def workbook(path: Path, sheets: dict[str, list[list]]) -> Path:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


def ods(path: Path, rows: list[list[tuple[str, str]]]) -> Path:
    """A minimal OpenDocument spreadsheet: cells as (type, value) written by hand."""

    def cell(kind: str, value: str) -> str:
        if kind == "date":
            return (
                f'<table:table-cell office:value-type="date" office:date-value="{value}">'
                f"<text:p>{value}</text:p></table:table-cell>"
            )
        if kind == "float":
            return (
                f'<table:table-cell office:value-type="float" office:value="{value}">'
                f"<text:p>{value}</text:p></table:table-cell>"
            )
        return (
            '<table:table-cell office:value-type="string">'
            f"<text:p>{value}</text:p></table:table-cell>"
        )

    body = "".join(
        "<table:table-row>" + "".join(cell(*c) for c in row) + "</table:table-row>" for row in rows
    )
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        '<office:body><office:spreadsheet><table:table table:name="Liste">'
        f"{body}</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
        'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
        'manifest:version="1.2"><manifest:file-entry manifest:full-path="/" '
        'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)
        archive.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
    return path


def commit(store, path, **kw):
    preview = preview_file(store.db, path, **kw)
    commit_import(CatalogueRepository(store.db), preview)
    return preview


def test_an_xlsx_list_imports_as_the_person_saw_it(store, tmp_path):
    path = workbook(
        tmp_path / "liste.xlsx",
        {
            "Angebote": [
                HEADER,
                [
                    "0042",
                    "Lauftreff",
                    "07745",
                    date(2024, 3, 1),
                    50.9271,
                    11.5862,
                    False,
                    datetime(2024, 3, 2, 14, 30),
                ],
                ["x2", "Chor", 7743, date(2023, 12, 24), None, None, True, None],
            ]
        },
    )
    preview = commit(store, path)
    assert preview.format == "Excel-Tabelle, Blatt „Angebote“" and preview.counts["new"] == 2
    repo = CatalogueRepository(store.db)
    run = repo.get("0042")
    assert run.postcode == "07745" and run.last_verified == date(2024, 3, 1)
    assert (run.lat, run.lon) == (50.9271, 11.5862) and run.is_example is False
    assert run.updated_at.astimezone().replace(tzinfo=None) == datetime(2024, 3, 2, 14, 30)
    choir = repo.get("x2")
    assert choir.postcode == "07743" and choir.is_example is True  # the number 7743, padded
    assert [(p.line, p.column) for p in preview.warnings] == [(3, "PLZ")]


def test_a_legacy_xls_list_imports_as_the_person_saw_it(store, tmp_path):
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("Angebote")
    day = xlwt.easyxf(num_format_str="DD.MM.YYYY")
    for column, title in enumerate(["Name", "PLZ", "Zuletzt geprüft", "Kosten"]):
        sheet.write(0, column, title)
    sheet.write(1, 0, "Spaß am Lesen")
    sheet.write(1, 1, "07745")  # typed as text: the zero stays
    sheet.write(1, 2, date(2024, 3, 1), day)
    sheet.write(1, 3, "kostenlos")
    sheet.write(2, 0, "Rechnen")
    sheet.write(2, 1, 7747)  # typed as a number: padded again, with a note
    sheet.write(2, 2, datetime(2022, 1, 31), day)
    path = tmp_path / "liste.xls"
    book.save(str(path))
    preview = commit(store, path)
    assert preview.format == "Excel-Tabelle, Blatt „Angebote“" and preview.counts["new"] == 2
    repo = CatalogueRepository(store.db)
    reading = repo.get(repo.search(OfferQuery(text="Lesen"))[0].id)
    assert reading.name == "Spaß am Lesen" and reading.postcode == "07745"
    assert reading.last_verified == date(2024, 3, 1) and reading.cost is Cost.FREE
    sums = repo.get(repo.search(OfferQuery(text="Rechnen"))[0].id)
    assert sums.postcode == "07747" and sums.last_verified == date(2022, 1, 31)
    assert [(p.line, p.column) for p in preview.warnings] == [(3, "PLZ")]


def test_a_workbook_with_several_sheets_needs_the_sheet_named(store, tmp_path):
    path = workbook(
        tmp_path / "mappe.xlsx",
        {"Hinweise": [["Diese Mappe …"]], "Angebote": [["Name"], ["Schachclub"]]},
    )
    with pytest.raises(ImportFileError, match=r"mehrere Blätter \(„Hinweise“, „Angebote“\)"):
        preview_file(store.db, path)
    with pytest.raises(ImportFileError, match="kein Blatt „Tabelle1“"):
        preview_file(store.db, path, mapping=ColumnMapping(sheet="Tabelle1"))
    layout = inspect_csv(path, ColumnMapping(sheet="Angebote"))
    assert layout.sheets == ["Hinweise", "Angebote"] and layout.sheet == "Angebote"
    commit(store, path, mapping=ColumnMapping(sheet="Angebote"))
    assert [r.name for r in CatalogueRepository(store.db).search(OfferQuery())] == ["Schachclub"]


def test_an_ods_list_keeps_postcodes_and_dates(store, tmp_path):
    path = ods(
        tmp_path / "liste.ods",
        [
            [("string", "Name"), ("string", "PLZ"), ("string", "Zuletzt geprüft"),
             ("string", "Kosten")],
            [("string", "Spaß am Lesen"), ("string", "07745"), ("date", "2024-03-01"),
             ("string", "kostenlos")],
            [("string", "Rechnen"), ("float", "7747"), ("date", "2022-01-31"), ("float", "0")],
        ],
    )  # fmt: skip
    preview = commit(store, path)
    assert preview.format == "LibreOffice-Tabelle, Blatt „Liste“"
    repo = CatalogueRepository(store.db)
    reading = repo.get(repo.search(OfferQuery(text="Lesen"))[0].id)
    assert reading.postcode == "07745" and reading.last_verified == date(2024, 3, 1)
    assert reading.cost is Cost.FREE
    sums = repo.get(repo.search(OfferQuery(text="Rechnen"))[0].id)
    assert sums.postcode == "07747" and sums.last_verified == date(2022, 1, 31)


def test_a_broken_spreadsheet_is_refused_and_nothing_changes(store, tmp_path):
    path = tmp_path / "kaputt.xlsx"
    path.write_bytes(b"PK\x03\x04 nicht wirklich")
    with pytest.raises(ImportFileError, match="keine lesbare Excel-Tabelle"):
        preview_file(store.db, path)
    assert CatalogueRepository(store.db).total() == 0


def test_the_xlsx_export_writes_text_cells_and_no_formula(store, tmp_path):
    repo = CatalogueRepository(store.db)
    repo.save(
        Offer(
            "0042",
            "=1+1",
            organization_id="007",
            organization_name="@Träger",
            postcode="07745",
            description="-minus",
            phone="+49 3641 49-2835",
        )
    )
    path = tmp_path / "angebote.xlsx"
    assert export_catalogue(store.db, path, "xlsx") == 1
    sheet = openpyxl.load_workbook(path)["Angebote"]
    header = [c.value for c in sheet[1]]
    row = {h: c for h, c in zip(header, sheet[2], strict=True)}
    assert row["ID"].value == "0042" and row["ID"].data_type == "s"
    assert row["ID"].number_format == "@" and row["PLZ"].value == "07745"
    assert row["Träger-ID"].value == "007"
    assert row["Name"].value == "'=1+1" and row["Träger"].value == "'@Träger"
    assert row["Telefon"].value == "'+49 3641 49-2835"
    assert not [c for r in sheet.iter_rows() for c in r if c.data_type == "f"]
    again = preview_file(store.db, path)
    assert again.counts["unchanged"] == 1 and not again.warnings
