"""'Mein Plan': what the person reads must be in the PDF, in plain words."""

from __future__ import annotations

from tests.reports.pdfcheck import build, page_texts, text, text_sizes
from tests.reports.snapshots import lobeda_snapshot


def test_person_plan_holds_wishes_goals_offers_steps_review_and_contact():
    content = text(build("person", lobeda_snapshot()))
    assert "Mein Plan" in content
    assert "Marie Schönfeld" in content
    # wishes as quotes, verbatim
    assert "„Ich möchte mit Tieren arbeiten. Am liebsten mit Pferden.“" in content
    # one block per goal: domain in plain words, the plain title, steps split, by when
    assert "Ich mache ein Praktikum auf dem Tierhof." in content
    assert "Arbeit, Bildung und Geld" in content
    assert "Unterwegs sein" in content
    assert "Das mache ich: Bis 15. März 2026 Ich rufe beim Tierhof an. Ich mache einen Termin." in (
        content
    )
    assert "Dabei helfen mir: Integrationsfachdienst Jena hilft mir. Bis 31. März 2026" in content
    assert "Das möchte ich bis 30. September 2026 schaffen." in content
    assert "Daran merke ich es: Ich arbeite 2 Tage in der Woche dort." in content
    assert "Hier bekomme ich Hilfe: Nummer 1: Tierhof „Pfote & Huf“" in content
    # contact cards: number, plain description, address, phone, spoken hours, one cost
    # sentence, accessibility words
    assert "Nummer 1: Tierhof „Pfote & Huf“ Auf dem Hof leben viele Tiere." in content
    assert "Pfote & Huf e. V." not in content  # the legal form is for the file
    assert "Adresse: Am Kalkhügel 3, 07747 Jena" in content
    assert "Stadtteil: Lobeda-Ost, Lobeda" in content
    assert "Telefon: 03641 123456" in content
    assert "Offen: Dienstag bis Samstag, 10 bis 16 Uhr" in content
    assert "Kosten: Das ist kostenlos." in content
    assert "Kosten: Das kostet Geld. Ich kann nach einem kleineren Preis fragen." in content
    assert "Kaffee 1 Euro" not in content  # the cost note is staff text
    assert "Offen: Ich rufe vorher an und frage, wann offen ist." in content  # no schedule
    assert "Ohne Stufen. Gut mit Rollstuhl." in content
    assert "Es gibt Stufen. Mit Rollstuhl ist es schwer." in content  # the tram training
    # a done step is not listed
    assert "Antrag auf Assistenz stellen." not in content
    # Leistungen in plain words
    assert "Eine Fach-Kraft übt mit mir 4 Stunden und 30 Minuten in der Woche." in content
    assert "Die Hilfe kommt von: Lebenshilfe Jena" in content
    # next review and the caseworker
    assert "Am 1. März 2027." in content
    assert "Sabine Krüger hilft mir bei meinem Plan." in content
    assert "Telefon: 03641 49-3210" in content


def test_staff_texts_of_third_person_fields_are_never_printed():
    snapshot = lobeda_snapshot()
    content = text(build("person", snapshot))
    plan = snapshot.plan
    staff = [g.indicator for g in plan.goals] + [plan.goals[2].differing_view]
    staff += [s.text for s in plan.strengths if s.text != s.plain_text]
    staff += [c.helps_with for c in plan.network]
    staff += [s.what for s in plan.steps if s.plain_text != s.what] + [plan.services[0].type]
    staff += [link.note for link in plan.offer_links if link.note]
    staff += [o.description for o in snapshot.offers.values() if o.description]
    for field in staff:
        assert field not in content
    # the differing view in plain words instead
    assert "Jemand sieht das Ziel anders. Wir sprechen darüber." in content


def test_without_plain_texts_the_plan_says_the_facts_in_fixed_sentences():
    snapshot = lobeda_snapshot()
    for goal in snapshot.plan.goals:
        goal.plain_title = goal.plain_indicator = ""
    for item in (*snapshot.plan.steps, *snapshot.plan.strengths, *snapshot.plan.network):
        item.plain_text = ""
    content = text(build("person", snapshot))
    for goal in snapshot.plan.goals:
        assert goal.title not in content
    assert "Mein Ziel Das habe ich mir gewünscht: „Ich möchte mit Tieren arbeiten." in content
    assert "Bis 15. März 2026 Sabine Krüger erklärt mir den Schritt." in content
    assert "Helga Schönfeld hilft mir. Bis 30. April 2026" in content
    assert "Das kann ich gut" not in content  # no strength has a plain text
    assert "Diese Menschen helfen mir • Helga Schönfeld • Jana aus dem Nachbarhaus" in content
    assert "fährt mich zu Terminen" not in content


def test_the_person_is_never_their_own_helper():
    snapshot = lobeda_snapshot()
    snapshot.plan.steps[0].who = "Marie"  # "Ich selbst mit Marie" before
    snapshot.plan.steps[2].who = "Marie Schönfeld"
    content = text(build("person", snapshot))
    assert "Marie hilft mir" not in content
    assert "Marie Schönfeld hilft mir" not in content
    assert "Ein Mensch hilft mir. Wir üben den Weg mit der Straßenbahn." in content


def test_people_and_organisations_are_listed_apart():
    from teilhabe_desktop.core.plan import NetworkContact, NetworkSector

    snapshot = lobeda_snapshot()
    snapshot.plan.network.append(
        NetworkContact("n3", "Psychiatrische Ambulanz", NetworkSector.PROFESSIONAL, 2, "Therapie")
    )
    content = text(build("person", snapshot))
    people = content[content.index("Diese Menschen helfen mir") :]
    people = people[: people.index("Hier bekomme ich Hilfe Hier kann ich hingehen.")]
    assert "Helga Schönfeld" in people and "Psychiatrische Ambulanz" not in people
    assert "Jana aus dem Nachbarhaus" in people
    assert "Hier bekomme ich auch Hilfe: • Psychiatrische Ambulanz" in content


def test_pruflesen_prints_who_checked_the_plan_and_when():
    from datetime import date

    snapshot = lobeda_snapshot()
    assert "Geprüft von" not in text(build("person", snapshot))
    snapshot.plan.plain_checked_by = "Prüfgruppe Jena"
    snapshot.plan.plain_checked_on = date(2026, 2, 1)
    assert "Geprüft von Prüfgruppe Jena am 1. Februar 2026." in text(build("person", snapshot))


def test_the_word_list_explains_the_hard_words_the_plan_uses():
    snapshot = lobeda_snapshot()
    snapshot.glossary = {"Straßenbahn": "Die Straßenbahn fährt auf Schienen."}
    content = text(build("person", snapshot))
    words = content[content.index("Wörter-Buch") :]
    assert "Ansprech-Person Das ist ein Mensch vom Amt." in words
    assert "Fach-Kraft" in words  # from "Eine Fach-Kraft übt mit mir"
    assert "Straßenbahn Die Straßenbahn fährt auf Schienen." in words  # the caseworker's
    assert "Sozial-Raum" not in words  # the plan does not use the word
    assert "Eingliederungs-Hilfe" not in words


def test_a_very_long_wish_still_starts_on_the_first_page():
    snapshot = lobeda_snapshot()
    snapshot.plan.wishes[0].text = "\n".join(f"Ich möchte Ding {i} machen." for i in range(80))
    first_page = page_texts(build("person", snapshot))[0]
    assert "Das wünsche ich mir" in first_page
    assert "„Ich möchte Ding 0 machen." in first_page


def test_person_plan_uses_no_file_jargon():
    content = text(build("person", lobeda_snapshot()))
    for jargon in ("SGB", "§", "Aktenzeichen", "Leistungsberechtigt", "z. B.", "Indikator"):
        assert jargon not in content
    assert "EGH-2026-0142" not in content  # the file number is for the file only


def test_steps_are_listed_by_date_within_each_part():
    snapshot = lobeda_snapshot()
    snapshot.plan.steps[1].owner = snapshot.plan.steps[0].owner  # both the person's
    snapshot.plan.steps[1].plain_text = "Ich gehe zur Beratung."
    snapshot.plan.steps[0].due_date, snapshot.plan.steps[1].due_date = (
        snapshot.plan.steps[1].due_date,
        snapshot.plan.steps[0].due_date,
    )
    content = text(build("person", snapshot))
    assert "Das mache ich: Bis 15. März 2026 Ich gehe zur Beratung. " in content
    assert content.index("Ich gehe zur Beratung.") < content.index("Ich rufe beim Tierhof an.")


def test_discarded_goals_are_not_in_the_persons_plan():
    from teilhabe_desktop.core.plan import GoalStatus

    snapshot = lobeda_snapshot()
    snapshot.plan.goals[1].status = GoalStatus.DISCARDED
    content = text(build("person", snapshot))
    assert "Ich gehe jede Woche zum Treff im Stadtteilzentrum." not in content
    assert "Stadtteilzentrum LISA" not in content  # its offer is not listed either
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
    assert snapshot.plan.goals[0].plain_title in first_page
    assert first_page.index("Meine Ziele") < first_page.index(snapshot.plan.goals[0].plain_title)


def test_every_text_is_at_least_14_pt():
    """Large print for a reader with learning difficulties: body, labels, the life
    domain above a goal, the word under a QR code, bullets, header and footer; the
    pictograms hold no letters ("WC", "LS") at all."""
    shown = text_sizes(build("person", lobeda_snapshot()))
    small = [(size, t) for size, t in shown if size < 14]
    assert small == []
    assert any(t == "•" for _, t in shown)  # bullets are checked too
    assert any(t.startswith("Seite 1 von") for _, t in shown)
    assert any(t == "Internet" for _, t in shown)  # the word under the QR code
    assert not {"WC", "LS", "T"} & {t for _, t in shown}
