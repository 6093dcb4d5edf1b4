"""Characters the shipped font lacks print as words, never as an empty box.

DejaVu Sans covers Latin, Greek, Cyrillic, Arabic, Hebrew and many symbols (✓ ★ ☎ ♥),
but no pictographic emoji. A person who writes "Ich mag Hunde 🐶" in their own words
gets "Ich mag Hunde (Bild: hundegesicht)" on paper: the emoji's German CLDR name from
the ``emoji`` library. Any other character the font lacks prints as its code point
("(Zeichen U+65E5)"), so nothing is lost silently. Emoji the font has (❤, ☺) print as
themselves, without the invisible presentation selector.
"""

from __future__ import annotations

import unicodedata
from functools import cache

import emoji
from reportlab.pdfbase import pdfmetrics

from teilhabe_desktop.reports.fonts import register_fonts

#: zero-width joiner, variation selectors and skin-tone modifiers: parts of one emoji
_INVISIBLE = {"\u200d", "\ufe0e", "\ufe0f", *map(chr, range(0x1F3FB, 0x1F400))}


@cache
def _covered() -> frozenset[int]:
    """Code points that both faces of the shipped font can print."""
    faces = [pdfmetrics.getFont(name).face for name in register_fonts()]
    return frozenset.intersection(*(frozenset(face.charToGlyph) for face in faces))


def _printable(char: str) -> bool:
    return char in "\n\t" or ord(char) in _covered()


@cache
def _german_names() -> None:
    emoji.config.load_language("de")


def _emoji_name(chars: str, data: dict) -> str:
    visible = "".join(c for c in chars if c not in _INVISIBLE)
    if visible and all(_printable(c) for c in visible):
        return visible
    name = data.get("de") or data.get("en") or ""
    words = name.strip(":").replace("_", " ").strip()
    return f"(Bild: {words})" if words else ""


def _char_name(char: str) -> str:
    if char in _INVISIBLE or unicodedata.category(char) in ("Mn", "Cf"):
        return ""  # marks and format characters the font lacks add nothing visible
    return f"(Zeichen U+{ord(char):04X})"


def printable(text: str) -> str:
    """``text`` with every character the shipped font lacks spelled out."""
    if all(_printable(c) for c in text):
        return text
    _german_names()
    text = emoji.replace_emoji(text, replace=_emoji_name)
    return "".join(c if _printable(c) else _char_name(c) for c in text)
