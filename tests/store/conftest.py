"""Fixtures of the store tests."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from teilhabe_desktop.store.database import open_database

#: A frozen database of schema version 5 with catalogue, persons, plans and versions.
FROZEN_V5 = Path(__file__).resolve().parents[1] / "data" / "schema_v5.db"


@pytest.fixture
def migrated_v5(tmp_path):
    """A copy of :data:`FROZEN_V5`, opened: every later migration applied."""
    path = tmp_path / "v5.db"
    shutil.copy(FROZEN_V5, path)
    store = open_database(path)
    yield store
    store.close()
