"""One name per Träger-ID within a list.

Lists made by hand spell one Träger differently from row to row ("AWO Jena", "AWO Jena
e.V."). Stored, the last spelling would win and every re-import would "change" the
other rows. The first spelling in the file is used for all rows of that ID, the
conflict is reported once (with the rows), and the other spellings stay at the entry.
"""

from __future__ import annotations

from teilhabe_desktop.exchange.catalogue_import import Incoming, ReadResult, RowProblem

KEPT_AS = "Träger (abweichende Schreibweise)"
_LISTED = 3


def _where(item: Incoming) -> str:
    return f"Zeile {item.line}" if item.line is not None else f"„{item.offer.name}“"


def unify_organization_names(result: ReadResult) -> None:
    """Give every offer of one Träger-ID the first name the file uses for it."""
    first: dict[str, Incoming] = {}
    others: dict[str, list[tuple[str, Incoming]]] = {}
    for item in result.incoming:
        offer = item.offer
        if not offer.organization_id:
            continue
        known = first.get(offer.organization_id)
        if known is None or not known.offer.organization_name.strip():
            if known is None or offer.organization_name.strip():
                first[offer.organization_id] = item
            continue
        name, spelling = known.offer.organization_name, offer.organization_name
        if spelling.strip() and spelling.strip() != name.strip():
            others.setdefault(offer.organization_id, []).append((spelling, item))
            offer.extra.setdefault("csv", {})[KEPT_AS] = spelling
        offer.organization_name = name
    for organization_id, spellings in others.items():
        known = first[organization_id]
        name = known.offer.organization_name
        listed = ", ".join(f"„{s}“ ({_where(item)})" for s, item in spellings[:_LISTED])
        more = f" und {len(spellings) - _LISTED} weitere" if len(spellings) > _LISTED else ""
        result.warnings.append(
            RowProblem(
                known.file,
                known.line,
                known.columns.get("organization_id", "Träger-ID"),
                f"Träger-ID „{organization_id}“ hat in der Datei mehrere Namen: „{name}“ "
                f"({_where(known)}), {listed}{more}. Übernommen wird „{name}“ für alle.",
            )
        )
