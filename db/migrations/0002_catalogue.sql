-- 0002: offer catalogue. Core of Open Referral HSDS 3.0 (organization, service = offer,
-- schedule; the HSDS location, service_at_location, address, phone, accessibility,
-- taxonomy and attribute rows of an imported service are kept verbatim in offer.extra
-- under "hsds" so that an HSDS round trip loses nothing) plus Jena's fields.

-- The provider (Träger). Further HSDS organization fields of imported data stay in
-- offer.extra; ids of organizations without one are derived from the name.
CREATE TABLE organization (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL DEFAULT ''
);

CREATE TABLE offer (
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
    acc_step_free       TEXT NOT NULL DEFAULT 'unbekannt' CHECK (acc_step_free IN ('ja', 'nein', 'unbekannt')),
    acc_accessible_wc   TEXT NOT NULL DEFAULT 'unbekannt' CHECK (acc_accessible_wc IN ('ja', 'nein', 'unbekannt')),
    acc_easy_language   TEXT NOT NULL DEFAULT 'unbekannt' CHECK (acc_easy_language IN ('ja', 'nein', 'unbekannt')),
    acc_sign_language   TEXT NOT NULL DEFAULT 'unbekannt' CHECK (acc_sign_language IN ('ja', 'nein', 'unbekannt')),
    acc_hearing_loop    TEXT NOT NULL DEFAULT 'unbekannt' CHECK (acc_hearing_loop IN ('ja', 'nein', 'unbekannt')),
    acc_guidance_system TEXT NOT NULL DEFAULT 'unbekannt' CHECK (acc_guidance_system IN ('ja', 'nein', 'unbekannt')),
    acc_quiet_room      TEXT NOT NULL DEFAULT 'unbekannt' CHECK (acc_quiet_room IN ('ja', 'nein', 'unbekannt')),
    cost            TEXT NOT NULL DEFAULT 'unbekannt'
                    CHECK (cost IN ('kostenlos', 'ermäßigt möglich', 'Beitrag', 'unbekannt')),
    cost_note       TEXT NOT NULL DEFAULT '',
    status          TEXT NOT NULL DEFAULT 'aktiv'
                    CHECK (status IN ('aktiv', 'vorübergehend geschlossen', 'eingestellt')),
    last_verified   TEXT CHECK (last_verified IS NULL OR date(last_verified) = last_verified),
    verified_by     TEXT NOT NULL DEFAULT '',
    needs_review    INTEGER NOT NULL DEFAULT 0 CHECK (needs_review IN (0, 1)),
    review_note     TEXT NOT NULL DEFAULT '',
    source          TEXT NOT NULL DEFAULT '',
    is_example      INTEGER NOT NULL DEFAULT 0 CHECK (is_example IN (0, 1)),
    updated_at      TEXT,                          -- ISO timestamp
    extra           TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(extra))
);
CREATE INDEX offer_name_key ON offer(name_key);
CREATE INDEX offer_sozialraum ON offer(sozialraum_id, name_key);
CREATE INDEX offer_ortsteil ON offer(ortsteil_id);
CREATE INDEX offer_organization ON offer(organization_id);
CREATE INDEX offer_last_verified ON offer(last_verified);
CREATE INDEX offer_review ON offer(needs_review) WHERE needs_review = 1;
CREATE INDEX offer_example ON offer(is_example) WHERE is_example = 1;

CREATE TABLE offer_life_domain (
    offer_num   INTEGER NOT NULL REFERENCES offer(num) ON DELETE CASCADE,
    code        TEXT NOT NULL REFERENCES life_domain(code),
    PRIMARY KEY (offer_num, code)
) WITHOUT ROWID;
CREATE INDEX offer_life_domain_code ON offer_life_domain(code, offer_num);

CREATE TABLE offer_category_link (
    offer_num   INTEGER NOT NULL REFERENCES offer(num) ON DELETE CASCADE,
    category_id TEXT NOT NULL REFERENCES offer_category(id),
    position    INTEGER NOT NULL,
    PRIMARY KEY (offer_num, category_id)
) WITHOUT ROWID;
CREATE INDEX offer_category_link_category ON offer_category_link(category_id, offer_num);

-- HSDS schedule, simplified to weekly openings (the full HSDS rows stay in offer.extra).
CREATE TABLE offer_schedule (
    offer_num   INTEGER NOT NULL REFERENCES offer(num) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    weekday     INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    opens       TEXT NOT NULL DEFAULT '',
    closes      TEXT NOT NULL DEFAULT '',
    note        TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (offer_num, position)
) WITHOUT ROWID;

-- Full-text index over name, description, organization, address and categories. The
-- repository writes folded text (umlauts spelled out and collapsed, see
-- core/text_fold.py); the rowid is offer.num.
CREATE VIRTUAL TABLE offer_fts USING fts5(
    name, description, organization, address, categories,
    content = '', contentless_delete = 1,
    tokenize = "unicode61 remove_diacritics 2",
    prefix = '1 2 3'
);
-- Relevance: hits in the name count most, then organization and categories, then address.
INSERT INTO offer_fts(offer_fts, rank) VALUES ('rank', 'bm25(10.0, 1.0, 4.0, 3.0, 4.0)');
