-- A searcher who got "possible match held by X" asks X to disclose the record. The owner answers through alerts.
create table disclosure_request (
    id              uuid primary key,
    record_id       uuid not null references record (id),
    owner_member    text not null references member (code),
    requested_by    bigint not null references app_user (id),
    requester_member text not null references member (code),
    reason          text not null,
    query_summary   text,
    status          text not null default 'OPEN' check (status in ('OPEN', 'APPROVED', 'DENIED', 'WITHDRAWN')),
    created_at      timestamptz not null default now()
);
create index disclosure_request_owner on disclosure_request (owner_member, status, created_at desc);
