package dev.newsdrop.extract.meta.authors;

import dev.newsdrop.extract.meta.PageRegions;
import dev.newsdrop.extract.meta.PageScan;
import dev.newsdrop.extract.text.NewsAgencies;
import dev.newsdrop.extract.text.Words;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The meta line under the headline that names the writer with no label, beside the date: "Name ·
 * date", "Name | 12.03.2024", "date · 3 min · Name", a name and a date in elements side by side, and the Catalan "Per Name" and the Swahili "Na Name" (see {@link BylineLeads#languageLead});
 * or names the writer in a labelled field after others, as Chinese portals do ("来源：新华社　作者：李明"), or
 * sets a Chinese or Japanese name alone in one of its fields ({@link HanNameFields}).
 */
final class HeaderMetaLine {

    /** Nodes read after the page's first h1 for the meta line under it. */
    private static final int MAX_HEADER_NODES = 300;

    /** A paragraph this long after the headline is the standfirst or the text. */
    private static final int MIN_TEXT_PARAGRAPH_CHARS = 150;

    /** Long paragraphs passed after the headline: the standfirst may precede the meta line; after the next, the header has ended. */
    private static final int MAX_HEADER_PARAGRAPHS = 1;

    /**
     * Paragraphs of any length passed after the headline, after which a heading (h2 to h6) opens another section of
     * the page: a short news item's text is a few short paragraphs, none long enough to end the header, and the
     * "Related news" or comments block after it lists stories or comments as "title · date" and "commenter · date".
     * A dek under the headline comes before the text, a paragraph at most after it.
     */
    private static final int MIN_PARAGRAPHS_BEFORE_SECTION = 2;

    private static final Set<String> SECTION_HEADINGS = Set.of("h2", "h3", "h4", "h5", "h6");

    /** Texts read from the top of a page with no heading for its date line: the headline and the date line open the story. */
    private static final int MAX_TEXTS_WITHOUT_HEADING = 120;

    /**
     * The writer an old page's date line credits in a field after the date, on a page with no h1 to find the line under:
     * "2009-06-18 10:32　来源：江城晚报　作者：陈立新", "기사입력 2008-03-14 15:20 | 김민수 기자"
     * ({@link BylineLeads#labelledFieldName}), the first such line among the page's first texts, outside links, the
     * site's chrome and figures. Empty when none.
     */
    private static List<String> labelledFieldOfLineWithoutHeading(Element html) {
        if (html == null) {
            return List.of();
        }
        int read = 0;
        for (Node n = html; n != null && read < MAX_TEXTS_WITHOUT_HEADING; n = PageScan.next(n)) {
            if (!(n instanceof TextNode t) || t.isBlank() || !(t.parentNode() instanceof Element parent)) {
                continue;
            }
            read++;
            String text = t.getWholeText().strip(); // uncollapsed: a run of blanks parts the line's fields
            String credited = text.length() <= BylineText.MAX_BYLINE_CHARS && Words.holdsDigit(text) ? BylineLeads.labelledFieldName(text) : null;
            if (credited != null && !AuthorNames.namesDesk(credited) && parent.closest(PageRegions.LINK) == null
                    && parent.closest(PageRegions.SITE_CHROME) == null && parent.closest(PageRegions.FIGURE) == null) {
                List<String> names = AuthorNames.clean(List.of(credited));
                if (!names.isEmpty()) {
                    return names;
                }
            }
        }
        return List.of();
    }

    /**
     * The writer a meta line under the headline names with no label, beside the date: "Margaret
     * Ellison · 3 March 2024", "Thomas Brenner | 12.03.2024" ({@link BylineLeads#nameBeforeDate}); on a
     * Catalan page also "Per Jordi Puig", whose "Per" is a Scandinavian first name elsewhere, and on a
     * Swahili page "Na Amina Juma". Read
     * between the first h1 and the paragraph of text after the standfirst (at most
     * {@value #MAX_HEADER_NODES} nodes), outside links, when nothing else names the author.
     */
    static List<String> metaLineUnderHeadline(PageScan scan) {
        Element h1 = scan.firstH1();
        if (h1 == null) {
            return labelledFieldOfLineWithoutHeading(scan.html());
        }
        Element html = scan.html();
        String languageLead = html == null ? null : BylineLeads.languageLead(html.attr("lang"));
        String languageAnd = html == null ? null : BylineLeads.languageAnd(html.attr("lang"));
        HanNameFields.Names hanNames = HanNameFields.namesRead(html == null ? null : html.attr("lang"));
        List<String> inHeadline = labelledFieldInHeadline(h1);
        if (!inHeadline.isEmpty()) {
            return inHeadline;
        }
        int seen = 0;
        int paragraphs = 0;
        int passed = 0; // paragraphs of any length
        boolean placeAsked = false;
        for (Node n = PageScan.nextOutside(h1); n != null && seen++ < MAX_HEADER_NODES; n = PageScan.next(n)) {
            if (!(n instanceof Element e) || e.normalName().equals("a")) {
                continue;
            }
            if (passed >= MIN_PARAGRAPHS_BEFORE_SECTION && SECTION_HEADINGS.contains(e.normalName())) {
                break; // "<h3>Related news</h3>" after a short text: the header has ended
            }
            String text = boundedText(e, MIN_TEXT_PARAGRAPH_CHARS).trim();
            if (e.normalName().equals("p") && !text.isEmpty()) {
                passed++;
            }
            if (text.length() >= MIN_TEXT_PARAGRAPH_CHARS && e.normalName().equals("p") && ++paragraphs > MAX_HEADER_PARAGRAPHS) {
                break;
            }
            if (e.closest(PageRegions.LINK) != null) {
                continue;
            }
            String name = text.length() <= BylineText.MAX_BYLINE_CHARS ? BylineLeads.nameBeforeDate(text) : null;
            if (name == null && (passed == 0 || passed == 1 && e.normalName().equals("p")) && text.length() <= BylineText.MAX_BYLINE_CHARS) {
                // "Tama Tane · 2 hours ago" between the headline and the text's first paragraph: the story's meta line;
                // a reply's "Gary Stone · 2 days ago" comes after the text, where this is not asked
                name = AuthorNames.nameBeforeRelativeTime(text);
                if (name != null && followsOtherHeadline(e)) {
                    name = null; // "Latest: <a>Bus route to be cut</a> <span>Parish Council · 10 minutes ago</span>": a ticker's item
                }
            }
            if (name == null) {
                name = BylineLeads.nameAfterDateFields(text); // "March 12, 2024 · 3 min · Jane Doe", "... 16:45 · de Ioana Mureșan" (bounded there)
                if (name != null && BylineLeads.afterPrepositionLead(text, name) && statedAsPlace(html, name)) {
                    name = null; // "12/03/2026 · de Vila Nova" over "Vila Nova – A feira ...": where the story is from, not who wrote it
                }
            }
            String wire = name == null && text.length() <= BylineText.MAX_BYLINE_CHARS ? wireBeforeDate(text) : null;
            if (wire != null && e.closest(PageRegions.SITE_CHROME) == null && e.closest(PageRegions.FIGURE) == null) {
                return List.of(wire); // "PAP · 05.12.2026, 11:20": the wire signs its copy alone in the meta line
            }
            if (name == null && !placeAsked) {
                name = BylineLeads.nameAfterNumericDate(text); // "24.11.2026 10:05 von Markus Oberhuber", "03.12.2026, Tomasz Kaczmarek"
                if (name != null) {
                    placeAsked = true; // asked once a page: the page is read whole for the place
                    if (statedAsPlace(html, name)) {
                        name = null; // "03.12.2026, Nowa Wieś" over "NOWA WIEŚ, 3 grudnia ...": where the story is from
                    }
                }
            }
            String credited = name == null && text.length() <= BylineText.MAX_BYLINE_CHARS ? BylineLeads.labelledFieldName(text) : null;
            if (credited != null && !AuthorNames.namesDesk(credited) && e.closest(PageRegions.SITE_CHROME) == null
                    && e.closest(PageRegions.FIGURE) == null) {
                // "2026年02月18日 08:30　来源：新华社　作者：李明": the label credits the writer, so a two-character
                // Chinese name, which no pattern tells from a word, is taken on its word
                List<String> names = AuthorNames.clean(List.of(credited));
                if (!names.isEmpty()) {
                    return names;
                }
            }
            if (name == null && credited == null && HanNameFields.isNameField(e, text, hanNames)
                    && e.closest(PageRegions.SITE_CHROME) == null && e.closest(PageRegions.FIGURE) == null) {
                List<String> names = AuthorNames.clean(List.of(text));
                if (names.size() == 1) {
                    return names; // "原创 刘晓燕 山城书事 2026年12月01日": a Chinese or Japanese name alone in one of the line's fields
                }
            }
            if (name == null && e.childrenSize() >= 2) {
                name = nameBesideDateElement(e);
            }
            if (name == null && passed <= 1) { // after the standfirst at most
                name = nameLineOverDateLine(e, html == null ? "" : html.attr("lang")); // "<div>Lucía Carrasco <span>Villanueva</span></div><div>Sábado, 14 de junio 2025</div>"
                if (name != null && followsOtherHeadline(e)) {
                    name = null;
                }
            }
            if (text.length() > BylineText.MAX_BYLINE_CHARS && name == null) {
                continue;
            }
            int leadLength = name == null ? BylineLeads.languageLeadLength(text, languageLead) : 0;
            if (leadLength > 0) {
                String rest = text.substring(leadLength).strip(); // "Na Amina Juma · 12 Machi 2024", "Nga: Arben Krasniqi | 04.12.2026"
                String dated = BylineLeads.nameBeforeDate(rest);
                String field = BylineLeads.beforeSeparator(rest).strip(); // "Maria Santos at Jose Reyes | Disyembre 2, 2026"
                name = dated != null ? dated : AuthorNames.isPersonName(rest) ? rest
                        : languageAnd != null && field.contains(languageAnd) ? field : personBeforePlace(rest);
            }
            if (name != null && languageLead != null) {
                name = BylineLeads.withoutLanguageLead(name, languageLead); // "Na Amina Juma · 12 Machi 2024"
            }
            if (name != null && languageAnd != null && e.closest(PageRegions.SITE_CHROME) == null && e.closest(PageRegions.FIGURE) == null) {
                List<String> joined = BylineLeads.splitAtLanguageAnd(name, languageAnd);
                if (joined.size() > 1) {
                    List<String> names = AuthorNames.clean(joined);
                    if (names.size() == joined.size()) {
                        return names; // "Ni Maria Santos at Jose Reyes | Disyembre 2, 2026"
                    }
                }
            }
            if (name != null && (AuthorNames.isPersonName(name) || AuthorNames.isCaselessName(name) || namesTwoPersons(name)
                    || BylineLeads.twoCaselessWriters(name))
                    && !AuthorNames.namesDesk(name) // "Local News · 3 March 2024": a section
                    && e.closest(PageRegions.SITE_CHROME) == null && e.closest(PageRegions.FIGURE) == null) {
                List<String> names = AuthorNames.clean(List.of(name));
                if (names.size() == 1 || names.size() == 2 && (names.stream().allMatch(AuthorNames::isPersonName)
                        || names.stream().allMatch(BylineLeads::caselessWriter))) {
                    return names; // "Ieva Petrauskienė ir Rokas Jankauskas · 2026 m. gruodžio 1 d.", "אורית גבאי ואיתי פרידמן | 18/11/2025": two writers
                }
            }
        }
        return List.of();
    }

    /**
     * The news agency a meta line names alone in its first field, before a separator and a date in figures ("PAP ·
     * 05.12.2026, 11:20", "dpa | 4. Dezember 2026"), as CMSs fill the author's field of wire copy with the wire; null when
     * the first field is no agency ({@link NewsAgencies#isAgency}) or no figure follows it.
     */
    static String wireBeforeDate(String text) {
        int sep = -1;
        for (int i = 0; i < text.length() && i <= MAX_SOURCE_FIELD_CHARS; i++) {
            if (BylineLeads.META_FIELD_SEPARATORS.indexOf(text.charAt(i)) >= 0) {
                sep = i;
                break;
            }
        }
        if (sep < 2) {
            return null;
        }
        String field = text.substring(0, sep).strip();
        String rest = text.substring(sep + 1).strip();
        return !rest.isEmpty() && Character.isDigit(rest.charAt(0)) && NewsAgencies.isAgency(field) ? field : null;
    }

    /** Child elements of the headline read for a meta line set inside it. */
    private static final int MAX_HEADLINE_CHILDREN = 8;

    /**
     * The writer a meta line set inside the headline element credits in a labelled field, as Chinese
     * portals' templates (PHPCMS and others) put the line in a span after a break in the h1: "<h1>Title<br><span>发布时间：…
     * 来源：市教育局   作者：李娜   点击：</span></h1>". Read in the h1's first child elements only, by
     * {@link BylineLeads#labelledFieldName}, whose writer's label after other fields no headline's words carry.
     */
    private static List<String> labelledFieldInHeadline(Element h1) {
        int children = 0;
        for (Element c = h1.firstElementChild(); c != null && children++ < MAX_HEADLINE_CHILDREN; c = c.nextElementSibling()) {
            String text = boundedText(c, BylineText.MAX_BYLINE_CHARS + 1).trim();
            if (text.isEmpty() || text.length() > BylineText.MAX_BYLINE_CHARS) {
                continue;
            }
            String credited = BylineLeads.labelledFieldName(text);
            if (credited != null && !AuthorNames.namesDesk(credited)) {
                List<String> names = AuthorNames.clean(List.of(credited));
                if (!names.isEmpty()) {
                    return names;
                }
            }
        }
        return List.of();
    }

    /** Nodes of the page read for the places it states ({@link #statedAsPlace}). */
    private static final int MAX_PLACE_NODES = 20_000;

    /**
     * True when the page states the words as a place: a text opens with them as a dateline does, the place
     * before a dash ("Vila Nova – A feira ..."), or in capitals before a comma or a bracket ("VILA NOVA, 12
     * mar (Lusa)"; a name before a comma in the case it is written opens a biography as often), or a
     * postal address writes them after its postal code ("4930 Vila Nova", "4930-512 Vila Nova"). Read for the
     * name a preposition lead ("de", "da", which also mean "from") sets after a meta line's date, once a page at most.
     */
    static boolean statedAsPlace(Element root, String words) {
        if (root == null || words.isBlank()) {
            return false;
        }
        String q = Pattern.quote(words.strip());
        Pattern dateline = Pattern.compile("^\\s*(?:(?i:" + q + ")\\s*[-–—]|"
                + Pattern.quote(words.strip().toUpperCase(Locale.ROOT)) + "\\s*[,(/])",
                Pattern.UNICODE_CASE);
        Pattern address = Pattern.compile("(?<![\\d.,])\\d{4,5}(?:-\\d{3})?\\s+" + q + "(?![\\p{L}\\p{M}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        String lower = words.strip().toLowerCase(Locale.ROOT);
        int seen = 0;
        for (Node n = root; n != null && seen++ < MAX_PLACE_NODES; n = PageScan.next(n)) {
            if (n instanceof TextNode t) {
                String s = t.getWholeText();
                if (s.length() >= lower.length() && s.toLowerCase(Locale.ROOT).contains(lower)
                        && (dateline.matcher(s).lookingAt() || address.matcher(s).find())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when the text is two persons' names joined by a separator ("Jane Doe and John Roe"). */
    private static boolean namesTwoPersons(String text) {
        String[] parts = AuthorNames.SEPARATORS.split(text);
        return parts.length == 2 && AuthorNames.isPersonName(parts[0].strip()) && AuthorNames.isPersonName(parts[1].strip());
    }

    /**
     * Words a CMS names the field of a story's source with, in its class ("article__source",
     * "news-source", "istochnik"): English, the transliterated Russian and Ukrainian ("источник",
     * "джерело") that post-Soviet CMSs write in Latin letters, and "source" in the languages of the
     * site's own templates: Portuguese and Italian "fonte", Spanish "fuente", German "Quelle", Croatian and
     * Serbian "izvor", Czech and Slovak "zdroj", Turkish "kaynak", Polish "źródło" and Hungarian "forrás" unaccented; and
     * "agency", as Nordic publishers' byline blocks class the wire beside the reporter ("<p class=agency>NTB</p>").
     */
    private static final List<String> SOURCE_FIELD_CLASS_WORDS = List.of("source", "istochnik", "dzherelo", "fonte", "fuente", "quelle",
            "izvor", "zdroj", "kaynak", "zrodlo", "forras", "agency");

    /** An agency's name in a source field is this short at most: "Укрінформ", "Agenzia Nova". */
    private static final int MAX_SOURCE_FIELD_CHARS = 40;

    /**
     * The news agency named alone in the source field of the headline's meta line ("<span
     * class=news-item__source>Укрінформ</span>" beside the date; "<div class=article-credit>共同通信</div>" under the headline,
     * a credit field that is no picture's), or after a source label in a field of its
     * own, inline in the line ("<span>Джерело: Укрінформ</span>", whatever its class; a paragraph "المصدر: واس"
     * closing a short text is no field of the meta line): the wire copy's source, which signs it when no one
     * else is named and is its credit beside a named writer ({@link AuthorFinder#find}), so it is asked on every page
     * with a writer: only paragraphs and possible fields are read. Read between the first h1 and the first paragraph
     * of text, as {@link #metaLineUnderHeadline} reads, outside the site's chrome, figures and pictures' caption boxes;
     * null when there is none.
     */
    static String agencyInSourceField(PageScan scan) {
        Element h1 = scan.firstH1();
        if (h1 == null) {
            return null;
        }
        int seen = 0;
        int passed = 0; // paragraphs of any length
        for (Node n = PageScan.nextOutside(h1); n != null && seen++ < MAX_HEADER_NODES; n = PageScan.next(n)) {
            if (!(n instanceof Element e)) {
                continue;
            }
            if (passed >= MIN_PARAGRAPHS_BEFORE_SECTION && SECTION_HEADINGS.contains(e.normalName())) {
                break; // "<h3>More news</h3>" after a short item's text: its teasers' source fields are theirs, as the meta line's reader stops
            }
            boolean paragraph = e.normalName().equals("p");
            boolean classed = namesSourceField(e.className());
            if (!paragraph && !classed && (e.isBlock() || inParagraph(e))) {
                // neither a paragraph nor a field: a field is classed as the source, or inline outside a paragraph (an
                // unclassed inline element inside one is the text's own, and adds no paragraph to the count)
                continue;
            }
            String text = boundedText(e, MIN_TEXT_PARAGRAPH_CHARS).trim();
            if (paragraph && !text.isEmpty()) {
                passed++;
            }
            if (text.length() >= MIN_TEXT_PARAGRAPH_CHARS && paragraph) {
                break; // the text has begun
            }
            if (text.isEmpty() || text.length() > MAX_SOURCE_FIELD_CHARS) {
                continue;
            }
            boolean sourceClass = classed && !besidePicture(e) && !inPictureBox(e);
            // "<span>Джерело: Укрінформ</span>": an inline field labelled as the source (its colon is asked first); not one
            // inside a paragraph, which is the text's own closing credit ("<p><strong>المصدر: وأج</strong></p>" after short
            // paragraphs)
            boolean inlineField = !e.isBlock() && (text.indexOf(':') >= 0 || text.indexOf('：') >= 0) && !inParagraph(e);
            String agency = sourceClass || inlineField ? VisibleBylines.agencyAfterSourceLabel(text) : null;
            if (agency == null && sourceClass && NewsAgencies.isAgency(text)) {
                agency = text;
            }
            if (agency != null && e.closest(PageRegions.SITE_CHROME) == null && e.closest(PageRegions.FIGURE) == null) {
                return agency;
            }
        }
        return null;
    }

    /** True when a paragraph holds the element: a walk up its ancestors, where {@code closest("p")} parses its query anew. */
    private static boolean inParagraph(Element e) {
        for (Element up = e.parent(); up != null; up = up.parent()) {
            if (up.normalName().equals("p")) {
                return true;
            }
        }
        return false;
    }

    /** Siblings read before a credit field for the picture it may sit under. */
    private static final int MAX_PICTURE_SIBLINGS = 3;

    /** Elements that are a picture, or wrap one as their first child ("<a><img></a>"). */
    private static final Set<String> PICTURE_ELEMENTS = Set.of("img", "picture", "video", "figure", "svg");

    /**
     * True when a picture stands among the few siblings before the field: "<div class=hero><img><div
     * class=credit>AFP</div></div>" credits the picture's agency, whatever the class says.
     */
    private static boolean besidePicture(Element field) {
        int read = 0;
        for (Element prev = field.previousElementSibling(); prev != null && read++ < MAX_PICTURE_SIBLINGS; prev = prev.previousElementSibling()) {
            Element first = prev.firstElementChild();
            if (PICTURE_ELEMENTS.contains(prev.normalName()) || first != null && PICTURE_ELEMENTS.contains(first.normalName())) {
                return true;
            }
        }
        return false;
    }

    /** The picture elements {@link #inPictureBox} looks for. */
    private static final Evaluator PICTURE = QueryParser.parse("img, picture, video, svg");

    /**
     * True when the block the field is set in is a picture's box, a picture and a caption's length of text:
     * "<p><span class=image><img><span class=caption-source><span class=caption>…</span><span class=source>Reuters</span>
     * </span></span></p>" credits the photograph's agency.
     */
    private static boolean inPictureBox(Element field) {
        Element box = field;
        while (box != null && !box.isBlock()) {
            box = box.parent();
        }
        return box != null && box.selectFirst(PICTURE) != null
                && boundedText(box, MAX_PICTURE_BOX_CHARS + 1).length() <= MAX_PICTURE_BOX_CHARS;
    }

    /** A picture's box holds its caption and credit at most: this many characters. */
    private static final int MAX_PICTURE_BOX_CHARS = 300;

    private static boolean namesSourceField(String className) {
        if (className.isEmpty()) {
            return false;
        }
        String c = className.toLowerCase(Locale.ROOT);
        for (String w : SOURCE_FIELD_CLASS_WORDS) {
            if (c.contains(w)) {
                return true;
            }
        }
        return c.contains(CREDIT_FIELD_CLASS_WORD) && PICTURE_CLASS_WORDS.stream().noneMatch(c::contains);
    }

    /**
     * The word a CMS names the story's credit field with ("article-credit", "story__credit"): between the headline and
     * the text it holds whom the copy comes from, an agency's name alone ("共同通信") for wire copy, as a source field does.
     */
    private static final String CREDIT_FIELD_CLASS_WORD = "credit";

    /**
     * Words of a credit field's class that make it a picture's ("photo-credit", "image__credit", "foto-credit",
     * "bild-credit", "caption-credit"): it names who took or supplied the picture, not who wrote the text.
     */
    private static final List<String> PICTURE_CLASS_WORDS = List.of("photo", "foto", "image", "img", "picture", "bild", "caption", "video");

    /**
     * The person a language lead's line names before the place the writer files from ("Amina Juma, Dodoma"
     * after "Na "): the text's names as {@link AuthorNames#clean} reads them, when they are one person's
     * name; null otherwise.
     */
    private static String personBeforePlace(String rest) {
        if (rest.indexOf(',') < 0) {
            return null;
        }
        List<String> names = AuthorNames.clean(List.of(rest));
        return names.size() == 1 && AuthorNames.isPersonName(names.get(0)) ? names.get(0) : null;
    }

    /**
     * The name of a meta line whose name and date are elements side by side with nothing written
     * between ("<span>Jane Doe</span><span>Dec 05, 2023</span>", the separator drawn by the style
     * sheet): the element's first two shown children, read as "name · date". Null otherwise, and when either is a table's
     * header cell: a {@code th} heads a column of data ("<th>Grundversorgung Gas</th><th>bis 31.12.2026</th>" over a price
     * table's rows names a tariff and its term), where a meta line set in a layout table has plain cells.
     */
    private static String nameBesideDateElement(Element line) {
        Element name = shownElementFrom(line.firstElementChild());
        Element date = name == null ? null : shownElementFrom(name.nextElementSibling());
        if (date == null || name.normalName().equals("th") || date.normalName().equals("th")) {
            return null;
        }
        String nameText = boundedText(name, BylineText.MAX_BYLINE_CHARS + 1).trim();
        String dateText = boundedText(date, MAX_DATE_ELEMENT_CHARS + 1).trim();
        if (nameText.isEmpty() || nameText.length() > BylineText.MAX_BYLINE_CHARS || dateText.isEmpty() || dateText.length() > MAX_DATE_ELEMENT_CHARS) {
            return null;
        }
        for (Node n = name.nextSibling(); n != date; n = n.nextSibling()) {
            if (n instanceof TextNode t && !t.isBlank()) {
                return null; // words between: the line is written, and read as such
            }
        }
        return BylineLeads.nameBeforeDate(nameText + " · " + dateText);
    }

    /**
     * True when every link in the line leads to a writer's page (an author page's address, or {@code rel="author"}): a
     * name line under the headline that links elsewhere names what the story is about, as a topic's tag does.
     */
    private static boolean linksOnlyWritersPages(Element line) {
        for (Element a : line.getElementsByTag("a")) {
            if (!PageScan.isAuthorPage(a.attr("href")) && !a.attr("rel").toLowerCase(Locale.ROOT).contains("author")) {
                return false;
            }
        }
        return true;
    }

    /**
     * The writer named alone on a line of the header whose next line is the date alone: "<div><span>Lucía
     * Carrasco</span><span>Villanueva del Río</span></div><div>Sábado, 14 de junio 2025, 08:12</div>", as themes
     * whose classes say nothing (hashed, utility or AMP ones) stack the byline's fields. The line is a person's
     * name ({@link AuthorNames#isPersonName}), or opens with one in its first element and adds a field without
     * digits (the place it was filed from); the next element is a date {@link BylineLeads#nameBeforeDate} reads.
     * Asked between the headline and the text's first paragraph (a standfirst may stand before it); not of a heading (a kicker over a second
     * headline), of a desk's name, nor on pages in a language that capitalises its nouns ({@link #NOUN_CAPITALISING_LANGUAGES}).
     */
    private static String nameLineOverDateLine(Element line, String lang) {
        if (capitalisesNouns(lang) || SECTION_HEADINGS.contains(line.normalName())) {
            return null; // "<h2><span>Rückbau von Atomkraftwerk</span><span>Kühltürme … gesprengt</span></h2>": a kicker and a headline
        }
        Element date = shownElementFrom(line.nextElementSibling());
        if (date == null) {
            return null;
        }
        String text = boundedText(line, BylineText.MAX_BYLINE_CHARS + 1).trim();
        if (text.isEmpty() || text.length() > BylineText.MAX_BYLINE_CHARS || text.chars().anyMatch(Character::isDigit)) {
            return null;
        }
        if (!linksOnlyWritersPages(line)) {
            return null; // "<a href=/tag/taylor-swift>Taylor Swift</a>" over the date: the story's topic, not its writer
        }
        String candidate;
        if (line.childrenSize() >= 2 && line.childrenSize() <= 3 && line.textNodes().stream().allMatch(TextNode::isBlank)) {
            // the fields in elements of their own: the name is the first ("María José Ruiz", then "Valencia")
            String first = boundedText(line.firstElementChild(), BylineText.MAX_BYLINE_CHARS + 1).trim();
            candidate = AuthorNames.isPersonName(first) ? first : null;
        } else {
            candidate = AuthorNames.isPersonName(text) ? text : null;
        }
        if (candidate == null || AuthorNames.namesDesk(candidate)) {
            return null;
        }
        String dateText = boundedText(date, MAX_DATE_ELEMENT_CHARS + 1).trim();
        if (dateText.isEmpty() || dateText.length() > MAX_DATE_ELEMENT_CHARS) {
            return null;
        }
        return BylineLeads.nameBeforeDate(candidate + " · " + WEEKDAY_OPENING.matcher(dateText).replaceFirst(""));
    }

    /**
     * Languages that write every noun with a capital, German and Luxembourgish: two or three capitalised words
     * there are as often a topic ("Ausbau von Radwegen", "Neue Radwege") as a name, so a line's shape alone names no
     * writer ({@link #nameLineOverDateLine}).
     */
    private static final Set<String> NOUN_CAPITALISING_LANGUAGES = Set.of("de", "lb");

    /** True when the page's declared language is one of {@link #NOUN_CAPITALISING_LANGUAGES}. */
    private static boolean capitalisesNouns(String lang) {
        int end = lang.indexOf('-');
        return NOUN_CAPITALISING_LANGUAGES.contains((end < 0 ? lang : lang.substring(0, end)).strip().toLowerCase(Locale.ROOT));
    }

    /**
     * A weekday's name and its comma opening a date line, in any language: "Sábado, 14 de junio 2025", "Samstag,
     * 14. Juni 2025", "Saturday, June 14, 2025". The day's date follows; the name adds nothing to it.
     */
    private static final Pattern WEEKDAY_OPENING = Pattern.compile("^\\p{L}{3,}\\.?,\\s*(?=\\d|\\p{L}{3,}\\.?\\s+\\d)");

    /** Nodes read inside one element of the header for its text: a meta line is a few elements. */
    private static final int MAX_LINE_NODES = 60;

    /**
     * {@link BylineText#leadingText}, reading at most {@value #MAX_LINE_NODES} nodes of the element: the
     * header's every element is asked, and a hostile page nests thousands of empty elements under one.
     * A longer element reads as "" or as its opening, which no meta line is.
     */
    private static String boundedText(Element e, int max) {
        return BylineText.leadingText(e, max, MAX_LINE_NODES);
    }

    /** A date's element holds this much at most: a date, a time, a reading time. */
    private static final int MAX_DATE_ELEMENT_CHARS = 40;

    /** The element, or the first sibling after it, that is no style sheet or script. */
    private static Element shownElementFrom(Element e) {
        while (e != null && (e.normalName().equals("style") || e.normalName().equals("script"))) {
            e = e.nextElementSibling();
        }
        return e;
    }

    /** Siblings read before a meta line for another story's headline. */
    private static final int MAX_SIBLINGS_BEFORE = 4;

    /**
     * True when a link to a headline (four words or more) stands among the few siblings before the line: the line is
     * that story's, in a ticker or a teaser, not this story's meta line.
     */
    private static boolean followsOtherHeadline(Element line) {
        int read = 0;
        for (Element prev = line.previousElementSibling(); prev != null && read++ < MAX_SIBLINGS_BEFORE; prev = prev.previousElementSibling()) {
            Element link = prev.normalName().equals("a") ? prev : prev.selectFirst(PageRegions.LINK);
            if (link != null && Words.of(BylineText.leadingText(link, 200)).size() >= VisibleBylines.MIN_HEADLINE_LINK_WORDS) {
                return true;
            }
        }
        return false;
    }

    private HeaderMetaLine() {
    }
}
