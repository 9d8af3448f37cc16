-- Where AllyBot is installed: one row per platform and workspace. secret is the edge's own data (bot token, Teams
-- conversation reference), encrypted by the edge before it gets here; installed_at is unix milliseconds (UTC).

CREATE TABLE installations (
    platform     TEXT    NOT NULL,
    workspace_id TEXT    NOT NULL,
    secret       BLOB    NOT NULL,
    installed_at INTEGER NOT NULL,
    PRIMARY KEY (platform, workspace_id)
);
