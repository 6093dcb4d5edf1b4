-- 0006: stable stored codes instead of German display texts (core/codes.py).
-- The enum columns held the German label ("in Arbeit", "kostenlos"); they now hold a
-- stable ASCII code ("in_progress", "free") and the label lives in the code only, so
-- a label can be reworded without a migration. The pairs below are the frozen
-- LEGACY_VALUES of core/codes.py.
--
-- SQLite cannot change a CHECK constraint, so every table with such a CHECK is rebuilt
-- (the "12 steps" of SQLite's ALTER TABLE documentation: new table, copy, drop, rename,
-- indexes again). The runner switches foreign keys off around the migration and runs
-- PRAGMA foreign_key_check before it commits. No trigger, view or other table refers
-- to these tables by more than a foreign key, and rowids (offer.num is the rowid of the
-- full-text index) are copied as they are.
--
-- Snapshots of finalised versions (plan_version.snapshot) stay exactly as they were
-- frozen: they are append-only and carry a checksum. The app reads the German values in
-- them as the codes; snapshots frozen from now on hold codes.

-- offer ---------------------------------------------------------------------------
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
    acc_step_free       TEXT NOT NULL DEFAULT 'unknown' CHECK (acc_step_free IN ('yes', 'no', 'unknown')),
    acc_accessible_wc   TEXT NOT NULL DEFAULT 'unknown' CHECK (acc_accessible_wc IN ('yes', 'no', 'unknown')),
    acc_easy_language   TEXT NOT NULL DEFAULT 'unknown' CHECK (acc_easy_language IN ('yes', 'no', 'unknown')),
    acc_sign_language   TEXT NOT NULL DEFAULT 'unknown' CHECK (acc_sign_language IN ('yes', 'no', 'unknown')),
    acc_hearing_loop    TEXT NOT NULL DEFAULT 'unknown' CHECK (acc_hearing_loop IN ('yes', 'no', 'unknown')),
    acc_guidance_system TEXT NOT NULL DEFAULT 'unknown' CHECK (acc_guidance_system IN ('yes', 'no', 'unknown')),
    acc_quiet_room      TEXT NOT NULL DEFAULT 'unknown' CHECK (acc_quiet_room IN ('yes', 'no', 'unknown')),
    cost            TEXT NOT NULL DEFAULT 'unknown'
                    CHECK (cost IN ('free', 'reduced', 'fee', 'unknown')),
    cost_note       TEXT NOT NULL DEFAULT '',
    status          TEXT NOT NULL DEFAULT 'active'
                    CHECK (status IN ('active', 'paused', 'ended')),
    last_verified   TEXT CHECK (last_verified IS NULL OR date(last_verified) = last_verified),
    verified_by     TEXT NOT NULL DEFAULT '',
    needs_review    INTEGER NOT NULL DEFAULT 0 CHECK (needs_review IN (0, 1)),
    review_note     TEXT NOT NULL DEFAULT '',
    source          TEXT NOT NULL DEFAULT '',
    is_example      INTEGER NOT NULL DEFAULT 0 CHECK (is_example IN (0, 1)),
    updated_at      TEXT,                          -- ISO timestamp
    extra           TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(extra))
);

-- an unexpected value is copied unchanged, so that the new CHECK refuses it loudly
INSERT INTO offer_new (
    num, id, name, name_key, description, organization_id, target_groups, mainstream,
    street, postcode, city, place, sozialraum_id, district_code, ortsteil_id, lat, lon,
    phone, email, website, opening_hours,
    acc_step_free, acc_accessible_wc, acc_easy_language, acc_sign_language,
    acc_hearing_loop, acc_guidance_system, acc_quiet_room,
    cost, cost_note, status, last_verified, verified_by, needs_review, review_note,
    source, is_example, updated_at, extra)
SELECT
    num, id, name, name_key, description, organization_id, target_groups, mainstream,
    street, postcode, city, place, sozialraum_id, district_code, ortsteil_id, lat, lon,
    phone, email, website, opening_hours,
    CASE acc_step_free WHEN 'ja' THEN 'yes' WHEN 'nein' THEN 'no' WHEN 'unbekannt' THEN 'unknown' ELSE acc_step_free END,
    CASE acc_accessible_wc WHEN 'ja' THEN 'yes' WHEN 'nein' THEN 'no' WHEN 'unbekannt' THEN 'unknown' ELSE acc_accessible_wc END,
    CASE acc_easy_language WHEN 'ja' THEN 'yes' WHEN 'nein' THEN 'no' WHEN 'unbekannt' THEN 'unknown' ELSE acc_easy_language END,
    CASE acc_sign_language WHEN 'ja' THEN 'yes' WHEN 'nein' THEN 'no' WHEN 'unbekannt' THEN 'unknown' ELSE acc_sign_language END,
    CASE acc_hearing_loop WHEN 'ja' THEN 'yes' WHEN 'nein' THEN 'no' WHEN 'unbekannt' THEN 'unknown' ELSE acc_hearing_loop END,
    CASE acc_guidance_system WHEN 'ja' THEN 'yes' WHEN 'nein' THEN 'no' WHEN 'unbekannt' THEN 'unknown' ELSE acc_guidance_system END,
    CASE acc_quiet_room WHEN 'ja' THEN 'yes' WHEN 'nein' THEN 'no' WHEN 'unbekannt' THEN 'unknown' ELSE acc_quiet_room END,
    CASE cost WHEN 'kostenlos' THEN 'free' WHEN 'ermäßigt möglich' THEN 'reduced'
        WHEN 'Beitrag' THEN 'fee' WHEN 'unbekannt' THEN 'unknown' ELSE cost END,
    cost_note,
    CASE status WHEN 'aktiv' THEN 'active' WHEN 'vorübergehend geschlossen' THEN 'paused'
        WHEN 'eingestellt' THEN 'ended' ELSE status END,
    last_verified, verified_by, needs_review, review_note, source, is_example, updated_at,
    extra
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

-- plan_goal -----------------------------------------------------------------------
CREATE TABLE plan_goal_new (
    id                  TEXT PRIMARY KEY,
    person_id           TEXT NOT NULL REFERENCES plan(person_id) ON DELETE CASCADE,
    position            INTEGER NOT NULL,
    wish_id             TEXT REFERENCES plan_wish(id) ON DELETE RESTRICT,
    title               TEXT NOT NULL DEFAULT '',
    kind                TEXT NOT NULL CHECK (kind IN ('guiding_goal', 'action_goal')),
    life_domain         TEXT REFERENCES life_domain(code),
    indicator           TEXT NOT NULL DEFAULT '',
    target_date         TEXT,
    status              TEXT NOT NULL CHECK (status IN ('open', 'in_progress', 'achieved',
                            'partly_achieved', 'not_achieved', 'discarded')),
    evaluation_note     TEXT NOT NULL DEFAULT '',
    evaluation_date     TEXT,
    differing_view      TEXT NOT NULL DEFAULT '',
    no_offer_found      INTEGER NOT NULL DEFAULT 0 CHECK (no_offer_found IN (0, 1)),
    missing_offer_note  TEXT NOT NULL DEFAULT ''
);
INSERT INTO plan_goal_new (
    rowid, id, person_id, position, wish_id, title, kind, life_domain, indicator,
    target_date, status, evaluation_note, evaluation_date, differing_view, no_offer_found,
    missing_offer_note)
SELECT
    rowid, id, person_id, position, wish_id, title,
    CASE kind WHEN 'Leitziel' THEN 'guiding_goal' WHEN 'Handlungsziel' THEN 'action_goal'
        ELSE kind END,
    life_domain, indicator, target_date,
    CASE status WHEN 'offen' THEN 'open' WHEN 'in Arbeit' THEN 'in_progress'
        WHEN 'erreicht' THEN 'achieved' WHEN 'teilweise erreicht' THEN 'partly_achieved'
        WHEN 'nicht erreicht' THEN 'not_achieved' WHEN 'verworfen' THEN 'discarded'
        ELSE status END,
    evaluation_note, evaluation_date, differing_view, no_offer_found, missing_offer_note
FROM plan_goal;
DROP TABLE plan_goal;
ALTER TABLE plan_goal_new RENAME TO plan_goal;
CREATE INDEX plan_goal_person ON plan_goal(person_id);
CREATE INDEX plan_goal_wish ON plan_goal(wish_id);

-- plan_strength -------------------------------------------------------------------
CREATE TABLE plan_strength_new (
    id          TEXT PRIMARY KEY,
    person_id   TEXT NOT NULL REFERENCES plan(person_id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    text        TEXT NOT NULL DEFAULT '',
    kind        TEXT NOT NULL CHECK (kind IN ('strength', 'interest', 'ability'))
);
INSERT INTO plan_strength_new (rowid, id, person_id, position, text, kind)
SELECT rowid, id, person_id, position, text,
    CASE kind WHEN 'Stärke' THEN 'strength' WHEN 'Interesse' THEN 'interest'
        WHEN 'Fähigkeit' THEN 'ability' ELSE kind END
FROM plan_strength;
DROP TABLE plan_strength;
ALTER TABLE plan_strength_new RENAME TO plan_strength;
CREATE INDEX plan_strength_person ON plan_strength(person_id);

-- plan_network_contact ------------------------------------------------------------
CREATE TABLE plan_network_contact_new (
    id          TEXT PRIMARY KEY,
    person_id   TEXT NOT NULL REFERENCES plan(person_id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    name        TEXT NOT NULL DEFAULT '',
    sector      TEXT NOT NULL CHECK (sector IN ('family', 'friends', 'work', 'professional')),
    closeness   INTEGER NOT NULL DEFAULT 2 CHECK (closeness BETWEEN 1 AND 3),
    helps_with  TEXT NOT NULL DEFAULT '',
    contact     TEXT NOT NULL DEFAULT ''
);
INSERT INTO plan_network_contact_new (
    rowid, id, person_id, position, name, sector, closeness, helps_with, contact)
SELECT rowid, id, person_id, position, name,
    CASE sector WHEN 'Familie' THEN 'family' WHEN 'Freundschaft/Nachbarschaft' THEN 'friends'
        WHEN 'Arbeit/Schule' THEN 'work' WHEN 'Fachkräfte/Dienste' THEN 'professional'
        ELSE sector END,
    closeness, helps_with, contact
FROM plan_network_contact;
DROP TABLE plan_network_contact;
ALTER TABLE plan_network_contact_new RENAME TO plan_network_contact;
CREATE INDEX plan_network_contact_person ON plan_network_contact(person_id);

-- plan_step -----------------------------------------------------------------------
CREATE TABLE plan_step_new (
    id          TEXT PRIMARY KEY,
    person_id   TEXT NOT NULL REFERENCES plan(person_id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    what        TEXT NOT NULL DEFAULT '',
    owner       TEXT NOT NULL CHECK (owner IN ('person', 'network', 'service', 'caseworker')),
    who         TEXT NOT NULL DEFAULT '',
    due_date    TEXT,
    done        INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
    goal_id     TEXT REFERENCES plan_goal(id) ON DELETE SET NULL
);
INSERT INTO plan_step_new (rowid, id, person_id, position, what, owner, who, due_date, done, goal_id)
SELECT rowid, id, person_id, position, what,
    CASE owner WHEN 'die Person selbst' THEN 'person' WHEN 'Kontakt aus dem Netzwerk' THEN 'network'
        WHEN 'Dienst oder Angebot' THEN 'service' WHEN 'Fallmanagement' THEN 'caseworker'
        ELSE owner END,
    who, due_date, done, goal_id
FROM plan_step;
DROP TABLE plan_step;
ALTER TABLE plan_step_new RENAME TO plan_step;
CREATE INDEX plan_step_person ON plan_step(person_id);
