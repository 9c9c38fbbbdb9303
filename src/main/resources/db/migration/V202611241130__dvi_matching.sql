-- DVI matching: implant serial numbers, the examiners' fingerprint decisions, stored candidate lists kept current
-- as files change, the queue of changed files, and full matching runs with their progress.

alter table dvi_pm_file add column implants jsonb not null default '[]';   -- [{"kind": "hip", "maker": "...", "serial": "..."}]
alter table dvi_am_file add column implants jsonb not null default '[]';
alter table dvi_pm_file add column matched_at timestamptz;                  -- when its candidate list was computed

-- What the missing persons of an operation looked like when a node last read them; a change to an AM file moves it.
alter table dvi_operation add column am_version bigint not null default 0;

-- An examiner's decision on the AFIS comparison of a body's and a missing person's fingerprints.
create table dvi_fingerprint_decision (
    pm_file_id    uuid not null references dvi_pm_file (id),
    am_file_id    uuid not null references dvi_am_file (id),
    decision      text not null check (decision in ('IDENTIFIED', 'EXCLUDED', 'INCONCLUSIVE')),
    note          text,
    examiner_id   bigint not null references app_user (id),
    decided_at    timestamptz not null default now(),
    primary key (pm_file_id, am_file_id)
);
create index dvi_fingerprint_am on dvi_fingerprint_decision (am_file_id);

-- A body's best candidates, as matching last computed them (excluded pairs are not kept).
create table dvi_candidate (
    pm_file_id         uuid not null references dvi_pm_file (id),
    am_file_id         uuid not null references dvi_am_file (id),
    operation_id       uuid not null references dvi_operation (id),
    status             text not null check (status in ('STRONG', 'PROBABLE', 'INSUFFICIENT')),
    log10_lr           double precision not null,
    log10_posterior    double precision not null,
    methods            text[] not null,
    dna_kind           text,
    dna_loci           integer,
    dental_informative integer,
    dental_red         integer,
    computed_at        timestamptz not null default now(),
    primary key (pm_file_id, am_file_id)
);
create index dvi_candidate_am on dvi_candidate (am_file_id);
create index dvi_candidate_strong on dvi_candidate (operation_id, am_file_id) where status = 'STRONG';

-- Files changed since their comparison; written with the change, removed with the new candidate lists.
create table dvi_match_pending (
    kind          text not null check (kind in ('PM', 'AM')),
    file_id       uuid not null,
    operation_id  uuid not null references dvi_operation (id),
    queued_at     timestamptz not null default now(),
    primary key (kind, file_id)
);

-- A full matching run of an operation: every body against every missing person.
create table dvi_matching_run (
    id            uuid primary key,
    operation_id  uuid not null references dvi_operation (id),
    status        text not null check (status in ('RUNNING', 'DONE', 'FAILED')),
    bodies        integer not null,
    done          integer not null default 0,
    started_by    bigint not null references app_user (id),
    started_at    timestamptz not null default now(),
    heartbeat_at  timestamptz not null default now(),
    finished_at   timestamptz,
    message       text
);
create index dvi_matching_run_operation on dvi_matching_run (operation_id, started_at desc);
create unique index dvi_matching_run_one on dvi_matching_run (operation_id) where status = 'RUNNING';
