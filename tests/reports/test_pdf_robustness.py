"""Both printouts: Unicode names, markup characters, very long content, metadata."""

from __future__ import annotations

from datetime import date

import pytest

from teilhabe_desktop.core.plan import Goal, Step, Wish
from tests.reports.pdfcheck import build, font_names, page_texts, reader, text
from tests.reports.snapshots import lobeda_snapshot, minimal_snapshot

VARIANTS = ("person", "formal")


@pytest.mark.parametrize("variant", VARIANTS)
@pytest.mark.parametrize(
    ("first", "last"), [("Łukasz", "Yılmaz"), ("Олена", "Коваленко"), ("Jörg-Åke", "Weiß-Őrsi")]
)
def test_unicode_names_print_as_written(variant, first, last):
    data = build(variant, minimal_snapshot(first, last))
    assert f"{first} {last}" in text(data)


@pytest.mark.parametrize("variant", VARIANTS)
def test_only_the_shipped_unicode_font_is_embedded(variant):
    names = font_names(build(variant, lobeda_snapshot()))
    assert names, "no fonts found"
    # reportlab's built-in fonts (Helvetica …) cannot print "ı" or "Ł": never used
    assert all("DejaVuSans" in name for name in names), names


@pytest.mark.parametrize("variant", VARIANTS)
def test_markup_in_user_text_appears_verbatim(variant):
    snapshot = lobeda_snapshot()
    snapshot.person.last_name = "<b>Müller & Söhne</b>"
    snapshot.plan.wishes[0].text = "Ich will <i>mehr</i> & <br/> weniger < 5 > 3"
    snapshot.plan.goals[0].title = "Ziel mit &amp; und <font size=40>"
    snapshot.plan.goals[0].plain_title = snapshot.plan.goals[0].title
    snapshot.offers["o-tierhof"].name = "Hof <para> & Co"
    content = text(build(variant, snapshot))
    assert "Marie <b>Müller & Söhne</b>" in content
    assert "Ich will <i>mehr</i> & <br/> weniger < 5 > 3" in content
    assert "Ziel mit &amp; und <font size=40>" in content
    assert "Hof <para> & Co" in content


ANNA = "<b>Anna & Co</b>"


@pytest.mark.parametrize("variant", VARIANTS)
def test_markup_prints_literally_in_every_kind_of_user_text(variant):
    """Every field that reaches a paragraph is escaped: wherever "Anna & Co" shows,
    its tags show too (markup that took effect would print bold text without them)."""
    snapshot = lobeda_snapshot()
    plan = snapshot.plan
    for target, names in [
        (snapshot.person, ("first_name", "caseworker", "guardian")),
        (plan.wishes[0], ("said_by",)),
        (plan.goals[0], ("title", "indicator", "differing_view")),
        (plan.steps[0], ("what", "who")),
        (plan.strengths[0], ("text",)),
        (plan.network[0], ("name", "helps_with")),
        (plan.barriers[0], ("text",)),
        (plan.services[0], ("provider",)),
        (plan.offer_links[0], ("note",)),
        (snapshot.offers["o-tierhof"], ("name", "organization_name", "opening_hours")),
    ]:
        for name in names:
            setattr(target, name, ANNA)
    content = text(build(variant, snapshot, label=f"Version 1 {ANNA}"))
    assert content.count(ANNA) >= 8
    assert content.count("Anna & Co") == content.count(ANNA)


@pytest.mark.parametrize("variant", VARIANTS)
def test_turkish_polish_and_hungarian_letters_print_in_text_and_tables(variant):
    snapshot = lobeda_snapshot()
    snapshot.plan.wishes[0].text = "Ich heiße Łukasz Yılmaz-Kővári. ı Ł ő"
    snapshot.plan.network[0].name = "Ağabey Łucja Őrsi"  # a table cell in the Gesamtplan
    snapshot.offers["o-tierhof"].name = "Kőbánya Łąka"  # a contact card in Mein Plan
    data = build(variant, snapshot)
    content = text(data)
    assert "Ich heiße Łukasz Yılmaz-Kővári. ı Ł ő" in content
    assert ("Ağabey Łucja Őrsi" if variant == "formal" else "Kőbánya Łąka") in content
    assert all("DejaVuSans" in name for name in font_names(data))


@pytest.mark.parametrize("variant", VARIANTS)
def test_control_characters_do_not_break_the_build(variant):
    snapshot = lobeda_snapshot()
    snapshot.plan.wishes[0].text = "Zeile eins\x00\x07\r\nZeile zwei\x1b"
    content = text(build(variant, snapshot))
    assert "Zeile eins" in content and "Zeile zwei" in content


def _long_note() -> str:
    words = " ".join(f"Notizwort{i}" for i in range(6000))  # about 70,000 characters
    return (words[:25_000] + "\n\n" + words[25_000:50_000])[:50_000]


@pytest.mark.parametrize("variant", VARIANTS)
def test_a_50000_character_note_flows_over_several_pages(variant):
    note = _long_note()
    assert len(note) == 50_000
    snapshot = lobeda_snapshot()
    snapshot.plan.wishes[0].text = note  # in both printouts
    snapshot.plan.own_activities = note  # formal plan: a section text
    snapshot.plan.goals[0].indicator = note  # formal plan: a table cell taller than a page
    data = build(variant, snapshot)
    pages = page_texts(data)
    assert len(pages) > 5
    content = " ".join(pages)
    last_word = note.split()[-1]
    assert last_word in content
    assert "Notizwort0 " in content


@pytest.mark.parametrize("variant", VARIANTS)
def test_one_word_longer_than_a_line_is_broken_not_lost(variant):
    snapshot = lobeda_snapshot()
    snapshot.plan.wishes[0].text = "Ж" * 3000
    content = text(build(variant, snapshot))
    assert content.count("Ж") == 3000  # spread over lines and pages, none lost


@pytest.mark.parametrize("variant", VARIANTS)
def test_200_goals_print_completely(variant):
    snapshot = lobeda_snapshot()
    snapshot.plan.goals = [
        Goal(
            f"g{i}",
            None,
            f"Ziel Nummer {i:03d}",
            life_domain=f"d{i % 9 + 1}",
            indicator=f"Indikator {i:03d}",
            target_date=date(2026, 12, 31),
            plain_title=f"Ziel Nummer {i:03d}",
        )
        for i in range(200)
    ]
    snapshot.plan.steps = [Step(f"s{i}", f"Schritt {i:03d}", goal_id=f"g{i}") for i in range(200)]
    snapshot.plan.offer_links = []
    content = text(build(variant, snapshot))
    for i in range(200):
        assert f"Ziel Nummer {i:03d}" in content


def _numbered_lines(word: str, count: int) -> str:
    return "\n".join(
        f"{word} {i:03d}: mit etwas Text, damit die Zeile umbricht." for i in range(count)
    )


def _pages_holding(pages: list[str], word: str, count: int) -> int:
    """On how many pages the numbered lines are; fails if one of them is lost."""
    content = " ".join(pages)
    assert all(f"{word} {i:03d}:" in content for i in range(count))
    return sum(word in page for page in pages)


def test_a_contact_card_longer_than_a_page_flows_over_pages():
    snapshot = lobeda_snapshot()
    snapshot.offers["o-tierhof"].plain_description = _numbered_lines("Hinweiszeile", 120)
    assert _pages_holding(page_texts(build("person", snapshot)), "Hinweiszeile", 120) >= 2


def test_a_table_cell_taller_than_a_page_splits_across_pages():
    snapshot = lobeda_snapshot()
    snapshot.plan.goals[0].evaluation_note = _numbered_lines("Bewertungszeile", 250)
    pages = page_texts(build("formal", snapshot))
    assert _pages_holding(pages, "Bewertungszeile", 250) >= 3  # one cell, three pages


def test_mein_plan_with_only_a_name_prints_without_empty_sections():
    content = text(build("person", minimal_snapshot()))
    for heading in (
        "Das wünsche ich mir",
        "Meine Ziele",
        "Hier bekomme ich Hilfe",
        "Meine nächsten Schritte",
        "Wann sprechen wir wieder",
        "Meine Ansprech-Person",
    ):
        assert heading not in content
    assert "Łukasz Yılmaz" in content


def test_a_draft_gesamtplan_with_only_a_name_shows_every_mandatory_item_as_open():
    content = text(build("formal", minimal_snapshot()))
    assert "Łukasz Yılmaz" in content
    # nothing required silently disappears: each mandatory item says it is still open
    for heading in (
        "Verfahren und Bedarfsermittlung",
        "Beteiligte am Gesamtplanverfahren",
        "Ziele nach Lebensbereichen",
        "Aktivitäten der Person selbst",
        "Leistungen: Art, Inhalt, Umfang und Dauer",
        "Berücksichtigung des Wunsch- und Wahlrechts",
        "Erkenntnisse aus sozialmedizinischen Gutachten",
    ):
        assert heading in content
    assert content.count("noch nicht ausgefüllt (Entwurf)") >= 10
    # optional sections without content are left out
    assert "Abweichende Sichtweisen" not in content
    assert "Teilhabezielvereinbarung" not in content


def test_empty_entries_inside_a_section_are_skipped():
    snapshot = lobeda_snapshot()
    snapshot.plan.wishes.append(Wish("w-empty", "   "))
    content = text(build("person", snapshot))
    assert "„ “" not in content and "„“" not in content


@pytest.mark.parametrize(
    ("variant", "title", "subject"),
    [
        ("person", "Mein Plan – Marie Schönfeld", "Leichter Sprache"),
        ("formal", "Gesamtplan – Marie Schönfeld", "§ 121 SGB IX"),
    ],
)
def test_pdf_metadata(variant, title, subject):
    pdf = reader(build(variant, lobeda_snapshot()))
    meta = pdf.metadata
    assert meta.title == title
    assert meta.author == "Sabine Krüger"
    assert subject in meta.subject
    assert pdf.trailer["/Root"]["/Lang"] == "de-DE"


@pytest.mark.parametrize("variant", VARIANTS)
def test_emoji_and_characters_the_font_lacks_print_as_words_not_boxes(variant):
    from teilhabe_desktop.reports.glyphs import _covered

    snapshot = lobeda_snapshot()
    snapshot.person.first_name = "Mira 🙂"
    snapshot.plan.wishes[0].text = "Ich mag Hunde 🐶 und Schwimmen 🏊‍♀️. Ich sage danke ❤️ ✓"
    snapshot.plan.goals[0].title = "Mit 👍🏽 in die Gruppe 日"
    snapshot.plan.goals[0].plain_title = snapshot.plan.goals[0].title
    content = text(build(variant, snapshot))
    assert "Ich mag Hunde (Bild: hundegesicht)" in content
    assert "(Bild: schwimmerin)" in content
    assert "(Bild: daumen hoch mittlere hautfarbe)" in content
    assert "(Zeichen U+65E5)" in content
    assert "Mira (Bild: leicht lächelndes gesicht)" in content
    assert "❤" in content and "✓" in content  # symbols the font has print as themselves
    missing = {c for c in content if not c.isspace() and ord(c) not in _covered()}
    assert missing == set()
