package app.pathwise.demo;

import app.pathwise.people.JobChangeKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * A generated demo company, ready to be written: its org chart, everyone's job history and the
 * demo accounts. The same size and the same day always give the same company.
 */
record DemoOrganisation(OrgChart chart, List<JobChange> jobChanges, List<DemoAccount> accounts) {

    static final long SEED = 20_261_101L;
    static final String PASSWORD = "pathwise-demo";
    static final int MINIMUM_EMPLOYEES = 150;

    /** One job history entry: the person's department, title and manager from that day on. */
    record JobChange(Member employee, LocalDate effectiveDate, JobChangeKind kind, DemoDepartment department,
                     String title, Member manager) {
    }

    /** A sign-in account for a demo employee, with the one role an administrator granted it, if any. */
    record DemoAccount(String email, Member employee, String grantedRole) {
    }

    /**
     * Generates a company of the given size (at least {@value #MINIMUM_EMPLOYEES}, so every demo
     * account finds its place) whose history ends on the given day.
     */
    static DemoOrganisation generate(int employees, LocalDate today) {
        if (employees < MINIMUM_EMPLOYEES) {
            throw new IllegalArgumentException("the demo company needs at least " + MINIMUM_EMPLOYEES + " employees");
        }
        Random random = new Random(SEED);
        OrgChart chart = OrgChart.build(employees, random);
        List<DemoAccount> accounts = DemoAccounts.choose(chart);
        PersonDetails.describe(chart, random);
        List<JobChange> history = new Careers(chart, random, today).generate();
        return new DemoOrganisation(chart, history, accounts);
    }

    List<Member> members() {
        return chart.members();
    }
}
