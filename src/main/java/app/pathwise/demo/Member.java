package app.pathwise.demo;

import app.pathwise.demo.DemoCatalogue.DepartmentSpec;
import app.pathwise.demo.DemoNames.PersonName;
import app.pathwise.people.EmploymentStatus;
import app.pathwise.people.Gender;
import app.pathwise.people.JobChangeKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One person of the demo company while it is being generated; the writer turns it into a row. */
final class Member {

    /** The top-level department's description; null for the CEO. */
    final DepartmentSpec spec;
    final List<Member> reports = new ArrayList<>();
    DemoDepartment department;
    String title;
    Member manager;
    /** 0 for individual contributors, 1 for team leads, 2 for their managers, and so on. */
    int height;

    int number;
    PersonName name;
    String email;
    String language;
    Gender gender;
    Integer birthYear;
    String location;
    LocalDate hireDate;
    /** When the person took their current title; later than the hire date after a title change. */
    LocalDate titleSince;
    String previousTitle;
    JobChangeKind titleChange;
    EmploymentStatus status = EmploymentStatus.ACTIVE;
    LocalDate endDate;
    /** A demo account's role key ("employee", "manager", ...) or null. */
    String account;

    Member(DepartmentSpec spec, DemoDepartment department, String title, Member manager) {
        this.spec = spec;
        this.department = department;
        this.title = title;
        this.manager = manager;
        if (manager != null) {
            manager.reports.add(this);
        }
    }

    boolean isLeader() {
        return height > 0;
    }

    boolean isIndividualContributor() {
        return reports.isEmpty();
    }

    void reportTo(Member newManager) {
        manager.reports.remove(this);
        manager = newManager;
        newManager.reports.add(this);
    }

    boolean isDepartmentHead() {
        return manager != null && manager.manager == null;
    }

    String employeeNumber() {
        return String.format("E%05d", number);
    }

    LocalDate lastDay(LocalDate today) {
        return endDate != null ? endDate : today;
    }
}
