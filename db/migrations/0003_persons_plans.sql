-- 0003: persons and their plans.
-- One working draft per person (table plan and its parts, rewritten as a whole on every
-- autosave) and the finalised versions (plan_version: a frozen JSON snapshot that no
-- UPDATE or DELETE may change; only deleting the person removes it).
-- Dates are ISO text (YYYY-MM-DD), timestamps ISO text with seconds.

CREATE TABLE person (
    id                          TEXT PRIMARY KEY,
    first_name                  TEXT NOT NULL DEFAULT '',
    last_name                   TEXT NOT NULL DEFAULT '',
    birth_date                  TEXT,
    file_number                 TEXT NOT NULL DEFAULT '',
    street                      TEXT NOT NULL DEFAULT '',
    postcode                    TEXT NOT NULL DEFAULT '',
    city                        TEXT NOT NULL DEFAULT '',
    place                       TEXT NOT NULL DEFAULT '',
    home_sozialraum_id          TEXT REFERENCES sozialraum(id),
    home_sozialraum_overridden  INTEGER NOT NULL DEFAULT 0 CHECK (home_sozialraum_overridden IN (0, 1)),
    phone                       TEXT NOT NULL DEFAULT '',
    email                       TEXT NOT NULL DEFAULT '',
    easy_language               INTEGER NOT NULL DEFAULT 0 CHECK (easy_language IN (0, 1)),
    sign_language               INTEGER NOT NULL DEFAULT 0 CHECK (sign_language IN (0, 1)),
    interpreter_language        TEXT NOT NULL DEFAULT '',
    wheelchair                  INTEGER NOT NULL DEFAULT 0 CHECK (wheelchair IN (0, 1)),
    walking_distance_m          INTEGER,
    uses_public_transport       INTEGER NOT NULL DEFAULT 1 CHECK (uses_public_transport IN (0, 1)),
    guardian                    TEXT NOT NULL DEFAULT '',
    trusted_person              TEXT NOT NULL DEFAULT '',
    consent_given               INTEGER NOT NULL DEFAULT 0 CHECK (consent_given IN (0, 1)),
    consent_date                TEXT,
    caseworker                  TEXT NOT NULL DEFAULT '',
    caseworker_phone            TEXT NOT NULL DEFAULT '',
    created_at                  TEXT NOT NULL,
    updated_at                  TEXT NOT NULL
);
CREATE INDEX person_caseworker ON person(caseworker);
CREATE INDEX person_home_sozialraum ON person(home_sozialraum_id);

-- The working draft. Its parts below are ordered by "position".
CREATE TABLE plan (
    person_id               TEXT PRIMARY KEY REFERENCES person(id) ON DELETE CASCADE,
    review_date             TEXT,
    procedure               TEXT NOT NULL DEFAULT '',
    own_activities          TEXT NOT NULL DEFAULT '',
    wunsch_und_wahlrecht    TEXT NOT NULL DEFAULT '',
    medical_findings        TEXT NOT NULL DEFAULT '',
    cash_advice             TEXT NOT NULL DEFAULT '',
    differing_views         TEXT NOT NULL DEFAULT '',
    created_at              TEXT NOT NULL,
    updated_at              TEXT NOT NULL
);

CREATE TABLE plan_wish (
    id          TEXT PRIMARY KEY,
    person_id   TEXT NOT NULL REFERENCES plan(person_id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    text        TEXT NOT NULL DEFAULT '',
    said_on     TEXT,
    said_by     TEXT NOT NULL DEFAULT '',
    life_domain TEXT REFERENCES life_domain(code)
);
CREATE INDEX plan_wish_person ON plan_wish(person_id);

-- A goal derived from a wish keeps it: deleting such a wish is refused (RESTRICT).
CREATE TABLE plan_goal (
    id                  TEXT PRIMARY KEY,
    person_id           TEXT NOT NULL REFERENCES plan(person_id) ON DELETE CASCADE,
    position            INTEGER NOT NULL,
    wish_id             TEXT REFERENCES plan_wish(id) ON DELETE RESTRICT,
    title               TEXT NOT NULL DEFAULT '',
    kind                TEXT NOT NULL CHECK (kind IN ('Leitziel', 'Handlungsziel')),
    life_domain         TEXT REFERENCES life_domain(code),
    indicator           TEXT NOT NULL DEFAULT '',
    target_date         TEXT,
    status              TEXT NOT NULL CHECK (status IN ('offen', 'in Arbeit', 'erreicht',
                            'teilweise erreicht', 'nicht erreicht', 'verworfen')),
    evaluation_note     TEXT NOT NULL DEFAULT '',
    evaluation_date     TEXT,
    differing_view      TEXT NOT NULL DEFAULT '',
    no_offer_found      INTEGER NOT NULL DEFAULT 0 CHECK (no_offer_found IN (0, 1)),
    missing_offer_note  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX plan_goal_person ON plan_goal(person_id);
CREATE INDEX plan_goal_wish ON plan_goal(wish_id);

CREATE TABLE plan_strength (
    id          TEXT PRIMARY KEY,
    person_id   TEXT NOT NULL REFERENCES plan(person_id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    text        TEXT NOT NULL DEFAULT '',
    kind        TEXT NOT NULL CHECK (kind IN ('Stärke', 'Interesse', 'Fähigkeit'))
);
CREATE INDEX plan_strength_person ON plan_strength(person_id);

CREATE TABLE plan_network_contact (
    id          TEXT PRIMARY KEY,
    person_id   TEXT NOT NULL REFERENCES plan(person_id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    name        TEXT NOT NULL DEFAULT '',
    sector      TEXT NOT NULL CHECK (sector IN ('Familie', 'Freundschaft/Nachbarschaft',
                    'Arbeit/Schule', 'Fachkräfte/Dienste')),
    closeness   INTEGER NOT NULL DEFAULT 2 CHECK (closeness BETWEEN 1 AND 3),
    helps_with  TEXT NOT NULL DEFAULT '',
    contact     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX plan_network_contact_person ON plan_network_contact(person_id);

CREATE TABLE plan_barrier (
    id          TEXT PRIMARY KEY,
    person_id   TEXT NOT NULL REFERENCES plan(person_id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    text        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX plan_barrier_person ON plan_barrier(person_id);

-- The Sozialräume this person uses: home plus work, leisure … (several at once).
CREATE TABLE plan_sozialraum (
    person_id       TEXT NOT NULL REFERENCES plan(person_id) ON DELETE CASCADE,
    sozialraum_id   TEXT NOT NULL REFERENCES sozialraum(id),
    position        INTEGER NOT NULL,
    PRIMARY KEY (person_id, sozialraum_id)
);
CREATE INDEX plan_sozialraum_sozialraum ON plan_sozialraum(sozialraum_id);

-- A catalogue offer linked to a goal (table "offer" of migration 0002). An offer that a
-- draft links cannot be deleted from the catalogue (deactivate it instead); finalised
-- versions keep their own copy of the offer in the snapshot.
CREATE TABLE plan_offer_link (
    id          TEXT PRIMARY KEY,
    person_id   TEXT NOT NULL REFERENCES plan(person_id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    goal_id     TEXT NOT NULL REFERENCES plan_goal(id) ON DELETE CASCADE,
    offer_id    TEXT NOT NULL REFERENCES offer(id) ON UPDATE CASCADE,
    note        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX plan_offer_link_person ON plan_offer_link(person_id);
CREATE INDEX plan_offer_link_offer ON plan_offer_link(offer_id);

CREATE TABLE plan_step (
    id          TEXT PRIMARY KEY,
    person_id   TEXT NOT NULL REFERENCES plan(person_id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    what        TEXT NOT NULL DEFAULT '',
    owner       TEXT NOT NULL CHECK (owner IN ('die Person selbst', 'Kontakt aus dem Netzwerk',
                    'Dienst oder Angebot', 'Fallmanagement')),
    who         TEXT NOT NULL DEFAULT '',
    due_date    TEXT,
    done        INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
    goal_id     TEXT REFERENCES plan_goal(id) ON DELETE SET NULL
);
CREATE INDEX plan_step_person ON plan_step(person_id);

CREATE TABLE plan_service (
    id              TEXT PRIMARY KEY,
    person_id       TEXT NOT NULL REFERENCES plan(person_id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    type            TEXT NOT NULL DEFAULT '',
    provider        TEXT NOT NULL DEFAULT '',
    hours_per_week  REAL CHECK (hours_per_week IS NULL OR hours_per_week >= 0),
    start           TEXT,
    "end"           TEXT
);
CREATE INDEX plan_service_person ON plan_service(person_id);

-- Finalised versions: immutable. The snapshot is the whole PlanSnapshot as JSON
-- (person, plan and the linked offers as they were); review_date is a copy for lists.
CREATE TABLE plan_version (
    person_id       TEXT NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    number          INTEGER NOT NULL CHECK (number >= 1),
    finalised_at    TEXT NOT NULL,
    finalised_by    TEXT NOT NULL,
    review_date     TEXT,
    snapshot        TEXT NOT NULL CHECK (json_valid(snapshot)),
    PRIMARY KEY (person_id, number)
);

CREATE TRIGGER plan_version_frozen_update BEFORE UPDATE ON plan_version
BEGIN
    SELECT RAISE(ABORT, 'Eine abgeschlossene Planversion kann nicht geändert werden.');
END;

-- Deleting a version is refused while its person exists; deleting the person (which
-- cascades here after the person row is gone) removes the versions for real.
CREATE TRIGGER plan_version_frozen_delete BEFORE DELETE ON plan_version
WHEN EXISTS (SELECT 1 FROM person WHERE id = OLD.person_id)
BEGIN
    SELECT RAISE(ABORT, 'Eine abgeschlossene Planversion kann nicht gelöscht werden.');
END;
