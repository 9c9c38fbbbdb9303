-- The last TOTP time step accepted for each user: a code is accepted once, so an observed code cannot be replayed.
alter table app_user add column totp_last_step bigint not null default 0;

-- Sign-in attempts per client address and minute. Kept in the database so that every node counts the same attempts.
create table login_attempt (
    client_address text not null,
    minute         timestamptz not null,
    attempts       int not null,
    primary key (client_address, minute)
);
