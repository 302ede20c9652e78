package app.pathwise.people.importing;

import java.nio.charset.StandardCharsets;

/**
 * The downloadable templates: the header and a few example rows that pass the checks once the
 * departments they name exist. A manager and a parent appear after the rows that refer to them,
 * to show that this is allowed.
 */
final class ImportTemplates {

    private ImportTemplates() {
    }

    /** UTF-8 with a byte order mark, so Excel opens it with the right characters; CRLF line ends. */
    static byte[] csv(ImportKind kind) {
        String text = switch (kind) {
            case DEPARTMENTS -> """
                code,name,parent_code
                HQ,Head office,
                ENG-WEB,Web engineering,ENG
                ENG,Engineering,HQ
                """;
            case EMPLOYEES -> """
                employee_number,full_name,work_email,department_code,job_title_code,job_title_name,manager_number,\
                hire_date,status,end_date,preferred_language,gender,birth_year,location
                E1002,Trần Văn Minh,minh.tran@example.com,ENG-WEB,DEV,Software engineer,E1001,2023-09-15,ACTIVE,,\
                vi,,,Hồ Chí Minh
                E1001,Nguyễn Thị Lan,lan.nguyen@example.com,ENG,ENG-LEAD,Engineering lead,,2021-04-01,ACTIVE,,vi,\
                FEMALE,1985,Hà Nội
                E1003,王芳,fang.wang@example.com,ENG-WEB,DEV,Software engineer,E1001,2022-01-10,INACTIVE,2024-06-30,\
                zh-CN,,,
                """;
        };
        return ("\uFEFF" + text.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8);
    }
}
