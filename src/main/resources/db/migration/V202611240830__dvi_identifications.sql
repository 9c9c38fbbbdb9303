-- Identifications: the reconciliation team proposes a pair, the identification board confirms or rejects it.
create table dvi_identification (
    id               uuid primary key,
    operation_id     uuid not null references dvi_operation (id),
    pm_file_id       uuid not null references dvi_pm_file (id),
    am_file_id       uuid not null references dvi_am_file (id),
    methods          text[] not null,
    note             text,
    evidence         jsonb not null,               -- the candidate's evidence when proposed
    status           text not null default 'PROPOSED'
                     check (status in ('PROPOSED', 'CONFIRMED', 'REJECTED', 'REVOKED')),
    reason           text,                          -- of a rejection or revocation
    proposed_by      bigint not null references app_user (id),
    created_at       timestamptz not null default now(),
    decided_at       timestamptz
);
-- A body is one missing person, and a missing person one body (or set of remains under one PM number).
create unique index dvi_identification_pm on dvi_identification (pm_file_id) where status in ('PROPOSED', 'CONFIRMED');
create unique index dvi_identification_am on dvi_identification (am_file_id) where status in ('PROPOSED', 'CONFIRMED');

create table dvi_board_vote (
    identification_id  uuid not null references dvi_identification (id),
    user_id            bigint not null references app_user (id),
    decision           text not null check (decision in ('CONFIRM', 'REJECT')),
    note               text,
    at                 timestamptz not null default now(),
    primary key (identification_id, user_id)
);
