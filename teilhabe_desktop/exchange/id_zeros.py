"""IDs whose leading zeros a spreadsheet dropped: "42" in the file is "0042" here.

Only where it is unambiguous: the catalogue has exactly one ID that is the same number
with leading zeros, and the file does not use that ID itself.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from teilhabe_desktop.exchange.catalogue_import import ReadResult, RowProblem


def _number(text: str) -> str:
    return text.lstrip("0") or "0"


def restore_leading_zeros(
    result: ReadResult,
    existing_ids: Callable[[], Iterable[str]],
    zero_ids: Callable[[], Iterable[str]] | None = None,
) -> None:
    """Match all-digit IDs of ``result`` to catalogue IDs with leading zeros, in place.

    ``existing_ids`` is only called when the file has IDs made of digits. ``zero_ids``
    (the catalogue's IDs that start with "0") is asked first for a streamed result:
    without any, there is nothing to restore and the stream stays a stream; otherwise
    the entries are read into a list (the rule needs every ID of the file).
    """
    if result.streamed:
        if zero_ids is not None and not any(i.isdigit() for i in zero_ids()):
            return
        result.incoming = list(result.incoming)
    candidates = [i for i in result.incoming if i.offer.id.isdigit() and i.offer.id[0] != "0"]
    if not candidates:
        return
    zeros: dict[str, list[str]] = {}
    plain: set[str] = set()
    for offer_id in existing_ids():
        if offer_id.isdigit():
            if offer_id[0] == "0":
                zeros.setdefault(_number(offer_id), []).append(offer_id)
            else:
                plain.add(offer_id)
    in_file = {i.offer.id for i in result.incoming}
    for item in candidates:
        found = zeros.get(item.offer.id, [])
        if item.offer.id in plain or not found:
            continue
        column = item.columns.get("id", "ID")
        if len(found) > 1:
            result.warnings.append(
                RowProblem(
                    item.file,
                    item.line,
                    column,
                    f"ID „{item.offer.id}“ passt zu mehreren IDs mit führenden Nullen "
                    f"({', '.join(sorted(found))}); sie wird als neue ID übernommen.",
                )
            )
            continue
        if found[0] in in_file:
            continue
        result.warnings.append(
            RowProblem(
                item.file,
                item.line,
                column,
                f"ID „{item.offer.id}“ als „{found[0]}“ erkannt (die Tabellenkalkulation hatte "
                "die führenden Nullen entfernt).",
            )
        )
        item.offer.id = found[0]
