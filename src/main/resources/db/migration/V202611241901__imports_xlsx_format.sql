-- Imports read Excel workbooks (.xlsx) too: the statistics upload is the first kind that takes them.
alter table import_job drop constraint import_job_format_check;
alter table import_job add constraint import_job_format_check check (format in ('CSV', 'JSON', 'XLSX'));
