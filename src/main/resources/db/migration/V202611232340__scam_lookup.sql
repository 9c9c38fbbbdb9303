-- Whether a member offers the public lookup of its numbers and accounts; without a row, it does.
create table scam_lookup_setting (
    member_code text primary key references member (code),
    enabled     boolean not null
);
