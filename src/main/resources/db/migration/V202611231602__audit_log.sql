-- Append-only, hash-chained audit log. seq is gapless: each entry takes the next number under a lock.
create table audit_entry (
    seq            bigint primary key,
    at             timestamptz not null,
    user_id        bigint,
    username       text,
    member_code    text,
    agency_id      bigint,
    action         text not null,
    object_type    text,
    object_id      text,
    purpose        text,
    client_address text,
    outcome        text not null,
    details        text,
    prev_hash      text not null,
    hash           text not null
);
create index audit_entry_at on audit_entry (at);
create index audit_entry_user on audit_entry (username, at);
create index audit_entry_member on audit_entry (member_code, at);
create index audit_entry_action on audit_entry (action, at);

-- The last entry, so that removing entries from the end of the chain is detected too.
create table audit_head (
    id    int primary key check (id = 1),
    seq   bigint not null,
    hash  text not null
);
insert into audit_head (id, seq, hash) values (1, 0, 'GENESIS');

create function audit_entry_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit entries are never changed or removed';
end $$;
create trigger audit_entry_append_only before update or delete on audit_entry
    for each row execute function audit_entry_is_append_only();
