-- Checks of indicators by banks, telcos and police, counted per client and day for the auditors.
create table scam_check_daily (
    user_id  bigint not null references app_user (id),
    day      date not null,
    checks   bigint not null default 0,
    known    bigint not null default 0,
    primary key (user_id, day)
);
