"""The 'Gesamtplan' for the file: § 121 Abs. 4 structure, header and footer."""

from __future__ import annotations

from tests.reports.pdfcheck import build, page_texts, text
from tests.reports.snapshots import lobeda_snapshot


def test_formal_plan_holds_every_part_of_section_121():
    content = text(build("formal", lobeda_snapshot()))
    for heading in (
        "1. Angaben zur Person",
        "2. Verfahren und Instrumente",
        "3. Wünsche und Wille der Person",
        "4. Ziele nach Lebensbereichen",
        "5. Aktivitäten der Person selbst",
        "6. Ressourcen: Person, Netzwerk, Sozialraum",
        "7. Vereinbarte Schritte",
        "8. Leistungen: Art, Inhalt, Umfang und Dauer",
        "9. Berücksichtigung des Wunsch- und Wahlrechts",
        "10. Abweichende Sichtweisen",
        "11. Überprüfung",
        "12. Unterschriften",
    ):
        assert heading in content
    assert "Geburtsdatum 17.04.1991" in content
    assert "Aktenzeichen EGH-2026-0142" in content
    assert "ITP Thüringen" in content
    assert "Einbezogene Sozialräume: Lobeda, Winzerla" in content
    assert "„Ich will mehr rauskommen und neue Leute kennenlernen.“" in content
    # goals per life domain with indicator and status
    assert "d8 Bedeutende Lebensbereiche" in content
    assert "d4 Mobilität" in content
    assert "Marie arbeitet zwei Tage pro Woche auf dem Tierhof." in content
    assert "in Arbeit" in content
    # resources: personal, network, Sozialraum
    assert "Ich kann gut mit Tieren umgehen." in content
    assert "Helga Schönfeld Familie sehr eng" in content
    assert "Ressourcen im Sozialraum" in content and "Fachangebot" in content
    assert "Haltestelle Lobeda-Ost: Aufzug oft defekt" in content
    # formal services: type, provider, scope, duration
    assert "Assistenzleistung (§ 113 SGB IX) Lebenshilfe Jena e. V. 4,5 Std./Woche" in content
    assert "01.04.2026 31.03.2027" in content
    assert "Praktikum in Lobeda statt einer Werkstatt" in content
    assert "Die Mutter hält den Weg allein für zu früh." in content
    assert "spätestens am 01.03.2027" in content
    assert "Leistungsberechtigte Person: Marie Schönfeld" in content
    assert "Fallmanagement: Sabine Krüger" in content


def test_sections_without_content_are_left_out_and_numbering_closes_up():
    content = text(build("formal", lobeda_snapshot()))
    # the example has no medical findings and no advice on the cash allowance
    assert "Sozialmedizinische" not in content and "sozialmedizinischer" not in content
    assert "Barbetrag" not in content


def test_header_and_footer_on_every_page():
    pages = page_texts(build("formal", lobeda_snapshot(), label="Version 3 vom 05.03.2026"))
    assert len(pages) >= 2
    for number, page in enumerate(pages, start=1):
        assert "Aktenzeichen EGH-2026-0142" in page
        assert "Vertraulich – Sozialdaten" in page
        assert "Version 3 vom 05.03.2026 · gedruckt am 02.03.2026" in page
        assert f"Seite {number} von {len(pages)}" in page
