-- Reporting lines, kept ready for reading. Counting a manager's whole line by walking down the
-- tree costs one index lookup per person in it (a line of 14,000 people: ~35 ms on every view of
-- the manager's page); here it is one row.
--
-- reporting_line holds one row for each manager and each person in their line, direct or
-- indirect, with the number of levels between them. Like the walk it replaces, a line is cut by
-- people who have left: someone who left is in no one's line, and neither are the people who
-- still report to them (they come back when the line is mended or the person returns).
-- reporting_line_size holds how many people that is, per manager.
--
-- Both are kept by the triggers below, in the transaction of whatever writes an employee (the
-- form, the CSV import, demo seeding, test fixtures): when people are added, or someone's manager
-- changes or they leave or return, the lines of everyone below them are rebuilt, and the size of
-- each manager concerned moves by the pairs removed and added.
create table reporting_line (
    manager_id  bigint  not null,
    employee_id bigint  not null,
    depth       integer not null,
    constraint pk_reporting_line primary key (manager_id, employee_id),
    constraint ck_reporting_line_depth check (depth >= 1)
);
create index ix_reporting_line_employee on reporting_line (employee_id);

create table reporting_line_size (
    manager_id bigint  not null,
    size       integer not null,
    constraint pk_reporting_line_size primary key (manager_id),
    constraint ck_reporting_line_size check (size >= 0)
);

-- The given people and everyone below them, each with the nearest of the given people over them (or
-- themselves) and how many levels down from that person they are.
create function reporting_line_below(changed bigint[])
    returns table (changed_id bigint, employee_id bigint, distance integer) language sql stable as $$
    select distinct on (employee_id) changed_id, employee_id, distance from (
        select c.id as changed_id, c.id as employee_id, 0 as distance from unnest(changed) as c(id)
        union all
        select r.manager_id, r.employee_id, r.depth
          from unnest(changed) as c(id) join reporting_line r on r.manager_id = c.id
    ) candidates
    order by employee_id, distance
$$;

-- Rebuilds the lines of the given people and of everyone below them. A person's line above the
-- nearest changed person over them (or themselves, if they changed) is all that can differ: the
-- pairs above that point are dropped and made again from that person's new line, found by
-- walking up the employee table. The pairs below it still stand.
create function reporting_line_rebuild(changed bigint[]) returns void language plpgsql as $$
begin
    if coalesce(cardinality(changed), 0) = 0 then
        return;
    end if;
    -- One rebuild at a time: each reads the lines above the people it rebuilds, which a
    -- concurrent change could be moving. Under read committed each statement below takes a
    -- fresh snapshot, so it sees the rebuilds that committed while this one waited.
    perform pg_advisory_xact_lock(hashtext('reporting_line'));

    with below as (
        select * from reporting_line_below(changed)
    ),
    removed as (
        delete from reporting_line r using below b
         where r.employee_id = b.employee_id and r.depth > b.distance
        returning r.manager_id
    ),
    counted as (
        select manager_id, count(*) as pairs from removed group by manager_id
    )
    update reporting_line_size s set size = s.size - c.pairs from counted c where s.manager_id = c.manager_id;

    -- The new line above each changed person who has not left, up to the first manager who has
    -- left or to the top.
    with recursive up(changed_id, manager_id, depth, manager_stayed) as (
        select e.id, e.manager_id, 1, m.status <> 'INACTIVE'
          from unnest(changed) as c(id) join employee e on e.id = c.id join employee m on m.id = e.manager_id
         where e.status <> 'INACTIVE'
        union all
        select u.changed_id, m.manager_id, u.depth + 1, a.status <> 'INACTIVE'
          from up u join employee m on m.id = u.manager_id join employee a on a.id = m.manager_id
         where u.manager_stayed and u.depth < 64
    ),
    below as (
        select * from reporting_line_below(changed)
    ),
    added as (
        insert into reporting_line (manager_id, employee_id, depth)
        select u.manager_id, b.employee_id, b.distance + u.depth from below b join up u on u.changed_id = b.changed_id
        returning manager_id
    )
    insert into reporting_line_size as s (manager_id, size)
    select manager_id, count(*) from added group by manager_id
    on conflict (manager_id) do update set size = s.size + excluded.size;
end $$;

create function reporting_line_after_insert() returns trigger language plpgsql as $$
begin
    perform reporting_line_rebuild(array(select id from inserted));
    return null;
end $$;

create function reporting_line_after_update() returns trigger language plpgsql as $$
begin
    perform reporting_line_rebuild(array(
        select n.id from after_update n join before_update o on o.id = n.id
         where n.manager_id is distinct from o.manager_id
            or (n.status = 'INACTIVE') <> (o.status = 'INACTIVE')));
    return null;
end $$;

create function reporting_line_after_delete() returns trigger language plpgsql as $$
begin
    perform pg_advisory_xact_lock(hashtext('reporting_line'));
    delete from reporting_line_size s using deleted d where s.manager_id = d.id;
    delete from reporting_line r using deleted d where r.manager_id = d.id;
    with removed as (
        delete from reporting_line r using deleted d where r.employee_id = d.id returning r.manager_id
    ),
    counted as (
        select manager_id, count(*) as pairs from removed group by manager_id
    )
    update reporting_line_size s set size = s.size - c.pairs from counted c where s.manager_id = c.manager_id;
    return null;
end $$;

create function reporting_line_after_truncate() returns trigger language plpgsql as $$
begin
    truncate reporting_line, reporting_line_size;
    return null;
end $$;

create trigger tg_employee_reporting_line_insert after insert on employee
    referencing new table as inserted
    for each statement execute function reporting_line_after_insert();
create trigger tg_employee_reporting_line_update after update on employee
    referencing old table as before_update new table as after_update
    for each statement execute function reporting_line_after_update();
create trigger tg_employee_reporting_line_delete after delete on employee
    referencing old table as deleted
    for each statement execute function reporting_line_after_delete();
create trigger tg_employee_reporting_line_truncate after truncate on employee
    for each statement execute function reporting_line_after_truncate();

select reporting_line_rebuild(array(select id from employee));

-- The directory lists people by name, filtered by a search text, a department and a status. Walking
-- the name index and reading the table for each person to filter them read ~17,000 rows before the
-- first "nguyen" (50,000 people: ~17 ms); with the filtered columns in the index the walk does not
-- read the table (~4 ms). The index keeps its key, so it still serves every other order by name.
drop index ix_employee_full_name;
create index ix_employee_full_name on employee (full_name, id) include (status, department_id, search_text);

analyze reporting_line, reporting_line_size;
