-- AllyBot's first schema, the PostgreSQL twin of Migrations/Sqlite/0001_initial.sql: same tables, columns and
-- indexes. Times are unix milliseconds (UTC) in BIGINT; flags are BOOLEAN; ids are BIGINT identities.
-- Privacy: these tables hold workspace ids, pseudonyms, rule ids, channel ids and times. Message text exists only in
-- inbox.payload until that entry is processed, then the payload is set to NULL.

CREATE TABLE member_settings (
    workspace_id  TEXT    NOT NULL,
    pseudonym     TEXT    NOT NULL,
    snoozed_until BIGINT  NULL,
    nudges_off    BOOLEAN NOT NULL DEFAULT FALSE,
    prompts_off   BOOLEAN NOT NULL DEFAULT FALSE,
    counting_off  BOOLEAN NOT NULL DEFAULT FALSE,
    PRIMARY KEY (workspace_id, pseudonym)
);

CREATE TABLE workspace_settings (
    workspace_id   TEXT NOT NULL PRIMARY KEY,
    severity_floor TEXT NOT NULL
);

CREATE TABLE workspace_channels_off (
    workspace_id TEXT NOT NULL REFERENCES workspace_settings (workspace_id) ON DELETE CASCADE,
    channel_id   TEXT NOT NULL,
    PRIMARY KEY (workspace_id, channel_id)
);

CREATE TABLE nudges (
    id           BIGINT NOT NULL GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    workspace_id TEXT   NOT NULL,
    pseudonym    TEXT   NOT NULL,
    rule_id      TEXT   NOT NULL,
    nudged_at    BIGINT NOT NULL
);

CREATE INDEX ix_nudges_member_rule_time ON nudges (workspace_id, pseudonym, rule_id, nudged_at);
CREATE INDEX ix_nudges_member_time ON nudges (workspace_id, pseudonym, nudged_at);

CREATE TABLE not_helpful (
    id           BIGINT NOT NULL GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    workspace_id TEXT   NOT NULL,
    channel_id   TEXT   NOT NULL,
    rule_id      TEXT   NOT NULL,
    pressed_at   BIGINT NOT NULL
);

CREATE INDEX ix_not_helpful_workspace_time ON not_helpful (workspace_id, pressed_at);

-- An identity never hands out an id twice, so a stale worker can never complete someone else's entry after a purge.
CREATE TABLE inbox (
    id          BIGINT  NOT NULL GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    dedupe_key  TEXT    NOT NULL UNIQUE,
    kind        TEXT    NOT NULL,
    payload     TEXT    NULL,
    received_at BIGINT  NOT NULL,
    due_at      BIGINT  NOT NULL,
    attempts    INTEGER NOT NULL DEFAULT 0,
    lease_owner TEXT    NULL,
    lease_until BIGINT  NULL,
    done        BOOLEAN NOT NULL DEFAULT FALSE
);

CREATE INDEX ix_inbox_pending ON inbox (done, received_at, id);
