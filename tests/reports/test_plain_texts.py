"""The fixed texts of *Mein Plan* follow the rules of Leichte Sprache: the checker finds
nothing in any of them (with the shipped Wörter-Buch as known words)."""

from __future__ import annotations

from teilhabe_desktop.core.glossary import SHIPPED, known_words
from teilhabe_desktop.core.offer_words import COST_SENTENCES, HOURS_UNKNOWN
from teilhabe_desktop.core.plain_check import check_text
from teilhabe_desktop.core.service_kinds import SERVICE_KINDS
from teilhabe_desktop.reports import plain_texts


def fixed_texts() -> list[str]:
    texts = list(plain_texts.ALL) + list(COST_SENTENCES.values()) + [HOURS_UNKNOWN]
    texts += [kind.plain for kind in SERVICE_KINDS]
    return texts + [entry.explanation for entry in SHIPPED]


def test_no_fixed_text_has_a_finding():
    glossary = known_words(SHIPPED)
    found = {
        text: [f.line(text) for s in check_text(text, glossary) for f in s.findings]
        for text in fixed_texts()
    }
    assert {text: lines for text, lines in found.items() if lines} == {}


def test_every_fixed_text_is_collected():
    texts = fixed_texts()
    assert len(texts) > 80
    assert "Das mache ich" in texts and "Dabei helfen mir" in texts
    assert "Geprüft von Lena Sommerfeld am 2. Juni 2027." in texts
    # the rules break here without a finding, so they are checked by hand
    for text in texts:
        assert "\n" not in text.strip("\n") or all(line.strip() for line in text.split("\n"))
        assert "nicht" not in text.split() and "kein" not in text.split()


def test_a_heading_fits_on_one_line():
    """No line break inside a heading's sentence: each fits the text column at 21 pt."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from teilhabe_desktop.reports.fonts import BOLD, register_fonts
    from teilhabe_desktop.reports.person_layout import WIDTH
    from teilhabe_desktop.reports.styles import person_styles

    register_fonts()
    size = person_styles().h1.fontSize
    T = plain_texts
    headings = [T.TITLE, T.WISHES, T.GOALS, T.MORE_STEPS, T.OFFERS, T.STRENGTHS, T.PEOPLE,
                T.SERVICES, T.REVIEW, T.CONTACT, T.GLOSSARY, T.MAP]  # fmt: skip
    for heading in headings:
        assert stringWidth(heading, BOLD, size) < WIDTH, heading
