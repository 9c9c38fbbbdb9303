-- Shared records. Type-specific fields live in data (validated by the application); the columns are what every
-- path filters on.
create table record (
    id              uuid primary key,
    type            text not null check (type in ('PERSON', 'TRAVEL_DOCUMENT', 'VEHICLE', 'FIREARM', 'ORGANISATION', 'INDICATOR')),
    owner_member    text not null references member (code),
    agency_id       bigint references agency (id),
    created_by      bigint references app_user (id),
    sharing_level   text not null check (sharing_level in ('NATIONAL', 'HIT_NO_HIT', 'SELECTED', 'MEMBERS', 'MEMBERS_AND_PARTNERS')),
    shared_with     text[] not null default '{}',
    handling_codes  text[] not null default '{}',
    handling_note   text,
    classification  text not null check (classification in ('RESTRICTED', 'CONFIDENTIAL', 'SECRET')),
    review_date     date not null,
    label           text not null,            -- the line that names the record in lists
    data            jsonb not null,
    version         int not null,
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    updated_by      bigint references app_user (id),
    deleted_at      timestamptz,
    deleted_by      bigint references app_user (id),
    deleted_reason  text,
    import_id       uuid
);
create index record_owner_type on record (owner_member, type, updated_at desc) where deleted_at is null;
create index record_shared_with on record using gin (shared_with) where deleted_at is null;
create index record_review on record (owner_member, review_date) where deleted_at is null;
create index record_updated on record (updated_at desc) where deleted_at is null;

-- Versions of records that a change has replaced, for their history; the current version is the record row.
create table record_version (
    record_id   uuid not null references record (id),
    version     int not null,
    change      text not null check (change in ('CREATE', 'UPDATE', 'DELETE')),
    changed_by  bigint references app_user (id),
    changed_at  timestamptz not null,
    snapshot    jsonb not null,
    primary key (record_id, version)
);

create table record_link (
    id          bigserial primary key,
    from_id     uuid not null references record (id),
    to_id       uuid not null references record (id),
    kind        text not null,
    created_by  bigint references app_user (id),
    created_at  timestamptz not null default now(),
    unique (from_id, to_id, kind),
    check (from_id <> to_id)
);
create index record_link_to on record_link (to_id);

-- The change sequence: every committed change, in order, so that derived state (the search index) can catch up.
create table record_change (
    seq         bigserial primary key,
    record_id   uuid not null,
    version     int not null,
    changed_at  timestamptz not null default now()
);
