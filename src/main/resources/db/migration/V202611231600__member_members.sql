-- Members of e-ADS: the ten AMCs, the Secretariat, dialogue partners and observers, and their agencies.
create table member (
    code        text primary key,            -- ISO 3166-1 alpha-3 for a country, a short code for an organisation
    alpha2      text,                        -- ISO 3166-1 alpha-2, for countries
    name        text not null,
    kind        text not null check (kind in ('MEMBER', 'SECRETARIAT', 'PARTNER', 'OBSERVER')),
    active      boolean not null default true,
    created_at  timestamptz not null default now()
);

create table agency (
    id          bigserial primary key,
    member_code text not null references member (code),
    name        text not null,
    active      boolean not null default true,
    created_at  timestamptz not null default now(),
    unique (member_code, name)
);

insert into member (code, alpha2, name, kind) values
    ('BRN', 'BN', 'Brunei Darussalam', 'MEMBER'),
    ('KHM', 'KH', 'Cambodia', 'MEMBER'),
    ('IDN', 'ID', 'Indonesia', 'MEMBER'),
    ('LAO', 'LA', 'Lao PDR', 'MEMBER'),
    ('MYS', 'MY', 'Malaysia', 'MEMBER'),
    ('MMR', 'MM', 'Myanmar', 'MEMBER'),
    ('PHL', 'PH', 'Philippines', 'MEMBER'),
    ('SGP', 'SG', 'Singapore', 'MEMBER'),
    ('THA', 'TH', 'Thailand', 'MEMBER'),
    ('VNM', 'VN', 'Viet Nam', 'MEMBER'),
    ('ASP', null, 'ASEANAPOL Secretariat', 'SECRETARIAT'),
    ('AUS', 'AU', 'Australia', 'PARTNER'),
    ('CHN', 'CN', 'China', 'PARTNER'),
    ('JPN', 'JP', 'Japan', 'PARTNER'),
    ('KOR', 'KR', 'Republic of Korea', 'PARTNER'),
    ('GBR', 'GB', 'United Kingdom', 'PARTNER'),
    ('NZL', 'NZ', 'New Zealand', 'PARTNER'),
    ('INTERPOL', null, 'INTERPOL', 'PARTNER'),
    ('TLS', 'TL', 'Timor-Leste', 'OBSERVER'),
    ('PNG', 'PG', 'Papua New Guinea', 'OBSERVER');

insert into agency (member_code, name) values
    ('BRN', 'Royal Brunei Police Force - CID'),
    ('KHM', 'Cambodian National Police - Central Security Department'),
    ('IDN', 'Indonesian National Police - Bareskrim'),
    ('IDN', 'Indonesian National Police - NCB Jakarta'),
    ('LAO', 'Lao National Police - Department of Criminal Police'),
    ('MYS', 'Royal Malaysia Police - CCID'),
    ('MYS', 'Royal Malaysia Police - Bukit Aman CID'),
    ('MMR', 'Myanmar Police Force - CID'),
    ('PHL', 'Philippine National Police - CIDG'),
    ('PHL', 'Philippine National Police - Anti-Cybercrime Group'),
    ('SGP', 'Singapore Police Force - CID'),
    ('SGP', 'Singapore Police Force - Anti-Scam Command'),
    ('THA', 'Royal Thai Police - CIB'),
    ('THA', 'Royal Thai Police - Immigration Bureau'),
    ('VNM', 'Ministry of Public Security - Criminal Police Department'),
    ('ASP', 'ASEANAPOL Secretariat - Kuala Lumpur'),
    ('AUS', 'Australian Federal Police'),
    ('CHN', 'Ministry of Public Security of China'),
    ('JPN', 'National Police Agency of Japan'),
    ('KOR', 'Korean National Police Agency'),
    ('GBR', 'UK National Crime Agency'),
    ('NZL', 'New Zealand Police'),
    ('INTERPOL', 'INTERPOL General Secretariat - Lyon'),
    ('TLS', 'Polícia Nacional de Timor-Leste'),
    ('PNG', 'Royal Papua New Guinea Constabulary');
