package app.pathwise.demo;

import java.util.List;
import java.util.Random;

/**
 * Realistic names for the demo company: Vietnamese with diacritics (family, middle and given name,
 * "Nguyễn Thị Mai"), Chinese in characters ("王伟") or in pinyin in the Western order ("Wei Wang"),
 * and English. Each name carries the ASCII parts its work e-mail is made from.
 */
final class DemoNames {

    enum Culture { VIETNAMESE, CHINESE, CHINESE_PINYIN, ENGLISH }

    /** A person's name, whether it reads as female, and the parts of their e-mail address. */
    record PersonName(String fullName, boolean female, Culture culture, String emailGiven, String emailFamily) {
    }

    /** A name in two spellings: as written, and in the Latin alphabet (pinyin for Chinese). */
    private record Spelling(String written, String latin) {
    }

    // Weighted by how common the names are: Nguyễn is carried by almost two Vietnamese in five.
    private static final List<String> VIETNAMESE_FAMILY = weighted(
        "Nguyễn:38", "Trần:11", "Lê:9", "Phạm:7", "Hoàng:5", "Phan:4", "Huỳnh:4", "Vũ:4", "Võ:3", "Đặng:2",
        "Bùi:2", "Đỗ:2", "Hồ:1", "Ngô:1", "Dương:1", "Lý:1", "Đinh:1", "Trương:1", "Lâm:1", "Mai:1", "Trịnh:1",
        "Đoàn:1", "Cao:1", "Hà:1", "Lương:1", "Tạ:1", "Chu:1", "Thái:1");
    private static final List<String> VIETNAMESE_MIDDLE_FEMALE = weighted(
        "Thị:6", "Ngọc:2", "Thu:1", "Thanh:1", "Minh:1", "Phương:1", "Kim:1", "Hồng:1", "Bảo:1", "Khánh:1",
        "Mỹ:1", "Diệu:1", "Hoài:1");
    private static final List<String> VIETNAMESE_MIDDLE_MALE = weighted(
        "Văn:6", "Đức:2", "Minh:2", "Quốc:1", "Hữu:1", "Thanh:1", "Công:1", "Xuân:1", "Gia:1", "Hoàng:1",
        "Anh:1", "Trung:1", "Tuấn:1");
    private static final List<String> VIETNAMESE_GIVEN_FEMALE = List.of(
        "Mai", "Lan", "Hương", "Linh", "Trang", "Thảo", "Hà", "Ngọc", "Anh", "Hạnh", "Nhung", "Phương", "Vy",
        "Yến", "Trâm", "Quỳnh", "Hằng", "Thủy", "Loan", "Nga", "Huyền", "Diệp", "Oanh", "Giang", "Dung", "Hoa",
        "Chi", "My", "Nhi", "Uyên", "Tuyết", "Xuân");
    private static final List<String> VIETNAMESE_GIVEN_MALE = List.of(
        "Hùng", "Dũng", "Nam", "Minh", "Tuấn", "Huy", "Long", "Phong", "Quân", "Sơn", "Thắng", "Trung", "Khoa",
        "Đạt", "Hiếu", "Bảo", "Khải", "Lâm", "Phúc", "Tài", "Thành", "Vinh", "Việt", "Hải", "Kiên", "Nghĩa",
        "Quang", "Tâm", "Toàn", "Trí", "Cường", "Đức", "Hưng", "Duy");

    private static final List<Spelling> CHINESE_FAMILY = spellings(
        "王:Wang", "李:Li", "张:Zhang", "刘:Liu", "陈:Chen", "杨:Yang", "黄:Huang", "赵:Zhao", "吴:Wu", "周:Zhou",
        "徐:Xu", "孙:Sun", "马:Ma", "朱:Zhu", "胡:Hu", "郭:Guo", "何:He", "高:Gao", "林:Lin", "罗:Luo", "郑:Zheng",
        "梁:Liang", "谢:Xie", "宋:Song", "唐:Tang", "韩:Han", "冯:Feng", "邓:Deng", "曹:Cao", "许:Xu");
    private static final List<Spelling> CHINESE_GIVEN_FEMALE = spellings(
        "娜:Na", "静:Jing", "丽:Li", "敏:Min", "燕:Yan", "芳:Fang", "婷:Ting", "雪:Xue", "琳:Lin", "慧:Hui",
        "欣怡:Xinyi", "雨桐:Yutong", "思琪:Siqi", "佳怡:Jiayi", "晓红:Xiaohong", "梦洁:Mengjie", "秀英:Xiuying",
        "玉兰:Yulan", "海燕:Haiyan", "诗涵:Shihan", "颖:Ying", "倩:Qian");
    private static final List<Spelling> CHINESE_GIVEN_MALE = spellings(
        "伟:Wei", "强:Qiang", "磊:Lei", "军:Jun", "洋:Yang", "勇:Yong", "杰:Jie", "涛:Tao", "明:Ming", "超:Chao",
        "浩然:Haoran", "子轩:Zixuan", "建华:Jianhua", "志强:Zhiqiang", "俊杰:Junjie", "宇航:Yuhang", "文博:Wenbo",
        "国庆:Guoqing", "晨:Chen", "鹏:Peng", "斌:Bin", "刚:Gang");

    private static final List<String> ENGLISH_FAMILY = List.of(
        "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson", "Wright",
        "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Jackson", "Clarke", "Hughes",
        "Edwards", "Turner", "Harris", "Martin", "Cooper", "Hill", "Ward", "Morris", "Moore", "O'Connor",
        "O'Brien", "MacDonald");
    private static final List<String> ENGLISH_GIVEN_FEMALE = List.of(
        "Emma", "Olivia", "Sophie", "Charlotte", "Amelia", "Grace", "Hannah", "Lucy", "Chloe", "Emily", "Jessica",
        "Sarah", "Rachel", "Laura", "Megan", "Alice", "Eleanor", "Isabel", "Zoe", "Claire", "Rebecca", "Holly");
    private static final List<String> ENGLISH_GIVEN_MALE = List.of(
        "James", "Oliver", "Jack", "Harry", "George", "Thomas", "William", "Daniel", "Matthew", "Samuel",
        "Benjamin", "Joseph", "Michael", "David", "Andrew", "Edward", "Henry", "Luke", "Ryan", "Adam", "Peter",
        "Simon");

    private DemoNames() {
    }

    /** Half Vietnamese, a quarter Chinese (a third of them known by a pinyin name), a quarter English. */
    static Culture nextCulture(Random random) {
        int draw = random.nextInt(100);
        if (draw < 50) {
            return Culture.VIETNAMESE;
        }
        if (draw < 67) {
            return Culture.CHINESE;
        }
        return draw < 75 ? Culture.CHINESE_PINYIN : Culture.ENGLISH;
    }

    static PersonName next(Random random, Culture culture, boolean female) {
        return switch (culture) {
            case VIETNAMESE -> {
                String family = pick(random, VIETNAMESE_FAMILY);
                String middle = pick(random, female ? VIETNAMESE_MIDDLE_FEMALE : VIETNAMESE_MIDDLE_MALE);
                String given = pick(random, female ? VIETNAMESE_GIVEN_FEMALE : VIETNAMESE_GIVEN_MALE);
                if (middle.equals(given)) {
                    middle = female ? "Thị" : "Văn";
                }
                yield new PersonName(family + " " + middle + " " + given, female, culture, given, family);
            }
            case CHINESE, CHINESE_PINYIN -> {
                Spelling family = pick(random, CHINESE_FAMILY);
                Spelling given = pick(random, female ? CHINESE_GIVEN_FEMALE : CHINESE_GIVEN_MALE);
                String fullName = culture == Culture.CHINESE ? family.written() + given.written()
                    : given.latin() + " " + family.latin();
                yield new PersonName(fullName, female, culture, given.latin(), family.latin());
            }
            case ENGLISH -> {
                String family = pick(random, ENGLISH_FAMILY);
                String given = pick(random, female ? ENGLISH_GIVEN_FEMALE : ENGLISH_GIVEN_MALE);
                yield new PersonName(given + " " + family, female, culture, given, family);
            }
        };
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static List<String> weighted(String... namesAndWeights) {
        return java.util.Arrays.stream(namesAndWeights)
            .map(entry -> entry.split(":"))
            .flatMap(parts -> java.util.Collections.nCopies(Integer.parseInt(parts[1]), parts[0]).stream())
            .toList();
    }

    private static List<Spelling> spellings(String... writtenAndLatin) {
        return java.util.Arrays.stream(writtenAndLatin)
            .map(entry -> entry.split(":"))
            .map(parts -> new Spelling(parts[0], parts[1]))
            .toList();
    }
}
