-- A plan's revision (ADR 0016): a number that changes with every change to the plan or to anything its
-- page shows of it (goals, gaps, actions, the workflow's events, check-ins, comments, reports, the
-- yearly review), so that the plan page can be kept rendered until it changes. Unlike the people and
-- framework generations (V41, V43) it is one number per plan: plans change all day, each by its own
-- people, and a change to one plan must not drop the pages kept for all the others.
--
-- The numbers come from one sequence, so a revision is never given twice, not even to another plan.
-- The plan row takes a new one in its own update; a change to a plan's rows takes one for the plans it
-- touched, once per statement (a transition table holds the rows), so that a bulk insert is one update.
-- The update locks the plan's row until commit: two people changing the same plan at once wait for one
-- another, which they do anyway when either saves the plan itself.
alter table development_plan add column revision bigint not null default 0;

create sequence plan_revision_seq;

create function take_plan_revision() returns trigger language plpgsql as $$
begin
    new.revision := nextval('plan_revision_seq');
    return new;
end
$$;

create trigger take_plan_revision before update on development_plan
    for each row execute function take_plan_revision();

-- the rows the statement changed are in the transition table "changed", whatever the statement was
create function raise_plan_revision() returns trigger language plpgsql as $$
begin
    update development_plan set revision = nextval('plan_revision_seq')
     where id in (select plan_id from changed);
    return null;
end
$$;

do $$
declare
    plan_table text;
begin
    foreach plan_table in array array['career_goal', 'plan_gap', 'development_action', 'plan_event', 'check_in',
                                      'plan_comment', 'progress_report', 'career_review']
    loop
        execute format('create trigger %I after insert on %I referencing new table as changed '
                       'for each statement execute function raise_plan_revision()',
                       'raise_plan_revision_on_insert_' || plan_table, plan_table);
        execute format('create trigger %I after update on %I referencing new table as changed '
                       'for each statement execute function raise_plan_revision()',
                       'raise_plan_revision_on_update_' || plan_table, plan_table);
        execute format('create trigger %I after delete on %I referencing old table as changed '
                       'for each statement execute function raise_plan_revision()',
                       'raise_plan_revision_on_delete_' || plan_table, plan_table);
    end loop;
end
$$;
