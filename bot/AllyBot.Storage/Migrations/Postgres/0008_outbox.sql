-- The PostgreSQL twin of Migrations/Sqlite/0008_outbox.sql. The outbox: replies AllyBot decided to send (nudges,
-- dialog prompts, channel posts) until they are delivered.
-- payload holds what is needed to send (a nudge's private text included) only while status = 'pending'; it is set
-- to NULL when the row is sent or dead-lettered, which keeps only ids, kind, platform, attempts, times and a
-- content-free error code. Times are unix milliseconds, UTC. Sent and dead rows are purged after a while.

CREATE TABLE outbox (
    id          BIGINT  NOT NULL GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    dedupe_key  TEXT    NOT NULL UNIQUE,
    kind        TEXT    NOT NULL,
    platform    TEXT    NOT NULL,
    payload     TEXT    NULL,
    created_at  BIGINT  NOT NULL,
    due_at      BIGINT  NOT NULL,
    attempts    INTEGER NOT NULL DEFAULT 0,
    lease_owner TEXT    NULL,
    lease_until BIGINT  NULL,
    status      TEXT    NOT NULL DEFAULT 'pending',
    last_error  TEXT    NULL,
    finished_at BIGINT  NULL
);

CREATE INDEX ix_outbox_due ON outbox (status, due_at, id);
