"""Settings kept in the database, for everyone who works with it (not per user).

The Leistungsträger that a new plan starts with (``authority``), printed in
the header of every page of the Gesamtplan; and which example data ``--demo`` loaded.
"""

from __future__ import annotations

from teilhabe_desktop.store.sql import Database

DEFAULT_AUTHORITY = "Stadt Jena, Fachdienst Soziales"
DEFAULTS = {
    "authority": DEFAULT_AUTHORITY,
    # fingerprint of the example data ``--demo`` loaded (see ``teilhabe_desktop.demo``)
    "demo_data": "",
}


class SettingsRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def get(self, key: str) -> str:
        """The stored value, or the default for ``key``."""
        row = self._db.execute("SELECT value FROM app_setting WHERE key = ?", (key,)).fetchone()
        return row[0] if row else DEFAULTS[key]

    def set(self, key: str, value: str) -> None:
        if key not in DEFAULTS:
            raise KeyError(key)
        with self._db.atomic():
            self._db.execute(
                "INSERT INTO app_setting (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, value.strip() or DEFAULTS[key]),
            )
