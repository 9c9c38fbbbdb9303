-- TRUNCATE skips row triggers, so emptying the log needs its own guard.
create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_entry_is_append_only();

-- The head moves forward one entry at a time, with the entry that takes its place; it is never removed or rewound.
create function audit_head_only_advances() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' then
        if new.id = old.id and new.seq = old.seq + 1 then
            return new;
        end if;
    end if;
    raise exception 'the audit head only moves forward, one entry at a time';
end $$;
create trigger audit_head_only_advances before update or delete on audit_head
    for each row execute function audit_head_only_advances();
create trigger audit_head_no_truncate before truncate on audit_head
    for each statement execute function audit_head_only_advances();
