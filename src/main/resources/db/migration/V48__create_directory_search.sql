-- Who is on a page of the directory (DirectorySearch), in one call: how many match (counted up to count_cap
-- and one more, so the page can say "more than"), and the ids on the page in order, each with its place in
-- the list. When the page lists nobody, one row with the total and no id.
--
-- Browsing (search_from is null) lists people by name. A search lists first the people whose search text
-- starts with the text (a range of the prefix index, V44, from search_from up to search_to), in that text's
-- order, then everyone else whose search text contains it (containing, a LIKE pattern), by name.
--
-- Planning the search's statements afresh for each text cost more than running them (about 2 ms of the
-- database's time per search against under 1 ms). The statements of the "starts with" group are the same
-- plan for any text, a range of the prefix index read in order as far as needed, so this function plans
-- them once per connection (force_generic_plan). The statements whose best plan depends on the text (the
-- "contains" group: walking the name index, or the trigram index then sorting) and on the filters
-- (browsing) are planned for each call, and run only when the page needs them.
create function directory_search(search_from text, search_to text, containing text, department bigint,
                                 only_status text, include_inactive boolean,
                                 page_offset bigint, page_size integer, count_cap bigint)
    returns table (total bigint, ordinal bigint, id bigint)
    language plpgsql stable
    set plan_cache_mode = force_generic_plan
as $$
#variable_conflict use_column
declare
    filters text := concat_ws(' and ', 'true',
        case when department is not null then format('e.department_id = %s', department) end,
        case when only_status is not null then format('e.status = %L', only_status)
             when not include_inactive then 'e.status <> ''INACTIVE''' end);
    starting bigint := 0;
    elsewhere bigint := 0;
    listed bigint := 0;
begin
    if search_from is null then
        execute format('select count(*) from (select 1 from employee e where %s limit %s) s', filters, count_cap + 1)
            into total;
        return query execute format(
            'select %s::bigint, %s + row_number() over (order by p.full_name, p.id), p.id
               from (select e.id, e.full_name from employee e where %s
                      order by e.full_name, e.id limit %s offset %s) p',
            total, page_offset, filters, page_size, page_offset);
        get diagnostics listed = row_count;
    else
        select count(*) into starting from (
            select 1 from employee e
             where e.search_text collate "C" >= search_from and e.search_text collate "C" < search_to
               and (department is null or e.department_id = department)
               and case when only_status is not null then e.status = only_status
                        else include_inactive or e.status <> 'INACTIVE' end
             limit count_cap + 1) s;
        -- past the cap, the page lies within the first group (the cap is at least the rows up to the page)
        if starting <= count_cap then
            execute format(
                'select count(*) from (select 1 from employee e where e.search_text like %L
                   and not (e.search_text collate "C" >= %L and e.search_text collate "C" < %L) and %s limit %s) s',
                containing, search_from, search_to, filters, count_cap + 1 - starting) into elsewhere;
        end if;
        total := starting + elsewhere;
        if page_offset < starting then
            return query
            select total, page_offset + row_number() over (order by p.sort_key, p.id), p.id
              from (select e.id, e.search_text collate "C" as sort_key from employee e
                     where e.search_text collate "C" >= search_from and e.search_text collate "C" < search_to
                       and (department is null or e.department_id = department)
                       and case when only_status is not null then e.status = only_status
                                else include_inactive or e.status <> 'INACTIVE' end
                     order by e.search_text collate "C", e.id limit page_size offset page_offset) p;
            get diagnostics listed = row_count;
        end if;
        if listed < page_size and elsewhere > 0 then
            return query execute format(
                'select %s::bigint, %s + row_number() over (order by p.full_name, p.id), p.id
                   from (select e.id, e.full_name from employee e where e.search_text like %L
                           and not (e.search_text collate "C" >= %L and e.search_text collate "C" < %L) and %s
                          order by e.full_name, e.id limit %s offset %s) p',
                total, greatest(page_offset, starting), containing, search_from, search_to, filters,
                page_size - listed, greatest(0, page_offset - starting));
            get diagnostics elsewhere = row_count;
            listed := listed + elsewhere;
        end if;
    end if;
    if listed = 0 then
        ordinal := null;
        id := null;
        return next;
    end if;
end $$;
