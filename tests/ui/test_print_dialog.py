"""The print dialog: preview, variant and version choice, saving and printing."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from pypdf import PdfReader

from tests.plan_fixtures import save_lobeda


@pytest.fixture
def saved(store):
    from teilhabe_desktop.store.plans import PlanRepository

    save_lobeda(store, now=lambda: datetime(2026, 3, 1, 10))
    plans = PlanRepository(store.db, today=lambda: date(2026, 3, 1))
    draft = plans.draft("p-lobeda")
    draft.goals[0].title = "Ein neues Ziel im Entwurf."
    plans.save_draft(draft)
    return store


def _text(path) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(path).pages)


@pytest.fixture
def dialog(qtbot, saved):
    from teilhabe_desktop.session import Session
    from teilhabe_desktop.ui.plan.print_dialog import PrintDialog

    dlg = PrintDialog(Session(saved), "p-lobeda")
    qtbot.addWidget(dlg)
    qtbot.waitUntil(lambda: dlg.pdf_data is not None, timeout=10_000)
    return dlg


def test_opens_with_a_preview_of_the_persons_plan(dialog):
    assert dialog.selected_variant() == "person"
    assert dialog.selected_version() == 1  # the newest finalised version, not the draft
    assert dialog.document.pageCount() > 1
    assert dialog.document.metaData(dialog.document.MetaDataField.Title).startswith("Mein Plan")
    assert dialog.print_button.isEnabled() and dialog.save_button.isEnabled()
    assert [dialog.version.itemText(i) for i in range(dialog.version.count())] == [
        "Aktueller Entwurf",
        "Version 1 vom 01.03.2026 (abgeschlossen)",
    ]
    for widget in (dialog.variant, dialog.version, dialog.view):
        assert widget.accessibleName()


def test_switching_variant_and_version_rebuilds_and_saves(dialog, qtbot, tmp_path):
    with qtbot.waitSignal(dialog.preview_ready, timeout=10_000):
        dialog.variant.setCurrentIndex(1)
    assert dialog.document.metaData(dialog.document.MetaDataField.Title).startswith("Gesamtplan")
    with qtbot.waitSignal(dialog.preview_ready, timeout=10_000):
        dialog.version.setCurrentIndex(0)
    assert dialog.suggested_file_name().startswith("Gesamtplan_Schönfeld_Marie_Entwurf_")
    draft_pdf = tmp_path / "entwurf.pdf"
    assert dialog.save_to(draft_pdf)
    assert "Ein neues Ziel im Entwurf." in _text(draft_pdf)

    with qtbot.waitSignal(dialog.preview_ready, timeout=10_000):
        dialog.version.setCurrentIndex(1)
    assert dialog.suggested_file_name() == "Gesamtplan_Schönfeld_Marie_V1_2026-03-01.pdf"
    frozen_pdf = tmp_path / "version1.pdf"
    assert dialog.save_to(frozen_pdf)
    content = _text(frozen_pdf)
    assert "Gesamtplan" in content and "Version 1 vom 01.03.2026" in content
    assert "Ein neues Ziel im Entwurf." not in content


def test_save_button_asks_for_a_file_and_writes_the_pdf(dialog, qtbot, tmp_path, monkeypatch):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "mein-plan"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "PDF"))
    )
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    saved_file = tmp_path / "mein-plan.pdf"
    assert saved_file.read_bytes() == dialog.pdf_data
    assert "Mein Plan" in _text(saved_file)


def test_saving_into_a_missing_folder_says_why_and_leaves_nothing(
    dialog, qtbot, tmp_path, monkeypatch
):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    target = tmp_path / "ausgabe" / "fehlt" / "mein-plan.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "PDF"))
    )
    warnings = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda parent, title, text: warnings.append(text))
    )
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert warnings and "gibt es nicht" in warnings[0]
    assert not target.parent.exists()


def test_a_saved_pdf_is_for_the_user_alone(dialog, tmp_path):
    import os
    import stat

    folder = tmp_path / "ausgabe"
    folder.mkdir()
    target = folder / "mein-plan.pdf"
    assert dialog.save_to(target)
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert sorted(p.name for p in folder.iterdir()) == ["mein-plan.pdf"]  # no .part left
    events = dialog.session.audit.for_person("p-lobeda")
    printed = [e.detail for e in events if e.action == "printed"]
    assert printed == ["person version 1"]  # the audit trail knows it was printed


def test_printing_paints_every_page(dialog, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "gedruckt.pdf"
    printer.setOutputFileName(str(printed))
    printer.setFullPage(True)
    assert dialog.print_to(printer)
    assert len(PdfReader(printed).pages) == dialog.document.pageCount()


def test_mein_plan_says_how_many_plain_texts_are_missing_and_what_the_check_finds(dialog, qtbot):
    from teilhabe_desktop.core.plain_coverage import summarize

    snapshot, _label = dialog.session.printable("p-lobeda", 1)
    expected = summarize(snapshot)
    qtbot.waitUntil(lambda: dialog.plain_status.text() != "", timeout=10_000)
    assert not dialog.plain_status.isHidden()
    shown = dialog.plain_status.text()
    assert shown.startswith("Mein Plan:")
    if expected.missing:
        assert f"{expected.missing} Text" in shown
    assert "Hinweis" in shown
    with qtbot.waitSignal(dialog.preview_ready, timeout=10_000):
        dialog.variant.setCurrentIndex(1)  # the Gesamtplan is not in Leichter Sprache
    assert dialog.plain_status.isHidden()
