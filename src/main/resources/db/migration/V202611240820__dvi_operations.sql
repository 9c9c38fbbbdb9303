-- Disaster victim identification: frequency tables, operations, post-mortem and ante-mortem files, DNA profiles,
-- dental charts, family references.

-- A population's STR allele frequencies, loaded as data; an operation chooses one.
create table dvi_frequency_table (
    id          bigserial primary key,
    name        text not null unique,
    minimum     double precision not null check (minimum > 0 and minimum < 1),
    source      text not null,
    loaded_at   timestamptz not null default now()
);

create table dvi_allele_frequency (
    table_id    bigint not null references dvi_frequency_table (id),
    locus       text not null,        -- canonical: upper case, no spaces (VWA, PENTAE)
    allele      text not null,        -- canonical repeat number (9.3)
    frequency   double precision not null check (frequency > 0 and frequency <= 1),
    primary key (table_id, locus, allele)
);

-- An operation after a mass-casualty event, standalone or opened from an ACCPCM crisis.
create table dvi_operation (
    id                  uuid primary key,
    crisis_id           uuid references crisis (id),
    lead_member         text not null references member (code),
    name                text not null,
    place               text not null,
    occurred_on         date not null,
    frequency_table_id  bigint not null references dvi_frequency_table (id),
    theta               double precision not null default 0.01 check (theta >= 0 and theta < 0.25),
    mutation_rate       double precision not null default 0.002 check (mutation_rate >= 0 and mutation_rate < 0.1),
    missing_reported    integer not null default 0 check (missing_reported >= 0),
    status              text not null default 'OPEN' check (status in ('OPEN', 'CLOSED')),
    created_by          bigint not null references app_user (id),
    created_at          timestamptz not null default now()
);

create table dvi_operation_member (
    operation_id  uuid not null references dvi_operation (id),
    member_code   text not null references member (code),
    teams         text,
    primary key (operation_id, member_code)
);

-- A body or body part (INTERPOL pink form, main fields).
create table dvi_pm_file (
    id                uuid primary key,
    operation_id      uuid not null references dvi_operation (id),
    number            text not null,                 -- body or body-part number
    member_code       text not null references member (code),   -- the team's member
    recovered_at      timestamptz,
    recovery_place    text,
    condition         text,
    sex               text check (sex in ('MALE', 'FEMALE', 'UNDETERMINED')),
    age_min           integer check (age_min >= 0),
    age_max           integer check (age_max >= age_min),
    stature_min_cm    integer check (stature_min_cm > 0),
    stature_max_cm    integer check (stature_max_cm >= stature_min_cm),
    description       jsonb not null default '{}',   -- physical description, clothing, effects, marks, medical
    fingerprints      boolean not null default false,
    afis_reference    text,
    status            text not null default 'OPEN' check (status in ('OPEN', 'IDENTIFIED')),
    created_by        bigint not null references app_user (id),
    created_at        timestamptz not null default now(),
    updated_at        timestamptz not null default now(),
    unique (operation_id, number)
);

-- A missing person as the family and authorities described them (INTERPOL yellow form, main fields).
create table dvi_am_file (
    id                uuid primary key,
    operation_id      uuid not null references dvi_operation (id),
    number            text not null,
    member_code       text not null references member (code),   -- the reporting member
    name              text not null,
    nationality       text,
    sex               text check (sex in ('MALE', 'FEMALE', 'UNDETERMINED')),
    birth_date        date,
    age_min           integer check (age_min >= 0),
    age_max           integer check (age_max >= age_min),
    stature_min_cm    integer check (stature_min_cm > 0),
    stature_max_cm    integer check (stature_max_cm >= stature_min_cm),
    circumstances     text,
    description       jsonb not null default '{}',
    fingerprints      boolean not null default false,
    afis_reference    text,
    status            text not null default 'OPEN' check (status in ('OPEN', 'IDENTIFIED')),
    created_by        bigint not null references app_user (id),
    created_at        timestamptz not null default now(),
    updated_at        timestamptz not null default now(),
    unique (operation_id, number)
);

-- A DNA profile: of a body's sample, of a direct reference of a missing person, or of a relative.
create table dvi_dna_profile (
    id             bigserial primary key,
    pm_file_id     uuid references dvi_pm_file (id),
    am_file_id     uuid references dvi_am_file (id),
    kind           text not null check (kind in ('PM_SAMPLE', 'DIRECT_REFERENCE', 'FAMILY_REFERENCE')),
    sample         text,                       -- what was sampled: femur, toothbrush, buccal swab
    relative_name  text,
    relationship   text check (relationship in ('FATHER', 'MOTHER', 'CHILD', 'FULL_SIBLING', 'HALF_SIBLING',
                                                 'GRANDPARENT', 'SPOUSE')),
    loci           jsonb not null,             -- {"VWA": ["16", "17"], ...}
    dropout        text[] not null default '{}',
    created_by     bigint not null references app_user (id),
    created_at     timestamptz not null default now(),
    check ((kind = 'PM_SAMPLE') = (pm_file_id is not null)),
    check ((kind <> 'PM_SAMPLE') = (am_file_id is not null)),
    check ((kind = 'FAMILY_REFERENCE') = (relationship is not null))
);
create index dvi_dna_pm on dvi_dna_profile (pm_file_id) where pm_file_id is not null;
create index dvi_dna_am on dvi_dna_profile (am_file_id) where am_file_id is not null;

-- A dental chart of a file: per FDI tooth its status, surfaces and material.
create table dvi_dental_chart (
    id           bigserial primary key,
    pm_file_id   uuid unique references dvi_pm_file (id),
    am_file_id   uuid unique references dvi_am_file (id),
    recorded_on  date,
    teeth        jsonb not null,              -- {"16": {"status": "FILLED", "surfaces": ["M","O"], "material": "AMALGAM"}}
    created_by   bigint not null references app_user (id),
    updated_at   timestamptz not null default now(),
    check ((pm_file_id is null) <> (am_file_id is null))
);
