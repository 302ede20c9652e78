-- "Who to talk to" about a level (careerpath.explore.Contacts), as a function so that its plan is made
-- once per connection. The statement is a recursive union over a handful of tables; PostgreSQL kept
-- choosing a fresh plan for every call (about 2.5 ms of planning for 0.5 ms of work, on every level
-- page). Its parameters are ids and a limit, so one generic plan serves every call as well.
create function explorer_contacts(p_viewer bigint, p_family bigint, p_level bigint, p_next bigint, p_shown integer)
    returns table (id bigint, full_name varchar, job_title varchar, relation text, in_line boolean)
    language plpgsql stable
    set plan_cache_mode = force_generic_plan
as $$
#variable_conflict use_column
begin
    return query
    with recursive candidate as (
        (select m.id, m.full_name, t.name as job_title, 'YOUR_MANAGER' as relation, 0 as rank
           from employee me
           join employee m on m.id = me.manager_id and m.status <> 'INACTIVE'
           left join job_title t on t.id = m.job_title_id
          where me.id = p_viewer
            and exists (select 1 from level_job_title j
                          join career_level l on l.id = j.level_id
                          join career_path_version v on v.id = l.path_version_id and v.status = 'PUBLISHED'
                          join career_path p on p.id = v.path_id
                         where j.job_title_id = m.job_title_id and p.job_family_id = p_family))
        union all
        (select e.id, e.full_name, t.name, case when j.level_id = p_next then 'NEXT_LEVEL' else 'THIS_LEVEL' end,
                case when j.level_id = p_next then 1 else 2 end
           from level_job_title j
           cross join lateral (
               select x.id, x.full_name, x.job_title_id from employee x
                where x.job_title_id = j.job_title_id and x.status <> 'INACTIVE' and x.id <> p_viewer
                  and x.id is distinct from (select manager_id from employee where id = p_viewer)
                order by x.full_name, x.id limit p_shown) e
           left join job_title t on t.id = e.job_title_id
          where j.level_id in (p_level, p_next)
          order by case when j.level_id = p_next then 1 else 2 end, e.full_name, e.id
          limit p_shown)
    ),
    chain(candidate, manager_id, depth) as (
        select c.id, e.manager_id, 1 from candidate c join employee e on e.id = c.id
        union all
        select ch.candidate, e.manager_id, ch.depth + 1 from chain ch join employee e on e.id = ch.manager_id
         where ch.manager_id is not null and ch.depth < 64
    )
    select c.id, c.full_name, c.job_title, c.relation,
           exists (select 1 from chain ch where ch.candidate = c.id and ch.manager_id = p_viewer) as in_line
      from candidate c
     order by c.rank, c.full_name, c.id
;
end
$$;
