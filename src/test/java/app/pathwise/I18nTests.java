package app.pathwise;

import static org.assertj.core.api.Assertions.assertThat;

import app.pathwise.careerpath.PathVersionHistory;
import app.pathwise.careerpath.authoring.PathTrack;
import app.pathwise.careerpath.authoring.VersionStatus;
import app.pathwise.careerpath.authoring.transfer.ExportScope;
import app.pathwise.careerpath.authoring.transfer.RecordType;
import app.pathwise.careerpath.ExplorerComparison;
import app.pathwise.careerpath.ExplorerContact;
import app.pathwise.careerpath.GapLevel;
import app.pathwise.careerpath.NeedsMapScope;
import app.pathwise.careerpath.explore.AssessmentSheet;
import app.pathwise.competency.RaterKind;
import app.pathwise.people.EmploymentStatus;
import app.pathwise.people.Gender;
import app.pathwise.people.importing.ImportAction;
import app.pathwise.people.importing.ImportKind;
import app.pathwise.people.JobChangeKind;
import app.pathwise.security.Role;
import app.pathwise.security.UserLocaleResolver;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Guards the "every visible string comes from the message bundles" rule, without a Spring context:
 * the three bundles have the same keys and real translations, templates carry no literal visible
 * text, and every message key used in templates and Java code exists.
 */
class I18nTests {

    private static final Path I18N = Path.of("src/main/resources/i18n");
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    /** The TechEmpower Fortunes fixture (profile bench) must render its fixed markup: exempt from the rules. */
    private static final Path EXEMPT_TEMPLATES = TEMPLATES.resolve("bench");
    private static final Path JAVA = Path.of("src/main/java");

    private static final String ENGLISH = "messages.properties";
    private static final List<String> TRANSLATIONS = List.of("messages_vi.properties", "messages_zh_CN.properties");

    /**
     * Keys whose translation may be identical to English: names that name themselves and codes.
     * Values without any letter (numbers, punctuation, placeholders only) are allowed anyway.
     */
    private static final Set<String> SAME_AS_ENGLISH_ALLOWED = Set.of("app.name");
    private static final List<String> SAME_AS_ENGLISH_ALLOWED_PREFIXES = List.of("language.");

    /**
     * First segments of message keys: dotted string literals starting with one of these must be keys.
     * The first segments of the English bundle's module keys are added to these.
     */
    private static final Set<String> MODULE_PREFIXES =
            Set.of("people", "security", "home", "audit", "nav", "form", "error", "pager", "layout");

    /** The audit entity types listed in templates/audit/log.html (rendered as #{|audit.type.${t}|}). */
    private static final List<String> AUDIT_TYPES = app.pathwise.audit.AuditQueries.ENTITY_TYPES;

    /**
     * Keys built at run time in templates, as {@code #{|Prefix.${value}|}}: for each prefix, every
     * value it can take. A template using a prefix not listed here fails the test until it is added.
     */
    private static final Map<String, List<String>> DYNAMIC_KEYS = Map.ofEntries(
            Map.entry("ImportAction.", names(ImportAction.values())),
            Map.entry("people.import.kind.", names(ImportKind.values())),
            Map.entry("people.import.columns.", names(ImportKind.values())),
            Map.entry("people.import.template.", names(ImportKind.values())),
            Map.entry("people.import.column.", Stream.of(ImportKind.values())
                .flatMap(k -> k.columns().stream().map(c -> k.slug() + "." + c)).toList()),
            Map.entry("people.import.error.looks-like-", Stream.of(ImportKind.values()).map(ImportKind::slug).toList()),
            Map.entry("EmploymentStatus.", names(EmploymentStatus.values())),
            Map.entry("Gender.", names(Gender.values())),
            Map.entry("JobChangeKind.", names(JobChangeKind.values())),
            Map.entry("Role.", names(Role.values())),
            Map.entry("language.", UserLocaleResolver.SUPPORTED.stream().map(UserLocaleResolver::toLanguage).toList()),
            Map.entry("audit.type.", AUDIT_TYPES),
            Map.entry("careerpath.authoring.status.", names(VersionStatus.values())),
            Map.entry("careerpath.authoring.track.", names(PathTrack.values())),
            Map.entry("careerpath.authoring.change.", names(PathVersionHistory.ChangeKind.values())),
            Map.entry("careerpath.authoring.field.", names(PathVersionHistory.LevelField.values())),
            Map.entry("careerpath.authoring.import.action.", names(app.pathwise.careerpath.authoring.transfer.ImportAction.values())),
            Map.entry("careerpath.authoring.transfer.scope.", names(ExportScope.values())),
            Map.entry("careerpath.authoring.transfer.columns.", names(RecordType.values())),
            Map.entry("careerpath.explorer.track.", List.of("SPECIALIST", "MANAGEMENT", "GENERAL")),
            Map.entry("careerpath.explorer.status.", List.of("PUBLISHED", "RETIRED")),
            Map.entry("careerpath.explorer.contact.", names(ExplorerContact.Relation.values())),
            Map.entry("careerpath.explorer.compare.change.", names(ExplorerComparison.Change.values())),
            Map.entry("careerpath.gap.kind.", names(GapLevel.Kind.values())),
            Map.entry("careerpath.assessment.intro.", names(AssessmentSheet.Mode.values())),
            Map.entry("careerpath.assessment.rater.", names(RaterKind.values())),
            Map.entry("careerpath.needs.scope.", names(NeedsMapScope.Kind.values())),
            Map.entry("objective.period.", names(app.pathwise.objective.PeriodKind.values())),
            Map.entry("objective.kind.", names(app.pathwise.objective.KeyResultKind.values())),
            Map.entry("objective.kind-help.", names(app.pathwise.objective.KeyResultKind.values())),
            Map.entry("objective.form.new-title.", names(app.pathwise.objective.ObjectiveScope.values())),
            Map.entry("plan.team.scope.", names(app.pathwise.plan.team.TeamScope.values())),
            Map.entry("plan.team.scope-help.", names(app.pathwise.plan.team.TeamScope.values())),
            Map.entry("plan.team.state.", names(app.pathwise.plan.team.PlanState.values())),
            Map.entry("plan.team.sort.", names(app.pathwise.plan.team.TeamSort.values())),
            Map.entry("plan.team.frequency.", names(app.pathwise.plan.CheckInFrequency.values())),
            Map.entry("plan.team.mode.", names(app.pathwise.plan.CheckInMode.values())),
            Map.entry("plan.team.report.", names(app.pathwise.plan.ReportFrequency.values())),
            Map.entry("plan.status.", names(app.pathwise.plan.PlanStatus.values())),
            Map.entry("home.plan.hint.", List.of("DRAFT", "SUBMITTED", "CHANGES_REQUESTED")),
            Map.entry("plan.banner.", Stream.of(app.pathwise.plan.PlanStatus.values())
                .flatMap(s -> Stream.of("owner", "reviewer", "reader").map(v -> s.name() + "." + v)).toList()),
            Map.entry("plan.horizon.", names(app.pathwise.plan.GoalHorizon.values())),
            Map.entry("plan.goal-status.", names(app.pathwise.plan.GoalStatus.values())),
            Map.entry("plan.gap-kind.", names(GapLevel.Kind.values())),
            Map.entry("plan.mode.", names(app.pathwise.plan.LearningMode.values())),
            Map.entry("plan.mode-help.", names(app.pathwise.plan.LearningMode.values())),
            Map.entry("plan.kind.", names(app.pathwise.plan.ActionKind.values())),
            Map.entry("plan.action-status.", names(app.pathwise.plan.ActionStatus.values())),
            Map.entry("plan.event.", names(app.pathwise.plan.PlanEventKind.values())),
            Map.entry("plan.frequency.", names(app.pathwise.plan.CheckInFrequency.values())),
            Map.entry("plan.check-in-mode.", names(app.pathwise.plan.CheckInMode.values())),
            Map.entry("plan.report-frequency.", names(app.pathwise.plan.ReportFrequency.values())),
            Map.entry("plan.field.", List.of("title", "strengths", "developmentAreas", "targetText", "why",
                "description", "evidenceText", "evidenceUrl", "completionNote", "whatHelped", "whatToKeep", "comment")),
            Map.entry("plan.followup.status.", names(app.pathwise.plan.PlanStatus.values())),
            Map.entry("plan.followup.mode.", names(app.pathwise.plan.CheckInMode.values())),
            Map.entry("plan.followup.rhythm.", names(app.pathwise.plan.CheckInFrequency.values())),
            Map.entry("plan.followup.outcome.", names(app.pathwise.plan.followup.ReviewOutcome.values())),
            Map.entry("plan.followup.report.state.", names(app.pathwise.plan.followup.ReportRow.State.values())),
            Map.entry("plan.followup.reports.frequency.", names(app.pathwise.plan.ReportFrequency.values())));

    /** Attributes whose value is shown to people or read out by assistive technology. */
    private static final Set<String> VISIBLE_ATTRIBUTES = Set.of("title", "placeholder", "alt", "aria-label",
            "aria-description", "aria-roledescription", "aria-valuetext", "label", "data-confirm", "hx-confirm",
            "hx-prompt");
    private static final Set<String> BUTTON_INPUT_TYPES = Set.of("submit", "button", "reset");
    /** Thymeleaf attributes that replace an element's whole body (or the element itself). */
    /** Operators and literals of the Thymeleaf standard expression language, which show no text. */
    private static final Set<String> EXPRESSION_KEYWORDS = Set.of("and", "or", "not", "eq", "ne", "neq", "gt", "lt",
            "ge", "le", "true", "false", "null", "div", "mod");
    private static final Set<String> BODY_REPLACING = Set.of("text", "utext", "replace", "insert", "errors",
            "include", "substituteby");

    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^{}]*}");
    private static final Pattern LONE_QUOTE = Pattern.compile("(?<!')'(?!')");
    private static final Pattern INLINE_EXPRESSION = Pattern.compile("\\[\\[.*?]]|\\[\\(.*?\\)]", Pattern.DOTALL);
    private static final Pattern TEMPLATE_LITERAL_KEY = Pattern.compile("#\\{\\s*([A-Za-z][A-Za-z0-9_.\\-]*)\\s*[(}]");
    private static final Pattern TEMPLATE_DYNAMIC_KEY = Pattern.compile("#\\{\\s*\\|\\s*([A-Za-z][A-Za-z0-9_.\\-]*\\.)\\$\\{");
    private static final Pattern QUOTED_KEY = Pattern.compile("'([a-z][a-z0-9_-]*(?:\\.[A-Za-z0-9_-]+){2,})'");
    private static final Pattern JAVA_KEY_LITERAL = Pattern.compile("\\{?([a-z][a-z0-9_-]*(?:\\.[A-Za-z0-9_-]+){2,})}?");

    private static Map<String, Bundle> bundles;
    private static Set<String> modulePrefixes;

    @BeforeAll
    static void loadBundles() throws IOException {
        bundles = new LinkedHashMap<>();
        for (String file : Stream.concat(Stream.of(ENGLISH), TRANSLATIONS.stream()).toList()) {
            String suffix = file.substring("messages".length());
            List<Bundle> parts = new ArrayList<>();
            for (String family : families()) {
                parts.add(Bundle.load(I18N.resolve(family + suffix)));
            }
            bundles.put(file, Bundle.merge(file, parts));
        }
        modulePrefixes = new TreeSet<>(MODULE_PREFIXES);
        bundles.get(ENGLISH).values.keySet().stream()
                .filter(key -> key.matches("[a-z][a-z0-9_-]*(\\.[^.]+){2,}"))
                .map(key -> key.substring(0, key.indexOf('.')))
                .forEach(modulePrefixes::add);
    }

    /**
     * The bundle families: {@code messages} and one per module that keeps its own (each with the
     * three languages), all of them named in {@code spring.messages.basename}.
     */
    private static List<String> families() throws IOException {
        try (Stream<Path> files = Files.list(I18N)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".properties") && !n.contains("_"))
                    .map(n -> n.substring(0, n.length() - ".properties".length()))
                    .sorted()
                    .toList();
        }
    }

    @Test
    void everyBundleFamilyIsConfiguredAndComplete() throws IOException {
        Properties application = new Properties();
        try (var in = Files.newInputStream(Path.of("src/main/resources/application.properties"))) {
            application.load(in);
        }
        List<String> configured = Stream.of(application.getProperty("spring.messages.basename").split(","))
                .map(String::strip).toList();
        List<String> problems = new ArrayList<>();
        for (String family : families()) {
            if (!configured.contains("i18n/" + family)) {
                problems.add("i18n/" + family + " is not in spring.messages.basename");
            }
            for (String suffix : List.of("_vi.properties", "_zh_CN.properties")) {
                if (!Files.exists(I18N.resolve(family + suffix))) {
                    problems.add(family + suffix + " is missing");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void bundlesHaveTheSameKeysAndNoDuplicates() {
        List<String> problems = new ArrayList<>();
        for (Bundle bundle : bundles.values()) {
            bundle.duplicates.forEach(d -> problems.add(bundle.file + ":" + d));
            for (Bundle other : bundles.values()) {
                if (other == bundle) {
                    continue;
                }
                Set<String> missing = new TreeSet<>(other.values.keySet());
                missing.removeAll(bundle.values.keySet());
                if (!missing.isEmpty()) {
                    problems.add(bundle.file + " lacks " + missing.size() + " key(s) that " + other.file + " has: "
                            + missing.stream().map(k -> k + " (" + other.file + ":" + other.lines.get(k) + ")")
                                    .collect(Collectors.joining(", ")));
                }
            }
        }
        assertThat(problems).as("message bundles out of step").isEmpty();
    }

    @Test
    void translationsAreNotCopiesOfEnglish() {
        Bundle english = bundles.get(ENGLISH);
        List<String> problems = new ArrayList<>();
        for (String file : TRANSLATIONS) {
            Bundle translation = bundles.get(file);
            translation.values.forEach((key, value) -> {
                String original = english.values.get(key);
                if (original != null && original.strip().equals(value.strip()) && !mayBeSameAsEnglish(key, original)) {
                    problems.add(file + ":" + translation.lines.get(key) + ": " + key + "=" + value
                            + " is the English text; translate it (or allow-list it in I18nTests if it is a name or code)");
                }
            });
        }
        assertThat(problems).as("untranslated values").isEmpty();
    }

    @Test
    void translationsKeepThePlaceholdersAndAreValidMessageFormats() {
        Bundle english = bundles.get(ENGLISH);
        List<String> problems = new ArrayList<>();
        for (Bundle bundle : bundles.values()) {
            bundle.values.forEach((key, value) -> {
                String where = bundle.file + ":" + bundle.lines.get(key) + ": " + key + "=" + value;
                String original = english.values.get(key);
                if (original != null && !placeholders(original).equals(placeholders(value))) {
                    problems.add(where + " has placeholders " + placeholders(value) + " but English has "
                            + placeholders(original));
                }
                if (PLACEHOLDER.matcher(value).find()) {
                    // Spring formats values with arguments through java.text.MessageFormat: a single
                    // quote starts a quoted section there and must be written as ''.
                    if (LONE_QUOTE.matcher(value).find()) {
                        problems.add(where + " has a single quote; with placeholders write it as '' (or avoid it)");
                    }
                    try {
                        new MessageFormat(value, Locale.ROOT);
                    }
                    catch (IllegalArgumentException e) {
                        problems.add(where + " is not a valid MessageFormat pattern: " + e.getMessage());
                    }
                }
            });
        }
        assertThat(problems).as("placeholder problems").isEmpty();
    }

    @Test
    void templatesHaveNoLiteralVisibleText() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path template : templates()) {
            String name = TEMPLATES.relativize(template).toString().replace('\\', '/');
            Document document = Jsoup.parse(Files.readString(template), "", Parser.htmlParser().setTrackPosition(true));
            NodeTraversor.traverse((node, depth) -> {
                if (node instanceof TextNode text) {
                    checkText(name, text, problems);
                }
                else if (node instanceof Element element) {
                    checkAttributes(name, element, problems);
                }
            }, document);
        }
        assertThat(problems).as("literal text in templates: move it to the message bundles and use th:text=\"#{...}\"")
                .isEmpty();
    }

    @Test
    void messageKeysUsedInTemplatesExist() throws IOException {
        Bundle english = bundles.get(ENGLISH);
        List<String> problems = new ArrayList<>();
        for (Path template : templates()) {
            String name = TEMPLATES.relativize(template).toString().replace('\\', '/');
            List<String> lines = Files.readAllLines(template);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                String where = name + ":" + (i + 1) + ": ";
                Matcher key = TEMPLATE_LITERAL_KEY.matcher(line);
                while (key.find()) {
                    if (!english.values.containsKey(key.group(1))) {
                        problems.add(where + "#{" + key.group(1) + "} is not in " + ENGLISH);
                    }
                }
                // Keys handed to fragments as strings, e.g. input('code', 'people.department.code', ...)
                Matcher quoted = QUOTED_KEY.matcher(line);
                while (quoted.find()) {
                    if (looksLikeModuleKey(quoted.group(1)) && !english.values.containsKey(quoted.group(1))) {
                        problems.add(where + "'" + quoted.group(1) + "' is not in " + ENGLISH);
                    }
                }
                Matcher dynamic = TEMPLATE_DYNAMIC_KEY.matcher(line);
                while (dynamic.find()) {
                    if (!DYNAMIC_KEYS.containsKey(dynamic.group(1))) {
                        problems.add(where + "dynamic key prefix '" + dynamic.group(1)
                                + "' is unknown: add its possible values to DYNAMIC_KEYS in I18nTests");
                    }
                }
            }
        }
        assertThat(problems).as("unknown message keys in templates").isEmpty();
    }

    @Test
    void messageKeysUsedInJavaCodeExist() throws IOException {
        Bundle english = bundles.get(ENGLISH);
        List<String> problems = new ArrayList<>();
        List<Path> sources;
        try (Stream<Path> files = Files.walk(JAVA)) {
            sources = files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        for (Path source : sources) {
            for (StringLiteral literal : stringLiterals(Files.readString(source))) {
                Matcher key = JAVA_KEY_LITERAL.matcher(literal.value);
                if (key.matches() && !DYNAMIC_KEYS.containsKey(key.group(1)) && looksLikeModuleKey(key.group(1)) && !english.values.containsKey(key.group(1))) {
                    problems.add(JAVA.relativize(source).toString().replace('\\', '/') + ":" + literal.line + ": \""
                            + literal.value + "\" looks like a message key but is not in " + ENGLISH);
                }
            }
        }
        assertThat(problems).as("unknown message keys in Java code").isEmpty();
    }

    @Test
    void everyValueOfADynamicKeyHasAMessage() {
        List<String> problems = new ArrayList<>();
        for (Bundle bundle : bundles.values()) {
            DYNAMIC_KEYS.forEach((prefix, values) -> values.stream()
                    .map(value -> prefix + value)
                    .filter(key -> !bundle.values.containsKey(key))
                    .forEach(key -> problems.add(bundle.file + " lacks " + key)));
        }
        assertThat(problems).as("enum constants and other run-time keys without a message").isEmpty();
    }

    // --- templates -------------------------------------------------------------------------------

    private static void checkText(String template, TextNode text, List<String> problems) {
        String visible = INLINE_EXPRESSION.matcher(text.getWholeText()).replaceAll("");
        if (!LETTER.matcher(visible).find() || replacedByThymeleaf(text.parent())) {
            return;
        }
        Node parentNode = text.parent();
        String parent = parentNode instanceof Element element ? "<" + element.tagName() + ">" : "the document";
        problems.add(template + ":" + line(text) + ": literal text \"" + abbreviate(visible.strip()) + "\" in " + parent);
    }

    private static void checkAttributes(String template, Element element, List<String> problems) {
        if (replacedByThymeleaf(element.parent()) || removedByThymeleaf(element)) {
            return;
        }
        for (Attribute attribute : element.attributes()) {
            String name = attribute.getKey();
            String thymeleaf = thymeleafName(name);
            int line = attribute.sourceRange().isTracked() ? attribute.sourceRange().nameRange().start().lineNumber()
                    : line(element);
            String where = template + ":" + line + ": ";
            if (thymeleaf == null) {
                if (isVisibleAttribute(element, name) && LETTER.matcher(attribute.getValue()).find()
                        && !hasThymeleafCounterpart(element, name)) {
                    problems.add(where + "literal " + name + "=\"" + abbreviate(attribute.getValue()) + "\" on <"
                            + element.tagName() + ">; use th:attr=\"" + name + "=#{...}\" (or th:" + name + ")");
                }
                continue;
            }
            // Literal text inside Thymeleaf expressions: th:text="${x} ?: 'None'", th:title="|Hello ${n}|", ...
            List<String> shown = new ArrayList<>();
            if (Set.of("text", "utext").contains(thymeleaf) || isVisibleAttribute(element, thymeleaf)) {
                shown.add(attribute.getValue());
            }
            else if (Set.of("attr", "attrappend", "attrprepend").contains(thymeleaf)) {
                for (String assignment : splitTopLevel(attribute.getValue())) {
                    int equals = assignment.indexOf('=');
                    if (equals > 0 && isVisibleAttribute(element, assignment.substring(0, equals).strip())) {
                        shown.add(assignment.substring(equals + 1));
                    }
                }
            }
            for (String expression : shown) {
                String literal = literalText(expression);
                if (LETTER.matcher(literal).find()) {
                    problems.add(where + name + "=\"" + abbreviate(attribute.getValue()) + "\" on <" + element.tagName()
                            + "> shows literal text \"" + abbreviate(literal) + "\"; use #{...}");
                }
            }
        }
    }

    private static boolean isVisibleAttribute(Element element, String name) {
        return VISIBLE_ATTRIBUTES.contains(name) || ("value".equals(name) && "input".equals(element.tagName())
                && BUTTON_INPUT_TYPES.contains(element.attr("type").toLowerCase(Locale.ROOT)));
    }

    /**
     * The text a Thymeleaf attribute value shows as written: the contents of '...' literals, the
     * literal parts of |...| substitutions and bare literal tokens, leaving out ${...}, #{...},
     * @{...}, *{...} and ~{...} expressions and operators.
     */
    static String literalText(String expression) {
        StringBuilder literal = new StringBuilder();
        boolean inSubstitution = false;
        int i = 0;
        while (i < expression.length()) {
            char c = expression.charAt(i);
            if ("$*#@~".indexOf(c) >= 0 && i + 1 < expression.length() && expression.charAt(i + 1) == '{') {
                i = afterClosingBrace(expression, i + 1);
            }
            else if (c == '|') {
                inSubstitution = !inSubstitution;
                literal.append(' ');
                i++;
            }
            else if (inSubstitution) {
                literal.append(c);
                i++;
            }
            else if (c == '\'') {
                int j = i + 1;
                while (j < expression.length() && expression.charAt(j) != '\'') {
                    if (expression.charAt(j) == '\\' && j + 1 < expression.length()) {
                        j++;
                    }
                    literal.append(expression.charAt(j));
                    j++;
                }
                literal.append(' ');
                i = j + 1;
            }
            else if (Character.isLetter(c)) {
                int j = i;
                while (j < expression.length() && (Character.isLetterOrDigit(expression.charAt(j))
                        || "_.-".indexOf(expression.charAt(j)) >= 0)) {
                    j++;
                }
                String token = expression.substring(i, j);
                if (!EXPRESSION_KEYWORDS.contains(token.toLowerCase(Locale.ROOT))) {
                    literal.append(token).append(' ');
                }
                i = j;
            }
            else {
                i++;
            }
        }
        return literal.toString().strip();
    }

    private static int afterClosingBrace(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            if (text.charAt(i) == '{') {
                depth++;
            }
            else if (text.charAt(i) == '}' && --depth == 0) {
                return i + 1;
            }
        }
        return text.length();
    }

    /** Splits th:attr="a=${x}, b=#{y(1, 2)}" at the commas that separate assignments. */
    private static List<String> splitTopLevel(String value) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            }
            else if (!quoted && (c == '{' || c == '(')) {
                depth++;
            }
            else if (!quoted && (c == '}' || c == ')')) {
                depth--;
            }
            else if (!quoted && depth == 0 && c == ',') {
                parts.add(value.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(value.substring(start));
        return parts;
    }

    /**
     * Whether Thymeleaf throws away what a template says inside this element or any of its ancestors.
     * {@code th:replace} that reuses parts of the same template ({@code ~{::section}}, as every page
     * does with the layout) does not count.
     */
    private static boolean replacedByThymeleaf(Node node) {
        for (Node current = node; current != null; current = current.parent()) {
            if (current instanceof Element element) {
                for (Attribute attribute : element.attributes()) {
                    String name = thymeleafName(attribute.getKey());
                    String value = attribute.getValue().strip();
                    if ("remove".equals(name) && ("all".equals(value) || "body".equals(value))) {
                        return true;
                    }
                    if (name != null && BODY_REPLACING.contains(name) && !reusesOwnTemplate(value)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Whether Thymeleaf drops the element itself, and with it its attributes (th:text keeps them). */
    private static boolean removedByThymeleaf(Element element) {
        for (Attribute attribute : element.attributes()) {
            String name = thymeleafName(attribute.getKey());
            String value = attribute.getValue().strip();
            if ("remove".equals(name) && ("all".equals(value) || "tag".equals(value))) {
                return true;
            }
            if (("replace".equals(name) || "substituteby".equals(name)) && !reusesOwnTemplate(value)) {
                return true;
            }
        }
        return false;
    }

    private static boolean reusesOwnTemplate(String fragmentExpression) {
        return fragmentExpression.matches("(?s).*~\\{\\s*(this\\s*)?::.*");
    }

    private static boolean hasThymeleafCounterpart(Element element, String attribute) {
        for (Attribute candidate : element.attributes()) {
            String name = thymeleafName(candidate.getKey());
            if (name == null) {
                continue;
            }
            if (name.equals(attribute) || ("alt-title".equals(name) && Set.of("alt", "title").contains(attribute))) {
                return true;
            }
            if (("attr".equals(name) || "attrappend".equals(name) || "attrprepend".equals(name))
                    && Pattern.compile("(^|,)\\s*" + Pattern.quote(attribute) + "\\s*=").matcher(candidate.getValue()).find()) {
                return true;
            }
        }
        return false;
    }

    /** {@code th:text} and {@code data-th-text} both give {@code text}; anything else gives null. */
    private static String thymeleafName(String attribute) {
        if (attribute.startsWith("th:")) {
            return attribute.substring(3);
        }
        if (attribute.startsWith("data-th-")) {
            return attribute.substring(8);
        }
        return null;
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".html")).filter(p -> !p.startsWith(EXEMPT_TEMPLATES))
                    .sorted().toList();
        }
    }

    private static int line(Node node) {
        return node.sourceRange().start().lineNumber();
    }

    private static String abbreviate(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() > 60 ? oneLine.substring(0, 57) + "..." : oneLine;
    }

    // --- keys --------------------------------------------------------------------------------------

    private static boolean looksLikeModuleKey(String key) {
        return modulePrefixes.contains(key.substring(0, key.indexOf('.')));
    }

    private static boolean mayBeSameAsEnglish(String key, String english) {
        return SAME_AS_ENGLISH_ALLOWED.contains(key)
                || SAME_AS_ENGLISH_ALLOWED_PREFIXES.stream().anyMatch(key::startsWith)
                || !LETTER.matcher(PLACEHOLDER.matcher(english).replaceAll("")).find();
    }

    private static Set<String> placeholders(String value) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(value);
        while (matcher.find()) {
            found.add("{" + matcher.group(1) + "}");
        }
        return found;
    }

    private static List<String> names(Enum<?>[] constants) {
        return Arrays.stream(constants).map(Enum::name).toList();
    }

    private record StringLiteral(int line, String value) {
    }

    /** The string literals of a Java source (not those in comments, char literals or text blocks). */
    private static List<StringLiteral> stringLiterals(String source) {
        List<StringLiteral> literals = new ArrayList<>();
        int line = 1;
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            }
            else if (source.startsWith("//", i)) {
                while (i < source.length() && source.charAt(i) != '\n') {
                    i++;
                }
            }
            else if (source.startsWith("/*", i) || source.startsWith("\"\"\"", i)) {
                String end = c == '/' ? "*/" : "\"\"\"";
                int close = i + 3;
                while (close < source.length() && !source.startsWith(end, close)) {
                    close += source.charAt(close) == '\\' ? 2 : 1;
                }
                close = Math.min(source.length(), close + end.length());
                line += (int) source.substring(i, close).chars().filter(ch -> ch == '\n').count();
                i = close;
            }
            else if (c == '"' || c == '\'') {
                StringBuilder value = new StringBuilder();
                int j = i + 1;
                while (j < source.length() && source.charAt(j) != c && source.charAt(j) != '\n') {
                    if (source.charAt(j) == '\\' && j + 1 < source.length()) {
                        value.append(source.charAt(j));
                        j++;
                    }
                    value.append(source.charAt(j));
                    j++;
                }
                if (c == '"') {
                    literals.add(new StringLiteral(line, value.toString()));
                }
                i = j + 1;
            }
            else {
                i++;
            }
        }
        return literals;
    }

    /** A message bundle: its values as Spring reads them, the line of each key, and duplicated keys. */
    private record Bundle(String file, Map<String, String> values, Map<String, Integer> lines, List<String> duplicates) {

        static Bundle load(Path path) throws IOException {
            String content;
            try {
                content = StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(Files.readAllBytes(path))).toString();
            }
            catch (CharacterCodingException e) {
                throw new AssertionError(path + " is not valid UTF-8 (spring.messages.encoding=UTF-8)", e);
            }
            Properties properties = new Properties();
            properties.load(new StringReader(content));
            Map<String, Integer> lines = new LinkedHashMap<>();
            List<String> duplicates = new ArrayList<>();
            String[] physical = content.split("\n", -1);
            boolean continuation = false;
            for (int i = 0; i < physical.length; i++) {
                String text = physical[i].strip();
                boolean wasContinuation = continuation;
                continuation = !text.isEmpty() && endsWithOddBackslashes(text);
                if (wasContinuation || text.isEmpty() || text.startsWith("#") || text.startsWith("!")) {
                    continue;
                }
                String key = keyOf(text);
                if (lines.putIfAbsent(key, i + 1) != null) {
                    duplicates.add((i + 1) + ": key " + key + " is defined twice (first on line " + lines.get(key) + ")");
                }
            }
            Map<String, String> values = new LinkedHashMap<>();
            lines.keySet().forEach(key -> values.put(key, properties.getProperty(key)));
            return new Bundle(path.getFileName().toString(), values, lines, duplicates);
        }

        /** The files of one language as one bundle: a key defined in two of them is a duplicate. */
        static Bundle merge(String label, List<Bundle> parts) {
            Map<String, String> values = new LinkedHashMap<>();
            Map<String, Integer> lines = new LinkedHashMap<>();
            List<String> duplicates = new ArrayList<>();
            for (Bundle part : parts) {
                part.duplicates.forEach(d -> duplicates.add(part.file + ":" + d));
                part.values.forEach((key, value) -> {
                    if (values.putIfAbsent(key, value) != null) {
                        duplicates.add(part.file + ": key " + key + " is defined in another file of this language too");
                    }
                });
                part.lines.forEach(lines::putIfAbsent);
            }
            return new Bundle(label, values, lines, duplicates);
        }

        private static String keyOf(String line) {
            Properties single = new Properties();
            try {
                single.load(new StringReader(line));
            }
            catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return single.stringPropertyNames().iterator().next();
        }

        private static boolean endsWithOddBackslashes(String text) {
            int count = 0;
            for (int i = text.length() - 1; i >= 0 && text.charAt(i) == '\\'; i--) {
                count++;
            }
            return count % 2 == 1;
        }
    }
}
