package app.pathwise.demo;

import app.pathwise.demo.DemoNames.Culture;
import app.pathwise.people.Gender;
import java.util.List;
import java.util.Random;

/**
 * Who each person is: name and work e-mail, preferred language (most Vietnamese prefer vi, most
 * Chinese zh-CN), where they work, and the optional gender and birth year most people filled in.
 */
final class PersonDetails {

    private static final List<String> VIETNAM = List.of(
        "Ho Chi Minh City", "Ho Chi Minh City", "Ho Chi Minh City", "Ho Chi Minh City", "Ho Chi Minh City",
        "Hanoi", "Hanoi", "Hanoi", "Da Nang", "Singapore");
    private static final List<String> CHINA = List.of(
        "Shanghai", "Shanghai", "Shanghai", "Shenzhen", "Shenzhen", "Beijing", "Singapore", "Singapore",
        "Ho Chi Minh City", "Hanoi");
    private static final List<String> ENGLISH = List.of(
        "London", "London", "London", "Singapore", "Singapore", "Sydney", "Ho Chi Minh City", "Hanoi",
        "Shanghai", "Da Nang");

    private PersonDetails() {
    }

    static void describe(OrgChart chart, Random random) {
        WorkEmails emails = new WorkEmails();
        DemoAccounts.ALL.forEach(key -> emails.reserve(key + "@" + WorkEmails.DOMAIN));
        for (Member member : chart.members()) {
            Culture culture = DemoNames.nextCulture(random);
            boolean female = random.nextBoolean();
            member.name = DemoNames.next(random, culture, female);
            member.email = member.account != null ? member.account + "@" + WorkEmails.DOMAIN
                : emails.allocate(member.name.emailGiven(), member.name.emailFamily());
            member.language = language(culture, random);
            member.location = location(culture, random);
            member.gender = gender(female, random);
        }
    }

    private static String language(Culture culture, Random random) {
        int draw = random.nextInt(100);
        return switch (culture) {
            case VIETNAMESE -> draw < 75 ? "vi" : "en";
            case CHINESE -> draw < 80 ? "zh-CN" : "en";
            case CHINESE_PINYIN -> draw < 40 ? "zh-CN" : "en";
            case ENGLISH -> draw < 3 ? "vi" : "en";
        };
    }

    private static String location(Culture culture, Random random) {
        if (random.nextInt(100) < 5) {
            return null;
        }
        List<String> places = switch (culture) {
            case VIETNAMESE -> VIETNAM;
            case CHINESE, CHINESE_PINYIN -> CHINA;
            case ENGLISH -> ENGLISH;
        };
        return places.get(random.nextInt(places.size()));
    }

    private static Gender gender(boolean female, Random random) {
        int draw = random.nextInt(100);
        if (draw < 5) {
            return null;
        }
        if (draw < 11) {
            return Gender.UNDISCLOSED;
        }
        if (draw < 12) {
            return Gender.OTHER;
        }
        return female ? Gender.FEMALE : Gender.MALE;
    }
}
