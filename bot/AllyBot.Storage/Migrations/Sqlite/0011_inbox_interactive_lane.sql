-- Commands and button presses are claimed before messages, so a person waiting for an answer never waits behind a
-- burst's backlog of messages. This index holds only the waiting commands and buttons: inserting a message does not
-- touch it, and claiming the interactive lane never walks the message backlog.

CREATE INDEX ix_inbox_interactive ON inbox (received_at, id) WHERE done = FALSE AND kind IN ('command', 'button');
