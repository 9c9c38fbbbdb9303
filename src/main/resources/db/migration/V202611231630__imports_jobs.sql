-- Bulk imports of records. A job's rows are written in one transaction together with its DONE status, so a crash
-- leaves either the whole file or nothing; a job found RUNNING after a restart is simply run again.
create table import_job (
    id             uuid primary key,
    user_id        bigint not null references app_user (id),
    file_name      text not null,
    format         text not null check (format in ('CSV', 'JSON')),
    mode           text not null check (mode in ('ALL_OR_NOTHING', 'VALID_ONLY')),
    status         text not null check (status in ('QUEUED', 'RUNNING', 'NEEDS_DECISION', 'DONE', 'FAILED', 'CANCELLED')),
    total_rows     int,
    processed_rows int not null default 0,
    imported_rows  int not null default 0,
    error_rows     int not null default 0,
    errors         jsonb not null default '[]',
    message        text,
    node           text,
    heartbeat_at   timestamptz,
    created_at     timestamptz not null default now(),
    started_at     timestamptz,
    finished_at    timestamptz
);
create index import_job_user on import_job (user_id, created_at desc);
create index import_job_status on import_job (status) where status in ('QUEUED', 'RUNNING');

-- The uploaded file, kept until the job is finished so that it can be run again after a restart.
create table import_file (
    job_id   uuid primary key references import_job (id),
    content  bytea not null
);
