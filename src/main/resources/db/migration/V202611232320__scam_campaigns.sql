-- Scam campaigns: reports linked by the indicators they share, with the analysts' decisions kept apart from the
-- automatic grouping, and the scam compounds (and the people trafficked into them) that campaigns are linked to.

-- A campaign. Its name is null until an analyst names it (pages show "Campaign <id>"). A locked campaign had its
-- membership set by an analyst (a merge or a split): the automatic steps add new reports to it but never merge it
-- with another campaign nor take its analyst-placed reports away.
create table scam_campaign (
    id          bigserial primary key,
    name        text,
    notes       text,
    locked      boolean not null default false,
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now()
);
create index scam_campaign_created on scam_campaign (created_at desc);

-- The campaign of a report (one at most). Pinned: placed by an analyst, so left where it is by a rebuild.
create table scam_campaign_report (
    report_id    uuid primary key references scam_report (id),
    campaign_id  bigint not null references scam_campaign (id) on delete cascade,
    pinned       boolean not null default false
);
create index scam_campaign_report_campaign on scam_campaign_report (campaign_id);

-- Indicators too common to link reports (a bank's own hotline, a marketplace's domain), maintained by the
-- Secretariat's analysts.
create table scam_campaign_stop (
    indicator_id  bigint primary key references scam_indicator (id),
    reason        text not null,
    added_by      bigint not null references app_user (id),
    added_at      timestamptz not null default now()
);

-- A scam compound: a site where people, many of them trafficked, are forced to run scams.
create table scam_compound (
    id          bigserial primary key,
    name        text not null,
    country     text not null check (country ~ '^[A-Z]{3}$'),
    location    text,
    latitude    numeric(9, 6) check (latitude between -90 and 90),
    longitude   numeric(9, 6) check (longitude between -180 and 180),
    notes       text,
    created_by  bigint not null references app_user (id),
    created_member text not null references member (code),
    created_at  timestamptz not null default now()
);

-- Operators of a compound: shared records (persons, organisations), seen only as record sharing allows.
create table scam_compound_operator (
    compound_id  bigint not null references scam_compound (id) on delete cascade,
    record_id    uuid not null references record (id),
    primary key (compound_id, record_id)
);

-- A person rescued from or trafficked into a compound: no name, only what the regional picture needs.
create table scam_compound_victim (
    id           bigserial primary key,
    compound_id  bigint not null references scam_compound (id) on delete cascade,
    nationality  text not null check (nationality ~ '^[A-Z]{3}$'),
    sex          text check (sex in ('M', 'F', 'X')),
    age_band     text,
    recruited_by text not null check (recruited_by in ('JOB_AD', 'SOCIAL_MEDIA', 'ACQUAINTANCE', 'AGENCY', 'OTHER')),
    rescued_on   date,
    entered_by_member text not null references member (code),
    created_by   bigint not null references app_user (id),
    created_at   timestamptz not null default now()
);
create index scam_compound_victim_compound on scam_compound_victim (compound_id, nationality);

-- A campaign linked to a compound, with the evidence of the link.
create table scam_campaign_compound (
    campaign_id  bigint not null references scam_campaign (id) on delete cascade,
    compound_id  bigint not null references scam_compound (id) on delete cascade,
    evidence     text not null,
    created_by   bigint not null references app_user (id),
    created_member text not null references member (code),
    created_at   timestamptz not null default now(),
    primary key (campaign_id, compound_id)
);
create index scam_campaign_compound_compound on scam_campaign_compound (compound_id);

-- Whether an indicator is named by more reports than the degree cap, answered from the index alone.
create index scam_report_indicator_by_indicator_report on scam_report_indicator (indicator_id, report_id);
-- The dashboard's most reported indicators.
create index scam_indicator_report_count on scam_indicator (report_count desc);
