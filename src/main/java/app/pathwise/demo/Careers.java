package app.pathwise.demo;

import app.pathwise.demo.DemoOrganisation.JobChange;
import app.pathwise.people.EmploymentStatus;
import app.pathwise.people.JobChangeKind;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

/**
 * Everyone's working life at the demo company, which opened eight years ago: hire dates (leaders
 * longer ago, most staff recently, as in a growing company), birth years, promotions and title
 * changes, transfers, leavers (6.5% of individual contributors, so no leaver manages anyone) and
 * people on leave, and the job history all of it leaves. Someone whose manager took the lead after
 * they joined first reported to the nearest manager above who already led, then changed manager.
 */
final class Careers {

    private static final int YEARS = 8;

    private final OrgChart chart;
    private final Random random;
    private final LocalDate today;
    private final LocalDate founded;
    private final int days;

    Careers(OrgChart chart, Random random, LocalDate today) {
        this.chart = chart;
        this.random = random;
        this.today = today;
        this.founded = today.minusYears(YEARS);
        this.days = (int) ChronoUnit.DAYS.between(founded, today);
    }

    /**
     * Where someone worked before a transfer or a team move: department, title (null: as the
     * title history says), the manager they reported to, and the day that ended.
     */
    private record Earlier(DemoDepartment department, String title, Member manager, LocalDate until,
                           JobChangeKind kind) {
    }

    List<JobChange> generate() {
        List<Member> members = chart.members();
        members.forEach(this::hire);
        members.forEach(this::settleStatus);
        List<JobChange> changes = new ArrayList<>(members.size() * 2);
        members.forEach(member -> record(member, changes));
        return changes;
    }

    private void hire(Member member) {
        if (member.manager == null) {
            member.hireDate = founded;
        } else if (member.isDepartmentHead()) {
            member.hireDate = founded.plusDays(random.nextInt(days / 4));
        } else if (member.isLeader()) {
            member.hireDate = today.minusDays(clamp((int) (days * Math.sqrt(random.nextDouble())), 30, days));
        } else {
            member.hireDate = today.minusDays(clamp((int) (days * (1 - Math.sqrt(random.nextDouble()))), 3, days));
        }
        member.titleSince = member.hireDate;
        long served = ChronoUnit.DAYS.between(member.hireDate, today);
        String senior = DemoCatalogue.PROMOTED_FROM.get(member.title);
        if (member.isLeader() && member.manager != null && served > 400 && random.nextInt(100) < 50) {
            changeTitle(member, titleBelow(member), 180, JobChangeKind.PROMOTION);
        } else if (!member.isLeader() && senior != null && served > 540 && random.nextInt(100) < 50) {
            changeTitle(member, senior, 365, JobChangeKind.PROMOTION);
        } else if (!member.isLeader() && served > 200 && random.nextInt(100) < 8) {
            List<String> titles = member.spec.staffTitles();
            String other = titles.get(random.nextInt(titles.size()));
            if (!other.equals(member.title)) {
                changeTitle(member, other, 120, JobChangeKind.TITLE_CHANGE);
            }
        }
        if (random.nextInt(100) >= 8) {
            int age = member.isLeader() ? 28 + 3 * member.height + random.nextInt(12)
                : 22 + random.nextInt(12) + random.nextInt(12);
            member.birthYear = Math.min(today.getYear() - age, member.hireDate.getYear() - 21);
        }
    }

    private void changeTitle(Member member, String previous, int earliestDays, JobChangeKind kind) {
        member.titleSince = between(member.hireDate.plusDays(earliestDays), today.minusDays(30));
        member.previousTitle = previous;
        member.titleChange = kind;
    }

    /** The title a leader held before their promotion: one layer down. */
    private static String titleBelow(Member leader) {
        DemoCatalogue.DepartmentSpec spec = leader.spec;
        if (leader.isDepartmentHead()) {
            return DemoCatalogue.DIRECTOR;
        }
        return switch (leader.height) {
            case 1 -> spec.staffTitles().stream().filter(DemoCatalogue.PROMOTED_FROM::containsKey).findFirst()
                .orElse(spec.staffTitles().get(0));
            case 2 -> spec.leadTitle();
            default -> spec.managerTitle();
        };
    }

    private void settleStatus(Member member) {
        if (!member.isIndividualContributor() || member.account != null || member.manager == null) {
            return;
        }
        int draw = random.nextInt(1000);
        // A leaver left while their manager already led, so they stay in that manager's line.
        LocalDate earliestEnd = latest(member.hireDate.plusDays(90), member.manager.titleSince.plusDays(30));
        if (draw < 65 && earliestEnd.isBefore(today.minusDays(1))) {
            member.status = EmploymentStatus.INACTIVE;
            member.endDate = between(earliestEnd, today.minusDays(1));
            if (member.titleSince.isAfter(member.endDate.minusDays(30))) {
                member.title = member.previousTitle;
                member.titleSince = member.hireDate;
                member.previousTitle = null;
                member.titleChange = null;
            }
        } else if (draw >= 900 && draw < 920) {
            member.status = EmploymentStatus.ON_LEAVE;
        }
    }

    private void record(Member member, List<JobChange> changes) {
        LocalDate hired = member.hireDate;
        LocalDate last = member.lastDay(today);
        Earlier earlier = transfer(member, last);
        if (earlier == null) {
            earlier = teamMove(member, last);
        }
        TreeSet<LocalDate> dates = new TreeSet<>();
        dates.add(hired);
        if (member.titleSince.isAfter(hired)) {
            dates.add(member.titleSince);
        }
        if (member.endDate != null) {
            dates.add(member.endDate);
        }
        addLeadershipDates(dates, member.manager, hired, last);
        if (earlier != null) {
            dates.add(earlier.until());
            addLeadershipDates(dates, earlier.manager(), hired, earlier.until());
        }
        Member previousManager = null;
        for (LocalDate date : dates) {
            boolean before = earlier != null && date.isBefore(earlier.until());
            Member manager = managerAt(before ? earlier.manager() : member.manager, date);
            JobChangeKind kind = date.equals(hired) ? JobChangeKind.HIRE
                : date.equals(member.endDate) ? JobChangeKind.EXIT
                : date.equals(member.titleSince) ? member.titleChange
                : earlier != null && date.equals(earlier.until()) ? earlier.kind()
                : JobChangeKind.MANAGER_CHANGE;
            if (kind == JobChangeKind.MANAGER_CHANGE && manager == previousManager) {
                continue;
            }
            DemoDepartment department = before ? earlier.department() : member.department;
            String title = before && earlier.title() != null ? earlier.title()
                : member.titleSince.isAfter(date) ? member.previousTitle : member.title;
            changes.add(new JobChange(member, date, kind, department, title, manager));
            previousManager = manager;
        }
    }

    /** Some individual contributors who have been here a while came from another department. */
    private Earlier transfer(Member member, LocalDate last) {
        if (!member.isIndividualContributor() || member.previousTitle != null || member.manager == null
            || ChronoUnit.DAYS.between(member.hireDate, last) <= 365 || random.nextInt(100) >= 8) {
            return null;
        }
        List<DemoDepartment> departments = chart.departments();
        DemoDepartment from = departments.get(1 + random.nextInt(departments.size() - 1));
        if (from == member.department) {
            return null;
        }
        DemoDepartment top = from;
        while (top.parent != chart.company()) {
            top = top.parent;
        }
        List<String> titles = top.head.spec.staffTitles();
        String title = titles.get(random.nextInt(titles.size()));
        return new Earlier(from, title, from.head, between(member.hireDate.plusDays(120), last.minusDays(30)),
            JobChangeKind.TRANSFER);
    }

    /** Teams get reshuffled: many people first worked in a neighbouring team of the same department. */
    private Earlier teamMove(Member member, LocalDate last) {
        Member manager = member.manager;
        if (manager == null || manager.manager == null || ChronoUnit.DAYS.between(member.hireDate, last) <= 240
            || random.nextInt(100) >= 55) {
            return null;
        }
        List<Member> neighbours = manager.manager.reports;
        Member neighbour = neighbours.get(random.nextInt(neighbours.size()));
        if (neighbour == manager || neighbour.height != manager.height || neighbour.department != manager.department) {
            return null;
        }
        return new Earlier(member.department, null, neighbour,
            between(member.hireDate.plusDays(60), last.minusDays(30)), JobChangeKind.MANAGER_CHANGE);
    }

    /** The days within (after, until] on which someone above this manager took the lead. */
    private static void addLeadershipDates(TreeSet<LocalDate> dates, Member manager, LocalDate after,
                                           LocalDate until) {
        for (Member above = manager; above != null; above = above.manager) {
            if (above.titleSince.isAfter(after) && !above.titleSince.isAfter(until)) {
                dates.add(above.titleSince);
            }
        }
    }

    /** The nearest manager, from this one up, who already led on that day. */
    private static Member managerAt(Member manager, LocalDate date) {
        for (Member above = manager; above != null; above = above.manager) {
            if (!above.titleSince.isAfter(date)) {
                return above;
            }
        }
        return null;
    }

    private LocalDate between(LocalDate from, LocalDate to) {
        return from.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(from, to) + 1));
    }

    private static LocalDate latest(LocalDate one, LocalDate other) {
        return one.isAfter(other) ? one : other;
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }
}
