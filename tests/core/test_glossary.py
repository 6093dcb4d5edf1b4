"""The Wörter-Buch: shipped terms, the caseworker's terms, the words a plan uses."""

from __future__ import annotations

from teilhabe_desktop.core.glossary import (
    SHIPPED,
    GlossaryEntry,
    known_words,
    merged,
    used_entries,
)
from teilhabe_desktop.core.plain_check import check_text


def test_the_shipped_terms_include_the_words_of_the_plan():
    terms = {e.term for e in SHIPPED}
    for term in ("Sozial-Raum", "Assistenz", "Überprüfung", "Eingliederungs-Hilfe", "Gesamtplan"):
        assert term in terms
    assert all(e.explanation.strip() for e in SHIPPED)


def test_only_the_words_a_text_uses_are_listed_in_any_spelling():
    entries = merged()
    used = used_entries(["Eine Assistenz hilft mir.", "Meine Sozialräume"], entries)
    assert [e.term for e in used] == ["Assistenz", "Sozial-Raum"]
    assert used_entries(["Ich gehe zur Assistenzärztin."], entries) == []  # another word


def test_the_caseworkers_terms_are_added_and_may_replace_a_shipped_one():
    own = [
        GlossaryEntry("Tagesstätte", "Dort bin ich am Tag."),
        GlossaryEntry("assistenz", "Ein Mensch hilft mir."),
        GlossaryEntry(" ", "leer"),
    ]
    entries = merged(own)
    terms = [e.term for e in entries]
    assert "Tagesstätte" in terms and " " not in terms
    assert [e.explanation for e in entries if e.term.casefold() == "assistenz"] == [
        "Ein Mensch hilft mir."
    ]
    assert terms == sorted(terms, key=str.casefold)


def test_the_checker_treats_glossary_words_as_known():
    sentence = "Meine Ansprech-Person kennt den Gesamtplan."
    assert any(s.findings for s in check_text(sentence))
    assert not any(s.findings for s in check_text(sentence, known_words(SHIPPED)))
