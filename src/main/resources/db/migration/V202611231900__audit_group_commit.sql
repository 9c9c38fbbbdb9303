-- The writer appends reads in groups, so the head moves forward by one or more entries in one update. It may only
-- move forward, and only to an entry that exists with the head's hash: the writer inserts the entries before it
-- moves the head, in a statement of its own, so that this check sees them. The head is still never removed or
-- rewound.
create or replace function audit_head_only_advances() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' then
        if new.id = old.id and new.seq > old.seq
                and exists (select 1 from audit_entry where seq = new.seq and hash = new.hash) then
            return new;
        end if;
    end if;
    raise exception 'the audit head only moves forward, to an entry that exists';
end $$;
