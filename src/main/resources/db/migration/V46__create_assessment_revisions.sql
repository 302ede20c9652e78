-- Where people stand (ADR 0017): their ratings and their certifications, which the gap page, a level
-- page's "your gap" and the needs map show. Two numbers follow them, so that those pages can be kept
-- rendered until they change:
--
-- * a person's assessment revision, new with every change to their own ratings or certifications (the
--   pages about one person). The numbers come from one sequence, so none is given twice; a person
--   without a row has had no change since the row's table was created. Statement triggers with
--   transition tables take one number per person a statement touched, so a bulk load of ratings is one
--   upsert. The upsert locks the person's row until commit: two people rating the same person at once
--   wait for one another.
-- * the assessments generation (content_generation 'assessments'), raised at commit by any change to
--   anyone's ratings or certifications (the needs map, which counts a whole group), as the framework
--   and people generations are (V41, V43).
create table assessment_revision (
    employee_id bigint not null,
    revision    bigint not null,
    constraint pk_assessment_revision primary key (employee_id),
    constraint fk_assessment_revision_employee foreign key (employee_id) references employee (id)
);

create sequence assessment_revision_seq;

-- the rows the statement changed are in the transition table "changed", whatever the statement was
create function raise_assessment_revision() returns trigger language plpgsql as $$
begin
    insert into assessment_revision as r (employee_id, revision)
    select employee_id, nextval('assessment_revision_seq') from (select distinct employee_id from changed) c
        on conflict (employee_id) do update set revision = excluded.revision;
    return null;
end
$$;

insert into content_generation (name) values ('assessments');

do $$
declare
    assessment_table text;
begin
    foreach assessment_table in array array['competency_rating', 'employee_certification']
    loop
        execute format('create trigger %I after insert on %I referencing new table as changed '
                       'for each statement execute function raise_assessment_revision()',
                       'raise_assessment_revision_on_insert_' || assessment_table, assessment_table);
        execute format('create trigger %I after update on %I referencing new table as changed '
                       'for each statement execute function raise_assessment_revision()',
                       'raise_assessment_revision_on_update_' || assessment_table, assessment_table);
        execute format('create trigger %I after delete on %I referencing old table as changed '
                       'for each statement execute function raise_assessment_revision()',
                       'raise_assessment_revision_on_delete_' || assessment_table, assessment_table);
        execute format('create constraint trigger %I after insert or update or delete on %I '
                       'deferrable initially deferred for each row execute function raise_content_generation(%L)',
                       'raise_assessments_generation_' || assessment_table, assessment_table, 'assessments');
        execute format('create trigger %I after truncate on %I '
                       'for each statement execute function raise_content_generation(%L)',
                       'raise_assessments_generation_on_truncate_' || assessment_table, assessment_table,
                       'assessments');
    end loop;
end
$$;
