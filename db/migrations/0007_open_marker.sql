-- 0007: small facts about the file itself. `left_open` is '1' in the main file while a
-- writing session has the database open, and '0' after it closed cleanly. A file that
-- says '1' but has no WAL beside it lost its WAL (copied without it, or deleted): the
-- newest changes are missing, so it is refused instead of being used as if complete.

CREATE TABLE app_state (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
