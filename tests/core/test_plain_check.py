"""The Leichte-Sprache checker: what a caseworker sees for the sentences they write."""

from __future__ import annotations

import pytest

from teilhabe_desktop.core.plain_check import CODES, check_text

GLOSSARY = ["Sozialraum", "Assistenz", "Überprüfung", "Teilhabe", "Persönliches Budget"]


def findings(text: str, glossary=GLOSSARY) -> list[tuple[str, str]]:
    """``(code, the text the finding is about)`` over all sentences of ``text``."""
    return [(f.code, text[f.start : f.end]) for s in check_text(text, glossary) for f in s.findings]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Die Assistenz wird von Jonas organisiert.", ("passive", "wird von Jonas organisiert")),
        ("Der Termin wurde verschoben.", ("passive", "wurde verschoben")),
        ("Das Café ist nicht teuer.", ("negation", "nicht teuer")),
        ("Das war keine gute Idee.", ("negation", "keine gute")),
        ("Das kostet nichts.", ("negation", "kostet nichts")),
        ("Ich hätte gern einen Hund.", ("subjunctive", "hätte")),
        ("Jonas könnte mich abholen.", ("subjunctive", "könnte")),
        ("Das Haus meines Bruders ist groß.", ("genitive", "meines Bruders")),
        ("Die Hilfe der Stadt ist wichtig.", ("genitive", "der Stadt")),
        ("Miras Hund heißt Bello.", ("genitive", "Miras")),
        ("Ich brauche z.B. Hilfe beim Kochen.", ("abbreviation", "z.B.")),
        ("Die Beratung ist Mo–Fr offen.", ("abbreviation", "Mo–Fr")),
        ("Die Arbeit ist bei einer gGmbH.", ("abbreviation", "gGmbH")),
        ("Das WC ist im Erdgeschoss.", ("abbreviation", "WC")),
        ("Ich habe drei Katzen.", ("number_word", "drei")),
        ("Mira hat viermal einen Kochkurs besucht.", ("number_word", "viermal")),
        ("Ich bin einundzwanzig Jahre alt.", ("number_word", "einundzwanzig")),
        ("Ich bekomme einen Zuverdienst.", ("rare_word", "Zuverdienst")),
        ("Die Ergotherapie ist am Donnerstag.", ("rare_word", "Ergotherapie")),
        ("Die Bushaltestelle ist vor dem Haus.", ("long_word", "Bushaltestelle")),
    ],
)
def test_each_rule_names_what_it_is_about(sentence, expected):
    assert findings(sentence) == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ich gehe jeden Dienstag zum Tierhof.",
        "Ich möchte mit Tieren arbeiten.",  # "möchte" is the Konjunktiv Leichte Sprache uses
        "Ich wollte gestern ins Kino gehen.",  # past, not subjunctive
        "Er fährt jeden Tag mit dem Rad.",  # an umlaut of the present tense
        "Ich gebe der Frau das Geld.",  # dative, not genitive
        "Ich möchte keine Spritzen.",  # no positive word for this negation
        "Wir treffen uns einmal im Monat.",
        "Am 2. Juni 2027 ist die Überprüfung.",
        "Ich gehe zur Bus-Halte-Stelle.",
        "Ich bin gestern gegangen.",  # perfect tense with "sein", not passive
        "Ich werde morgen Koch.",  # "werden" without a participle
        "Mach es so.",  # "so", not "So." for Sonntag
    ],
)
def test_plain_sentences_have_no_findings(sentence):
    assert findings(sentence) == []


def test_a_long_sentence_and_its_word_count():
    text = "Am Dienstag fahre ich mit dem Bus zur Werkstatt und danach gehe ich noch einkaufen."
    [sentence] = check_text(text)
    [finding] = sentence.findings
    assert (finding.code, finding.count, finding.start, finding.end) == (
        "sentence_too_long",
        15,
        0,
        len(text),
    )
    assert finding.message == "Langer Satz (15 Wörter): Höchstens 12 Wörter, eine Aussage."


def test_twelve_words_are_not_too_long():
    assert findings("Ich gehe am Montag mit meiner Schwester in den großen Park spazieren.") == []


def test_two_subordinate_clauses_are_nested_one_is_not():
    assert [c for c, _ in findings("Ich weiß, dass du kommst, wenn du Zeit hast.")] == [
        "nested_clauses"
    ]
    assert findings("Wenn ich Zeit habe, gehe ich schwimmen.") == []


def test_glossary_words_are_not_rare_nor_long():
    text = "Die Krankenversicherung bezahlt den Zuverdienst."
    assert findings(text, glossary=[]) == [
        ("long_word", "Krankenversicherung"),
        ("rare_word", "Zuverdienst"),
    ]
    assert findings(text, glossary=["krankenversicherung", "Zuverdienst"]) == []


def test_a_rare_long_word_is_told_once_as_rare():
    assert findings("Die Eingliederungshilfe hilft.", glossary=[]) == [
        ("rare_word", "Eingliederungshilfe")
    ]


def test_glossary_matches_inflected_forms_by_lemma():
    assert findings("Ich habe zwei Überprüfungen.", glossary=["Überprüfung"]) == [
        ("number_word", "zwei")
    ]


def test_names_are_not_rare_words():
    assert findings("Jonas und Mira wohnen in Lobeda.") == []


def test_sentences_end_at_full_stops_and_line_breaks_but_not_in_abbreviations():
    text = "Ich komme ggf. am Montag. Ich bringe Kuchen mit\nDas Treffen ist am 3. Mai!"
    sentences = check_text(text)
    assert [s.text for s in sentences] == [
        "Ich komme ggf. am Montag.",
        "Ich bringe Kuchen mit",
        "Das Treffen ist am 3. Mai!",
    ]
    assert [text[s.start : s.end] for s in sentences] == [s.text for s in sentences]
    assert [s.codes for s in sentences] == [["abbreviation"], [], []]


def test_an_abbreviation_at_the_end_keeps_the_sentences_apart():
    sentences = check_text("Ich arbeite bei einer gGmbH. Wir machen Sport, Musik usw.")
    assert [(s.text, s.codes) for s in sentences] == [
        ("Ich arbeite bei einer gGmbH.", ["abbreviation"]),
        ("Wir machen Sport, Musik usw.", ["abbreviation"]),
    ]


def test_spans_point_into_the_whole_text():
    text = "Das ist gut.  Der Termin wurde verschoben."
    [first, second] = check_text(text)
    [finding] = second.findings
    assert text[finding.start : finding.end] == "wurde verschoben"
    assert first.findings == ()


def test_findings_of_a_sentence_come_in_text_order():
    text = "Der Zuverdienst wird bezahlt."
    assert [c for c, _ in findings(text)] == ["rare_word", "passive"]


@pytest.mark.parametrize("text", ["", "   \n\n ", "…", "!!!"])
def test_empty_or_only_signs_is_checked_without_error(text):
    assert all(s.findings == () for s in check_text(text))


def test_pasted_garbage_is_checked_without_error():
    text = "x" * 5000 + ". " + "ä" * 300 + "\x00\ufffd 🙂 §§ 12,5 %"
    results = check_text(text)
    assert {f.code for s in results for f in s.findings} <= set(CODES)


def test_every_code_has_a_german_message():
    from teilhabe_desktop.core.plain_check.findings import Finding

    for code in CODES:
        message = Finding(code, 0, 1, count=3).message
        assert message and "{" not in message and ":" in message
