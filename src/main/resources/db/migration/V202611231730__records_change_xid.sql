-- The transaction of each change, so that a follower of the change sequence can tell which changes are settled:
-- sequence numbers are taken in insert order, not in commit order, so they alone cannot say that nothing is missing.
alter table record_change add column xid xid8 not null default pg_current_xact_id();
create index record_change_xid on record_change (xid);
