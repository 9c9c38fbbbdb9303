-- A hit: another member's search matched one of a member's records. Repeated searches of the same record by the
-- same person within a day count on the same hit, so that its owner is told once, not at every keystroke.
create table hit (
    id               uuid primary key,
    record_id        uuid not null references record (id),
    record_type      text not null,
    owner_member     text not null references member (code),
    searcher_id      bigint not null references app_user (id),
    searcher_member  text not null references member (code),
    searcher_agency  bigint references agency (id),
    query            text,
    score            double precision not null,
    hit_only         boolean not null,
    first_at         timestamptz not null,
    last_at          timestamptz not null,
    searches         int not null default 1,
    alert_id         uuid references notification (id),
    identity_outcome text check (identity_outcome in ('CONFIRMED_SAME_PERSON', 'NOT_SAME_PERSON', 'UNDETERMINED')),
    action_taken     text check (action_taken in ('ARREST', 'REFUSAL_OF_ENTRY', 'SEIZURE', 'SURVEILLANCE', 'NONE')),
    outcome_note     text,
    outcome_by       bigint references app_user (id),
    outcome_at       timestamptz
);
create index hit_owner on hit (owner_member, first_at desc);
create index hit_searcher_member on hit (searcher_member, first_at desc);
create index hit_recent on hit (record_id, searcher_id, last_at desc);

-- The follow-up thread of a hit, between the owner and the searching member.
create table hit_message (
    id               bigserial primary key,
    hit_id           uuid not null references hit (id),
    author_id        bigint not null references app_user (id),
    author_member    text not null references member (code),
    body             text not null,
    attachment_name  text,
    attachment_type  text,
    attachment       bytea,
    at               timestamptz not null
);
create index hit_message_of on hit_message (hit_id, at);

-- A request to disclose a HIT_NO_HIT record and the owner's decision: which fields, with which handling codes.
create table disclosure (
    request_id       uuid primary key,
    record_id        uuid not null references record (id),
    owner_member     text not null references member (code),
    requester_id     bigint not null references app_user (id),
    requester_member text not null references member (code),
    reason           text not null,
    requested_at     timestamptz not null,
    status           text not null default 'OPEN'
                     check (status in ('OPEN', 'APPROVED', 'PARTIALLY_APPROVED', 'REFUSED')),
    decided_by       bigint references app_user (id),
    decided_at       timestamptz,
    decision_reason  text,
    handling_codes   text[] not null default '{}',
    handling_note    text,
    disclosed        jsonb,                          -- the chosen fields as they were when disclosed
    alert_id         uuid references notification (id)
);
create index disclosure_owner on disclosure (owner_member, status, requested_at desc);
create index disclosure_requester on disclosure (requester_member, requested_at desc);
