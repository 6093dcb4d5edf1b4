"""*Wörter-Buch …*: the caseworker adds, changes and removes own terms with real events;
the shipped terms are listed and cannot be removed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from teilhabe_desktop.store.glossary import GlossaryRepository
from teilhabe_desktop.ui.plan.glossary_dialog import GlossaryDialog


@pytest.fixture
def dialog(qtbot, store):
    dlg = GlossaryDialog(GlossaryRepository(store.db))
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def test_an_own_term_is_added_changed_and_removed(qtbot, store, dialog):
    repo = GlossaryRepository(store.db)
    assert "Sozial-Raum" in dialog.terms_shown()  # shipped
    QTest.keyClicks(dialog.term, "Tagesstaette")
    QTest.keyClicks(dialog.explanation, "Dort bin ich am Tag.")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert repo.terms() == {"Tagesstaette": "Dort bin ich am Tag."}
    assert "Tagesstaette" in dialog.terms_shown()
    assert dialog.delete_button.isEnabled()  # the saved term is selected

    dialog.explanation.clear()
    QTest.keyClicks(dialog.explanation, "Ein Ort am Tag.")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert repo.terms() == {"Tagesstaette": "Ein Ort am Tag."}

    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert repo.terms() == {}
    assert "Tagesstaette" not in dialog.terms_shown()


def test_a_shipped_term_cannot_be_removed_and_an_empty_one_is_refused(
    qtbot, store, dialog, monkeypatch
):
    shipped = dialog.terms_shown().index("Assistenz")
    dialog.list.setCurrentRow(shipped)
    assert not dialog.delete_button.isEnabled()
    warnings = []
    monkeypatch.setattr(
        "teilhabe_desktop.ui.plan.glossary_dialog.QMessageBox.warning",
        lambda *args: warnings.append(args[2]),
    )
    dialog.term.clear()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert warnings == ["Bitte geben Sie das Wort und seine Erklärung an."]
    assert GlossaryRepository(store.db).terms() == {}
