"""One name per Träger-ID within a list.

Lists made by hand spell one Träger differently from row to row ("AWO Jena", "AWO Jena
e.V."). Stored, the last spelling would win and every re-import would "change" the
other rows. The first spelling in the file is used for all rows of that ID, the
conflict is reported once (with the rows), and the other spellings stay at the entry.
"""

from __future__ import annotations

from dataclasses import dataclass

from teilhabe_desktop.exchange.catalogue_import import Incoming, ReadResult, RowProblem

KEPT_AS = "Träger (abweichende Schreibweise)"
_LISTED = 3


def _where(item: Incoming) -> str:
    return f"Zeile {item.line}" if item.line is not None else f"„{item.offer.name}“"


@dataclass(frozen=True)
class _First:
    """The first row of a Träger-ID: its name and where it is."""

    name: str
    file: str
    line: int | None
    columns: dict[str, str]
    where: str


class OrganizationNames:
    """Unifies the names of one Träger-ID as the rows pass (a stream: only the first
    row of each ID and up to three other spellings per ID are remembered)."""

    def __init__(self) -> None:
        self._first: dict[str, _First] = {}
        self._others: dict[str, list[tuple[str, Incoming]]] = {}
        self._more: dict[str, int] = {}

    def name_for(self, organization_id: str, spelling: str) -> str:
        """The name a row of ``organization_id`` spelled ``spelling`` is stored with."""
        known = self._first.get(organization_id)
        return known.name if known is not None and known.name.strip() else spelling

    def seen(self, organization_id: str, name: str, file: str, line: int, columns) -> None:
        """A row of ``organization_id`` named ``name`` that is not read again (unchanged
        since the last import, see ``row_marks``): it counts as if :meth:`take` saw it."""
        self._remember(organization_id, _First(name, file, line, columns, f"Zeile {line}"))

    def _remember(self, organization_id: str, first: _First) -> None:
        known = self._first.get(organization_id)
        if known is None or (not known.name.strip() and first.name.strip()):
            self._first[organization_id] = first

    def take(self, item: Incoming) -> Incoming:
        """``item`` with the first name the file gives its Träger-ID."""
        offer = item.offer
        if not offer.organization_id:
            return item
        known = self._first.get(offer.organization_id)
        if known is None or not known.name.strip():
            first = _First(
                offer.organization_name, item.file, item.line, item.columns, _where(item)
            )
            self._remember(offer.organization_id, first)
            return item
        name, spelling = known.name, offer.organization_name
        if spelling.strip() and spelling.strip() != name.strip():
            listed = self._others.setdefault(offer.organization_id, [])
            if len(listed) < _LISTED:
                listed.append((spelling, item))
            else:
                self._more[offer.organization_id] = self._more.get(offer.organization_id, 0) + 1
            offer.extra.setdefault("csv", {})[KEPT_AS] = spelling
        offer.organization_name = name
        return item

    def report(self, warnings: list[RowProblem]) -> None:
        """One warning per Träger-ID with several names (after the last row)."""
        for organization_id, spellings in self._others.items():
            known = self._first[organization_id]
            name = known.name
            listed = ", ".join(f"„{s}“ ({_where(item)})" for s, item in spellings)
            extra = self._more.get(organization_id, 0)
            more = f" und {extra} weitere" if extra else ""
            warnings.append(
                RowProblem(
                    known.file,
                    known.line,
                    known.columns.get("organization_id", "Träger-ID"),
                    f"Träger-ID „{organization_id}“ hat in der Datei mehrere Namen: „{name}“ "
                    f"({known.where}), {listed}{more}. Übernommen wird „{name}“ für alle.",
                )
            )


def unify_organization_names(result: ReadResult) -> None:
    """Give every offer of one Träger-ID the first name the file uses for it."""
    names = OrganizationNames()
    for item in result.incoming:
        names.take(item)
    names.report(result.warnings)
