"""SQL for searching the catalogue: the WHERE and ORDER BY of an :class:`OfferQuery`."""

from __future__ import annotations

from dataclasses import dataclass, field

from teilhabe_desktop.core.catalogue import ACCESSIBILITY_FEATURES, Availability, Cost, OfferStatus
from teilhabe_desktop.core.catalogue_query import OfferQuery
from teilhabe_desktop.core.text_fold import fts_match

_COST_ORDER = f"""CASE o.cost WHEN '{Cost.FREE.value}' THEN 0 WHEN '{Cost.REDUCED.value}' THEN 1
    WHEN '{Cost.FEE.value}' THEN 2 ELSE 3 END"""
_ORDER = {
    "name": "o.name_key",
    "organization": "COALESCE(g.name, '') COLLATE NOCASE",
    "sozialraum": "COALESCE((SELECT s.sort_order FROM sozialraum s WHERE s.id = o.sozialraum_id),"
    " 99)",
    "category": """COALESCE((SELECT c.name FROM offer_category_link l
        JOIN offer_category c ON c.id = l.category_id WHERE l.offer_num = o.num
        ORDER BY l.position LIMIT 1), '~')""",
    "last_verified": "COALESCE(o.last_verified, '')",
    "cost": _COST_ORDER,
}


@dataclass
class SearchSql:
    """FROM … WHERE … of a query, with its parameters."""

    source: str
    where: list[str] = field(default_factory=list)
    params: list = field(default_factory=list)
    has_text: bool = False

    def clause(self) -> str:
        where = " AND ".join(self.where) if self.where else "1"
        return f"{self.source} WHERE {where}"


def build_search(query: OfferQuery) -> SearchSql:
    match = fts_match(query.text)
    if match is not None:
        sql = SearchSql(
            "offer_fts f JOIN offer o ON o.num = f.rowid "
            "LEFT JOIN organization g ON g.id = o.organization_id",
            ["offer_fts MATCH ?"],
            [match],
            True,
        )
    else:
        sql = SearchSql("offer o LEFT JOIN organization g ON g.id = o.organization_id")
    if query.sozialraum_ids:
        ids = sorted(query.sozialraum_ids)
        sql.where.append(f"o.sozialraum_id IN ({', '.join('?' * len(ids))})")
        sql.params.extend(ids)
    if query.ortsteil_id is not None:
        sql.where.append("o.ortsteil_id = ?")
        sql.params.append(query.ortsteil_id)
    if query.life_domain:
        sql.where.append(
            "EXISTS (SELECT 1 FROM offer_life_domain d WHERE d.offer_num = o.num AND d.code = ?)"
        )
        sql.params.append(query.life_domain)
    if query.category_id:
        sql.where.append(
            "EXISTS (SELECT 1 FROM offer_category_link l "
            "WHERE l.offer_num = o.num AND l.category_id = ?)"
        )
        sql.params.append(query.category_id)
    for key in sorted(query.accessibility):
        if key in ACCESSIBILITY_FEATURES:
            sql.where.append(f"o.acc_{key} = '{Availability.YES.value}'")
        else:
            sql.where.append("0")  # an unknown facet is met by no entry
    if query.costs:
        values = sorted(c.value for c in query.costs)
        sql.where.append(f"o.cost IN ({', '.join('?' * len(values))})")
        sql.params.extend(values)
    if query.mainstream is not None:
        sql.where.append("o.mainstream = ?")
        sql.params.append(int(query.mainstream))
    if not query.include_inactive:
        sql.where.append("o.status = ?")
        sql.params.append(OfferStatus.ACTIVE.value)
    if query.needs_review_only:
        sql.where.append("o.needs_review = 1")
    return sql


def order_by(query: OfferQuery, has_text: bool) -> str:
    direction = " DESC" if query.descending else ""
    if query.sort in _ORDER:
        primary = _ORDER[query.sort] + direction
        return f"{primary}, o.name_key, o.num"
    if has_text:  # relevance
        return f"f.rank{direction}, o.num"
    return f"o.name_key{direction}, o.num"
