-- Notices in the INTERPOL manner (wanted, missing person, ...): drafted, approved by a supervisor of the issuing
-- member, issued to a distribution of members through a NOTICE notification, updated, cancelled; expired once their
-- expiry date has passed (decided at read time, never by a job).
create table notice (
    id              uuid primary key,
    type            text not null check (type in ('WANTED', 'INFORMATION', 'WARNING', 'MISSING_PERSON',
                                                  'UNIDENTIFIED_BODY', 'THREAT', 'MODUS_OPERANDI')),
    status          text not null check (status in ('DRAFT', 'PENDING_APPROVAL', 'ISSUED', 'UPDATED', 'CANCELLED')),
    title           text not null,
    summary         text not null,
    details         text,
    distribution    text not null check (distribution in ('ALL_MEMBERS', 'SELECTED', 'MEMBERS_AND_PARTNERS')),
    expires_on      date not null,           -- valid through this day (UTC)
    requires_ack    boolean not null,
    exercise        boolean not null default false,
    issuing_member  text not null references member (code),
    drafted_by      bigint not null references app_user (id),
    submitted_at    timestamptz,
    rejection       text,                    -- why a supervisor sent it back to draft, until it is submitted again
    approved_by     bigint references app_user (id),
    issued_at       timestamptz,
    updated_at      timestamptz,             -- last update after issue
    revision        int not null default 0,  -- updates sent after issue
    cancelled_at    timestamptz,
    cancelled_by    bigint references app_user (id),
    cancel_reason   text,
    first_alert     uuid references notification (id),
    created_at      timestamptz not null
);
create index notice_issuer on notice (issuing_member, created_at desc);
create index notice_issued on notice (issued_at desc) where issued_at is not null;

-- The members a notice is distributed to (the selected ones, or the members the distribution named when it was
-- saved): they, and the issuing member, see it once issued.
create table notice_member (
    notice_id   uuid not null references notice (id),
    member_code text not null references member (code),
    primary key (notice_id, member_code)
);
create index notice_member_code on notice_member (member_code);

-- The records a notice refers to, in order; each is shown to a viewer only as the record's own sharing allows.
create table notice_record (
    notice_id    uuid not null references notice (id),
    position     int not null,
    record_id    uuid not null,
    owner_member text not null references member (code),
    primary key (notice_id, position)
);

-- A member that will not act on a notice on its territory, and why.
create table notice_flag (
    notice_id   uuid not null references notice (id),
    member_code text not null references member (code),
    reason      text not null,
    flagged_by  bigint not null references app_user (id),
    flagged_at  timestamptz not null,
    primary key (notice_id, member_code)
);
