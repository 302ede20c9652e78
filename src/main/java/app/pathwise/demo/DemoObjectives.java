package app.pathwise.demo;

import app.pathwise.demo.DemoFramework.Text;
import app.pathwise.demo.DemoOrganisationWriter.Written;
import app.pathwise.people.EmploymentStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo company's objectives and key results (OKRs) for the current quarter and year: four company
 * objectives, one objective per top-level department (two of them not aligned to the company's, so the
 * alignment tree shows both cases), one for each unit a demo account works in, and personal objectives
 * for the teams of the two demo managers (the demo employee's team and the sales team), aligned to
 * their department's, in each person's own language, with key results partly progressed (some behind
 * the expected pace) and their update history. The demo employee also has a year objective and a
 * closed one from last quarter. The number of rows does not grow with the company: at 50,000
 * employees it is the same few hundred. Written straight into the objective tables in the
 * organisation's transaction, like the rest of the demo; deterministic (its own seeded {@link Random}).
 */
final class DemoObjectives {

    private static final long SEED = 20_261_130L;

    private final JdbcTemplate jdbc;
    private final DemoRows rows;
    private final Random random = new Random(SEED);
    private final List<Object[]> updates = new ArrayList<>();
    private LocalDate today;
    private ZoneId zone;
    private int objectives;
    private int keyResults;

    DemoObjectives(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.rows = new DemoRows(jdbc);
    }

    /** What was written. */
    record Seeded(int objectives, int keyResults, int updates) {
    }

    /** A period: its kind, year, number and dates. */
    private record Period(String kind, int year, int number, LocalDate starts, LocalDate ends) {

        static Period quarterOf(LocalDate day) {
            int quarter = (day.getMonthValue() - 1) / 3 + 1;
            LocalDate start = LocalDate.of(day.getYear(), (quarter - 1) * 3 + 1, 1);
            return new Period("QUARTER", day.getYear(), quarter, start, start.plusMonths(3).minusDays(1));
        }

        static Period yearOf(LocalDate day) {
            return new Period("YEAR", day.getYear(), 1, LocalDate.of(day.getYear(), 1, 1),
                LocalDate.of(day.getYear(), 12, 31));
        }

        /** The share of the period begun by the day, 0 to 1, as the application computes the pace. */
        double pace(LocalDate day) {
            double share = (ChronoUnit.DAYS.between(starts, day) + 1.0) / (ChronoUnit.DAYS.between(starts, ends) + 1.0);
            return Math.max(0, Math.min(1, share));
        }
    }

    /** A key result to write: kind, start, target, unit (numbers) and milestones (milestone kind). */
    private record Kr(Text title, String kind, double start, double target, Text unit, List<Text> milestones) {

        static Kr number(Text title, double start, double target, Text unit) {
            return new Kr(title, "NUMBER", start, target, unit, List.of());
        }

        static Kr percentage(Text title, double start, double target) {
            return new Kr(title, "PERCENTAGE", start, target, null, List.of());
        }

        static Kr yesNo(Text title) {
            return new Kr(title, "BOOLEAN", 0, 1, null, List.of());
        }

        static Kr milestones(Text title, Text... milestones) {
            return new Kr(title, "MILESTONE", 0, milestones.length, null, List.of(milestones));
        }
    }

    /** An objective to write, with its key results. */
    private record Okr(Text title, Text description, List<Kr> keyResults) {
    }

    private static Text t(String en, String vi, String zh) {
        return DemoFramework.t(en, vi, zh);
    }

    private static final Text CUSTOMERS = t("customers", "khách hàng", "位客户");
    private static final Text HOURS = t("hours", "giờ", "小时");
    private static final Text DAYS = t("days", "ngày", "天");

    // --- the company ---------------------------------------------------------------------------

    private static final Okr RECOMMENDED = new Okr(
        t("Become the career platform our customers recommend", "Trở thành nền tảng nghề nghiệp được khách hàng giới thiệu",
            "成为客户愿意推荐的职业发展平台"),
        t("Customers who love the product bring the next ones.", "Khách hàng yêu sản phẩm sẽ mang đến khách hàng mới.",
            "喜爱产品的客户会带来新的客户。"),
        List.of(Kr.number(t("Net promoter score", "Chỉ số NPS", "净推荐值"), 32, 50, null),
            Kr.percentage(t("Customers renewing", "Tỷ lệ khách hàng gia hạn", "续约客户比例"), 88, 95)));
    private static final Okr GROW_PEOPLE = new Okr(
        t("Grow our people from within", "Phát triển nhân tài từ bên trong", "从内部培养人才"),
        t("Most leaders should come from our own teams.", "Phần lớn lãnh đạo nên đến từ chính đội ngũ của chúng ta.",
            "大多数管理者应来自我们自己的团队。"),
        List.of(Kr.percentage(t("Open roles filled internally", "Vị trí trống được tuyển nội bộ", "内部填补的空缺职位"), 30, 50),
            Kr.yesNo(t("Career paths published for every job family", "Lộ trình nghề nghiệp cho mọi nhóm công việc đã công bố",
                "所有职位族的职业路径均已发布"))));
    private static final Okr ONBOARDING = new Okr(
        t("Ship the new customer onboarding", "Ra mắt trải nghiệm onboarding mới cho khách hàng", "上线新的客户引导体验"),
        t("New customers reach their first result in days, not weeks.",
            "Khách hàng mới đạt kết quả đầu tiên sau vài ngày, không phải vài tuần.", "新客户在几天内而不是几周内获得第一个成果。"),
        List.of(Kr.milestones(t("Launch", "Ra mắt", "上线"), t("Design approved", "Thiết kế được duyệt", "设计通过"),
                t("Beta with ten customers", "Thử nghiệm với mười khách hàng", "十家客户参与测试"),
                t("Available to everyone", "Mở cho tất cả khách hàng", "向所有客户开放")),
            Kr.percentage(t("New customers active in week one", "Khách hàng mới hoạt động trong tuần đầu", "首周活跃的新客户"),
                35, 60)));
    private static final Okr COACHES = new Okr(
        t("Make every manager a coach", "Biến mỗi quản lý thành một người huấn luyện", "让每位经理都成为教练"),
        null,
        List.of(Kr.number(t("Managers trained in coaching", "Quản lý được đào tạo về huấn luyện", "接受教练培训的经理"), 0, 40,
            t("managers", "quản lý", "位经理"))));

    // --- the departments (by the code of the top-level department) --------------------------------

    /** Each top-level department's objective and the company objective it aligns to (null: none). */
    private static final Map<String, Object[]> DEPARTMENT_OKRS = Map.of(
        "ENG", new Object[] {new Okr(t("Release onboarding without incidents", "Phát hành onboarding không có sự cố",
            "零事故发布客户引导"), null, List.of(
            Kr.number(t("Critical incidents after release", "Sự cố nghiêm trọng sau phát hành", "发布后的严重事故"), 3, 0,
                t("incidents", "sự cố", "起")),
            Kr.percentage(t("Automated test coverage", "Độ bao phủ kiểm thử tự động", "自动化测试覆盖率"), 55, 80))), ONBOARDING},
        "PRD", new Object[] {new Okr(t("Know why new customers stall", "Hiểu vì sao khách hàng mới chững lại",
            "弄清新客户停滞的原因"), null, List.of(
            Kr.number(t("Customer interviews held", "Số buổi phỏng vấn khách hàng", "完成的客户访谈"), 0, 20,
                t("interviews", "buổi", "次")),
            Kr.milestones(t("Research", "Nghiên cứu", "研究"), t("Plan agreed", "Thống nhất kế hoạch", "计划确定"),
                t("Interviews done", "Hoàn thành phỏng vấn", "访谈完成"), t("Findings shared", "Chia sẻ kết quả", "分享结论")))),
            ONBOARDING},
        "SAL", new Object[] {new Okr(t("Win customers who stay", "Giành được khách hàng gắn bó lâu dài", "赢得长期留存的客户"),
            null, List.of(
            Kr.number(t("New annual contracts", "Hợp đồng năm mới", "新签年度合同"), 0, 30, t("contracts", "hợp đồng", "份")),
            Kr.percentage(t("Deals with a success plan", "Hợp đồng có kế hoạch thành công", "附带成功计划的交易"), 20, 80))),
            RECOMMENDED},
        "MKT", new Object[] {new Okr(t("Tell the onboarding story", "Kể câu chuyện onboarding", "讲好客户引导的故事"), null,
            List.of(Kr.yesNo(t("Launch campaign live", "Chiến dịch ra mắt đã chạy", "上线宣传活动已发布")),
                Kr.number(t("Qualified leads", "Khách hàng tiềm năng đủ điều kiện", "合格销售线索"), 120, 300, null))),
            ONBOARDING},
        "CS", new Object[] {new Okr(t("Every new customer live in two weeks", "Mọi khách hàng mới vận hành trong hai tuần",
            "每位新客户两周内上线"), null, List.of(
            Kr.number(t("Median days to go live", "Số ngày trung vị để vận hành", "上线所需天数中位数"), 30, 14, DAYS),
            Kr.percentage(t("Onboarding satisfaction", "Mức hài lòng khi onboarding", "引导满意度"), 70, 90))),
            RECOMMENDED},
        "FIN", new Object[] {new Okr(t("Close the books faster", "Khóa sổ nhanh hơn", "更快完成结账"), null, List.of(
            Kr.number(t("Days to close the month", "Số ngày khóa sổ tháng", "月结所需天数"), 10, 5, DAYS),
            Kr.yesNo(t("Automatic bank reconciliation", "Đối chiếu ngân hàng tự động", "银行自动对账")))), null},
        "HR", new Object[] {new Okr(t("Career conversations for everyone", "Trao đổi về nghề nghiệp cho mọi người",
            "人人都有职业发展对话"), null, List.of(
            Kr.percentage(t("Employees with a development plan", "Nhân viên có kế hoạch phát triển", "拥有发展计划的员工"), 40, 90),
            Kr.number(t("Managers trained as coaches", "Quản lý được đào tạo làm người huấn luyện", "接受教练培训的经理"), 0, 40,
                t("managers", "quản lý", "位经理")))), COACHES},
        "OPS", new Object[] {new Okr(t("Laptops and accounts ready on day one", "Máy tính và tài khoản sẵn sàng từ ngày đầu",
            "入职第一天电脑和账号就绪"), null, List.of(
            Kr.percentage(t("New hires ready on day one", "Nhân viên mới sẵn sàng từ ngày đầu", "入职首日就绪的新员工"), 60, 100))),
            null});

    /** A unit's objective, by the code of its top-level department; others get {@link #UNIT_DEFAULT}. */
    private static final Map<String, Okr> UNIT_OKRS = Map.of(
        "ENG", new Okr(t("Make the onboarding service reliable", "Làm cho dịch vụ onboarding ổn định",
            "让客户引导服务稳定可靠"), null, List.of(
            Kr.percentage(t("Requests failing in onboarding", "Tỷ lệ yêu cầu lỗi trong onboarding", "引导流程中的失败请求"), 2.5, 0.5),
            Kr.yesNo(t("Load test passed at ten times the traffic", "Vượt kiểm thử tải gấp mười lần lưu lượng",
                "通过十倍流量的压力测试")))),
        "SAL", new Okr(t("Renew every key account in the region", "Gia hạn mọi khách hàng chủ chốt trong khu vực",
            "续约本区域所有重点客户"), null, List.of(
            Kr.number(t("Key accounts renewed", "Khách hàng chủ chốt đã gia hạn", "已续约的重点客户"), 0, 12, CUSTOMERS))));
    private static final Okr UNIT_DEFAULT = new Okr(t("Do our part this quarter", "Hoàn thành phần việc của nhóm trong quý",
        "本季度完成我们的部分"), null, List.of(
        Kr.percentage(t("Team commitments delivered", "Cam kết của nhóm đã hoàn thành", "已兑现的团队承诺"), 0, 100)));

    // --- people --------------------------------------------------------------------------------

    private static final List<Okr> PERSONAL = List.of(
        new Okr(t("Deliver my part of the onboarding release", "Hoàn thành phần việc của tôi trong đợt ra mắt onboarding",
            "完成我在客户引导发布中的部分"), null, List.of(
            Kr.number(t("Stories delivered", "User story đã hoàn thành", "完成的用户故事"), 0, 8, null),
            Kr.number(t("Code reviews given", "Lượt review code", "完成的代码评审"), 0, 20, null))),
        new Okr(t("Become the go-to person for our customers", "Trở thành người khách hàng tin cậy tìm đến",
            "成为客户信赖的对接人"), null, List.of(
            Kr.number(t("Customer calls led", "Cuộc gọi khách hàng do tôi dẫn dắt", "主导的客户通话"), 0, 15, null),
            Kr.percentage(t("Customer satisfaction", "Mức hài lòng của khách hàng", "客户满意度"), 70, 90))),
        new Okr(t("Grow my skills for the next level", "Nâng cao kỹ năng cho cấp bậc tiếp theo", "为下一职级提升技能"), null,
            List.of(Kr.milestones(t("Course to practice", "Từ khóa học đến thực hành", "从课程到实践"),
                    t("Course finished", "Hoàn thành khóa học", "完成课程"), t("Applied at work", "Áp dụng vào công việc", "在工作中应用"),
                    t("Shared with the team", "Chia sẻ với nhóm", "与团队分享")),
                Kr.number(t("Mentoring sessions", "Buổi mentoring", "导师辅导次数"), 0, 6, null))),
        new Okr(t("Make our team faster", "Giúp nhóm làm việc nhanh hơn", "让团队更高效"), null, List.of(
            Kr.number(t("Manual work per week", "Việc thủ công mỗi tuần", "每周手工工作"), 10, 4, HOURS),
            Kr.yesNo(t("Release checklist published", "Đã công bố checklist phát hành", "发布检查清单已发布")))));
    private static final Okr EMPLOYEE_YEAR = new Okr(t("Get ready for the senior role", "Sẵn sàng cho vai trò senior",
        "为高级职位做好准备"), t("Agreed with my manager at the yearly review.", "Đã thống nhất với quản lý trong buổi đánh giá năm.",
        "在年度评估中与经理商定。"), List.of(
        Kr.milestones(t("Senior readiness", "Sẵn sàng lên senior", "高级职位准备"),
            t("Gaps agreed", "Thống nhất các khoảng trống", "确认差距"), t("Led a project", "Dẫn dắt một dự án", "主导一个项目"),
            t("Mentored a newcomer", "Kèm cặp một người mới", "指导一名新人"), t("Promotion case written", "Viết hồ sơ đề bạt",
                "完成晋升材料")),
        Kr.number(t("Design documents written", "Tài liệu thiết kế đã viết", "撰写的设计文档"), 0, 4, null)));
    private static final Okr EMPLOYEE_CLOSED = new Okr(t("Finish the security training", "Hoàn thành khóa đào tạo bảo mật",
        "完成安全培训"), null, List.of(Kr.yesNo(t("Certificate received", "Đã nhận chứng chỉ", "已获得证书"))));

    private static final List<Text> NOTES = List.of(
        t("Good week: the blocker is gone.", "Tuần tốt: vướng mắc đã được gỡ.", "这周不错：阻碍已解决。"),
        t("Slower than planned, waiting for another team.", "Chậm hơn kế hoạch, đang chờ nhóm khác.", "比计划慢，在等其他团队。"),
        t("Discussed at the check-in with my manager.", "Đã trao đổi trong buổi check-in với quản lý.", "已在与经理的面谈中讨论。"),
        t("Back on track after the holiday.", "Trở lại đúng tiến độ sau kỳ nghỉ.", "假期后重回正轨。"));

    /** Writes the objectives; the demo accounts' members must have their account keys set. */
    Seeded write(DemoOrganisation organisation, Written people, LocalDate today, ZoneId zone) {
        this.today = today;
        this.zone = zone;
        Period quarter = Period.quarterOf(today);
        Period year = Period.yearOf(today);
        Member ceo = organisation.chart().ceo();

        Map<Okr, Long> company = new LinkedHashMap<>();
        company.put(RECOMMENDED, objective("COMPANY", null, null, RECOMMENDED, year, null, 0.9, "en", people, ceo));
        company.put(GROW_PEOPLE, objective("COMPANY", null, null, GROW_PEOPLE, year, null, 1.0, "en", people, ceo));
        company.put(ONBOARDING, objective("COMPANY", null, null, ONBOARDING, quarter, null, 1.0, "en", people, ceo));
        company.put(COACHES, objective("COMPANY", null, null, COACHES, quarter, null, 0.6, "en", people, ceo));

        Member employee = account(organisation, DemoAccounts.EMPLOYEE);
        Member manager = account(organisation, DemoAccounts.MANAGER);
        Member otherManager = account(organisation, DemoAccounts.OTHER_MANAGER);

        Set<DemoDepartment> units = new LinkedHashSet<>();
        for (Member member : List.of(employee, manager, otherManager)) {
            if (member.department.depth() >= 2) {
                units.add(member.department);
            }
        }
        List<DemoDepartment> topLevel = organisation.chart().departments().stream().filter(d -> d.depth() == 1).toList();
        List<String> codes = new ArrayList<>(topLevel.stream().map(d -> d.code).toList());
        units.forEach(unit -> codes.add(unit.code));
        Map<String, Long> departmentIds = rows.idsByCode("department", codes);

        Map<DemoDepartment, Long> departmentObjectives = new LinkedHashMap<>();
        for (DemoDepartment department : topLevel) {
            Object[] okr = DEPARTMENT_OKRS.get(department.code);
            Long id = departmentIds.get(department.code);
            if (okr == null || id == null) {
                continue;
            }
            Long parent = okr[1] == null ? null : company.get((Okr) okr[1]);
            departmentObjectives.put(department, objective("DEPARTMENT", null, id, (Okr) okr[0], quarter, parent,
                0.7 + random.nextDouble() * 0.5, "en", people, department.head));
        }
        for (DemoDepartment unit : units) {
            Long id = departmentIds.get(unit.code);
            DemoDepartment top = topOf(unit);
            Long parent = departmentObjectives.get(top);
            if (id == null) {
                continue;
            }
            Okr okr = UNIT_OKRS.getOrDefault(top.code, UNIT_DEFAULT);
            departmentObjectives.put(unit, objective("DEPARTMENT", null, id, okr, quarter, parent, 0.9, "en", people,
                unit.head));
        }

        List<Member> team = new ArrayList<>();
        for (Member lead : List.of(manager, otherManager)) {
            team.add(lead);
            lead.reports.stream().filter(m -> m.status != EmploymentStatus.INACTIVE).forEach(team::add);
        }
        int index = 0;
        for (Member member : new LinkedHashSet<>(team)) {
            Long parent = departmentObjectives.get(member.department);
            if (parent == null) {
                parent = departmentObjectives.get(topOf(member.department));
            }
            Okr okr = member == employee ? PERSONAL.get(0)
                : PERSONAL.get(member.spec == DemoCatalogue.ENGINEERING ? index % PERSONAL.size() : 1 + index % 3);
            // The demo employee is on pace but for one key result; the others spread around the pace.
            double pace = member == employee ? 0.95 : 0.5 + random.nextDouble() * 0.7;
            objective("PERSONAL", member, null, okr, quarter, parent, pace, member.language, people, member);
            index++;
        }
        objective("PERSONAL", employee, null, EMPLOYEE_YEAR, year, company.get(GROW_PEOPLE), 1.0, employee.language,
            people, employee);
        Period lastQuarter = Period.quarterOf(quarter.starts().minusDays(1));
        long closed = objective("PERSONAL", employee, null, EMPLOYEE_CLOSED, lastQuarter, null, 1.0, employee.language,
            people, employee);
        jdbc.update("update objective set status = 'CLOSED', closed_at = ? where id = ?",
            Timestamp.from(lastQuarter.ends().atTime(17, 0).atZone(zone).toInstant()), closed);

        rows.insert("key_result_update", List.of("key_result_id", "previous_value", "value", "note", "recorded_at",
                "recorded_by"),
            new int[] {Types.BIGINT, Types.NUMERIC, Types.NUMERIC, Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE,
                Types.BIGINT}, updates);
        return new Seeded(objectives, keyResults, updates.size());
    }

    /**
     * Writes an objective with its key results at about {@code pace} times the expected progress (1:
     * on pace; the first key result of a personal objective below 1 lags further, so it shows behind),
     * with the values recorded on the way by {@code recorder}.
     */
    private long objective(String scope, Member owner, Long departmentId, Okr okr, Period period, Long parentId,
                           double pace, String language, Written people, Member recorder) {
        Long ownerId = owner == null ? null : people.employeeId(owner);
        LocalDate created = period.starts().isAfter(today) ? today : period.starts().plusDays(random.nextInt(5));
        if (created.isAfter(today)) {
            created = today;
        }
        long id = jdbc.queryForObject("""
            insert into objective (scope, owner_id, department_id, period_kind, period_year, period_number, starts_on,
                                   ends_on, title, description, parent_id, created_at, updated_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
            """, Long.class, scope, ownerId, departmentId, period.kind(), period.year(), period.number(),
            Date.valueOf(period.starts()), Date.valueOf(period.ends()), in(okr.title(), language),
            okr.description() == null ? null : in(okr.description(), language), parentId, at(created, 9), at(created, 9));
        objectives++;
        LocalDate last = period.ends().isBefore(today) ? period.ends() : today;
        double expected = period.pace(last);
        Long recorderId = people.employeeId(recorder);
        for (int i = 0; i < okr.keyResults().size(); i++) {
            Kr kr = okr.keyResults().get(i);
            double share = Math.min(1, expected * (i == 0 && pace < 1 ? pace * 0.55 : pace));
            BigDecimal start = value(kr.start());
            BigDecimal target = value(kr.target());
            BigDecimal current = current(kr, share);
            long keyResult = jdbc.queryForObject("""
                insert into key_result (objective_id, title, kind, start_value, target_value, current_value, unit, position,
                                        created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
                """, Long.class, id, in(kr.title(), language), kr.kind(), start, target, current,
                kr.unit() == null ? null : in(kr.unit(), language), i + 1, at(created, 9), at(last, 16));
            keyResults++;
            for (int m = 0; m < kr.milestones().size(); m++) {
                jdbc.update("insert into key_result_milestone (key_result_id, position, title) values (?, ?, ?)",
                    keyResult, m + 1, in(kr.milestones().get(m), language));
            }
            history(keyResult, kr, start, current, created, last, language, recorderId);
        }
        return id;
    }

    /** One to three values recorded between the start and the last day, ending at the current value. */
    private void history(long keyResult, Kr kr, BigDecimal start, BigDecimal current, LocalDate from, LocalDate to,
                         String language, Long recorder) {
        if (current.compareTo(start) == 0) {
            return;
        }
        long days = Math.max(1, ChronoUnit.DAYS.between(from, to));
        int steps = kr.kind().equals("BOOLEAN") ? 1 : 1 + random.nextInt(3);
        BigDecimal previous = start;
        for (int step = 1; step <= steps; step++) {
            BigDecimal value = step == steps ? current
                : round(kr, start.add(current.subtract(start).multiply(BigDecimal.valueOf((double) step / steps))));
            if (value.compareTo(previous) == 0) {
                continue;
            }
            LocalDate day = from.plusDays(days * step / steps);
            Text note = random.nextInt(3) == 0 ? null : NOTES.get(random.nextInt(NOTES.size()));
            updates.add(new Object[] {keyResult, previous, value, note == null ? null : in(note, language),
                at(day, 10 + step), recorder});
            previous = value;
        }
    }

    private BigDecimal current(Kr kr, double share) {
        return switch (kr.kind()) {
            case "BOOLEAN" -> share >= 0.8 ? BigDecimal.ONE : BigDecimal.ZERO;
            case "MILESTONE" -> BigDecimal.valueOf((long) Math.floor(kr.milestones().size() * share + 0.3))
                .min(BigDecimal.valueOf(kr.milestones().size()));
            default -> round(kr, BigDecimal.valueOf(kr.start() + (kr.target() - kr.start()) * share));
        };
    }

    /** Whole numbers, except where start or target have decimals. */
    private static BigDecimal round(Kr kr, BigDecimal value) {
        boolean decimals = kr.start() != Math.rint(kr.start()) || kr.target() != Math.rint(kr.target());
        return value.setScale(decimals ? 1 : 0, RoundingMode.HALF_UP).setScale(2, RoundingMode.UNNECESSARY);
    }

    private static BigDecimal value(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }

    private Timestamp at(LocalDate day, int hour) {
        return Timestamp.from(day.atTime(hour, 0).atZone(zone).toInstant());
    }

    private static String in(Text text, String language) {
        return switch (language == null ? "en" : language) {
            case "vi" -> text.vi();
            case "zh-CN" -> text.zh();
            default -> text.en();
        };
    }

    private static DemoDepartment topOf(DemoDepartment department) {
        DemoDepartment current = department;
        while (current.parent != null && current.parent.parent != null) {
            current = current.parent;
        }
        return current;
    }

    private static Member account(DemoOrganisation organisation, String key) {
        return organisation.accounts().stream().filter(a -> a.email().startsWith(key + "@")).findFirst().orElseThrow()
            .employee();
    }
}
