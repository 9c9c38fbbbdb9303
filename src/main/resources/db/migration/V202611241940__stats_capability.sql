-- Capability gap assessment: each member's yearly self-assessment, per crime area in force and per dimension, on a
-- 0-4 scale with evidence (docs/CAPABILITY.md), and the capacity-building activities the Secretariat plans against
-- the gaps. A submitted assessment is locked: a change is a new revision with a reason, and the revision it replaces
-- becomes SUPERSEDED when the new one is submitted, so the history stays.

create table stats_capability_assessment (
    id              uuid primary key,
    member          text not null references member (code),
    year            int not null,
    revision        int not null check (revision > 0),
    status          text not null check (status in ('DRAFT', 'SUBMITTED', 'SUPERSEDED')),
    classification  int not null references stats_classification (version),
    -- the assessment the answers were copied from: last year's, or the revision this one changes
    copied_from     uuid references stats_capability_assessment (id),
    revision_reason text,
    created_by      bigint not null references app_user (id),
    created_at      timestamptz not null default now(),
    updated_by      bigint not null references app_user (id),
    updated_at      timestamptz not null default now(),
    submitted_by    bigint references app_user (id),
    submitted_at    timestamptz,
    unique (member, year, revision),
    check (revision = 1 or revision_reason is not null)
);
create unique index stats_capability_one_draft on stats_capability_assessment (member, year)
    where status = 'DRAFT';
create unique index stats_capability_one_in_force on stats_capability_assessment (member, year)
    where status = 'SUBMITTED';
create index stats_capability_assessment_year on stats_capability_assessment (year, status);

-- One answer per crime area and dimension. A null score is not answered yet (only a draft may have one).
create table stats_capability_answer (
    assessment     uuid not null references stats_capability_assessment (id) on delete cascade,
    crime_area     text not null references stats_crime_area (code),
    dimension      text not null check (dimension in ('LEGISLATION', 'SPECIALISED_UNIT', 'TRAINED_STAFF',
                       'FORENSIC_CAPACITY', 'DATA_AVAILABILITY', 'INTERNATIONAL_COOPERATION')),
    score          int check (score between 0 and 4),
    evidence       text,
    training_need  text,
    primary key (assessment, crime_area, dimension)
);

-- An activity addresses one crime area and dimension for the members it targets, against the gaps of one
-- assessment year.
create table stats_capability_activity (
    id          uuid primary key,
    year        int not null,
    title       text not null,
    kind        text not null check (kind in ('TRAINING', 'WORKSHOP', 'MENTORING', 'EQUIPMENT', 'EXCHANGE')),
    crime_area  text not null references stats_crime_area (code),
    dimension   text not null check (dimension in ('LEGISLATION', 'SPECIALISED_UNIT', 'TRAINED_STAFF',
                    'FORENSIC_CAPACITY', 'DATA_AVAILABILITY', 'INTERNATIONAL_COOPERATION')),
    members     text[] not null check (cardinality(members) > 0),
    starts_on   date not null,
    ends_on     date,
    organiser   text,
    status      text not null check (status in ('PLANNED', 'UNDER_WAY', 'DONE', 'CANCELLED')),
    notes       text,
    created_by  bigint not null references app_user (id),
    created_at  timestamptz not null default now(),
    updated_by  bigint not null references app_user (id),
    updated_at  timestamptz not null default now(),
    check (ends_on is null or ends_on >= starts_on)
);
create index stats_capability_activity_year on stats_capability_activity (year, crime_area, dimension);
create index stats_capability_activity_members on stats_capability_activity using gin (members);
