"""Which rows of an HSDS package belong to which service.

A row belongs to a service when it points (directly or through other rows of the
service) at the service, its organization or program, or a location the service is at.
HSDS ids are unique per table only, so every link is a pair (table, id): a phone of
organization "1" never lands at service "1". Indexed, so that a package with 100,000
services is assigned in linear time.
"""

from __future__ import annotations

import heapq

from teilhabe_desktop.exchange.hsds_tables import (
    ASSIGN_ORDER,
    ENTITY_COLUMNS,
    LINK_COLUMNS,
    entity_table,
)

Rows = dict[str, list[dict[str, str]]]
Key = tuple[str, str]  # (table, id); table "*" where a row does not say which table
_ANY = "*"


def _targets(table: str, row: dict[str, str]) -> set[Key]:
    """The (table, id) pairs ``row`` points at."""
    keys = set()
    for column, target in LINK_COLUMNS.items():
        value = row.get(column)
        if not value:
            continue
        if target is None:
            target = entity_table(row.get(ENTITY_COLUMNS[column], "")) or _ANY
        keys.add((target, value))
    if table == "location" and row.get("id"):
        keys.add(("location", row["id"]))  # named by a service_at_location of the service
    return keys


def _link_index(rows: Rows) -> dict[str, dict[Key, list[int]]]:
    """Per table: (table, id) a row points at (or a location's own) -> row positions."""
    index: dict[str, dict[Key, list[int]]] = {}
    for table in ASSIGN_ORDER:
        by_value: dict[Key, list[int]] = {}
        for pos, row in enumerate(rows.get(table, [])):
            for key in _targets(table, row):
                by_value.setdefault(key, []).append(pos)
        index[table] = by_value
    return index


def _pointing_at(by_value: dict[Key, list[int]], member: Key) -> list[int]:
    found = by_value.get(member, [])
    unsure = by_value.get((_ANY, member[1]))
    return found + unsure if unsure else found


def _linked_rows(
    table: str, table_rows: list, by_value: dict, circle: set, used: bytearray
) -> list[dict]:
    """Rows of ``table`` (in file order) pointing into ``circle``, which grows with them;
    each found row is marked in ``used``."""
    heap = sorted({p for member in circle for p in _pointing_at(by_value, member)})
    queued = set(heap)
    found = []
    while heap:
        pos = heapq.heappop(heap)
        row = table_rows[pos]
        found.append(row)
        used[pos] = 1
        new = [(table, row.get("id", ""))]
        if table == "service_at_location":
            new.append(("location", row.get("location_id", "")))  # the service's location
        for member in new:
            if not member[1] or member in circle:
                continue
            circle.add(member)
            for later in _pointing_at(by_value, member):
                if later > pos and later not in queued:
                    queued.add(later)
                    heapq.heappush(heap, later)
    return found


#: Tables whose rows a service names by id (not by pointing at the service).
_NAMED = ("organization", "program", "taxonomy_term", "taxonomy")


def assign_rows(rows: Rows) -> dict[str, Rows]:
    """The rows that belong to each service (verbatim, without line numbers)."""
    position = {t: {r.get("id", ""): i for i, r in enumerate(rows.get(t, []))} for t in _NAMED}
    used = {t: bytearray(len(rs)) for t, rs in rows.items()}  # 1: the row went to a service
    index = _link_index(rows)
    result: dict[str, Rows] = {}

    def named(table: str, ident: str) -> dict | None:
        pos = position[table].get(ident)
        if pos is None:
            return None
        used[table][pos] = 1
        return rows[table][pos]

    for service in rows.get("service", []):
        circle: set[Key] = {("service", service["id"])}
        own: Rows = {"service": [service]}
        for table, column in (("organization", "organization_id"), ("program", "program_id")):
            target = named(table, service.get(column, ""))
            if target:
                own[table] = [target]
                circle.add((table, target["id"]))
        for table in ASSIGN_ORDER:
            if rows.get(table):
                found = _linked_rows(table, rows[table], index[table], circle, used[table])
                if found:
                    own[table] = found
        for table, column, source in (
            ("taxonomy_term", "taxonomy_term_id", "attribute"),
            ("taxonomy", "taxonomy_id", "taxonomy_term"),
        ):
            order = position[table]
            ids = {r.get(column) for r in own.get(source, [])} & order.keys()
            own[table] = [named(table, i) for i in sorted(ids, key=order.__getitem__)]
        result[service["id"]] = own
    for pos in range(len(rows.get("service", []))):
        used["service"][pos] = 1
    if result:  # rows linked to no service travel with the first one
        first = next(iter(result.values()))
        for table, table_rows in rows.items():
            for pos, row in enumerate(table_rows):
                if not used[table][pos]:
                    first.setdefault(table, []).append(row)
    return result
