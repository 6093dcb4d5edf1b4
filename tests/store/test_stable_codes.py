"""Migration 0006 on the frozen schema-5 database: German values become stable codes in
every row, finalised snapshots stay byte for byte as frozen and still read."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from teilhabe_desktop.core.catalogue import Availability, Cost, OfferStatus
from teilhabe_desktop.core.catalogue_query import OfferQuery
from teilhabe_desktop.core.codes import LEGACY_VALUES
from teilhabe_desktop.core.plan import GoalKind, GoalStatus, NetworkSector, StepOwner, StrengthKind
from teilhabe_desktop.store.connection import DriverError
from teilhabe_desktop.store.database import open_database
from teilhabe_desktop.store.plans import damaged_versions, snapshot_checksum
from tests.plan_fixtures import make_finalisable

FROZEN_V5 = Path(__file__).resolve().parents[1] / "data" / "schema_v5.db"
ACC = [
    "acc_step_free",
    "acc_accessible_wc",
    "acc_easy_language",
    "acc_sign_language",
    "acc_hearing_loop",
    "acc_guidance_system",
    "acc_quiet_room",
]
#: (table, key column, enum column, enum)
COLUMNS = [
    *[("offer", "id", column, Availability) for column in ACC],
    ("offer", "id", "cost", Cost),
    ("offer", "id", "status", OfferStatus),
    ("plan_goal", "id", "kind", GoalKind),
    ("plan_goal", "id", "status", GoalStatus),
    ("plan_strength", "id", "kind", StrengthKind),
    ("plan_network_contact", "id", "sector", NetworkSector),
    ("plan_step", "id", "owner", StepOwner),
]


@pytest.fixture
def frozen_rows() -> dict:
    """Every enum cell of the frozen file as it is: (table, column) -> {key: value}."""
    con = sqlite3.connect(f"file:{FROZEN_V5}?mode=ro&immutable=1", uri=True)
    rows = {
        (table, column): dict(con.execute(f"SELECT {key}, {column} FROM {table}").fetchall())
        for table, key, column, _ in COLUMNS
    }
    rows["plan_version"] = con.execute(
        "SELECT person_id, number, snapshot, snapshot_sha256 FROM plan_version ORDER BY 1, 2"
    ).fetchall()
    con.close()
    return rows


@pytest.fixture
def migrated(tmp_path):
    path = tmp_path / "v5.db"
    shutil.copy(FROZEN_V5, path)
    store = open_database(path)
    yield store
    store.close()


def test_the_frozen_file_holds_every_german_value(frozen_rows):
    for table, _, column, enum in COLUMNS:
        if column in ACC:
            continue  # Availability: all three values across the seven columns
        assert set(frozen_rows[(table, column)].values()) == set(LEGACY_VALUES[enum.__name__])
    found = set().union(*(set(frozen_rows[("offer", c)].values()) for c in ACC))
    assert found == set(LEGACY_VALUES["Availability"])


def test_every_stored_value_becomes_its_code(migrated, frozen_rows):
    for table, key, column, enum in COLUMNS:
        legacy = LEGACY_VALUES[enum.__name__]
        now = dict(migrated.db.execute(f"SELECT {key}, {column} FROM {table}").fetchall())
        before = frozen_rows[(table, column)]
        assert set(now) == set(before), (table, column)  # no row lost or added
        assert now == {k: legacy[v] for k, v in before.items()}, (table, column)
        assert set(now.values()) <= {member.value for member in enum}


def test_the_new_checks_refuse_the_old_german_values(migrated):
    with pytest.raises(DriverError, match="CHECK"):
        migrated.db.execute("UPDATE plan_goal SET status = 'in Arbeit'")
    with pytest.raises(DriverError, match="CHECK"):
        migrated.db.execute("UPDATE offer SET cost = 'kostenlos'")


def test_finalised_snapshots_stay_as_frozen_and_still_read(migrated, frozen_rows):
    now = migrated.db.execute(
        "SELECT person_id, number, snapshot, snapshot_sha256 FROM plan_version ORDER BY 1, 2"
    ).fetchall()
    assert now == frozen_rows["plan_version"]
    assert damaged_versions(migrated.db) == []
    assert all(snapshot_checksum(snapshot) == sha for _, _, snapshot, sha in now)
    assert any("in Arbeit" in snapshot for _, _, snapshot, _ in now)
    version = migrated.plans.version("frozen-v5-all", 1)
    assert [g.status for g in version.snapshot.plan.goals] == list(GoalStatus)
    assert [g.kind for g in version.snapshot.plan.goals][:2] == [
        GoalKind.LEITZIEL,
        GoalKind.HANDLUNGSZIEL,
    ]
    assert [s.owner for s in version.snapshot.plan.steps] == list(StepOwner)
    assert [n.sector for n in version.snapshot.plan.network] == list(NetworkSector)
    assert [s.kind for s in version.snapshot.plan.strengths] == list(StrengthKind)
    lobeda = migrated.plans.version("demo-person-lobeda", 1).snapshot
    assert lobeda.offers and all(isinstance(o.cost, Cost) for o in lobeda.offers.values())


def test_a_version_finalised_after_the_migration_holds_codes(migrated):
    make_finalisable(migrated.db, "frozen-v5-all")
    migrated.plans.finalise("frozen-v5-all", "Frau Test")
    (snapshot,) = migrated.db.execute(
        "SELECT snapshot FROM plan_version WHERE person_id = 'frozen-v5-all' AND number = 3"
    ).fetchone()
    assert '"status":"in_progress"' in snapshot and "in Arbeit" not in snapshot
    assert damaged_versions(migrated.db) == []


def test_the_rebuilt_tables_keep_search_indexes_and_references(migrated):
    catalogue = migrated.catalogue
    free = catalogue.search(OfferQuery(costs=frozenset({Cost.FREE})), limit=500)
    assert free and all(row.cost is Cost.FREE for row in free)
    assert catalogue.count(OfferQuery(include_inactive=True)) == 76
    assert catalogue.count(OfferQuery()) == 74  # one paused, one ended
    found = catalogue.search(OfferQuery(text="Tafel"))  # the full-text index still fits
    assert "Jenaer Tafel e.V. – Tafelhaus" in [row.name for row in found]
    step_free = catalogue.search(OfferQuery(accessibility=frozenset({"step_free"})), limit=500)
    assert step_free
    indexes = {
        r[0] for r in migrated.db.execute("SELECT name FROM sqlite_master WHERE type='index'")
    }
    assert {"offer_name_key", "plan_goal_wish", "plan_step_person"} <= indexes
    # deleting a person still cascades through the rebuilt tables
    assert migrated.persons.delete("frozen-v5-all")
    for table in ("plan_goal", "plan_step", "plan_strength", "plan_network_contact"):
        left = migrated.db.execute(
            f"SELECT count(*) FROM {table} WHERE person_id = 'frozen-v5-all'"
        ).fetchone()[0]
        assert left == 0, table
