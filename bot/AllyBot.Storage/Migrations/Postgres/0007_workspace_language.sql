-- Each workspace's Azure AI Language switches (used only when the deployment sets Language:Endpoint): enrichment (ask
-- the service when the local language guess is unsure; custom classification), PII redaction of stored credit texts and
-- feedback notes, and the custom text classification deployment (project and deployment names; no text).

CREATE TABLE workspace_language (
    workspace_id          TEXT    NOT NULL PRIMARY KEY,
    enrichment_on         BOOLEAN NOT NULL,
    pii_redaction_on      BOOLEAN NOT NULL,
    classifier_project    TEXT    NULL,
    classifier_deployment TEXT    NULL,
    classifier_multilabel BOOLEAN NOT NULL
);
