-- 0013: the same CHECK constraints on table offer, written as comparisons.
-- SQLite evaluates `x IN ('a', 'b', 'c')` in a CHECK through a temporary lookup table
-- it builds for every statement run: measured on a 20,000-entry import, the nine such
-- lists cost about half of all the time the offer rows take to write (~25 us a row).
-- `x = 'a' OR x = 'b' OR x = 'c'` accepts and refuses exactly the same values and costs
-- a few comparisons. Two-value lists (0, 1) are compiled to comparisons by SQLite itself
-- and stay as they are.
--
-- SQLite cannot change a CHECK constraint, so the table is rebuilt as in 0006 (new table,
-- copy, drop, rename, indexes again; the runner switches foreign keys off around it and
-- checks them before it commits). Rowids (offer.num, the full-text index's rowid) are
-- copied as they are.

CREATE TABLE offer_new (
    num             INTEGER PRIMARY KEY,          -- stable rowid, also the FTS rowid
    id              TEXT NOT NULL UNIQUE,         -- stable id (uuid or HSDS service id)
    name            TEXT NOT NULL CHECK (name <> ''),
    name_key        TEXT NOT NULL DEFAULT '',     -- folded name for sorting
    description     TEXT NOT NULL DEFAULT '',
    organization_id TEXT REFERENCES organization(id) ON DELETE SET NULL,
    target_groups   TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(target_groups)),
    mainstream      INTEGER NOT NULL DEFAULT 1 CHECK (mainstream IN (0, 1)),
    street          TEXT NOT NULL DEFAULT '',
    postcode        TEXT NOT NULL DEFAULT '',     -- text: leading zeros ("07743")
    city            TEXT NOT NULL DEFAULT '',
    place           TEXT NOT NULL DEFAULT '',
    sozialraum_id   TEXT REFERENCES sozialraum(id),
    district_code   INTEGER REFERENCES district(code),
    ortsteil_id     INTEGER REFERENCES ortsteil(id),
    lat             REAL CHECK (lat IS NULL OR lat BETWEEN -90 AND 90),
    lon             REAL CHECK (lon IS NULL OR lon BETWEEN -180 AND 180),
    phone           TEXT NOT NULL DEFAULT '',
    email           TEXT NOT NULL DEFAULT '',
    website         TEXT NOT NULL DEFAULT '',
    opening_hours   TEXT NOT NULL DEFAULT '',
    acc_step_free       TEXT NOT NULL DEFAULT 'unknown' CHECK (acc_step_free = 'yes' OR acc_step_free = 'no' OR acc_step_free = 'unknown'),
    acc_accessible_wc   TEXT NOT NULL DEFAULT 'unknown' CHECK (acc_accessible_wc = 'yes' OR acc_accessible_wc = 'no' OR acc_accessible_wc = 'unknown'),
    acc_easy_language   TEXT NOT NULL DEFAULT 'unknown' CHECK (acc_easy_language = 'yes' OR acc_easy_language = 'no' OR acc_easy_language = 'unknown'),
    acc_sign_language   TEXT NOT NULL DEFAULT 'unknown' CHECK (acc_sign_language = 'yes' OR acc_sign_language = 'no' OR acc_sign_language = 'unknown'),
    acc_hearing_loop    TEXT NOT NULL DEFAULT 'unknown' CHECK (acc_hearing_loop = 'yes' OR acc_hearing_loop = 'no' OR acc_hearing_loop = 'unknown'),
    acc_guidance_system TEXT NOT NULL DEFAULT 'unknown' CHECK (acc_guidance_system = 'yes' OR acc_guidance_system = 'no' OR acc_guidance_system = 'unknown'),
    acc_quiet_room      TEXT NOT NULL DEFAULT 'unknown' CHECK (acc_quiet_room = 'yes' OR acc_quiet_room = 'no' OR acc_quiet_room = 'unknown'),
    cost            TEXT NOT NULL DEFAULT 'unknown'
                    CHECK (cost = 'free' OR cost = 'reduced' OR cost = 'fee' OR cost = 'unknown'),
    cost_note       TEXT NOT NULL DEFAULT '',
    status          TEXT NOT NULL DEFAULT 'active'
                    CHECK (status = 'active' OR status = 'paused' OR status = 'ended'),
    last_verified   TEXT CHECK (last_verified IS NULL OR date(last_verified) = last_verified),
    verified_by     TEXT NOT NULL DEFAULT '',
    needs_review    INTEGER NOT NULL DEFAULT 0 CHECK (needs_review IN (0, 1)),
    review_note     TEXT NOT NULL DEFAULT '',
    source          TEXT NOT NULL DEFAULT '',
    is_example      INTEGER NOT NULL DEFAULT 0 CHECK (is_example IN (0, 1)),
    updated_at      TEXT,                          -- ISO timestamp
    extra           TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(extra)),
    plain_description TEXT NOT NULL DEFAULT ''
);

INSERT INTO offer_new (
    num, id, name, name_key, description, organization_id, target_groups, mainstream,
    street, postcode, city, place, sozialraum_id, district_code, ortsteil_id, lat, lon,
    phone, email, website, opening_hours,
    acc_step_free, acc_accessible_wc, acc_easy_language, acc_sign_language,
    acc_hearing_loop, acc_guidance_system, acc_quiet_room,
    cost, cost_note, status, last_verified, verified_by, needs_review, review_note,
    source, is_example, updated_at, extra, plain_description)
SELECT
    num, id, name, name_key, description, organization_id, target_groups, mainstream,
    street, postcode, city, place, sozialraum_id, district_code, ortsteil_id, lat, lon,
    phone, email, website, opening_hours,
    acc_step_free, acc_accessible_wc, acc_easy_language, acc_sign_language,
    acc_hearing_loop, acc_guidance_system, acc_quiet_room,
    cost, cost_note, status, last_verified, verified_by, needs_review, review_note,
    source, is_example, updated_at, extra, plain_description
FROM offer;

DROP TABLE offer;
ALTER TABLE offer_new RENAME TO offer;
CREATE INDEX offer_name_key ON offer(name_key);
CREATE INDEX offer_sozialraum ON offer(sozialraum_id, name_key);
CREATE INDEX offer_ortsteil ON offer(ortsteil_id);
CREATE INDEX offer_organization ON offer(organization_id);
CREATE INDEX offer_last_verified ON offer(last_verified);
CREATE INDEX offer_review ON offer(needs_review) WHERE needs_review = 1;
CREATE INDEX offer_example ON offer(is_example) WHERE is_example = 1;
