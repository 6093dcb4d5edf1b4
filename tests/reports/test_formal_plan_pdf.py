"""The 'Gesamtplan' for the file: § 121 Abs. 4 structure, header and footer."""

from __future__ import annotations

from teilhabe_desktop.core.plan import Housing
from tests.reports.pdfcheck import build, page_texts, text
from tests.reports.snapshots import lobeda_snapshot

#: (heading, a text of its content) for every item of § 19 Abs. 2 and § 121 Abs. 4 SGB IX
#: and the ITP Thüringen, in the order they print
ITEMS = (
    ("1. Angaben zur Person", "Wohnform bei Angehörigen"),
    ("2. Verfahren und Bedarfsermittlung", "Antragseingang 01.12.2025"),  # § 19 Abs. 2 Nr. 1
    ("2. Verfahren und Bedarfsermittlung",
     "Zuständig seit 08.12.2025, weitergeleitet von Agentur für Arbeit Jena"),
    ("2. Verfahren und Bedarfsermittlung",
     "Marie braucht Begleitung auf Wegen und Assistenz im Praktikum."),  # Nr. 2
    ("2. Verfahren und Bedarfsermittlung", "ITP Thüringen (20.01.2026)"),  # Nr. 3
    ("3. Beteiligte am Gesamtplanverfahren", "Helga Schönfeld Vertrauensperson Mutter"),
    ("4. Verfahren, Instrumente und Wirkungskontrolle", "Überprüfungszeitpunkt: 01.03.2027"),
    ("5. Wünsche und Wille der Person", "„Ich möchte mit Tieren arbeiten."),
    ("6. Bisherige Situation", "Ein Kurs im Berufsbildungswerk war zu weit weg."),
    ("6. Bisherige Situation", "Ohne Arbeit; nachmittags mit der Mutter unterwegs."),
    ("7. Fähigkeiten und Beeinträchtigungen", "d4 Mobilität 3 erheblich Rollstuhl"),
    ("8. Ziele nach Lebensbereichen", "Marie arbeitet zwei Tage pro Woche auf dem Tierhof."),
    ("8. Ziele nach Lebensbereichen", "Letzte Auswertung am 20.02.2026 von gemeinsam: +1"),
    ("9. Aktivitäten der Person selbst", "sucht selbst Kontakt zum Tierhof"),  # Nr. 2
    ("10. Ressourcen: Person, Netzwerk, Sozialraum",
     "Ich kann gut mit Tieren umgehen. (vorhanden)"),  # Nr. 3
    ("10. Ressourcen: Person, Netzwerk, Sozialraum", "Jana aus dem Nach"),
    ("10. Ressourcen: Person, Netzwerk, Sozialraum",
     "Förderfaktor: Straßenbahn nach Lobeda ist stufenlos (d4 Mobilität)"),
    ("11. Vereinbarte Schritte", "Antrag auf Assistenz stellen. Fallmanagement"),
    ("12. Leistungen: Art, Inhalt, Umfang und Dauer",
     "Inhalt: Begleitung zum Tierhof und Üben des Weges"),
    ("12. Leistungen: Art, Inhalt, Umfang und Dauer",
     "4,5 Std./Woche 6,5 Std./Monat 01.04.2026 bis 31.03.2027 Sachleistung Lebenshilfe"),
    ("13. Stellungnahme der Bundesagentur für Arbeit", "empfiehlt ein Praktikum"),  # Nr. 4
    ("14. Berücksichtigung des Wunsch- und Wahlrechts",
     "Besprochen; Marie möchte die Assistenz als Sachleistung."),  # § 121 Abs. 4 Nr. 4
    ("15. Erkenntnisse aus sozialmedizinischen Gutachten",
     "entfällt: keine sozialmedizinischen Gutachten vorhanden"),  # Nr. 5
    ("16. Beratung zum Barbetrag",
     "entfällt: Die Person lebt nicht in einer besonderen Wohnform."),  # Nr. 6
    ("17. Gesamtplankonferenz", "entfällt: keine Konferenz"),  # § 19 Abs. 2 Nr. 9
    ("18. Belange pflegender Angehöriger", "wünscht Entlastung"),  # § 19 Abs. 2 Nr. 11
    ("19. Abweichende Sichtweisen", "Die Mutter hält den Weg allein für zu früh."),
    ("20. Überprüfung", "spätestens am 01.03.2027"),
    ("21. Unterschriften", "Leistungsberechtigte Person: Marie Schönfeld"),
)  # fmt: skip


def test_formal_plan_holds_every_item_of_section_19_and_121_with_its_content():
    content = text(build("formal", lobeda_snapshot()))
    headings = list(dict.fromkeys(h for h, _ in ITEMS))
    starts = [content.index(h) for h in headings]
    assert starts == sorted(starts)  # in the order of the law
    ends = dict(zip(headings, [*starts[1:], len(content)], strict=True))
    for heading, inside in ITEMS:
        assert inside in content[content.index(heading) : ends[heading]], (heading, inside)


def test_an_item_marked_entfaellt_prints_its_reason_and_one_not_filled_says_so():
    snapshot = lobeda_snapshot()
    snapshot.plan.employment_agency_statement = ""
    snapshot.plan.waivers["employment_agency"] = "nicht angefragt, keine Arbeit angestrebt"
    snapshot.plan.caring_relatives = ""
    content = text(build("formal", snapshot))
    assert "Stellungnahme der Bundesagentur für Arbeit" in content
    assert "entfällt: nicht angefragt, keine Arbeit angestrebt" in content
    assert "Belange pflegender Angehöriger" in content
    assert "noch nicht ausgefüllt (Entwurf)" in content


def test_cash_advice_prints_for_a_person_in_a_special_housing_form():
    snapshot = lobeda_snapshot()
    snapshot.person.housing = Housing.SPECIAL
    snapshot.plan.cash_advice = "Beraten am 03.02.2026: 30 Euro pro Woche bar."
    content = text(build("formal", snapshot))
    assert "Beratung zum Barbetrag" in content
    assert "30 Euro pro Woche bar." in content
    assert "lebt nicht in einer besonderen Wohnform" not in content


def test_print_defects_stay_fixed():
    pages = page_texts(build("formal", lobeda_snapshot()))
    content = " ".join(pages)
    assert "Std,/" not in content and "4,5 Std./Woche" in content
    # a word pair and addresses break at their separator, never inside a word
    assert "Freundschaft/ Nachbarschaft" in content
    assert "www.pfote-und-huf. example" in content or "www.pfote-und-huf.example" in content
    assert "kontakt@ifd-jena. example" in content or "kontakt@ifd-jena.example" in content
    # no heading stands alone at the foot of a page
    headings = list(dict.fromkeys(h for h, _ in ITEMS))
    for page in pages[:-1]:
        body = page[: page.index("Vertraulich – Sozialdaten")]
        last = max(body.rfind(h) + len(h) for h in headings)
        assert len(body) - last > 60, body[-200:]


def test_header_and_footer_on_every_page():
    pages = page_texts(build("formal", lobeda_snapshot(), label="Version 3 vom 05.03.2026"))
    assert len(pages) >= 2
    for number, page in enumerate(pages, start=1):
        assert "Stadt Jena, Fachdienst Soziales" in page
        assert "Gesamtplan für Marie Schönfeld – Aktenzeichen EGH-2026-0142" in page
        assert "Vertraulich – Sozialdaten" in page
        assert "Version 3 vom 05.03.2026 · gedruckt am 02.03.2026" in page  # not cut
        assert f"Seite {number} von {len(pages)}" in page


def test_without_consent_the_plan_does_not_claim_it_was_discussed():
    snapshot = lobeda_snapshot()
    snapshot.person.consent_given = False
    content = text(build("formal", snapshot))
    assert "Einwilligung der Person in die Gesamtplanung liegt noch nicht vor" in content
    assert "Der Plan wurde mit der leistungsberechtigten Person besprochen" not in content


def test_no_page_of_the_demo_plans_is_left_a_third_empty(tmp_path):
    """A long table after a subheading starts on the page where there is room and goes
    on overleaf, with its header row repeated, instead of leaving the page half empty."""
    from teilhabe_desktop.keys import FixedKeys
    from teilhabe_desktop.session import open_session
    from tests.reports.pdfcheck import page_fill

    session = open_session(tmp_path / "demo.db", keys=FixedKeys("Sonnenblume am Westbahnhof"))
    try:
        session.load_demo()
        for person_id in ("demo-person-lobeda", "demo-person-nord", "demo-person-winzerla"):
            snapshot, label = session.printable(person_id, 1)
            fills = page_fill(session.render_plan("formal", snapshot, label))
            assert len(fills) >= 5 and min(fills[:-1]) > 0.65, (person_id, fills)
    finally:
        session.close()
