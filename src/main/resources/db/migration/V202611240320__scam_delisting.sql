-- Requests to remove an indicator from the lists (an account holder's, a bank's): reviewed, decided and audited.
create table scam_delisting (
    id                 bigserial primary key,
    reference          text not null unique,
    indicator_id       bigint not null references scam_indicator (id),
    requester_kind     text not null check (requester_kind in ('ACCOUNT_HOLDER', 'BANK', 'OTHER')),
    requester_name     text not null,
    requester_contact  text not null,
    grounds            text not null,
    received_via       text not null check (received_via in ('PUBLIC', 'OFFICER', 'PARTNER')),
    member_code        text not null references member (code),
    entered_by         bigint references app_user (id),
    state              text not null default 'SUBMITTED'
                       check (state in ('SUBMITTED', 'UNDER_REVIEW', 'GRANTED', 'REFUSED')),
    reviewer           bigint references app_user (id),
    decision_reason    text,
    decided_at         timestamptz,
    created_at         timestamptz not null default now()
);
-- one open request per indicator: a second one joins the first
create unique index scam_delisting_open on scam_delisting (indicator_id) where state in ('SUBMITTED', 'UNDER_REVIEW');
create index scam_delisting_member on scam_delisting (member_code, created_at desc);
