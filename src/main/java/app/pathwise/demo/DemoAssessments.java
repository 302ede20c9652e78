package app.pathwise.demo;

import app.pathwise.demo.DemoFramework.Certification;
import app.pathwise.demo.DemoFramework.Level;
import app.pathwise.demo.DemoFramework.Path;
import app.pathwise.demo.DemoFramework.Version;
import app.pathwise.people.EmploymentStatus;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * The demo company's competency ratings and earned certifications. Everyone still employed rated
 * three to seven competencies of their current level in one sitting some time in the last eighteen
 * months, most managers then confirmed or differed with a comment a few days later, and about half
 * had rated themselves once before, so history exists. The employee of the demo account rated
 * everything their current and next level require: some ratings confirmed, some lowered by their
 * manager, some not yet confirmed, so their gap page shows met and unmet requirements. Deterministic:
 * its own seeded {@link Random}, dates counted back from the given day.
 */
record DemoAssessments(List<Rating> ratings, List<EarnedCertification> certifications) {

    static final String SELF = "SELF";
    static final String MANAGER = "MANAGER";
    private static final int HISTORY_DAYS = 540;

    /** One rating as the writer stores it; rater is null for a self rating. */
    record Rating(Member employee, String competency, int level, String kind, Member rater, String evidence,
                  String comment, OffsetDateTime ratedAt) {
    }

    record EarnedCertification(Member employee, String certification, LocalDate earnedOn, LocalDate expiresOn,
                               String evidence) {
    }

    /** Where a job title places its holders: a level of a published version and the level above, if any. */
    record Placement(Path path, Version version, int index) {

        Level level() {
            return version.levels().get(index);
        }

        Map<String, Integer> requirements() {
            return version.requirementsAt(index);
        }

        Optional<Level> next() {
            return index + 1 < version.levels().size() ? Optional.of(version.levels().get(index + 1))
                : Optional.empty();
        }

        Map<String, Integer> nextRequirements() {
            return index + 1 < version.levels().size() ? version.requirementsAt(index + 1) : Map.of();
        }
    }

    /** Every job title tied to a level of a published version, with that level. */
    static Map<String, Placement> placements() {
        Map<String, Placement> placements = new HashMap<>();
        for (Path path : DemoCareerPaths.PATHS) {
            path.published().ifPresent(version -> {
                for (int i = 0; i < version.levels().size(); i++) {
                    for (String title : version.levels().get(i).jobTitles()) {
                        Placement previous = placements.put(title, new Placement(path, version, i));
                        if (previous != null) {
                            throw new IllegalStateException(title + " is tied to two published levels");
                        }
                    }
                }
            });
        }
        return placements;
    }

    static DemoAssessments generate(DemoOrganisation organisation, LocalDate today, ZoneId zone) {
        return new Generator(today, zone).generate(organisation.members());
    }

    private static final class Generator {

        private final Random random = new Random(DemoOrganisation.SEED * 31 + 17);
        private final LocalDate today;
        private final ZoneId zone;
        private final Map<String, Placement> placements = placements();
        private final Map<String, Certification> catalogue = new HashMap<>();
        private final List<Rating> ratings = new ArrayList<>();
        private final List<EarnedCertification> certifications = new ArrayList<>();

        Generator(LocalDate today, ZoneId zone) {
            this.today = today;
            this.zone = zone;
            DemoCompetencies.CERTIFICATIONS.forEach(c -> catalogue.put(c.code(), c));
        }

        DemoAssessments generate(List<Member> members) {
            for (Member member : members) {
                Placement placement = placements.get(member.title);
                if (member.status == EmploymentStatus.INACTIVE || placement == null) {
                    continue;
                }
                if (DemoAccounts.EMPLOYEE.equals(member.account)) {
                    rateDemoEmployee(member, placement);
                } else {
                    rate(member, placement);
                }
                certify(member, placement);
            }
            return new DemoAssessments(List.copyOf(ratings), List.copyOf(certifications));
        }

        /** One self-assessment of 3 to 7 of the current level's competencies, usually confirmed by the manager. */
        private void rate(Member member, Placement placement) {
            List<Map.Entry<String, Integer>> required = new ArrayList<>(placement.requirements().entrySet());
            Collections.shuffle(required, random);
            int count = Math.min(required.size(), 3 + random.nextInt(5));
            LocalDate start = latest(today.minusDays(HISTORY_DAYS), member.hireDate);
            LocalDate end = today.minusDays(1);
            LocalDate selfDay = between(start, end);
            LocalDate managerDay = earliest(selfDay.plusDays(1 + random.nextInt(21)), end);
            Member manager = member.manager;
            boolean managerRates = manager != null && !managerDay.isBefore(manager.hireDate)
                && random.nextInt(100) < 75;
            LocalDate earlierDay = selfDay.minusDays(120 + random.nextInt(181));
            boolean history = !earlierDay.isBefore(start) && random.nextInt(100) < 50;
            boolean earlierManager = history && managerRates && !earlierDay.plusDays(14).isBefore(manager.hireDate)
                && random.nextBoolean();
            OffsetDateTime selfAt = at(selfDay);
            OffsetDateTime managerAt = at(managerDay);
            OffsetDateTime earlierAt = at(earlierDay);
            OffsetDateTime earlierManagerAt = at(earlierDay.plusDays(1 + random.nextInt(14)));
            for (Map.Entry<String, Integer> requirement : required.subList(0, count)) {
                String competency = requirement.getKey();
                int draw = random.nextInt(100);
                int self = clamp(requirement.getValue() + (draw < 8 ? -2 : draw < 33 ? -1 : draw < 80 ? 0 : 1));
                if (history) {
                    ratings.add(new Rating(member, competency, clamp(self - (random.nextInt(100) < 60 ? 1 : 0)), SELF,
                        null, evidence(member), null, earlierAt));
                }
                ratings.add(new Rating(member, competency, self, SELF, null, evidence(member), null, selfAt));
                if (managerRates) {
                    draw = random.nextInt(100);
                    int rated = clamp(draw < 65 ? self : draw < 90 ? self - 1 : self + 1);
                    if (earlierManager) {
                        ratings.add(new Rating(member, competency, clamp(rated - 1), MANAGER, manager, null,
                            null, earlierManagerAt));
                    }
                    ratings.add(new Rating(member, competency, rated, MANAGER, manager, null,
                        comment(manager, rated - self), managerAt));
                }
            }
        }

        /**
         * The demo employee rated every competency of their current and next level three weeks ago;
         * their manager confirmed some, rated some a level lower with a comment, and has not got to
         * the rest yet. Half of them had been rated half a year earlier too.
         */
        private void rateDemoEmployee(Member member, Placement placement) {
            Map<String, Integer> current = placement.requirements();
            Map<String, Integer> next = placement.nextRequirements();
            Set<String> competencies = new LinkedHashSet<>(current.keySet());
            competencies.addAll(next.keySet());
            Member manager = member.manager;
            OffsetDateTime earlierAt = at(today.minusDays(200));
            OffsetDateTime earlierManagerAt = at(today.minusDays(190));
            OffsetDateTime selfAt = at(today.minusDays(20));
            OffsetDateTime managerAt = at(today.minusDays(12));
            int index = 0;
            for (String competency : competencies) {
                int target = next.getOrDefault(competency, current.get(competency));
                int pattern = index % 4;
                int self = clamp(switch (pattern) {
                    case 2 -> target - 1;
                    case 3 -> target + 1;
                    default -> target;
                });
                Integer rated = switch (pattern) {
                    case 0 -> clamp(target - 1);
                    case 1, 3 -> target;
                    default -> null;
                };
                if (index % 2 == 0) {
                    ratings.add(new Rating(member, competency, clamp(self - 1), SELF, null, evidence(member), null,
                        earlierAt));
                    if (rated != null && manager != null) {
                        ratings.add(new Rating(member, competency, clamp(rated - 1), MANAGER, manager, null, null,
                            earlierManagerAt));
                    }
                }
                ratings.add(new Rating(member, competency, self, SELF, null, evidence(member, 100), null, selfAt));
                if (rated != null && manager != null) {
                    String comment = rated < self ? comment(manager, -1) : rated > self ? comment(manager, 1)
                        : index == 1 ? text(manager, CONFIRMED) : null;
                    ratings.add(new Rating(member, competency, rated, MANAGER, manager, null, comment, managerAt));
                }
                index++;
            }
            List<String> wanted = new ArrayList<>(placement.next().map(Level::certifications).orElse(List.of()));
            wanted.addAll(placement.level().certifications());
            String held = wanted.isEmpty() ? "AWS-SAA" : wanted.get(0);
            earn(member, held, today.minusDays(300));
        }

        /** Many hold what their level asks for, some already what the next one asks, some leaders PMP or Scrum. */
        private void certify(Member member, Placement placement) {
            if (DemoAccounts.EMPLOYEE.equals(member.account)) {
                return;
            }
            for (String code : placement.level().certifications()) {
                if (random.nextInt(100) < 55) {
                    earn(member, code, earnedDay(member));
                }
            }
            for (String code : placement.next().map(Level::certifications).orElse(List.of())) {
                if (random.nextInt(100) < 20) {
                    earn(member, code, earnedDay(member));
                }
            }
            if (member.isLeader() && random.nextInt(100) < 12) {
                earn(member, random.nextBoolean() ? "PMP" : "SCRUM-MASTER", earnedDay(member));
            }
        }

        private void earn(Member member, String code, LocalDate earnedOn) {
            Integer months = catalogue.get(code).validityMonths();
            String evidence = "Credential ID " + code + "-" + (100_000 + random.nextInt(900_000));
            certifications.add(new EarnedCertification(member, code, earnedOn,
                months == null ? null : earnedOn.plusMonths(months), evidence));
        }

        /** Some time in the four years up to last month, at most two years before they joined. */
        private LocalDate earnedDay(Member member) {
            LocalDate from = latest(today.minusYears(4), member.hireDate.minusYears(2));
            return between(from, today.minusDays(30));
        }

        private String evidence(Member member) {
            return evidence(member, 40);
        }

        /** Evidence in the person's language, given with this chance in a hundred. */
        private String evidence(Member member, int percent) {
            if (random.nextInt(100) >= percent) {
                return null;
            }
            String template = text(member, EVIDENCE.get(random.nextInt(EVIDENCE.size())));
            return template.replace("{n}", Integer.toString(1_000 + random.nextInt(9_000)));
        }

        /** A manager's comment on a rating that differs from the self rating; sometimes one on a confirmation. */
        private String comment(Member manager, int difference) {
            if (difference < 0) {
                return text(manager, LOWER.get(random.nextInt(LOWER.size())));
            }
            if (difference > 0) {
                return text(manager, HIGHER.get(random.nextInt(HIGHER.size())));
            }
            return random.nextInt(100) < 15 ? text(manager, CONFIRMED) : null;
        }

        private OffsetDateTime at(LocalDate day) {
            return day.atTime(8 + random.nextInt(10), random.nextInt(60)).atZone(zone).toOffsetDateTime();
        }

        private LocalDate between(LocalDate from, LocalDate to) {
            if (!to.isAfter(from)) {
                return to;
            }
            return from.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(from, to) + 1));
        }
    }

    private static String text(Member member, DemoFramework.Text text) {
        String language = member.language == null ? "en" : member.language;
        return language.startsWith("vi") ? text.vi() : language.startsWith("zh") ? text.zh() : text.en();
    }

    private static int clamp(int level) {
        return Math.max(1, Math.min(5, level));
    }

    private static LocalDate latest(LocalDate one, LocalDate other) {
        return one.isAfter(other) ? one : other;
    }

    private static LocalDate earliest(LocalDate one, LocalDate other) {
        return one.isBefore(other) ? one : other;
    }

    // Texts people wrote, in the language they work in.
    private static final List<DemoFramework.Text> EVIDENCE = List.of(
        DemoFramework.t("Led this in last quarter's release; the retrospective notes are in the team wiki.",
            "Đã dẫn dắt phần việc này trong đợt phát hành quý trước; biên bản rút kinh nghiệm có trên wiki của nhóm.",
            "在上季度的版本发布中主导了这部分工作，复盘记录在团队 wiki 上。"),
        DemoFramework.t("Peer feedback from the last review cycle mentions this directly.",
            "Phản hồi của đồng nghiệp trong kỳ đánh giá vừa rồi có nhắc trực tiếp đến điểm này.",
            "上一轮评估中同事的反馈直接提到了这一点。"),
        DemoFramework.t("Completed an internal course on this and have applied it on a live project since.",
            "Đã hoàn thành khóa học nội bộ về nội dung này và áp dụng vào dự án thực tế.",
            "完成了相关的内部课程，并已在实际项目中应用。"),
        DemoFramework.t("See my project report: https://wiki.example.com/reports/{n}",
            "Xem báo cáo dự án của tôi: https://wiki.example.com/reports/{n}",
            "请参阅我的项目报告：https://wiki.example.com/reports/{n}"),
        DemoFramework.t("Mentored a new colleague on this during their onboarding.",
            "Đã kèm cặp một đồng nghiệp mới về nội dung này trong thời gian hội nhập.",
            "在新同事入职期间就这方面对其进行了指导。"),
        DemoFramework.t("Received positive customer feedback on this (ticket #{n}).",
            "Nhận được phản hồi tích cực từ khách hàng về điểm này (yêu cầu #{n}).",
            "在这方面收到了客户的积极反馈（工单 #{n}）。"));

    private static final List<DemoFramework.Text> LOWER = List.of(
        DemoFramework.t("Good progress, but I have not yet seen this consistently without support. Let's look at it "
                + "again after the next project.",
            "Tiến bộ tốt, nhưng tôi chưa thấy bạn thể hiện điều này một cách ổn định khi không có hỗ trợ. Chúng ta sẽ "
                + "xem lại sau dự án tới.",
            "进步明显，但我还没有看到你在没有支持的情况下稳定地做到这一点。下一个项目结束后我们再看看。"),
        DemoFramework.t("I agree with the direction; the higher level needs evidence from work outside our team.",
            "Tôi đồng ý với hướng đi; để đạt mức cao hơn cần thêm minh chứng từ công việc ngoài nhóm.",
            "方向认同；要达到更高的级别，还需要来自团队之外工作的证据。"),
        DemoFramework.t("Close. I'd like to see you lead this on your own before I confirm the higher level.",
            "Gần đạt rồi. Tôi muốn thấy bạn tự dẫn dắt việc này trước khi xác nhận mức cao hơn.",
            "已经很接近了。我希望先看到你独立主导这项工作，再确认更高的级别。"));

    private static final List<DemoFramework.Text> HIGHER = List.of(
        DemoFramework.t("You undersell yourself here: your work on the last release showed this clearly.",
            "Bạn đang tự đánh giá thấp mình: công việc của bạn ở đợt phát hành vừa rồi đã thể hiện rõ điều này.",
            "你低估了自己：你在上次发布中的工作已经清楚地体现了这一点。"),
        DemoFramework.t("The team relies on you for this; I rate it one level higher.",
            "Cả nhóm đều dựa vào bạn ở mảng này; tôi đánh giá cao hơn một mức.",
            "团队在这方面很依赖你，我给出高一级的评价。"));

    private static final DemoFramework.Text CONFIRMED = DemoFramework.t("Agreed, well evidenced.",
        "Đồng ý, minh chứng rõ ràng.", "同意，证据充分。");
}
