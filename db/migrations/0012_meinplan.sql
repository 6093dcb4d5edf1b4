-- 0012: Mein Plan in Leichter Sprache.
-- A short description of each catalogue entry written for the person (printed on the
-- contact card in *Mein Plan*), and the office's own Wörter-Buch terms: hard words and
-- their plain explanation, added to the shipped ones (core/glossary.py).

ALTER TABLE offer ADD COLUMN plain_description TEXT NOT NULL DEFAULT '';

CREATE TABLE glossary_term (
    term        TEXT PRIMARY KEY COLLATE NOCASE,
    explanation TEXT NOT NULL
);
