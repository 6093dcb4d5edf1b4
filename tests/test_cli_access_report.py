"""``teilhabe-desktop person access-report ID --out PATH.pdf`` (Art. 15 GDPR, § 83 SGB X)."""

from __future__ import annotations

import json

import pytest

from teilhabe_desktop.cli import main
from teilhabe_desktop.core.audit import AuditAction
from teilhabe_desktop.core.catalogue import Offer
from teilhabe_desktop.session import open_session
from tests.plan_fixtures import full_person, full_plan, make_finalisable
from tests.reports.pdfcheck import text

WISH = "Ich möchte mit Tieren arbeiten."


@pytest.fixture
def db(db_path, keys):
    with open_session(db_path, keys=keys) as session:
        session.catalogue.save(Offer("o1", "Tierheim Jena", life_domains=["d8"]))
        who = full_person()
        who.first_name, who.last_name = "Łukasz", "Yılmaz"
        session.persons.save(who)
        session.plans.save_draft(full_plan(offer_id="o1"))
        make_finalisable(session.store.db, "p1")
        session.plans.finalise("p1", "Frau Schmidt")
        session.record(AuditAction.PRINTED, "p1", "formal version 1")
    return db_path


def _run(db, *args: str) -> int:
    return main(["person", "access-report", *args, "--db", str(db)])


def test_writes_the_pdf_and_the_json_beside_it(db, tmp_path, capsys):
    pdf = tmp_path / "Auskunft.pdf"
    assert _run(db, "p1", "--out", str(pdf)) == 0
    out = capsys.readouterr().out
    json_path = tmp_path / "Auskunft.json"
    assert str(pdf) in out and str(json_path) in out
    assert pdf.read_bytes().startswith(b"%PDF")
    assert (pdf.stat().st_mode & 0o777) == 0o600 and (json_path.stat().st_mode & 0o777) == 0o600

    data = json.loads(json_path.read_text(encoding="utf-8"))
    assert data["format"] == "teilhabe-desktop-access-report" and data["version"] == 1
    assert data["created_at"]
    document = data["person_document"]
    assert document["format"] == "teilhabe-desktop-person"
    assert document["person"]["first_name"] == "Łukasz"
    assert document["plan"]["wishes"][0]["text"] == WISH
    assert [v["number"] for v in document["versions"]] == [1]
    actions = [(e["action"], e["detail"]) for e in data["audit"]]
    assert actions == [("finalised", "version 1"), ("printed", "formal version 1")]
    assert set(data["audit"][0]) == {"at", "os_user", "app_user", "action", "detail"}
    assert data["audit"][0]["app_user"] == "Frau Schmidt"

    printed = text(pdf.read_bytes())
    assert "Auskunft über gespeicherte Daten" in printed
    assert "Łukasz Yılmaz" in printed and WISH in printed
    protocol = printed[printed.index("5. Protokoll") :]
    assert "Version abgeschlossen" in protocol and "Frau Schmidt" in protocol
    assert "gedruckt" in protocol and "Gesamtplan, Version 1" in protocol
    for words in ("Teilhabeplanung", "verschlüsselt", "3 Jahre", "TLfDI", "Berichtigung"):
        assert words in printed


def test_the_report_itself_is_recorded(db, tmp_path, capsys):
    assert _run(db, "p1", "--out", str(tmp_path / "a.pdf")) == 0
    assert main(["person", "audit", "p1", "--json", "--db", str(db)]) == 0
    events = json.loads(capsys.readouterr().out.split("\n", 2)[-1])
    assert (events[-1]["action"], events[-1]["detail"]) == ("exported", "access-report")
    # a second report lists the first one
    assert _run(db, "p1", "--out", str(tmp_path / "b.pdf")) == 0
    data = json.loads((tmp_path / "b.json").read_text(encoding="utf-8"))
    assert data["audit"][-1]["detail"] == "access-report"
    assert "Auskunft nach Art. 15 DSGVO" in text((tmp_path / "b.pdf").read_bytes())


def test_unknown_person_exits_2_and_writes_nothing(db, tmp_path, capsys):
    assert _run(db, "nobody", "--out", str(tmp_path / "x.pdf")) == 2
    assert "nobody" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("x")) == []


@pytest.mark.parametrize("where", ["folder", "missing", "json"])
def test_a_bad_out_path_exits_2_and_writes_nothing(db, tmp_path, capsys, where):
    target = {
        "folder": tmp_path,
        "missing": tmp_path / "fehlt" / "a.pdf",
        "json": tmp_path / "a.json",
    }[where]
    before = sorted(tmp_path.iterdir())
    assert _run(db, "p1", "--out", str(target)) == 2
    assert "Fehler" in capsys.readouterr().err
    assert sorted(tmp_path.iterdir()) == before
    assert main(["person", "audit", "p1", "--json", "--db", str(db)]) == 0
    assert "access-report" not in capsys.readouterr().out  # nothing recorded either
