-- Claims first give up entries whose lease ran out too often ("done = FALSE AND lease_until <= now"); without an
-- index on the lease that look walked every pending row, so each claim cost time in proportion to the backlog, just
-- when the backlog was large.

CREATE INDEX ix_inbox_lease ON inbox (done, lease_until);
