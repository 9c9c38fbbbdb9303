-- Marks on the body (tattoos, scars, birthmarks, piercings, amputations, each with where it is) and personal effects
-- (with any engraving, serial or document number), compared as secondary evidence.
alter table dvi_pm_file add column marks jsonb not null default '[]';    -- [{"kind": "TATTOO", "region": "LEFT_ARM", "description": "dragon"}]
alter table dvi_am_file add column marks jsonb not null default '[]';
alter table dvi_pm_file add column effects jsonb not null default '[]';  -- [{"kind": "WATCH", "description": "...", "identifier": "..."}]
alter table dvi_am_file add column effects jsonb not null default '[]';
