-- Content generations: a counter per kind of read-mostly content, raised by every transaction that
-- changes that content, so that pages drawn from it can be kept rendered and reused until it changes
-- (ADR 0013). One kind so far: 'framework', everything the career path explorer shows.
--
-- The counter is raised when the changing transaction commits, not when it writes: a reader that sees
-- the new number also sees the new rows (it reads the number first, the rows after), and a reader that
-- still sees the old number may at worst keep newer content under an older number, which nobody asks
-- for again. Raising it at commit also means the counter's row is locked only for the moment of the
-- commit, after every other lock of the transaction is held, so two people editing the framework at
-- once cannot deadlock on it. PostgreSQL runs deferred triggers per row only; the first one of a
-- transaction raises the counter and marks the transaction, the others return at once.
create table content_generation (
    name       text   not null,
    generation bigint not null default 1,
    constraint pk_content_generation primary key (name)
);

insert into content_generation (name) values ('framework');

create function raise_framework_generation() returns trigger language plpgsql as $$
begin
    if current_setting('pathwise.framework_changed', true) = 'on' then
        return null;
    end if;
    perform set_config('pathwise.framework_changed', 'on', true);
    update content_generation set generation = generation + 1 where name = 'framework';
    return null;
end
$$;

do $$
declare
    framework_table text;
begin
    foreach framework_table in array array['proficiency_level', 'competency_group', 'competency',
        'competency_indicator', 'certification', 'job_family', 'career_path', 'career_path_version', 'career_level',
        'level_competency', 'level_certification', 'level_job_title', 'level_move']
    loop
        execute format('create constraint trigger %I after insert or update or delete on %I '
                       'deferrable initially deferred for each row execute function raise_framework_generation()',
                       'raise_framework_generation_' || framework_table, framework_table);
    end loop;
end
$$;
