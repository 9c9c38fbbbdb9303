-- ACCPCM crises: a crisis declared by a member, requests for assistance and the offers (deployments) that answer
-- them, situation reports with their attachments, and intelligence items. A crisis and a situation report carry the
-- columns the sharing policy reads (owner_member, sharing_level, shared_with), so the one access decision applies.
create table crisis (
    id                   uuid primary key,
    owner_member         text not null references member (code),
    sharing_level        text not null check (sharing_level in ('MEMBERS', 'MEMBERS_AND_PARTNERS')),
    shared_with          text[] not null default '{}',
    type                 text not null check (type in ('TERRORIST_ATTACK', 'BOMBING', 'MASS_CASUALTY',
                             'HOSTAGE_SITUATION', 'CYBER_ATTACK', 'NATURAL_DISASTER')),
    title                text not null,
    place                text not null,
    latitude             double precision check (latitude between -90 and 90),
    longitude            double precision check (longitude between -180 and 180),
    occurred_at          timestamptz not null,
    dead                 integer not null check (dead >= 0),
    injured              integer not null check (injured >= 0),
    missing              integer not null check (missing >= 0),
    status               text not null check (status in ('ACTIVE', 'CONTAINED', 'CLOSED')),
    exercise             boolean not null,
    -- the CRISIS notification every crisis contact must acknowledge (the alerts module owns it)
    declaration_alert_id uuid not null,
    -- the disaster victim identification operation, once the dvi module links one
    dvi_operation_id     text,
    declared_by          bigint not null references app_user (id),
    declared_at          timestamptz not null,
    updated_at           timestamptz not null
);
create index crisis_recent on crisis (declared_at desc);

-- EDXL-RM RequestResource: what the affected member asks for.
create table crisis_request (
    id            uuid primary key,
    crisis_id     uuid not null references crisis (id),
    member_code   text not null references member (code),
    resource_type text not null check (resource_type in ('POST_BLAST_INVESTIGATORS', 'BOMB_DISPOSAL', 'DVI_TEAM',
                      'FORENSIC_EXPERTS', 'CYBER_INCIDENT_RESPONDERS', 'LIAISON_OFFICERS', 'INTELLIGENCE_ANALYSTS',
                      'EQUIPMENT')),
    quantity      integer not null check (quantity > 0),
    needed_by     timestamptz not null,
    place         text,
    notes         text,
    created_by    bigint not null references app_user (id),
    created_at    timestamptz not null
);
create index crisis_request_of on crisis_request (crisis_id, created_at);

-- EDXL-RM ResponseToRequestResource, then CommitResource (accepted) and ReleaseResource: one offer is one deployment.
create table crisis_offer (
    id           uuid primary key,
    request_id   uuid not null references crisis_request (id),
    crisis_id    uuid not null references crisis (id),
    member_code  text not null references member (code),
    response     text not null check (response in ('ACCEPT', 'PARTIAL', 'DECLINE')),
    quantity     integer not null check (quantity >= 0),
    reason       text,
    notes        text,
    -- null for a decline, which deploys nothing
    state        text check (state in ('OFFERED', 'ACCEPTED', 'EN_ROUTE', 'ON_SITE', 'RELEASED')),
    created_by   bigint not null references app_user (id),
    created_at   timestamptz not null,
    updated_at   timestamptz not null,
    check ((response = 'DECLINE') = (state is null)),
    check (response <> 'DECLINE' or reason is not null)
);
create index crisis_offer_of on crisis_offer (crisis_id, created_at);

create table crisis_sitrep (
    id            uuid primary key,
    crisis_id     uuid not null references crisis (id),
    owner_member  text not null references member (code),
    sharing_level text not null check (sharing_level in ('MEMBERS', 'MEMBERS_AND_PARTNERS')),
    shared_with   text[] not null default '{}',
    text          text not null,
    created_by    bigint not null references app_user (id),
    created_at    timestamptz not null
);
create index crisis_sitrep_of on crisis_sitrep (crisis_id, created_at desc);

-- Kept apart so that timelines never read the files.
create table crisis_attachment (
    sitrep_id    uuid primary key references crisis_sitrep (id),
    file_name    text not null,
    content_type text not null,
    size         integer not null check (size between 1 and 10485760),
    content      bytea not null
);

create table crisis_intelligence (
    id          uuid primary key,
    crisis_id   uuid not null references crisis (id),
    member_code text not null references member (code),
    kind        text not null check (kind in ('SUSPECT_NAME', 'VEHICLE_PLATE', 'PHONE')),
    value       text not null,
    note        text,
    created_by  bigint not null references app_user (id),
    created_at  timestamptz not null
);
create index crisis_intelligence_of on crisis_intelligence (crisis_id, created_at);
