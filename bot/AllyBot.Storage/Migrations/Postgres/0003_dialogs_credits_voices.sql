-- The PostgreSQL twin of Migrations/Sqlite/0003_dialogs_credits_voices.sql: same tables, columns and indexes.
-- Scheduled dialogs, credits, channel settings, member calendars, participation counters, weekly voices snapshots
-- and the delivery log. Times are unix milliseconds (UTC) in BIGINT; dates are 'yyyy-MM-dd' text; times of day are ticks
-- (100 ns) since midnight; flags are BOOLEAN; lists are JSON arrays in TEXT.
-- Privacy: no message text. credits.contribution is the one user-authored text AllyBot stores (12 months, deletable
-- by either party). dialogs.contribution holds the same text while its dialog is open (72 h at most); closing a
-- dialog clears it, with the recipients and the member's user id. participation_counts holds numbers only;
-- voices_snapshots hold no member ids.

CREATE TABLE dialogs (
    id                  TEXT    NOT NULL PRIMARY KEY,
    kind                TEXT    NOT NULL,
    platform            TEXT    NOT NULL,
    workspace_id        TEXT    NOT NULL,
    channel_id          TEXT    NOT NULL,
    member_workspace_id TEXT    NOT NULL,
    member_pseudonym    TEXT    NOT NULL,
    member_user_id      TEXT    NOT NULL,
    occurrence_key      TEXT    NOT NULL,
    status              TEXT    NOT NULL,
    is_open             BOOLEAN NOT NULL,
    step                TEXT    NOT NULL,
    started_at          BIGINT  NOT NULL,
    reminder_at         BIGINT  NULL,
    expires_at          BIGINT  NOT NULL,
    reminder_sent       BOOLEAN NOT NULL,
    recipient_ids       TEXT    NOT NULL,
    contribution        TEXT    NULL,
    updated_at          BIGINT  NOT NULL,
    version             INTEGER NOT NULL
);

CREATE INDEX ix_dialogs_open ON dialogs (is_open, updated_at);
CREATE INDEX ix_dialogs_member ON dialogs (member_workspace_id, member_pseudonym, is_open, updated_at);
CREATE INDEX ix_dialogs_closed_started ON dialogs (is_open, started_at);

CREATE TABLE dialog_pauses (
    workspace_id TEXT    NOT NULL,
    pseudonym    TEXT    NOT NULL,
    paused_until BIGINT  NOT NULL,
    PRIMARY KEY (workspace_id, pseudonym)
);

CREATE TABLE credits (
    id                    TEXT    NOT NULL PRIMARY KEY,
    origin_id             TEXT    NOT NULL,
    platform              TEXT    NOT NULL,
    workspace_id          TEXT    NOT NULL,
    channel_id            TEXT    NOT NULL,
    giver_workspace_id    TEXT    NOT NULL,
    giver_pseudonym       TEXT    NOT NULL,
    giver_id              TEXT    NOT NULL,
    receiver_workspace_id TEXT    NOT NULL,
    receiver_pseudonym    TEXT    NOT NULL,
    receiver_id           TEXT    NOT NULL,
    contribution          TEXT    NOT NULL,
    audience              TEXT    NOT NULL,
    source                TEXT    NOT NULL,
    message_link          TEXT    NULL,
    given_at              BIGINT  NOT NULL
);

CREATE INDEX ix_credits_channel_time ON credits (platform, workspace_id, channel_id, given_at);
CREATE INDEX ix_credits_time ON credits (given_at);
CREATE INDEX ix_credits_giver ON credits (giver_workspace_id, giver_pseudonym);
CREATE INDEX ix_credits_receiver ON credits (receiver_workspace_id, receiver_pseudonym);

CREATE TABLE channel_settings (
    platform         TEXT    NOT NULL,
    workspace_id     TEXT    NOT NULL,
    channel_id       TEXT    NOT NULL,
    credit_days      INTEGER NULL,
    credit_time      BIGINT  NULL,
    credit_zone      TEXT    NULL,
    digest_on        BOOLEAN NOT NULL,
    facilitator_ids  TEXT    NOT NULL,
    PRIMARY KEY (platform, workspace_id, channel_id)
);

CREATE TABLE member_calendars (
    workspace_id  TEXT    NOT NULL,
    pseudonym     TEXT    NOT NULL,
    time_zone_id  TEXT    NULL,
    work_start    BIGINT  NULL,
    work_end      BIGINT  NULL,
    work_days     INTEGER NULL,
    away_periods  TEXT    NOT NULL,
    PRIMARY KEY (workspace_id, pseudonym)
);

CREATE TABLE holidays (
    workspace_id TEXT NOT NULL,
    holiday_date TEXT NOT NULL,
    name         TEXT NOT NULL,
    PRIMARY KEY (workspace_id, holiday_date)
);

CREATE TABLE participation_counts (
    platform     TEXT    NOT NULL,
    workspace_id TEXT    NOT NULL,
    channel_id   TEXT    NOT NULL,
    day          TEXT    NOT NULL,
    pseudonym    TEXT    NOT NULL,
    kind         TEXT    NOT NULL,
    messages     INTEGER NOT NULL,
    PRIMARY KEY (platform, workspace_id, channel_id, day, pseudonym, kind)
);

CREATE INDEX ix_participation_counts_day ON participation_counts (day);
CREATE INDEX ix_participation_counts_member ON participation_counts (workspace_id, pseudonym);

CREATE TABLE voices_snapshots (
    platform               TEXT    NOT NULL,
    workspace_id           TEXT    NOT NULL,
    channel_id             TEXT    NOT NULL,
    iso_year               INTEGER NOT NULL,
    iso_week               INTEGER NOT NULL,
    eligible_members       INTEGER NOT NULL,
    messages               INTEGER NOT NULL,
    entropy                DOUBLE PRECISION    NOT NULL,
    gini                   DOUBLE PRECISION    NOT NULL,
    speaker_share          DOUBLE PRECISION    NOT NULL,
    top_fifth_share        DOUBLE PRECISION    NOT NULL,
    credits                INTEGER NULL,
    credit_top_fifth_share DOUBLE PRECISION    NULL,
    credit_gini            DOUBLE PRECISION    NULL,
    PRIMARY KEY (platform, workspace_id, channel_id, iso_year, iso_week)
);

CREATE TABLE deliveries (
    kind                TEXT    NOT NULL,
    platform            TEXT    NOT NULL,
    workspace_id        TEXT    NOT NULL,
    channel_id          TEXT    NOT NULL,
    recipient_pseudonym TEXT    NOT NULL,
    occurrence_key      TEXT    NOT NULL,
    recorded_at         BIGINT  NOT NULL,
    PRIMARY KEY (kind, platform, workspace_id, channel_id, recipient_pseudonym, occurrence_key)
);

CREATE INDEX ix_deliveries_recorded ON deliveries (recorded_at);
