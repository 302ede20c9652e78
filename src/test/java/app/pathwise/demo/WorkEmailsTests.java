package app.pathwise.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WorkEmailsTests {

    @Test
    void foldsNamesToLowerCaseAsciiWithoutDiacritics() {
        assertThat(WorkEmails.ascii("Nguyễn")).isEqualTo("nguyen");
        assertThat(WorkEmails.ascii("Đặng")).isEqualTo("dang");
        assertThat(WorkEmails.ascii("Hương")).isEqualTo("huong");
        assertThat(WorkEmails.ascii("O'Connor")).isEqualTo("oconnor");
        assertThatThrownBy(() -> WorkEmails.ascii("王")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void numbersTheSecondAndLaterPersonWithTheSameName() {
        WorkEmails emails = new WorkEmails();

        assertThat(emails.allocate("Mai", "Nguyễn")).isEqualTo("mai.nguyen@example.com");
        assertThat(emails.allocate("Mai", "Nguyễn")).isEqualTo("mai.nguyen2@example.com");
        assertThat(emails.allocate("Mai", "Nguyen")).isEqualTo("mai.nguyen3@example.com");
        assertThat(emails.allocate("Wei", "Wang")).isEqualTo("wei.wang@example.com");
    }

    @Test
    void neverHandsOutAReservedAddress() {
        WorkEmails emails = new WorkEmails();
        emails.reserve("Mai.Nguyen@example.com");
        emails.reserve("mai.nguyen2@example.com");

        assertThat(emails.allocate("Mai", "Nguyễn")).isEqualTo("mai.nguyen3@example.com");
    }
}
