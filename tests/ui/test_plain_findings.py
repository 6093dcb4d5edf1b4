"""Leichte-Sprache findings under a text field, as the caseworker types (real key events;
ASCII text, QTest cannot type umlauts)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from teilhabe_desktop.ui.common.plain_findings import MAX_LINES, attach_plain_findings


@pytest.fixture
def form(qtbot):
    """A text field in a box layout, with a field after it, shown."""
    window = QWidget()
    layout = QVBoxLayout(window)
    field = QPlainTextEdit()
    field.setAccessibleName("In Leichter Sprache")
    after = QLineEdit()
    layout.addWidget(field)
    layout.addWidget(after)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window, layout, field, after


def type_and_wait(qtbot, findings, field, text):
    field.setFocus()
    with qtbot.waitSignal(findings.checked, timeout=5_000) as blocker:
        qtbot.keyClicks(field, text)
    return blocker.args[0]


def test_findings_show_under_the_field_after_a_typing_pause(qtbot, form):
    _, layout, field, after = form
    findings = attach_plain_findings(field, glossary=["Assistenz"])
    assert layout.indexOf(findings) == layout.indexOf(field) + 1 < layout.indexOf(after)
    assert findings.isHidden()

    count = type_and_wait(qtbot, findings, field, "Die Assistenz wird von Jonas organisiert.")
    assert count == 1
    assert findings.isVisible()
    assert findings.text().splitlines() == [
        "1 Hinweis zur Leichten Sprache:",
        "• Satz 1: Passiv „wird von Jonas organisiert“: Schreiben Sie, wer etwas tut.",
    ]


def test_one_check_per_pause_not_per_key(qtbot, form):
    _, _, field, _ = form
    findings = attach_plain_findings(field)
    counts = []
    findings.checked.connect(counts.append)
    type_and_wait(qtbot, findings, field, "Ich habe drei Katzen.")
    qtbot.wait(400)  # a second pause without typing: nothing new to check
    assert counts == [1]


def test_correcting_the_text_hides_the_findings(qtbot, form):
    _, _, field, _ = form
    findings = attach_plain_findings(field)
    assert type_and_wait(qtbot, findings, field, "Ich habe drei Katzen.") == 1
    with qtbot.waitSignal(findings.checked, timeout=5_000) as blocker:
        qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(field, "Ich habe 3 Katzen.")
    assert blocker.args == [0]
    assert findings.isHidden() and findings.text() == ""


def test_accessible_name_buddy_and_the_fields_description(qtbot, form):
    _, _, field, _ = form
    field.setAccessibleDescription("Text für die Person")
    findings = attach_plain_findings(field)
    assert findings.accessibleName() == "Hinweise zur Leichten Sprache"
    assert findings.buddy() is field
    type_and_wait(qtbot, findings, field, "Das ist nicht gut. Ich habe drei Katzen.")
    assert field.accessibleDescription() == "Text für die Person 2 Hinweise zur Leichten Sprache"
    with qtbot.waitSignal(findings.checked, timeout=5_000):
        field.clear()
    assert field.accessibleDescription() == "Text für die Person"


def test_a_line_edit_in_a_form_layout(qtbot):
    window = QWidget()
    layout = QFormLayout(window)
    field = QLineEdit()
    layout.addRow("Ziel in Leichter Sprache", field)
    qtbot.addWidget(window)
    window.show()
    findings = attach_plain_findings(field)
    row, _ = layout.getWidgetPosition(field)
    assert layout.getWidgetPosition(findings)[0] == row + 1
    assert type_and_wait(qtbot, findings, field, "Ich gehe ggf. zum Kurs.") == 1
    assert "Abkürzung „ggf.“" in findings.text()


def test_glossary_words_are_no_findings_and_can_change(qtbot, form):
    _, _, field, _ = form
    findings = attach_plain_findings(field, glossary=["Zuverdienst"])
    assert type_and_wait(qtbot, findings, field, "Ich bekomme einen Zuverdienst.") == 0
    with qtbot.waitSignal(findings.checked, timeout=5_000) as blocker:
        findings.set_glossary([])
    assert blocker.args == [1] and "Seltenes Wort „Zuverdienst“" in findings.text()


def test_many_findings_are_cut_to_a_short_list(qtbot, form):
    _, _, field, _ = form
    findings = attach_plain_findings(field)
    text = " ".join(["Ich habe drei Katzen."] * (MAX_LINES + 3))
    assert type_and_wait(qtbot, findings, field, text) == MAX_LINES + 3
    lines = findings.text().splitlines()
    assert len(lines) == MAX_LINES + 2 and lines[-1] == "… und 3 weitere"


def test_typed_markup_is_shown_as_text(qtbot, form):
    _, _, field, _ = form
    findings = attach_plain_findings(field)
    type_and_wait(qtbot, findings, field, "<b>drei</b> Katzen.")
    assert findings.textFormat() == Qt.TextFormat.PlainText
    assert "Zahl als Wort „drei“" in findings.text()
