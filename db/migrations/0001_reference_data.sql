-- 0001: reference data of Jena and of the planning domain.
-- Schema version 1. Everything here is read-only reference data except the
-- Sozialraum assignment of districts, which users may confirm or re-assign.

CREATE TABLE sozialraum (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    sort_order  INTEGER NOT NULL
);

CREATE TABLE ortsteil (
    id              INTEGER PRIMARY KEY,          -- opendata.jena.de feature id
    name            TEXT NOT NULL UNIQUE,
    sozialraum_id   TEXT NOT NULL REFERENCES sozialraum(id),
    derived         INTEGER NOT NULL DEFAULT 0 CHECK (derived IN (0, 1)),
    population_2020 INTEGER,
    lat             REAL,
    lon             REAL
);

CREATE TABLE district (
    code            INTEGER PRIMARY KEY,          -- official statistical district number
    name            TEXT NOT NULL UNIQUE,
    sozialraum_id   TEXT NOT NULL REFERENCES sozialraum(id),
    derived         INTEGER NOT NULL DEFAULT 0 CHECK (derived IN (0, 1)),
    ortsteil_id     INTEGER REFERENCES ortsteil(id),
    population_2020 INTEGER,
    lat             REAL,
    lon             REAL
);
CREATE INDEX district_sozialraum ON district(sozialraum_id);

-- Everyday place names. Each alias points to exactly one district or Ortsteil.
CREATE TABLE place_alias (
    alias        TEXT PRIMARY KEY,
    district_code INTEGER REFERENCES district(code),
    ortsteil_id  INTEGER REFERENCES ortsteil(id),
    CHECK ((district_code IS NULL) <> (ortsteil_id IS NULL))
);

CREATE TABLE life_domain (
    code        TEXT PRIMARY KEY CHECK (code GLOB 'd[1-9]'),
    name        TEXT NOT NULL,       -- ICF chapter title (§ 118 SGB IX)
    plain_name  TEXT NOT NULL,       -- plain language, for the person's own plan
    sort_order  INTEGER NOT NULL
);

CREATE TABLE offer_category (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    sort_order  INTEGER NOT NULL
);

CREATE TABLE reference_source (
    dataset     TEXT PRIMARY KEY,
    source      TEXT NOT NULL
);

-- Jena reference data. Facts from shared/reference/jena/districts.csv (sources per row there:
-- Statistikstelle Jena, opendata.jena.de, de.wikipedia Liste der Ortsteile Jenas) and from the
-- AG Sozialraumorientierung slides (assignment of districts to the five Sozialräume).
PRAGMA application_id = 1414022193;

INSERT INTO sozialraum (id, name, sort_order) VALUES
  ('lobeda', 'Lobeda', 1),
  ('winzerla', 'Winzerla', 2),
  ('west_zentrum', 'West/Zentrum', 3),
  ('nord', 'Nord', 4),
  ('ost', 'Ost', 5);
INSERT INTO ortsteil (id, name, sozialraum_id, derived, population_2020, lat, lon) VALUES
  (1, 'Ammerbach', 'winzerla', 0, 483, 50.90569, 11.54),
  (26, 'Burgau', 'winzerla', 0, 600, 50.89685, 11.59314),
  (15, 'Closewitz', 'west_zentrum', 0, 137, 50.96125, 11.58004),
  (13, 'Cospeda', 'west_zentrum', 0, 1351, 50.94831, 11.55483),
  (6, 'Drackendorf', 'lobeda', 1, 844, 50.89445, 11.63631),
  (2, 'Göschwitz', 'winzerla', 0, 590, 50.87886, 11.58691),
  (8, 'Ilmnitz', 'lobeda', 0, 567, 50.88561, 11.65211),
  (12, 'Isserstedt', 'west_zentrum', 0, 834, 50.95687, 11.52107),
  (25, 'Jena-Nord', 'nord', 0, 14119, 50.94659, 11.5955),
  (29, 'Jena-Süd', 'west_zentrum', 0, 12404, 50.92091, 11.55901),
  (27, 'Jena-West', 'west_zentrum', 0, 8276, 50.93699, 11.56708),
  (28, 'Jena-Zentrum', 'west_zentrum', 1, 7754, 50.92982, 11.58792),
  (17, 'Jenaprießnitz/Wogau', 'ost', 0, 1145, 50.92392, 11.65116),
  (30, 'Kernberge', 'ost', 1, 4517, 50.91861, 11.60029),
  (11, 'Krippendorf', 'west_zentrum', 0, 112, 50.97473, 11.54899),
  (16, 'Kunitz/Laasan', 'nord', 0, 906, 50.95055, 11.64681),
  (9, 'Leutra', 'winzerla', 0, 148, 50.86649, 11.56033),
  (20, 'Lichtenhain', 'west_zentrum', 0, 1238, 50.91465, 11.54889),
  (3, 'Lobeda-Altstadt', 'lobeda', 0, 1988, 50.89847, 11.61481),
  (21, 'Löbstedt', 'nord', 1, 755, 50.95166, 11.61421),
  (14, 'Lützeroda', 'west_zentrum', 0, 176, 50.95965, 11.5541),
  (7, 'Maua', 'winzerla', 0, 364, 50.86536, 11.59215),
  (10, 'Münchenroda/Remderoda', 'west_zentrum', 0, 399, 50.92765, 11.52109),
  (4, 'Neulobeda', 'lobeda', 0, 21647, 50.88237, 11.61542),
  (19, 'Vierzehnheiligen', 'west_zentrum', 0, 111, 50.97198, 11.53457),
  (24, 'Wenigenjena', 'ost', 0, 11559, 50.93289, 11.61549),
  (18, 'Winzerla', 'winzerla', 0, 10855, 50.89026, 11.57275),
  (22, 'Wöllnitz', 'lobeda', 0, NULL, 50.90867, 11.60222),
  (5, 'Ziegenhain', 'ost', 0, NULL, 50.91564, 11.62752),
  (23, 'Zwätzen', 'nord', 0, NULL, 50.96389, 11.6153);
INSERT INTO district (code, name, sozialraum_id, derived, ortsteil_id, population_2020, lat, lon) VALUES
  (11, 'Ammerbach Ort', 'winzerla', 0, 1, NULL, 50.90623, 11.53799),
  (12, 'Beutenberg / Winzerlaer Straße', 'winzerla', 0, 29, NULL, 50.90558, 11.56716),
  (21, 'Burgau Ort', 'winzerla', 0, 26, NULL, 50.89964, 11.59187),
  (22, 'Ringwiese Flur Burgau', 'winzerla', 0, 29, NULL, 50.90178, 11.58265),
  (30, 'Göschwitz', 'winzerla', 0, 2, NULL, 50.87886, 11.58691),
  (41, 'Jena-Zentrum', 'west_zentrum', 1, 28, NULL, 50.92921, 11.58913),
  (42, 'Jena-West', 'west_zentrum', 0, 27, NULL, 50.93662, 11.56761),
  (43, 'Jena-Nord', 'nord', 0, 25, NULL, 50.94232, 11.59319),
  (44, 'Jena-Süd', 'west_zentrum', 0, 29, NULL, 50.92512, 11.55356),
  (51, 'Lichtenhain Ort', 'west_zentrum', 0, 20, NULL, 50.91465, 11.54889),
  (52, 'Mühlenstraße', 'west_zentrum', 1, 29, NULL, 50.91614, 11.57355),
  (61, 'Lobeda-Altstadt', 'lobeda', 0, 3, NULL, 50.89895, 11.61485),
  (62, 'Lobeda-West', 'lobeda', 0, 4, NULL, 50.88336, 11.60596),
  (63, 'Lobeda-Ost', 'lobeda', 0, 4, NULL, 50.88567, 11.61733),
  (71, 'Löbstedt Ort', 'nord', 1, 21, NULL, 50.95162, 11.61742),
  (72, 'Nord II', 'nord', 0, 25, NULL, 50.95186, 11.60176),
  (81, 'Wenigenjena / Kernberge', 'ost', 1, 30, NULL, 50.91916, 11.58991),
  (82, 'Wenigenjena Ort', 'ost', 0, 24, NULL, 50.93033, 11.60163),
  (83, 'Wenigenjena / Schlegelsberg', 'ost', 0, 24, NULL, 50.93345, 11.62022),
  (90, 'Winzerla', 'winzerla', 0, 18, NULL, 50.8903, 11.57238),
  (100, 'Wöllnitz', 'lobeda', 0, 22, NULL, 50.90877, 11.60223),
  (111, 'Ziegenhain Ort', 'ost', 0, 5, NULL, 50.91557, 11.62792),
  (112, 'Ziegenhainer Tal', 'ost', 0, 30, NULL, 50.91835, 11.60775),
  (120, 'Zwätzen', 'nord', 0, 23, NULL, 50.96389, 11.6153),
  (131, 'Drackendorf / Lobeda-Ost', 'lobeda', 1, 4, NULL, 50.8804, 11.63203),
  (132, 'Drackendorf', 'lobeda', 1, 6, NULL, 50.89445, 11.63631),
  (133, 'Ilmnitz', 'lobeda', 0, 8, NULL, 50.88561, 11.65211),
  (141, 'Maua', 'winzerla', 0, 7, NULL, 50.86536, 11.59215),
  (142, 'Leutra', 'winzerla', 0, 9, NULL, 50.86649, 11.56033),
  (151, 'Münchenroda', 'west_zentrum', 0, 10, NULL, 50.92496, 11.51847),
  (152, 'Remderoda', 'west_zentrum', 0, 10, NULL, 50.93717, 11.53038),
  (161, 'Krippendorf', 'west_zentrum', 0, 11, NULL, 50.97473, 11.54899),
  (162, 'Vierzehnheiligen', 'west_zentrum', 0, 19, NULL, 50.97198, 11.53457),
  (170, 'Isserstedt', 'west_zentrum', 0, 12, NULL, 50.95687, 11.52107),
  (181, 'Cospeda', 'west_zentrum', 0, 13, NULL, 50.94831, 11.55483),
  (182, 'Lützeroda', 'west_zentrum', 0, 14, NULL, 50.95965, 11.5541),
  (183, 'Closewitz', 'west_zentrum', 0, 15, NULL, 50.96125, 11.58004),
  (191, 'Kunitz', 'nord', 0, 16, NULL, 50.95222, 11.64213),
  (192, 'Laasan', 'nord', 0, 16, NULL, 50.94573, 11.66036),
  (201, 'Jenaprießnitz', 'ost', 0, 17, NULL, 50.92231, 11.64784),
  (202, 'Wogau', 'ost', 0, 17, NULL, 50.92951, 11.66261);

INSERT INTO place_alias (alias, district_code, ortsteil_id) VALUES
  ('Altlobeda', 61, NULL),
  ('Lobeda-Altstadt', 61, NULL),
  ('Lobeda West', 62, NULL),
  ('Lobeda Ost', 63, NULL),
  ('Drackendorf-Center', 131, NULL),
  ('Beutenberg', 12, NULL),
  ('Winzerlaer Straße', 12, NULL),
  ('Ringwiese', 22, NULL),
  ('Burgau', 21, NULL),
  ('Ammerbach', 11, NULL),
  ('Innenstadt', 41, NULL),
  ('Zentrum', 41, NULL),
  ('Stadtzentrum', 41, NULL),
  ('Lichtenhain', 51, NULL),
  ('Löbstedt', 71, NULL),
  ('Schlegelsberg', 83, NULL),
  ('Wenigenjena', 82, NULL),
  ('Ziegenhain', 111, NULL),
  ('Kunitz', 191, NULL),
  ('Laasan', 192, NULL),
  ('Jena-Ost', NULL, 24),
  ('Jena Ost', NULL, 24),
  ('Kernberge', 81, NULL),
  ('Neulobeda-West', 62, NULL),
  ('Neulobeda-Ost', 63, NULL),
  ('Damenviertel', 42, NULL),
  ('Westviertel', 42, NULL),
  ('Nordviertel', 43, NULL),
  ('Jena-Nord II', 72, NULL);

INSERT INTO life_domain (code, name, plain_name, sort_order) VALUES
  ('d1', 'Lernen und Wissensanwendung', 'Lernen', 1),
  ('d2', 'Allgemeine Aufgaben und Anforderungen', 'Den Tag gestalten', 2),
  ('d3', 'Kommunikation', 'Sich verständigen', 3),
  ('d4', 'Mobilität', 'Unterwegs sein', 4),
  ('d5', 'Selbstversorgung', 'Für mich sorgen', 5),
  ('d6', 'Häusliches Leben', 'Wohnen und Haushalt', 6),
  ('d7', 'Interpersonelle Interaktionen und Beziehungen', 'Menschen und Beziehungen', 7),
  ('d8', 'Bedeutende Lebensbereiche', 'Arbeit, Bildung und Geld', 8),
  ('d9', 'Gemeinschafts-, soziales und staatsbürgerliches Leben', 'Freizeit und Gemeinschaft', 9);

INSERT INTO offer_category (id, name, sort_order) VALUES
  ('begegnung', 'Begegnung und Treffpunkt', 1),
  ('stadtteilbuero', 'Stadtteilbüro und Quartiersmanagement', 2),
  ('beratung', 'Beratung', 3),
  ('selbsthilfe', 'Selbsthilfe', 4),
  ('bildung', 'Bildung und Kurse', 5),
  ('bibliothek', 'Bibliothek', 6),
  ('sport', 'Sport und Bewegung', 7),
  ('kultur', 'Kultur und Freizeit', 8),
  ('ehrenamt', 'Ehrenamt und Engagement', 9),
  ('nachbarschaft', 'Nachbarschaftshilfe', 10),
  ('arbeit', 'Arbeit und Beschäftigung', 11),
  ('wohnen', 'Wohnen', 12),
  ('gesundheit', 'Gesundheit', 13),
  ('mobilitaet', 'Mobilität', 14),
  ('senioren', 'Seniorinnen und Senioren', 15),
  ('jugend', 'Jugend', 16),
  ('versorgung', 'Lebensmittel und Grundversorgung', 17),
  ('interessenvertretung', 'Interessenvertretung und Gremien', 18),
  ('verwaltung', 'Verwaltung und Leistungsträger', 19);

INSERT INTO reference_source (dataset, source) VALUES
  ('Sozialräume', 'AG Sozialraumorientierung der Stadt Jena, Fachdienst Soziales (Vortragsfolien „Jena in 5 Sozialräumen“); Quelle der Karte: Team Statistik und Controlling, Stadt Jena, eigene Berechnung Team Integrierte Sozialplanung'),
  ('Statistische Bezirke', 'Statistikstelle der Stadt Jena (Nummern und Namen der 41 statistischen Bezirke); Einwohnerzahlen und Mittelpunkte: opendata.jena.de'),
  ('Ortsteile', 'Stadt Jena, Open-Data-Portal opendata.jena.de (Datensatz „ortsteile“); Wikipedia „Liste der Ortsteile Jenas“ (Einwohnerzahlen 2010/2017/2020)'),
  ('Lebensbereiche', 'ICF (WHO), Kapitel d1–d9 „Aktivitäten und Partizipation“, wie in § 118 SGB IX genannt');
