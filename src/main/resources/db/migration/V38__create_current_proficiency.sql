-- Current proficiency: one row per person and competency with their latest manager rating and latest
-- self rating (latest = rated_at, then id, as readers always ordered them), so that group views such as
-- the needs map look people's standing up by key instead of ranking every rating they ever had. The
-- rating history stays the record; this table is derived from it and kept by a trigger in the same
-- statement as every insert of ratings, whoever writes them (the assessment service, the demo loader,
-- bulk imports). Ratings are never updated or deleted, so inserts are all the trigger has to follow; the
-- rating ids carry no foreign key (they come from the inserted rows themselves, and bulk loads of
-- hundreds of thousands of ratings need not check them twice).
create table current_proficiency (
    employee_id       bigint      not null,
    competency_id     bigint      not null,
    manager_rating_id bigint,
    manager_level     integer,
    manager_rated_at  timestamptz,
    self_rating_id    bigint,
    self_level        integer,
    self_rated_at     timestamptz,
    level             integer     generated always as (coalesce(manager_level, self_level)) stored,
    constraint pk_current_proficiency primary key (employee_id, competency_id) include (level, manager_level),
    constraint fk_current_proficiency_employee foreign key (employee_id) references employee (id),
    constraint fk_current_proficiency_competency foreign key (competency_id) references competency (id),
    constraint ck_current_proficiency_rated check (manager_rating_id is not null or self_rating_id is not null)
);

-- One statement per kind: the newest inserted rating of each pair replaces the stored one only when it
-- is newer (an older rating loaded late, e.g. history imported afterwards, leaves the current one alone).
create function keep_current_proficiency() returns trigger language plpgsql as $$
begin
    insert into current_proficiency as cp (employee_id, competency_id, manager_rating_id, manager_level,
                                           manager_rated_at)
    select distinct on (employee_id, competency_id) employee_id, competency_id, id, level, rated_at
      from inserted_ratings
     where rater_kind = 'MANAGER'
     order by employee_id, competency_id, rated_at desc, id desc
        on conflict (employee_id, competency_id) do update
       set manager_rating_id = excluded.manager_rating_id, manager_level = excluded.manager_level,
           manager_rated_at = excluded.manager_rated_at
     where cp.manager_rating_id is null
        or (excluded.manager_rated_at, excluded.manager_rating_id) > (cp.manager_rated_at, cp.manager_rating_id);

    insert into current_proficiency as cp (employee_id, competency_id, self_rating_id, self_level, self_rated_at)
    select distinct on (employee_id, competency_id) employee_id, competency_id, id, level, rated_at
      from inserted_ratings
     where rater_kind = 'SELF'
     order by employee_id, competency_id, rated_at desc, id desc
        on conflict (employee_id, competency_id) do update
       set self_rating_id = excluded.self_rating_id, self_level = excluded.self_level,
           self_rated_at = excluded.self_rated_at
     where cp.self_rating_id is null
        or (excluded.self_rated_at, excluded.self_rating_id) > (cp.self_rated_at, cp.self_rating_id);
    return null;
end
$$;

create trigger tr_competency_rating_current
    after insert on competency_rating
    referencing new table as inserted_ratings
    for each statement execute function keep_current_proficiency();

-- The ratings recorded so far.
insert into current_proficiency (employee_id, competency_id, manager_rating_id, manager_level, manager_rated_at,
                                 self_rating_id, self_level, self_rated_at)
select employee_id, competency_id,
       max(id) filter (where rater_kind = 'MANAGER'), max(level) filter (where rater_kind = 'MANAGER'),
       max(rated_at) filter (where rater_kind = 'MANAGER'),
       max(id) filter (where rater_kind = 'SELF'), max(level) filter (where rater_kind = 'SELF'),
       max(rated_at) filter (where rater_kind = 'SELF')
  from (select distinct on (employee_id, competency_id, rater_kind) employee_id, competency_id, rater_kind, id,
               level, rated_at
          from competency_rating
         order by employee_id, competency_id, rater_kind, rated_at desc, id desc) latest
 group by employee_id, competency_id
 order by employee_id, competency_id;
