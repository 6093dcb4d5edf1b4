"""The access report (Art. 15 GDPR, § 83 SGB X): complete, escaped, read-only, all or nothing."""

from __future__ import annotations

import dataclasses
import json
from datetime import date, datetime
from pathlib import Path

import pytest

from teilhabe_desktop.core.catalogue import Offer
from teilhabe_desktop.core.errors import UserError
from teilhabe_desktop.core.plan import Person
from teilhabe_desktop.exchange import access_report as exchange
from teilhabe_desktop.reports.access_report import PERSON_LABELS, detail_text
from teilhabe_desktop.session import open_session
from teilhabe_desktop.store.plan_rows import read_plan
from tests.plan_fixtures import full_person, full_plan, make_finalisable
from tests.reports.pdfcheck import page_texts, text

NOW = datetime(2026, 3, 2, 10, 30)


@pytest.fixture
def session(db_path, keys):
    opened = open_session(db_path, keys=keys)
    opened.catalogue.save(Offer("o1", "Tierheim Jena", life_domains=["d8"]))
    opened.persons.save(full_person())
    opened.plans.save_draft(full_plan(offer_id="o1"))
    yield opened
    opened.close()


def test_every_field_of_a_person_has_a_label():
    assert list(PERSON_LABELS) == [f.name for f in dataclasses.fields(Person)]


def test_the_pdf_holds_the_whole_plan(session):
    make_finalisable(session.store.db, "p1")
    session.plans.finalise("p1", "Frau Schmidt")
    pdf, raw = exchange.build_access_report(session.store, "p1", NOW)
    printed = text(pdf)
    for words in (
        "Anna Beispiel",
        "AZ-17/2025",
        "Karl-Marx-Allee 5",
        "Ich will Freunde finden.",  # wish in the person's words
        "d8 Bedeutende Lebensbereiche",  # goals by life domain
        "Praktikum im Tierheim",
        "Im Tierheim anrufen",  # step
        "Geduldig mit Tieren",  # resource
        "Schwester Maria",  # network
        "Tierheim Jena",  # offer chosen
        "Frau K. fragt nach",  # its note
        "Lebenshilfe",  # formal service
        "ITP Thüringen",
        f"Version 1 vom {date.today():%d.%m.%Y}",  # finalised today
        "abgeschlossen von Frau Schmidt",
        "erstellt am 02.03.2026, 10:30 Uhr",
    ):
        assert words in printed, words
    pages = page_texts(pdf)
    assert all(f"Seite {n} von {len(pages)}" in page for n, page in enumerate(pages, 1))
    data = json.loads(raw)
    assert data["created_at"] == "2026-03-02T10:30:00"
    assert data["person_document"]["versions"][0]["finalised_by"] == "Frau Schmidt"


def test_user_text_prints_as_written(session):
    session.persons.save(Person("p2", "<b>Anna", "& Co</b>", file_number="<i>AZ</i>"))
    pdf, _raw = exchange.build_access_report(session.store, "p2", NOW)
    printed = text(pdf)
    assert "<b>Anna & Co</b>" in printed and "<i>AZ</i>" in printed


def test_building_changes_nothing_not_even_a_new_draft(session):
    session.persons.save(Person("p2", "Ohne", "Plan"))
    pdf, raw = exchange.build_access_report(session.store, "p2", NOW)
    assert "Es ist kein Planentwurf gespeichert." in text(pdf)
    assert json.loads(raw)["person_document"]["plan"] is None
    assert read_plan(session.store.db, "p2") is None
    assert session.audit.for_person("p2") == []


def test_unknown_person(session):
    with pytest.raises(UserError):
        exchange.build_access_report(session.store, "nobody", NOW)


def test_detail_codes_in_words():
    assert detail_text("formal version 2") == "Gesamtplan, Version 2"
    assert detail_text("person draft") == "Mein Plan, Entwurf"
    assert detail_text("version 3") == "Version 3"
    assert detail_text("person-json") == "Personendatei (JSON)"
    assert detail_text("access-report") == "Auskunft nach Art. 15 DSGVO"
    assert detail_text("something new") == "something new"


def test_the_json_is_named_after_the_pdf(tmp_path):
    assert exchange.json_path_for(tmp_path / "Auskunft.pdf") == tmp_path / "Auskunft.json"
    assert exchange.json_path_for(tmp_path / "Auskunft") == tmp_path / "Auskunft.json"
    with pytest.raises(UserError):
        exchange.json_path_for(tmp_path / "Auskunft.json")


def test_session_writes_both_and_records(session, tmp_path):
    pdf, json_path = session.access_report("p1", tmp_path / "a.pdf")
    assert (pdf, json_path) == (tmp_path / "a.pdf", tmp_path / "a.json")
    assert pdf.exists() and json_path.exists()
    assert [(e.action.value, e.detail) for e in session.audit.for_person("p1")] == [
        ("exported", "access-report")
    ]


def test_a_failed_pdf_write_leaves_no_json_and_no_record(session, tmp_path, monkeypatch):
    import teilhabe_desktop.exchange.safe_write as safe_write

    real = safe_write.write_bytes

    def fail_on_pdf(path: Path, data: bytes) -> None:
        if Path(path).suffix == ".pdf":
            raise UserError("Die Datei kann nicht geschrieben werden: Datenträger voll.")
        real(path, data)

    monkeypatch.setattr(safe_write, "write_bytes", fail_on_pdf)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(UserError):
        session.access_report("p1", out / "a.pdf")
    assert list(out.iterdir()) == []
    assert session.audit.for_person("p1") == []
