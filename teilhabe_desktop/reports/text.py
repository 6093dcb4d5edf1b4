"""Text flowables that cost little: paragraphs that break their lines once per width,
paragraphs built without the markup parser, and plain lines drawn directly.

Each looks exactly like the reportlab ``Paragraph`` it replaces; where it could not
(markup, indents, a word wider than the column) a real paragraph is used.
"""

from __future__ import annotations

import io
from functools import cache, lru_cache
from itertools import repeat

from reportlab import rl_config
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.rl_accel import fp_str
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import getAscentDescent, stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph

from teilhabe_desktop.reports.escaping import esc


class Para(Paragraph):
    """A paragraph that breaks its lines once per width (its height never depends on
    the available height), however often tables and frames measure it."""

    def wrap(self, availWidth, availHeight):  # reportlab API
        cache = self.__dict__.get("_wrap_cache")
        if cache is not None and cache[0] == availWidth:
            _, self.width, self.height, self.blPara, self._wrapWidths = cache
            return self.width, self.height
        width, height = super().wrap(availWidth, availHeight)
        if hasattr(self, "blPara"):
            self._wrap_cache = (availWidth, width, height, self.blPara, self._wrapWidths)
        return width, height


@cache
def _measure(font_name: str, size: float):
    """``stringWidth`` for one font and size. For TrueType fonts this is reportlab's
    own formula (``instanceStringWidthTTF``) without its per-call dispatch."""
    face = getattr(pdfmetrics.getFont(font_name), "face", None)
    widths = getattr(face, "charWidths", None)
    if widths is None:
        return lambda text: stringWidth(text, font_name, size)
    get, default, scale = widths.get, face.defaultWidth, 0.001 * size

    def width(text: str) -> float:
        return scale * sum(map(get, map(ord, text), repeat(default)))

    return width


class Line(Flowable):
    """Plain text (no markup) in one font, broken into lines and drawn exactly as
    reportlab's ``Paragraph`` would do it, without the markup parser and with one
    text object; text a paragraph would treat specially becomes a :class:`Para`.

    Most table cells hold a few words; this makes each of them several times cheaper.
    """

    def __init__(self, text: str, style: ParagraphStyle) -> None:
        super().__init__()
        self.words = text.split()  # a paragraph collapses white space the same way
        self.text = " ".join(self.words)
        self.style = style
        measure = _measure(style.fontName, style.fontSize)
        self._widths = [measure(word) for word in self.words]
        self._space = measure(" ")
        self._lines: list[tuple[float, list[str]]] = []
        self._para: Para | None = None
        self._wrapped: float | None = None

    def _break(self, max_width: float) -> list[tuple[float, list[str]]] | None:
        """``Paragraph.breakLines`` for one run of text without hyphenation: (spare
        width, words) per line; None if a word is wider than a line (reportlab cuts
        such words, the fallback paragraph does that)."""
        shrink = self.style.spaceShrinkage * self._space
        lines: list[tuple[float, list[str]]] = []
        current: list[str] = []
        width = -self._space
        for word, word_width in zip(self.words, self._widths, strict=True):
            if word_width > max_width:
                return None
            wider = width + self._space + word_width
            if wider <= max_width + shrink * len(current) or not current:
                current.append(word)
                width = wider
            else:
                lines.append((max_width - width, current))
                current, width = [word], word_width
        if current:
            lines.append((max_width - width, current))
        return lines

    def wrap(self, availWidth, availHeight):  # reportlab API
        if self._wrapped == availWidth:
            return self.width, self.height
        self._wrapped = availWidth
        lines = self._break(availWidth)
        if lines is not None:
            self._para, self._lines = None, lines
            self.width, self.height = availWidth, len(lines) * self.style.leading
        else:
            self._para = self._para or para(self.text, self.style)
            self.width, self.height = self._para.wrapOn(getattr(self, "canv", None), availWidth, 0)
        return self.width, self.height

    def split(self, availWidth, availHeight):  # reportlab API
        self.wrap(availWidth, availHeight)
        if self._para is None and len(self._lines) < 2:
            return []
        # rare (at the end of a page): let a paragraph apply widow and orphan rules
        whole = self._para or para(self.text, self.style)
        return whole.splitOn(getattr(self, "canv", None), availWidth, availHeight)

    def drawOn(self, canvas, x, y, _sW=0):  # reportlab API
        if self._para is not None:
            self._para.drawOn(canvas, x, y, _sW)
            return
        ops = _raw_ops(self.style)
        if ops is None or not canvas.bottomup:
            self.draw_with_text_object(canvas, x, y)
            return
        # The operators reportlab's text object writes for these lines, written
        # directly (the text object costs more than the text): see
        # tests/reports/test_text_equivalence.py, which compares the two.
        fill, font, size_and_leading = ops
        doc, escape = canvas._doc, canvas._escape
        code = [f"BT 1 0 0 1 {fp_str(x, y + self.height - _first_baseline(self.style))} Tm"]
        subset_now = -1
        for spare, words in self._lines:
            squeezed = spare < -1e-8 and len(words) > 1  # drawn a little closer, as reportlab does
            if squeezed:
                code.append(f"{fp_str(spare / (len(words) - 1))} Tw")
            for subset, chunk in font.splitString(" ".join(words), doc):
                if subset != subset_now:
                    code.append(f"{font.getSubsetInternalName(subset, doc)} {size_and_leading}")
                    subset_now = subset
                code.append(f"({escape(chunk)}) Tj")
            code.append("T*")
            if squeezed:
                code.append("0 Tw")
        code.append("ET")
        canvas._code += ("q", fill, " ".join(code), "Q")

    def draw_with_text_object(self, canvas, x, y) -> None:
        """The same lines drawn through reportlab's canvas and text object."""
        style = self.style
        canvas.saveState()
        canvas.setFillColor(style.textColor)
        text = canvas.beginText(x, y + self.height - _first_baseline(style))
        text.setFont(style.fontName, style.fontSize, style.leading)
        for spare, words in self._lines:
            if spare < -1e-8 and len(words) > 1:  # squeezed a little, as reportlab does
                text.setWordSpace(spare / (len(words) - 1))
                text.textLine(" ".join(words))
                text.setWordSpace(0)
            else:
                text.textLine(" ".join(words))
        canvas.drawText(text)
        canvas.restoreState()


@lru_cache(maxsize=128)  # styles made per document must not pile up
def _raw_ops(style: ParagraphStyle) -> tuple[str, object, str] | None:
    """(fill colour operator, font, "size Tf leading TL") for writing a style's text
    directly; None where only the text object knows how (not a TrueType font, a
    colour with transparency or a separation)."""
    font = pdfmetrics.getFont(style.fontName)
    if not getattr(font, "_dynamicFont", False) or not hasattr(font, "splitString"):
        return None
    scratch = Canvas(io.BytesIO())
    start = len(scratch._code)
    scratch.setFillColor(style.textColor)
    fill = scratch._code[start:]
    if len(fill) != 1 or not fill[0].endswith((" rg", " g", " k")):
        return None
    return fill[0], font, f"{fp_str(style.fontSize)} Tf {fp_str(style.leading)} TL"


def _first_baseline(style: ParagraphStyle) -> float:
    """How far below its top reportlab's Paragraph puts the first baseline."""
    if rl_config.paraFontSizeHeightOffset:
        return style.fontSize
    return getAscentDescent(style.fontName, style.fontSize)[0]


@cache
def _frags(style: ParagraphStyle, labelled: bool) -> tuple:
    """reportlab's own parse of a plain (or "<b>label</b> text") paragraph, as a template."""
    return tuple(Paragraph("<b>x</b> y" if labelled else "y", style).frags)


def _parse_free(text: str) -> bool:
    """True if ``text`` reads the same as paragraph text without parsing it."""
    return bool(text.strip()) and text.isprintable()


def _entity_free(text: str) -> bool:
    """True if escaping leaves ``text`` as it is. The parser turns "&amp;" and "&lt;"
    into fragments of their own, and reportlab breaks a line of several fragments
    slightly differently where it must cut a long word."""
    return not any(c in text for c in "&<>")


def para(text: str, style: ParagraphStyle, label: str = "") -> Para:
    """User text (not markup) as a paragraph, optionally after a bold "label:".

    The frames of the text are built from a template instead of running the markup
    parser over every piece of text; the result is the same paragraph.
    """
    template = _parse_free(text) and _entity_free(text)
    if not (template and (not label or (_parse_free(label) and _entity_free(label)))):
        prefix = f"<b>{esc(label)}:</b> " if label else ""
        return Para(prefix + esc(text), style)
    words = " ".join(text.split())
    if not label:
        return Para(None, style, frags=[_frags(style, False)[0].clone(text=words)])
    bold, regular = _frags(style, True)
    # "<b>label :</b>": a space before the colon stays, as the markup parser keeps it
    label_text = " ".join(label.split()) + (" :" if label[-1].isspace() else ":")
    return Para(None, style, frags=[bold.clone(text=label_text), regular.clone(text=" " + words)])


def _is_plain(style: ParagraphStyle) -> bool:
    return (
        style.alignment == TA_LEFT
        and not (style.leftIndent or style.rightIndent or style.firstLineIndent)
        and not (style.backColor or style.borderWidth or style.endDots)
        and not style.wordWrap
        and not getattr(style, "autoLeading", "")
    )


def plain(text: str, style: ParagraphStyle) -> Flowable:
    """User text without markup as a :class:`Line` where that looks the same as a
    paragraph, else as a :class:`Para`."""
    if _parse_free(text) and _is_plain(style):
        return Line(text, style)
    return para(text, style)
