-- 0010: a case handed over whole, and one catalogue for the team.
--
-- offer_handover marks catalogue entries that came with a person's file from another
-- workstation and were not in this catalogue ("aus Übergabe – bitte prüfen"). The entry
-- itself stays exactly as it came, so the person's file exports the same again.
--
-- The rest serves signed catalogue packages: the publishing side keeps its Ed25519 key
-- pair (the private key sealed with AES-GCM under a key derived from the database key)
-- and the last sequence number; a workstation keeps the one publisher it trusts, what
-- it applied last, the central state of every entry as of that package (the base of
-- the three-way merge) and the caseworker's answers to conflicts.

CREATE TABLE offer_handover (
    offer_id    TEXT PRIMARY KEY REFERENCES offer(id) ON DELETE CASCADE ON UPDATE CASCADE,
    marked_at   TEXT NOT NULL
);

CREATE TABLE catalogue_publisher (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    name            TEXT NOT NULL CHECK (name <> ''),
    public_key      TEXT NOT NULL,                 -- PEM (SubjectPublicKeyInfo)
    sealed_key      TEXT NOT NULL CHECK (json_valid(sealed_key)),
    created_at      TEXT NOT NULL,
    last_sequence   INTEGER NOT NULL DEFAULT 0 CHECK (last_sequence >= 0)
);

CREATE TABLE catalogue_trust (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    public_key      TEXT NOT NULL,                 -- PEM (SubjectPublicKeyInfo)
    fingerprint     TEXT NOT NULL,
    trusted_at      TEXT NOT NULL
);

CREATE TABLE catalogue_applied (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    publisher       TEXT NOT NULL,
    sequence        INTEGER NOT NULL CHECK (sequence > 0),
    published_at    TEXT NOT NULL,
    applied_at      TEXT NOT NULL
);

-- The entry as the last applied package had it (JSON as in the catalogue's JSON format);
-- removed = 1 once a package no longer had it ("eingestellt (zentral)").
CREATE TABLE catalogue_base (
    offer_id        TEXT PRIMARY KEY,
    data            TEXT NOT NULL CHECK (json_valid(data)),
    removed         INTEGER NOT NULL DEFAULT 0 CHECK (removed IN (0, 1))
);

-- "keep mine" / "take theirs" for one field of one entry, for the central value it
-- answered (JSON); asked again only when the centre changes that field once more.
CREATE TABLE catalogue_decision (
    offer_id        TEXT NOT NULL,
    field           TEXT NOT NULL,
    theirs          TEXT NOT NULL CHECK (json_valid(theirs)),
    choice          TEXT NOT NULL CHECK (choice IN ('mine', 'theirs')),
    PRIMARY KEY (offer_id, field)
);
