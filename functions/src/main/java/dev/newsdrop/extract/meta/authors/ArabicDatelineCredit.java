package dev.newsdrop.extract.meta.authors;

import dev.newsdrop.extract.meta.PageRegions;
import dev.newsdrop.extract.meta.PageScan;
import dev.newsdrop.extract.text.NewsAgencies;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reporter or the agency an Arabic-script paper credits in the dateline it sets over its text,
 * the place first and the credit after a dash, as a line of its own: "الرياض - فهد العتيبي" (Riyadh,
 * the reporter), "الرياض – واس" (Riyadh, the Saudi Press Agency). The place is where the copy was
 * filed, never the writer; a credit that is neither a name of two to four words nor a known agency
 * ("القاهرة - وكالات", "agencies") names no one. Read only when nothing else names a person.
 */
final class ArabicDatelineCredit {

    /**
     * A dateline line: the place in one to three Arabic-script words, a hyphen or a dash (spaced or
     * not: "حلب-سانا"), the credit in one to four words; a closing colon or full stop allowed.
     */
    private static final Pattern DATELINE = Pattern.compile(
            "^([\\p{IsArabic}\\p{M}]+(?:\\s[\\p{IsArabic}\\p{M}]+){0,2})\\s*[-–—]\\s*"
                    + "([\\p{IsArabic}\\p{M}.]+(?:\\s[\\p{IsArabic}\\p{M}.]+){0,3})\\s*[:.]?$");

    /**
     * The same dateline opening the text's first paragraph, set off from the text by a colon: "الكويت -
     * كونا: أعلنت وزارة النفط ...". Group 2 the credit.
     */
    private static final Pattern DATELINE_OPENING = Pattern.compile(
            "^([\\p{IsArabic}\\p{M}]+(?:\\s[\\p{IsArabic}\\p{M}]+){0,2})\\s*[-–—]\\s+"
                    + "([\\p{IsArabic}\\p{M}.]+(?:\\s[\\p{IsArabic}\\p{M}.]+){0,3})\\s*:\\s");

    /**
     * A wire's dateline opening the text set off by a second dash, not a colon: "وهران - وأج - تم اليوم ..."
     * (the Algerian agency's style), "الكويت - كونا - ...". Group 2 the credit, read only when it is a known
     * agency ({@link NewsAgencies}): a dash also sets off a phrase of the text.
     */
    private static final Pattern DASHED_WIRE_OPENING = Pattern.compile(
            "^([\\p{IsArabic}\\p{M}]+(?:\\s[\\p{IsArabic}\\p{M}]+){0,2})\\s*[-–—]\\s+"
                    + "([\\p{IsArabic}\\p{M}.]+(?:\\s[\\p{IsArabic}\\p{M}.]+){0,2})\\s+[-–—]\\s");

    /**
     * A byline holding the dateline: one word of place, a dash, the credit ("الدمام - نورة القحطاني").
     * One word only, as a byline may also join two writers with a dash; a place written in two words
     * is taken when it is one of {@link #COMPOUND_PLACES} ("الدار البيضاء - يوسف بنعلي"). The date the
     * byline's box may add after it ("دبي – وام 1 ديسمبر 2025"), opened by a digit, is left out.
     * Group 1 the place, group 2 the credit.
     */
    private static final Pattern BYLINE_DATELINE = Pattern.compile(
            "^([\\p{IsArabic}\\p{M}]+(?:\\s[\\p{IsArabic}\\p{M}]+)?)\\s*[-–—]\\s+([\\p{IsArabic}\\p{M}.]+(?:\\s[\\p{IsArabic}\\p{M}.]+){0,3}?)\\s*[:.]?"
                    + "(?:\\s+[\\d\\u0660-\\u0669\\u06F0-\\u06F9].*)?$");

    /**
     * Places of the Arabic-speaking world (and capitals its papers file from) whose names are written
     * in two words: the only two-word places a byline's dateline is read with, as two words before a
     * dash are as often a first writer's name ("أحمد علي - سارة محمد"). Named data; a place missing here
     * leaves the byline to the other readers.
     */
    static final Set<String> COMPOUND_PLACES = Set.of("الدار البيضاء", "أبو ظبي", "رام الله", "شرم الشيخ", "بني سويف",
            "كفر الشيخ", "رأس الخيمة", "أم القيوين", "المدينة المنورة", "مكة المكرمة", "حفر الباطن", "خميس مشيط",
            "دير الزور", "خان يونس", "بيت لحم", "بئر السبع", "تل أبيب", "مرسى مطروح", "شمال سيناء", "جنوب سيناء",
            "سيدي بوزيد", "سيدي بلعباس", "برج بوعريريج", "عين الدفلى", "دار السلام", "لوس أنجلوس", "سان فرانسيسكو",
            "هونغ كونغ", "كوالا لمبور", "نيو دلهي", "بوينس آيرس", "كيب تاون", "جبل لبنان", "البحر الأحمر");

    /** True when the text is a place written in two words ({@link #COMPOUND_PLACES}). */
    static boolean isCompoundPlace(String text) {
        return COMPOUND_PLACES.contains(text.strip().replaceAll("\\s+", " "));
    }

    /**
     * A wire dateline in the style of the Saudi Press Agency and the papers that run its copy: the
     * place, the day in the Hijri calendar and its Gregorian match, then the agency:
     * "الرياض 14 ربيع الأول 1447 هـ الموافق 06 سبتمبر 2025 م واس" (the Hijri year's mark "هـ" drawn out
     * with a tatweel, which is no Arabic-script character to Unicode; the agency may stand in brackets,
     * "... 2025م (واس)"). Group 1 the words closing the
     * line, the credit read from them only when it is a known agency ({@link NewsAgencies}).
     */
    private static final Pattern DATED_WIRE_DATELINE = Pattern.compile(
            "^[\\p{IsArabic}\\p{M}]+(?:\\s[\\p{IsArabic}\\p{M}]+){0,2}\\s+[\\d\\u0660-\\u0669][\\p{IsArabic}\\p{M}\\u0640\\d\\u0660-\\u0669\\s/.,]{4,70}?"
                    + "\\s[(（]?([\\p{IsArabic}\\p{M}]+(?:\\s[\\p{IsArabic}\\p{M}]+){0,2})[)）]?\\s*[:.]?$");

    /**
     * The known agency ({@link NewsAgencies}) that the words closing a dated dateline end with, read
     * from the last word back ("م واس" gives "واس", "أ ف ب" itself); null when none.
     */
    private static String closingAgency(String words) {
        String[] w = words.strip().split("\\s+");
        for (int from = w.length - 1; from >= 0; from--) {
            String candidate = String.join(" ", java.util.Arrays.copyOfRange(w, from, w.length));
            if (NewsAgencies.isAgency(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /**
     * The credit Persian papers open an agency's copy with: "به گزارش ایسنا، ..." ("as ISNA reports, ..."),
     * "به گزارش خبرنگار ایرنا، ..." (its reporter), "به گزارش خبرگزاری فارس، ...". Group 1 the source up to the
     * comma, read as a credit only when it is a known agency ({@link NewsAgencies}); a paper quoting itself
     * ("به گزارش همشهری آنلاین،") or another paper names no one here.
     */
    private static final Pattern PERSIAN_REPORT_CREDIT = Pattern.compile(
            "^به\\s+گزارش\\s+(?:خبرنگار\\s+)?([\\p{IsArabic}\\p{M}\u200c]+(?:\\s[\\p{IsArabic}\\p{M}\u200c]+)?)\\s*[،,]");

    /**
     * A wire's bracketed dateline naming its reporter after "من" (by), set off by dashes, as the Jordanian agency and the
     * papers running its copy set it: "عمان 5 كانون الأول (بترا)- من محمد الخوالدة- افتتح ...". The place, perhaps the
     * day, the agency in brackets; group 1 the agency, read only when it is one ({@link NewsAgencies}), group 2 the
     * reporter ({@link NewsAgencies#ARABIC_DATELINE_REPORTER}: two to four words, none a phrase's), the one who wrote
     * the copy (the agency is the credit).
     */
    private static final Pattern WIRE_REPORTER_OPENING = Pattern.compile(
            "^[\\p{IsArabic}\\p{M}]+(?:\\s[\\p{IsArabic}\\p{M}]+){0,2}(?:\\s+[\\d\\u0660-\\u0669][\\p{IsArabic}\\p{M}\\d\\u0660-\\u0669\\s/.]{0,30}?)?"
                    + "\\s*[(（]([\\p{IsArabic}\\p{M} .]{2,20})[)）]\\s*[-–—]\\s*(" + NewsAgencies.ARABIC_DATELINE_REPORTER + ")");

    /** "من" before a {@link #WIRE_REPORTER_OPENING}'s reporter and the dash after: taken off, the name is left. */
    private static final Pattern REPORTER_EDGES = Pattern.compile("^من\\s+|\\s*[-–—]\\s*$");

    /** A dated wire dateline is longer than a plain one: the place, two dates and the agency. */
    private static final int MAX_DATED_DATELINE_CHARS = 100;

    /** A dateline line is short: longer is a sentence that holds a dash. */
    private static final int MAX_DATELINE_CHARS = 60;

    /** Paragraphs read from the top of the page: the dateline stands over the text's first paragraph. */
    private static final int MAX_PARAGRAPHS_READ = 40;

    /** Paragraphs of the text that may stand before the dateline in its container (a standfirst, a kicker). */
    private static final int MAX_PARAGRAPHS_BEFORE = 2;

    /** The elements a dateline's own line is set in, at the head of the text's first paragraph. */
    private static final Set<String> LINE_TAGS = Set.of("strong", "b", "em", "i", "span");

    /** Siblings read back from the line: the head of a text is near, not after thousands of elements. */
    private static final int MAX_SIBLINGS_READ = 60;

    /** Where a dateline-like line is a quotation, a list item or a link, not the text's head. */
    private static final Evaluator NOT_TEXT = QueryParser.parse("blockquote, li, table, a, h1, h2, h3, h4, h5, h6");

    /**
     * Credits that name no one: "وكالات" (agencies), "متابعات" (follow-ups), "خاص" (exclusive), the
     * desk's own credits ("المحرر", "محرر الشؤون ...").
     */
    private static final Set<String> NOT_NAMES = Set.of("وكالات", "الوكالات", "متابعات", "خاص", "المحرر", "التحرير",
            "فريق التحرير", "هيئة التحرير", "مراسلنا", "مراسلون");

    private ArabicDatelineCredit() {
    }

    /** The reporter or agency of the dateline line over the article's text; empty when none. */
    static List<String> names(PageScan scan) {
        int seen = 0;
        for (Element p : scan.paragraphs()) {
            if (++seen > MAX_PARAGRAPHS_READ) {
                break;
            }
            String text = BylineText.leadingText(p, MAX_DATED_DATELINE_CHARS + 1).strip();
            if (text.isEmpty() || Character.UnicodeScript.of(text.codePointAt(0)) != Character.UnicodeScript.ARABIC) {
                continue;
            }
            Matcher report = PERSIAN_REPORT_CREDIT.matcher(text);
            if (report.lookingAt() && NewsAgencies.isAgency(report.group(1)) && p.closest(PageRegions.SITE_CHROME) == null
                    && p.closest(PageRegions.BESIDE_ARTICLE) == null && p.closest(NOT_TEXT) == null && opensText(p)) {
                return List.of(report.group(1)); // "به گزارش ایسنا، ...": the agency's copy, as the paper credits it
            }
            Matcher reporter = text.indexOf('(') > 0 || text.indexOf('（') > 0 ? WIRE_REPORTER_OPENING.matcher(text) : null;
            if (reporter != null && reporter.lookingAt() && NewsAgencies.isAgency(reporter.group(1).strip())
                    && p.closest(PageRegions.SITE_CHROME) == null && p.closest(PageRegions.BESIDE_ARTICLE) == null
                    && p.closest(NOT_TEXT) == null && opensText(p)) {
                String credit = credit(REPORTER_EDGES.matcher(reporter.group(2)).replaceAll(""));
                if (credit != null && !credit.isEmpty() && !NewsAgencies.isAgency(credit)) {
                    return AuthorNames.clean(List.of(credit)); // "(بترا)- من محمد الخوالدة-": the agency's reporter
                }
            }
            if (text.length() <= MAX_DATED_DATELINE_CHARS) {
                Matcher dated = DATED_WIRE_DATELINE.matcher(text);
                String agency = dated.matches() ? closingAgency(dated.group(1)) : null;
                if (agency != null && p.closest(PageRegions.SITE_CHROME) == null
                        && p.closest(PageRegions.BESIDE_ARTICLE) == null && p.closest(PageRegions.FIGURE) == null
                        && p.closest(NOT_TEXT) == null && opensText(p)) {
                    return List.of(agency); // "الرياض 14 ربيع الأول 1447 هـ الموافق 06 سبتمبر 2025 م واس"
                }
            }
            text = text.substring(0, Math.min(text.length(), MAX_DATELINE_CHARS + 1));
            Matcher m = text.length() <= MAX_DATELINE_CHARS ? DATELINE.matcher(text) : DATELINE_OPENING.matcher(text);
            boolean found = text.length() <= MAX_DATELINE_CHARS ? m.matches() : m.lookingAt();
            if (!found && text.length() > MAX_DATELINE_CHARS) {
                Matcher dashed = DASHED_WIRE_OPENING.matcher(text);
                if (dashed.lookingAt() && NewsAgencies.isAgency(dashed.group(2)) && p.closest(PageRegions.SITE_CHROME) == null
                        && p.closest(PageRegions.BESIDE_ARTICLE) == null && p.closest(PageRegions.FIGURE) == null
                        && p.closest(NOT_TEXT) == null && opensText(p)) {
                    return List.of(dashed.group(2)); // "وهران - وأج - تم ...": the agency's copy
                }
            }
            if (!found) {
                String line = lineBeforeBreak(p);
                if (line != null) {
                    m = DATELINE.matcher(line); // "<strong>الرباط - يوسف بنعلي</strong><br>انطلقت ...": the dateline's own line
                    found = m.matches();
                }
            }
            if (!found || p.closest(PageRegions.SITE_CHROME) != null || p.closest(PageRegions.BESIDE_ARTICLE) != null
                    || p.closest(PageRegions.FIGURE) != null || p.closest(NOT_TEXT) != null || !opensText(p)) {
                continue;
            }
            String credit = credit(m.group(2));
            return credit == null || credit.isEmpty() ? List.of() : NewsAgencies.isAgency(credit) ? List.of(credit) : AuthorNames.clean(List.of(credit));
        }
        return List.of();
    }

    /**
     * The credit of a byline that holds an Arabic dateline ({@link #BYLINE_DATELINE}: "الدمام - نورة
     * القحطاني" gives the reporter, "الرياض – واس" the agency, "القاهرة - وكالات" an empty string, as it
     * names no one); null when the byline is no such dateline.
     */
    static String bylineCredit(String byline) {
        if (byline.isEmpty() || Character.UnicodeScript.of(byline.codePointAt(0)) != Character.UnicodeScript.ARABIC
                || byline.length() > MAX_DATELINE_CHARS) {
            return null;
        }
        Matcher m = BYLINE_DATELINE.matcher(byline);
        if (!m.matches() || m.group(1).indexOf(' ') >= 0 && !isCompoundPlace(m.group(1))) {
            return null; // "أحمد علي - سارة محمد": two writers, not a place and its reporter
        }
        return credit(m.group(2));
    }

    /** The agency or the name of two to four words a dateline credits; empty when it names no one, null when it is neither. */
    private static String credit(String raw) {
        String credit = raw.strip();
        if (NewsAgencies.isAgency(credit)) {
            return credit;
        }
        if (NOT_NAMES.contains(credit)) {
            return "";
        }
        if (BylineLeads.opensByline(credit)) {
            return null;
        }
        String[] words = credit.split("\\s+");
        if (words.length < 2 || words.length > 4) {
            return null;
        }
        for (String w : words) {
            if (!AuthorNames.isCaselessWord(w)) {
                return null;
            }
        }
        return credit;
    }

    /**
     * The text of the bold or italic element that opens the paragraph when a line break follows it
     * ("<strong>الرباط - يوسف بنعلي</strong><br>..."); null otherwise.
     */
    private static String lineBeforeBreak(Element p) {
        Element first = p.firstElementChild();
        if (first == null || !LINE_TAGS.contains(first.normalName()) || first.nextElementSibling() == null
                || !first.nextElementSibling().normalName().equals("br") || first.nextSibling() != first.nextElementSibling()) {
            return null;
        }
        Node before = first.previousSibling();
        if (before instanceof TextNode t && !t.isBlank() || before instanceof Element) {
            return null;
        }
        String line = BylineText.leadingText(first, MAX_DATELINE_CHARS + 1).strip();
        return line.length() <= MAX_DATELINE_CHARS ? line : null;
    }

    /**
     * True when the line stands at the head of the text: at most {@value #MAX_PARAGRAPHS_BEFORE}
     * paragraphs before it in its container, and a paragraph after it, or a block whose first child is one (the
     * text's container set right under the dateline's line).
     */
    private static boolean opensText(Element p) {
        int before = 0;
        int read = 0;
        for (Element prev = p.previousElementSibling(); prev != null; prev = prev.previousElementSibling()) {
            if (++read > MAX_SIBLINGS_READ || (prev.normalName().equals("p") && ++before > MAX_PARAGRAPHS_BEFORE)) {
                return false;
            }
        }
        Element next = p.nextElementSibling();
        if (next == null) {
            return false;
        }
        Element first = next.firstElementChild();
        return next.normalName().equals("p") || first != null && first.normalName().equals("p") && !next.normalName().equals("blockquote")
                && next.closest(NOT_TEXT) == null; // the text's paragraphs in the block right after the dateline's line
    }
}
