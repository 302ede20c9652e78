package app.pathwise.demo;

import app.pathwise.demo.DemoCatalogue.DepartmentSpec;
import app.pathwise.demo.DemoCatalogue.Unit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Random;

/**
 * The demo company's shape: the department tree and the management tree. The CEO heads the
 * company, a head each department; below a head people are split into as few groups as keep every
 * span of control within {@link #span}, so 300 people make five layers and 50,000 make six (five
 * cannot hold 50,000 with spans of at most twelve). A head's groups become units
 * (sub-departments) once each has fifteen people or more.
 *
 * @param departments parents before children
 * @param members breadth first, so every manager comes before their reports
 */
record OrgChart(DemoDepartment company, List<DemoDepartment> departments, Member ceo, List<Member> members,
                int span) {

    private static final int UNIT_MIN_SIZE = 15;

    static OrgChart build(int employees, Random random) {
        return new Builder(random, spanFor(employees)).build(employees);
    }

    /** The widest span of control: small companies are deeper for their size than large ones. */
    static int spanFor(int employees) {
        if (employees <= 1_000) {
            return 6;
        }
        return employees <= 10_000 ? 9 : 12;
    }

    /** How many people fit below one person in the given number of layers. */
    static int capacity(int span, int layers) {
        long total = 0;
        long layer = 1;
        for (int i = 0; i < layers; i++) {
            layer *= span;
            total += layer;
        }
        return (int) Math.min(total, Integer.MAX_VALUE);
    }

    private static final class Builder {

        private final Random random;
        private final int span;
        private final List<DemoDepartment> departments = new ArrayList<>();

        Builder(Random random, int span) {
            this.random = random;
            this.span = span;
        }

        OrgChart build(int employees) {
            DemoDepartment company = department(DemoCatalogue.COMPANY_CODE, DemoCatalogue.COMPANY_NAME, null);
            Member ceo = new Member(null, company, DemoCatalogue.CEO, null);
            company.head = ceo;
            List<DepartmentSpec> specs = DemoCatalogue.DEPARTMENTS;
            int[] sizes = byWeight(employees - 1, specs);
            for (int i = 0; i < specs.size(); i++) {
                DepartmentSpec spec = specs.get(i);
                DemoDepartment department = department(spec.code(), spec.name(), company);
                Member head = new Member(spec, department, spec.headTitle(), ceo);
                department.head = head;
                grow(head, sizes[i] - 1, true);
            }
            List<Member> members = breadthFirst(ceo);
            for (int i = members.size() - 1; i >= 0; i--) {
                Member member = members.get(i);
                member.height = member.reports.stream().mapToInt(report -> report.height + 1).max().orElse(0);
            }
            members.forEach(this::titleByLayers);
            return new OrgChart(company, List.copyOf(departments), ceo, members, span);
        }

        private void grow(Member leader, int people, boolean departmentHead) {
            if (people <= span) {
                for (int i = 0; i < people; i++) {
                    staff(leader);
                }
                return;
            }
            int layers = 1;
            while (people > capacity(span, layers)) {
                layers++;
            }
            int groupCapacity = capacity(span, layers - 1);
            int groups = groupsFor(people, groupCapacity);
            // A manager of team leads often has a specialist or two reporting directly.
            int direct = layers == 2 && groups + 2 <= span && people > span + 2 ? random.nextInt(3) : 0;
            for (int i = 0; i < direct; i++) {
                staff(leader);
            }
            int rest = people - direct;
            groups = groupsFor(rest, groupCapacity);
            int[] shares = split(rest - groups, groups, groupCapacity);
            boolean units = departmentHead && java.util.Arrays.stream(shares).min().orElse(0) + 1 >= UNIT_MIN_SIZE;
            for (int g = 0; g < groups; g++) {
                DemoDepartment department = units ? unit(leader, g) : leader.department;
                Member sub = new Member(leader.spec, department, null, leader);
                if (units) {
                    department.head = sub;
                }
                grow(sub, shares[g], false);
            }
        }

        /** As few groups as hold everyone, each a leader and at most the capacity below them. */
        private static int groupsFor(int people, int groupCapacity) {
            return Math.max(2, (people + groupCapacity) / (groupCapacity + 1));
        }

        private void staff(Member leader) {
            List<String> titles = leader.spec.staffTitles();
            new Member(leader.spec, leader.department, titles.get(random.nextInt(titles.size())), leader);
        }

        /** Splits people into near-equal groups, then unevens them a little, none above the capacity. */
        private int[] split(int people, int groups, int capacity) {
            int[] shares = new int[groups];
            for (int g = 0; g < groups; g++) {
                shares[g] = people / groups + (g < people % groups ? 1 : 0);
            }
            int floor = Math.max(1, people / groups - 2);
            for (int moves = 0; moves < groups * 2; moves++) {
                int from = random.nextInt(groups);
                int to = random.nextInt(groups);
                if (from != to && shares[from] > floor && shares[to] < capacity) {
                    shares[from]--;
                    shares[to]++;
                }
            }
            return shares;
        }

        private DemoDepartment unit(Member head, int index) {
            DepartmentSpec spec = head.spec;
            Unit unit = index < spec.units().size() ? spec.units().get(index)
                : new Unit("U" + (index + 1), spec.name() + " " + (index + 1));
            return department(spec.code() + "-" + unit.code(), unit.name(), head.department);
        }

        private DemoDepartment department(String code, String name, DemoDepartment parent) {
            DemoDepartment department = new DemoDepartment(code, name, parent);
            departments.add(department);
            return department;
        }

        /** Leaders are titled by how many layers they lead; the CEO and department heads keep theirs. */
        private void titleByLayers(Member member) {
            if (member.manager == null || member.manager.manager == null) {
                return;
            }
            DepartmentSpec spec = member.spec;
            member.title = switch (member.height) {
                case 0 -> member.title != null ? member.title : spec.staffTitles().get(0);
                case 1 -> spec.leadTitle();
                case 2 -> spec.managerTitle();
                default -> DemoCatalogue.DIRECTOR;
            };
        }

        private static int[] byWeight(int people, List<DepartmentSpec> specs) {
            int total = specs.stream().mapToInt(DepartmentSpec::weight).sum();
            int[] sizes = new int[specs.size()];
            double[] remainders = new double[specs.size()];
            int given = 0;
            for (int i = 0; i < sizes.length; i++) {
                double exact = (double) people * specs.get(i).weight() / total;
                sizes[i] = (int) exact;
                remainders[i] = exact - sizes[i];
                given += sizes[i];
            }
            while (given < people) {
                int largest = 0;
                for (int i = 1; i < sizes.length; i++) {
                    if (remainders[i] > remainders[largest]) {
                        largest = i;
                    }
                }
                sizes[largest]++;
                remainders[largest] = -1;
                given++;
            }
            return sizes;
        }

        private static List<Member> breadthFirst(Member root) {
            List<Member> ordered = new ArrayList<>();
            Deque<Member> queue = new ArrayDeque<>(List.of(root));
            while (!queue.isEmpty()) {
                Member member = queue.removeFirst();
                member.number = ordered.size() + 1;
                ordered.add(member);
                queue.addAll(member.reports);
            }
            return ordered;
        }
    }
}
