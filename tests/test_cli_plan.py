"""``teilhabe-desktop plan pdf``: both variants, frozen versions, clear German errors."""

from __future__ import annotations

import os
from datetime import date

import pytest
from pypdf import PdfReader

from teilhabe_desktop.cli import main
from teilhabe_desktop.store.database import open_database
from teilhabe_desktop.store.plans import PlanRepository
from tests.conftest import encryption_key
from tests.plan_fixtures import save_lobeda


@pytest.fixture
def db(db_path):
    """A database file holding the Lobeda example with one finalised version."""
    store = open_database(db_path, encryption_key(db_path))
    try:
        save_lobeda(store)
        plans = PlanRepository(store.db, today=lambda: date(2026, 3, 1))
        draft = plans.draft("p-lobeda")
        draft.goals[0].title = "Ein neues Ziel im Entwurf."
        draft.goals[0].plain_title = draft.goals[0].title  # what Mein Plan prints
        plans.save_draft(draft)
    finally:
        store.close()
    return db_path


def _text(path) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(path).pages)


def test_person_variant_of_the_draft(db, tmp_path, capsys):
    out = tmp_path / "mein-plan.pdf"
    code = main(
        ["plan", "pdf", "p-lobeda", "--variant", "person", "--out", str(out), "--db", str(db)]
    )
    assert code == 0
    content = _text(out)
    assert "Mein Plan" in content and "Marie Schönfeld" in content
    assert "Ein neues Ziel im Entwurf." in content
    assert "Der Plan ist noch ein Entwurf." in content
    assert str(out) in capsys.readouterr().out


def test_formal_variant_of_a_frozen_version(db, tmp_path):
    out = tmp_path / "gesamtplan.pdf"
    code = main(
        [
            "--db",
            str(db),
            "plan",
            "pdf",
            "p-lobeda",
            "--variant",
            "formal",
            "--version",
            "1",
            "--out",
            str(out),
        ]
    )
    assert code == 0
    content = _text(out)
    assert "Gesamtplan" in content and "Aktenzeichen EGH-2026-0142" in content
    assert "Ich mache ein Praktikum auf dem Tierhof." in content
    assert "Ein neues Ziel im Entwurf." not in content
    assert "Version 1 vom" in content


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["nobody", "--variant", "person"], "Eine Person mit der Kennung „nobody“ gibt es nicht."),
        (["p-lobeda", "--variant", "formal", "--version", "7"], "Die Planversion 7 gibt es nicht."),
        (["p-lobeda", "--variant", "formal", "--version", "0"], "Die Planversion muss 1"),
    ],
)
def test_bad_input_is_refused_with_exit_code_2(db, tmp_path, capsys, args, message):
    out = tmp_path / "plan.pdf"
    code = main(["plan", "pdf", *args, "--out", str(out), "--db", str(db)])
    assert code == 2
    assert message in capsys.readouterr().err
    assert not out.exists()


def test_missing_folder_is_refused(db, tmp_path, capsys):
    out = tmp_path / "fehlt" / "plan.pdf"
    code = main(
        ["plan", "pdf", "p-lobeda", "--variant", "person", "--out", str(out), "--db", str(db)]
    )
    assert code == 2
    assert "gibt es nicht" in capsys.readouterr().err


def test_unwritable_out_path_is_refused(db, tmp_path, capsys, monkeypatch):
    # A refused write is simulated (chmod does not stop root, who runs CI).
    folder = tmp_path / "schreibgeschützt"
    folder.mkdir()
    real_replace = os.replace
    attempts = []

    def refuse_part_files(source, target):
        if str(source).endswith(".part"):
            attempts.append(os.path.exists(source))
            raise PermissionError(13, "Keine Berechtigung", str(target))
        real_replace(source, target)

    monkeypatch.setattr("teilhabe_desktop.exchange.safe_write.os.replace", refuse_part_files)
    out = folder / "p.pdf"
    code = main(
        ["plan", "pdf", "p-lobeda", "--variant", "person", "--out", str(out), "--db", str(db)]
    )
    assert code == 2
    assert attempts == [True]  # the PDF was written completely before the rename failed
    assert (
        f"Die Datei „{out}“ kann nicht geschrieben werden: Keine Berechtigung."
        in capsys.readouterr().err
    )
    assert list(folder.iterdir()) == []  # neither the PDF nor a leftover .part file


def test_out_path_that_is_a_folder_is_refused(db, tmp_path, capsys):
    code = main(
        ["plan", "pdf", "p-lobeda", "--variant", "person", "--out", str(tmp_path), "--db", str(db)]
    )
    assert code == 2
    assert "ist ein Ordner" in capsys.readouterr().err


def test_unknown_variant_is_an_argument_error(db, tmp_path):
    with pytest.raises(SystemExit) as exit_info:
        main(["plan", "pdf", "p-lobeda", "--variant", "poster", "--out", str(tmp_path / "x.pdf")])
    assert exit_info.value.code == 2


def test_a_failing_write_is_reported_and_leaves_no_partial_file(db, tmp_path, capsys, monkeypatch):
    from pathlib import Path

    def refuse(self, data):
        raise PermissionError(13, "Keine Berechtigung")

    monkeypatch.setattr(Path, "write_bytes", refuse)
    out = tmp_path / "plan.pdf"
    code = main(
        ["plan", "pdf", "p-lobeda", "--variant", "person", "--out", str(out), "--db", str(db)]
    )
    assert code == 2
    assert "kann nicht geschrieben werden: Keine Berechtigung" in capsys.readouterr().err
    assert list(tmp_path.glob("plan.pdf*")) == []


def test_finalise_refuses_an_incomplete_gesamtplan_and_names_what_is_missing(db, capsys):
    store = open_database(db, encryption_key(db))
    try:
        plans = PlanRepository(store.db)
        draft = plans.draft("p-lobeda")
        draft.lump_sum_choice = ""
        draft.goals[0].indicator = ""
        plans.save_draft(draft)
        before = len(plans.versions("p-lobeda"))
    finally:
        store.close()
    code = main(["plan", "finalise", "p-lobeda", "--by", "Frau Krüger", "--db", str(db)])
    err = capsys.readouterr().err
    assert code == 2
    assert "Es fehlt: Erreichbare und überprüfbare Teilhabeziele mit Indikator" in err
    assert "Abschnitt „2 Ziele“" in err
    assert "Wunsch- und Wahlrecht im Hinblick auf eine pauschale Geldleistung" in err
    assert "Traceback" not in err
    store = open_database(db, encryption_key(db))
    try:
        assert len(PlanRepository(store.db).versions("p-lobeda")) == before  # nothing written
    finally:
        store.close()


def test_finalise_a_complete_plan_from_the_command_line(db, capsys):
    code = main(["plan", "finalise", "p-lobeda", "--by", "Frau Krüger", "--db", str(db)])
    assert code == 0
    assert "Version 2 abgeschlossen von Frau Krüger." in capsys.readouterr().out
    assert main(["plan", "finalise", "unbekannt", "--by", "X", "--db", str(db)]) == 2
