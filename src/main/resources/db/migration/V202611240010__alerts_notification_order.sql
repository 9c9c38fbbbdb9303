-- The order notifications were written in, for those of the same instant (a clock that stands still, a batch).
alter table notification add column seq bigserial;
