"""Checks over all rows of an HSDS package before they become offers.

Two kinds of findings, kept apart in the summary: a service that cannot be taken is a
*rejected entry* (``ReadResult.invalid``) — a repeated service id (the first stays),
a service whose organization is missing; a row of another table that cannot be used is
a *note* (``ReadResult.warnings``) — a repeated id in ``phones.csv``, a
``service_at_location`` row pointing at nothing. Every message names the entry (line or
number, id and name) and the file as it lies in the package.
"""

from __future__ import annotations

from collections.abc import Callable

from teilhabe_desktop.exchange.catalogue_import import ReadResult, RowProblem

Rows = dict[str, list[dict]]


def entry_name(service: dict) -> str:
    """``Dienst „Sprachcafé“ (ID „17“)`` for messages."""
    name = (service.get("name") or "").strip()
    ident = service.get("id", "")
    return f"Dienst „{name}“ (ID „{ident}“)" if name else f"Dienst mit der ID „{ident}“"


def _where(row: dict, unit: str) -> str:
    line = row.get("_line")
    return f"{unit} {line}" if line is not None else "weiter oben"


def check_rows(
    rows: Rows, file_of: Callable[[str], str], unit: str, result: ReadResult
) -> set[str]:
    """Report duplicates and broken links; return the ids of services not to take.

    Repeated services after the first are removed from ``rows["service"]``.
    """
    rejected: set[str] = set()
    services: list[dict] = []
    first: dict[str, dict] = {}
    for service in rows.get("service", []):
        earlier = first.get(service.get("id", ""))
        if earlier is None:
            first[service.get("id", "")] = service
            services.append(service)
            continue
        result.invalid.append(
            RowProblem(
                file_of("service"),
                service.get("_line"),
                "id",
                f"{entry_name(service)}: doppelte ID, schon in {_where(earlier, unit)} "
                f"({entry_name(earlier)}); nicht übernommen.",
                unit,
            )
        )
    if "service" in rows:
        rows["service"] = services
    for table, table_rows in rows.items():
        if table == "service":
            continue
        seen: dict[str, dict] = {}
        for row in table_rows:
            ident = row.get("id", "")
            if ident and ident in seen and row.get("_line") is not None:
                result.warnings.append(
                    RowProblem(
                        file_of(table),
                        row.get("_line"),
                        "id",
                        f"Doppelte ID „{ident}“ (schon in {_where(seen[ident], 'Zeile')}); "
                        "es zählt die erste Zeile.",
                    )
                )
            seen.setdefault(ident, row)
    ids = {t: {r.get("id") for r in rs} for t, rs in rows.items()}
    for service in services:
        org = service.get("organization_id", "")
        if org and org not in ids.get("organization", set()):
            result.invalid.append(
                RowProblem(
                    file_of("service"),
                    service.get("_line"),
                    "organization_id",
                    f"{entry_name(service)}: Verweis auf die Organisation „{org}“, die in "
                    f"{file_of('organization')} fehlt; nicht übernommen.",
                    unit,
                )
            )
            rejected.add(service["id"])
    for sal in rows.get("service_at_location", []):
        for column, table in (("service_id", "service"), ("location_id", "location")):
            value = sal.get(column, "")
            if value and value not in ids.get(table, set()):
                result.warnings.append(
                    RowProblem(
                        file_of("service_at_location"),
                        sal.get("_line"),
                        column,
                        f"Verweis auf „{value}“, das in {file_of(table)} fehlt; die Zeile wird "
                        "übergangen.",
                    )
                )
    return rejected
