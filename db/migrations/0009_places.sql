-- 0009: places. The city's street directory (Straßenverzeichnis: street and house
-- numbers -> statistical district), imported boundaries of the statistical districts and
-- Ortsteile (never shipped: a user imports the city's files), and the home district a
-- person's address was derived to (or chosen by hand).

CREATE TABLE street_range (
    id              INTEGER PRIMARY KEY,
    street          TEXT NOT NULL CHECK (street <> ''),   -- as the directory writes it
    number_from     INTEGER CHECK (number_from IS NULL OR number_from >= 0),
    number_to       INTEGER CHECK (number_to IS NULL OR number_to >= 0),
    side            TEXT NOT NULL DEFAULT 'all' CHECK (side IN ('all', 'even', 'odd')),
    district_code   INTEGER NOT NULL REFERENCES district(code),
    postcode        TEXT NOT NULL DEFAULT '',
    CHECK (number_from IS NULL OR number_to IS NULL OR number_from <= number_to)
);
CREATE INDEX street_range_district ON street_range(district_code);

-- One polygon or multipolygon per district or Ortsteil: WKB in WGS84 (longitude, latitude).
CREATE TABLE boundary (
    level           TEXT NOT NULL CHECK (level IN ('district', 'ortsteil')),
    code            INTEGER NOT NULL,                     -- district code or Ortsteil id
    geometry        BLOB NOT NULL,
    PRIMARY KEY (level, code)
);

-- Which file each level of boundaries came from, and when.
CREATE TABLE boundary_source (
    level           TEXT PRIMARY KEY CHECK (level IN ('district', 'ortsteil')),
    file_name       TEXT NOT NULL,
    imported_at     TEXT NOT NULL
);

CREATE TABLE street_directory_source (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    file_name       TEXT NOT NULL,
    imported_at     TEXT NOT NULL
);

ALTER TABLE person ADD COLUMN home_district_code INTEGER REFERENCES district(code);
