package app.pathwise.demo;

/**
 * The set-based statements that give the demo company its development plans (see {@link DemoPlans}).
 * Named parameters: {@code :today}, {@code :midnight} (today's start in the application's zone, from
 * which times are counted), {@code :bench} (three plans for everyone, else one for about every second
 * person) and {@code :special} (the people {@link DemoPlans} writes by hand). Pseudo-random choices come
 * from a multiplicative hash of the employee id and the plan's slot, so the same company always gets
 * the same plans. The temporary tables live until the seeding transaction ends.
 */
final class DemoPlanSql {

    private DemoPlanSql() {
    }

    /**
     * Everyone but the hand-written people, with the slots of their plans: the last plan (open for
     * staff, closed for leavers) and before it up to two of equal length filling their time here.
     */
    static final String SLOTS = """
        create temp table demo_plan on commit drop as
        with people as (
            select e.id as employee_id, e.manager_id, e.hire_date, e.status as employment,
                   case when e.status = 'INACTIVE' then least(coalesce(e.end_date, :today), :today) else :today end as until,
                   ((e.id * 2654435761) % 2147483629)::int as h
              from employee e
             where e.id not in (:special)
        ), last_plan as (
            select p.*,
                   case when p.employment = 'INACTIVE' then 'CLOSED'
                        when not :bench and (p.h / 100) % 100 < 20 and p.hire_date < :today - 450 then 'COMPLETED'
                        when p.h % 100 < 10 then 'DRAFT'
                        when p.h % 100 < 20 then 'SUBMITTED'
                        when p.h % 100 < 25 then 'CHANGES_REQUESTED'
                        else 'ACTIVE' end as status
              from people p
             where :bench or (p.h / 10000) % 100 < 50 and p.employment <> 'INACTIVE'
        ), last_start as (
            select l.*,
                   greatest(l.hire_date + (l.until - l.hire_date) * 2 / 3,
                            l.until - case l.status when 'ACTIVE' then 30 + (l.h / 1000) % 300
                                                    when 'COMPLETED' then 400 + (l.h / 1000) % 200
                                                    when 'CLOSED' then 120 + (l.h / 1000) % 200
                                                    else 3 + (l.h / 1000) % 25 end) as starts_on
              from last_plan l
        ), slots as (
            -- the last plan, and before it up to two earlier ones of equal length filling the time since hire
            select s.employee_id, s.manager_id, s.hire_date, s.until, s.h, 3 as slot, s.status, s.starts_on,
                   case when s.status = 'COMPLETED' then greatest(s.starts_on + 30, least(s.starts_on + 365, s.until - 20))
                        when s.status = 'CLOSED' then greatest(s.until, s.starts_on + 1) + 200
                        when (s.h / 7) % 10 < 3 then s.starts_on + 730
                        else s.starts_on + 365 end as ends_on
              from last_start s
            union all
            select s.employee_id, s.manager_id, s.hire_date, s.until, s.h, k.slot,
                   case when (s.h / 13 + k.slot) % 7 = 0 then 'CLOSED' else 'COMPLETED' end,
                   s.starts_on - (3 - k.slot) * least(365, (s.starts_on - s.hire_date) / 2),
                   s.starts_on - (2 - k.slot) * least(365, (s.starts_on - s.hire_date) / 2) - 1
              from last_start s cross join (values (1), (2)) k(slot)
             where (s.starts_on - s.hire_date) / 2 >= 30
               and (:bench or k.slot = 2 and (s.h / 100000) % 100 < 40)
        ),
        numbered as (
            select (select coalesce(max(id), 0) from development_plan) + row_number() over (order by s.employee_id, s.slot)
                       as id,
                   s.*, (((s.employee_id * 31 + s.slot) * 2654435761) % 2147483629)::int as ph
              from slots s
        ), timeline as (
            select n.*, lag(n.id) over (partition by n.employee_id order by n.slot) as previous_id,
                   least(:today, greatest(n.hire_date, n.starts_on - 6)) as created_on,
                   case when n.status <> 'DRAFT' then least(:today, greatest(n.hire_date, n.starts_on - 4)) end
                       as submitted_on,
                   case when n.status not in ('DRAFT', 'SUBMITTED') then least(:today, greatest(n.hire_date, n.starts_on - 2)) end
                       as decided_on,
                   case when n.status = 'COMPLETED' then least(:today, n.ends_on)
                        when n.status = 'CLOSED' and n.slot = 3 then least(:today, n.until)
                        when n.status = 'CLOSED' then n.starts_on + (n.ends_on - n.starts_on) * 2 / 3 end as finished_on,
                   case when n.ph % 100 < 15 then 'BIWEEKLY' when n.ph % 100 < 75 then 'MONTHLY' else 'QUARTERLY' end
                       as frequency,
                   case when n.ph % 100 < 15 then 14 when n.ph % 100 < 75 then 30 else 91 end as step,
                   case when n.ph % 7 < 5 then 'MEETING' else 'WRITTEN' end as mode,
                   case when :bench then 5 else 4 + n.ph % 3 end as actions
              from numbered n
        ), rhythm as (
            -- check-ins held so far (the last one due missed for some) and the next one due
            select t.*, case when t.status = 'ACTIVE' then greatest(0,
                             case when t.decided_on + 14 > :today then 0 else (:today - t.decided_on - 14 + t.step - 1) / t.step end
                             - case when t.ph % 100 between 40 and 51 then 1 else 0 end) end as held
              from timeline t
        )
        select r.*,
               case when r.status in ('ACTIVE', 'COMPLETED', 'CLOSED') then r.decided_on + 14 end as first_check_in_on,
               case when r.status = 'ACTIVE' then r.decided_on + 14 + r.held * r.step end as next_check_in_on,
               least(:today, case r.status
                   when 'ACTIVE' then greatest(r.decided_on, r.decided_on + 16 + (r.held - 1) * r.step, :today - (r.ph / 100) % 40)
                   when 'DRAFT' then greatest(r.created_on, :today - (r.ph / 100) % 10)
                   when 'SUBMITTED' then r.submitted_on
                   when 'CHANGES_REQUESTED' then r.decided_on
                   else r.finished_on end) as last_activity_on
          from rhythm r
        """;

    /** The level each job title holds on a published path, the next one up and the one after. */
    static final String LEVELS = """
        create temp table demo_level on commit drop as
        with title_level as (
            select distinct on (j.job_title_id) j.job_title_id, cl.id as level_id, cl.path_version_id, cl.position
              from level_job_title j
              join career_level cl on cl.id = j.level_id
              join career_path_version v on v.id = cl.path_version_id and v.status = 'PUBLISHED'
              join career_path cp on cp.id = v.path_id
              join job_family f on f.id = cp.job_family_id
             order by j.job_title_id, f.position, f.id, cp.position, cp.id, cl.position, cl.id
        )
        select t.job_title_id, t.level_id, n.id as next_level_id, n2.id as later_level_id, n.title_en as next_title
          from title_level t
          left join career_level n on n.path_version_id = t.path_version_id and n.position = t.position + 1
          left join career_level n2 on n2.path_version_id = t.path_version_id and n2.position = t.position + 2
        """;

    /** The plans, their rhythm and the dates of their workflow. */
    static final String PLANS = """
        insert into development_plan (id, version, employee_id, status, title, starts_on, ends_on, strengths,
                development_areas, current_level_id, rhythm_frequency, rhythm_mode, first_check_in_on, next_check_in_on,
                report_frequency, submitted_at, approved_at, approved_by, completed_at, closed_at, previous_plan_id,
                created_at, last_activity_at)
        select p.id, 0, p.employee_id, p.status,
               case when p.slot = 3 and l.next_title is not null and p.ph % 3 = 0 then 'Towards ' || l.next_title
                    else (array['Development plan ', 'Growth plan ', 'Career plan '])[1 + p.ph % 3]
                         || extract(year from p.starts_on) || case when p.ends_on - p.starts_on > 400
                         then '–' || extract(year from p.ends_on) else '' end end,
               p.starts_on, p.ends_on,
               (array['Reliable delivery and a calm voice when things go wrong.',
                      'Strong on detail; colleagues come for reviews and advice.',
                      'Builds good relationships with customers and other teams.',
                      'Learns new tools quickly and shares what works.'])[1 + (p.ph / 3) % 4],
               (array['Plan work further ahead and say no to scope creep earlier.',
                      'Present ideas to a wider audience with more confidence.',
                      'Take the lead on larger pieces of work from start to end.',
                      'Coach newer colleagues rather than doing the work for them.'])[1 + (p.ph / 5) % 4],
               case when p.slot = 3 then l.level_id end,
               case when p.first_check_in_on is not null then p.frequency end,
               case when p.first_check_in_on is not null then p.mode end,
               p.first_check_in_on, p.next_check_in_on,
               case when p.first_check_in_on is not null then (array['MONTHLY', 'QUARTERLY', null])[1 + (p.ph / 7) % 3] end,
               :midnight + (p.submitted_on - :today) * interval '24 hours' + interval '10:00',
               case when p.first_check_in_on is not null then :midnight + (p.decided_on - :today) * interval '24 hours' + interval '11:00' end,
               case when p.first_check_in_on is not null then p.manager_id end,
               case when p.status = 'COMPLETED' then :midnight + (p.finished_on - :today) * interval '24 hours' + interval '16:00' end,
               case when p.status = 'CLOSED' then :midnight + (p.finished_on - :today) * interval '24 hours' + interval '16:00' end,
               p.previous_id,
               :midnight + (p.created_on - :today) * interval '24 hours' + interval '09:30',
               :midnight + (p.last_activity_on - :today) * interval '24 hours' + interval '15:00'
          from demo_plan p
          join employee e on e.id = p.employee_id
          left join demo_level l on l.job_title_id = e.job_title_id
        """;

    /** Goals: the next level in the short term, the one after it (or a wish) in the long term. */
    static final String GOALS = """
        insert into career_goal (plan_id, horizon, target_level_id, target_text, why, status, reached_on, what_helped,
                what_to_keep, position)
        select p.id, 'SHORT', case when p.slot = 3 then l.next_level_id end,
               case when p.slot <> 3 or l.next_level_id is null then
                   (array['Own a larger area of the product end to end', 'Become the go-to person for quality in the team',
                          'Lead a cross-team initiative', 'Grow into a mentoring role'])[1 + (p.ph / 11) % 4] end,
               (array['I want more responsibility and to see the whole picture.',
                      'The team needs this, and it is what I enjoy most.',
                      'It is the next step on my career path.'])[1 + (p.ph / 17) % 3],
               case when p.status = 'COMPLETED' and p.ph % 10 < 6 then 'REACHED'
                    when p.status = 'CLOSED' then 'DROPPED' else 'OPEN' end,
               case when p.status = 'COMPLETED' and p.ph % 10 < 6 then greatest(p.starts_on, p.finished_on - (p.ph % 20)::int) end,
               case when p.status = 'COMPLETED' and p.ph % 10 < 6 then
                   'Regular feedback from my manager and a mentor outside the team.' end,
               case when p.status = 'COMPLETED' and p.ph % 10 < 6 then
                   'Keep the monthly check-ins and write down what I learn each week.' end,
               0
          from demo_plan p
          join employee e on e.id = p.employee_id
          left join demo_level l on l.job_title_id = e.job_title_id
        union all
        select p.id, 'LONG', l.later_level_id,
               case when l.later_level_id is null then
                   (array['Lead a team of my own', 'Become a recognised expert in my field',
                          'Move into a role closer to customers'])[1 + (p.ph / 29) % 3] end,
               'Where I would like to be in three to five years.', 'OPEN', null, null, null, 1
          from demo_plan p
          join employee e on e.id = p.employee_id
          left join demo_level l on l.job_title_id = e.job_title_id
         where p.slot = 3 and p.status <> 'CLOSED'
        """;

    /** Gaps of the last plans: the next level's requirements the person does not meet yet, biggest first. */
    static final String GAPS = """
        create temp table demo_gap on commit drop as
        with proficiency as (
            select distinct on (r.employee_id, r.competency_id) r.employee_id, r.competency_id, r.level
              from competency_rating r
             where r.employee_id in (select employee_id from demo_plan where slot = 3)
             order by r.employee_id, r.competency_id, (r.rater_kind = 'MANAGER') desc, r.rated_at desc
        ), wanted as (
            select p.id as plan_id, lc.competency_id, coalesce(l.next_level_id, l.level_id) as level_id,
                   lc.required_level, f.level as current_level,
                   row_number() over (partition by p.id
                                      order by lc.required_level - coalesce(f.level, 0) desc, lc.competency_id) as rank
              from demo_plan p
              join employee e on e.id = p.employee_id
              join demo_level l on l.job_title_id = e.job_title_id
              join level_competency lc on lc.level_id = coalesce(l.next_level_id, l.level_id)
              left join proficiency f on f.employee_id = p.employee_id and f.competency_id = lc.competency_id
             where p.slot = 3 and lc.required_level > coalesce(f.level, 0)
        )
        select (select coalesce(max(id), 0) from plan_gap) + row_number() over (order by w.plan_id, w.rank) as id, w.*
          from wanted w
         where w.rank <= case when :bench then 2 else 3 end
        """;

    static final String GAP_ROWS = """
        insert into plan_gap (id, plan_id, competency_id, level_id, required_level, current_level, note)
        select g.id, g.plan_id, g.competency_id, g.level_id, g.required_level, g.current_level,
               case when g.rank = 1 then 'The biggest gap for the next level; agreed with my manager.' end
          from demo_gap g
        """;

    /** Actions of every kind, spread over the plan's period; done, overdue or ahead as the dates say. */
    static final String ACTIONS = """
        insert into development_action (id, plan_id, gap_id, kind, title, due_on, status, evidence_text, evidence_url,
                completion_note, completed_on, created_at, updated_at)
        select a.id, a.plan_id, a.gap_id, a.kind,
               case a.kind
                   when 'COURSE' then (array['Course: System design fundamentals', 'Course: Presenting with impact',
                       'Course: Data analysis with SQL', 'Course: Negotiation essentials',
                       'Course: Giving and receiving feedback'])[1 + a.pick % 5]
                   when 'MENTORING' then (array['Monthly mentoring with a senior colleague',
                       'Mentor a new joiner through onboarding', 'Shadow a principal in design reviews',
                       'Reverse mentoring on new tools'])[1 + a.pick % 4]
                   when 'STRETCH_ASSIGNMENT' then (array['Lead the next quarterly release',
                       'Run the customer workshop series', 'Own the incident reviews for a quarter',
                       'Drive the migration of a legacy service'])[1 + a.pick % 4]
                   when 'JOB_ROTATION' then (array['Three-month rotation in the platform team',
                       'Rotation with customer success', 'Six weeks with the product team'])[1 + a.pick % 3]
                   when 'SELF_STUDY' then (array['Read "The Manager''s Path" and share notes with the team',
                       'Online course on cloud architecture', 'Practise public speaking at the internal meetup',
                       'Study the domain knowledge the next level asks for'])[1 + a.pick % 4]
                   else (array['AWS Solutions Architect – Associate', 'Professional Scrum Master I',
                       'ISTQB Foundation Level', 'PMP preparation and exam'])[1 + a.pick % 4] end,
               a.due_on, a.status,
               case when a.status = 'DONE' then case a.kind
                   when 'COURSE' then 'Completed the course with the final assignment; notes shared in the team wiki.'
                   when 'MENTORING' then 'Six sessions held; what I took away is in my notes.'
                   when 'STRETCH_ASSIGNMENT' then 'Delivered on time; the retrospective is linked from the project page.'
                   when 'JOB_ROTATION' then 'Rotation finished; the host team''s feedback is attached.'
                   when 'SELF_STUDY' then 'Summary presented at the team''s knowledge sharing session.'
                   else 'Passed the exam; the certificate is in my profile.' end end,
               case when a.status = 'DONE' and a.kind in ('COURSE', 'CERTIFICATION')
                    then 'https://learning.example.com/records/' || a.id end,
               case when a.status = 'DONE' and a.n = 2 then 'Took longer than planned, but worth it.' end,
               a.completed_on,
               :midnight + (a.created_on - :today) * interval '24 hours' + interval '09:00',
               :midnight + (coalesce(a.completed_on, a.created_on) - :today) * interval '24 hours' + interval '17:00'
          from (
            select d.*, case when d.status = 'DONE' then greatest(d.starts_on, least(d.due_on - (d.ph + d.n) % 12, :today))
                        end as completed_on
              from (
                select c.*,
                       case
                           when c.plan_status = 'COMPLETED' then case when (c.ph + c.n) % 9 = 0 then 'CANCELLED' else 'DONE' end
                           when c.plan_status = 'CLOSED' then
                               case when c.due_on < c.finished_on and (c.ph + c.n) % 10 < 7 then 'DONE' else 'CANCELLED' end
                           when c.plan_status <> 'ACTIVE' then 'PLANNED'
                           when c.due_on >= :today + 60 then 'PLANNED'
                           when c.due_on >= :today then 'IN_PROGRESS'
                           when (c.ph / 13 + c.n) % 4 <> 0 then 'DONE'
                           when c.n % 2 = 0 then 'IN_PROGRESS'
                           else 'PLANNED' end as status
                  from (
                    select (select coalesce(max(id), 0) from development_action)
                               + row_number() over (order by p.id, n.n) as id,
                           p.id as plan_id, p.ph, p.status as plan_status, p.starts_on, p.finished_on, p.created_on,
                           g.id as gap_id, n.n, p.ph / 23 + n.n as pick,
                           (array['COURSE', 'MENTORING', 'STRETCH_ASSIGNMENT', 'SELF_STUDY', 'COURSE', 'MENTORING',
                                  'CERTIFICATION', 'STRETCH_ASSIGNMENT', 'JOB_ROTATION', 'SELF_STUDY'])[1 + (p.ph / 19 + n.n * 3) % 10]
                               as kind,
                           p.starts_on + (p.ends_on - p.starts_on) * n.n / (p.actions + 1) as due_on
                      from demo_plan p
                      cross join lateral generate_series(1, p.actions) n(n)
                      left join demo_gap g on g.plan_id = p.id and g.rank = n.n
                  ) c
              ) d
          ) a
        """;

    /** The workflow's history, as the plan's dates tell it. */
    static final String EVENTS = """
        insert into plan_event (id, plan_id, kind, actor_id, acting_for, comment, occurred_at)
        select (select coalesce(max(id), 0) from plan_event) + row_number() over (), u.*
          from (
        select p.id, 'CREATED', p.employee_id, false, null, :midnight + (p.created_on - :today) * interval '24 hours' + interval '09:00'
          from demo_plan p
        union all
        select p.id, 'SUBMITTED', p.employee_id, false, null, :midnight + (p.submitted_on - :today) * interval '24 hours' + interval '10:00'
          from demo_plan p where p.submitted_on is not null
        union all
        select p.id, 'CHANGES_REQUESTED', p.manager_id, p.manager_id is null,
               (array['Good start. Please make the actions more specific and give each a date we can check on.',
                      'Let''s link each action to one of the gaps, and add something you can do on the job.'])[1 + p.ph % 2],
               :midnight + (p.decided_on - :today) * interval '24 hours' + interval '11:00'
          from demo_plan p where p.status = 'CHANGES_REQUESTED'
        union all
        select p.id, 'APPROVED', p.manager_id, p.manager_id is null,
               case when p.ph % 3 = 0 then 'Looks good, approved. Let''s keep the check-ins short and regular.' end,
               :midnight + (p.decided_on - :today) * interval '24 hours' + interval '11:00'
          from demo_plan p where p.first_check_in_on is not null
        union all
        select p.id, p.status, p.manager_id, p.manager_id is null,
               case when p.status = 'COMPLETED' then 'Well done: the plan is complete. Time for the yearly review.'
                    when p.slot = 3 then 'Closed when the employee left the company.'
                    else 'Closed early: replaced by a new plan after a change of role.' end,
               :midnight + (p.finished_on - :today) * interval '24 hours' + interval '16:00'
          from demo_plan p where p.status in ('COMPLETED', 'CLOSED')
          ) u
        """;

    /** Check-ins held on the rhythm: the last two of each active plan. */
    static final String CHECK_INS = """
        insert into check_in (plan_id, due_on, held_on, mode, progress_summary, obstacles, support_needed, next_steps,
                manager_feedback, recorded_by, created_at, updated_at)
        select p.id, d.due_on, least(:today, d.due_on + (p.ph + j.j) % 3), p.mode,
               (array['Good progress on the course; first module done and applied in the sprint.',
                      'The stretch assignment is on track; the plan for the release is agreed.',
                      'Slower month because of the release; the mentoring sessions continue.',
                      'Finished one action early and started the next.'])[1 + (p.ph + j.j) % 4],
               case when (p.ph + j.j) % 3 = 0 then 'Little time for learning during the release weeks.' end,
               case when (p.ph + j.j) % 4 = 0 then 'Two hours a week protected for the course.' end,
               'Keep going with the current actions; review the due dates next time.',
               case when (p.ph + j.j) % 2 = 0 then 'Good to see the progress. Ask me if you need time blocked for it.' end,
               coalesce(p.manager_id, p.employee_id),
               :midnight + (least(:today, d.due_on + (p.ph + j.j) % 3) - :today) * interval '24 hours' + interval '15:00',
               :midnight + (least(:today, d.due_on + (p.ph + j.j) % 3) - :today) * interval '24 hours' + interval '15:00'
          from demo_plan p
          cross join lateral generate_series(greatest(0, p.held - 2), p.held - 1) j(j)
          cross join lateral (select p.first_check_in_on + j.j * p.step as due_on) d
         where p.status = 'ACTIVE'
        """;

    /** The yearly review that ended each completed plan followed by another. */
    static final String REVIEWS = """
        insert into career_review (plan_id, held_on, outcome, readiness_before, readiness_after, summary, adjustments,
                recorded_by, created_at)
        select p.id, least(:today, greatest(p.finished_on, n.created_on - 1)),
               (array['ON_TRACK', 'ON_TRACK', 'PROMOTED', 'NEEDS_SUPPORT', 'MOVED', 'CHANGED_DIRECTION'])[1 + p.ph % 6],
               40 + (p.ph % 30)::int, 55 + (p.ph % 40)::int,
               'We went through the plan together: most actions are done and the goal is within reach.',
               'The next plan keeps the mentoring and adds a stretch assignment.',
               coalesce(p.manager_id, p.employee_id),
               :midnight + (least(:today, greatest(p.finished_on, n.created_on - 1)) - :today) * interval '24 hours' + interval '15:00'
          from demo_plan p
          join demo_plan n on n.previous_id = p.id
         where p.status = 'COMPLETED'
        """;
}
