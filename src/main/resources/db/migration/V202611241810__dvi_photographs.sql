-- Photographs of a body (pink form) or supplied for a missing person (yellow form): the original as received, with
-- its SHA-256 so that a copy can be shown to be the same, and a small preview for the file page.
create table dvi_photograph (
    id            uuid primary key,
    file_kind     text not null check (file_kind in ('PM', 'AM')),
    file_id       uuid not null,
    operation_id  uuid not null references dvi_operation (id),
    caption       text not null,
    content_type  text not null check (content_type in ('image/jpeg', 'image/png')),
    width         int not null check (width > 0),
    height        int not null check (height > 0),
    size_bytes    int not null check (size_bytes > 0),
    sha256        text not null,
    content       bytea not null,
    preview       bytea not null,
    uploaded_by   bigint not null references app_user (id),
    uploaded_at   timestamptz not null default now()
);
create index dvi_photograph_file on dvi_photograph (file_kind, file_id, uploaded_at);
