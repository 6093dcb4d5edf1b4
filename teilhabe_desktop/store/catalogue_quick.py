"""A cheap first page of a text search: hits in index order, no ranking.

Ranking a short prefix ("a", "Se") means scoring nearly every entry of the catalogue
(~0.1-0.3 s at 100,000 entries); finding the first hits costs a few milliseconds, as the
full-text index yields them in rowid order and the query stops after ``limit``. The page
*Angebote* shows these at once and replaces them by the ranked page when that arrives.
Entries whose name has the words come first, then entries with them anywhere else.
"""

from __future__ import annotations

from teilhabe_desktop.core.catalogue_query import OfferQuery, OfferRow
from teilhabe_desktop.store.catalogue_rows import ROW_SELECT, offer_row
from teilhabe_desktop.store.catalogue_search import build_search
from teilhabe_desktop.store.sql import Database


def quick_search(db: Database, query: OfferQuery, limit: int) -> tuple[list[OfferRow], bool]:
    """Up to ``limit`` entries ``query`` finds, unranked; and whether they are all of them.

    Only for a text query (``build_search(query).has_text``); the filters apply as in
    :meth:`CatalogueRepository.search`.
    """
    sql = build_search(query)
    if not sql.has_text:
        raise ValueError("a quick search needs search text")
    match = sql.params[0]
    rows: list[OfferRow] = []
    seen: set[str] = set()
    for expression in (f"{{name}} : ({match})", match):
        wanted = limit - len(rows)
        if wanted <= 0:
            break
        text = f"SELECT {ROW_SELECT} FROM {sql.clause()} LIMIT ?"
        params = [expression, *sql.params[1:], limit]
        for row in db.execute(text, params):
            found = offer_row(row)
            if found.id not in seen and len(rows) < limit:
                seen.add(found.id)
                rows.append(found)
    # the second pass looked at every column: fewer than asked for means that was all
    return rows, len(rows) < limit
