"""'Mein Plan': what the person reads must be in the PDF, in plain words."""

from __future__ import annotations

import re

from tests.reports.pdfcheck import build, page_texts, text, text_sizes
from tests.reports.snapshots import lobeda_snapshot


def test_person_plan_holds_wishes_goals_offers_steps_review_and_contact():
    content = text(build("person", lobeda_snapshot()))
    assert "Mein Plan" in content
    assert "Marie Schönfeld" in content
    # wishes as quotes, verbatim
    assert "„Ich möchte mit Tieren arbeiten. Am liebsten mit Pferden.“" in content
    # one block per goal: domain in plain words, what happens, who helps, by when
    assert "Ich mache ein Praktikum auf dem Tierhof." in content
    assert "Arbeit, Bildung und Geld" in content
    assert "Unterwegs sein" in content
    assert "Das passiert:" in content
    assert "Wer hilft mir: Integrationsfachdienst Jena" in content
    assert "Bis wann: Bis 30. September 2026" in content
    # contact cards: name, address, Sozialraum, phone, hours, costs, accessibility words
    assert "Tierhof „Pfote & Huf“" in content
    assert "Adresse: Am Kalkhügel 3, 07747 Jena" in content
    assert "Stadtteil: Lobeda-Ost, Lobeda" in content
    assert "Telefon: 03641 123456" in content
    assert "Offen: Dienstag bis Samstag 10 bis 16 Uhr" in content
    assert "Kosten: Das kostet nichts." in content
    assert "Ohne Stufen. Gut mit Rollstuhl." in content
    assert "Es gibt Stufen. Nicht gut mit Rollstuhl." in content  # the tram training
    assert "Wichtig: Nach Herrn Brandt fragen." in content
    # next steps with dates; a done step is not listed
    assert "Bis 15. März 2026 Ich rufe beim Tierhof an und mache einen Termin." in content
    assert "Antrag auf Assistenz stellen." not in content
    # next review and the caseworker
    assert "Am 1. März 2027." in content
    assert "Sabine Krüger hilft mir bei meinem Plan." in content
    assert "Telefon: 03641 49-3210" in content


def test_person_plan_uses_no_file_jargon():
    content = text(build("person", lobeda_snapshot()))
    for jargon in ("SGB", "§", "Aktenzeichen", "Leistungsberechtigt", "z. B.", "Indikator"):
        assert jargon not in content
    assert "EGH-2026-0142" not in content  # the file number is for the file only


def test_steps_are_listed_by_date():
    content = text(build("person", lobeda_snapshot()))
    dates = re.findall(r"Bis (\d+\. \w+ 2026) (?:Ich|Beratung|Wir)", content)
    assert dates == ["15. März 2026", "31. März 2026", "30. April 2026"]


def test_discarded_goals_are_not_in_the_persons_plan():
    from teilhabe_desktop.core.plan import GoalStatus

    snapshot = lobeda_snapshot()
    snapshot.plan.goals[1].status = GoalStatus.DISCARDED
    content = text(build("person", snapshot))
    assert "Ich gehe jede Woche zum Treff im Stadtteilzentrum." not in content
    assert "Ich habe 2 Ziele." in content


def test_every_page_says_page_x_of_y():
    pages = page_texts(build("person", lobeda_snapshot()))
    assert len(pages) > 1
    for number, page in enumerate(pages, start=1):
        assert f"Seite {number} von {len(pages)}" in page
        assert "Mein Plan – Marie Schönfeld" in page


def test_goals_begin_on_the_first_page():
    """The person sees at once that the plan is about their goals: the heading
    "Meine Ziele" and the first goal's title are on page 1, not pushed to page 2."""
    snapshot = lobeda_snapshot()
    first_page = page_texts(build("person", snapshot))[0]
    assert "Meine Ziele" in first_page
    assert snapshot.plan.goals[0].title in first_page
    assert first_page.index("Meine Ziele") < first_page.index(snapshot.plan.goals[0].title)


#: Letters inside the accessibility pictograms; the words beside them are 14 pt.
PICTOGRAM_LETTERS = {"WC", "LS", "T"}


def test_every_text_is_at_least_14_pt():
    """Large print for a reader with learning difficulties: body, labels, the life
    domain above a goal, the word under a QR code, bullets, header and footer."""
    shown = text_sizes(build("person", lobeda_snapshot()))
    small = [(size, t) for size, t in shown if size < 14 and t not in PICTOGRAM_LETTERS]
    assert small == []
    assert any(t == "•" for _, t in shown)  # bullets are checked too
    assert any(t.startswith("Seite 1 von") for _, t in shown)
