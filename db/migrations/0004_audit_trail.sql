-- 0004: the audit trail. Who did what with which person, never the case content.
-- Append-only: triggers refuse DELETE and every UPDATE except the one that turns the
-- rows of an erased person into an anonymous tombstone (person_id set to NULL).

CREATE TABLE audit_event (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,                 -- local time, ISO with seconds
    os_user     TEXT NOT NULL DEFAULT '',      -- the operating-system account
    app_user    TEXT NOT NULL DEFAULT '',      -- the name given in the app, where known
    action      TEXT NOT NULL CHECK (action IN
                    ('opened', 'changed', 'finalised', 'printed', 'exported', 'imported', 'deleted')),
    person_id   TEXT,                          -- NULL once the person is erased
    detail      TEXT NOT NULL DEFAULT ''       -- fixed codes only (variant, version, format)
);
CREATE INDEX audit_event_person ON audit_event(person_id, id);

CREATE TRIGGER audit_event_append_only_delete BEFORE DELETE ON audit_event
BEGIN
    SELECT RAISE(ABORT, 'the audit trail is append-only');
END;

CREATE TRIGGER audit_event_append_only_update BEFORE UPDATE ON audit_event
WHEN NOT (OLD.person_id IS NOT NULL AND NEW.person_id IS NULL
          AND NEW.id = OLD.id AND NEW.at = OLD.at AND NEW.os_user = OLD.os_user
          AND NEW.app_user = OLD.app_user AND NEW.action = OLD.action
          AND NEW.detail = OLD.detail)
BEGIN
    SELECT RAISE(ABORT, 'the audit trail is append-only');
END;
