-- What an import of another module's kind needs to know besides its file (for transactions: the case and source).
alter table import_job add column parameters jsonb not null default '{}';
