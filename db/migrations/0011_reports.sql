-- 0011: Sozialraumprofile and planning reports.
-- The description of each Sozialraum (edited on the page *Sozialräume*, with who and
-- when), and the reference figures a profile shows that 0001 did not hold: populations
-- of the Ortsteile 2010, 2017 (2020 was there) and the official area of each Ortsteil.
-- A statistical district's area has no official figure in the reference data; it is
-- computed from the boundaries a user imports (the city's boundary files, and anything
-- derived from them, are not shipped). Source of the figures: see reference_source.

CREATE TABLE sozialraum_profile (
    sozialraum_id   TEXT PRIMARY KEY REFERENCES sozialraum(id),
    description     TEXT NOT NULL DEFAULT '',
    edited_by       TEXT NOT NULL DEFAULT '',
    edited_at       TEXT                          -- ISO timestamp (local time, seconds)
);

ALTER TABLE ortsteil ADD COLUMN population_2010 INTEGER;
ALTER TABLE ortsteil ADD COLUMN population_2017 INTEGER;
ALTER TABLE ortsteil ADD COLUMN area_km2 REAL;
ALTER TABLE district ADD COLUMN area_km2 REAL;

-- Ortsteile: population 31.12.2017 / 10.10.2010 and official area (km²)
UPDATE ortsteil SET population_2010 = 451, population_2017 = 478, area_km2 = 5.03 WHERE id = 1;
UPDATE ortsteil SET population_2010 = 438, population_2017 = 585, area_km2 = 1.4 WHERE id = 26;
UPDATE ortsteil SET population_2010 = 146, population_2017 = 131, area_km2 = 4.12 WHERE id = 15;
UPDATE ortsteil SET population_2010 = 1321, population_2017 = 1354, area_km2 = 3.36 WHERE id = 13;
UPDATE ortsteil SET population_2010 = 799, population_2017 = 827, area_km2 = 3.64 WHERE id = 6;
UPDATE ortsteil SET population_2010 = 586, population_2017 = 593, area_km2 = 2.27 WHERE id = 2;
UPDATE ortsteil SET population_2010 = 409, population_2017 = 529, area_km2 = 1.7 WHERE id = 8;
UPDATE ortsteil SET population_2010 = 839, population_2017 = 838, area_km2 = 6.88 WHERE id = 12;
UPDATE ortsteil SET population_2010 = 13128, population_2017 = 13985, area_km2 = 4.34 WHERE id = 25;
UPDATE ortsteil SET population_2010 = 11544, population_2017 = 12585, area_km2 = 7.8 WHERE id = 29;
UPDATE ortsteil SET population_2010 = 8093, population_2017 = 8458, area_km2 = 3.39 WHERE id = 27;
UPDATE ortsteil SET population_2010 = 7109, population_2017 = 7657, area_km2 = 1.21 WHERE id = 28;
UPDATE ortsteil SET population_2010 = 1199, population_2017 = 1154, area_km2 = 7.52 WHERE id = 17;
UPDATE ortsteil SET population_2010 = 4571, population_2017 = 4666, area_km2 = 3.14 WHERE id = 30;
UPDATE ortsteil SET population_2010 = 106, population_2017 = 112, area_km2 = 3.16 WHERE id = 11;
UPDATE ortsteil SET population_2010 = 877, population_2017 = 904, area_km2 = 8.04 WHERE id = 16;
UPDATE ortsteil SET population_2010 = 128, population_2017 = 138, area_km2 = 4.7 WHERE id = 9;
UPDATE ortsteil SET population_2010 = 1047, population_2017 = 1260, area_km2 = 2.12 WHERE id = 20;
UPDATE ortsteil SET population_2010 = 1896, population_2017 = 2002, area_km2 = 3.36 WHERE id = 3;
UPDATE ortsteil SET population_2010 = 727, population_2017 = 773, area_km2 = 0.93 WHERE id = 21;
UPDATE ortsteil SET population_2010 = 156, population_2017 = 171, area_km2 = 1.44 WHERE id = 14;
UPDATE ortsteil SET population_2010 = 346, population_2017 = 355, area_km2 = 3.36 WHERE id = 7;
UPDATE ortsteil SET population_2010 = 309, population_2017 = 381, area_km2 = 5.3 WHERE id = 10;
UPDATE ortsteil SET population_2010 = 20928, population_2017 = 22189, area_km2 = 3.64 WHERE id = 4;
UPDATE ortsteil SET population_2010 = 105, population_2017 = 114, area_km2 = 1.98 WHERE id = 19;
UPDATE ortsteil SET population_2010 = 10876, population_2017 = 11463, area_km2 = 5.02 WHERE id = 24;
UPDATE ortsteil SET population_2010 = 11288, population_2017 = 10894, area_km2 = 5.19 WHERE id = 18;
UPDATE ortsteil SET population_2010 = 586, population_2017 = 598, area_km2 = 2.67 WHERE id = 22;
UPDATE ortsteil SET population_2010 = 403, population_2017 = 427, area_km2 = 2.62 WHERE id = 5;
UPDATE ortsteil SET population_2010 = 2679, population_2017 = 3101, area_km2 = 5.47 WHERE id = 23;
-- statistical districts: area (km², computed by the city's statistics office data)

INSERT OR REPLACE INTO reference_source (dataset, source) VALUES
  ('Einwohner und Flächen', 'Ortsteile: Einwohner 2010 (10.10.2010), 2017 (31.12.2017), 2020 (31.12.2020) und Flächen nach Wikipedia „Liste der Ortsteile Jenas“ und opendata.jena.de; Flächen der statistischen Bezirke: berechnet aus den Bezirksgrenzen der Stadt Jena (opendata.jena.de)');
