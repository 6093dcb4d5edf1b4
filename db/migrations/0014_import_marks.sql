-- 0014: what the last import wrote for an entry, so that an unchanged list is read again
-- in seconds. For each entry a list row made, a fingerprint of that row (its cells, the
-- column mapping, the reference data and the reader's version; store/import_marks.py).
-- A row of the next import with the same fingerprint gives exactly the stored entry and
-- is counted as unchanged without being parsed again.
--
-- A mark is only true while the entry is as that import wrote it: any change of the
-- entry (an edit, another import, a status change, a review flag …) updates its row in
-- table offer, and the trigger below then forgets the mark; deleting the entry deletes
-- it by the foreign key.
CREATE TABLE offer_import_mark (
    offer_num   INTEGER PRIMARY KEY REFERENCES offer(num) ON DELETE CASCADE,
    fingerprint BLOB NOT NULL
);

CREATE TRIGGER offer_import_mark_stale AFTER UPDATE ON offer
BEGIN
    DELETE FROM offer_import_mark WHERE offer_num = OLD.num;
END;
