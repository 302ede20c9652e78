-- "Who to talk to" on a level page lists the first few people, by name, whose job title is tied to
-- the level or the next one. Ordering every holder of a common title by name meant reading the whole
-- employee table (50,000 people: 6-40 ms per level page, by load); on this index the page reads the first
-- few names of each title (an index-only scan, ~0.3-0.5 ms), however many people hold it.
create index ix_employee_job_title_name on employee (job_title_id, full_name, id) where status <> 'INACTIVE';
