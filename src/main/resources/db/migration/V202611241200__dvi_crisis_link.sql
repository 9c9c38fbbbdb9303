-- A DVI operation opened from a crisis names it (dvi_operation.crisis_id); the crisis board finds its operations
-- through that, so the crisis's own placeholder for one operation goes.
alter table crisis drop column dvi_operation_id;
create index dvi_operation_crisis on dvi_operation (crisis_id) where crisis_id is not null;
