-- A request to hold an amount on an indicator (a mule account) until it expires, shown to the banks that check it.
create table scam_hold (
    id            bigserial primary key,
    indicator_id  bigint not null references scam_indicator (id),
    amount        numeric(20, 2) not null check (amount > 0),
    currency      text not null,
    reason        text not null,
    member_code   text not null references member (code),
    requested_by  bigint not null references app_user (id),
    created_at    timestamptz not null,
    expires_at    timestamptz not null,
    released_at   timestamptz,
    released_by   bigint references app_user (id)
);
create index scam_hold_active on scam_hold (indicator_id, expires_at) where released_at is null;
