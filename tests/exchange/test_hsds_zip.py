"""HSDS packages as .zip: read as a stream, within limits on what is unpacked."""

import shutil
import tracemalloc
import zipfile

import pytest

from teilhabe_desktop.exchange import hsds_files
from teilhabe_desktop.exchange.catalogue_files import ImportFileError, commit_import, preview_file
from teilhabe_desktop.store.catalogue import CatalogueRepository
from tests.conftest import TEST_DATA

SHARED_IDS = TEST_DATA / "hsds-shared-ids"


def zip_of(folder, target, prefix=""):
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for child in sorted(folder.glob("*.csv")):
            archive.write(child, prefix + child.name)
    return target


def test_zip_bomb_stops_early_and_small(store, tmp_path):
    bomb = tmp_path / "bombe.zip"
    row = b"1,2,Treff,active\n" * (16 * 1024**2 // 17)
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("services.csv", b"id,organization_id,name,status\n" + row)
        for number in range(15):
            archive.writestr(f"extra{number}.csv", row)
    assert bomb.stat().st_size < 1024**2  # 16 members of 16 MB each, packed into a few KB
    tracemalloc.start()
    try:
        with pytest.raises(ImportFileError, match="ZIP-Bombe") as caught:
            preview_file(store.db, bomb)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert "services.csv" in caught.value.message and "bombe.zip" in caught.value.message
    assert peak < 64 * 1024**2  # it stopped after a few MB: never the whole 256 MB
    assert CatalogueRepository(store.db).total() == 0


def test_total_of_what_is_unpacked_is_limited(store, tmp_path, monkeypatch):
    monkeypatch.setattr(hsds_files, "MAX_TOTAL_BYTES", 300)
    with pytest.raises(ImportFileError, match="zu groß"):
        preview_file(store.db, zip_of(SHARED_IDS, tmp_path / "paket.zip"))


def test_limits_apply_to_rows_and_fields_not_to_members(store, tmp_path, monkeypatch):
    folder = tmp_path / "paket"
    shutil.copytree(SHARED_IDS, folder)
    long = "Beratung " * 20_000  # one field of 180,000 characters
    (folder / "services.csv").write_text(
        f"id,organization_id,name,description,status\n1,1,Treff,{long},active\n", "utf-8"
    )
    with pytest.raises(
        ImportFileError, match=r"Zeile 2, Spalte „description“: ein Feld ist länger als 131\.072"
    ):
        preview_file(store.db, folder)
    monkeypatch.setattr(hsds_files, "MAX_ROW_CHARS", 50)
    (folder / "services.csv").write_text(
        "id,organization_id,name,description,status\n1,1,Treff," + "x" * 60 + ",active\n",
        "utf-8",
    )
    with pytest.raises(ImportFileError, match="Zeile 2: die Zeile ist länger als 50 Zeichen"):
        preview_file(store.db, folder)


def _patch_header(data: bytes, offset: int, value: int) -> bytes:
    """Change a 2-byte field of the first member's local and central header
    (``offset`` in the local header; the central header has it 2 bytes later)."""
    data = bytearray(data)
    local = data.find(b"PK\x03\x04")
    central = data.find(b"PK\x01\x02")
    data[local + offset : local + offset + 2] = value.to_bytes(2, "little")
    data[central + offset + 2 : central + offset + 4] = value.to_bytes(2, "little")
    return bytes(data)


def test_unsupported_compression_is_named(store, tmp_path):
    packed = zip_of(SHARED_IDS, tmp_path / "a.zip")
    odd = tmp_path / "deflate64.zip"
    odd.write_bytes(_patch_header(packed.read_bytes(), 8, 9))  # method 9: Deflate64
    with pytest.raises(ImportFileError, match="Deflate64") as caught:
        preview_file(store.db, odd)
    assert "gewöhnliches ZIP" in caught.value.message


def test_encrypted_member_is_named(store, tmp_path):
    plain = tmp_path / "offen.zip"
    with zipfile.ZipFile(plain, "w") as archive:
        archive.writestr("services.csv", b"id,name,status\n1,Treff,active\n")
    locked = tmp_path / "kennwort.zip"
    locked.write_bytes(_patch_header(plain.read_bytes(), 6, 0x1))  # flag: with a password
    with pytest.raises(ImportFileError, match="verschlüsselt") as caught:
        preview_file(store.db, locked)
    assert "services.csv" in caught.value.message


def test_tables_in_a_subfolder_and_files_not_read(store, tmp_path):
    packed = zip_of(SHARED_IDS, tmp_path / "paket.zip", prefix="daten/")
    with zipfile.ZipFile(packed, "a") as archive:
        archive.writestr("daten/colours.csv", "id,colour\n1,blau\n")
        archive.writestr("daten/alt/services.csv", "id,name,status\n9,Alte Fassung,active\n")
    preview = preview_file(store.db, packed)
    assert preview.counts["new"] == 3
    notes = [p.describe() for p in preview.warnings]
    assert "daten/colours.csv: Nicht gelesen: keine Tabelle von HSDS 3.0." in notes
    assert (
        "daten/alt/services.csv: Nicht gelesen: die Tabelle steht schon in daten/services.csv."
        in notes
    )
    commit_import(CatalogueRepository(store.db), preview)
    assert CatalogueRepository(store.db).get("1").phone == "03641 333333"


def test_windows_1252_table_is_read_with_a_note(store, tmp_path):
    folder = tmp_path / "paket"
    shutil.copytree(SHARED_IDS, folder)
    (folder / "services.csv").write_bytes(
        "id,organization_id,name,status\n1,2,„Spaß“-Treff,active\n".encode("cp1252")
    )
    preview = preview_file(store.db, folder)
    commit_import(CatalogueRepository(store.db), preview)
    assert CatalogueRepository(store.db).get("1").name == "„Spaß“-Treff"
    assert any("Windows-1252" in p.describe() for p in preview.warnings)
