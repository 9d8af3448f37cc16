-- Which message a rate-limit record was made for, as a keyed hash (MemberPseudonymizer.MessageRefFor: no message id,
-- no text). An inbox retry of the same message (after a crash between recording the nudge and storing it in the
-- outbox) finds its own record and stores the nudge again (the outbox key makes that idempotent), instead of being
-- rate-limited by itself and losing the nudge. NULL for records made before this migration.

ALTER TABLE nudges ADD COLUMN message_ref TEXT NULL;
