-- The directory's search lists first the people whose name starts with the searched text (DirectorySearch).
-- The search text begins with the normalised name, and this index keeps it in plain byte order ("C"),
-- so that a prefix is a range of the index, read in order and only as far as the page shown, with the
-- status and department at hand for the directory's filters.
create index ix_employee_search_prefix on employee (search_text collate "C", id) include (status, department_id);
