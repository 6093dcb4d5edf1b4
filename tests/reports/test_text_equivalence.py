"""The hand-written text flowables (``reports/text.py``) must break, measure, split and
draw exactly like reportlab's ``Paragraph`` with the same style and escaped text.

Hypothesis writes the text (umlauts, ß, "Łukasz Yılmaz", Cyrillic, hyphens, long words,
markup characters) and picks the width; every style of ``reports/styles.py`` is tried.
"""

from __future__ import annotations

import io
from dataclasses import fields

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from teilhabe_desktop.reports.blocks import _bullet_style
from teilhabe_desktop.reports.escaping import esc
from teilhabe_desktop.reports.styles import formal_styles, person_styles
from teilhabe_desktop.reports.text import Line, Para, para, plain

STYLES = {
    f"{variant}.{f.name}": getattr(styles(), f.name)
    for variant, styles in (("person", person_styles), ("formal", formal_styles))
    for f in fields(styles())
}
STYLES["formal.body_bullet"] = _bullet_style(formal_styles().body)
STYLES["person.body_bullet"] = _bullet_style(person_styles().body)

WORDS = [
    "Łukasz", "Yılmaz", "Олена", "Коваленко", "Schönfeld", "Straße", "Weiß-Őrsi",
    "Jörg-Åke", "Karl-Marx-Allee", "Werner-Seelenbinder-Straße", "07747", "Jena",
    "ich", "möchte", "mit", "Tieren", "arbeiten.", "–", "„Pfote", "&", "Huf“",
    "<b>", "a<b", "x&amp;y", "(Lobeda-Ost),", "03641 49-3210", "https://angebot.example/a?b=1&c=2",
    "Donaudampfschifffahrtsgesellschaftskapitänsmütze",
    "Grundstücksverkehrsgenehmigungszuständigkeitsübertragungsverordnung",
]  # fmt: skip
ALPHABET = st.sampled_from(
    list("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
    + list("äöüÄÖÜßŁłıİőŐåÅçéèОленаКвкоЖЩюя")
    + list(" -.,;:!?()/&<>\"'„“–…§")
)
TOKENS = st.one_of(st.sampled_from(WORDS), st.text(ALPHABET, min_size=1, max_size=40))
TEXTS = st.lists(TOKENS, min_size=1, max_size=40).flatmap(
    lambda tokens: st.lists(
        st.sampled_from([" ", " ", " ", "  ", "-", " - "]),
        min_size=len(tokens),
        max_size=len(tokens),
    ).map(lambda seps: "".join(t + s for t, s in zip(tokens, seps, strict=True)))
)
WIDTHS = st.floats(min_value=40, max_value=500, allow_nan=False, allow_infinity=False)
STYLE_NAMES = st.sampled_from(sorted(STYLES))
HUGE = 1e6
SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _reference(text: str, style, label: str = "") -> Paragraph:
    prefix = f"<b>{esc(label)}:</b> " if label else ""
    return Paragraph(prefix + esc(text), style)


def _line_words(paragraph: Paragraph) -> list[tuple[list[str], float]]:
    """(words, spare width) of each line of a wrapped paragraph, whatever its kind."""
    bl = paragraph.blPara
    if bl.kind == 0:
        return [(" ".join(words).split(), spare) for spare, words in bl.lines]
    return [("".join(f.text for f in line.words).split(), line.extraSpace) for line in bl.lines]


def _fonts(paragraph: Paragraph) -> list[list[str]]:
    bl = paragraph.blPara
    if bl.kind == 0:
        return [[bl.fontName] for _ in bl.lines]
    return [[f.fontName for f in line.words if f.text.strip()] for line in bl.lines]


def _word_space(words: list[str], spare: float) -> float:
    """The extra space reportlab puts between words when drawing a left-aligned line:
    only a line squeezed into the width (negative spare) is drawn closer together."""
    if spare > -1e-8 or len(words) < 2:
        return 0.0
    return spare / (len(words) - 1)


def _assert_same_lines(ours: list[tuple[list[str], float]], theirs) -> None:
    assert [words for words, _ in ours] == [words for words, _ in theirs]
    for (words, a), (_, b) in zip(ours, theirs, strict=True):
        assert _word_space(words, a) == pytest.approx(_word_space(words, b), abs=1e-6)


def _flowable_lines(flowable) -> list[tuple[list[str], float]]:
    if isinstance(flowable, Line) and flowable._para is None:
        return [(list(words), spare) for spare, words in flowable._lines]
    inner = flowable._para if isinstance(flowable, Line) else flowable
    return _line_words(inner)


@SETTINGS
@given(text=TEXTS, width=WIDTHS, style_name=STYLE_NAMES)
def test_plain_text_breaks_like_a_paragraph(text, width, style_name):
    style = STYLES[style_name]
    reference = _reference(text, style)
    ours = plain(text, style)
    assert ours.wrap(width, HUGE) == reference.wrap(width, HUGE)
    _assert_same_lines(_flowable_lines(ours), _line_words(reference))
    # measured again at another width and back: still the same
    ours.wrap(width + 37, HUGE)
    assert ours.wrap(width, HUGE) == reference.wrap(width, HUGE)


@SETTINGS
@given(text=TEXTS, label=TOKENS, width=WIDTHS, style_name=STYLE_NAMES)
def test_labelled_text_breaks_like_a_paragraph(text, label, width, style_name):
    style = STYLES[style_name]
    reference = _reference(text, style, label)
    ours = para(text, style, label)
    assert isinstance(ours, Paragraph)
    assert ours.wrap(width, HUGE) == reference.wrap(width, HUGE)
    _assert_same_lines(_line_words(ours), _line_words(reference))
    assert _fonts(ours) == _fonts(reference)  # the label (and only it) is bold


@SETTINGS
@given(
    text=TEXTS,
    width=WIDTHS,
    style_name=STYLE_NAMES,
    fraction=st.floats(min_value=0.0, max_value=1.0),
)
def test_plain_text_splits_like_a_paragraph(text, width, style_name, fraction):
    style = STYLES[style_name]
    reference = _reference(text, style)
    ours = plain(text, style)
    _, height = reference.wrap(width, HUGE)
    ours.wrap(width, HUGE)
    avail = fraction * height
    theirs = reference.split(width, avail)
    mine = ours.split(width, avail)
    if len(theirs) < 2:  # a paragraph that does not split at all, or only "as a whole"
        assert len(mine) == len(theirs) or (not mine and len(theirs) == 1)
        return
    assert len(mine) == len(theirs)
    for a, b in zip(mine, theirs, strict=True):
        assert a.wrap(width, HUGE) == b.wrap(width, HUGE)
        _assert_same_lines(_flowable_lines(a), _line_words(b))


def _drawn_text(flowable, width: float) -> list[tuple[float, float, str, float]]:
    """(x, y, text, word spacing) of every string the flowable shows on a page."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, pageCompression=0)
    _, height = flowable.wrapOn(canvas, width, HUGE)
    flowable.drawOn(canvas, 40, A4[1] - 40 - min(height, 700))
    canvas.showPage()
    canvas.save()
    page = PdfReader(io.BytesIO(buffer.getvalue())).pages[0]
    state = {"tw": 0.0}
    shown: list[tuple[float, float, str, float]] = []

    def before(op, args, cm, tm):
        if op == b"Tw":
            state["tw"] = float(args[0])
        elif op == b"BT":
            state["tw"] = 0.0

    def text(chunk, cm, tm, font, size):
        if chunk.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            shown.append((round(x, 3), round(y, 3), chunk, round(state["tw"], 4)))

    page.extract_text(visitor_operand_before=before, visitor_text=text)
    return sorted(shown, key=lambda item: (-item[1], item[0]))


def _lines_drawn(shown) -> list[tuple[float, float, str, float]]:
    """Strings on one baseline joined: a paragraph may show a line in several pieces."""
    lines: dict[float, list] = {}
    for x, y, chunk, tw in shown:
        lines.setdefault(y, []).append((x, chunk, tw))
    out = []
    for y, pieces in lines.items():
        pieces.sort()
        out.append((pieces[0][0], y, "".join(c for _, c, _ in pieces), pieces[0][2]))
    return sorted(out, key=lambda item: -item[1])


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXTS, width=WIDTHS, style_name=STYLE_NAMES)
def test_plain_text_draws_like_a_paragraph(text, width, style_name):
    style = STYLES[style_name]
    ours = _lines_drawn(_drawn_text(plain(text, style), width))
    theirs = _lines_drawn(_drawn_text(_reference(text, style), width))
    assert [(x, y, " ".join(t.split()), tw) for x, y, t, tw in ours] == [
        (x, y, " ".join(t.split()), tw) for x, y, t, tw in theirs
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Zeile eins\nZeile zwei",  # a line break
        "Tab\tzwischen",
        "ohne\u00a0Umbruch",  # no-break space: reportlab keeps the words together
        "wei\u00adches Trennzeichen",
        "",
        "   ",
    ],
)
def test_text_a_line_cannot_handle_becomes_a_real_paragraph(text):
    flowable = plain(text, formal_styles().cell)
    assert isinstance(flowable, Para)
    reference = _reference(text, formal_styles().cell)
    assert flowable.wrap(120, HUGE) == reference.wrap(120, HUGE)


@pytest.mark.parametrize("style_name", sorted(STYLES))
def test_a_word_wider_than_the_line_falls_back_to_a_paragraph(style_name):
    style = STYLES[style_name]
    text = "Am Grundstücksverkehrsgenehmigungszuständigkeitsübertragungsverordnung vorbei"
    flowable = plain(text, style)
    reference = _reference(text, style)
    assert flowable.wrap(60, HUGE) == reference.wrap(60, HUGE)
    if isinstance(flowable, Line):
        assert isinstance(flowable._para, Paragraph)  # reportlab cuts the word itself
    _assert_same_lines(_flowable_lines(flowable), _line_words(reference))
    assert _lines_drawn(_drawn_text(flowable, 60)) == _lines_drawn(_drawn_text(reference, 60))


@pytest.mark.parametrize("style_name", ["formal.cell", "formal.body", "person.body", "person.h2"])
@pytest.mark.parametrize("squeeze", [0.0, 0.2, 0.45, 0.9])
def test_a_line_squeezed_into_the_width_draws_like_a_paragraph(style_name, squeeze):
    """reportlab lets a line be a little too wide and draws its words closer together
    (``spaceShrinkage``); the first line here is up to 0.9 of that allowance too wide."""
    style = STYLES[style_name]
    first = "Łukasz und Олена gehen über die Straße"
    text = first + " – und dann weiter zum Tierhof in Lobeda"
    space = stringWidth(" ", style.fontName, style.fontSize)
    allowance = style.spaceShrinkage * space * (len(first.split()) - 1)
    width = stringWidth(first, style.fontName, style.fontSize) - squeeze * allowance
    ours, reference = plain(text, style), _reference(text, style)
    assert ours.wrap(width, HUGE) == reference.wrap(width, HUGE)
    _assert_same_lines(_flowable_lines(ours), _line_words(reference))
    drawn = _lines_drawn(_drawn_text(ours, width))
    assert drawn == _lines_drawn(_drawn_text(reference, width))
    assert " ".join(drawn[0][2].split()) == first
    assert (drawn[0][3] < 0) == (squeeze > 0)  # squeezed lines really are drawn closer


def _code_of(draw) -> list[str]:
    canvas = Canvas(io.BytesIO(), pagesize=A4)
    start = len(canvas._code)
    draw(canvas)
    return canvas._code[start:]


@SETTINGS
@given(text=TEXTS, width=WIDTHS, style_name=STYLE_NAMES, x=WIDTHS, y=WIDTHS)
def test_lines_written_directly_equal_reportlabs_text_object(text, width, style_name, x, y):
    """``Line`` writes its PDF operators itself; they must be, byte for byte, what
    reportlab's canvas and text object write for the same lines."""
    flowable = plain(text, STYLES[style_name])
    if not isinstance(flowable, Line):
        return
    flowable.wrap(width, HUGE)
    if flowable._para is not None:
        return
    ours = _code_of(lambda canvas: flowable.drawOn(canvas, x, y))
    theirs = _code_of(lambda canvas: flowable.draw_with_text_object(canvas, x, y))
    assert ours == theirs
    assert ours[0] == "q" and ours[-1] == "Q"


def test_lines_written_directly_cover_the_squeezed_case():
    style = formal_styles().cell
    first = "Łukasz und Олена gehen über die Straße"
    width = stringWidth(first, style.fontName, style.fontSize) - 0.3
    flowable = plain(first + " weiter", style)
    flowable.wrap(width, HUGE)
    ours = _code_of(lambda canvas: flowable.drawOn(canvas, 10, 20))
    assert " Tw " in ours[2]
    assert ours == _code_of(lambda canvas: flowable.draw_with_text_object(canvas, 10, 20))
