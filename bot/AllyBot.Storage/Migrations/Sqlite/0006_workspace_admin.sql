-- Workspace admins: each workspace's configuration (one JSON document: severity floor, channels off, rule switches,
-- severity overrides, custom rules written by admins, the user ids of granted admins), a database-wide sequence that
-- every save bumps (instances poll it to pick up changes made elsewhere), and the audit log (the admin's user id,
-- what changed, when, and the configuration before it, so a change can be undone). "Not helpful" presses get an
-- optional reason from a fixed list. No table here holds message text.

CREATE TABLE admin_sequence (
    id       INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
    sequence INTEGER NOT NULL
);

CREATE TABLE workspace_admin (
    workspace_id TEXT    NOT NULL PRIMARY KEY,
    version      INTEGER NOT NULL,
    sequence     INTEGER NOT NULL,
    config       TEXT    NOT NULL
);

CREATE INDEX ix_workspace_admin_sequence ON workspace_admin (sequence);

CREATE TABLE admin_audit (
    id           INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    workspace_id TEXT    NOT NULL,
    actor_id     TEXT    NOT NULL,
    action       TEXT    NOT NULL,
    changed_at   INTEGER NOT NULL,
    config_before TEXT   NOT NULL,
    undoes       INTEGER NULL,
    undone       INTEGER NOT NULL DEFAULT 0
);

CREATE INDEX ix_admin_audit_workspace ON admin_audit (workspace_id, id);

ALTER TABLE not_helpful ADD COLUMN reason TEXT NULL;

CREATE INDEX ix_nudges_workspace_time ON nudges (workspace_id, nudged_at);
