-- Partner organisations of the public-private partnership: banks, e-wallets, telcos and platforms registered by a
-- member, with what their API clients may check and report, and how much.
create table scam_partner (
    id            bigserial primary key,
    member_code   text not null references member (code),
    name          text not null,
    sector        text not null check (sector in ('BANK', 'E_WALLET', 'TELCO', 'PLATFORM', 'OTHER')),
    check_kinds   text[] not null,
    signal_kinds  text[] not null default '{}',
    per_minute    int not null check (per_minute between 1 and 10000000),
    per_day       bigint not null check (per_day between 1 and 10000000000),
    active        boolean not null default true,
    created_by    bigint not null references app_user (id),
    created_at    timestamptz not null default now(),
    unique (member_code, name)
);

-- The API clients (machine users) of a partner.
create table scam_partner_client (
    user_id     bigint primary key references app_user (id),
    partner_id  bigint not null references scam_partner (id)
);
create index scam_partner_client_partner on scam_partner_client (partner_id);

-- A partner's report of a suspected mule account or scam number: the indicator is grey at once, pending review by
-- the partner's member.
create table scam_signal (
    id               bigserial primary key,
    indicator_id     bigint not null references scam_indicator (id),
    partner_id       bigint not null references scam_partner (id),
    client_user      bigint not null references app_user (id),
    category         text not null check (category in ('MULE_ACCOUNT', 'SCAM_NUMBER', 'SCAM_SITE', 'OTHER')),
    reference        text,
    note             text,
    previous_status  text not null,
    state            text not null default 'PENDING' check (state in ('PENDING', 'ACCEPTED', 'REJECTED')),
    reviewed_by      bigint references app_user (id),
    review_reason    text,
    reviewed_at      timestamptz,
    created_at       timestamptz not null default now()
);
create index scam_signal_partner on scam_signal (partner_id, created_at desc);
create index scam_signal_indicator on scam_signal (indicator_id);
create index scam_signal_pending on scam_signal (created_at) where state = 'PENDING';

alter table scam_indicator add column review_pending boolean not null default false;

-- Every check, kept 90 days for the auditors: one partition a day, dropped whole when it is older.
create table scam_check_log (
    at       timestamptz not null,
    user_id  bigint not null,
    kind     text not null,
    value    text not null,
    known    boolean not null,
    risk     text
) partition by range (at);
create table scam_check_log_default partition of scam_check_log default;
create index scam_check_log_user on scam_check_log (user_id, at);
create index scam_check_log_value on scam_check_log (kind, value, at);
