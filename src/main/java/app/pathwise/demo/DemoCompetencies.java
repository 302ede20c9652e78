package app.pathwise.demo;

import static app.pathwise.demo.DemoFramework.t;

import app.pathwise.demo.DemoFramework.Certification;
import app.pathwise.demo.DemoFramework.Competency;
import app.pathwise.demo.DemoFramework.Text;
import java.util.List;

/**
 * The demo company's competency framework: 26 competencies in the three default groups, each with
 * the behaviours that show it at every level of the default 1–5 scale, and a catalogue of
 * certifications.
 */
final class DemoCompetencies {

    static final String GENERAL = "GENERAL";
    static final String PROFESSIONAL = "PROFESSIONAL";
    static final String LEADERSHIP = "LEADERSHIP";

    private DemoCompetencies() {
    }

    private static Competency competency(String code, String group, Text name, Text description, Text level1,
                                         Text level2, Text level3, Text level4, Text level5) {
        return new Competency(code, group, name, description, List.of(level1, level2, level3, level4, level5));
    }

    static final List<Competency> COMPETENCIES = List.of(
        competency("COMMUNICATION", GENERAL,
            t("Communication", "Giao tiếp", "沟通表达"),
            t("Shares information clearly and listens actively, adapting message, channel and tone to the audience, "
                    + "in writing and in conversation.",
                "Truyền đạt thông tin rõ ràng và lắng nghe chủ động, điều chỉnh nội dung, kênh và giọng điệu phù hợp "
                    + "với người nghe, cả khi viết lẫn khi trao đổi trực tiếp.",
                "清晰地传递信息并积极倾听，根据受众调整内容、渠道和语气，无论是书面还是口头沟通。"),
            t("Shares updates when asked; messages are understandable but may miss context. Listens and asks "
                    + "questions to clarify.",
                "Chia sẻ cập nhật khi được yêu cầu; thông điệp dễ hiểu nhưng đôi khi thiếu bối cảnh. Lắng nghe và đặt "
                    + "câu hỏi để làm rõ.",
                "在被要求时分享进展；表达能被理解，但有时缺少背景信息。会倾听并提问以澄清问题。"),
            t("Writes clear e-mails and status updates for their own team; explains their work in meetings and "
                    + "confirms understanding.",
                "Viết e-mail và báo cáo tiến độ rõ ràng cho nhóm của mình; trình bày công việc trong cuộc họp và xác "
                    + "nhận người nghe đã hiểu.",
                "能为本团队撰写清晰的邮件和进展汇报；在会议上说明自己的工作并确认对方已理解。"),
            t("Structures messages for different audiences, including other teams; handles disagreement calmly and "
                    + "summarises decisions in writing.",
                "Sắp xếp thông điệp phù hợp với từng đối tượng, kể cả các nhóm khác; xử lý bất đồng một cách bình tĩnh "
                    + "và tóm tắt quyết định bằng văn bản.",
                "能针对不同受众（包括其他团队）组织信息；冷静处理分歧，并以书面形式总结决定。"),
            t("Communicates complex or sensitive topics to senior stakeholders and customers; facilitates difficult "
                    + "conversations and coaches others on clear writing.",
                "Truyền đạt các chủ đề phức tạp hoặc nhạy cảm tới lãnh đạo cấp cao và khách hàng; điều phối những cuộc "
                    + "trao đổi khó và hướng dẫn người khác viết rõ ràng.",
                "能向高层利益相关方和客户传达复杂或敏感的话题；主持艰难的对话，并指导他人清晰写作。"),
            t("Shapes how the organisation communicates; represents the company externally and builds shared "
                    + "understanding across functions and cultures.",
                "Định hình cách tổ chức giao tiếp; đại diện công ty với bên ngoài và tạo sự thấu hiểu chung giữa các "
                    + "bộ phận và nền văn hóa.",
                "塑造组织的沟通方式；对外代表公司，并在不同职能和文化之间建立共识。")),
        competency("TEAMWORK", GENERAL,
            t("Teamwork and collaboration", "Làm việc nhóm và hợp tác", "团队协作"),
            t("Works with others towards shared goals: shares knowledge, offers help, respects different views and "
                    + "builds trust across teams.",
                "Cùng người khác hướng tới mục tiêu chung: chia sẻ kiến thức, sẵn sàng hỗ trợ, tôn trọng quan điểm "
                    + "khác biệt và xây dựng lòng tin giữa các nhóm.",
                "与他人协作实现共同目标：分享知识、主动提供帮助、尊重不同观点，并在团队之间建立信任。"),
            t("Completes their part of team tasks and keeps teammates informed of progress.",
                "Hoàn thành phần việc của mình trong nhiệm vụ chung và thông báo tiến độ cho đồng đội.",
                "完成团队任务中自己负责的部分，并让队友了解进展。"),
            t("Offers help to teammates, shares what they learn and accepts feedback constructively.",
                "Chủ động giúp đỡ đồng đội, chia sẻ những gì mình học được và tiếp nhận góp ý một cách tích cực.",
                "主动帮助队友，分享所学，并以建设性的态度接受反馈。"),
            t("Collaborates effectively with other teams, resolves friction directly and puts team goals before "
                    + "personal credit.",
                "Phối hợp hiệu quả với các nhóm khác, giải quyết va chạm một cách thẳng thắn và đặt mục tiêu chung lên "
                    + "trên thành tích cá nhân.",
                "与其他团队高效协作，直接化解摩擦，把团队目标置于个人功劳之上。"),
            t("Builds partnerships across departments, brings people with different views to agreement and creates "
                    + "an environment where others collaborate well.",
                "Xây dựng quan hệ đối tác giữa các phòng ban, giúp những người có quan điểm khác nhau đi đến đồng "
                    + "thuận và tạo môi trường để mọi người hợp tác tốt.",
                "建立跨部门的合作关系，促成观点不同的人达成一致，营造良好的协作氛围。"),
            t("Shapes a collaborative culture across the organisation; removes structural barriers between teams and "
                    + "is a role model for inclusive teamwork.",
                "Định hình văn hóa hợp tác trong toàn tổ chức; tháo gỡ rào cản về cơ cấu giữa các nhóm và là tấm gương "
                    + "về làm việc nhóm hòa nhập.",
                "在全组织塑造协作文化；消除团队之间的结构性障碍，是包容性团队合作的榜样。")),
        competency("PROBLEM-SOLVING", GENERAL,
            t("Problem solving", "Giải quyết vấn đề", "问题解决"),
            t("Analyses problems to their root cause, weighs options with evidence and delivers practical solutions.",
                "Phân tích vấn đề đến tận gốc rễ, cân nhắc các phương án dựa trên bằng chứng và đưa ra giải pháp thiết "
                    + "thực.",
                "深入分析问题的根本原因，基于证据权衡各种方案，并提出切实可行的解决办法。"),
            t("Recognises when something is wrong and raises it with the right person, describing what they observed.",
                "Nhận ra khi có điều bất thường và báo cho đúng người, mô tả rõ những gì mình quan sát được.",
                "能发现问题并向合适的人反映，清楚描述所观察到的情况。"),
            t("Solves routine problems using known methods and asks for help when a problem is beyond their "
                    + "experience.",
                "Giải quyết các vấn đề thường gặp bằng phương pháp đã biết và chủ động nhờ hỗ trợ khi vấn đề vượt quá "
                    + "kinh nghiệm của mình.",
                "能用已知方法解决常规问题，遇到超出自身经验的问题时会主动求助。"),
            t("Breaks down unfamiliar problems, finds root causes with data and chooses solutions that prevent "
                    + "recurrence.",
                "Phân tách các vấn đề mới, dùng dữ liệu để tìm nguyên nhân gốc rễ và chọn giải pháp ngăn vấn đề tái "
                    + "diễn.",
                "能拆解陌生的问题，用数据找出根本原因，并选择能防止问题再次发生的方案。"),
            t("Tackles ambiguous, cross-team problems; frames trade-offs for decision makers and guides others through "
                    + "structured analysis.",
                "Xử lý các vấn đề mơ hồ, liên quan nhiều nhóm; trình bày rõ các đánh đổi cho người ra quyết định và "
                    + "hướng dẫn người khác phân tích có hệ thống.",
                "能处理模糊、跨团队的问题；为决策者梳理利弊取舍，并引导他人进行结构化分析。"),
            t("Solves the organisation's hardest problems, anticipates issues before they arise and builds "
                    + "problem-solving capability in others.",
                "Giải quyết những vấn đề khó nhất của tổ chức, lường trước vấn đề trước khi chúng phát sinh và nâng "
                    + "cao năng lực giải quyết vấn đề của người khác.",
                "解决组织中最棘手的问题，在问题出现之前预见风险，并培养他人的问题解决能力。")),
        competency("CUSTOMER-FOCUS", GENERAL,
            t("Customer focus", "Hướng tới khách hàng", "客户导向"),
            t("Understands the needs of internal and external customers and acts to create value and a good "
                    + "experience for them.",
                "Hiểu nhu cầu của khách hàng nội bộ và bên ngoài, hành động để tạo ra giá trị và trải nghiệm tốt cho "
                    + "họ.",
                "理解内部和外部客户的需求，并采取行动为他们创造价值和良好体验。"),
            t("Knows who their customers are and responds politely and promptly to their requests.",
                "Biết khách hàng của mình là ai, phản hồi yêu cầu của họ một cách lịch sự và kịp thời.",
                "清楚自己的客户是谁，礼貌、及时地回应客户的请求。"),
            t("Follows up on customer requests until they are resolved and passes customer feedback to the right "
                    + "team.",
                "Theo dõi yêu cầu của khách hàng cho đến khi được giải quyết và chuyển phản hồi của khách hàng tới "
                    + "đúng bộ phận.",
                "跟进客户请求直至解决，并将客户反馈转达给相应团队。"),
            t("Anticipates customer needs, uses feedback and data to improve their work and balances customer wishes "
                    + "with business constraints.",
                "Dự đoán nhu cầu của khách hàng, dùng phản hồi và dữ liệu để cải thiện công việc, đồng thời cân bằng "
                    + "mong muốn của khách hàng với các ràng buộc kinh doanh.",
                "预判客户需求，利用反馈和数据改进工作，在客户诉求与业务约束之间取得平衡。"),
            t("Builds long-term customer relationships, champions the customer's perspective in decisions and "
                    + "improves processes that affect many customers.",
                "Xây dựng quan hệ lâu dài với khách hàng, bảo vệ góc nhìn của khách hàng trong các quyết định và cải "
                    + "tiến những quy trình ảnh hưởng đến nhiều khách hàng.",
                "与客户建立长期关系，在决策中代表客户视角，并改进影响众多客户的流程。"),
            t("Shapes a customer-centred culture and strategy; uses deep customer insight to set direction for the "
                    + "business.",
                "Định hình văn hóa và chiến lược lấy khách hàng làm trung tâm; dùng hiểu biết sâu sắc về khách hàng để "
                    + "định hướng hoạt động kinh doanh.",
                "塑造以客户为中心的文化与战略；运用深刻的客户洞察为业务指明方向。")),
        competency("ADAPTABILITY", GENERAL,
            t("Adaptability", "Khả năng thích ứng", "适应能力"),
            t("Stays effective when priorities, tools or circumstances change; learns quickly and helps others "
                    + "through change.",
                "Duy trì hiệu quả khi ưu tiên, công cụ hay hoàn cảnh thay đổi; học hỏi nhanh và giúp người khác vượt "
                    + "qua thay đổi.",
                "在优先级、工具或环境变化时保持高效；快速学习，并帮助他人适应变化。"),
            t("Accepts changes to their tasks and asks questions to understand what is expected now.",
                "Chấp nhận thay đổi trong công việc và đặt câu hỏi để hiểu yêu cầu mới.",
                "接受工作任务的变化，并通过提问了解新的要求。"),
            t("Adjusts their plans when priorities shift and learns new tools or processes with some support.",
                "Điều chỉnh kế hoạch khi ưu tiên thay đổi và học công cụ hoặc quy trình mới khi có sự hỗ trợ.",
                "在优先级调整时相应修改计划，并能在一定支持下学习新工具或新流程。"),
            t("Stays productive under uncertainty, learns new skills independently and looks for the opportunity in "
                    + "a change.",
                "Vẫn làm việc hiệu quả trong điều kiện chưa rõ ràng, tự học kỹ năng mới và tìm thấy cơ hội trong sự "
                    + "thay đổi.",
                "在不确定的情况下保持高效，独立学习新技能，并从变化中发现机会。"),
            t("Helps the team adapt to significant change, reframes setbacks constructively and adjusts their "
                    + "approach to different cultures and contexts.",
                "Giúp nhóm thích nghi với những thay đổi lớn, nhìn nhận thất bại theo hướng tích cực và điều chỉnh "
                    + "cách làm phù hợp với các nền văn hóa và bối cảnh khác nhau.",
                "帮助团队适应重大变化，以建设性的方式看待挫折，并根据不同文化和情境调整做法。"),
            t("Thrives in ambiguity at organisational level and builds resilience and a learning mindset across the "
                    + "company.",
                "Phát huy tốt trong những bối cảnh mơ hồ ở cấp tổ chức, xây dựng khả năng chống chịu và tinh thần học "
                    + "hỏi trong toàn công ty.",
                "在组织层面的不确定性中游刃有余，在全公司培养韧性和学习型思维。")),
        competency("TIME-MANAGEMENT", GENERAL,
            t("Planning and time management", "Lập kế hoạch và quản lý thời gian", "计划与时间管理"),
            t("Plans and prioritises work, manages their time and commitments and delivers on schedule.",
                "Lập kế hoạch và sắp xếp ưu tiên công việc, quản lý thời gian và cam kết, hoàn thành đúng tiến độ.",
                "规划工作并确定优先级，管理时间和承诺，按时交付成果。"),
            t("Keeps track of their assigned tasks and deadlines and tells their manager early when something will "
                    + "be late.",
                "Theo dõi các nhiệm vụ được giao và thời hạn, báo sớm cho quản lý khi có việc có nguy cơ trễ.",
                "跟踪分配给自己的任务和截止日期，若有延误会尽早告知经理。"),
            t("Plans their own week, prioritises by importance and urgency and meets most commitments without "
                    + "reminders.",
                "Tự lập kế hoạch tuần, ưu tiên theo mức độ quan trọng và khẩn cấp, hoàn thành phần lớn cam kết mà "
                    + "không cần nhắc nhở.",
                "规划自己的每周工作，按重要性和紧急程度排序，大多数承诺无需提醒即可完成。"),
            t("Plans multi-week work with milestones, manages dependencies with others and renegotiates scope before "
                    + "deadlines slip.",
                "Lập kế hoạch công việc kéo dài nhiều tuần với các mốc rõ ràng, quản lý sự phụ thuộc với người khác và "
                    + "thương lượng lại phạm vi trước khi trễ hạn.",
                "规划为期数周、设有里程碑的工作，管理与他人的依赖关系，并在延期之前重新协商范围。"),
            t("Plans and sequences work for a team or programme, balances competing priorities and protects focus "
                    + "time for the team.",
                "Lập kế hoạch và sắp xếp trình tự công việc cho cả nhóm hoặc chương trình, cân bằng các ưu tiên cạnh "
                    + "tranh và bảo vệ thời gian tập trung cho nhóm.",
                "为团队或项目群规划并安排工作顺序，平衡相互竞争的优先事项，为团队保留专注时间。"),
            t("Sets planning practices for the organisation, aligns long-term roadmaps across departments and makes "
                    + "capacity trade-offs at company level.",
                "Thiết lập phương pháp lập kế hoạch cho tổ chức, đồng bộ lộ trình dài hạn giữa các phòng ban và đưa ra "
                    + "các đánh đổi về nguồn lực ở cấp công ty.",
                "为组织制定规划方法，协调各部门的长期路线图，并在公司层面做出资源取舍。")),
        competency("SOFTWARE-DESIGN", PROFESSIONAL,
            t("Software design and architecture", "Thiết kế và kiến trúc phần mềm", "软件设计与架构"),
            t("Designs software that is simple, maintainable, secure and fit for its scale, from modules to systems.",
                "Thiết kế phần mềm đơn giản, dễ bảo trì, an toàn và phù hợp với quy mô, từ cấp mô-đun đến cấp hệ "
                    + "thống.",
                "设计简洁、易维护、安全且适合其规模的软件，涵盖从模块到系统的各个层次。"),
            t("Understands the structure of the codebase they work in and follows its existing patterns.",
                "Hiểu cấu trúc của mã nguồn mình đang làm và tuân theo các mẫu thiết kế hiện có.",
                "理解所参与代码库的结构，并遵循已有的设计模式。"),
            t("Designs small features with clear interfaces and explains their design choices in code review.",
                "Thiết kế các tính năng nhỏ với giao diện rõ ràng và giải thích lựa chọn thiết kế khi review mã.",
                "能为小型功能设计清晰的接口，并在代码评审中解释自己的设计选择。"),
            t("Designs components and services end to end, weighing performance, security and operability, and "
                    + "writes design documents others can review.",
                "Thiết kế trọn vẹn các thành phần và dịch vụ, cân nhắc hiệu năng, bảo mật và khả năng vận hành, đồng "
                    + "thời viết tài liệu thiết kế để người khác review.",
                "端到端地设计组件和服务，权衡性能、安全性和可运维性，并撰写可供他人评审的设计文档。"),
            t("Leads the architecture of systems spanning several teams, makes trade-offs explicit and keeps "
                    + "technical debt under control.",
                "Dẫn dắt kiến trúc của các hệ thống trải rộng nhiều nhóm, làm rõ các đánh đổi và kiểm soát nợ kỹ "
                    + "thuật.",
                "主导跨多个团队的系统架构，明确各项权衡，并控制技术债务。"),
            t("Sets the technical direction for the organisation, defines architecture principles and is consulted "
                    + "on the most critical design decisions.",
                "Định hướng kỹ thuật cho toàn tổ chức, xác lập các nguyên tắc kiến trúc và được tham vấn về những "
                    + "quyết định thiết kế quan trọng nhất.",
                "为组织确定技术方向，制定架构原则，并在最关键的设计决策中担任顾问。")),
        competency("CODE-QUALITY", PROFESSIONAL,
            t("Code quality", "Chất lượng mã nguồn", "代码质量"),
            t("Writes readable, tested and secure code and improves the codebase through reviews and refactoring.",
                "Viết mã dễ đọc, có kiểm thử và an toàn, đồng thời cải thiện mã nguồn thông qua review và tái cấu "
                    + "trúc.",
                "编写可读、经过测试且安全的代码，并通过代码评审和重构持续改进代码库。"),
            t("Writes working code for well-defined tasks and applies review feedback.",
                "Viết mã chạy đúng cho các nhiệm vụ được mô tả rõ và áp dụng góp ý từ review.",
                "能为定义明确的任务编写可运行的代码，并根据评审意见进行修改。"),
            t("Writes readable code that follows team conventions, with unit tests, and gives useful comments in "
                    + "reviews.",
                "Viết mã dễ đọc theo quy ước của nhóm, có kiểm thử đơn vị, và đưa ra nhận xét hữu ích khi review.",
                "编写符合团队规范、可读性好并带有单元测试的代码，在评审中提出有价值的意见。"),
            t("Produces clean, well-tested code for complex changes, refactors proactively and catches design and "
                    + "security issues in review.",
                "Viết mã sạch, kiểm thử đầy đủ cho các thay đổi phức tạp, chủ động tái cấu trúc và phát hiện vấn đề "
                    + "thiết kế, bảo mật khi review.",
                "为复杂改动编写整洁、测试充分的代码，主动重构，并在评审中发现设计和安全问题。"),
            t("Raises the quality bar of several teams: defines conventions, introduces static analysis and mentors "
                    + "others through reviews.",
                "Nâng chuẩn chất lượng của nhiều nhóm: xây dựng quy ước, đưa vào công cụ phân tích tĩnh và kèm cặp "
                    + "người khác qua review.",
                "提升多个团队的质量标准：制定编码规范，引入静态分析，并通过评审指导他人。"),
            t("Defines engineering quality standards for the organisation and leads large-scale modernisation of the "
                    + "codebase.",
                "Xác lập tiêu chuẩn chất lượng kỹ thuật cho toàn tổ chức và dẫn dắt việc hiện đại hóa mã nguồn trên "
                    + "quy mô lớn.",
                "为组织制定工程质量标准，并主导大规模的代码库现代化改造。")),
        competency("TESTING", PROFESSIONAL,
            t("Testing and quality assurance", "Kiểm thử và đảm bảo chất lượng", "测试与质量保证"),
            t("Plans and carries out testing, manual and automated, so that defects are found early and releases can "
                    + "be trusted.",
                "Lập kế hoạch và thực hiện kiểm thử thủ công lẫn tự động để phát hiện lỗi sớm và bảo đảm các bản phát "
                    + "hành đáng tin cậy.",
                "规划并执行手工和自动化测试，尽早发现缺陷，确保发布版本值得信赖。"),
            t("Executes prepared test cases and reports defects with clear steps to reproduce.",
                "Thực hiện các ca kiểm thử đã chuẩn bị sẵn và báo lỗi kèm các bước tái hiện rõ ràng.",
                "执行已准备好的测试用例，并提交带有清晰复现步骤的缺陷报告。"),
            t("Writes test cases from requirements, automates simple checks and verifies fixes.",
                "Viết ca kiểm thử dựa trên yêu cầu, tự động hóa các bước kiểm tra đơn giản và xác nhận lỗi đã được "
                    + "sửa.",
                "根据需求编写测试用例，将简单的检查自动化，并验证缺陷修复。"),
            t("Designs test strategies for features, builds maintainable automated suites and uses risk to decide "
                    + "what to test.",
                "Thiết kế chiến lược kiểm thử cho tính năng, xây dựng bộ kiểm thử tự động dễ bảo trì và dựa vào mức độ "
                    + "rủi ro để quyết định cần kiểm thử gì.",
                "为功能设计测试策略，构建易维护的自动化测试套件，并基于风险决定测试重点。"),
            t("Owns the quality strategy of a product area, integrates testing into the delivery pipeline and coaches "
                    + "engineers on testability.",
                "Chịu trách nhiệm chiến lược chất lượng cho một mảng sản phẩm, tích hợp kiểm thử vào quy trình triển "
                    + "khai và hướng dẫn kỹ sư viết mã dễ kiểm thử.",
                "负责某一产品领域的质量策略，将测试融入交付流水线，并指导工程师提升代码的可测试性。"),
            t("Sets the organisation's approach to quality, from test architecture to release criteria, and drives "
                    + "industry-level practices.",
                "Định ra cách tiếp cận chất lượng của tổ chức, từ kiến trúc kiểm thử đến tiêu chí phát hành, và thúc "
                    + "đẩy các thực hành đạt chuẩn ngành.",
                "确立组织的质量方法，从测试架构到发布标准，并推动达到行业水准的实践。")),
        competency("CLOUD-OPS", PROFESSIONAL,
            t("Cloud and operations", "Điện toán đám mây và vận hành hệ thống", "云平台与运维"),
            t("Deploys, monitors and runs services reliably and securely in the cloud, and responds to incidents.",
                "Triển khai, giám sát và vận hành dịch vụ trên nền tảng đám mây một cách ổn định, an toàn, đồng thời "
                    + "xử lý sự cố.",
                "在云上可靠、安全地部署、监控和运行服务，并响应处理故障。"),
            t("Knows how their team's services are deployed and where to find logs and dashboards.",
                "Biết dịch vụ của nhóm được triển khai như thế nào và tìm nhật ký, bảng giám sát ở đâu.",
                "了解团队服务的部署方式，知道在哪里查看日志和监控面板。"),
            t("Deploys changes through the pipeline, reads metrics and logs to check their changes and joins incident "
                    + "response with guidance.",
                "Triển khai thay đổi qua pipeline, đọc số liệu và nhật ký để kiểm tra thay đổi của mình và tham gia xử "
                    + "lý sự cố khi có hướng dẫn.",
                "通过流水线部署变更，查看指标和日志以验证自己的改动，并在指导下参与故障处理。"),
            t("Builds infrastructure as code, sets up monitoring and alerts for their services and takes part in the "
                    + "on-call rotation.",
                "Xây dựng hạ tầng dưới dạng mã, thiết lập giám sát và cảnh báo cho dịch vụ của mình và tham gia lịch "
                    + "trực sự cố.",
                "以基础设施即代码方式构建环境，为所负责的服务设置监控和告警，并参与值班轮换。"),
            t("Designs for reliability and cost, leads incident reviews and defines service level objectives with the "
                    + "teams.",
                "Thiết kế hệ thống hướng tới độ tin cậy và tối ưu chi phí, chủ trì các buổi rút kinh nghiệm sau sự cố "
                    + "và cùng các nhóm xác định mục tiêu mức dịch vụ.",
                "从可靠性和成本角度进行设计，主导故障复盘，并与各团队共同制定服务等级目标。"),
            t("Sets the cloud and reliability strategy of the organisation, including security, resilience and cost "
                    + "governance.",
                "Xây dựng chiến lược điện toán đám mây và độ tin cậy cho tổ chức, bao gồm bảo mật, khả năng phục hồi "
                    + "và quản trị chi phí.",
                "制定组织的云与可靠性战略，涵盖安全、韧性和成本治理。")),
        competency("DATA-ANALYSIS", PROFESSIONAL,
            t("Data analysis", "Phân tích dữ liệu", "数据分析"),
            t("Turns data into insight: gathers and cleans data, analyses it with sound methods and presents "
                    + "conclusions that drive decisions.",
                "Biến dữ liệu thành hiểu biết: thu thập, làm sạch dữ liệu, phân tích bằng phương pháp đúng đắn và "
                    + "trình bày kết luận giúp ra quyết định.",
                "将数据转化为洞察：收集并清洗数据，用可靠的方法进行分析，并呈现能推动决策的结论。"),
            t("Reads standard reports and dashboards and understands the main metrics of their area.",
                "Đọc hiểu báo cáo và bảng số liệu tiêu chuẩn, nắm được các chỉ số chính trong lĩnh vực của mình.",
                "能读懂标准报表和数据看板，了解本领域的主要指标。"),
            t("Pulls and cleans data with spreadsheets or simple queries and answers well-defined questions.",
                "Trích xuất và làm sạch dữ liệu bằng bảng tính hoặc truy vấn đơn giản, trả lời được các câu hỏi đã xác "
                    + "định rõ.",
                "使用电子表格或简单查询提取和清洗数据，回答定义明确的问题。"),
            t("Frames analytical questions, combines data sources with SQL, checks data quality and explains findings "
                    + "and their limits.",
                "Xác định câu hỏi phân tích, kết hợp nhiều nguồn dữ liệu bằng SQL, kiểm tra chất lượng dữ liệu và giải "
                    + "thích kết quả cùng giới hạn của chúng.",
                "提出分析问题，用 SQL 整合多个数据源，检查数据质量，并解释发现及其局限。"),
            t("Designs experiments and metrics, applies statistical methods correctly and influences decisions with "
                    + "clear data stories.",
                "Thiết kế thử nghiệm và hệ thống chỉ số, áp dụng đúng phương pháp thống kê và tác động đến quyết định "
                    + "bằng những câu chuyện dữ liệu rõ ràng.",
                "设计实验和指标体系，正确运用统计方法，并用清晰的数据故事影响决策。"),
            t("Builds the organisation's data-driven culture and analytics strategy and is the reference for "
                    + "methodology.",
                "Xây dựng văn hóa ra quyết định dựa trên dữ liệu và chiến lược phân tích của tổ chức, là người tham "
                    + "chiếu về phương pháp luận.",
                "建设组织的数据驱动文化和分析战略，是方法论方面的权威。")),
        competency("PRODUCT-DISCOVERY", PROFESSIONAL,
            t("Product discovery", "Khám phá sản phẩm", "产品探索"),
            t("Finds out which problems are worth solving and which solutions customers will value, before building "
                    + "them.",
                "Tìm ra những vấn đề đáng giải quyết và những giải pháp khách hàng thực sự coi trọng trước khi bắt tay "
                    + "vào xây dựng.",
                "在动手开发之前，找出值得解决的问题以及客户真正看重的解决方案。"),
            t("Understands the product's goals and the customer problems it addresses.",
                "Hiểu mục tiêu của sản phẩm và các vấn đề của khách hàng mà sản phẩm giải quyết.",
                "理解产品目标以及产品所解决的客户问题。"),
            t("Takes part in customer interviews and usability tests and turns findings into clear user stories.",
                "Tham gia phỏng vấn khách hàng và kiểm thử khả năng sử dụng, chuyển kết quả thành các user story rõ "
                    + "ràng.",
                "参与客户访谈和可用性测试，并将发现转化为清晰的用户故事。"),
            t("Frames problems and hypotheses, runs lightweight experiments and prioritises a backlog by evidence of "
                    + "customer value.",
                "Xác định vấn đề và giả thuyết, thực hiện các thử nghiệm nhỏ và sắp xếp backlog dựa trên bằng chứng về "
                    + "giá trị cho khách hàng.",
                "界定问题和假设，开展轻量级实验，并依据客户价值的证据为待办事项排序。"),
            t("Leads discovery for a product area, balances value, usability, feasibility and viability and stops "
                    + "ideas that fail.",
                "Dẫn dắt hoạt động khám phá cho một mảng sản phẩm, cân bằng giá trị, tính dễ dùng, tính khả thi và "
                    + "hiệu quả kinh doanh, mạnh dạn dừng những ý tưởng không đạt.",
                "主导某一产品领域的探索工作，平衡价值、可用性、可行性和商业可持续性，果断叫停失败的想法。"),
            t("Shapes product strategy from market and customer insight and builds a discovery culture across product "
                    + "teams.",
                "Định hình chiến lược sản phẩm từ hiểu biết về thị trường và khách hàng, xây dựng văn hóa khám phá "
                    + "trong các nhóm sản phẩm.",
                "基于市场和客户洞察塑造产品战略，并在各产品团队中建立探索文化。")),
        competency("INTERACTION-DESIGN", PROFESSIONAL,
            t("Interaction and visual design", "Thiết kế tương tác và giao diện", "交互与视觉设计"),
            t("Designs flows, interfaces and a visual language that are usable, accessible and consistent.",
                "Thiết kế luồng thao tác, giao diện và ngôn ngữ hình ảnh dễ sử dụng, dễ tiếp cận và nhất quán.",
                "设计易用、无障碍且一致的操作流程、界面和视觉语言。"),
            t("Uses the design system's components and applies basic layout and typography principles.",
                "Sử dụng các thành phần của hệ thống thiết kế và áp dụng nguyên tắc cơ bản về bố cục, kiểu chữ.",
                "使用设计系统中的组件，并运用版式和字体排印的基本原则。"),
            t("Designs screens and simple flows from clear requirements, including states such as errors and empty "
                    + "pages.",
                "Thiết kế màn hình và luồng đơn giản từ yêu cầu rõ ràng, bao gồm cả các trạng thái như lỗi và trang "
                    + "trống.",
                "根据明确的需求设计页面和简单流程，包括错误、空白页等各种状态。"),
            t("Designs complete end-to-end experiences, prototypes to test ideas and meets accessibility standards.",
                "Thiết kế trải nghiệm trọn vẹn từ đầu đến cuối, làm bản mẫu để thử nghiệm ý tưởng và đáp ứng tiêu "
                    + "chuẩn về khả năng tiếp cận.",
                "设计完整的端到端体验，制作原型验证想法，并符合无障碍标准。"),
            t("Leads design for a product area, evolves the design system and sets the quality bar in design "
                    + "critiques.",
                "Dẫn dắt thiết kế cho một mảng sản phẩm, phát triển hệ thống thiết kế và đặt chuẩn chất lượng trong "
                    + "các buổi góp ý thiết kế.",
                "主导某一产品领域的设计，完善设计系统，并在设计评审中把控质量标准。"),
            t("Defines the design vision and language of the company's products and is recognised as a design "
                    + "authority.",
                "Xác định tầm nhìn và ngôn ngữ thiết kế cho các sản phẩm của công ty, được công nhận là người có uy "
                    + "tín về thiết kế.",
                "确立公司产品的设计愿景和设计语言，是公认的设计权威。")),
        competency("UX-RESEARCH", PROFESSIONAL,
            t("UX research", "Nghiên cứu trải nghiệm người dùng", "用户体验研究"),
            t("Plans and runs research with users and turns what they learn into insights the team acts on.",
                "Lập kế hoạch và thực hiện nghiên cứu với người dùng, biến những gì thu được thành hiểu biết mà nhóm "
                    + "có thể hành động.",
                "规划并开展用户研究，将所得转化为团队可付诸行动的洞察。"),
            t("Observes research sessions, takes notes and knows the basic research methods.",
                "Quan sát các buổi nghiên cứu, ghi chép và nắm được các phương pháp nghiên cứu cơ bản.",
                "旁听研究环节并做记录，了解基本的研究方法。"),
            t("Runs usability tests and interviews from a prepared guide and summarises the findings.",
                "Thực hiện kiểm thử khả năng sử dụng và phỏng vấn theo kịch bản có sẵn, tóm tắt kết quả thu được.",
                "按照既定提纲开展可用性测试和访谈，并总结研究发现。"),
            t("Chooses the right method for a question, recruits participants and synthesises findings into clear "
                    + "insights and recommendations.",
                "Chọn phương pháp phù hợp với câu hỏi nghiên cứu, tuyển người tham gia, tổng hợp kết quả thành nhận "
                    + "định và khuyến nghị rõ ràng.",
                "针对研究问题选择合适的方法，招募参与者，并将发现提炼为清晰的洞察和建议。"),
            t("Plans the research roadmap of a product area, combines qualitative and quantitative methods and makes "
                    + "insights shape decisions.",
                "Lập lộ trình nghiên cứu cho một mảng sản phẩm, kết hợp phương pháp định tính và định lượng, đưa hiểu "
                    + "biết vào các quyết định.",
                "规划某一产品领域的研究路线图，结合定性与定量方法，让洞察真正影响决策。"),
            t("Builds the organisation's research practice, ethics and repository and coaches others to do research "
                    + "well.",
                "Xây dựng hoạt động nghiên cứu, chuẩn mực đạo đức và kho dữ liệu nghiên cứu của tổ chức, hướng dẫn "
                    + "người khác nghiên cứu hiệu quả.",
                "建设组织的研究体系、研究伦理规范和研究资料库，并指导他人做好研究。")),
        competency("SALES-NEGOTIATION", PROFESSIONAL,
            t("Sales and negotiation", "Bán hàng và đàm phán", "销售与谈判"),
            t("Finds and qualifies opportunities, presents value and negotiates agreements that work for the customer "
                    + "and the company.",
                "Tìm kiếm và đánh giá cơ hội, trình bày giá trị và đàm phán những thỏa thuận có lợi cho cả khách hàng "
                    + "lẫn công ty.",
                "发掘并甄别商机，展示价值，谈成对客户和公司都有利的协议。"),
            t("Knows the products, the sales process and the main customer segments.",
                "Nắm được sản phẩm, quy trình bán hàng và các phân khúc khách hàng chính.",
                "了解产品、销售流程和主要客户群体。"),
            t("Prospects and qualifies leads, runs discovery calls and keeps the pipeline up to date in the CRM.",
                "Tìm kiếm và sàng lọc khách hàng tiềm năng, thực hiện các cuộc gọi tìm hiểu nhu cầu và cập nhật "
                    + "pipeline đầy đủ trên CRM.",
                "开发并甄别潜在客户，开展需求挖掘电话，并在 CRM 中及时更新销售漏斗。"),
            t("Runs full sales cycles, presents tailored proposals, handles objections and negotiates standard "
                    + "commercial terms.",
                "Thực hiện trọn vẹn chu trình bán hàng, đưa ra đề xuất phù hợp từng khách hàng, xử lý phản đối và đàm "
                    + "phán các điều khoản thương mại tiêu chuẩn.",
                "独立完成完整销售周期，提交定制化方案，处理客户异议，并谈判标准商务条款。"),
            t("Closes complex, multi-stakeholder deals, negotiates non-standard terms and forecasts accurately.",
                "Chốt các hợp đồng phức tạp có nhiều bên liên quan, đàm phán điều khoản ngoài tiêu chuẩn và dự báo "
                    + "doanh số chính xác.",
                "拿下涉及多方决策者的复杂交易，谈判非标准条款，并准确预测业绩。"),
            t("Shapes the sales strategy and methodology, leads the most strategic negotiations and develops other "
                    + "sellers.",
                "Định hình chiến lược và phương pháp bán hàng, dẫn dắt những cuộc đàm phán chiến lược nhất và phát "
                    + "triển đội ngũ bán hàng.",
                "制定销售战略和方法论，主导最具战略意义的谈判，并培养其他销售人员。")),
        competency("ACCOUNT-MANAGEMENT", PROFESSIONAL,
            t("Account management", "Quản lý khách hàng", "客户管理"),
            t("Grows long-term value with existing customers through adoption, renewals and expansion.",
                "Gia tăng giá trị lâu dài với khách hàng hiện có thông qua việc thúc đẩy sử dụng, gia hạn và mở rộng "
                    + "hợp đồng.",
                "通过推动产品使用、续约和增购，持续提升现有客户的长期价值。"),
            t("Knows their customers' contracts and contacts and answers routine questions.",
                "Nắm rõ hợp đồng và đầu mối liên hệ của khách hàng, trả lời được các câu hỏi thông thường.",
                "了解所负责客户的合同和联系人，能解答常规问题。"),
            t("Onboards customers, runs regular check-ins and spots accounts at risk.",
                "Hỗ trợ khách hàng bắt đầu sử dụng sản phẩm, tổ chức các buổi trao đổi định kỳ và phát hiện khách hàng "
                    + "có nguy cơ rời bỏ.",
                "帮助客户完成上手引导，定期回访，并识别存在流失风险的客户。"),
            t("Builds account plans, leads business reviews and secures renewals with measurable customer outcomes.",
                "Xây dựng kế hoạch cho từng khách hàng, chủ trì các buổi đánh giá kinh doanh và đảm bảo gia hạn hợp "
                    + "đồng bằng những kết quả đo lường được.",
                "制定客户经营计划，主持业务回顾会议，并以可衡量的客户成果保障续约。"),
            t("Manages the most strategic accounts, builds executive relationships and drives expansion across the "
                    + "customer's organisation.",
                "Quản lý những khách hàng chiến lược nhất, xây dựng quan hệ với lãnh đạo cấp cao của khách hàng và "
                    + "thúc đẩy mở rộng trong toàn tổ chức của họ.",
                "管理最具战略意义的客户，与客户高层建立关系，并推动在客户组织内的扩展。"),
            t("Designs the account management model and retention strategy of the company.",
                "Thiết kế mô hình quản lý khách hàng và chiến lược giữ chân khách hàng cho công ty.",
                "为公司设计客户管理模式和客户留存战略。")),
        competency("MARKETING", PROFESSIONAL,
            t("Marketing and campaigns", "Marketing và triển khai chiến dịch", "市场营销与活动策划"),
            t("Plans, runs and measures marketing campaigns that reach the right audience with the right message.",
                "Lập kế hoạch, triển khai và đo lường các chiến dịch marketing để đưa đúng thông điệp tới đúng đối "
                    + "tượng.",
                "策划、执行并评估营销活动，把合适的信息传递给合适的受众。"),
            t("Understands the brand guidelines, target audiences and main marketing channels.",
                "Hiểu bộ nhận diện thương hiệu, đối tượng mục tiêu và các kênh marketing chính.",
                "了解品牌规范、目标受众和主要营销渠道。"),
            t("Produces content and runs channel activities from a campaign brief and reports the results.",
                "Sản xuất nội dung và triển khai hoạt động trên các kênh theo bản brief chiến dịch, báo cáo kết quả.",
                "根据活动简报制作内容、执行渠道活动，并汇报效果。"),
            t("Plans multi-channel campaigns, sets targets and budgets and optimises them with A/B tests and "
                    + "analytics.",
                "Lập kế hoạch chiến dịch đa kênh, đặt mục tiêu và ngân sách, tối ưu hóa bằng thử nghiệm A/B và số liệu "
                    + "phân tích.",
                "策划多渠道营销活动，设定目标和预算，并通过 A/B 测试和数据分析持续优化。"),
            t("Owns the marketing plan for a product or region, aligns it with sales and proves its contribution to "
                    + "the pipeline.",
                "Chịu trách nhiệm kế hoạch marketing cho một sản phẩm hoặc khu vực, phối hợp với bộ phận kinh doanh và "
                    + "chứng minh đóng góp vào pipeline.",
                "负责某一产品或区域的营销计划，与销售部门保持一致，并证明其对销售线索的贡献。"),
            t("Sets the marketing strategy and positioning of the company and builds its brand in new markets.",
                "Xây dựng chiến lược marketing và định vị của công ty, phát triển thương hiệu tại các thị trường mới.",
                "制定公司的营销战略和市场定位，并在新市场建立品牌。")),
        competency("FINANCIAL-ANALYSIS", PROFESSIONAL,
            t("Financial analysis and reporting", "Phân tích và báo cáo tài chính", "财务分析与报告"),
            t("Keeps accurate financial records, prepares reports and analyses figures to support business "
                    + "decisions.",
                "Ghi chép tài chính chính xác, lập báo cáo và phân tích số liệu để hỗ trợ các quyết định kinh doanh.",
                "保持准确的财务记录，编制报告，并分析数据以支持业务决策。"),
            t("Understands basic accounting principles and records transactions accurately under supervision.",
                "Hiểu các nguyên tắc kế toán cơ bản và ghi nhận nghiệp vụ chính xác dưới sự giám sát.",
                "理解基本会计原则，在监督下准确记录交易。"),
            t("Prepares reconciliations and month-end entries and explains simple variances.",
                "Thực hiện đối chiếu, bút toán cuối tháng và giải thích được các chênh lệch đơn giản.",
                "编制对账和月末分录，并能解释简单的差异。"),
            t("Prepares financial statements and management reports, builds budgets and forecasts and analyses "
                    + "variances.",
                "Lập báo cáo tài chính và báo cáo quản trị, xây dựng ngân sách, dự báo và phân tích chênh lệch.",
                "编制财务报表和管理报告，制定预算和预测，并进行差异分析。"),
            t("Builds financial models for investment and pricing decisions and advises managers on the financial "
                    + "impact of their plans.",
                "Xây dựng mô hình tài chính cho các quyết định đầu tư và định giá, tư vấn cho quản lý về tác động tài "
                    + "chính của kế hoạch.",
                "为投资和定价决策构建财务模型，并就各项计划的财务影响向管理者提供建议。"),
            t("Shapes the company's financial strategy and controls and its reporting to investors and regulators.",
                "Định hình chiến lược tài chính, hệ thống kiểm soát và việc báo cáo của công ty với nhà đầu tư và cơ "
                    + "quan quản lý.",
                "制定公司的财务战略和内控体系，并负责向投资者和监管机构报告。")),
        competency("RECRUITING", PROFESSIONAL,
            t("Recruiting", "Tuyển dụng", "招聘"),
            t("Attracts, assesses and hires the right people fairly, and gives candidates a good experience.",
                "Thu hút, đánh giá và tuyển đúng người một cách công bằng, đồng thời mang lại trải nghiệm tốt cho ứng "
                    + "viên.",
                "公平地吸引、评估并录用合适的人才，并为候选人提供良好的体验。"),
            t("Understands the hiring process and schedules interviews and candidate communication.",
                "Hiểu quy trình tuyển dụng, sắp xếp lịch phỏng vấn và liên lạc với ứng viên.",
                "了解招聘流程，负责安排面试和与候选人沟通。"),
            t("Screens applications against clear criteria, conducts structured first interviews and keeps the "
                    + "applicant tracking system accurate.",
                "Sàng lọc hồ sơ theo tiêu chí rõ ràng, thực hiện phỏng vấn sơ bộ có cấu trúc và cập nhật chính xác hệ "
                    + "thống quản lý ứng viên.",
                "按明确标准筛选简历，进行结构化初面，并保持招聘系统数据准确。"),
            t("Runs full searches with hiring managers, sources passive candidates and closes offers.",
                "Phối hợp với quản lý tuyển dụng thực hiện trọn vẹn quy trình tìm kiếm, tiếp cận ứng viên thụ động và "
                    + "chốt thư mời làm việc.",
                "与用人经理合作完成完整的招聘流程，寻访被动候选人，并促成录用。"),
            t("Hires for senior and hard-to-fill roles, trains interviewers and improves hiring quality with data.",
                "Tuyển dụng cho các vị trí cấp cao và khó tuyển, đào tạo người phỏng vấn và cải thiện chất lượng tuyển "
                    + "dụng dựa trên dữ liệu.",
                "负责高级和难招岗位的招聘，培训面试官，并用数据提升招聘质量。"),
            t("Shapes the employer brand and talent acquisition strategy for the organisation's growth.",
                "Định hình thương hiệu nhà tuyển dụng và chiến lược thu hút nhân tài phục vụ sự phát triển của tổ "
                    + "chức.",
                "塑造雇主品牌，并制定支撑组织发展的人才获取战略。")),
        competency("EMPLOYEE-RELATIONS", PROFESSIONAL,
            t("HR advisory and employee relations", "Tư vấn nhân sự và quan hệ lao động", "人力资源咨询与员工关系"),
            t("Advises managers and employees on people matters, applies labour law and policy fairly and handles "
                    + "cases with care.",
                "Tư vấn cho quản lý và nhân viên về các vấn đề nhân sự, áp dụng pháp luật lao động và chính sách một "
                    + "cách công bằng, xử lý từng trường hợp một cách thận trọng.",
                "就人事问题为管理者和员工提供建议，公平地执行劳动法规和公司政策，并审慎处理个案。"),
            t("Knows the main HR policies and where employees find them, and handles information confidentially.",
                "Nắm được các chính sách nhân sự chính và nơi nhân viên có thể tra cứu, xử lý thông tin một cách bảo "
                    + "mật.",
                "了解主要人事政策及员工查阅途径，并对信息严格保密。"),
            t("Answers policy questions accurately and prepares documents for routine cases such as contracts and "
                    + "leave.",
                "Giải đáp chính xác các câu hỏi về chính sách và chuẩn bị hồ sơ cho các trường hợp thường gặp như hợp "
                    + "đồng, nghỉ phép.",
                "准确解答政策问题，并为合同、休假等常规事务准备文件。"),
            t("Advises managers on performance, conduct and organisational changes and investigates cases fairly.",
                "Tư vấn cho quản lý về hiệu suất, kỷ luật và thay đổi tổ chức, điều tra các vụ việc một cách công tâm.",
                "就绩效、行为规范和组织调整向管理者提供建议，并公正地调查个案。"),
            t("Handles complex and sensitive cases, partners with leaders on workforce plans and improves policies.",
                "Xử lý các trường hợp phức tạp và nhạy cảm, đồng hành cùng lãnh đạo trong kế hoạch nhân lực và cải "
                    + "tiến chính sách.",
                "处理复杂敏感的个案，与领导者合作制定人力规划，并完善相关政策。"),
            t("Sets the people policies and employee relations strategy of the organisation across countries.",
                "Xây dựng chính sách nhân sự và chiến lược quan hệ lao động cho toàn tổ chức tại các quốc gia.",
                "为跨国组织制定人事政策和员工关系战略。")),
        competency("COACHING", LEADERSHIP,
            t("Coaching and developing others", "Huấn luyện và phát triển người khác", "辅导与培养他人"),
            t("Helps others grow through feedback, coaching and stretching opportunities.",
                "Giúp người khác phát triển thông qua phản hồi, huấn luyện và những cơ hội thử thách.",
                "通过反馈、辅导和富有挑战的机会帮助他人成长。"),
            t("Shares their knowledge when asked and gives polite, specific feedback.",
                "Chia sẻ kiến thức khi được hỏi và đưa ra phản hồi cụ thể, lịch sự.",
                "在被询问时分享自己的知识，并给出礼貌而具体的反馈。"),
            t("Onboards new colleagues and helps them with day-to-day questions.",
                "Hướng dẫn đồng nghiệp mới hòa nhập và hỗ trợ họ trong các câu hỏi hằng ngày.",
                "帮助新同事融入，并解答他们日常工作中的问题。"),
            t("Mentors one or two people regularly, gives balanced feedback and helps them set development goals.",
                "Kèm cặp thường xuyên một đến hai người, đưa ra phản hồi cân bằng và giúp họ đặt mục tiêu phát triển.",
                "定期指导一到两名同事，给予客观平衡的反馈，并帮助他们设定发展目标。"),
            t("Coaches a team to higher performance, creates stretch opportunities and grows future leaders.",
                "Huấn luyện cả nhóm đạt hiệu suất cao hơn, tạo cơ hội thử thách và bồi dưỡng những nhà lãnh đạo tương "
                    + "lai.",
                "辅导团队取得更高绩效，创造具有挑战性的成长机会，并培养未来的领导者。"),
            t("Builds a coaching culture and talent development programmes across the organisation.",
                "Xây dựng văn hóa huấn luyện và các chương trình phát triển nhân tài trong toàn tổ chức.",
                "在全组织建立辅导文化和人才发展项目。")),
        competency("DELEGATION", LEADERSHIP,
            t("Delegation", "Ủy quyền và giao việc", "授权与分派"),
            t("Gives others ownership of work with clear outcomes and the right support, and follows up without "
                    + "micromanaging.",
                "Trao quyền làm chủ công việc cho người khác với kết quả mong đợi rõ ràng và sự hỗ trợ phù hợp, theo "
                    + "dõi mà không can thiệp quá sâu.",
                "把工作的主导权交给他人，明确预期成果并提供适当支持，跟进而不事无巨细地干预。"),
            t("Asks for help with parts of their work and explains what is needed.",
                "Nhờ người khác hỗ trợ một phần công việc và giải thích rõ điều mình cần.",
                "在工作中能就部分内容寻求帮助，并说明具体需求。"),
            t("Hands over well-defined tasks with clear expectations and checks the result.",
                "Giao các nhiệm vụ đã xác định rõ kèm kỳ vọng cụ thể và kiểm tra kết quả.",
                "交付定义清晰的任务，说明明确的期望，并检查结果。"),
            t("Delegates whole pieces of work matched to people's growth, agrees on check-in points and lets them "
                    + "decide how.",
                "Giao trọn vẹn từng phần việc phù hợp với sự phát triển của mỗi người, thống nhất các mốc trao đổi và "
                    + "để họ tự quyết định cách làm.",
                "根据每个人的成长需要委派完整的工作，约定检查节点，让他们自主决定做法。"),
            t("Delegates decisions as well as tasks, builds a team that runs without them and steps in only where "
                    + "risk requires.",
                "Ủy quyền cả việc ra quyết định chứ không chỉ nhiệm vụ, xây dựng đội ngũ vận hành tốt ngay cả khi vắng "
                    + "mình và chỉ can thiệp khi rủi ro đòi hỏi.",
                "不仅分派任务，也下放决策权，打造一支离开自己也能良好运转的团队，只在风险需要时介入。"),
            t("Designs accountability and decision rights across the organisation so that decisions are made at the "
                    + "right level.",
                "Thiết kế cơ chế trách nhiệm và thẩm quyền quyết định trong toàn tổ chức để mọi quyết định được đưa ra "
                    + "ở đúng cấp.",
                "在全组织设计问责机制和决策权限，确保决策在合适的层级做出。")),
        competency("STRATEGIC-THINKING", LEADERSHIP,
            t("Strategic thinking", "Tư duy chiến lược", "战略思维"),
            t("Understands the bigger picture and the long term, and turns them into clear priorities and plans.",
                "Nhìn thấy bức tranh tổng thể và tầm dài hạn, chuyển hóa chúng thành ưu tiên và kế hoạch rõ ràng.",
                "理解全局和长远目标，并将其转化为清晰的优先事项和计划。"),
            t("Knows the company's mission and goals and how their work contributes.",
                "Hiểu sứ mệnh, mục tiêu của công ty và công việc của mình đóng góp như thế nào.",
                "了解公司的使命和目标，以及自己的工作如何为之贡献。"),
            t("Connects their team's goals to company objectives and asks why before how.",
                "Gắn mục tiêu của nhóm với mục tiêu của công ty và luôn hỏi “tại sao” trước khi hỏi “làm thế nào”.",
                "把团队目标与公司目标联系起来，先问“为什么”，再问“怎么做”。"),
            t("Considers trends, competitors and long-term consequences when planning and proposes priorities for "
                    + "their area.",
                "Xem xét xu hướng, đối thủ cạnh tranh và hệ quả dài hạn khi lập kế hoạch, đề xuất các ưu tiên cho lĩnh "
                    + "vực của mình.",
                "在规划时考虑行业趋势、竞争对手和长期影响，并为所负责领域提出优先事项。"),
            t("Develops a multi-year strategy for a department, makes clear choices about what not to do and aligns "
                    + "others behind it.",
                "Xây dựng chiến lược nhiều năm cho một phòng ban, lựa chọn rõ ràng những việc không làm và tạo sự đồng "
                    + "thuận xung quanh chiến lược đó.",
                "为部门制定多年战略，明确取舍不做什么，并凝聚他人共同推进。"),
            t("Shapes the company's strategy and business model and anticipates shifts in the market.",
                "Định hình chiến lược và mô hình kinh doanh của công ty, dự báo những chuyển dịch của thị trường.",
                "塑造公司的战略和商业模式，预见市场的变化。")),
        competency("DECISION-MAKING", LEADERSHIP,
            t("Decision making", "Ra quyết định", "决策能力"),
            t("Makes timely, well-reasoned decisions with the information available and owns their consequences.",
                "Đưa ra quyết định kịp thời, có cơ sở dựa trên thông tin hiện có và chịu trách nhiệm về hệ quả.",
                "依据现有信息及时做出有理有据的决策，并为其后果负责。"),
            t("Makes routine decisions within their tasks and escalates what is outside their remit.",
                "Tự quyết định các việc thường ngày trong phạm vi nhiệm vụ và báo cáo lên cấp trên những việc vượt quá "
                    + "thẩm quyền.",
                "在自身任务范围内做出日常决定，超出职权的事项及时上报。"),
            t("Gathers the relevant facts and options before deciding and explains the reasons for their choices.",
                "Thu thập thông tin và các phương án liên quan trước khi quyết định, giải thích lý do cho lựa chọn của "
                    + "mình.",
                "在决策前收集相关事实和备选方案，并说明选择的理由。"),
            t("Decides with incomplete information when needed, weighs risks and involves the people affected.",
                "Dám quyết định khi thông tin chưa đầy đủ nếu cần, cân nhắc rủi ro và mời những người chịu ảnh hưởng "
                    + "cùng tham gia.",
                "必要时能在信息不完整的情况下做出决定，权衡风险，并让受影响的人参与其中。"),
            t("Makes difficult decisions with significant impact, balances short- and long-term interests and "
                    + "revisits decisions when facts change.",
                "Đưa ra những quyết định khó có tác động lớn, cân bằng lợi ích ngắn hạn và dài hạn, sẵn sàng xem xét "
                    + "lại khi tình hình thay đổi.",
                "做出影响重大的艰难决策，平衡短期与长期利益，并在事实变化时重新审视决策。"),
            t("Makes decisions that shape the whole organisation and builds a clear, fast decision-making culture.",
                "Đưa ra những quyết định định hình toàn tổ chức và xây dựng văn hóa ra quyết định rõ ràng, nhanh "
                    + "chóng.",
                "做出影响整个组织的决策，并建立清晰、高效的决策文化。")),
        competency("CHANGE-LEADERSHIP", LEADERSHIP,
            t("Leading change", "Dẫn dắt thay đổi", "变革领导力"),
            t("Makes the case for change, brings people along and makes changes stick.",
                "Làm rõ lý do cần thay đổi, đưa mọi người cùng tham gia và giúp thay đổi được duy trì bền vững.",
                "阐明变革的必要性，带动大家参与，并使变革真正落地。"),
            t("Understands why a change is happening and supports it in their own work.",
                "Hiểu lý do của một thay đổi và ủng hộ nó trong công việc của mình.",
                "理解变革的原因，并在自己的工作中予以支持。"),
            t("Explains changes to peers, raises concerns constructively and adopts new ways of working early.",
                "Giải thích thay đổi cho đồng nghiệp, nêu băn khoăn một cách xây dựng và sớm áp dụng cách làm mới.",
                "向同事解释变革内容，以建设性方式提出顾虑，并率先采用新的工作方式。"),
            t("Leads changes within their team: plans the transition, communicates the reasons and addresses "
                    + "resistance.",
                "Dẫn dắt thay đổi trong nhóm: lập kế hoạch chuyển đổi, truyền đạt lý do và xử lý sự phản kháng.",
                "在团队内推动变革：规划过渡方案，传达变革原因，并化解阻力。"),
            t("Leads change across several teams or a department, engages stakeholders and measures whether the "
                    + "change works.",
                "Dẫn dắt thay đổi ở nhiều nhóm hoặc cả phòng ban, gắn kết các bên liên quan và đo lường hiệu quả của "
                    + "thay đổi.",
                "在多个团队或整个部门推动变革，争取利益相关方的参与，并评估变革成效。"),
            t("Leads organisation-wide transformation and builds the capacity to change continuously.",
                "Dẫn dắt chuyển đổi trên toàn tổ chức và xây dựng năng lực thay đổi liên tục.",
                "领导全组织范围的转型，并建设持续变革的能力。")),
        competency("BUILDING-TEAMS", LEADERSHIP,
            t("Building teams", "Xây dựng đội ngũ", "团队建设"),
            t("Hires, shapes and leads teams with a clear purpose, healthy dynamics and high performance.",
                "Tuyển dụng, định hình và dẫn dắt đội ngũ có mục tiêu rõ ràng, gắn kết lành mạnh và hiệu suất cao.",
                "招募、塑造并带领目标明确、氛围健康、绩效出色的团队。"),
            t("Contributes to a positive team atmosphere and welcomes new members.",
                "Góp phần tạo không khí tích cực trong nhóm và chào đón thành viên mới.",
                "为营造积极的团队氛围出力，并欢迎新成员。"),
            t("Takes part in interviews and team rituals and helps agree the team's ways of working.",
                "Tham gia phỏng vấn, các hoạt động định kỳ của nhóm và góp phần thống nhất cách làm việc chung.",
                "参与面试和团队例行活动，并协助团队约定工作方式。"),
            t("Leads a small team: sets clear goals and roles, runs one-to-ones and deals with performance issues "
                    + "early.",
                "Dẫn dắt một nhóm nhỏ: đặt mục tiêu và vai trò rõ ràng, trao đổi 1:1 định kỳ và xử lý sớm các vấn đề "
                    + "về hiệu suất.",
                "带领小型团队：设定清晰的目标和分工，定期进行一对一沟通，并及早处理绩效问题。"),
            t("Builds and scales several teams: designs team structures, hires leaders and creates psychological "
                    + "safety.",
                "Xây dựng và mở rộng nhiều nhóm: thiết kế cơ cấu nhóm, tuyển dụng người dẫn dắt và tạo môi trường an "
                    + "toàn tâm lý.",
                "组建并扩展多个团队：设计团队结构，招募团队负责人，并营造心理安全感。"),
            t("Builds the organisation's leadership bench and a culture that attracts and keeps top talent.",
                "Xây dựng đội ngũ kế cận lãnh đạo của tổ chức và văn hóa thu hút, giữ chân nhân tài hàng đầu.",
                "建设组织的领导人才梯队，营造吸引并留住顶尖人才的文化。")));

    static final List<Certification> CERTIFICATIONS = List.of(
        new Certification("AWS-SAA",
            t("AWS Certified Solutions Architect – Associate",
                "AWS Certified Solutions Architect – Associate (Kiến trúc sư giải pháp AWS, cấp Associate)",
                "AWS 认证解决方案架构师 – 助理级"),
            "Amazon Web Services", 36),
        new Certification("CKA",
            t("Certified Kubernetes Administrator (CKA)", "Quản trị viên Kubernetes được chứng nhận (CKA)",
                "Kubernetes 认证管理员（CKA）"),
            "The Linux Foundation", 24),
        new Certification("ISTQB-CTFL",
            t("ISTQB Certified Tester – Foundation Level", "Chứng chỉ kiểm thử viên ISTQB – cấp độ Nền tảng",
                "ISTQB 认证测试工程师 – 基础级"),
            "ISTQB", null),
        new Certification("PMP",
            t("Project Management Professional (PMP)", "Chuyên gia Quản lý Dự án (PMP)", "项目管理专业人士（PMP）"),
            "Project Management Institute", 36),
        new Certification("SCRUM-MASTER",
            t("Certified ScrumMaster (CSM)", "Chứng chỉ Scrum Master (CSM)", "Scrum Master 认证（CSM）"),
            "Scrum Alliance", 24),
        new Certification("CPA",
            t("Certified Public Accountant (CPA)", "Kế toán viên công chứng (CPA)", "注册会计师（CPA）"),
            "AICPA / NASBA", null),
        new Certification("SHRM-CP",
            t("SHRM Certified Professional (SHRM-CP)", "Chuyên gia nhân sự được SHRM chứng nhận (SHRM-CP)",
                "SHRM 认证专业人员（SHRM-CP）"),
            "Society for Human Resource Management", 36),
        new Certification("GOOGLE-ANALYTICS",
            t("Google Analytics Certification", "Chứng chỉ Google Analytics", "Google Analytics 认证"),
            "Google", 12));
}
