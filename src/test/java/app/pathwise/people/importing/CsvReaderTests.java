package app.pathwise.people.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CsvReaderTests {

    private static CsvTable read(String text, ImportKind kind) {
        return CsvReader.read(text.getBytes(StandardCharsets.UTF_8), kind);
    }

    private static CsvTable departments(String text) {
        return read(text, ImportKind.DEPARTMENTS);
    }

    @Test
    void readsAHeaderInAnyCaseAndOrderAfterAByteOrderMark() {
        CsvTable table = departments("\uFEFFName, CODE ,Parent Code\r\nEngineering,ENG,\r\n\r\n\"Web, and apps\",WEB,ENG\r\n");

        assertThat(table.problems()).isEmpty();
        assertThat(table.columns()).containsExactly("name", "code", "parent_code");
        assertThat(table.rows()).hasSize(2);
        CsvRow web = table.rows().get(1);
        assertThat(web.number()).isEqualTo(4);
        assertThat(web.value("name")).isEqualTo("Web, and apps");
        assertThat(web.value("parent_code")).isEqualTo("ENG");
        assertThat(table.rows().get(0).value("parent_code")).isNull();
    }

    @Test
    void acceptsSemicolonsAsSpreadsheetsInSomeLocalesWriteThem() {
        CsvTable table = departments("code;name;parent_code\nENG;Engineering, Hà Nội;\n");

        assertThat(table.problems()).isEmpty();
        assertThat(table.rows().get(0).value("name")).isEqualTo("Engineering, Hà Nội");
    }

    @Test
    void refusesBytesThatAreNotUtf8AndSaysOnWhichLine() {
        byte[] latin1 = "code,name\nENG,Engineering\nHN,H\u00e0 N\u1ed9i\n".getBytes(StandardCharsets.UTF_8);
        byte[] content = "code,name\nENG,Engineering\nHN,H\u00e0 Noi\n".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(CsvReader.read(latin1, ImportKind.DEPARTMENTS).problems()).isEmpty();
        CsvTable table = CsvReader.read(content, ImportKind.DEPARTMENTS);
        assertThat(table.unusable()).isTrue();
        assertThat(table.problems()).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("people.import.error.encoding");
            assertThat(p.args()).containsExactly(3);
        });
    }

    @Test
    void refusesUtf16() {
        byte[] content = "code,name\nENG,Engineering\n".getBytes(StandardCharsets.UTF_16LE);

        assertThat(CsvReader.read(content, ImportKind.DEPARTMENTS).problems())
            .extracting(ImportProblem::key).containsExactly("people.import.error.encoding");
    }

    @Test
    void namesMissingAndUnknownColumnsForTheWholeFile() {
        CsvTable table = read("employee_number,full_name,email,hire_date,shoe_size\nE1,A,a@x.io,2020-01-01,42\n",
            ImportKind.EMPLOYEES);

        assertThat(table.unusable()).isTrue();
        assertThat(table.rows()).isEmpty();
        assertThat(table.problems()).extracting(ImportProblem::key)
            .containsExactly("people.import.error.missing-columns", "people.import.error.unknown-columns");
        assertThat(table.problems().get(0).args()).containsExactly("work_email");
        assertThat(table.problems().get(1).args()[0]).isEqualTo("email, shoe_size");
    }

    @Test
    void recognisesADepartmentsFileUploadedAsEmployees() {
        CsvTable table = read("code,name,parent_code\nENG,Engineering,\n", ImportKind.EMPLOYEES);

        assertThat(table.problems()).extracting(ImportProblem::key)
            .containsExactly("people.import.error.looks-like-departments");
    }

    @Test
    void refusesADuplicateColumn() {
        assertThat(departments("code,name,Code\nA,B,C\n").problems()).extracting(ImportProblem::key)
            .containsExactly("people.import.error.duplicate-column");
    }

    @Test
    void rejectsFormulaLookingCellsAndSignedNumbersWithTheirOwnMessage() {
        CsvTable table = read("""
            employee_number,full_name,work_email,hire_date,birth_year,location
            E1,=HYPERLINK("http://evil"),a@x.io,2020-01-01,-1985,@SUM(A1)
            E2,"\tTab",b@x.io,2020-01-01,+1990,+84 Hà Nội
            E3,  -minus,c@x.io,2020-01-01,1990,Đà Nẵng
            """, ImportKind.EMPLOYEES);

        assertThat(table.problems()).extracting(p -> p.row() + " " + p.column() + " " + p.key()).containsExactly(
            "2 full_name people.import.error.formula",
            "2 birth_year people.import.error.signed-number",
            "2 location people.import.error.formula",
            "3 full_name people.import.error.formula",
            "3 birth_year people.import.error.signed-number",
            "3 location people.import.error.formula",
            "4 full_name people.import.error.formula");
        CsvRow first = table.rows().get(0);
        assertThat(first.isRejected("full_name")).isTrue();
        assertThat(first.value("full_name")).isNull();
        assertThat(first.value("work_email")).isEqualTo("a@x.io");
        assertThat(table.rows().get(2).value("location")).isEqualTo("Đà Nẵng");
    }

    @Test
    void aDashInsideAValueIsFine() {
        assertThat(CsvReader.formulaProblem("ENG-WEB", false)).isNull();
        assertThat(CsvReader.formulaProblem("2024-03-01", false)).isNull();
        assertThat(CsvReader.formulaProblem("a@example.com", false)).isNull();
        assertThat(CsvReader.formulaProblem("\rx", false)).isEqualTo("people.import.error.formula");
        assertThat(CsvReader.formulaProblem("-12", false)).isEqualTo("people.import.error.formula");
        assertThat(CsvReader.formulaProblem("-12", true)).isEqualTo("people.import.error.signed-number");
    }

    @Test
    void reportsRowsWithTheWrongNumberOfCellsButAllowsTrailingEmptyOnes() {
        CsvTable table = departments("code,name\nA,Alpha,\nB\nC,Gamma,x\n");

        assertThat(table.problems()).extracting(p -> p.row() + " " + p.key()).containsExactly(
            "3 people.import.error.cell-count", "4 people.import.error.cell-count");
        assertThat(table.rows()).extracting(CsvRow::number).containsExactly(2);
        assertThat(table.dataRows()).isEqualTo(3);
    }

    @Test
    void reportsAQuoteThatIsNeverClosed() {
        CsvTable table = departments("code,name\nA,Alpha\nB,\"Beta\n");

        assertThat(table.problems()).extracting(ImportProblem::key).containsExactly("people.import.error.not-csv");
    }

    @Test
    void refusesEmptyFilesAndFilesWithoutRows() {
        assertThat(departments("").problems()).extracting(ImportProblem::key)
            .containsExactly("people.import.error.empty");
        assertThat(departments("code,name\n\n").problems()).extracting(ImportProblem::key)
            .containsExactly("people.import.error.no-rows");
    }

    @Test
    void refusesMoreThanSixtyThousandRows() {
        StringBuilder text = new StringBuilder("code,name\n");
        for (int i = 0; i <= CsvReader.MAX_ROWS; i++) {
            text.append('D').append(i).append(",Department\n");
        }

        assertThat(departments(text.toString()).problems()).extracting(ImportProblem::key)
            .containsExactly("people.import.error.too-many-rows");
    }
}
