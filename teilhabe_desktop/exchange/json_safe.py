"""Loading JSON that someone else wrote: strict, bounded, with German messages.

JSON is UTF-8 (RFC 8259; a UTF-16 or UTF-32 file with its byte order mark is read
too), never guessed as Windows-1252. Refused, each with a message naming the place:
nesting deeper than :data:`MAX_DEPTH`, numbers longer than :data:`MAX_NUMBER_CHARS`
digits or beyond the range of a float, ``NaN``/``Infinity``, lone surrogates
(``"\\ud800"``) and NUL characters in names or texts — all of which would otherwise
break later, when the data is saved or written out again.
"""

from __future__ import annotations

import json
import math
import re

from teilhabe_desktop.exchange.catalogue_import import ImportFileError

MAX_DEPTH = 64
MAX_NUMBER_CHARS = 100
_NOTHING = "Es wurde nichts übernommen."
_BAD_TEXT = re.compile("[\x00\ud800-\udfff]")
_BOMS = (
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)


class _Refused(Exception):
    """A value the loader does not accept (message in German)."""


def _decode(data: bytes, name: str) -> str:
    encoding = next((enc for bom, enc in _BOMS if data.startswith(bom)), "utf-8")
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise ImportFileError(
            f"„{name}“ ist nicht in UTF-8 gespeichert (ungültiges Zeichen in Zeile {line}). "
            f"JSON-Dateien müssen UTF-8 sein. {_NOTHING}"
        ) from None


def _integer(text: str) -> int:
    if len(text.lstrip("-")) > MAX_NUMBER_CHARS:
        raise _Refused(f"eine Zahl mit {len(text.lstrip('-')):,} Ziffern".replace(",", "."))
    return int(text)


def _float(text: str) -> float:
    value = float(text) if len(text) <= MAX_NUMBER_CHARS else math.inf
    if not math.isfinite(value):
        raise _Refused(f"eine Zahl außerhalb des Zahlenbereichs („{text[:20]}…“)")
    return value


def _constant(text: str):
    raise _Refused(f"„{text}“, das in JSON keine Zahl ist")


def _where(path: list) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "oberste Ebene"


def _bad_text(text: str) -> str | None:
    found = _BAD_TEXT.search(text)
    if found is None:
        return None
    return (
        "ein NUL-Zeichen" if found.group() == "\x00" else "ein einzelnes Ersatzzeichen (Surrogat)"
    )


def _check(document: object, name: str) -> None:
    """Depth, names and texts, walked without recursion."""
    stack: list[tuple[object, list]] = [(document, [])]
    while stack:
        value, path = stack.pop()
        if len(path) > MAX_DEPTH:
            raise ImportFileError(
                f"„{name}“ ist tiefer als {MAX_DEPTH} Ebenen verschachtelt (bei {_where(path)}). "
                f"{_NOTHING}"
            )
        if isinstance(value, dict):
            for key, item in value.items():
                problem = _bad_text(key)
                if problem:
                    raise ImportFileError(
                        f"„{name}“: ein Name bei {_where(path)} enthält {problem}. {_NOTHING}"
                    )
                stack.append((item, [*path, key]))
        elif isinstance(value, list):
            stack.extend((item, [*path, index]) for index, item in enumerate(value))
        elif isinstance(value, str):
            problem = _bad_text(value)
            if problem:
                raise ImportFileError(
                    f"„{name}“: der Text bei {_where(path)} enthält {problem}. {_NOTHING}"
                )


def load_json(data: bytes, name: str) -> object:
    """The document in ``data`` (the file ``name``). Raises :class:`ImportFileError`."""
    text = _decode(data, name)
    try:
        document = json.loads(
            text, parse_int=_integer, parse_float=_float, parse_constant=_constant
        )
    except json.JSONDecodeError as exc:
        raise ImportFileError(
            f"Die Datei „{name}“ ist kein gültiges JSON (Zeile {exc.lineno}, Spalte "
            f"{exc.colno}). {_NOTHING}"
        ) from None
    except _Refused as exc:
        raise ImportFileError(f"„{name}“ enthält {exc}. {_NOTHING}") from None
    except RecursionError:
        raise ImportFileError(
            f"„{name}“ ist tiefer als {MAX_DEPTH} Ebenen verschachtelt. {_NOTHING}"
        ) from None
    _check(document, name)
    return document
