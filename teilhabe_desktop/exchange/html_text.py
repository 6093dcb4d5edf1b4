"""Plain text of HTML fragments, as feeds such as Open Referral UK put them in descriptions.

``"<p>Hilfe&nbsp;bei <b>Schulden</b></p>"`` becomes ``"Hilfe bei Schulden"``: tags are
dropped (paragraphs, line breaks and list items become line breaks, scripts and styles
vanish), entities are decoded, non-breaking spaces become spaces. Text without markup
or entities is returned unchanged, so "a < b" or "Kinder & Eltern" stay as written.
Uses the standard library's HTML parser, which never fails on broken markup.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

_MARKUP = re.compile(r"<[A-Za-z!/][^>]*>|&(?:#\d+|#x[0-9A-Fa-f]+|[A-Za-z][A-Za-z0-9]*);")
_BLOCKS = frozenset(
    (
        "address", "article", "blockquote", "br", "dd", "div", "dl", "dt", "footer", "h1",
        "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "ol", "p", "pre", "section",
        "table", "td", "th", "tr", "ul",
    )
)  # fmt: skip
_HIDDEN = frozenset({"script", "style", "head", "title", "template"})
_SPACES = re.compile(r"[ \t\u00a0\u202f]+")


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag, attrs) -> None:
        if tag in _HIDDEN:
            self._hidden += 1
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag) -> None:
        if tag in _HIDDEN:
            self._hidden = max(0, self._hidden - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data) -> None:
        if not self._hidden:
            self.parts.append(data)


def has_markup(value: str) -> bool:
    return bool(value) and _MARKUP.search(value) is not None


def plain_text(value: str) -> str:
    """``value`` without HTML tags and entities (unchanged if it has none)."""
    if not has_markup(value):
        return value
    parser = _Text()
    parser.feed(value)
    parser.close()
    lines = (_SPACES.sub(" ", line).strip() for line in "".join(parser.parts).split("\n"))
    return "\n".join(line for line in lines if line)
