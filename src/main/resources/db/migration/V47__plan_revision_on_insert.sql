-- A new plan takes a revision too (V45 gave one on update only, and a new plan had 0): a set of plans
-- is then told apart by its count and its highest revision, whatever was added, changed or removed,
-- which the team view's stamp relies on (ADR 0016).
drop trigger take_plan_revision on development_plan;

create trigger take_plan_revision before insert or update on development_plan
    for each row execute function take_plan_revision();

update development_plan set revision = nextval('plan_revision_seq') where revision = 0;
