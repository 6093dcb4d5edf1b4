"""Migration 0013: the offer table's value lists as comparisons. A catalogue written
before it keeps every entry, link and search hit, and the same bad values are refused."""

from __future__ import annotations

import pytest

from teilhabe_desktop.core.catalogue_query import OfferQuery
from teilhabe_desktop.store.connection import DriverError

#: column -> a value every CHECK of the column refused before 0013
REFUSED = {
    "acc_step_free": "maybe",
    "acc_quiet_room": "ja",
    "cost": "kostenlos",
    "status": "open",
    "mainstream": 2,
    "needs_review": -1,
}


@pytest.fixture
def migrated(migrated_v5):
    return migrated_v5


def test_no_value_list_is_left_in_the_offer_table(migrated):
    sql = migrated.db.execute("SELECT sql FROM sqlite_master WHERE name = 'offer'").fetchone()[0]
    assert "IN ('" not in sql
    assert "plain_description" in sql  # the column of 0012 survives the rebuild


@pytest.mark.parametrize(("column", "value"), sorted(REFUSED.items()))
def test_the_same_values_are_refused(migrated, column, value):
    with pytest.raises(DriverError, match="CHECK"):
        migrated.db.execute(f"UPDATE offer SET {column} = ?", [value])


def test_every_allowed_value_is_still_taken(migrated):
    with migrated.db.atomic():
        for value in ("yes", "no", "unknown"):
            migrated.db.execute("UPDATE offer SET acc_step_free = ?", [value])
        for value in ("free", "reduced", "fee", "unknown"):
            migrated.db.execute("UPDATE offer SET cost = ?", [value])
        for value in ("active", "paused", "ended"):
            migrated.db.execute("UPDATE offer SET status = ?", [value])


def test_entries_links_and_search_survive_the_rebuild(migrated):
    catalogue = migrated.catalogue
    assert catalogue.count(OfferQuery(include_inactive=True)) == 76
    found = catalogue.search(OfferQuery(text="Tafel"))
    assert "Jenaer Tafel e.V. – Tafelhaus" in [row.name for row in found]
    links = migrated.db.execute("SELECT count(*) FROM offer_category_link").fetchone()[0]
    assert links > 0
    orphans = migrated.db.execute(
        "SELECT count(*) FROM offer_category_link l LEFT JOIN offer o ON o.num = l.offer_num "
        "WHERE o.num IS NULL"
    ).fetchone()[0]
    assert orphans == 0
    indexes = {
        r[0] for r in migrated.db.execute("SELECT name FROM sqlite_master WHERE tbl_name='offer'")
    }
    assert {"offer_name_key", "offer_sozialraum", "offer_review", "offer_example"} <= indexes
