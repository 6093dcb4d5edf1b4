import json

from teilhabe_desktop.cli import main


def test_import_dry_run_then_import_and_search(tmp_path, capsys):
    db = str(tmp_path / "k.db")
    data = tmp_path / "liste.csv"
    data.write_bytes("Name;PLZ;Stadtteil\nGebärdensprach-Treff;07747;Neulobeda\n".encode("cp1252"))
    assert main(["catalogue", "import", str(data), "--dry-run", "--db", db]) == 0
    assert "neu: 1" in capsys.readouterr().out
    assert main(["--db", db, "catalogue", "search", "Gebaerden", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["results"] == []
    assert main(["catalogue", "import", str(data), "--db", db]) == 0
    capsys.readouterr()
    assert (
        main(
            [
                "catalogue",
                "search",
                "Gebardensprach",
                "--sozialraum",
                "lobeda",
                "--domain",
                "d9",
                "--db",
                db,
                "--json",
            ]
        )
        == 0
    )
    assert json.loads(capsys.readouterr().out)["results"] == []  # no life domain d9 given
    assert main(["catalogue", "search", "gebärden", "--db", db, "--json", "--limit", "5"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["total"] == 1
    assert payload["results"][0]["name"] == "Gebärdensprach-Treff"
    assert payload["results"][0]["sozialraum"] == "lobeda"


def test_export_formats_and_errors(tmp_path, capsys):
    db = str(tmp_path / "k.db")
    assert (
        main(
            [
                "--demo",
                "--db",
                db,
                "catalogue",
                "export",
                str(tmp_path / "k.csv"),
                "--format",
                "csv",
            ]
        )
        == 0
    )
    assert (tmp_path / "k.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    for fmt, target in (("json", "k.json"), ("hsds", "paket")):
        assert (
            main(["catalogue", "export", str(tmp_path / target), "--format", fmt, "--db", db]) == 0
        )
    assert (tmp_path / "paket" / "datapackage.json").exists()
    capsys.readouterr()
    assert main(["catalogue", "import", str(tmp_path / "k.json"), "--db", db]) == 0
    exported = json.loads((tmp_path / "k.json").read_text(encoding="utf-8"))["offers"]
    assert f"unverändert: {len(exported)}" in capsys.readouterr().out
    assert main(["catalogue", "import", str(tmp_path / "fehlt.csv"), "--db", db]) == 2
    assert "gibt es nicht" in capsys.readouterr().err
    assert main(["catalogue", "search", 'NEAR("*', "--db", db]) == 0
    assert main(["catalogue", "search", "x", "--domain", "d12", "--db", db]) == 2
