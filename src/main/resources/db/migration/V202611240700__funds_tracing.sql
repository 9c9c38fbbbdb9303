-- Cross-border fund tracing: cases, the accounts and transfers supplied for them, traces, freeze requests.

-- A tracing case: the transactions banks and financial intelligence units supplied for one investigation, shared
-- like a record.
create table funds_case (
    id              bigserial primary key,
    owner_member    text not null references member (code),
    reference       text not null,
    title           text not null,
    scam_report_id  uuid references scam_report (id),
    sharing_level   text not null,
    shared_with     text[] not null default '{}',
    transfers       bigint not null default 0,       -- kept by the imports, so that lists need not count
    frozen_usd_cents   bigint not null default 0,    -- rolled up from the freeze requests
    returned_usd_cents bigint not null default 0,
    created_by      bigint not null references app_user (id),
    created_at      timestamptz not null default now(),
    unique (owner_member, reference)
);

-- One account however its number was written: the number as the screening engine keys a bank account, at a bank in
-- a country. Its kind says whether money that reaches it leaves the banking trail (cash, crypto, merchants).
create table funds_account (
    id       bigserial primary key,
    country  text not null,          -- ISO 3166-1 alpha-3
    bank     text not null,          -- as supplied, upper case, single spaces
    number   text not null,          -- canonical: letters and digits, IBANs checked
    kind     text not null default 'ACCOUNT'
             check (kind in ('ACCOUNT', 'MERCHANT', 'EXCHANGE', 'CASH')),
    unique (number, bank, country)
);
create index funds_account_number on funds_account (number);

-- A transfer as its source (the bank or unit that supplied it) identified it; amounts kept exactly as supplied and
-- in US cents at the rate in force on the day, so that amounts in different currencies compare and add up.
-- The case and accounts have no foreign keys: the import adds the accounts in the same transaction as the transfers,
-- cases are never deleted, and checking three keys a row halves the import of millions of transfers.
create table funds_transfer (
    id            bigserial primary key,
    case_id       bigint not null,
    source        text not null,
    txn_id        text not null,
    at            timestamptz not null,
    from_account  bigint not null,
    to_account    bigint not null,
    amount        numeric(20, 4) not null check (amount > 0),
    currency      text not null,
    usd_cents     bigint not null check (usd_cents >= 0),
    channel       text not null,
    reference     text,
    unique (case_id, source, txn_id)
);
create index funds_transfer_from on funds_transfer (from_account, at);
create index funds_transfer_to on funds_transfer (to_account, at);

-- A trace as it was asked and what it found; replaying the question gives the same answer.
create table funds_trace (
    id           bigserial primary key,
    case_id      bigint not null references funds_case (id),
    member       text not null references member (code),   -- a trace is its member's work: only its member sees it
    direction    text not null check (direction in ('FORWARD', 'BACKWARD')),
    rule         text not null check (rule in ('FIFO', 'LIFO', 'LIBR', 'PRO_RATA', 'POISON')),
    question     jsonb not null,
    answer       jsonb not null,
    took_ms      int not null,
    created_by   bigint not null references app_user (id),
    created_at   timestamptz not null default now()
);
create index funds_trace_case on funds_trace (case_id, created_at desc);

-- A request to the member where an account is held to freeze what is left of the traced money there.
create table funds_freeze_request (
    id                 bigserial primary key,
    reference          text not null unique,
    case_id            bigint not null references funds_case (id),
    trace_id           bigint references funds_trace (id),
    account_id         bigint not null references funds_account (id),
    requesting_member  text not null references member (code),
    receiving_member   text not null references member (code),
    amount_usd_cents   bigint not null check (amount_usd_cents > 0),
    transfers          text[] not null default '{}',   -- the transactions that brought the money, as supplied
    legal_basis        text not null,
    urgency            text not null check (urgency in ('IMMEDIATE', 'URGENT', 'ROUTINE')),
    contact            text not null,
    status             text not null default 'SENT'
                       check (status in ('SENT', 'FORWARDED', 'FROZEN', 'PARTIAL', 'REFUSED', 'RETURNED')),
    frozen_usd_cents   bigint not null default 0,
    returned_usd_cents bigint not null default 0,
    alert_id           uuid,
    created_by         bigint not null references app_user (id),
    created_at         timestamptz not null default now(),
    updated_at         timestamptz not null default now()
);
create index funds_freeze_case on funds_freeze_request (case_id);
create index funds_freeze_receiving on funds_freeze_request (receiving_member, created_at desc);

-- What the receiving member did, one line an action.
create table funds_freeze_action (
    id          bigserial primary key,
    request_id  bigint not null references funds_freeze_request (id),
    action      text not null check (action in ('FORWARDED', 'FROZEN', 'PARTIAL', 'REFUSED', 'RETURNED')),
    usd_cents   bigint,
    note        text,
    by_user     bigint not null references app_user (id),
    by_member   text not null references member (code),
    at          timestamptz not null default now()
);
create index funds_freeze_action_request on funds_freeze_action (request_id, at);
