package app.pathwise.demo;

import static app.pathwise.demo.DemoFramework.requires;
import static app.pathwise.demo.DemoFramework.t;

import app.pathwise.demo.DemoFramework.Family;
import app.pathwise.demo.DemoFramework.Level;
import app.pathwise.demo.DemoFramework.Move;
import app.pathwise.demo.DemoFramework.Path;
import app.pathwise.demo.DemoFramework.Status;
import app.pathwise.demo.DemoFramework.Text;
import app.pathwise.demo.DemoFramework.Timeline;
import app.pathwise.demo.DemoFramework.Version;
import java.util.List;

/**
 * The demo company's career paths: four job families, fourteen paths of three to five levels. Every
 * job title of {@link DemoCatalogue} is tied to one level of a published version, so everyone has a
 * current level. Software and Quality Engineering have a retired first version and a published
 * second one with a change note, Customer Success has a second version awaiting an executive's
 * approval, and Data Science is a draft nobody but HR sees yet.
 */
final class DemoCareerPaths {

    static final String ENGINEERING = "ENGINEERING";
    static final String GO_TO_MARKET = "SALES-CUSTOMER";
    static final String PRODUCT = "PRODUCT-DESIGN";
    static final String CORPORATE = "CORPORATE";

    static final String SOFTWARE_ENGINEERING = "SOFTWARE-ENGINEERING";
    static final String ENGINEERING_MANAGEMENT = "ENGINEERING-MANAGEMENT";
    static final String QUALITY_ENGINEERING = "QUALITY-ENGINEERING";
    static final String DATA_SCIENCE = "DATA-SCIENCE";
    static final String SALES = "SALES";
    static final String CUSTOMER_SUCCESS = "CUSTOMER-SUCCESS";
    static final String MARKETING = "MARKETING";
    static final String PRODUCT_MANAGEMENT = "PRODUCT-MANAGEMENT";
    static final String PRODUCT_DESIGN = "UX-DESIGN";
    static final String PEOPLE_PARTNERING = "PEOPLE-PARTNERING";
    static final String FINANCE = "FINANCE";
    static final String BUSINESS_OPERATIONS = "BUSINESS-OPERATIONS";
    static final String IT_OPERATIONS = "IT-OPERATIONS";
    static final String PEOPLE_LEADERSHIP = "PEOPLE-LEADERSHIP";

    private static final String SPECIALIST = "SPECIALIST";
    private static final String MANAGEMENT = "MANAGEMENT";
    private static final String GENERAL = "GENERAL";

    private DemoCareerPaths() {
    }

    static final List<Family> FAMILIES = List.of(
        new Family(ENGINEERING, t("Engineering", "Kỹ thuật", "工程技术"),
            t("Building, testing and running the software our customers rely on.",
                "Xây dựng, kiểm thử và vận hành phần mềm mà khách hàng tin dùng.",
                "构建、测试并运行客户所依赖的软件。")),
        new Family(GO_TO_MARKET, t("Sales, Marketing and Customer", "Kinh doanh, Marketing và Khách hàng", "销售、市场与客户"),
            t("Winning, growing and keeping customers, from the first campaign to the renewal.",
                "Thu hút, phát triển và giữ chân khách hàng, từ chiến dịch đầu tiên đến lần gia hạn hợp đồng.",
                "赢得、发展并留住客户，从第一次营销活动到续约。")),
        new Family(PRODUCT, t("Product and Design", "Sản phẩm và Thiết kế", "产品与设计"),
            t("Discovering what to build and designing experiences people love to use.",
                "Khám phá nên xây dựng gì và thiết kế những trải nghiệm người dùng yêu thích.",
                "发现应该构建什么，并设计人们喜爱使用的体验。")),
        new Family(CORPORATE, t("Corporate Functions and Leadership", "Khối chức năng và Lãnh đạo", "职能与管理"),
            t("People, finance, operations, IT and general management: the functions that keep the company healthy "
                    + "and growing.",
                "Nhân sự, tài chính, vận hành, công nghệ thông tin và quản lý chung: những bộ phận giúp công ty vận "
                    + "hành ổn định và phát triển.",
                "人力、财务、运营、IT 和综合管理：保障公司健康发展的各职能部门。")));

    // Education texts shared by several levels.
    private static final Text EDU_CS = t(
        "Bachelor's degree in computer science, engineering or a related field, or equivalent practical experience.",
        "Bằng cử nhân khoa học máy tính, kỹ thuật hoặc ngành liên quan, hoặc kinh nghiệm thực tế tương đương.",
        "计算机科学、工程或相关专业本科学历，或同等的实践经验。");
    private static final Text EDU_CS_SENIOR = t(
        "Degree in computer science or engineering; a master's degree or an MBA is an advantage.",
        "Bằng đại học ngành khoa học máy tính hoặc kỹ thuật; có bằng thạc sĩ hoặc MBA là một lợi thế.",
        "计算机科学或工程专业学历；具有硕士学位或 MBA 者优先。");
    private static final Text EDU_IT = t(
        "College or bachelor's degree in information technology, or equivalent certifications and experience.",
        "Bằng cao đẳng hoặc đại học ngành công nghệ thông tin, hoặc chứng chỉ và kinh nghiệm tương đương.",
        "信息技术专业大专或本科学历，或同等的认证和经验。");
    private static final Text EDU_DATA = t(
        "Bachelor's or master's degree in statistics, mathematics, computer science or a related quantitative field.",
        "Bằng cử nhân hoặc thạc sĩ ngành thống kê, toán học, khoa học máy tính hoặc ngành định lượng liên quan.",
        "统计学、数学、计算机科学或相关定量学科的本科或硕士学历。");
    private static final Text EDU_BUSINESS = t(
        "Bachelor's degree in business, economics, marketing or a related field, or equivalent experience.",
        "Bằng cử nhân quản trị kinh doanh, kinh tế, marketing hoặc ngành liên quan, hoặc kinh nghiệm tương đương.",
        "工商管理、经济学、市场营销或相关专业本科学历，或同等经验。");
    private static final Text EDU_PRODUCT = t(
        "Bachelor's degree in business, engineering, computer science or a related field, or equivalent experience.",
        "Bằng cử nhân quản trị kinh doanh, kỹ thuật, khoa học máy tính hoặc ngành liên quan, hoặc kinh nghiệm tương "
            + "đương.",
        "工商管理、工程、计算机科学或相关专业本科学历，或同等经验。");
    private static final Text EDU_DESIGN = t(
        "Degree in design, human-computer interaction, psychology or a related field, or an equivalent portfolio.",
        "Bằng cấp về thiết kế, tương tác người – máy, tâm lý học hoặc ngành liên quan, hoặc hồ sơ năng lực tương "
            + "đương.",
        "设计、人机交互、心理学或相关专业学历，或同等水平的作品集。");
    private static final Text EDU_HR = t(
        "Bachelor's degree in human resources, psychology, law or business administration.",
        "Bằng cử nhân quản trị nhân lực, tâm lý học, luật hoặc quản trị kinh doanh.",
        "人力资源管理、心理学、法学或工商管理专业本科学历。");
    private static final Text EDU_FINANCE = t(
        "Bachelor's degree in accounting or finance.",
        "Bằng cử nhân kế toán hoặc tài chính.",
        "会计或金融专业本科学历。");
    private static final Text EDU_FINANCE_SENIOR = t(
        "Degree in accounting or finance and a professional qualification such as CPA or ACCA; an MBA is an "
            + "advantage.",
        "Bằng đại học chuyên ngành kế toán hoặc tài chính và chứng chỉ hành nghề như CPA hoặc ACCA; có bằng MBA là "
            + "một lợi thế.",
        "会计或金融专业学历，并持有 CPA 或 ACCA 等专业资格；具有 MBA 学位者优先。");
    private static final Text EDU_ANY = t(
        "Bachelor's degree or equivalent experience.",
        "Bằng cử nhân hoặc kinh nghiệm tương đương.",
        "本科学历或同等经验。");
    private static final Text EDU_MBA = t(
        "Bachelor's degree; a master's degree such as an MBA is an advantage.",
        "Bằng cử nhân; có bằng thạc sĩ (ví dụ MBA) là một lợi thế.",
        "本科学历；拥有 MBA 等硕士学位者优先。");

    // ---------------------------------------------------------------- Software Engineering
    private static final Level SWE_ASSOCIATE = level("SWE-ASSOCIATE", 0,
        t("Associate Software Engineer", "Kỹ sư phần mềm sơ cấp", "初级软件工程师"),
        t("Builds well-defined features with guidance while learning the team's codebase, tools and practices.",
            "Xây dựng các tính năng đã được mô tả rõ với sự hướng dẫn, đồng thời làm quen với mã nguồn, công cụ và "
                + "cách làm việc của nhóm.",
            "在指导下开发定义明确的功能，同时熟悉团队的代码库、工具和工作方法。"),
        t("Implements and tests small features and fixes; takes part in code reviews and stand-ups; asks for help "
                + "early; documents what they learn for the next newcomer.",
            "Phát triển và kiểm thử các tính năng nhỏ và bản sửa lỗi; tham gia review mã và họp nhanh hằng ngày; chủ "
                + "động hỏi sớm khi gặp khó khăn; ghi lại những điều đã học cho người đến sau.",
            "实现并测试小型功能和缺陷修复；参与代码评审和每日站会；遇到困难及早求助；为后来的新人记录所学内容。"),
        EDU_CS, List.of(), List.of());
    private static final Level SWE = level("SWE", 2,
        t("Software Engineer", "Kỹ sư phần mềm", "软件工程师"),
        t("Delivers features independently from design to production and owns the quality of their work.",
            "Tự chủ triển khai tính năng từ thiết kế đến khi đưa vào vận hành và chịu trách nhiệm về chất lượng công "
                + "việc của mình.",
            "独立完成从设计到上线的功能交付，并对自己的工作质量负责。"),
        t("Breaks features into tasks and estimates them; writes tested, reviewed code; deploys and monitors their "
                + "changes; fixes production issues in their area; reviews teammates' code.",
            "Chia nhỏ tính năng thành các đầu việc và ước lượng; viết mã có kiểm thử và được review; triển khai và "
                + "theo dõi thay đổi của mình; xử lý sự cố vận hành trong phạm vi phụ trách; review mã của đồng đội.",
            "将功能拆分为任务并进行估算；编写经过测试和评审的代码；部署并监控自己的变更；修复所负责领域的线上问题；评审队友的代码。"),
        EDU_CS, List.of("SWE"), List.of());
    private static final Level SWE_SENIOR = level("SWE-SENIOR", 5,
        t("Senior Software Engineer", "Kỹ sư phần mềm cấp cao", "高级软件工程师"),
        t("Leads the technical delivery of larger projects in their team and helps others grow.",
            "Dẫn dắt việc triển khai kỹ thuật của các dự án lớn hơn trong nhóm và giúp người khác phát triển.",
            "主导团队中较大项目的技术交付，并帮助他人成长。"),
        t("Designs components and services and writes design documents; makes sound trade-offs between speed and "
                + "quality; mentors engineers; takes part in on-call and leads incident follow-up; works with product "
                + "and design on scope.",
            "Thiết kế các thành phần, dịch vụ và viết tài liệu thiết kế; cân nhắc hợp lý giữa tốc độ và chất lượng; "
                + "kèm cặp các kỹ sư khác; tham gia trực sự cố và chủ trì khắc phục sau sự cố; cùng bộ phận sản phẩm "
                + "và thiết kế xác định phạm vi.",
            "设计组件和服务并撰写设计文档；在速度与质量之间做出合理权衡；指导其他工程师；参与值班并主导故障后续改进；与产品和设计团队共同确定范围。"),
        EDU_CS, List.of("SSE"), List.of(),
        new Move(ENGINEERING_MANAGEMENT, "EM-TECH-LEAD",
            t("A first step into leadership: you keep coding part of the time while you plan, delegate and coach for "
                    + "a team. It takes coaching and delegation at Intermediate level; leading a project end to end "
                    + "first is the best preparation.",
                "Bước đầu tiên vào vai trò lãnh đạo: bạn vẫn viết mã một phần thời gian trong khi lập kế hoạch, giao "
                    + "việc và huấn luyện cho cả nhóm. Cần năng lực huấn luyện và ủy quyền ở mức Trung cấp; dẫn dắt "
                    + "trọn vẹn một dự án trước đó là cách chuẩn bị tốt nhất.",
                "迈向管理岗位的第一步：你仍会花部分时间写代码，同时为团队做规划、分派任务和辅导成员。需要辅导和授权能力达到中级；先完整主导一个项目是最好的准备。")),
        new Move(PRODUCT_MANAGEMENT, "PM",
            t("For senior engineers drawn more to the why than the how. It takes product discovery and customer focus "
                    + "at Intermediate level; pairing with a product manager for a quarter is a good way to try it.",
                "Dành cho kỹ sư cấp cao quan tâm đến câu hỏi “vì sao” hơn là “làm thế nào”. Cần năng lực khám phá sản "
                    + "phẩm và hướng tới khách hàng ở mức Trung cấp; làm việc cặp đôi với một quản lý sản phẩm trong "
                    + "một quý là cách thử sức tốt.",
                "适合更关心“为什么做”而非“怎么做”的高级工程师。需要产品探索和客户导向能力达到中级；与一位产品经理搭档工作一个季度是不错的尝试方式。")));
    private static final Level SWE_STAFF = level("SWE-STAFF", 8,
        t("Staff Software Engineer", "Kỹ sư phần mềm chính", "主任软件工程师"),
        t("Solves technical problems that span several teams and raises the engineering bar beyond their own team.",
            "Giải quyết các bài toán kỹ thuật trải rộng nhiều nhóm và nâng chuẩn kỹ thuật vượt ra ngoài phạm vi nhóm "
                + "mình.",
            "解决跨多个团队的技术难题，并在本团队之外提升工程标准。"),
        t("Leads the architecture of cross-team systems; identifies and reduces technical risk and debt; defines "
                + "service level objectives with operations; coaches senior engineers; represents engineering in "
                + "planning.",
            "Dẫn dắt kiến trúc của các hệ thống liên nhóm; nhận diện và giảm thiểu rủi ro, nợ kỹ thuật; cùng bộ phận "
                + "vận hành xác định mục tiêu mức dịch vụ; huấn luyện các kỹ sư cấp cao; đại diện khối kỹ thuật trong "
                + "hoạch định.",
            "主导跨团队系统的架构；识别并降低技术风险和技术债务；与运维团队共同制定服务等级目标；辅导高级工程师；在规划中代表工程团队。"),
        EDU_CS, List.of(), List.of("AWS-SAA"));
    private static final Level SWE_PRINCIPAL = level("SWE-PRINCIPAL", 12,
        t("Principal Software Engineer", "Kỹ sư phần mềm trưởng", "首席软件工程师"),
        t("Sets technical direction for the engineering organisation and is trusted with its most critical "
                + "decisions.",
            "Định hướng kỹ thuật cho toàn khối kỹ thuật và được tin tưởng giao những quyết định quan trọng nhất.",
            "为工程组织确定技术方向，承担最关键的技术决策。"),
        t("Defines architecture principles and the long-term technical strategy with the CTO; reviews the most "
                + "critical designs; leads modernisation programmes; grows staff engineers; represents the company in "
                + "the technical community.",
            "Cùng CTO xây dựng nguyên tắc kiến trúc và chiến lược kỹ thuật dài hạn; thẩm định những thiết kế quan "
                + "trọng nhất; dẫn dắt các chương trình hiện đại hóa; phát triển đội ngũ kỹ sư chính; đại diện công ty "
                + "trong cộng đồng kỹ thuật.",
            "与 CTO 共同制定架构原则和长期技术战略；评审最关键的设计；主导现代化改造项目；培养主任工程师；在技术社区中代表公司。"),
        EDU_CS_SENIOR, List.of(), List.of());

    private static final Text SWE_NAME = t("Software Engineering", "Kỹ thuật phần mềm", "软件工程");
    private static final Text SWE_DESCRIPTION = t(
        "The specialist track for engineers who design, build and run our products, from first commits to "
            + "company-wide technical leadership.",
        "Lộ trình chuyên môn dành cho kỹ sư thiết kế, xây dựng và vận hành sản phẩm, từ những dòng mã đầu tiên đến vai "
            + "trò dẫn dắt kỹ thuật toàn công ty.",
        "面向设计、构建和运行产品的工程师的专业发展通道，从第一次提交代码到引领全公司的技术方向。");

    private static final Path SOFTWARE_ENGINEERING_PATH = new Path(SOFTWARE_ENGINEERING, ENGINEERING, SPECIALIST,
        List.of(
            new Version(1, Status.RETIRED, SWE_NAME, SWE_DESCRIPTION, null,
                List.of(SWE_ASSOCIATE, SWE, SWE_SENIOR, SWE_PRINCIPAL),
                List.of(
                    requires("SOFTWARE-DESIGN", 1, 2, 3, 5),
                    requires("CODE-QUALITY", 2, 3, 4, 5),
                    requires("TESTING", 2, 3, 3, 0),
                    requires("CLOUD-OPS", 0, 0, 3, 4),
                    requires("PROBLEM-SOLVING", 2, 3, 4, 5),
                    requires("COMMUNICATION", 2, 2, 3, 4),
                    requires("TEAMWORK", 2, 3, 0, 0),
                    requires("COACHING", 0, 0, 3, 4)),
                new Timeline(430, 420, 415, 75)),
            new Version(2, Status.PUBLISHED, SWE_NAME, SWE_DESCRIPTION,
                "Adds the Staff Software Engineer level between Senior and Principal, so senior engineers have a "
                    + "technical step before Principal; Staff requires the AWS Solutions Architect – Associate "
                    + "certification. Cloud and operations is now required from Software Engineer on (Basic), and "
                    + "Principal now requires strategic thinking.",
                List.of(SWE_ASSOCIATE, SWE, SWE_SENIOR, SWE_STAFF, SWE_PRINCIPAL),
                List.of(
                    requires("SOFTWARE-DESIGN", 1, 2, 3, 4, 5),
                    requires("CODE-QUALITY", 2, 3, 4, 4, 5),
                    requires("TESTING", 2, 3, 3, 4, 0),
                    requires("CLOUD-OPS", 0, 2, 3, 4, 4),
                    requires("PROBLEM-SOLVING", 2, 3, 4, 4, 5),
                    requires("COMMUNICATION", 2, 2, 3, 4, 4),
                    requires("TEAMWORK", 2, 3, 0, 0, 0),
                    requires("COACHING", 0, 0, 3, 4, 4),
                    requires("STRATEGIC-THINKING", 0, 0, 0, 0, 4)),
                new Timeline(120, 85, 75, null))));

    // ---------------------------------------------------------------- Engineering Management
    private static final Path ENGINEERING_MANAGEMENT_PATH = published(ENGINEERING_MANAGEMENT, ENGINEERING, MANAGEMENT,
        t("Engineering Management", "Quản lý kỹ thuật", "工程管理"),
        t("The management track for engineers who lead people: from guiding one team's delivery to running the "
                + "engineering organisation.",
            "Lộ trình quản lý dành cho kỹ sư dẫn dắt con người: từ định hướng việc triển khai của một nhóm đến điều "
                + "hành toàn bộ khối kỹ thuật.",
            "面向带人管理的工程师的发展通道：从带领一个团队交付到管理整个工程组织。"),
        300,
        List.of(
            level("EM-TECH-LEAD", 5,
                t("Tech Lead", "Trưởng nhóm kỹ thuật", "技术负责人"),
                t("Leads a team's technical delivery while still writing code, and takes first steps in people "
                        + "leadership.",
                    "Dẫn dắt việc triển khai kỹ thuật của một nhóm trong khi vẫn trực tiếp viết mã, và bắt đầu những "
                        + "bước đầu tiên trong quản lý con người.",
                    "在继续编写代码的同时带领团队完成技术交付，并迈出人员管理的第一步。"),
                t("Plans the team's technical work with the engineering manager; sets coding and review standards; "
                        + "unblocks engineers and delegates tasks; coaches junior engineers; keeps stakeholders "
                        + "informed of progress and risks.",
                    "Cùng quản lý kỹ thuật lập kế hoạch công việc kỹ thuật của nhóm; đặt chuẩn viết mã và review; tháo "
                        + "gỡ vướng mắc và phân công nhiệm vụ cho kỹ sư; kèm cặp kỹ sư mới; cập nhật tiến độ và rủi ro "
                        + "cho các bên liên quan.",
                    "与工程经理共同规划团队的技术工作；制定编码和评审标准；为工程师排除障碍并分派任务；指导初级工程师；向相关方通报进展和风险。"),
                EDU_CS, List.of("TECH-LEAD"), List.of(),
                new Move(SOFTWARE_ENGINEERING, "SWE-STAFF",
                    t("For tech leads who prefer technical depth to people leadership. It takes software design at "
                            + "Advanced level and a record of influencing other teams' technical decisions.",
                        "Dành cho trưởng nhóm kỹ thuật muốn đi sâu về chuyên môn hơn là quản lý con người. Cần năng "
                            + "lực thiết kế phần mềm ở mức Nâng cao và đã từng tác động đến các quyết định kỹ thuật "
                            + "của những nhóm khác.",
                        "适合更偏好技术深度而非人员管理的技术负责人。需要软件设计能力达到高级，并有影响其他团队技术决策的经历。"))),
            level("EM", 7,
                t("Engineering Manager", "Quản lý kỹ thuật (Engineering Manager)", "工程经理"),
                t("Leads one or two engineering teams: their people, their delivery and their health.",
                    "Dẫn dắt một đến hai nhóm kỹ thuật: con người, tiến độ triển khai và sự gắn kết của nhóm.",
                    "带领一到两个工程团队，对人员、交付和团队健康负责。"),
                t("Hires and develops engineers and runs regular one-to-ones; plans delivery with product and keeps "
                        + "commitments realistic; handles performance issues early; improves the team's processes; "
                        + "represents the team to other departments.",
                    "Tuyển dụng và phát triển kỹ sư, trao đổi 1:1 định kỳ; cùng bộ phận sản phẩm lập kế hoạch triển "
                        + "khai và giữ cam kết thực tế; xử lý sớm các vấn đề hiệu suất; cải tiến quy trình làm việc "
                        + "của nhóm; đại diện nhóm làm việc với các phòng ban khác.",
                    "招聘并培养工程师，定期进行一对一沟通；与产品团队共同规划交付，确保承诺切实可行；及早处理绩效问题；改进团队流程；代表团队与其他部门协作。"),
                EDU_CS, List.of("EM"), List.of()),
            level("EM-SENIOR", 9,
                t("Senior Engineering Manager", "Quản lý kỹ thuật cấp cao", "高级工程经理"),
                t("Leads several teams through their managers and tech leads and shapes how a product area is built.",
                    "Dẫn dắt nhiều nhóm thông qua các quản lý và trưởng nhóm kỹ thuật, định hình cách xây dựng một "
                        + "mảng sản phẩm.",
                    "通过经理和技术负责人带领多个团队，决定一个产品领域的建设方式。"),
                t("Grows managers and tech leads; designs team structures and hiring plans; aligns the roadmap of "
                        + "several teams with product leadership; owns the budget and delivery risks of the area; "
                        + "leads change within the area.",
                    "Phát triển đội ngũ quản lý và trưởng nhóm kỹ thuật; thiết kế cơ cấu nhóm và kế hoạch tuyển dụng; "
                        + "đồng bộ lộ trình của nhiều nhóm với lãnh đạo sản phẩm; chịu trách nhiệm ngân sách và rủi ro "
                        + "triển khai của mảng phụ trách; dẫn dắt thay đổi trong phạm vi mảng.",
                    "培养经理和技术负责人；设计团队结构和招聘计划；与产品负责人协调多个团队的路线图；负责该领域的预算和交付风险；在领域内推动变革。"),
                EDU_CS, List.of(), List.of()),
            level("EM-DIRECTOR", 12,
                t("Director of Engineering", "Giám đốc kỹ thuật", "工程总监"),
                t("Leads a large part of the engineering organisation and turns company strategy into engineering "
                        + "plans.",
                    "Dẫn dắt một bộ phận lớn của khối kỹ thuật và chuyển hóa chiến lược công ty thành kế hoạch kỹ "
                        + "thuật.",
                    "领导工程组织的一大部分，并将公司战略转化为工程计划。"),
                t("Sets goals and the organisation design for several areas; builds the leadership bench; decides on "
                        + "major technical investments with the CTO; leads organisation-wide changes; manages a "
                        + "significant budget.",
                    "Đặt mục tiêu và thiết kế tổ chức cho nhiều mảng; xây dựng đội ngũ lãnh đạo kế cận; cùng CTO quyết "
                        + "định các khoản đầu tư kỹ thuật lớn; dẫn dắt những thay đổi trên toàn tổ chức; quản lý một "
                        + "ngân sách đáng kể.",
                    "为多个领域设定目标并设计组织架构；建设领导梯队；与 CTO 共同决定重大技术投资；主导全组织范围的变革；管理相当规模的预算。"),
                EDU_CS_SENIOR, List.of(), List.of()),
            level("EM-CTO", 15,
                t("Chief Technology Officer", "Giám đốc công nghệ (CTO)", "首席技术官"),
                t("Leads technology and engineering for the whole company as a member of the executive team.",
                    "Lãnh đạo công nghệ và kỹ thuật cho toàn công ty với tư cách thành viên ban điều hành.",
                    "作为高管团队成员，领导全公司的技术与工程工作。"),
                t("Sets the technology vision and strategy; builds and leads the engineering leadership team; owns "
                        + "security, reliability and the engineering budget; represents technology to the board, "
                        + "customers and partners.",
                    "Xây dựng tầm nhìn và chiến lược công nghệ; xây dựng và dẫn dắt đội ngũ lãnh đạo kỹ thuật; chịu "
                        + "trách nhiệm về bảo mật, độ tin cậy và ngân sách kỹ thuật; đại diện mảng công nghệ trước hội "
                        + "đồng quản trị, khách hàng và đối tác.",
                    "制定技术愿景和战略；组建并领导工程管理团队；负责安全、可靠性和工程预算；在董事会、客户和合作伙伴面前代表技术部门。"),
                EDU_CS_SENIOR, List.of("CTO"), List.of())),
        List.of(
            requires("SOFTWARE-DESIGN", 4, 3, 3, 0, 0),
            requires("COMMUNICATION", 3, 4, 4, 5, 5),
            requires("COACHING", 3, 4, 4, 4, 4),
            requires("DELEGATION", 2, 3, 4, 4, 5),
            requires("BUILDING-TEAMS", 0, 3, 4, 4, 5),
            requires("DECISION-MAKING", 3, 3, 4, 4, 5),
            requires("STRATEGIC-THINKING", 0, 0, 3, 4, 5),
            requires("CHANGE-LEADERSHIP", 0, 0, 0, 4, 5),
            requires("TIME-MANAGEMENT", 3, 3, 0, 0, 0)));

    // ---------------------------------------------------------------- Quality Engineering
    private static final Level QE = level("QE", 0,
        t("QA Engineer", "Kỹ sư kiểm thử (QA)", "测试工程师"),
        t("Tests features against their requirements and automates checks under guidance.",
            "Kiểm thử tính năng theo yêu cầu và tự động hóa các bước kiểm tra với sự hướng dẫn.",
            "根据需求测试功能，并在指导下将检查自动化。"),
        t("Writes and runs test cases for the team's features; reports defects clearly and verifies fixes; adds "
                + "automated tests to the regression suite; takes part in refinement to make requirements testable.",
            "Viết và thực hiện ca kiểm thử cho các tính năng của nhóm; báo lỗi rõ ràng và xác nhận bản sửa; bổ sung "
                + "kiểm thử tự động vào bộ kiểm thử hồi quy; tham gia làm rõ yêu cầu để yêu cầu có thể kiểm thử được.",
            "为团队功能编写并执行测试用例；清晰报告缺陷并验证修复；向回归测试套件补充自动化测试；参与需求梳理，使需求可测试。"),
        EDU_CS, List.of("QAE"), List.of(),
        new Move(SOFTWARE_ENGINEERING, "SWE",
            t("QA engineers who automate a lot often move into software engineering. It takes code quality at "
                    + "Intermediate and software design at Basic level; contributing features to the product first "
                    + "helps.",
                "Kỹ sư kiểm thử làm nhiều về tự động hóa thường chuyển sang kỹ sư phần mềm. Cần chất lượng mã nguồn ở "
                    + "mức Trung cấp và thiết kế phần mềm ở mức Cơ bản; tham gia phát triển tính năng cho sản phẩm "
                    + "trước sẽ rất có ích.",
                "大量从事自动化工作的测试工程师常会转向软件开发。需要代码质量达到中级、软件设计达到基础级；先为产品贡献一些功能会很有帮助。")));
    private static final Level QE_SENIOR = level("QE-SENIOR", 3,
        t("Senior QA Engineer", "Kỹ sư kiểm thử cấp cao", "高级测试工程师"),
        t("Owns the test strategy for the team's features and makes automated testing fast and reliable.",
            "Chịu trách nhiệm chiến lược kiểm thử cho các tính năng của nhóm, giúp kiểm thử tự động nhanh và ổn định.",
            "负责团队功能的测试策略，使自动化测试快速而稳定。"),
        t("Designs risk-based test plans; builds and maintains automated suites in the delivery pipeline; analyses "
                + "defect trends with the team; coaches engineers on testability; decides with the team whether a "
                + "release is ready.",
            "Thiết kế kế hoạch kiểm thử dựa trên rủi ro; xây dựng và duy trì bộ kiểm thử tự động trong quy trình triển "
                + "khai; cùng nhóm phân tích xu hướng lỗi; hướng dẫn kỹ sư viết mã dễ kiểm thử; cùng nhóm quyết định "
                + "bản phát hành đã sẵn sàng hay chưa.",
            "设计基于风险的测试计划；在交付流水线中构建并维护自动化测试套件；与团队一起分析缺陷趋势；指导工程师提升可测试性；与团队共同判断版本是否可以发布。"),
        EDU_CS, List.of(), List.of("ISTQB-CTFL"));
    private static final Level QE_LEAD = level("QE-LEAD", 6,
        t("Lead Quality Engineer", "Kỹ sư chất lượng chính", "质量工程主管"),
        t("Leads quality across several teams and builds the shared test tooling they rely on.",
            "Dẫn dắt công tác chất lượng cho nhiều nhóm và xây dựng công cụ kiểm thử dùng chung.",
            "负责多个团队的质量工作，并构建大家共用的测试工具。"),
        t("Defines quality standards and release criteria for a product area; builds shared test frameworks and "
                + "environments; mentors QA engineers; drives improvement after escaped defects; reports quality to "
                + "engineering leadership.",
            "Xây dựng tiêu chuẩn chất lượng và tiêu chí phát hành cho một mảng sản phẩm; phát triển framework và môi "
                + "trường kiểm thử dùng chung; kèm cặp kỹ sư kiểm thử; thúc đẩy cải tiến sau các lỗi lọt ra môi trường "
                + "thật; báo cáo chất lượng cho lãnh đạo kỹ thuật.",
            "为产品领域制定质量标准和发布标准；构建共享测试框架和测试环境；指导测试工程师；在缺陷逃逸后推动改进；向工程管理层汇报质量状况。"),
        EDU_CS, List.of(), List.of());
    private static final Level QE_PRINCIPAL = level("QE-PRINCIPAL", 9,
        t("Principal Quality Engineer", "Kỹ sư chất lượng trưởng", "首席质量工程师"),
        t("Sets the quality strategy of the engineering organisation.",
            "Định hướng chiến lược chất lượng cho toàn khối kỹ thuật.",
            "为整个工程组织制定质量战略。"),
        t("Defines the test architecture and quality metrics across products; advises engineering leadership on "
                + "quality risks and investments; introduces new practices such as contract and performance testing; "
                + "grows lead quality engineers.",
            "Xây dựng kiến trúc kiểm thử và chỉ số chất lượng cho mọi sản phẩm; tư vấn cho lãnh đạo kỹ thuật về rủi ro "
                + "và đầu tư cho chất lượng; đưa vào các thực hành mới như kiểm thử hợp đồng và kiểm thử hiệu năng; "
                + "phát triển các kỹ sư chất lượng chính.",
            "制定跨产品的测试架构和质量指标；就质量风险和投入向工程管理层提供建议；引入契约测试、性能测试等新实践；培养质量工程主管。"),
        EDU_CS_SENIOR, List.of(), List.of());

    private static final Text QE_NAME = t("Quality Engineering", "Kỹ thuật đảm bảo chất lượng", "质量工程");
    private static final Text QE_DESCRIPTION = t(
        "The specialist track for engineers who make quality part of how we build: test strategy, automation and "
            + "confidence in every release.",
        "Lộ trình chuyên môn dành cho kỹ sư đưa chất lượng vào chính cách chúng ta xây dựng sản phẩm: chiến lược kiểm "
            + "thử, tự động hóa và sự tự tin trong mỗi lần phát hành.",
        "面向将质量融入构建过程的工程师的专业通道：测试策略、自动化以及对每次发布的信心。");

    private static final Path QUALITY_ENGINEERING_PATH = new Path(QUALITY_ENGINEERING, ENGINEERING, SPECIALIST,
        List.of(
            new Version(1, Status.RETIRED, QE_NAME, QE_DESCRIPTION, null,
                List.of(QE, QE_SENIOR.withCertifications(), QE_LEAD),
                List.of(
                    requires("TESTING", 2, 3, 4),
                    requires("CODE-QUALITY", 1, 2, 3),
                    requires("PROBLEM-SOLVING", 2, 3, 4),
                    requires("COMMUNICATION", 2, 3, 3),
                    requires("CUSTOMER-FOCUS", 2, 2, 3),
                    requires("CLOUD-OPS", 0, 0, 3),
                    requires("COACHING", 0, 0, 3)),
                new Timeline(400, 392, 388, 40)),
            new Version(2, Status.PUBLISHED, QE_NAME, QE_DESCRIPTION,
                "Adds the Principal Quality Engineer level for engineers who set the quality strategy across product "
                    + "areas. Senior QA Engineers now need the ISTQB Foundation Level certification, and cloud and "
                    + "operations is required from Senior on, as more of our testing runs in the delivery pipeline.",
                List.of(QE, QE_SENIOR, QE_LEAD, QE_PRINCIPAL),
                List.of(
                    requires("TESTING", 2, 3, 4, 5),
                    requires("CODE-QUALITY", 1, 2, 3, 4),
                    requires("PROBLEM-SOLVING", 2, 3, 4, 4),
                    requires("COMMUNICATION", 2, 3, 3, 4),
                    requires("CUSTOMER-FOCUS", 2, 2, 3, 0),
                    requires("CLOUD-OPS", 0, 2, 3, 3),
                    requires("COACHING", 0, 0, 3, 4),
                    requires("STRATEGIC-THINKING", 0, 0, 0, 3)),
                new Timeline(70, 50, 40, null))));

    // ---------------------------------------------------------------- Data Science (draft only)
    private static final Path DATA_SCIENCE_PATH = new Path(DATA_SCIENCE, ENGINEERING, SPECIALIST, List.of(
        new Version(1, Status.DRAFT,
            t("Data Science", "Khoa học dữ liệu", "数据科学"),
            t("A new specialist track for data scientists who build the models and experiments behind product "
                    + "decisions. Draft for review with the data team.",
                "Lộ trình chuyên môn mới dành cho nhà khoa học dữ liệu xây dựng mô hình và thử nghiệm làm cơ sở cho "
                    + "các quyết định về sản phẩm. Bản nháp để nhóm dữ liệu góp ý.",
                "面向构建模型和实验、为产品决策提供依据的数据科学家的全新专业通道。草案，供数据团队评审。"),
            null,
            List.of(
                level("DS", 1,
                    t("Data Scientist", "Nhà khoa học dữ liệu", "数据科学家"),
                    t("Analyses product and business data and builds first models with guidance.",
                        "Phân tích dữ liệu sản phẩm và kinh doanh, xây dựng những mô hình đầu tiên với sự hướng dẫn.",
                        "分析产品和业务数据，并在指导下构建初步模型。"),
                    t("Prepares and explores data sets; builds and evaluates models for well-defined questions; "
                            + "designs A/B test analyses; presents results with their uncertainty.",
                        "Chuẩn bị và khám phá các tập dữ liệu; xây dựng và đánh giá mô hình cho những câu hỏi đã xác "
                            + "định rõ; thiết kế phân tích thử nghiệm A/B; trình bày kết quả kèm mức độ bất định.",
                        "准备并探索数据集；针对明确的问题构建和评估模型；设计 A/B 测试分析；呈现结果及其不确定性。"),
                    EDU_DATA, List.of(), List.of()),
                level("DS-SENIOR", 4,
                    t("Senior Data Scientist", "Nhà khoa học dữ liệu cấp cao", "高级数据科学家"),
                    t("Owns models in production and chooses the right method for ambiguous product questions.",
                        "Chịu trách nhiệm các mô hình đang vận hành và chọn phương pháp phù hợp cho những câu hỏi sản "
                            + "phẩm chưa rõ ràng.",
                        "负责线上运行的模型，并为模糊的产品问题选择合适的方法。"),
                    t("Frames problems with product managers; builds, deploys and monitors models with engineers; sets "
                            + "experiment design standards; reviews teammates' analyses.",
                        "Cùng quản lý sản phẩm xác định vấn đề; phối hợp với kỹ sư xây dựng, triển khai và giám sát mô "
                            + "hình; thiết lập chuẩn thiết kế thử nghiệm; review các phân tích của đồng đội.",
                        "与产品经理共同界定问题；与工程师一起构建、部署和监控模型；制定实验设计规范；评审同事的分析。"),
                    EDU_DATA, List.of(), List.of()),
                level("DS-LEAD", 7,
                    t("Lead Data Scientist", "Trưởng nhóm khoa học dữ liệu", "数据科学主管"),
                    t("Leads data science for a product area and grows the people doing it.",
                        "Dẫn dắt hoạt động khoa học dữ liệu cho một mảng sản phẩm và phát triển đội ngũ thực hiện.",
                        "负责某一产品领域的数据科学工作，并培养团队成员。"),
                    t("Sets the data science roadmap with product leadership; decides on modelling approaches and "
                            + "tooling; mentors data scientists; makes sure models are fair, explainable and "
                            + "compliant.",
                        "Cùng lãnh đạo sản phẩm xây dựng lộ trình khoa học dữ liệu; quyết định cách tiếp cận mô hình "
                            + "và công cụ; kèm cặp các nhà khoa học dữ liệu; bảo đảm mô hình công bằng, có thể giải "
                            + "thích và tuân thủ quy định.",
                        "与产品负责人共同制定数据科学路线图；决定建模方法和工具；指导数据科学家；确保模型公平、可解释且合规。"),
                    EDU_DATA, List.of(), List.of())),
            List.of(
                requires("DATA-ANALYSIS", 3, 4, 5),
                requires("SOFTWARE-DESIGN", 2, 3, 3),
                requires("PROBLEM-SOLVING", 3, 4, 4),
                requires("COMMUNICATION", 2, 3, 4),
                requires("PRODUCT-DISCOVERY", 0, 2, 3),
                requires("COACHING", 0, 0, 3)),
            new Timeline(20, null, null, null))));

    // ---------------------------------------------------------------- IT Operations
    private static final Path IT_OPERATIONS_PATH = published(IT_OPERATIONS, CORPORATE, SPECIALIST,
        t("IT Operations", "Vận hành công nghệ thông tin", "IT 运维"),
        t("Keeps the company's systems, devices and accounts running, secure and easy to use for every employee.",
            "Đảm bảo hệ thống, thiết bị và tài khoản của công ty luôn hoạt động ổn định, an toàn và dễ sử dụng cho mọi "
                + "nhân viên.",
            "保障公司系统、设备和账号稳定、安全运行，并让每位员工都能方便使用。"),
        250,
        List.of(
            level("IT-ADMIN", 0,
                t("IT Administrator", "Quản trị viên hệ thống CNTT", "IT 管理员"),
                t("Supports employees with devices, accounts and workplace tools and keeps them secure.",
                    "Hỗ trợ nhân viên về thiết bị, tài khoản và công cụ làm việc, đồng thời đảm bảo chúng an toàn.",
                    "为员工提供设备、账号和办公工具方面的支持，并保障其安全。"),
                t("Handles IT requests within agreed times; sets up and retires devices and accounts; keeps software "
                        + "patched and inventories accurate; documents recurring fixes in the knowledge base.",
                    "Xử lý yêu cầu CNTT trong thời gian cam kết; cấp phát và thu hồi thiết bị, tài khoản; cập nhật bản "
                        + "vá phần mềm và giữ danh mục tài sản chính xác; ghi lại cách khắc phục các lỗi lặp lại vào "
                        + "kho tri thức.",
                    "在约定时限内处理 IT 请求；开通和回收设备与账号；及时安装软件补丁并保持资产清单准确；将常见问题的解决方法记录到知识库。"),
                EDU_IT, List.of(DemoCatalogue.IT_ADMINISTRATOR), List.of()),
            level("IT-SYSTEMS", 3,
                t("Systems Engineer", "Kỹ sư hệ thống", "系统工程师"),
                t("Automates and runs the company's internal infrastructure and cloud services.",
                    "Tự động hóa và vận hành hạ tầng nội bộ cùng các dịch vụ đám mây của công ty.",
                    "自动化并运维公司的内部基础设施和云服务。"),
                t("Manages identity, network and cloud resources as code; monitors systems and responds to "
                        + "incidents; automates onboarding and offboarding; evaluates tools and vendors with the lead; "
                        + "keeps security controls and audits up to date.",
                    "Quản lý định danh, mạng và tài nguyên đám mây dưới dạng mã; giám sát hệ thống và xử lý sự cố; tự "
                        + "động hóa quy trình tiếp nhận và nghỉ việc của nhân viên; cùng trưởng nhóm đánh giá công cụ "
                        + "và nhà cung cấp; duy trì các biện pháp kiểm soát bảo mật và kiểm toán.",
                    "以代码方式管理身份、网络和云资源；监控系统并响应故障；实现员工入职和离职流程的自动化；与主管一起评估工具和供应商；持续维护安全控制和审计工作。"),
                EDU_IT, List.of(), List.of("CKA"),
                new Move(SOFTWARE_ENGINEERING, "SWE",
                    t("Systems engineers who script and automate every day can join a product team. It takes code "
                            + "quality and testing at Intermediate level.",
                        "Kỹ sư hệ thống thường xuyên viết script và tự động hóa có thể gia nhập một nhóm phát triển "
                            + "sản phẩm. Cần chất lượng mã nguồn và kiểm thử ở mức Trung cấp.",
                        "每天编写脚本、推动自动化的系统工程师可以加入产品研发团队。需要代码质量和测试能力达到中级。"))),
            level("IT-LEAD", 6,
                t("IT Infrastructure Lead", "Trưởng nhóm hạ tầng CNTT", "IT 基础设施主管"),
                t("Leads the IT team and plans the company's infrastructure as it grows.",
                    "Dẫn dắt nhóm CNTT và hoạch định hạ tầng của công ty theo đà phát triển.",
                    "带领 IT 团队，并随公司发展规划基础设施。"),
                t("Plans capacity, budgets and vendor contracts; sets IT service levels and security policies with "
                        + "Information Security; leads major migrations; coaches administrators and systems engineers.",
                    "Hoạch định công suất, ngân sách và hợp đồng với nhà cung cấp; cùng bộ phận An ninh thông tin xây "
                        + "dựng mức dịch vụ CNTT và chính sách bảo mật; dẫn dắt các đợt chuyển đổi hệ thống lớn; huấn "
                        + "luyện quản trị viên và kỹ sư hệ thống.",
                    "规划容量、预算和供应商合同；与信息安全团队共同制定 IT 服务等级和安全策略；主导重大迁移项目；辅导管理员和系统工程师。"),
                EDU_IT, List.of(), List.of())),
        List.of(
            requires("CLOUD-OPS", 2, 3, 4),
            requires("CUSTOMER-FOCUS", 3, 3, 4),
            requires("PROBLEM-SOLVING", 2, 3, 4),
            requires("TIME-MANAGEMENT", 2, 3, 3),
            requires("COMMUNICATION", 2, 3, 3),
            requires("DECISION-MAKING", 0, 0, 3),
            requires("COACHING", 0, 0, 3)));

    // ---------------------------------------------------------------- Sales
    private static final Path SALES_PATH = published(SALES, GO_TO_MARKET, SPECIALIST,
        t("Sales", "Kinh doanh", "销售"),
        t("The specialist track for sellers, from booking first meetings to closing the company's largest deals.",
            "Lộ trình chuyên môn dành cho nhân viên kinh doanh, từ đặt những cuộc hẹn đầu tiên đến chốt các hợp đồng "
                + "lớn nhất của công ty.",
            "面向销售人员的专业通道，从预约第一次会面到拿下公司最大的订单。"),
        290,
        List.of(
            level("SALES-SDR", 0,
                t("Sales Development Representative", "Chuyên viên phát triển kinh doanh", "销售开发代表"),
                t("Generates and qualifies new business opportunities for account executives.",
                    "Tạo và sàng lọc cơ hội kinh doanh mới cho các chuyên viên kinh doanh.",
                    "为客户经理开发并甄别新的商机。"),
                t("Researches target accounts and contacts; reaches out by phone, e-mail and social media; qualifies "
                        + "leads against agreed criteria and books meetings; records every activity in the CRM.",
                    "Nghiên cứu doanh nghiệp và đầu mối mục tiêu; tiếp cận qua điện thoại, e-mail và mạng xã hội; sàng "
                        + "lọc khách hàng tiềm năng theo tiêu chí thống nhất và đặt lịch hẹn; ghi nhận mọi hoạt động "
                        + "trên CRM.",
                    "调研目标客户及联系人；通过电话、邮件和社交媒体进行接触；按约定标准甄别潜在客户并预约会面；在 CRM 中记录所有活动。"),
                EDU_BUSINESS, List.of("SR"), List.of()),
            level("SALES-AE", 2,
                t("Account Executive", "Chuyên viên kinh doanh", "客户经理"),
                t("Owns new business deals from the first meeting to the signed contract.",
                    "Phụ trách các thương vụ mới từ cuộc gặp đầu tiên đến khi ký hợp đồng.",
                    "负责新业务交易，从首次会面直到签约。"),
                t("Runs discovery and product demonstrations; writes proposals and negotiates standard terms; manages "
                        + "a pipeline and forecasts it accurately; hands new customers over to customer success.",
                    "Tìm hiểu nhu cầu và trình diễn sản phẩm; soạn đề xuất và đàm phán các điều khoản tiêu chuẩn; quản "
                        + "lý pipeline và dự báo chính xác; bàn giao khách hàng mới cho bộ phận thành công khách hàng.",
                    "开展需求挖掘和产品演示；撰写方案并谈判标准条款；管理销售漏斗并准确预测；将新客户移交给客户成功团队。"),
                EDU_BUSINESS, List.of("AE"), List.of(),
                new Move(CUSTOMER_SUCCESS, "CS-CSM",
                    t("For account executives who enjoy long-term relationships more than new business. It takes "
                            + "account management at Intermediate level; shadowing a customer success manager through "
                            + "a renewal is a good start.",
                        "Dành cho chuyên viên kinh doanh thích xây dựng quan hệ lâu dài hơn là tìm khách hàng mới. Cần "
                            + "năng lực quản lý khách hàng ở mức Trung cấp; đồng hành cùng một quản lý thành công "
                            + "khách hàng trong một lần gia hạn hợp đồng là khởi đầu tốt.",
                        "适合比起开拓新业务更喜欢经营长期客户关系的客户经理。需要客户管理能力达到中级；跟随一位客户成功经理完成一次续约是很好的开始。"))),
            level("SALES-SENIOR-AE", 5,
                t("Senior Account Executive", "Chuyên viên kinh doanh cấp cao", "高级客户经理"),
                t("Closes larger, multi-stakeholder deals and helps the team sell better.",
                    "Chốt các thương vụ lớn hơn với nhiều bên liên quan và giúp cả nhóm bán hàng hiệu quả hơn.",
                    "拿下规模更大、涉及多方决策者的交易，并帮助团队提升销售能力。"),
                t("Manages complex sales cycles with procurement and legal; negotiates non-standard terms with "
                        + "approval; builds account plans for key prospects; coaches representatives and shares "
                        + "winning practices.",
                    "Quản lý các chu trình bán hàng phức tạp có sự tham gia của bộ phận mua hàng và pháp chế; đàm phán "
                        + "điều khoản ngoài tiêu chuẩn khi được phê duyệt; xây dựng kế hoạch cho các khách hàng tiềm "
                        + "năng trọng điểm; hướng dẫn nhân viên và chia sẻ kinh nghiệm thành công.",
                    "管理涉及采购和法务的复杂销售周期；经批准后谈判非标准条款；为重点潜在客户制定客户计划；辅导销售代表并分享成功经验。"),
                EDU_BUSINESS, List.of(), List.of(),
                new Move(PEOPLE_LEADERSHIP, "GM-TEAM-LEAD",
                    t("Senior account executives who coach others naturally can lead a sales team. It takes coaching "
                            + "and decision making at Intermediate level.",
                        "Chuyên viên kinh doanh cấp cao có tố chất huấn luyện người khác có thể dẫn dắt một nhóm kinh "
                            + "doanh. Cần năng lực huấn luyện và ra quyết định ở mức Trung cấp.",
                        "善于辅导他人的高级客户经理可以带领销售团队。需要辅导和决策能力达到中级。"))),
            level("SALES-ENTERPRISE", 8,
                t("Enterprise Account Executive", "Chuyên viên kinh doanh khách hàng doanh nghiệp lớn", "大客户经理"),
                t("Wins and grows the company's largest and most strategic customers.",
                    "Giành và phát triển những khách hàng lớn nhất, mang tính chiến lược nhất của công ty.",
                    "赢得并发展公司规模最大、最具战略意义的客户。"),
                t("Leads enterprise deals with executive sponsors; shapes the commercial strategy for regions or "
                        + "industries; works with product on enterprise requirements; mentors senior account "
                        + "executives.",
                    "Dẫn dắt các thương vụ doanh nghiệp lớn với sự bảo trợ của lãnh đạo cấp cao; định hình chiến lược "
                        + "thương mại theo khu vực hoặc ngành; phối hợp với bộ phận sản phẩm về các yêu cầu của doanh "
                        + "nghiệp lớn; kèm cặp các chuyên viên kinh doanh cấp cao.",
                    "在高管支持下主导大型企业交易；为区域或行业制定商业策略；与产品团队合作处理大型企业需求；指导高级客户经理。"),
                EDU_MBA, List.of(), List.of())),
        List.of(
            requires("SALES-NEGOTIATION", 2, 3, 4, 5),
            requires("CUSTOMER-FOCUS", 2, 3, 4, 4),
            requires("COMMUNICATION", 3, 3, 4, 4),
            requires("TIME-MANAGEMENT", 2, 3, 3, 0),
            requires("ADAPTABILITY", 2, 0, 0, 0),
            requires("ACCOUNT-MANAGEMENT", 0, 2, 3, 4),
            requires("DECISION-MAKING", 0, 0, 3, 4),
            requires("STRATEGIC-THINKING", 0, 0, 0, 3)));

    // ---------------------------------------------------------------- Customer Success
    private static final Level CS_SUPPORT = level("CS-SUPPORT", 0,
        t("Customer Support Specialist", "Chuyên viên hỗ trợ khách hàng", "客户支持专员"),
        t("Resolves customers' questions and problems quickly and kindly.",
            "Giải quyết câu hỏi và vấn đề của khách hàng nhanh chóng, tận tình.",
            "快速、热情地解决客户的疑问和问题。"),
        t("Answers tickets, chats and calls within service levels; troubleshoots and reproduces problems; escalates "
                + "defects with clear evidence; writes help articles for recurring questions.",
            "Trả lời yêu cầu hỗ trợ, tin nhắn và cuộc gọi trong thời gian cam kết; tìm và tái hiện nguyên nhân sự cố; "
                + "chuyển lỗi lên cấp cao hơn kèm bằng chứng rõ ràng; viết bài hướng dẫn cho các câu hỏi lặp lại.",
            "在服务时限内处理工单、在线咨询和来电；排查并复现问题；附上清晰证据升级缺陷；为常见问题撰写帮助文章。"),
        EDU_ANY, List.of("SUPPORT"), List.of(),
        new Move(QUALITY_ENGINEERING, "QE",
            t("Support specialists know how the product fails in real life, which makes good QA engineers. It takes "
                    + "testing at Basic level and some scripting.",
                "Chuyên viên hỗ trợ hiểu rõ sản phẩm gặp lỗi thế nào trong thực tế, đó là nền tảng tốt để trở thành kỹ "
                    + "sư kiểm thử. Cần năng lực kiểm thử ở mức Cơ bản và biết viết script đơn giản.",
                "支持专员了解产品在真实场景中如何出错，这是成为测试工程师的良好基础。需要测试能力达到基础级，并具备一定的脚本编写能力。")));
    private static final Level CS_SUPPORT_SENIOR = level("CS-SUPPORT-SENIOR", 2,
        t("Senior Support Specialist", "Chuyên viên hỗ trợ khách hàng cấp cao", "高级客户支持专员"),
        t("Handles the hardest support cases and helps new colleagues become effective.",
            "Xử lý các trường hợp hỗ trợ khó nhất và giúp đồng nghiệp mới nhanh chóng làm việc hiệu quả.",
            "处理最棘手的支持案例，并帮助新同事快速上手。"),
        t("Owns escalated and technical cases end to end; onboards and mentors new support specialists; spots "
                + "patterns in tickets and reports them to product; keeps the knowledge base accurate.",
            "Xử lý trọn vẹn các trường hợp được chuyển cấp và mang tính kỹ thuật; hướng dẫn và kèm cặp chuyên viên hỗ "
                + "trợ mới; phát hiện xu hướng trong các yêu cầu hỗ trợ và báo cho bộ phận sản phẩm; giữ kho tri thức "
                + "luôn chính xác.",
            "端到端负责升级和技术类案例；引导并指导新的支持专员；发现工单中的规律并反馈给产品团队；保持知识库准确。"),
        EDU_ANY, List.of(), List.of());
    private static final Level CS_CSM = level("CS-CSM", 3,
        t("Customer Success Manager", "Quản lý thành công khách hàng", "客户成功经理"),
        t("Owns a portfolio of customers and makes sure they reach their goals and renew.",
            "Phụ trách một nhóm khách hàng, đảm bảo họ đạt được mục tiêu và gia hạn hợp đồng.",
            "负责一组客户，确保他们实现目标并续约。"),
        t("Onboards new customers and drives adoption; runs regular check-ins and business reviews; monitors account "
                + "health and acts on risks; secures renewals and finds expansion opportunities for sales.",
            "Hướng dẫn khách hàng mới bắt đầu sử dụng và thúc đẩy mức độ sử dụng; tổ chức trao đổi định kỳ và đánh giá "
                + "kinh doanh; theo dõi tình trạng khách hàng và xử lý rủi ro; đảm bảo gia hạn và tìm cơ hội mở rộng "
                + "cho bộ phận kinh doanh.",
            "引导新客户上手并推动产品使用；定期回访并开展业务回顾；监控客户健康度并应对风险；保障续约，并为销售发现增购机会。"),
        EDU_BUSINESS, List.of("CSM"), List.of(),
        new Move(SALES, "SALES-AE",
            t("Customer success managers with a talent for expansion deals can move to new business. It takes sales "
                    + "and negotiation at Intermediate level.",
                "Quản lý thành công khách hàng có năng khiếu mở rộng hợp đồng có thể chuyển sang mảng tìm kiếm khách "
                    + "hàng mới. Cần năng lực bán hàng và đàm phán ở mức Trung cấp.",
                "擅长促成增购的客户成功经理可以转向新业务开拓。需要销售与谈判能力达到中级。")));
    private static final Level CS_SENIOR = level("CS-SENIOR", 5,
        t("Senior Customer Success Manager", "Quản lý thành công khách hàng cấp cao", "高级客户成功经理"),
        t("Manages larger and more complex customers and improves how the team works.",
            "Quản lý những khách hàng lớn và phức tạp hơn, đồng thời cải tiến cách làm việc của nhóm.",
            "管理规模更大、更复杂的客户，并改进团队的工作方式。"),
        t("Builds success plans with customer executives; negotiates renewals and expansions with sales; designs "
                + "playbooks for onboarding and risk; mentors customer success managers.",
            "Cùng lãnh đạo phía khách hàng xây dựng kế hoạch thành công; phối hợp với bộ phận kinh doanh đàm phán gia "
                + "hạn và mở rộng; thiết kế quy trình mẫu cho việc hướng dẫn khách hàng mới và xử lý rủi ro; kèm cặp "
                + "các quản lý thành công khách hàng.",
            "与客户高层共同制定成功计划；与销售团队协同谈判续约和增购；设计客户上手和风险应对的标准打法；指导客户成功经理。"),
        EDU_BUSINESS, List.of(), List.of());
    private static final Level CS_PRINCIPAL = level("CS-PRINCIPAL", 8,
        t("Principal Customer Success Manager", "Quản lý thành công khách hàng trưởng", "首席客户成功经理"),
        t("Leads the company's most strategic customer relationships and shapes the customer success model.",
            "Dẫn dắt quan hệ với những khách hàng chiến lược nhất của công ty và định hình mô hình thành công khách "
                + "hàng.",
            "负责公司最具战略意义的客户关系，并塑造客户成功模式。"),
        t("Owns retention of strategic accounts; represents customers' needs in product and company planning; "
                + "defines health scores and segment strategies; coaches the team on executive relationships.",
            "Chịu trách nhiệm giữ chân các khách hàng chiến lược; đại diện cho nhu cầu của khách hàng trong hoạch định "
                + "sản phẩm và công ty; xây dựng chỉ số sức khỏe khách hàng và chiến lược theo phân khúc; huấn luyện "
                + "nhóm trong việc xây dựng quan hệ với lãnh đạo khách hàng.",
            "负责战略客户的留存；在产品和公司规划中代表客户需求；制定客户健康度评分和分群策略；辅导团队与客户高层建立关系。"),
        EDU_MBA, List.of(), List.of());

    private static final Text CS_NAME = t("Customer Success", "Thành công khách hàng", "客户成功");
    private static final Text CS_DESCRIPTION = t(
        "The specialist track for people who help customers get value from our products, from the first support "
            + "ticket to the most strategic accounts.",
        "Lộ trình chuyên môn dành cho những người giúp khách hàng khai thác giá trị từ sản phẩm, từ yêu cầu hỗ trợ đầu "
            + "tiên đến những khách hàng chiến lược nhất.",
        "面向帮助客户从产品中获得价值的人员的专业通道，从第一张支持工单到最具战略意义的客户。");

    private static final Path CUSTOMER_SUCCESS_PATH = new Path(CUSTOMER_SUCCESS, GO_TO_MARKET, SPECIALIST, List.of(
        new Version(1, Status.PUBLISHED, CS_NAME, CS_DESCRIPTION, null,
            List.of(CS_SUPPORT, CS_CSM, CS_SENIOR, CS_PRINCIPAL),
            List.of(
                requires("CUSTOMER-FOCUS", 3, 3, 4, 5),
                requires("COMMUNICATION", 2, 3, 4, 4),
                requires("PROBLEM-SOLVING", 2, 3, 3, 4),
                requires("ACCOUNT-MANAGEMENT", 1, 3, 4, 5),
                requires("ADAPTABILITY", 2, 2, 0, 0),
                requires("SALES-NEGOTIATION", 0, 2, 3, 3),
                requires("COACHING", 0, 0, 0, 3)),
            new Timeline(300, 290, 280, null)),
        new Version(2, Status.SUBMITTED, CS_NAME, CS_DESCRIPTION,
            "Adds a Senior Support Specialist level, so support specialists have a step before they own accounts. "
                + "Customer Success Managers now need data analysis (Basic) to work with account health scores; "
                + "their account management requirement moves from Intermediate to Basic, as the new level prepares "
                + "it.",
            List.of(CS_SUPPORT, CS_SUPPORT_SENIOR, CS_CSM, CS_SENIOR, CS_PRINCIPAL),
            List.of(
                requires("CUSTOMER-FOCUS", 3, 3, 3, 4, 5),
                requires("COMMUNICATION", 2, 3, 3, 4, 4),
                requires("PROBLEM-SOLVING", 2, 3, 3, 3, 4),
                requires("ACCOUNT-MANAGEMENT", 1, 2, 2, 4, 5),
                requires("ADAPTABILITY", 2, 2, 2, 0, 0),
                requires("SALES-NEGOTIATION", 0, 0, 2, 3, 3),
                requires("DATA-ANALYSIS", 0, 0, 2, 3, 3),
                requires("COACHING", 0, 2, 0, 0, 3)),
            new Timeline(45, 4, null, null))));

    // ---------------------------------------------------------------- Marketing
    private static final Path MARKETING_PATH = published(MARKETING, GO_TO_MARKET, SPECIALIST,
        t("Marketing", "Marketing", "市场营销"),
        t("The specialist track for marketers who build the brand and create demand, from campaigns to strategy.",
            "Lộ trình chuyên môn dành cho người làm marketing xây dựng thương hiệu và tạo nhu cầu, từ triển khai chiến "
                + "dịch đến hoạch định chiến lược.",
            "面向建设品牌、创造需求的营销人员的专业通道，从执行活动到制定战略。"),
        270,
        List.of(
            level("MKT", 0,
                t("Marketing Specialist", "Chuyên viên marketing", "市场专员"),
                t("Produces content and runs campaign activities in one or two channels.",
                    "Sản xuất nội dung và triển khai hoạt động chiến dịch trên một đến hai kênh.",
                    "制作内容，并在一到两个渠道执行营销活动。"),
                t("Creates content for the web, e-mail and social media; runs campaigns from a brief; keeps campaign "
                        + "data accurate; reports results weekly and suggests improvements.",
                    "Tạo nội dung cho website, e-mail và mạng xã hội; triển khai chiến dịch theo brief; giữ dữ liệu "
                        + "chiến dịch chính xác; báo cáo kết quả hằng tuần và đề xuất cải tiến.",
                    "为网站、邮件和社交媒体制作内容；根据简报执行营销活动；保持活动数据准确；每周汇报效果并提出改进建议。"),
                EDU_BUSINESS, List.of("MKT-SPEC"), List.of()),
            level("MKT-SENIOR", 3,
                t("Senior Marketing Specialist", "Chuyên viên marketing cấp cao", "高级市场专员"),
                t("Plans and optimises multi-channel campaigns and owns their results.",
                    "Lập kế hoạch, tối ưu hóa các chiến dịch đa kênh và chịu trách nhiệm về kết quả.",
                    "策划并优化多渠道营销活动，对结果负责。"),
                t("Plans campaigns with targets and budgets; runs A/B tests and analyses funnel data; works with sales "
                        + "on lead quality; manages agencies and freelancers.",
                    "Lập kế hoạch chiến dịch với mục tiêu và ngân sách; thực hiện thử nghiệm A/B và phân tích dữ liệu "
                        + "phễu; phối hợp với bộ phận kinh doanh về chất lượng khách hàng tiềm năng; quản lý agency và "
                        + "cộng tác viên.",
                    "制定带有目标和预算的营销计划；开展 A/B 测试并分析漏斗数据；与销售团队协作提升线索质量；管理代理机构和自由职业者。"),
                EDU_BUSINESS, List.of(), List.of("GOOGLE-ANALYTICS"),
                new Move(PRODUCT_MANAGEMENT, "PM-ASSOCIATE",
                    t("Marketers who work closely with product teams can move into product management. It takes "
                            + "product discovery and data analysis at Basic level.",
                        "Người làm marketing thường xuyên làm việc với các nhóm sản phẩm có thể chuyển sang quản lý "
                            + "sản phẩm. Cần năng lực khám phá sản phẩm và phân tích dữ liệu ở mức Cơ bản.",
                        "与产品团队紧密合作的营销人员可以转向产品管理。需要产品探索和数据分析能力达到基础级。"))),
            level("MKT-LEAD", 6,
                t("Marketing Lead", "Trưởng nhóm marketing", "市场营销主管"),
                t("Owns the marketing plan for a product line or a region.",
                    "Chịu trách nhiệm kế hoạch marketing cho một dòng sản phẩm hoặc một khu vực.",
                    "负责某一产品线或区域的营销计划。"),
                t("Sets positioning and messaging with product marketing; allocates the budget across channels; proves "
                        + "marketing's contribution to the pipeline; leads and develops specialists.",
                    "Cùng bộ phận marketing sản phẩm xác định định vị và thông điệp; phân bổ ngân sách giữa các kênh; "
                        + "chứng minh đóng góp của marketing vào pipeline; dẫn dắt và phát triển các chuyên viên.",
                    "与产品营销团队确定定位和核心信息；在各渠道间分配预算；证明营销对销售线索的贡献；带领并培养专员。"),
                EDU_BUSINESS, List.of(), List.of())),
        List.of(
            requires("MARKETING", 2, 3, 4),
            requires("COMMUNICATION", 3, 3, 4),
            requires("DATA-ANALYSIS", 2, 3, 3),
            requires("CUSTOMER-FOCUS", 2, 3, 3),
            requires("ADAPTABILITY", 2, 0, 0),
            requires("TIME-MANAGEMENT", 0, 3, 3),
            requires("STRATEGIC-THINKING", 0, 2, 3)));

    // ---------------------------------------------------------------- Product Management
    private static final Path PRODUCT_MANAGEMENT_PATH = published(PRODUCT_MANAGEMENT, PRODUCT, SPECIALIST,
        t("Product Management", "Quản lý sản phẩm", "产品管理"),
        t("The specialist track for product managers, who decide with their teams and customers what we build and "
                + "why.",
            "Lộ trình chuyên môn dành cho quản lý sản phẩm, những người cùng nhóm và khách hàng quyết định xây dựng gì "
                + "và vì sao.",
            "面向产品经理的专业通道，他们与团队和客户一起决定做什么以及为什么做。"),
        260,
        List.of(
            level("PM-ASSOCIATE", 0,
                t("Associate Product Manager", "Trợ lý quản lý sản phẩm", "助理产品经理"),
                t("Manages a well-scoped part of a product with the support of a senior product manager.",
                    "Phụ trách một phần sản phẩm có phạm vi rõ ràng với sự hỗ trợ của quản lý sản phẩm cấp cao.",
                    "在高级产品经理的支持下负责产品中范围明确的一部分。"),
                t("Writes user stories and acceptance criteria; takes part in customer interviews; keeps the backlog "
                        + "ready for the team; tracks feature usage after release.",
                    "Viết user story và tiêu chí nghiệm thu; tham gia phỏng vấn khách hàng; giữ backlog luôn sẵn sàng "
                        + "cho nhóm; theo dõi mức độ sử dụng tính năng sau khi phát hành.",
                    "编写用户故事和验收标准；参与客户访谈；确保待办事项随时可供团队使用；在发布后跟踪功能使用情况。"),
                EDU_PRODUCT, List.of(), List.of()),
            level("PM", 3,
                t("Product Manager", "Quản lý sản phẩm", "产品经理"),
                t("Owns a product area's outcomes, from discovery to delivery and adoption.",
                    "Chịu trách nhiệm về kết quả của một mảng sản phẩm, từ khám phá, triển khai đến khi được người "
                        + "dùng đón nhận.",
                    "对一个产品领域的成果负责，从探索、交付到推广使用。"),
                t("Runs discovery with design and engineering; sets and prioritises the roadmap by evidence; defines "
                        + "success metrics and reviews them after release; aligns stakeholders in sales, support and "
                        + "marketing.",
                    "Cùng bộ phận thiết kế và kỹ thuật thực hiện khám phá sản phẩm; xây dựng và ưu tiên lộ trình dựa "
                        + "trên bằng chứng; xác định chỉ số thành công và đánh giá sau phát hành; tạo sự đồng thuận "
                        + "với các bên liên quan ở kinh doanh, hỗ trợ khách hàng và marketing.",
                    "与设计和工程团队共同开展产品探索；基于证据制定路线图并排定优先级；定义成功指标并在发布后复盘；协调销售、支持和市场等相关方。"),
                EDU_PRODUCT, List.of("PM"), List.of("SCRUM-MASTER")),
            level("PM-SENIOR", 6,
                t("Senior Product Manager", "Quản lý sản phẩm cấp cao", "高级产品经理"),
                t("Leads the strategy of a larger or more complex product area and mentors other product managers.",
                    "Dẫn dắt chiến lược cho một mảng sản phẩm lớn hoặc phức tạp hơn và kèm cặp các quản lý sản phẩm "
                        + "khác.",
                    "为更大或更复杂的产品领域制定战略，并指导其他产品经理。"),
                t("Sets a product vision and strategy with leadership; makes difficult prioritisation calls across "
                        + "teams; drives pricing and packaging decisions with sales and finance; coaches associate "
                        + "product managers and product managers.",
                    "Cùng lãnh đạo xây dựng tầm nhìn và chiến lược sản phẩm; đưa ra những quyết định ưu tiên khó giữa "
                        + "các nhóm; cùng bộ phận kinh doanh và tài chính quyết định về giá và gói sản phẩm; huấn "
                        + "luyện các trợ lý quản lý sản phẩm và quản lý sản phẩm.",
                    "与管理层共同制定产品愿景和战略；在多个团队之间做出艰难的优先级取舍；与销售和财务团队共同推动定价和产品组合决策；辅导助理产品经理和产品经理。"),
                EDU_PRODUCT, List.of(), List.of()),
            level("PM-GROUP", 9,
                t("Group Product Manager", "Quản lý nhóm sản phẩm", "产品线经理"),
                t("Leads a group of product managers and the strategy of a product line.",
                    "Dẫn dắt một nhóm quản lý sản phẩm và chiến lược của một dòng sản phẩm.",
                    "带领一组产品经理，并负责一条产品线的战略。"),
                t("Hires and develops product managers; owns the product line's strategy, roadmap and business "
                        + "results; aligns product, engineering and go-to-market leadership; builds a culture of "
                        + "discovery.",
                    "Tuyển dụng và phát triển quản lý sản phẩm; chịu trách nhiệm chiến lược, lộ trình và kết quả kinh "
                        + "doanh của dòng sản phẩm; tạo sự thống nhất giữa lãnh đạo sản phẩm, kỹ thuật và kinh doanh – "
                        + "marketing; xây dựng văn hóa khám phá.",
                    "招聘并培养产品经理；负责产品线的战略、路线图和业务成果；协调产品、工程和市场销售负责人；建设探索文化。"),
                EDU_MBA, List.of(), List.of())),
        List.of(
            requires("PRODUCT-DISCOVERY", 2, 3, 4, 5),
            requires("DATA-ANALYSIS", 2, 3, 3, 4),
            requires("COMMUNICATION", 3, 3, 4, 5),
            requires("CUSTOMER-FOCUS", 3, 3, 4, 4),
            requires("UX-RESEARCH", 2, 0, 0, 0),
            requires("DECISION-MAKING", 0, 3, 4, 4),
            requires("STRATEGIC-THINKING", 0, 0, 3, 4),
            requires("COACHING", 0, 0, 0, 3)));

    // ---------------------------------------------------------------- UX and Product Design
    private static final Path PRODUCT_DESIGN_PATH = published(PRODUCT_DESIGN, PRODUCT, SPECIALIST,
        t("UX and Product Design", "Thiết kế sản phẩm và trải nghiệm người dùng", "用户体验与产品设计"),
        t("The specialist track for designers and researchers who make our products useful, usable and accessible.",
            "Lộ trình chuyên môn dành cho nhà thiết kế và nhà nghiên cứu giúp sản phẩm hữu ích, dễ dùng và dễ tiếp "
                + "cận.",
            "面向让产品有用、易用且无障碍的设计师和研究员的专业通道。"),
        255,
        List.of(
            level("UX-DESIGNER", 0,
                t("Product Designer", "Nhà thiết kế sản phẩm", "产品设计师"),
                t("Designs features end to end within a product team, with guidance on larger problems.",
                    "Thiết kế trọn vẹn các tính năng trong một nhóm sản phẩm, có sự hướng dẫn với những bài toán lớn "
                        + "hơn.",
                    "在产品团队中端到端地设计功能，较大的问题有人指导。"),
                t("Turns requirements into flows, wireframes and high-fidelity designs; uses and extends the design "
                        + "system; runs usability tests; works with engineers until the feature ships.",
                    "Chuyển yêu cầu thành luồng thao tác, wireframe và bản thiết kế hoàn chỉnh; sử dụng và mở rộng hệ "
                        + "thống thiết kế; thực hiện kiểm thử khả năng sử dụng; làm việc cùng kỹ sư đến khi tính năng "
                        + "được phát hành.",
                    "将需求转化为流程、线框图和高保真设计稿；使用并扩展设计系统；开展可用性测试；与工程师协作直到功能上线。"),
                EDU_DESIGN, List.of("DES"), List.of()),
            level("UX-SENIOR", 4,
                t("Senior Product Designer", "Nhà thiết kế sản phẩm cấp cao", "高级产品设计师"),
                t("Shapes the experience of a product area from research to release.",
                    "Định hình trải nghiệm của một mảng sản phẩm từ nghiên cứu đến phát hành.",
                    "从研究到发布，塑造一个产品领域的用户体验。"),
                t("Leads discovery with product and engineering; plans and runs research; designs complex, accessible "
                        + "experiences; gives constructive critique to other designers.",
                    "Cùng bộ phận sản phẩm và kỹ thuật dẫn dắt khám phá; lập kế hoạch và thực hiện nghiên cứu; thiết "
                        + "kế các trải nghiệm phức tạp, dễ tiếp cận; góp ý mang tính xây dựng cho các nhà thiết kế "
                        + "khác.",
                    "与产品和工程团队共同主导探索；规划并开展研究；设计复杂且无障碍的体验；为其他设计师提供建设性的评审意见。"),
                EDU_DESIGN, List.of(), List.of(),
                new Move(PRODUCT_MANAGEMENT, "PM",
                    t("Designers with strong discovery skills can move into product management. It takes data "
                            + "analysis and decision making at Intermediate level.",
                        "Nhà thiết kế có kỹ năng khám phá sản phẩm tốt có thể chuyển sang quản lý sản phẩm. Cần năng "
                            + "lực phân tích dữ liệu và ra quyết định ở mức Trung cấp.",
                        "具备出色产品探索能力的设计师可以转向产品管理。需要数据分析和决策能力达到中级。"))),
            level("UX-LEAD", 7,
                t("Lead Product Designer", "Trưởng nhóm thiết kế sản phẩm", "产品设计主管"),
                t("Leads design across several teams and keeps the experience consistent.",
                    "Dẫn dắt công tác thiết kế ở nhiều nhóm và giữ trải nghiệm nhất quán.",
                    "负责多个团队的设计工作，保持体验的一致性。"),
                t("Owns the design system and its governance; sets the research plan for the area; mentors designers; "
                        + "represents design in product strategy.",
                    "Chịu trách nhiệm hệ thống thiết kế và việc quản trị hệ thống đó; lập kế hoạch nghiên cứu cho mảng "
                        + "phụ trách; kèm cặp các nhà thiết kế; đại diện mảng thiết kế trong chiến lược sản phẩm.",
                    "负责设计系统及其治理；制定所负责领域的研究计划；指导设计师；在产品战略中代表设计团队。"),
                EDU_DESIGN, List.of(), List.of()),
            level("UX-PRINCIPAL", 10,
                t("Principal Designer", "Nhà thiết kế trưởng", "首席设计师"),
                t("Sets the design vision for the company's products.",
                    "Định hướng tầm nhìn thiết kế cho các sản phẩm của công ty.",
                    "为公司产品确立设计愿景。"),
                t("Defines design principles and the products' visual language; leads the most strategic design "
                        + "initiatives; grows design leaders; builds the research practice with leadership.",
                    "Xây dựng nguyên tắc thiết kế và ngôn ngữ hình ảnh của sản phẩm; dẫn dắt những sáng kiến thiết kế "
                        + "mang tính chiến lược nhất; phát triển đội ngũ lãnh đạo thiết kế; cùng ban lãnh đạo xây dựng "
                        + "hoạt động nghiên cứu.",
                    "制定设计原则和产品视觉语言；主导最具战略意义的设计项目；培养设计领导者；与管理层共同建设研究体系。"),
                EDU_DESIGN, List.of(), List.of())),
        List.of(
            requires("INTERACTION-DESIGN", 2, 3, 4, 5),
            requires("UX-RESEARCH", 2, 3, 4, 4),
            requires("PRODUCT-DISCOVERY", 1, 2, 3, 4),
            requires("COMMUNICATION", 2, 3, 4, 4),
            requires("TEAMWORK", 3, 3, 0, 0),
            requires("COACHING", 0, 0, 3, 4),
            requires("STRATEGIC-THINKING", 0, 0, 0, 4)));

    // ---------------------------------------------------------------- People Partnering
    private static final Path PEOPLE_PARTNERING_PATH = published(PEOPLE_PARTNERING, CORPORATE, SPECIALIST,
        t("People Partnering", "Đối tác nhân sự", "人力资源伙伴"),
        t("The specialist track for people professionals, from hiring to advising leaders on organisation and "
                + "culture.",
            "Lộ trình chuyên môn dành cho người làm nhân sự, từ tuyển dụng đến tư vấn cho lãnh đạo về tổ chức và văn "
                + "hóa.",
            "面向人力资源专业人员的专业通道，从招聘到就组织和文化为领导者提供建议。"),
        240,
        List.of(
            level("HR-RECRUITER", 0,
                t("Recruiter", "Chuyên viên tuyển dụng", "招聘专员"),
                t("Finds and hires great people for the company's open roles.",
                    "Tìm kiếm và tuyển dụng những người phù hợp cho các vị trí đang tuyển của công ty.",
                    "为公司的空缺岗位寻找并录用优秀人才。"),
                t("Agrees role profiles with hiring managers; sources and screens candidates; coordinates interviews "
                        + "and feedback; makes offers and keeps candidates informed at every step.",
                    "Thống nhất mô tả vị trí với quản lý tuyển dụng; tìm kiếm và sàng lọc ứng viên; điều phối phỏng "
                        + "vấn và tổng hợp phản hồi; gửi thư mời làm việc và cập nhật thông tin cho ứng viên ở mọi "
                        + "bước.",
                    "与用人经理确认岗位画像；寻访并筛选候选人；协调面试和反馈；发放录用通知，并在每个环节及时告知候选人进展。"),
                EDU_HR, List.of("REC"), List.of(),
                new Move(SALES, "SALES-SDR",
                    t("Recruiters' outreach and qualification skills carry over to sales development. It takes sales "
                            + "and negotiation at Basic level.",
                        "Kỹ năng tiếp cận và sàng lọc của chuyên viên tuyển dụng rất phù hợp với công việc phát triển "
                            + "kinh doanh. Cần năng lực bán hàng và đàm phán ở mức Cơ bản.",
                        "招聘专员的主动接触和甄别能力同样适用于销售开发。需要销售与谈判能力达到基础级。"))),
            level("HR-GENERALIST", 2,
                t("HR Generalist", "Chuyên viên nhân sự tổng hợp", "人力资源综合专员"),
                t("Handles the full range of HR services for a group of employees.",
                    "Đảm nhận toàn bộ các dịch vụ nhân sự cho một nhóm nhân viên.",
                    "为一组员工提供全方位的人力资源服务。"),
                t("Manages onboarding, contracts, leave and exits; answers policy questions; keeps employee records "
                        + "accurate; supports managers with performance reviews; prepares HR reports.",
                    "Quản lý tiếp nhận nhân viên mới, hợp đồng, nghỉ phép và nghỉ việc; giải đáp câu hỏi về chính "
                        + "sách; giữ hồ sơ nhân viên chính xác; hỗ trợ quản lý trong đánh giá hiệu suất; lập báo cáo "
                        + "nhân sự.",
                    "负责入职、合同、休假和离职事务；解答政策问题；保持员工档案准确；协助经理开展绩效评估；编制人力资源报表。"),
                EDU_HR, List.of(), List.of()),
            level("HR-BP", 4,
                t("HR Business Partner", "Đối tác nhân sự (HRBP)", "人力资源业务伙伴"),
                t("Advises the leaders of a department on everything people-related.",
                    "Tư vấn cho lãnh đạo một phòng ban về mọi vấn đề liên quan đến con người.",
                    "就所有与人相关的事务为部门负责人提供建议。"),
                t("Partners with department leaders on organisation, workforce plans and talent reviews; coaches "
                        + "managers on performance and conduct cases; leads employee relations cases; uses people data "
                        + "to spot risks; supports change programmes.",
                    "Đồng hành cùng lãnh đạo phòng ban về tổ chức, kế hoạch nhân lực và đánh giá nhân tài; huấn luyện "
                        + "quản lý xử lý các trường hợp về hiệu suất và kỷ luật; chủ trì xử lý các vụ việc quan hệ lao "
                        + "động; dùng dữ liệu nhân sự để phát hiện rủi ro; hỗ trợ các chương trình thay đổi.",
                    "与部门负责人在组织架构、人力规划和人才盘点方面开展合作；辅导经理处理绩效和违纪个案；主导员工关系个案；利用人力数据识别风险；支持变革项目。"),
                EDU_HR, List.of(DemoCatalogue.HR_BUSINESS_PARTNER), List.of()),
            level("HR-SENIOR-BP", 7,
                t("Senior HR Business Partner", "Đối tác nhân sự cấp cao", "高级人力资源业务伙伴"),
                t("Partners with senior leaders on organisation design, talent and culture for a large business unit.",
                    "Đồng hành cùng lãnh đạo cấp cao về thiết kế tổ chức, nhân tài và văn hóa cho một khối kinh doanh "
                        + "lớn.",
                    "与高层领导合作，为大型业务单元进行组织设计、人才和文化建设。"),
                t("Leads reorganisations and their consultation; designs talent and succession plans; handles the most "
                        + "sensitive cases; coaches HR business partners; shapes HR policies with the centres of "
                        + "expertise.",
                    "Dẫn dắt các đợt tái cơ cấu và quá trình tham vấn liên quan; thiết kế kế hoạch nhân tài và kế "
                        + "nhiệm; xử lý những trường hợp nhạy cảm nhất; huấn luyện các đối tác nhân sự; cùng các bộ "
                        + "phận chuyên môn nhân sự định hình chính sách.",
                    "主导组织调整及相关协商；设计人才和继任计划；处理最敏感的个案；辅导人力资源业务伙伴；与人力资源专家中心共同完善政策。"),
                EDU_HR, List.of(), List.of("SHRM-CP")),
            level("HR-HEAD", 10,
                t("Head of People Partnering", "Trưởng bộ phận đối tác nhân sự", "人力资源业务伙伴负责人"),
                t("Leads the HR business partner team and the people agenda of the company's leadership.",
                    "Dẫn dắt đội ngũ đối tác nhân sự và chương trình nghị sự về con người của ban lãnh đạo công ty.",
                    "带领人力资源业务伙伴团队，负责公司管理层的人才议程。"),
                t("Sets the people strategy with the executive team; leads company-wide change and culture "
                        + "programmes; builds and develops the HRBP team; owns people risks and labour law compliance "
                        + "across countries.",
                    "Cùng ban điều hành xây dựng chiến lược con người; dẫn dắt các chương trình thay đổi và văn hóa "
                        + "trên toàn công ty; xây dựng và phát triển đội ngũ HRBP; chịu trách nhiệm về rủi ro nhân sự "
                        + "và tuân thủ pháp luật lao động tại các quốc gia.",
                    "与高管团队共同制定人才战略；主导全公司的变革和文化项目；组建并培养 HRBP 团队；负责各国的人事风险和劳动法合规。"),
                EDU_MBA, List.of(), List.of())),
        List.of(
            requires("RECRUITING", 3, 2, 2, 0, 0),
            requires("EMPLOYEE-RELATIONS", 1, 3, 3, 4, 5),
            requires("COMMUNICATION", 3, 3, 4, 4, 5),
            requires("CUSTOMER-FOCUS", 2, 3, 3, 0, 0),
            requires("TIME-MANAGEMENT", 2, 0, 0, 0, 0),
            requires("DATA-ANALYSIS", 0, 2, 0, 3, 0),
            requires("COACHING", 0, 0, 3, 4, 4),
            requires("CHANGE-LEADERSHIP", 0, 0, 3, 4, 5),
            requires("STRATEGIC-THINKING", 0, 0, 0, 3, 4),
            requires("DECISION-MAKING", 0, 0, 0, 0, 4)));

    // ---------------------------------------------------------------- Finance
    private static final Path FINANCE_PATH = published(FINANCE, CORPORATE, GENERAL,
        t("Finance", "Tài chính – Kế toán", "财务"),
        t("From accurate books to the financial strategy: the track for accountants, analysts and finance leaders.",
            "Từ sổ sách chính xác đến chiến lược tài chính: lộ trình dành cho kế toán, chuyên viên phân tích và lãnh "
                + "đạo tài chính.",
            "从准确记账到财务战略：面向会计、分析师和财务负责人的发展通道。"),
        235,
        List.of(
            level("FIN-ACCOUNTANT", 0,
                t("Accountant", "Kế toán viên", "会计"),
                t("Keeps the company's books accurate and on time.",
                    "Giữ sổ sách kế toán của công ty chính xác và đúng hạn.",
                    "确保公司账目准确、及时。"),
                t("Records transactions and processes invoices; prepares bank and account reconciliations; supports "
                        + "the month-end close; prepares documents for tax and audit.",
                    "Ghi nhận nghiệp vụ và xử lý hóa đơn; đối chiếu ngân hàng và các tài khoản; hỗ trợ khóa sổ cuối "
                        + "tháng; chuẩn bị hồ sơ cho thuế và kiểm toán.",
                    "记录交易并处理发票；编制银行和科目对账；协助月末结账；为税务和审计准备资料。"),
                EDU_FINANCE, List.of("ACC"), List.of()),
            level("FIN-ANALYST", 2,
                t("Financial Analyst", "Chuyên viên phân tích tài chính", "财务分析师"),
                t("Turns financial data into the reports, budgets and forecasts managers use.",
                    "Chuyển dữ liệu tài chính thành báo cáo, ngân sách và dự báo để các nhà quản lý sử dụng.",
                    "将财务数据转化为供管理者使用的报告、预算和预测。"),
                t("Prepares monthly management reports and variance analyses; builds budgets and rolling forecasts "
                        + "with departments; models the cost of plans and hires; improves reporting with better data "
                        + "and automation.",
                    "Lập báo cáo quản trị hằng tháng và phân tích chênh lệch; cùng các phòng ban xây dựng ngân sách và "
                        + "dự báo cuốn chiếu; lập mô hình chi phí cho các kế hoạch và nhu cầu tuyển dụng; cải tiến báo "
                        + "cáo bằng dữ liệu tốt hơn và tự động hóa.",
                    "编制月度管理报告和差异分析；与各部门共同制定预算和滚动预测；为计划和招聘测算成本；通过更好的数据和自动化改进报表。"),
                EDU_FINANCE, List.of("FIN-AN"), List.of(),
                new Move(BUSINESS_OPERATIONS, "OPS-SENIOR",
                    t("Analysts who enjoy improving how the business runs can move to business operations. It takes "
                            + "problem solving and planning at Intermediate level.",
                        "Chuyên viên phân tích thích cải tiến cách doanh nghiệp vận hành có thể chuyển sang mảng vận "
                            + "hành doanh nghiệp. Cần năng lực giải quyết vấn đề và lập kế hoạch ở mức Trung cấp.",
                        "乐于改进业务运作方式的分析师可以转向业务运营。需要问题解决和计划能力达到中级。"))),
            level("FIN-SENIOR", 5,
                t("Senior Financial Analyst", "Chuyên viên phân tích tài chính cấp cao", "高级财务分析师"),
                t("Leads planning and analysis for a business area and advises its leaders.",
                    "Dẫn dắt công tác hoạch định và phân tích tài chính cho một mảng kinh doanh và tư vấn cho lãnh đạo "
                        + "mảng đó.",
                    "负责一个业务领域的财务规划与分析，并为其负责人提供建议。"),
                t("Owns the annual plan and forecasts of a business area; builds models for pricing and investment "
                        + "cases; presents financial results to leadership; reviews analysts' work.",
                    "Chịu trách nhiệm kế hoạch năm và dự báo của một mảng kinh doanh; xây dựng mô hình cho các phương "
                        + "án định giá và đầu tư; trình bày kết quả tài chính với lãnh đạo; rà soát công việc của các "
                        + "chuyên viên phân tích.",
                    "负责业务领域的年度计划和预测；为定价和投资方案构建模型；向管理层汇报财务结果；审核分析师的工作。"),
                EDU_FINANCE, List.of(), List.of()),
            level("FIN-MANAGER", 8,
                t("Finance Manager", "Trưởng phòng tài chính", "财务经理"),
                t("Leads a finance team and is accountable for accurate reporting and sound controls.",
                    "Dẫn dắt một nhóm tài chính, chịu trách nhiệm về báo cáo chính xác và hệ thống kiểm soát chặt chẽ.",
                    "带领财务团队，对报告的准确性和内控的健全性负责。"),
                t("Leads the close, reporting and the budget cycle; maintains internal controls and works with "
                        + "auditors; manages tax and treasury matters with advisers; develops the finance team.",
                    "Chỉ đạo khóa sổ, lập báo cáo và chu kỳ ngân sách; duy trì kiểm soát nội bộ và làm việc với kiểm "
                        + "toán viên; cùng các đơn vị tư vấn xử lý vấn đề thuế và ngân quỹ; phát triển đội ngũ tài "
                        + "chính.",
                    "主导结账、报告和预算周期；维护内部控制并与审计师合作；与顾问共同处理税务和资金事务；培养财务团队。"),
                EDU_FINANCE_SENIOR, List.of(), List.of("CPA")),
            level("FIN-CFO", 12,
                t("Chief Financial Officer", "Giám đốc tài chính (CFO)", "首席财务官"),
                t("Leads finance for the whole company as a member of the executive team.",
                    "Lãnh đạo tài chính cho toàn công ty với tư cách thành viên ban điều hành.",
                    "作为高管团队成员，领导全公司的财务工作。"),
                t("Sets the financial strategy and the capital plan; reports to the board and investors; owns "
                        + "financial risk, controls and compliance; leads the finance, legal and procurement leaders.",
                    "Xây dựng chiến lược tài chính và kế hoạch vốn; báo cáo với hội đồng quản trị và nhà đầu tư; chịu "
                        + "trách nhiệm về rủi ro tài chính, kiểm soát và tuân thủ; dẫn dắt đội ngũ lãnh đạo tài chính, "
                        + "pháp chế và mua hàng.",
                    "制定财务战略和资本规划；向董事会和投资者汇报；负责财务风险、内控与合规；领导财务、法务和采购负责人团队。"),
                EDU_FINANCE_SENIOR, List.of("CFO"), List.of())),
        List.of(
            requires("FINANCIAL-ANALYSIS", 2, 3, 4, 4, 5),
            requires("DATA-ANALYSIS", 2, 3, 3, 4, 0),
            requires("PROBLEM-SOLVING", 2, 3, 3, 4, 0),
            requires("COMMUNICATION", 2, 2, 3, 4, 5),
            requires("TIME-MANAGEMENT", 3, 3, 0, 0, 0),
            requires("DECISION-MAKING", 0, 0, 3, 4, 5),
            requires("BUILDING-TEAMS", 0, 0, 0, 3, 4),
            requires("STRATEGIC-THINKING", 0, 0, 0, 0, 5),
            requires("CHANGE-LEADERSHIP", 0, 0, 0, 0, 4)));

    // ---------------------------------------------------------------- Business Operations
    private static final Path BUSINESS_OPERATIONS_PATH = published(BUSINESS_OPERATIONS, CORPORATE, SPECIALIST,
        t("Business Operations", "Vận hành doanh nghiệp", "业务运营"),
        t("The specialist track for people who make the company run smoothly: processes, vendors, facilities and "
                + "projects.",
            "Lộ trình chuyên môn dành cho những người giúp công ty vận hành trơn tru: quy trình, nhà cung cấp, cơ sở "
                + "vật chất và dự án.",
            "面向让公司顺畅运转的人员的专业通道：流程、供应商、办公设施和项目。"),
        230,
        List.of(
            level("OPS", 0,
                t("Operations Specialist", "Chuyên viên vận hành", "运营专员"),
                t("Runs day-to-day operational processes accurately and helps colleagues get things done.",
                    "Vận hành chính xác các quy trình hằng ngày và giúp đồng nghiệp hoàn thành công việc.",
                    "准确执行日常运营流程，帮助同事把事情办成。"),
                t("Handles purchase requests, vendor onboarding and facilities requests; keeps process documentation "
                        + "and records up to date; tracks service levels; suggests improvements to recurring problems.",
                    "Xử lý yêu cầu mua hàng, tiếp nhận nhà cung cấp mới và các yêu cầu về cơ sở vật chất; cập nhật tài "
                        + "liệu quy trình và hồ sơ; theo dõi mức dịch vụ; đề xuất cải tiến cho các vấn đề lặp lại.",
                    "处理采购申请、供应商准入和办公设施需求；及时更新流程文档和记录；跟踪服务水平；针对反复出现的问题提出改进建议。"),
                EDU_BUSINESS, List.of("OPS-SPEC"), List.of()),
            level("OPS-SENIOR", 3,
                t("Senior Operations Specialist", "Chuyên viên vận hành cấp cao", "高级运营专员"),
                t("Improves and automates operational processes and runs cross-team projects.",
                    "Cải tiến, tự động hóa các quy trình vận hành và điều phối dự án liên nhóm.",
                    "改进并自动化运营流程，推动跨团队项目。"),
                t("Maps and redesigns processes with their owners; manages key vendor relationships and contracts; "
                        + "runs projects such as office moves or tool roll-outs; builds operational dashboards.",
                    "Cùng người phụ trách mô tả và thiết kế lại quy trình; quản lý quan hệ và hợp đồng với các nhà "
                        + "cung cấp chính; điều phối các dự án như chuyển văn phòng hay triển khai công cụ mới; xây "
                        + "dựng bảng số liệu vận hành.",
                    "与流程负责人一起梳理并重新设计流程；管理重要供应商关系和合同；推动办公室搬迁、工具上线等项目；搭建运营数据看板。"),
                EDU_BUSINESS, List.of(), List.of()),
            level("OPS-LEAD", 6,
                t("Operations Lead", "Trưởng nhóm vận hành", "运营主管"),
                t("Leads an operations team and the company-wide programmes it runs.",
                    "Dẫn dắt một nhóm vận hành và các chương trình toàn công ty do nhóm thực hiện.",
                    "带领运营团队，负责其承担的全公司项目。"),
                t("Plans the team's priorities and budget; leads programmes across departments with clear milestones; "
                        + "negotiates major contracts; measures and reports operational performance; develops the "
                        + "team.",
                    "Hoạch định ưu tiên và ngân sách của nhóm; dẫn dắt các chương trình liên phòng ban với các mốc rõ "
                        + "ràng; đàm phán các hợp đồng lớn; đo lường và báo cáo hiệu quả vận hành; phát triển đội ngũ.",
                    "规划团队的优先事项和预算；主导设有明确里程碑的跨部门项目；谈判重大合同；衡量并汇报运营绩效；培养团队。"),
                EDU_BUSINESS, List.of(), List.of("PMP"))),
        List.of(
            requires("PROBLEM-SOLVING", 2, 3, 4),
            requires("TIME-MANAGEMENT", 3, 3, 4),
            requires("DATA-ANALYSIS", 2, 3, 3),
            requires("CUSTOMER-FOCUS", 2, 3, 3),
            requires("COMMUNICATION", 2, 3, 3),
            requires("CHANGE-LEADERSHIP", 0, 0, 3),
            requires("DECISION-MAKING", 0, 0, 3)));

    // ---------------------------------------------------------------- People Leadership
    private static final Path PEOPLE_LEADERSHIP_PATH = published(PEOPLE_LEADERSHIP, CORPORATE, MANAGEMENT,
        t("People Leadership", "Lãnh đạo và quản lý", "管理与领导"),
        t("The management track of every department, from leading a first team to leading the company.",
            "Lộ trình quản lý cho mọi phòng ban, từ dẫn dắt nhóm đầu tiên đến lãnh đạo cả công ty.",
            "适用于各部门的管理通道，从带领第一个团队到领导整个公司。"),
        310,
        List.of(
            level("GM-TEAM-LEAD", 4,
                t("Team Lead", "Trưởng nhóm", "团队主管"),
                t("Leads a small team day to day while still doing part of its work.",
                    "Dẫn dắt công việc hằng ngày của một nhóm nhỏ trong khi vẫn trực tiếp đảm nhận một phần công việc.",
                    "在承担部分具体工作的同时，负责小团队的日常管理。"),
                t("Plans and assigns the team's work; runs one-to-ones and gives regular feedback; onboards new team "
                        + "members; solves day-to-day problems and escalates risks; reports progress to their manager.",
                    "Lập kế hoạch và phân công công việc cho nhóm; trao đổi 1:1 và phản hồi thường xuyên; hướng dẫn "
                        + "thành viên mới hòa nhập; giải quyết vấn đề hằng ngày và báo cáo rủi ro lên cấp trên; cập "
                        + "nhật tiến độ cho quản lý trực tiếp.",
                    "规划并分派团队工作；进行一对一沟通并经常给予反馈；帮助新成员融入；解决日常问题并上报风险；向上级汇报进展。"),
                EDU_ANY, List.of("TEAM-LEAD"), List.of()),
            level("GM-MANAGER", 6,
                t("Manager", "Quản lý", "经理"),
                t("Leads a team or several team leads and is accountable for its results and its people.",
                    "Dẫn dắt một nhóm hoặc nhiều trưởng nhóm, chịu trách nhiệm về kết quả và con người của bộ phận.",
                    "带领一个团队或多名团队主管，对团队业绩和人员负责。"),
                t("Sets goals and priorities for the team; hires, develops and reviews the performance of their "
                        + "people; manages the team's budget; improves processes with other departments; coaches team "
                        + "leads.",
                    "Đặt mục tiêu và ưu tiên cho nhóm; tuyển dụng, phát triển và đánh giá hiệu suất nhân viên; quản lý "
                        + "ngân sách của nhóm; cùng các phòng ban khác cải tiến quy trình; huấn luyện các trưởng nhóm.",
                    "为团队设定目标和优先事项；招聘、培养下属并评估其绩效；管理团队预算；与其他部门协作改进流程；辅导团队主管。"),
                EDU_ANY, List.of("MGR"), List.of()),
            level("GM-DIRECTOR", 9,
                t("Director", "Giám đốc bộ phận", "总监"),
                t("Leads a department or a large function through several managers.",
                    "Dẫn dắt một phòng ban hoặc một khối chức năng lớn thông qua nhiều cấp quản lý.",
                    "通过多名经理领导一个部门或大型职能。"),
                t("Turns company strategy into department plans and targets; designs the organisation and builds the "
                        + "leadership team; owns the department's budget and key risks; leads change across teams; "
                        + "works with other directors on company-wide priorities.",
                    "Chuyển hóa chiến lược công ty thành kế hoạch và chỉ tiêu của phòng ban; thiết kế tổ chức và xây "
                        + "dựng đội ngũ lãnh đạo; chịu trách nhiệm ngân sách và các rủi ro chính của phòng ban; dẫn "
                        + "dắt thay đổi giữa các nhóm; cùng các giám đốc khác thực hiện những ưu tiên chung của công "
                        + "ty.",
                    "将公司战略转化为部门计划和目标；设计组织架构并组建管理团队；负责部门预算和主要风险；推动跨团队的变革；与其他总监协作推进公司级优先事项。"),
                EDU_MBA, List.of(DemoCatalogue.DIRECTOR), List.of()),
            level("GM-VP", 12,
                t("Vice President", "Phó tổng giám đốc", "副总裁"),
                t("Leads a whole function of the company as a member of the senior leadership team.",
                    "Lãnh đạo toàn bộ một khối chức năng của công ty với tư cách thành viên đội ngũ lãnh đạo cấp cao.",
                    "作为高级管理团队成员，领导公司的一个完整职能。"),
                t("Sets the function's strategy and multi-year plan; represents it in the executive team; decides on "
                        + "major investments and organisation changes; develops directors and their successors; builds "
                        + "the function's culture.",
                    "Xây dựng chiến lược và kế hoạch nhiều năm cho khối; đại diện khối trong ban điều hành; quyết định "
                        + "các khoản đầu tư lớn và thay đổi tổ chức; phát triển đội ngũ giám đốc và người kế nhiệm; "
                        + "xây dựng văn hóa của khối.",
                    "制定职能战略和多年规划；在高管团队中代表该职能；决定重大投资和组织调整；培养总监及其继任者；塑造职能文化。"),
                EDU_MBA, List.of("VP"), List.of()),
            level("GM-CEO", 15,
                t("Chief Executive Officer", "Tổng giám đốc", "首席执行官"),
                t("Leads the company and is accountable to the board for its strategy and results.",
                    "Lãnh đạo công ty và chịu trách nhiệm trước hội đồng quản trị về chiến lược và kết quả kinh doanh.",
                    "领导公司，就公司战略和业绩向董事会负责。"),
                t("Sets the company's vision, strategy and values; builds and leads the executive team; allocates "
                        + "capital across the business; represents the company to investors, customers and the public.",
                    "Xác định tầm nhìn, chiến lược và giá trị cốt lõi của công ty; xây dựng và dẫn dắt ban điều hành; "
                        + "phân bổ nguồn vốn cho các mảng kinh doanh; đại diện công ty trước nhà đầu tư, khách hàng và "
                        + "công chúng.",
                    "确立公司的愿景、战略和价值观；组建并领导高管团队；在各业务之间分配资本；在投资者、客户和公众面前代表公司。"),
                EDU_MBA, List.of(DemoCatalogue.CEO), List.of())),
        List.of(
            requires("COMMUNICATION", 3, 4, 4, 5, 5),
            requires("COACHING", 3, 3, 4, 4, 4),
            requires("DELEGATION", 2, 3, 4, 4, 5),
            requires("BUILDING-TEAMS", 2, 3, 4, 5, 5),
            requires("DECISION-MAKING", 3, 3, 4, 4, 5),
            requires("TIME-MANAGEMENT", 3, 3, 0, 0, 0),
            requires("STRATEGIC-THINKING", 0, 2, 3, 4, 5),
            requires("CHANGE-LEADERSHIP", 0, 0, 3, 4, 5)));

    /** In the order the explorer lists them within their families. */
    static final List<Path> PATHS = List.of(
        SOFTWARE_ENGINEERING_PATH, ENGINEERING_MANAGEMENT_PATH, QUALITY_ENGINEERING_PATH, DATA_SCIENCE_PATH,
        SALES_PATH, CUSTOMER_SUCCESS_PATH, MARKETING_PATH,
        PRODUCT_MANAGEMENT_PATH, PRODUCT_DESIGN_PATH,
        PEOPLE_PARTNERING_PATH, FINANCE_PATH, BUSINESS_OPERATIONS_PATH, IT_OPERATIONS_PATH, PEOPLE_LEADERSHIP_PATH);

    private static Level level(String code, int minYears, Text title, Text summary, Text responsibilities,
                               Text education, List<String> jobTitles, List<String> certifications, Move... moves) {
        return new Level(code, minYears, title, summary, responsibilities, education, jobTitles, certifications,
            List.of(moves));
    }

    /** A path with one version, published some months ago: created, submitted a week later, approved and published. */
    private static Path published(String code, String family, String track, Text name, Text description,
                                  int publishedDaysAgo, List<Level> levels,
                                  List<DemoFramework.Requirement> requirements) {
        return new Path(code, family, track, List.of(new Version(1, Status.PUBLISHED, name, description, null, levels,
            requirements, new Timeline(publishedDaysAgo + 21, publishedDaysAgo + 9, publishedDaysAgo, null))));
    }
}
