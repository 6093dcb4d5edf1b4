-- 0008: the Gesamtplan's procedure data, ITP Thüringen items, structured Leistungen,
-- Goal Attainment Scaling and the plain-language layer of *Mein Plan*.
--
-- New attributes of a person, a plan and a plan's items are kept in one JSON document
-- per row (`extra`), written and read with the plan codec (core/plan_codec.py): a field
-- added to a data class later needs no new column. Existing columns stay as they are.

ALTER TABLE person ADD COLUMN extra TEXT NOT NULL DEFAULT '{}';
ALTER TABLE plan ADD COLUMN extra TEXT NOT NULL DEFAULT '{}';
ALTER TABLE plan_goal ADD COLUMN extra TEXT NOT NULL DEFAULT '{}';
ALTER TABLE plan_strength ADD COLUMN extra TEXT NOT NULL DEFAULT '{}';
ALTER TABLE plan_network_contact ADD COLUMN extra TEXT NOT NULL DEFAULT '{}';
ALTER TABLE plan_barrier ADD COLUMN extra TEXT NOT NULL DEFAULT '{}';
ALTER TABLE plan_step ADD COLUMN extra TEXT NOT NULL DEFAULT '{}';
ALTER TABLE plan_service ADD COLUMN extra TEXT NOT NULL DEFAULT '{}';

-- Settings of this database (this office), e.g. the Leistungsträger new plans start with.
CREATE TABLE app_setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
