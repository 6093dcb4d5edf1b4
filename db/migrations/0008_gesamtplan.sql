-- 0008 belongs to the Gesamtplan work (another branch). This file only keeps the
-- numbering without gaps on the places branch: on merge, take that branch's 0008.
SELECT 1;
