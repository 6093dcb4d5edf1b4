"""Export, import, audit trail and deletion of a person from the persons list (GUI)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QMessageBox

from teilhabe_desktop.core.plan import Person
from teilhabe_desktop.session import Session
from teilhabe_desktop.ui.common.file_passphrase import (
    ExportPassphraseDialog,
    ImportPassphraseDialog,
)
from teilhabe_desktop.ui.persons.persons_page import PersonsPage
from teilhabe_desktop.ui.plan.workspace import PlanWorkspace


@pytest.fixture
def page(qtbot, store):
    store.persons.save(Person("p1", "Mira", "Beispiel"))
    widget = PersonsPage(Session(store), PlanWorkspace)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _select_first_row(qtbot, page) -> None:
    table = page.table
    rect = table.visualRect(table.model().index(0, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _answer_box(button_text: str) -> None:
    def click():
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        for button in box.buttons():
            if button.text() == button_text:
                button.click()

    QTimer.singleShot(50, click)


def test_buttons_need_a_selected_person(qtbot, page):
    assert not page.actions.delete_button.isEnabled()
    assert page.actions.import_button.isEnabled()
    _select_first_row(qtbot, page)
    assert page.actions.delete_button.isEnabled() and page.actions.export_button.isEnabled()


def test_delete_asks_first_and_keeping_changes_nothing(qtbot, page, store):
    _select_first_row(qtbot, page)
    _answer_box("Nicht löschen")
    qtbot.mouseClick(page.actions.delete_button, Qt.MouseButton.LeftButton)
    assert store.persons.exists("p1")


def test_delete_erases_the_person_and_the_list_follows(qtbot, page, store):
    _select_first_row(qtbot, page)
    _answer_box("Endgültig löschen")
    qtbot.mouseClick(page.actions.delete_button, Qt.MouseButton.LeftButton)
    assert not store.persons.exists("p1")
    assert page.model.rowCount() == 0
    actions = store.db.execute("SELECT action, person_id FROM audit_event").fetchall()
    assert ("deleted", None) in actions


PASS = "Uebergabe an Frau Meier"  # ASCII: QTest.keyClicks aborts on umlauts


def _in_modal(qtbot, act) -> None:
    """Run ``act(dialog)`` on the modal dialog that is about to open."""

    def run():
        dialog = QApplication.activeModalWidget()
        assert dialog is not None
        act(dialog)

    QTimer.singleShot(50, run)


def _type_export_passphrase(qtbot, text: str, again: str):
    def act(dialog):
        assert isinstance(dialog, ExportPassphraseDialog)
        qtbot.keyClicks(dialog.first, text)
        qtbot.keyClicks(dialog.second, again)
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok.isEnabled():
            qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        else:
            dialog.reject()

    _in_modal(qtbot, act)


def _type_import_passphrase(qtbot, text: str):
    def act(dialog):
        assert isinstance(dialog, ImportPassphraseDialog)
        qtbot.keyClicks(dialog.field, text)
        qtbot.keyClick(dialog.field, Qt.Key.Key_Return)

    _in_modal(qtbot, act)


def test_export_then_import_from_the_gui(qtbot, page, store, tmp_path, monkeypatch):
    target = tmp_path / "Person.json"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    _select_first_row(qtbot, page)
    _type_export_passphrase(qtbot, PASS, PASS[:-1])  # not the same twice: no export
    qtbot.mouseClick(page.actions.export_button, Qt.MouseButton.LeftButton)
    assert not target.exists()
    _type_export_passphrase(qtbot, PASS, PASS)
    qtbot.mouseClick(page.actions.export_button, Qt.MouseButton.LeftButton)
    assert target.exists() and "Mira" not in target.read_text(encoding="ascii")
    events = store.audit.for_person("p1")
    assert [e.action.value for e in events] == ["exported"]
    assert events[0].detail.startswith("person-file encrypted ")

    store.persons.delete("p1")
    page.refresh()
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    _type_import_passphrase(qtbot, PASS)
    qtbot.mouseClick(page.actions.import_button, Qt.MouseButton.LeftButton)
    assert store.persons.exists("p1")
    assert page.model.rowCount() == 1  # the list shows the imported person
    imported = store.audit.for_person("p1")[-1]
    assert imported.action.value == "imported"
    assert imported.detail.split()[2] == events[0].detail.split()[2]  # the same file


def test_importing_the_same_person_again_asks(qtbot, page, store, tmp_path, monkeypatch):
    target = tmp_path / "Person.json"
    page.actions.session.export_person("p1", target, None)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    _answer_box("Abbrechen")
    qtbot.mouseClick(page.actions.import_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 1
    _answer_box("&Beide behalten")
    qtbot.mouseClick(page.actions.import_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 2
    assert len({p.id for p in store.persons.list()}) == 2


def test_a_broken_import_file_says_why(qtbot, page, tmp_path, monkeypatch):
    broken = tmp_path / "kaputt.json"
    broken.write_text("{ nicht json", encoding="utf-8")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(broken), ""))
    )
    warnings = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda parent, title, text: warnings.append(text))
    )
    qtbot.mouseClick(page.actions.import_button, Qt.MouseButton.LeftButton)
    assert warnings and page.model.rowCount() == 1


def test_the_audit_trail_shows_what_was_done(qtbot, page, store):
    from teilhabe_desktop.core.audit import AuditAction
    from teilhabe_desktop.ui.persons.audit_dialog import AuditDialog

    store.audit.record(AuditAction.PRINTED, "p1", "person draft")
    seen = []

    def read_and_close():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, AuditDialog)
        seen.append([dialog.table.item(0, c).text() for c in range(1, 3)])
        dialog.reject()

    _select_first_row(qtbot, page)
    QTimer.singleShot(50, read_and_close)
    qtbot.mouseClick(page.actions.audit_button, Qt.MouseButton.LeftButton)
    assert seen == [["gedruckt", "person draft"]]


def test_access_report_from_the_gui(qtbot, tmp_path, monkeypatch, keys):
    """On an encrypted database, as in real use: the button writes PDF and JSON, says
    where both are, and the report is recorded."""
    from teilhabe_desktop.session import open_session

    session = open_session(tmp_path / "encrypted.db", keys=keys)
    session.persons.save(Person("p1", "Mira", "Beispiel"))
    page = PersonsPage(session, PlanWorkspace)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    qtbot.waitExposed(page)
    out = tmp_path / "out"
    out.mkdir()
    chosen = out / "Auskunft"  # no suffix typed: .pdf is added
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(chosen), ""))
    )
    said = []
    monkeypatch.setattr(
        QMessageBox,
        "information",
        staticmethod(lambda parent, title, text: said.append((title, text))),
    )
    assert not page.actions.access_button.isEnabled()
    _select_first_row(qtbot, page)
    assert page.actions.access_button.isEnabled()
    qtbot.mouseClick(page.actions.access_button, Qt.MouseButton.LeftButton)
    pdf, json_path = out / "Auskunft.pdf", out / "Auskunft.json"
    assert pdf.read_bytes().startswith(b"%PDF") and json_path.exists()
    assert said and str(pdf) in said[0][1] and str(json_path) in said[0][1]
    assert [(e.action.value, e.detail) for e in session.audit.for_person("p1")] == [
        ("exported", "access-report")
    ]
    page.close()
    session.close()


def test_access_report_to_a_missing_folder_says_why(qtbot, page, tmp_path, monkeypatch):
    target = tmp_path / "fehlt" / "Auskunft.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    warnings = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda parent, title, text: warnings.append(text))
    )
    _select_first_row(qtbot, page)
    qtbot.mouseClick(page.actions.access_button, Qt.MouseButton.LeftButton)
    assert warnings and "fehlt" in warnings[0]
    assert not target.parent.exists()
