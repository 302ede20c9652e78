package app.pathwise.demo;

import java.util.List;
import java.util.Map;

/** The fixed parts of the demo company: its job titles and its departments with their units. */
final class DemoCatalogue {

    static final String COMPANY_CODE = "DEMO";
    static final String COMPANY_NAME = "Pathwise Demo Co.";
    static final String CEO = "CEO";
    static final String DIRECTOR = "DIR";
    static final String IT_ADMINISTRATOR = "IT-ADMIN";
    static final String HR_BUSINESS_PARTNER = "HRBP";

    record Title(String code, String name) {
    }

    /** A unit (sub-department) a large department splits into, named once it is big enough. */
    record Unit(String code, String name) {
    }

    /**
     * A top-level department: its share of the headcount, the titles of its head, managers and
     * team leads, its individual contributors' titles (repeated entries weigh more) and the units
     * it splits into when it grows.
     */
    record DepartmentSpec(String code, String name, int weight, String headTitle, String managerTitle,
                          String leadTitle, List<String> staffTitles, List<Unit> units) {
    }

    static final List<Title> TITLES = List.of(
        new Title(CEO, "Chief Executive Officer"),
        new Title("CTO", "Chief Technology Officer"),
        new Title("CFO", "Chief Financial Officer"),
        new Title("VP", "Vice President"),
        new Title(DIRECTOR, "Director"),
        new Title("EM", "Engineering Manager"),
        new Title("MGR", "Manager"),
        new Title("TECH-LEAD", "Tech Lead"),
        new Title("TEAM-LEAD", "Team Lead"),
        new Title("SWE", "Software Engineer"),
        new Title("SSE", "Senior Software Engineer"),
        new Title("QAE", "QA Engineer"),
        new Title("PM", "Product Manager"),
        new Title("DES", "Product Designer"),
        new Title("SR", "Sales Representative"),
        new Title("AE", "Account Executive"),
        new Title("MKT-SPEC", "Marketing Specialist"),
        new Title("CSM", "Customer Success Manager"),
        new Title("SUPPORT", "Support Specialist"),
        new Title("ACC", "Accountant"),
        new Title("FIN-AN", "Financial Analyst"),
        new Title(HR_BUSINESS_PARTNER, "HR Business Partner"),
        new Title("REC", "Recruiter"),
        new Title("OPS-SPEC", "Operations Specialist"),
        new Title(IT_ADMINISTRATOR, "IT Administrator"));

    /** Senior individual titles and the title people held before their promotion to them. */
    static final Map<String, String> PROMOTED_FROM = Map.of(
        "SSE", "SWE",
        "AE", "SR",
        "CSM", "SUPPORT",
        "FIN-AN", "ACC");

    static final DepartmentSpec ENGINEERING = new DepartmentSpec("ENG", "Engineering", 30, "CTO", "EM", "TECH-LEAD",
        List.of("SWE", "SWE", "SWE", "SWE", "SSE", "SSE", "SSE", "QAE", "QAE"),
        units("PLAT:Platform", "APPS:Web & Mobile", "QUAL:Quality Engineering", "DATA:Data", "INFRA:Infrastructure",
            "SEC:Security Engineering", "PAY:Payments", "SRCH:Search", "INTG:Integrations",
            "DX:Developer Experience", "ML:Machine Learning", "IDN:Identity"));

    static final DepartmentSpec SALES = new DepartmentSpec("SAL", "Sales", 16, "VP", "MGR", "TEAM-LEAD",
        List.of("SR", "SR", "SR", "AE", "AE"),
        units("VN:Sales Vietnam", "CN:Sales Greater China", "SEA:Sales Southeast Asia", "EMEA:Sales EMEA",
            "ENT:Enterprise Sales", "SMB:SMB Sales", "PART:Partnerships", "SOPS:Sales Operations",
            "ANZ:Sales Australia & New Zealand", "JP:Sales Japan", "KR:Sales Korea", "IN:Sales India"));

    static final DepartmentSpec PEOPLE = new DepartmentSpec("HR", "People & Culture", 8, "VP", "MGR", "TEAM-LEAD",
        List.of(HR_BUSINESS_PARTNER, HR_BUSINESS_PARTNER, "REC", "REC"),
        units("TA:Talent Acquisition", "HROPS:HR Operations", "LND:Learning & Development", "REW:Total Rewards",
            "EXP:Employee Experience", "HRIS:People Systems", "ER:Employee Relations", "DEI:Inclusion & Belonging",
            "MOB:Global Mobility", "PAYR:Payroll Services", "WELL:Wellbeing", "ORG:Organisation Design"));

    static final DepartmentSpec OPERATIONS = new DepartmentSpec("OPS", "Operations", 9, "VP", "MGR", "TEAM-LEAD",
        List.of("OPS-SPEC", "OPS-SPEC", IT_ADMINISTRATOR),
        units("IT:IT", "WORK:Workplace", "BIZ:Business Operations", "LEGAL:Legal & Compliance",
            "PROC:Procurement", "SECOPS:Information Security", "FAC:Facilities", "VEND:Vendor Management",
            "QA:Quality Assurance", "LOG:Logistics", "RISK:Risk Management", "PMO:Project Office"));

    static final List<DepartmentSpec> DEPARTMENTS = List.of(
        ENGINEERING,
        new DepartmentSpec("PRD", "Product", 8, "VP", "MGR", "TEAM-LEAD",
            List.of("PM", "PM", "DES"),
            units("CORE:Core Product", "GROW:Growth", "DSGN:Design", "RSCH:User Research", "PLAN:Planning & Insights",
                "MOBP:Mobile Product", "PLTP:Platform Product", "ENTP:Enterprise Product", "LOC:Localisation",
                "ACC:Accessibility", "ANLY:Product Analytics", "DOCS:Documentation")),
        SALES,
        new DepartmentSpec("MKT", "Marketing", 8, "VP", "MGR", "TEAM-LEAD",
            List.of("MKT-SPEC"),
            units("BRAND:Brand", "GROW:Growth Marketing", "CONT:Content", "PMM:Product Marketing", "EVT:Events",
                "COMM:Communications", "DIG:Digital", "CRM:Lifecycle Marketing", "PR:Public Relations",
                "MOPS:Marketing Operations", "LOCM:Regional Marketing", "COMMY:Community")),
        new DepartmentSpec("CS", "Customer Success", 13, "VP", "MGR", "TEAM-LEAD",
            List.of("SUPPORT", "SUPPORT", "CSM", "CSM"),
            units("SUP:Customer Support", "AM:Account Management", "ONB:Onboarding", "REN:Renewals",
                "EDU:Customer Education", "TECH:Technical Support", "ESC:Escalations", "VIP:Strategic Accounts",
                "CSVN:Customer Success Vietnam", "CSCN:Customer Success China", "CSEU:Customer Success Europe",
                "CSOP:Customer Success Operations")),
        new DepartmentSpec("FIN", "Finance", 8, "CFO", "MGR", "TEAM-LEAD",
            List.of("ACC", "ACC", "FIN-AN"),
            units("ACCT:Accounting", "FPA:FP&A", "TAX:Tax", "TREAS:Treasury", "AUD:Internal Audit",
                "AP:Accounts Payable", "AR:Accounts Receivable", "CTRL:Controlling", "INV:Investor Relations",
                "REP:Financial Reporting", "PAY:Payroll", "SYS:Finance Systems")),
        PEOPLE,
        OPERATIONS);

    private DemoCatalogue() {
    }

    private static List<Unit> units(String... codesAndNames) {
        return java.util.Arrays.stream(codesAndNames)
            .map(entry -> entry.split(":", 2))
            .map(parts -> new Unit(parts[0], parts[1]))
            .toList();
    }
}
