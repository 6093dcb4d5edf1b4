"""Plain JSON data for the plan's data classes, and back.

Used for the frozen snapshot of a finalised plan version and for the person exchange
file. Dates are ISO strings, enums their stable code (``"in_progress"``, see
``core.codes``), data classes objects with their field names in declaration order.
Decoding ignores unknown keys and fills missing ones with the field's default, and an
enum also accepts the German value that snapshots and files stored up to schema 5
(``"in Arbeit"``), so snapshots written by older versions stay readable.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from datetime import date, datetime
from enum import Enum
from functools import cache
from typing import Any, TypeVar

from teilhabe_desktop.core.codes import CodedEnum
from teilhabe_desktop.core.errors import UserError

T = TypeVar("T")


class CodecError(UserError):
    """Stored or imported data does not fit the expected shape."""


def to_data(value: Any) -> Any:
    """``value`` as JSON-compatible data (dicts keep the field order)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_data(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): to_data(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [to_data(v) for v in value]
    return value


def dumps(value: Any) -> str:
    """Canonical compact JSON of ``value`` (stable for equal values)."""
    return json.dumps(to_data(value), ensure_ascii=False, separators=(",", ":"))


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def from_data(cls: type[T], data: Any, where: str = "") -> T:
    """Build a ``cls`` (a data class) from :func:`to_data` output."""
    return _decode(cls, data, where or cls.__name__)


def extra_fields(cls: type, stored: set[str] | frozenset[str]) -> tuple[str, ...]:
    """The fields of ``cls`` that are not in ``stored`` (the columns of its table): kept
    together as one JSON document, so a new field needs no new column."""
    return tuple(f.name for f in dataclasses.fields(cls) if f.name not in stored)


def encode_fields(value: Any, names: tuple[str, ...]) -> str:
    """The fields ``names`` of ``value`` as compact JSON."""
    return json.dumps(
        {name: to_data(getattr(value, name)) for name in names},
        ensure_ascii=False,
        separators=(",", ":"),
    )


def decode_fields(cls: type, text: str | None, names: tuple[str, ...], where: str) -> dict:
    """Keyword arguments for ``cls`` from :func:`encode_fields` output; missing fields keep
    their defaults, unknown ones (from a newer program) are ignored."""
    try:
        data = json.loads(text or "{}")
    except json.JSONDecodeError:
        raise CodecError(f"Die gespeicherten Angaben bei „{where}“ sind beschädigt.") from None
    if not isinstance(data, dict):
        raise _fail(where, "ein Objekt", data)
    hints = _hints(cls)
    return {n: _decode(hints[n], data[n], f"{where}.{n}") for n in names if n in data}


def _fail(where: str, expected: str, data: Any) -> CodecError:
    shown = repr(data)
    if len(shown) > 60:
        shown = shown[:57] + "…"
    return CodecError(f"Ungültiger Wert bei „{where}“: erwartet {expected}, gefunden {shown}.")


def _shown_member(member: Enum) -> str:
    """The code a file should hold, with the German label where there is one."""
    if isinstance(member, CodedEnum):
        return f"„{member.value}“ ({member.label})"
    return f"„{member.value}“"


def _decode(tp: Any, data: Any, where: str) -> Any:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = typing.get_args(tp)
        if data is None and type(None) in args:
            return None
        inner = [a for a in args if a is not type(None)]
        return _decode(inner[0], data, where)
    if tp is Any:
        return data
    if dataclasses.is_dataclass(tp):
        if not isinstance(data, dict):
            raise _fail(where, "ein Objekt", data)
        hints = _hints(tp)
        kwargs = {}
        for f in dataclasses.fields(tp):
            if f.name in data:
                kwargs[f.name] = _decode(hints[f.name], data[f.name], f"{where}.{f.name}")
            elif f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
                raise CodecError(f"Pflichtangabe „{where}.{f.name}“ fehlt.")
        return tp(**kwargs)
    if origin is list:
        if not isinstance(data, list):
            raise _fail(where, "eine Liste", data)
        (item,) = typing.get_args(tp)
        return [_decode(item, v, f"{where}[{i}]") for i, v in enumerate(data)]
    if origin is dict:
        if not isinstance(data, dict):
            raise _fail(where, "ein Objekt", data)
        key_tp, value_tp = typing.get_args(tp)
        return {
            _decode(key_tp, k, where): _decode(value_tp, v, f"{where}.{k}") for k, v in data.items()
        }
    if tp is dict:
        if not isinstance(data, dict):
            raise _fail(where, "ein Objekt", data)
        return data
    if isinstance(tp, type) and issubclass(tp, Enum):
        try:
            return tp(data)
        except ValueError:
            allowed = ", ".join(_shown_member(m) for m in tp)
            raise _fail(where, f"einer von {allowed}", data) from None
    if tp is datetime:
        if not isinstance(data, str):
            raise _fail(where, "Datum mit Uhrzeit", data)
        try:
            return datetime.fromisoformat(data)
        except ValueError:
            raise _fail(where, "Datum mit Uhrzeit (JJJJ-MM-TTTHH:MM:SS)", data) from None
    if tp is date:
        if not isinstance(data, str) or len(data) != 10:
            raise _fail(where, "ein Datum (JJJJ-MM-TT)", data)
        try:
            return date.fromisoformat(data)
        except ValueError:
            raise _fail(where, "ein gültiges Datum (JJJJ-MM-TT)", data) from None
    if tp is bool:
        if not isinstance(data, bool):
            raise _fail(where, "true oder false", data)
        return data
    if tp is int:
        if isinstance(data, bool) or not isinstance(data, int):
            raise _fail(where, "eine ganze Zahl", data)
        return data
    if tp is float:
        if isinstance(data, bool) or not isinstance(data, int | float):
            raise _fail(where, "eine Zahl", data)
        return float(data)
    if tp is str:
        if not isinstance(data, str):
            raise _fail(where, "einen Text", data)
        return data
    raise CodecError(f"Unbekannter Datentyp bei „{where}“.")
