-- Requests to rebuild the search index: every node rebuilds its own once it sees a request newer than its last.
create table screening_reindex_request (
    id           bigserial primary key,
    requested_at timestamptz not null default now(),
    requested_by text not null
);
