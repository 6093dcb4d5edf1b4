-- 0005: every finalised plan version carries the SHA-256 of its snapshot, so a version
-- changed outside the app (or damaged) is refused for printing and found by `check`.
-- The store fills the checksum of older versions once, at open; the trigger lets only
-- that one change through (an empty checksum gets its value, nothing else changes).

ALTER TABLE plan_version ADD COLUMN snapshot_sha256 TEXT;

DROP TRIGGER plan_version_frozen_update;
CREATE TRIGGER plan_version_frozen_update BEFORE UPDATE ON plan_version
WHEN NOT (OLD.snapshot_sha256 IS NULL AND NEW.snapshot_sha256 IS NOT NULL
          AND NEW.person_id = OLD.person_id AND NEW.number = OLD.number
          AND NEW.finalised_at = OLD.finalised_at AND NEW.finalised_by = OLD.finalised_by
          AND NEW.review_date IS OLD.review_date AND NEW.snapshot = OLD.snapshot)
BEGIN
    SELECT RAISE(ABORT, 'Eine abgeschlossene Planversion kann nicht geändert werden.');
END;
