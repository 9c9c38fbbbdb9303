-- The regional anti-scam centre: scam reports, the shared registry of scam indicators, holds and delisting.

-- The maintained list of scam types.
create table scam_type (
    code   text primary key,
    label  text not null,
    active boolean not null default true
);
insert into scam_type (code, label) values
    ('INVESTMENT', 'Investment'), ('ROMANCE', 'Romance'), ('JOB_TASK', 'Job or task'),
    ('IMPERSONATION', 'Impersonation of officials or police'), ('E_COMMERCE', 'E-commerce'), ('LOAN', 'Loan'),
    ('PHISHING', 'Phishing or bank impersonation'), ('SEXTORTION', 'Sextortion'), ('CRYPTO', 'Crypto'),
    ('OTHER', 'Other');

-- US dollars per unit of a currency from a date on; a report's losses convert at the rate of its report date.
create table currency_rate (
    currency       text not null check (currency ~ '^[A-Z]{3,4}$'),
    valid_from     date not null,
    usd_per_unit   numeric(20, 10) not null check (usd_per_unit > 0),
    source         text not null,
    primary key (currency, valid_from)
);
-- Starting values, approximate, to be maintained by the Secretariat (page and API).
insert into currency_rate (currency, valid_from, usd_per_unit, source) values
    ('USD', '2000-01-01', 1, 'definition'),
    ('USDT', '2000-01-01', 1, 'pegged stablecoin'),
    ('MYR', '2026-01-01', 0.2370, 'seed, approximate'), ('SGD', '2026-01-01', 0.7700, 'seed, approximate'),
    ('THB', '2026-01-01', 0.0305, 'seed, approximate'), ('IDR', '2026-01-01', 0.0000610, 'seed, approximate'),
    ('PHP', '2026-01-01', 0.0172, 'seed, approximate'), ('VND', '2026-01-01', 0.0000380, 'seed, approximate'),
    ('KHR', '2026-01-01', 0.000249, 'seed, approximate'), ('LAK', '2026-01-01', 0.0000460, 'seed, approximate'),
    ('MMK', '2026-01-01', 0.000476, 'seed, approximate'), ('BND', '2026-01-01', 0.7700, 'seed, approximate'),
    ('CNY', '2026-01-01', 0.1390, 'seed, approximate'), ('EUR', '2026-01-01', 1.1600, 'seed, approximate'),
    ('GBP', '2026-01-01', 1.3300, 'seed, approximate'), ('AUD', '2026-01-01', 0.6500, 'seed, approximate'),
    ('JPY', '2026-01-01', 0.0066, 'seed, approximate'), ('KRW', '2026-01-01', 0.00070, 'seed, approximate');

create table scam_report (
    id                  uuid primary key,
    owner_member        text not null references member (code),   -- the reporting member
    agency_id           bigint references agency (id),
    case_reference      text not null,
    report_date         date not null,
    victim_kind         text not null check (victim_kind in ('PERSON', 'ORGANISATION')),
    victim_name         text,                  -- protected: the reporting member only, unless shared on purpose
    victim_contact      text,                  -- protected likewise
    victim_identity_shared boolean not null default false,
    victim_nationality  text,
    victim_age_band     text,
    victim_sex          text,
    scam_type           text not null references scam_type (code),
    channel             text not null,
    first_contact       date,
    loss_amount         numeric(20, 2),
    loss_currency       text,
    loss_usd            numeric(20, 2),
    summary             text,
    sharing_level       text not null,
    shared_with         text[] not null default '{}',
    indicator_sharing   text not null default 'MEMBERS',
    created_by          bigint not null references app_user (id),
    created_at          timestamptz not null default now(),
    unique (owner_member, case_reference)
);
create index scam_report_member on scam_report (owner_member, report_date desc);
create index scam_report_date on scam_report (report_date);

-- One canonical indicator per kind and normalised value, whatever report or record names it.
create table scam_indicator (
    id              bigserial primary key,
    kind            text not null,
    value           text not null,               -- normalised, as the screening engine keys it
    display         text not null,               -- as first written
    status          text not null default 'REPORTED' check (status in ('REPORTED', 'GREY', 'BLACK', 'CLEARED')),
    status_reason   text,
    status_by       bigint references app_user (id),
    status_at       timestamptz,
    report_count    int not null default 0,      -- reports that share the indicator at MEMBERS or wider
    members         text[] not null default '{}',
    first_seen      date,
    last_seen       date,
    total_loss_usd  numeric(20, 2) not null default 0,
    unique (kind, value)
);

create table scam_report_indicator (
    report_id     uuid not null references scam_report (id),
    indicator_id  bigint not null references scam_indicator (id),
    role          text not null check (role in ('CONTACT', 'PAYMENT')),
    primary key (report_id, indicator_id, role)
);
create index scam_report_indicator_by_indicator on scam_report_indicator (indicator_id);

create table scam_payment (
    id            bigserial primary key,
    report_id     uuid not null references scam_report (id),
    indicator_id  bigint not null references scam_indicator (id),
    paid_at       timestamptz,
    amount        numeric(20, 2) not null check (amount > 0),
    currency      text not null,
    amount_usd    numeric(20, 2)
);
create index scam_payment_report on scam_payment (report_id);

-- Indicator records of the shared records that name a registry indicator.
create table scam_indicator_record (
    indicator_id  bigint not null references scam_indicator (id),
    record_id     uuid not null references record (id),
    primary key (indicator_id, record_id)
);
