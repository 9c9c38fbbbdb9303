-- What a job imports: records (the imports module's own), or the kind of another module's import handler.
alter table import_job add column kind text not null default 'RECORDS';
