-- The people generation (ADR 0014): raised by every transaction that changes what the people pages
-- show (employees, departments, job titles, job history), so that parts of the directory, the employee
-- page and the home page can be kept rendered until it changes, as the explorer's are (V41, ADR 0013).
-- The reporting lines follow the employees' managers and change only with them.
--
-- As for the framework, the counter is raised at commit by a deferred trigger: a reader that sees the
-- new number also sees the new rows, a transaction that rolls back raises nothing, and the counter's
-- row is locked only at the moment of commit, so that two HR users cannot deadlock on it. A truncate
-- fires no row trigger; a statement trigger raises the counter at once instead.
insert into content_generation (name) values ('people');

create function raise_content_generation() returns trigger language plpgsql as $$
declare
    mark constant text := 'pathwise.' || tg_argv[0] || '_changed';
begin
    if current_setting(mark, true) = 'on' then
        return null;
    end if;
    perform set_config(mark, 'on', true);
    update content_generation set generation = generation + 1 where name = tg_argv[0];
    return null;
end
$$;

do $$
declare
    people_table text;
begin
    foreach people_table in array array['employee', 'department', 'job_title', 'job_history']
    loop
        execute format('create constraint trigger %I after insert or update or delete on %I '
                       'deferrable initially deferred for each row execute function raise_content_generation(%L)',
                       'raise_people_generation_' || people_table, people_table, 'people');
        execute format('create trigger %I after truncate on %I '
                       'for each statement execute function raise_content_generation(%L)',
                       'raise_people_generation_on_truncate_' || people_table, people_table, 'people');
    end loop;
end
$$;
