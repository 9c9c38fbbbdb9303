-- Crime statistics: the versioned classification of crime areas (mapped to the UNODC ICCS), indicators and their
-- disaggregations, population, members' submissions in long format with their workflow and revisions, the
-- accepted values the dashboards and reports read, validation rules kept as data, and each member's sharing choice.

-- A version of the mapping of crime areas to ICCS codes. The version in force for a reporting year is the one with
-- the greatest first_year not after it; a change of mapping is a new version, so reports on earlier years keep theirs.
create table stats_classification (
    version     int primary key,
    first_year  int not null unique,
    note        text not null,
    created_by  text,
    created_at  timestamptz not null default now()
);

create table stats_crime_area (
    code        text primary key,
    name        text not null,
    position    int not null
);

-- Units: 'count' (cases), 'persons', 'kg', 'units', 'USD'. Periodicity: how often members report it.
-- Dimensions: the disaggregations collected beside the total, each one a separate breakdown of the same total.
create table stats_indicator (
    code        text primary key,
    name        text not null,
    unit        text not null,
    periodicity text not null check (periodicity in ('MONTH', 'QUARTER', 'YEAR')),
    dimensions  text[] not null default '{}',
    position    int not null
);

create table stats_dimension_value (
    dimension   text not null,
    code        text not null,
    name        text not null,
    position    int not null,
    primary key (dimension, code)
);

-- Which crime areas a classification version holds, their ICCS codes and context tags, and the indicators collected.
create table stats_crime_area_mapping (
    version      int not null references stats_classification (version),
    crime_area   text not null references stats_crime_area (code),
    iccs_codes   text[] not null,
    context_tags text[] not null default '{}',
    indicators   text[] not null,
    primary key (version, crime_area)
);

-- Population by country and year (World Bank SP.POP.TOTL), for rates per 100,000 inhabitants.
create table stats_population (
    country     text not null,
    year        int not null,
    population  bigint not null check (population > 0),
    source      text not null,
    primary key (country, year)
);

-- One member's data for one reporting period ('2025', '2025-Q1', '2025-03'). Accepted data is locked: a change is a
-- new revision with a reason, and the accepted revision it replaces becomes SUPERSEDED when the new one is accepted.
create table stats_submission (
    id              uuid primary key,
    member          text not null references member (code),
    period          text not null check (period ~ '^[0-9]{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$'),
    revision        int not null check (revision > 0),
    status          text not null check (status in ('DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED', 'SUPERSEDED')),
    classification  int not null references stats_classification (version),
    revision_reason text,
    created_by      text not null,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    submitted_by    text,
    submitted_at    timestamptz,
    reviewed_by     text,
    reviewed_at     timestamptz,
    review_comment  text,
    unique (member, period, revision)
);
create unique index stats_submission_one_open on stats_submission (member, period)
    where status in ('DRAFT', 'SUBMITTED', 'RETURNED');
create unique index stats_submission_one_accepted on stats_submission (member, period)
    where status = 'ACCEPTED';

-- The values of a submission in long format. disaggregation is '' for the total or 'DIMENSION=CODE' for one part
-- of it. A null value is "not available", which is not zero; an indicator with no row was not reported.
create table stats_value (
    submission      uuid not null references stats_submission (id) on delete cascade,
    crime_area      text not null references stats_crime_area (code),
    indicator       text not null references stats_indicator (code),
    disaggregation  text not null default '',
    value           numeric check (value is null or value >= 0),
    note            text,
    primary key (submission, crime_area, indicator, disaggregation)
);

-- The accepted values in force, one row per member, period, crime area, indicator and disaggregation: what dashboards
-- and reports read. Written in the transaction that accepts a submission, replacing the revision it supersedes.
create table stats_fact (
    crime_area      text not null,
    indicator       text not null,
    disaggregation  text not null,
    member          text not null,
    period          text not null,
    year            int not null,
    month           int check (month between 1 and 12),
    quarter         int check (quarter between 1 and 4),
    value           numeric,
    submission      uuid not null references stats_submission (id),
    primary key (crime_area, indicator, disaggregation, member, period)
);
create index stats_fact_member on stats_fact (member, year);
create index stats_fact_submission on stats_fact (submission);

-- Validation rules as data: left side, operator, right side, severity. Sides are expressions over indicator values
-- of the same member, period and crime area (see docs/STATS.md for the language). A null crime_area applies to all.
create table stats_validation_rule (
    code        text primary key,
    description text not null,
    crime_area  text references stats_crime_area (code),
    left_side   text not null,
    operator    text not null check (operator in ('<', '<=', '=', '!=', '>=', '>')),
    right_side  text not null,
    severity    text not null check (severity in ('BLOCKING', 'WARNING')),
    active      boolean not null default true,
    changed_by  text,
    changed_at  timestamptz not null default now()
);

-- Who may see a member's accepted data: all members, the Secretariat only, or only inside regional totals.
create table stats_sharing (
    member      text primary key references member (code),
    level       text not null check (level in ('ALL_MEMBERS', 'SECRETARIAT_ONLY', 'AGGREGATED_ONLY')),
    changed_by  text,
    changed_at  timestamptz not null default now()
);

insert into stats_classification (version, first_year, note) values
    (1, 2000, 'ASEANAPOL core crime areas mapped to ICCS version 1.0 (UNODC, 2015)');

insert into stats_crime_area (code, name, position) values
    ('TRAFFICKING_IN_PERSONS', 'Trafficking in persons', 1),
    ('DRUG_TRAFFICKING', 'Illicit drug trafficking', 2),
    ('FRAUD', 'Fraud, including transnational and online fraud', 3),
    ('MONEY_LAUNDERING', 'Money laundering', 4),
    ('TERRORISM', 'Terrorism', 5),
    ('ARMS_SMUGGLING', 'Arms smuggling', 6),
    ('WILDLIFE_CRIME', 'Wildlife crime', 7),
    ('CYBERCRIME', 'Cybercrime', 8),
    ('MARITIME_CRIME', 'Maritime crime and piracy', 9),
    ('MIGRANT_SMUGGLING', 'Migrant smuggling', 10);

insert into stats_indicator (code, name, unit, periodicity, dimensions, position) values
    ('CASES', 'Cases recorded', 'count', 'MONTH', '{}', 1),
    ('SUSPECTS', 'Persons arrested or suspected', 'persons', 'MONTH', '{SEX,AGE_GROUP,NATIONALITY}', 2),
    ('PROSECUTED', 'Persons prosecuted', 'persons', 'QUARTER', '{SEX}', 3),
    ('CONVICTED', 'Persons convicted', 'persons', 'QUARTER', '{SEX}', 4),
    ('VICTIMS', 'Victims', 'persons', 'MONTH', '{SEX,AGE_GROUP,NATIONALITY}', 5),
    ('SEIZED_DRUGS_KG', 'Drugs seized (by weight)', 'kg', 'MONTH', '{SUBSTANCE}', 6),
    ('SEIZED_DRUGS_UNITS', 'Drugs seized (tablets and units)', 'units', 'MONTH', '{SUBSTANCE}', 7),
    ('SEIZED_FIREARMS', 'Firearms seized', 'units', 'MONTH', '{FIREARM_TYPE}', 8),
    ('SEIZED_WILDLIFE', 'Wildlife seizures', 'count', 'MONTH', '{SPECIES_GROUP}', 9),
    ('AMOUNT_LOST', 'Amount lost by victims', 'USD', 'MONTH', '{}', 10),
    ('AMOUNT_RECOVERED', 'Amount recovered', 'USD', 'MONTH', '{}', 11);

insert into stats_dimension_value (dimension, code, name, position) values
    ('SEX', 'F', 'Female', 1), ('SEX', 'M', 'Male', 2), ('SEX', 'U', 'Unknown', 3),
    ('AGE_GROUP', 'CHILD', 'Under 18', 1), ('AGE_GROUP', 'ADULT', '18 and over', 2), ('AGE_GROUP', 'U', 'Unknown', 3),
    ('NATIONALITY', 'OWN', 'Own nationals', 1), ('NATIONALITY', 'ASEAN', 'Other ASEAN nationals', 2),
    ('NATIONALITY', 'OTHER', 'Other nationalities', 3), ('NATIONALITY', 'U', 'Unknown', 4),
    ('SUBSTANCE', 'METHAMPHETAMINE', 'Methamphetamine', 1), ('SUBSTANCE', 'HEROIN', 'Heroin', 2),
    ('SUBSTANCE', 'CANNABIS', 'Cannabis', 3), ('SUBSTANCE', 'KETAMINE', 'Ketamine', 4),
    ('SUBSTANCE', 'MDMA', 'Ecstasy (MDMA)', 5), ('SUBSTANCE', 'COCAINE', 'Cocaine', 6),
    ('SUBSTANCE', 'OTHER', 'Other substances', 7),
    ('FIREARM_TYPE', 'HANDGUN', 'Handguns', 1), ('FIREARM_TYPE', 'LONG_GUN', 'Rifles and shotguns', 2),
    ('FIREARM_TYPE', 'AUTOMATIC', 'Automatic weapons', 3), ('FIREARM_TYPE', 'EXPLOSIVE', 'Explosive devices', 4),
    ('FIREARM_TYPE', 'OTHER', 'Other', 5),
    ('SPECIES_GROUP', 'MAMMALS', 'Mammals (pangolin, tiger, ...)', 1), ('SPECIES_GROUP', 'IVORY', 'Ivory and horn', 2),
    ('SPECIES_GROUP', 'REPTILES', 'Reptiles', 3), ('SPECIES_GROUP', 'BIRDS', 'Birds', 4),
    ('SPECIES_GROUP', 'TIMBER', 'Timber and plants', 5), ('SPECIES_GROUP', 'MARINE', 'Marine species', 6),
    ('SPECIES_GROUP', 'OTHER', 'Other', 7);

insert into stats_crime_area_mapping (version, crime_area, iccs_codes, context_tags, indicators) values
    (1, 'TRAFFICKING_IN_PERSONS', '{0204}', '{}', '{CASES,SUSPECTS,PROSECUTED,CONVICTED,VICTIMS}'),
    (1, 'DRUG_TRAFFICKING', '{0601,06011,06012}', '{}', '{CASES,SUSPECTS,PROSECUTED,CONVICTED,SEIZED_DRUGS_KG,SEIZED_DRUGS_UNITS}'),
    (1, 'FRAUD', '{0701}', '{CYBER}', '{CASES,SUSPECTS,PROSECUTED,CONVICTED,VICTIMS,AMOUNT_LOST,AMOUNT_RECOVERED}'),
    (1, 'MONEY_LAUNDERING', '{07041}', '{}', '{CASES,SUSPECTS,PROSECUTED,CONVICTED,AMOUNT_RECOVERED}'),
    (1, 'TERRORISM', '{0906}', '{TERRORISM}', '{CASES,SUSPECTS,PROSECUTED,CONVICTED,VICTIMS,SEIZED_FIREARMS}'),
    (1, 'ARMS_SMUGGLING', '{0902}', '{}', '{CASES,SUSPECTS,PROSECUTED,CONVICTED,SEIZED_FIREARMS}'),
    (1, 'WILDLIFE_CRIME', '{1003,1004}', '{}', '{CASES,SUSPECTS,PROSECUTED,CONVICTED,SEIZED_WILDLIFE}'),
    (1, 'CYBERCRIME', '{0903}', '{CYBER}', '{CASES,SUSPECTS,PROSECUTED,CONVICTED,VICTIMS,AMOUNT_LOST}'),
    (1, 'MARITIME_CRIME', '{}', '{MARITIME}', '{CASES,SUSPECTS,PROSECUTED,CONVICTED,VICTIMS}'),
    (1, 'MIGRANT_SMUGGLING', '{08051}', '{}', '{CASES,SUSPECTS,PROSECUTED,CONVICTED,VICTIMS}');
