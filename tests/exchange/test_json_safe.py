"""JSON nobody here wrote: each kind of bad file gets a German message, exit 2, no change."""

import json

import pytest

from teilhabe_desktop.cli import main
from teilhabe_desktop.exchange.catalogue_files import ImportFileError, preview_file

OFFER = '{"format": "teilhabe-desktop-katalog", "version": 2, "offers": [%s]}'
BAD = {
    "tief": ("[" * 100_000 + "]" * 100_000, "verschachtelt"),
    "tief-wenig": ('{"offers": [' + "[" * 70 + "]" * 70 + "]}", "tiefer als 64 Ebenen"),
    "ziffern": (
        OFFER % ('{"id": "a", "name": "x", "lat": ' + "9" * 10_000 + "}"),
        "10.000 Ziffern",
    ),
    "surrogat": (OFFER % '{"id": "a", "name": "Treff \\ud800"}', "Surrogat"),
    "nan": (OFFER % '{"id": "a", "name": "x", "extra": {"wert": NaN}}', "„NaN“"),
    "unendlich": (OFFER % '{"id": "a", "name": "x", "lat": 1e999}', "Zahlenbereichs"),
    "nul-name": (OFFER % '{"id": "a", "name": "x", "extra": {"a\\u0000b": 1}}', "NUL-Zeichen"),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_bad_json_is_refused_with_a_reason(store, tmp_path, case):
    text, reason = BAD[case]
    path = tmp_path / f"{case}.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ImportFileError, match=reason) as caught:
        preview_file(store.db, path)
    assert f"„{case}.json“" in caught.value.message
    assert "Es wurde nichts übernommen." in caught.value.message


def test_invalid_utf8_is_not_read_as_windows_1252(store, tmp_path):
    path = tmp_path / "kodierung.json"
    path.write_bytes((OFFER % '{"id": "a", "name": "Spa\xdf"}').encode("cp1252"))
    with pytest.raises(ImportFileError, match="nicht in UTF-8 gespeichert"):
        preview_file(store.db, path)


def test_utf16_with_byte_order_mark_is_read(store, tmp_path):
    path = tmp_path / "utf16.json"
    path.write_bytes((OFFER % '{"id": "a", "name": "Spaß"}').encode("utf-16"))
    preview = preview_file(store.db, path)
    assert preview.counts["new"] == 1 and preview.to_write[0].name == "Spaß"


@pytest.mark.parametrize("case", ["tief", "surrogat", "nan"])
def test_cli_exits_2_and_writes_nothing(tmp_path, capsys, case):
    db = str(tmp_path / "k.db")
    path = tmp_path / f"{case}.json"
    path.write_text(BAD[case][0], encoding="utf-8")
    assert main(["--demo", "--db", db, "catalogue", "search", "x"]) == 0
    capsys.readouterr()
    assert main(["catalogue", "import", str(path), "--db", db]) == 2
    captured = capsys.readouterr()
    assert BAD[case][1] in captured.err and "Traceback" not in captured.err
    assert main(["catalogue", "search", "Treff", "--json", "--db", db]) == 0
    assert all(r["id"] != "a" for r in json.loads(capsys.readouterr().out)["results"])


def test_cli_exits_1_when_every_entry_is_invalid(tmp_path, capsys):
    db = tmp_path / "k.db"
    path = tmp_path / "alle-falsch.json"
    path.write_text(OFFER % '{"id": "a", "name": ""}, {"id": "b", "name": 5}', "utf-8")
    assert main(["catalogue", "import", str(path), "--db", str(db)]) == 1
    captured = capsys.readouterr()
    assert "ungültig: 2" in captured.out
    assert "keinen gültigen Eintrag" in captured.err
