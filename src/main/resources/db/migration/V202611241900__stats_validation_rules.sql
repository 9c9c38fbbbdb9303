-- The validation rules every submission is checked against, as data the Secretariat maintains (docs/STATS.md has
-- the language). VALUE is checked on every value, TOTAL on every indicator's total, PARTS on the sum of the parts of
-- every dimension of every indicator; a rule with a missing operand is not evaluated.
insert into stats_validation_rule (code, description, crime_area, left_side, operator, right_side, severity) values
    ('NO_NEGATIVE_VALUE', 'Counts and amounts cannot be negative', null,
     'VALUE', '>=', '0', 'BLOCKING'),
    ('CONVICTED_NOT_ABOVE_PROSECUTED', 'Persons convicted cannot outnumber persons prosecuted in the same period', null,
     'CONVICTED', '<=', 'PROSECUTED', 'BLOCKING'),
    ('PARTS_SUM_TO_TOTAL', 'When every part of a breakdown is given, the parts add up to the total', null,
     'PARTS', '=', 'TOTAL', 'BLOCKING'),
    ('YEAR_ON_YEAR_CHANGE', 'A change of more than 50% (and more than 10) from the same period a year earlier needs a comment in the note', null,
     'ABS(TOTAL - PREVIOUS_YEAR(TOTAL))', '<=', 'MAX(0.5 * PREVIOUS_YEAR(TOTAL), 10)', 'WARNING'),
    ('ABOVE_HISTORY', 'Far above the member''s history (more than the mean plus three standard deviations of the five years before) needs a comment in the note', null,
     'TOTAL', '<=', 'HISTORY_MEAN(TOTAL) + 3 * HISTORY_SD(TOTAL)', 'WARNING');

-- The to-do lists: submissions waiting for validation, a member's drafts and returned submissions.
create index stats_submission_status on stats_submission (status, member);
create index stats_submission_period on stats_submission (member, period);
