-- Batch screening: a file of people or identifiers screened in the background; results kept for download.
create table screening_batch (
    id             uuid primary key,
    user_id        bigint not null references app_user (id),
    file_name      text not null,
    purpose        text,
    status         text not null check (status in ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    total_rows     int not null default 0,
    processed_rows int not null default 0,
    hit_rows       int not null default 0,
    error_rows     int not null default 0,
    errors         jsonb not null default '[]',
    hits_by_member jsonb not null default '{}',
    message        text,
    content        bytea,
    results        bytea,
    heartbeat_at   timestamptz,
    created_at     timestamptz not null default now(),
    finished_at    timestamptz
);
create index screening_batch_user on screening_batch (user_id, created_at desc);
create index screening_batch_open on screening_batch (status) where status in ('QUEUED', 'RUNNING');
