-- The PostgreSQL twin of Migrations/Sqlite/0005_sent_nudges.sql: the nudges AllyBot sent, by the message they are
-- about, so that an edit or delete of that message can update or withdraw the nudge. Content-free: platform ids, the
-- member's pseudonym, rule ids (space-separated) and the time (unix milliseconds, UTC). Rows are purged 7 days after
-- sent_at, on /ally forget-me, and when the nudge is withdrawn.

CREATE TABLE sent_nudges (
    platform              TEXT    NOT NULL,
    workspace_id          TEXT    NOT NULL,
    channel_id            TEXT    NOT NULL,
    message_id            TEXT    NOT NULL,
    thread_id             TEXT    NULL,
    pseudonym             TEXT    NOT NULL,
    nudge_conversation_id TEXT    NOT NULL,
    nudge_message_id      TEXT    NOT NULL,
    targeted              BOOLEAN NOT NULL DEFAULT FALSE,
    rule_ids              TEXT    NOT NULL,
    sent_at               BIGINT  NOT NULL,
    PRIMARY KEY (platform, workspace_id, channel_id, message_id)
);

CREATE INDEX ix_sent_nudges_sent_at ON sent_nudges (sent_at);
CREATE INDEX ix_sent_nudges_member ON sent_nudges (workspace_id, pseudonym);
