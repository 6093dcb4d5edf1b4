"""``catalogue publish|trust|update|suggest`` on the command line: exit codes and messages."""

from __future__ import annotations

import json

from teilhabe_desktop.cli import main


def _run(capsys, *words) -> tuple[int, str, str]:
    code = main(list(words))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_publish_trust_update_with_a_conflict(tmp_path, capsys):
    centre, desk = str(tmp_path / "zentrale.db"), str(tmp_path / "platz.db")
    csv = tmp_path / "liste.csv"
    csv.write_text("Kennung;Name;Telefon\no-1;Lauftreff;03641 1\n", encoding="utf-8")
    assert _run(capsys, "catalogue", "import", str(csv), "--db", centre)[0] == 0
    package = tmp_path / "katalog-1.zip"
    code, _, err = _run(capsys, "catalogue", "publish", str(package), "--db", centre)
    assert code == 2 and "Herausgeber" in err and not package.exists()
    code, out, _ = _run(
        capsys, "catalogue", "publish", str(package), "--publisher", "ISP Jena", "--db", centre
    )
    assert code == 0 and "Nr. 1" in out

    code, _, err = _run(capsys, "catalogue", "update", str(package), "--db", desk)
    assert code == 2 and "catalogue trust" in err
    code, out, _ = _run(
        capsys, "catalogue", "trust", str(package.with_suffix(".pub")), "--db", desk
    )
    assert code == 0 and "Fingerabdruck" in out
    assert _run(capsys, "catalogue", "update", str(package), "--db", desk)[0] == 0

    csv.write_text("Kennung;Name;Telefon\no-1;Lauftreff;03641 2\n", encoding="utf-8")
    assert _run(capsys, "catalogue", "import", str(csv), "--db", centre)[0] == 0
    second = tmp_path / "katalog-2.zip"
    assert _run(capsys, "catalogue", "publish", str(second), "--db", centre)[0] == 0
    csv.write_text("Kennung;Name;Telefon\no-1;Lauftreff;03641 3\n", encoding="utf-8")
    assert _run(capsys, "catalogue", "import", str(csv), "--db", desk)[0] == 0

    code, out, err = _run(capsys, "catalogue", "update", str(second), "--db", desk)
    assert code == 2 and "Konflikt, offen" in out and "--decide" in err
    code, _, err = _run(capsys, "catalogue", "update", str(second), "--decide", "x", "--db", desk)
    assert code == 2 and "--decide" in err
    assert (
        _run(capsys, "catalogue", "update", str(second), "--decide", "o-1=mine", "--db", desk)[0]
        == 0
    )
    code, out, _ = _run(capsys, "catalogue", "search", "Lauftreff", "--json", "--db", desk)
    assert json.loads(out)["total"] == 1
    suggestion = tmp_path / "vorschlag.json"
    assert _run(capsys, "catalogue", "suggest", "o-1", str(suggestion), "--db", desk)[0] == 0
    assert "03641 3" in suggestion.read_text(encoding="utf-8")  # mine was kept

    code, out, _ = _run(capsys, "catalogue", "update", str(second), "--db", desk)
    assert code == 0 and "bereits eingespielt" in out
    code, _, err = _run(capsys, "catalogue", "update", str(package), "--db", desk)
    assert code == 2 and "älter" in err
