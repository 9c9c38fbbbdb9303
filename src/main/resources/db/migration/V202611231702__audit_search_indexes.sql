-- The auditor's page filters on one column and pages newest first by seq: an index on (column, seq) answers a page
-- with one short index scan, where (column, at) made the database sort every match first.
drop index audit_entry_user;
drop index audit_entry_member;
drop index audit_entry_action;
create index audit_entry_user on audit_entry (username, seq);
create index audit_entry_member on audit_entry (member_code, seq);
create index audit_entry_action on audit_entry (action, seq);
create index audit_entry_object on audit_entry (object_id, seq) where object_id is not null;
