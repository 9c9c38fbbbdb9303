-- People and machines that use e-ADS.
create table app_user (
    id             bigserial primary key,
    username       text not null unique,
    display_name   text not null,
    email          text,
    member_code    text not null references member (code),
    agency_id      bigint references agency (id),
    password_hash  text not null,
    totp_secret    text,                      -- set at enrolment; the second factor is enforced once confirmed
    totp_confirmed boolean not null default false,
    roles          text[] not null,
    enabled        boolean not null default true,
    failed_logins  int not null default 0,
    locked_until   timestamptz,
    last_login_at  timestamptz,
    created_at     timestamptz not null default now(),
    updated_at     timestamptz not null default now()
);

create table api_token (
    id          bigserial primary key,
    user_id     bigint not null references app_user (id),
    token_hash  text not null unique,         -- SHA-256 of the token; the token itself is shown once
    label       text not null,
    created_at  timestamptz not null default now(),
    expires_at  timestamptz not null,
    revoked_at  timestamptz,
    last_used_at timestamptz
);
create index api_token_user on api_token (user_id);
