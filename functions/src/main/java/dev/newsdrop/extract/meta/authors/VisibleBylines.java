package dev.newsdrop.extract.meta.authors;

import dev.newsdrop.extract.meta.Blanks;
import dev.newsdrop.extract.meta.ComparisonKey;
import dev.newsdrop.extract.meta.LinkResolver;
import dev.newsdrop.extract.meta.PageRegions;
import dev.newsdrop.extract.meta.PageScan;
import dev.newsdrop.extract.text.Words;
import dev.newsdrop.extract.text.NewsAgencies;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names the page shows in its bylines: "By Jane Doe", "Written by <a>Jane Doe</a> and <a>John
 * Roe</a>", a label on one line and the name on the next, "Posted on June 3, 2024 by Jane Doe", and an
 * agency or the publication signing alone ("By AFP"). Photo credits, theme credits, commenters,
 * controls and bylines beside the article are refused.
 */
final class VisibleBylines {

    /** A photo credit ("Foto: ...", "Bild: ...") sits where bylines do but names the photographer. */
    private static final Pattern PHOTO_CREDIT = Pattern.compile(
            "(?iu)^(?:foto|fotos|bild|bilder|photo|photos|image|images|picture|crédit photo|credit)\\s*[:：]");

    /** A lead-in that credits the pictures ("Photos by"), not the text. */
    private static final Pattern PHOTO_LEAD = Pattern.compile("(?iu)^\\s*(?:photo|photos|photographed|images?|pictures?)\\b");

    /** Buttons and forms: "Follow", "Cancel" in an author box are controls, not names. */
    private static final Evaluator CONTROLS = QueryParser.parse("button, form, select, [role=button]");

    /**
     * What may stand between two names after a lead: a comma or "and" in the languages read (Hungarian
     * "és", Indonesian "dan", Ukrainian "та" and "і", Romanian "și", Greek "και" among them).
     */
    static final Pattern NAME_JOINER = Pattern.compile(
            "(?iu)^\\s*(?:,|&|and|und|et|y|e|en|og|och|i|ve|и|و|ja|oraz|và|na|और|ও|és|dan|та|і|și|şi|και|、|，|،)?\\s*$");

    /** Elements looked at inside one byline for a lead-in: a byline is a few elements, not a page. */
    static final int MAX_BYLINE_ELEMENTS = 30;

    /** Visible bylines read for an agency's signature: the article's own comes first. */
    private static final int MAX_AGENCY_BYLINES = 3;

    /** A link readers' content carries ({@code rel="nofollow ugc"}): the name beside it is a commenter's. */
    private static final Evaluator USER_CONTENT_LINK = QueryParser.parse("a[rel~=(?i)\\b" + PageScan.USER_CONTENT_REL + "\\b]");

    /** A line break, as {@link #firstLine} asks for one: the query parsed once. */
    private static final Evaluator LINE_BREAK = QueryParser.parse("br");

    /**
     * The news agency a visible byline names alone ("By AFP", "Agencia EFE"), when no person is named:
     * wire copy the agency signs; or the publication itself ("By NASA" on the site named NASA), which
     * signs its own posts. Such names are often acronyms or lower case, which the person-name rules
     * refuse. Only the first bylines are read: later ones belong to teasers of other articles. The
     * publication's name in the site's chrome ({@link PageRegions#inSiteChrome}, given the page's
     * headline) is its masthead title, not a signature.
     */
    static List<String> agencySigning(PageScan.Visible visible, Element headline, String... publications) {
        Set<String> own = new HashSet<>();
        for (String p : publications) {
            if (p != null && !p.isBlank()) {
                own.add(PublisherNames.publicationKey(p));
            }
        }
        int read = 0;
        for (List<Element> list : List.of(visible.bylines(), visible.writtenBylines())) {
            for (Element e : list) {
                if (e.closest(PageRegions.BESIDE_ARTICLE) != null || e.closest(PageRegions.FIGURE) != null) {
                    continue;
                }
                String t = BylineText.spacedText(e);
                if (t.isEmpty() || t.length() > BylineText.MAX_BYLINE_CHARS) {
                    continue;
                }
                String name = AuthorNames.organisation(t);
                if (name != null && own.contains(PublisherNames.publicationKey(name)) && !NewsAgencies.isAgency(name)
                        && PageRegions.inSiteChrome(e, headline)) {
                    continue; // the site's own name in its masthead is its title, whatever its link's rel says (Jekyll's minima: rel="author")
                }
                if (name != null && (NewsAgencies.isAgency(name) || own.contains(PublisherNames.publicationKey(name)))) {
                    return List.of(name); // "By AFP"; "By NASA" on NASA's site: the organisation signs its own post
                }
                String source = agencyAfterSourceLabel(t);
                if (source != null) {
                    return List.of(source); // "Forrás: MTI", "منبع: ایسنا": the wire copy's source, and no one else named
                }
                String agency = agencyBesideNewsroom(t);
                if (agency != null) {
                    return List.of(agency); // "Redacción / EFE": the newsroom edited the agency's copy
                }
                if (++read >= MAX_AGENCY_BYLINES) {
                    break;
                }
            }
        }
        return List.of();
    }

    /**
     * The label of a source credit, "Source:" in the languages read (German "Quelle", Hungarian "Forrás",
     * Indonesian "Sumber", Spanish "Fuente", Portuguese and Italian "Fonte", Polish "Źródło", Turkish
     * "Kaynak", Russian "Источник", Ukrainian "Джерело", Greek "Πηγή", Vietnamese "Nguồn", Persian and Urdu
     * "منبع", Arabic "المصدر", Hindi "स्रोत", Korean "출처", Chinese "来源"; Serbian, Croatian and Bosnian "Izvor"/"Извор",
     * Romanian "Sursa", Czech and Slovak "Zdroj", Slovenian "Vir", Bulgarian "Източник", Lithuanian "Šaltinis", Latvian
     * "Avots", Estonian "Allikas", Finnish "Lähde", Albanian "Burimi"; Dutch "Bron", Danish and Norwegian "Kilde", Swedish "Källa",
     * Icelandic "Heimild", Faroese "Kelda"; Armenian "Աղբյուրը", Georgian "წყარო", Azerbaijani "Mənbə", Uzbek "Manba", Kazakh
     * "Дереккөз", Mongolian "Эх сурвалж"), with its colon (Armenian sets its comma "՝" so).
     */
    private static final Pattern SOURCE_LABEL = Pattern.compile(
            "(?iu)^\\s*(?:source|quelle|forrás|sumber|fuente|fonte|źródło|zrodlo|kaynak|источник|джерело|πηγή|nguồn|منبع|المصدر|स्रोत|출처|来源|來源"
                    + "|izvor|извор|sursa|sursă|zdroj|vir|източник|šaltinis|avots|allikas|lähde|burimi|bron|kilde|källa|heimild|kelda"
                    + "|աղբյուրը|աղբյուր|წყარო|mənbə|manba|дереккөз|эх сурвалж)\\s*[:：՝]\\s*");

    /**
     * The agency a source credit names alone ("Forrás: MTI", "Quelle: dpa", "منبع: ایسنا"), or null: a
     * credit of where the copy comes from signs the wire copy when no one else is named, as "By AFP" does.
     */
    static String agencyAfterSourceLabel(String text) {
        Matcher m = SOURCE_LABEL.matcher(text);
        if (!m.lookingAt()) {
            return null;
        }
        String rest = text.substring(m.end()).strip();
        return NewsAgencies.isAgency(rest) ? rest : null;
    }

    /**
     * The words that join an agency to the newsroom's credit, "with" in the languages read, perhaps
     * with the Brazilian and Spanish "information from": "Redação, com informações da Agência Brasil",
     * "Redacción, con EFE".
     */
    private static final Pattern AGENCY_COMPANION = Pattern.compile(
            "(?iu)^(?:with|mit|avec|con|com|met|med)\\s+(?:(?:informações|informacoes|información|informaciones|informazioni|information)"
                    + "\\s+(?:da|do|de|di|from|von)\\s+)?");

    /** The parts of a signature looked at for a newsroom beside an agency: "Redacción / EFE" has two. */
    private static final int MAX_SIGNATURE_PARTS = 3;

    /**
     * The agency of a signature that joins a generic credit to it, "Redacción / EFE", "Redaktion/dpa",
     * "Agencias, AFP", "Redação, com Agência Brasil", "Redazione ANSA", or the dateline's place ("Ankara / AA",
     * one capitalised word before the agency): the newsroom names no one, the agency signs. Null unless every part is
     * a generic credit or an agency (or the place before it), and one is an agency.
     */
    private static String agencyBesideNewsroom(String signature) {
        String s = BylineLeads.withoutLeadIn(signature.strip());
        String beside = AuthorNames.agencyBesideDesk(s);
        if (beside != null) {
            return beside; // "Redazione ANSA"
        }
        String[] parts = AuthorNames.SEPARATORS.split(s, MAX_SIGNATURE_PARTS + 1);
        if (parts.length == 1 && s.length() <= BylineText.MAX_BYLINE_CHARS) {
            Matcher with = AuthorNames.WITH_AGENCY.matcher(s);
            parts = with.matches() ? new String[] {with.group(1), with.group(2)} : parts; // "Redação com Agência Brasil"
        }
        if (parts.length < 2 || parts.length > MAX_SIGNATURE_PARTS) {
            return null;
        }
        String agency = null;
        for (String part : parts) {
            String name = AuthorNames.organisation(AGENCY_COMPANION.matcher(part.strip()).replaceFirst(""));
            if (name != null && NewsAgencies.isAgency(name) && agency == null) {
                agency = name;
            } else if (!AuthorNames.isGenericCredit(part) && !(part == parts[0] && parts.length == 2 && AuthorNames.isDatelinePlace(part))) {
                return null; // "Ankara / AA": one word before the agency is the dateline's place
            }
        }
        return agency;
    }

    /**
     * The byline's names joined by the "and" of the page's declared language ({@link BylineLeads#languageAnd}):
     * "Avtorja: Matej Novak in Nina Kralj" on a Slovene page gives both, read before {@link AuthorNames#clean}
     * cuts "in ..." as the category a post is filed in; otherwise the text alone.
     */
    private static List<String> languageAndNames(Element candidate, String t) {
        org.jsoup.nodes.Document doc = candidate.ownerDocument();
        Element html = doc == null ? null : doc.firstElementChild();
        String and = html == null ? null : BylineLeads.languageAnd(html.attr("lang"));
        if (and == null || !t.contains(and)) {
            return List.of(t);
        }
        List<String> parts = BylineLeads.splitAtLanguageAnd(BylineLeads.withoutLeadIn(t.strip()), and);
        return parts.size() > 1 ? parts : List.of(t);
    }

    /**
     * Names from the first candidate that yields any (comment sections were left out by the scan).
     * The publication's name is taken out of the byline first: "Jane Doe USA TODAY" shows where she
     * works, and is not a longer name. Names whose keys are in {@code refused} (a fact-check's
     * claimants, whom the page quotes in a box of their own) are no author.
     */
    static List<String> firstNamed(List<Element> candidates, boolean notInLinks, List<Pattern> trailingPublishers,
                                   Set<String> refused, List<String> agencies) {
        return firstNamed(candidates, notInLinks, trailingPublishers, refused, agencies, true);
    }

    private static List<String> firstNamed(List<Element> candidates, boolean notInLinks, List<Pattern> trailingPublishers,
                                           Set<String> refused, List<String> agencies, boolean twinBoxes) {
        for (Element candidate : candidates) {
            Element e = candidate;
            String bio = ContributorBio.bylineBioName(e);
            if (bio != null) {
                List<String> names = AuthorNames.clean(List.of(bio));
                if (names.size() == 1) {
                    return names; // "<div class=guest-author><p><strong>Lucía Márquez</strong> es hidróloga ...": the biography's name
                }
            }
            String t = BylineText.spacedText(e);
            if (t.isEmpty()) {
                t = imageOnlyName(e); // "<span class=md-author><img alt='Jane Doe'></span>": the author's picture names her
            }
            boolean label = isLabelOnly(t) || BylineLeads.isIssuerLabelCell(e, t); // "<dt>Afzender</dt><dd>…", "<th>Herausgeber</th><td>…"
            Element boxName = label || t.isEmpty() ? null : AuthorBox.nameAfterBoxLabel(e);
            if (boxName != null) {
                e = boxName; // "<div id=writerProfile>この記事を書いた人 <dt>Name</dt><dd>desk</dd>...": the box's name, not its fields
                t = BylineText.spacedText(e);
            }
            Element labelled = label ? labelledValue(e) : null;
            if (labelled == null && label && e.parent() != null && !e.isBlock()
                    && AuthorNames.isLeadInOnly(BylineText.leadingText(e.parent(), BylineText.MAX_BYLINE_CHARS))) {
                labelled = labelledValue(e.parent()); // "<p><strong>Written by:</strong></p><p>Jane Doe</p>": the label's line is its block
            }
            if (labelled != null) {
                e = labelled; // "<div>Author</div><div>Jane Doe</div>": a label on its line, the value on the next
                t = BylineText.spacedText(e);
            } else if (label && e.parent() != null) {
                e = e.parent(); // "<span>By </span><a>Jane Doe</a>": the name is beside the lead-in
                t = BylineText.spacedText(e);
            }
            boolean whole = true; // t is the element's whole text
            if (notInLinks && (t.length() > BylineText.MAX_BYLINE_CHARS || (e == candidate && !PageScan.startsLikeByline(t)))) {
                t = bylineRun(e); // "<h1>Headline</h1> by Jane Doe, <small>date</small>": the byline begins at its lead
                whole = false;
            }
            String itemNames = AuthorMicrodata.microdataNames(e);
            if (!itemNames.isEmpty()) {
                t = itemNames; // itemprop=author holding one itemprop=name per person: each its own value
            }
            String led = namesAfterLead(e);
            if (!led.isEmpty()) {
                t = led; // "Written by <a>Jane Doe</a> in <a>Politics</a> on ...": the element after the lead
            } else if (itemNames.isEmpty()) {
                String dated = BylineLeads.namesAfterDate(t);
                String field = dated == null ? BylineLeads.authorField(t) : null;
                String bracketed = dated == null && field == null ? BylineLeads.creditInBrackets(t) : null;
                if (dated != null) {
                    t = dated; // "Posted on October 2, 2023 by Jane Doe": the names after the date's lead
                } else if (field != null) {
                    t = field; // "Опубликовано: 12.03.2024 | Автор: Сергей Иванов | Просмотров: 1520": the author's field
                } else if (bracketed != null) {
                    t = bracketed; // "（文・佐藤健）": the credit inside the brackets it is set in
                } else if (whole && t.length() <= BylineText.MAX_BYLINE_CHARS) {
                    String line = firstLine(e);
                    if (!line.isEmpty() && !AuthorNames.isLeadInOnly(line)) {
                        t = line; // "<strong>Jane Doe</strong><br>Maintainer": the next line says what she does
                    }
                } else if (whole) {
                    String bold = boldNameParagraph(e);
                    if (bold != null) {
                        t = bold; // "<div class=signature><p><strong>Claire Dumas</strong></p><p><em>Maire de ...</em></p></div>"
                    }
                }
            }
            if (whole && e == candidate && led.isEmpty() && itemNames.isEmpty()) {
                String named = namePart(e, t);
                if (named != null) {
                    t = named; // "<div class=firma><span class=nombre>María Gil</span><span>Sevilla</span></div>": the name alone
                }
            }
            t = AuthorBox.withoutAboutHeading(t); // an author box's "Sobre Beatriz Santos" in an element named "author"
            if (AuthorNames.opensWithThemeCredit(t) || creditedByTheme(candidate)) {
                continue; // "Website by <a>Studio</a>", "Designed by <a rel=author>Studio</a>": the theme's maker
            }
            // a written byline inside a link is a teaser's; the name it leads to may be a link of its own ("Written by <a>Jane Doe</a>")
            if (isMastheadHomeLink(candidate) || inOtherStorysTeaser(candidate) || underOtherStorysHeadline(candidate)) {
                continue; // Jekyll's "<a class=site-title rel=author href=/>", a related story's "teaser__author"
            }
            if (t.isEmpty() || t.length() > BylineText.MAX_BYLINE_CHARS || (notInLinks && candidate.closest(PageRegions.LINK) != null)
                    || e.selectFirst(USER_CONTENT_LINK) != null
                    || e.closest(PageRegions.BESIDE_ARTICLE) != null
                    || PHOTO_CREDIT.matcher(t).lookingAt() || e.closest(PageRegions.FIGURE) != null || e.closest(CONTROLS) != null) {
                continue;
            }
            if (AuthorNames.isDatelinePlace(t) && followsAgency(e)) {
                continue; // "<a>PTI, </a><span>Lisbon, </span>": the place the agency filed from, not a name
            }
            if (BylineText.namesPlace(candidate)) {
                continue; // "<span class=author-place>চট্টগ্রাম</span>" beside a desk's post: where the byline files from, not who
            }
            List<String> beside = new ArrayList<>();
            List<String> raw = new ArrayList<>(languageAndNames(candidate, PublisherNames.withoutTrailingNames(t, trailingPublishers)));
            raw.addAll(AuthorMicrodata.coAuthors(candidate, candidates));
            List<String> names = AuthorNames.clean(raw, beside);
            if (!refused.isEmpty()) {
                names = names.stream().filter(n -> !refused.contains(ComparisonKey.of(n))).toList();
            }
            if (twinBoxes && names.size() == 1 && whole && e == candidate && !notInLinks) {
                List<String> boxed = namesOfTwinBoxes(candidate, names.get(0),
                        other -> firstNamed(List.of(other), false, trailingPublishers, refused, new ArrayList<>(), false));
                if (boxed.size() > 1) {
                    names = boxed; // one author box per writer at the foot, side by side: each names one of them
                }
            }
            if (!names.isEmpty()) {
                agencies.addAll(beside);
                return names;
            }
        }
        return List.of();
    }

    /** Levels read from a name to the box that repeats for each writer: the name, its info column, the box, one more. */
    private static final int MAX_BOX_LEVELS = 4;

    /** Writers' boxes set side by side at most: a piece's few authors, not a staff list or a row of teasers. */
    private static final int MAX_AUTHOR_BOXES = 4;

    /** Characters of each writer's box read for another role's credit: its name, its label and the start of her line. */
    private static final int MAX_AUTHOR_BOX_CHARS = 160;

    /** Elements read in each writer's box: a picture, a name, a line about her, a link or two. */
    private static final int MAX_AUTHOR_BOX_ELEMENTS = 24;

    /**
     * The names of the writers' boxes set side by side, the byline element's box among them, in their order: a
     * piece by several writers closes with one author box for each ("<div class=author><img><a
     * class=author__name>A</a><p>bio</p></div><div class=author>…B…</div>"), each of the same tag and first class
     * word ({@link #firstClassWord}: a co-authors plugin adds each writer's index and slug after it), and
     * the first box's name is only the first writer. The boxes are the only children of their holder, at most
     * {@value #MAX_AUTHOR_BOXES}; each names one person in an element of the name's own tag and class, and none
     * holds a heading or a time (a teaser's headline and date: a row of story cards is no writers' row), or a word of
     * another role's credit ("Photos", "Reviewed by", "Editor": {@link StatedAuthors#mayCreditOtherWork}). Empty
     * when the byline element stands in no such row.
     */
    static List<String> namesOfTwinBoxes(Element name, String first, java.util.function.Function<Element, List<String>> reader) {
        if (name.className().isEmpty()) {
            return List.of();
        }
        int levels = 0;
        for (Element box = name; box != null; box = box.parent()) {
            Element holder = box.parent();
            if (holder == null || ++levels > MAX_BOX_LEVELS) {
                return List.of();
            }
            if (box.className().isEmpty() || holder.childrenSize() < 2) {
                continue;
            }
            if (holder.childrenSize() > MAX_AUTHOR_BOXES) {
                if (hasTwin(box)) {
                    return List.of(); // a list of many of its kind: a staff page's, a row of cards
                }
                continue;
            }
            List<String> raw = new ArrayList<>();
            for (Element twin : holder.children()) {
                if (!twin.normalName().equals(box.normalName()) || !firstClassWord(twin).equals(firstClassWord(box))) {
                    raw = null;
                    break;
                }
                if (StatedAuthors.mayCreditOtherWork(BylineText.leadingText(twin, MAX_AUTHOR_BOX_CHARS, MAX_AUTHOR_BOX_ELEMENTS))) {
                    raw = null; // "Photos", "Reviewed by", "Editor": a box for who did other work than the writing
                    break;
                }
                String named = twin == box ? first : boxedName(twin, name, reader);
                if (named == null) {
                    raw = null;
                    break;
                }
                raw.add(named);
            }
            if (raw == null) {
                continue;
            }
            List<String> names = AuthorNames.clean(raw);
            return names.size() == raw.size() && names.stream().allMatch(AuthorNames::isPersonName) ? names : List.of();
        }
        return List.of();
    }

    /**
     * The first word of an element's class: the component's own class, which a template writes first, before the
     * modifiers it adds per item ("pp-multiple-authors-boxes-li author_index_0 author_jane-doe" beside "…-li
     * author_index_1 author_john-roe"): items of one list share it.
     */
    private static String firstClassWord(Element e) {
        String c = e.className().strip();
        int blank = c.indexOf(' ');
        return blank < 0 ? c : c.substring(0, blank);
    }

    /**
     * The one name a twin box shows in the element of the name's tag and class, read as the byline element was;
     * null when it shows none or several, or holds a heading or a time.
     */
    private static String boxedName(Element twin, Element name, java.util.function.Function<Element, List<String>> reader) {
        String found = null;
        int read = 0;
        for (Element el : twin.getAllElements()) {
            if (++read > MAX_AUTHOR_BOX_ELEMENTS) {
                return null;
            }
            String tag = el.normalName();
            if (tag.equals("time") || tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1))) {
                return null;
            }
            if (found == null && tag.equals(name.normalName()) && el.className().equals(name.className())) {
                List<String> names = reader.apply(el);
                if (names.size() != 1) {
                    return null;
                }
                found = names.get(0);
            }
        }
        return found;
    }

    /** The images of an author element: one picture for each of a few authors. */
    private static final Evaluator IMAGE_WITH_ALT = QueryParser.parse("img[alt]");

    /**
     * The alt texts of the pictures an author element shows instead of a written name (co-authors'
     * avatars side by side), those written as a person's name ("Jane Doe"), joined by commas; "" when
     * none. A site's logo or an empty alt names no one.
     */
    private static String imageOnlyName(Element e) {
        StringBuilder names = new StringBuilder();
        int read = 0;
        for (Element img : e.select(IMAGE_WITH_ALT)) {
            if (++read > MAX_AUTHOR_PICTURES) {
                break;
            }
            String alt = img.attr("alt").strip();
            if (alt.length() <= BylineText.MAX_BYLINE_CHARS && (AuthorNames.isPersonName(alt) || AuthorNames.isCaselessName(alt))) {
                names.append(names.isEmpty() ? "" : ", ").append(alt);
            }
        }
        return names.toString();
    }

    /** Pictures read in one author element: co-authors' avatars side by side, a few of them. */
    private static final int MAX_AUTHOR_PICTURES = 4;

    /**
     * True when the text is only a label that a name follows: a lead-in ("By", "Written by:"), a lead
     * word alone in any case (tagDiv's "<div class=td-author-by>Di</div>", which would otherwise read
     * as a surname), or an author box's heading that names no one ("About the author",
     * "この記事を書いた人"). Such a text is never the name itself.
     */
    private static boolean isLabelOnly(String t) {
        return AuthorNames.isLeadInOnly(t) || BylineLeads.isLeadWord(t) || AuthorBox.isAuthorBoxLabel(t);
    }

    /**
     * The part of a byline classed as the author's name: hCard's "fn" (formatted name), "name",
     * "author-name" (or "author_name", as JNews's author box writes it), Spanish "nombre", Italian and Portuguese "nome" (a publication's "site-name" is not one).
     */
    private static final Evaluator NAME_PART = QueryParser.parse(
            ".fn, .name, [class*=author-name], [class*=author__name], [class*=author_name], [class*=authorname], [class*=nombre], [class*=nome]");

    /** Name parts looked for in a byline: one is its name, two or more its co-authors. */
    private static final int MAX_NAME_PARTS = 2;

    /**
     * The text of the one element of the byline classed as the name, when the byline's text opens
     * with it and goes on with something else: the place or role the theme sets beside the name in
     * an element of its own ("María Gil Sevilla" is "María Gil" and her city). Null when the byline
     * has no such part, or several (co-authors), or is the name alone.
     */
    private static String namePart(Element byline, String text) {
        Element found = null;
        int seen = 0;
        for (Element part : byline.select(NAME_PART)) {
            if (part == byline) {
                continue;
            }
            if (++seen >= MAX_NAME_PARTS) {
                return null;
            }
            found = part;
        }
        if (found == null) {
            return null;
        }
        String name = BylineText.spacedText(found);
        return !name.isEmpty() && name.length() < text.length() && text.startsWith(name) ? name : null;
    }

    /**
     * True when the element is a link to the site's home page in the site's chrome (a masthead outside
     * the article): the site's title, which Jekyll's default theme marks {@code rel=author} as the
     * site's owner, not this post's byline.
     */
    private static boolean isMastheadHomeLink(Element e) {
        if (!e.normalName().equals("a") || e.closest(PageRegions.SITE_CHROME) == null) {
            return false;
        }
        String href = e.attr("href").strip();
        if (href.equals("/") || href.equals("./")) {
            return true;
        }
        try {
            java.net.URI uri = new java.net.URI(LinkResolver.absUrl(e, "href"));
            return uri.getHost() != null && (uri.getPath() == null || uri.getPath().isEmpty() || uri.getPath().equals("/"))
                    && uri.getQuery() == null && uri.getFragment() == null;
        } catch (java.net.URISyntaxException bad) {
            return false;
        }
    }

    /**
     * Class words of another story's teaser ("teaser", "related", "recommended"): a byline in a box so
     * named, which also links elsewhere, credits that story's writer.
     */
    private static final Set<String> TEASER_WORDS = Set.of("teaser", "related", "recommended");

    /** Levels climbed from a byline for a teaser's box: the byline, its line, the teaser, its list. */
    private static final int TEASER_LEVELS = 4;

    /** What splits a class into its words: "teaser__author", "jp-relatedposts". */
    private static final Pattern CLASS_WORD_BREAK = Pattern.compile("[^\\p{L}\\p{N}]+");

    /**
     * True when the byline sits, within {@value #TEASER_LEVELS} levels, in an element whose class names
     * another story's teaser ({@link #TEASER_WORDS}) and that holds a link outside the byline (the
     * teaser's headline): "<article class=teaser><a><h3>Other story</h3></a><span class=teaser__author>".
     */
    private static boolean inOtherStorysTeaser(Element byline) {
        Element up = byline;
        for (int level = 0; level < TEASER_LEVELS && up != null && !up.normalName().equals("body"); level++, up = up.parent()) {
            String cls = up.className();
            if (cls.isEmpty() || cls.length() > MAX_CLASS_CHARS) {
                continue;
            }
            for (String word : CLASS_WORD_BREAK.split(cls.toLowerCase(java.util.Locale.ROOT))) {
                if (TEASER_WORDS.contains(word)) {
                    if (holdsOtherLink(up, byline)) {
                        return true;
                    }
                    break; // the byline's own "teaser__author" holds no link: its teaser, further up, does
                }
            }
        }
        return false;
    }

    /** Words at least of a link's text for it to be a story's headline: a section ("Local News") or "3 comments" is shorter. */
    static final int MIN_HEADLINE_LINK_WORDS = 4;

    /**
     * True when the byline's line or the box around it (up to {@value #TEASER_LEVELS} levels) sets a link to a
     * headline before it, and holds no {@code h1}: a card of another story, its headline then its writer
     * ("<div class=card><a href=/t/1>El Valencia ficha a un central para enero</a><span>Por Pablo Ortiz</span>"),
     * whatever the theme names the card, when a twin of the card stands beside it (a list of cards). The story's own
     * header holds its {@code h1}, or its headline linked to itself, and stands alone; a section or a category link
     * before the byline is a word or two.
     */
    private static boolean underOtherStorysHeadline(Element byline) {
        org.jsoup.nodes.Document doc = byline.ownerDocument();
        String pageTitle = doc == null ? "" : doc.title();
        Element up = byline.parent();
        for (int level = 1; level < TEASER_LEVELS && up != null && !up.normalName().equals("body") && !up.normalName().equals("article")
                && !up.normalName().equals("main"); level++, up = up.parent()) {
            int[] read = {0};
            int[] otherText = {0};
            boolean[] headline = {false};
            boolean[] ownHeadline = {false};
            org.jsoup.select.NodeTraversor.filter(new org.jsoup.select.NodeFilter() {
                @Override
                public FilterResult head(Node node, int depth) {
                    if (!(node instanceof Element el)) {
                        if (node instanceof TextNode text && node.parent() instanceof Element parent && parent.closest(PageRegions.LINK) == null) {
                            otherText[0] += text.getWholeText().strip().length();
                            if (otherText[0] > (headline[0] ? MAX_CARD_TEXT_CHARS : MAX_CARD_KICKER_CHARS)) {
                                return FilterResult.STOP; // text before any headline link, or a long text after it: a story's paragraphs
                            }
                        }
                        return FilterResult.CONTINUE;
                    }
                    if (el == byline || ++read[0] > MAX_TEASER_ELEMENTS) {
                        return FilterResult.STOP; // only what comes before the byline is the card's headline
                    }
                    if (el.normalName().equals("h1")) {
                        ownHeadline[0] = true;
                        return FilterResult.STOP;
                    }
                    if (el.normalName().equals("a") && el.hasAttr("href") && !el.hasAttr("rel") && linksToStory(el) && !holds(el, byline)) {
                        String words = BylineText.leadingText(el, 200).strip();
                        if (Words.of(words).size() >= MIN_HEADLINE_LINK_WORDS && !pageTitle.contains(words)) {
                            headline[0] = true; // a headline, not the page's own linked to itself ("<h2><a href=permalink>Title</a></h2>")
                        }
                    }
                    return FilterResult.CONTINUE;
                }

                @Override
                public FilterResult tail(Node node, int depth) {
                    return FilterResult.CONTINUE;
                }
            }, up);
            if (ownHeadline[0] || read[0] > MAX_TEASER_ELEMENTS || otherText[0] > (headline[0] ? MAX_CARD_TEXT_CHARS : MAX_CARD_KICKER_CHARS)) {
                return false; // the story's header, or its text with a "Read also" link in it: no card
            }
            if (headline[0]) {
                return (hasTwin(up) || level == 1 && inFlatListOfItems(byline, pageTitle)) && up.selectFirst("h1") == null;
            }
        }
        return false;
    }

    /** True when the byline is inside the link: the writer's own profile link, not a headline beside it. */
    private static boolean holds(Element link, Element byline) {
        for (Element up = byline.parent(); up != null; up = up.parent()) {
            if (up == link) {
                return true;
            }
        }
        return false;
    }

    /** Siblings read on each side of a card for its twin: a list of teasers sets them side by side. */
    private static final int MAX_TWIN_SIBLINGS = 12;

    /**
     * True when a sibling of the box is of its kind (the same tag and class): cards come in lists, one
     * per story; the story's own header stands alone.
     */
    private static boolean hasTwin(Element box) {
        String name = box.normalName();
        String cls = box.className();
        Element prev = box.previousElementSibling();
        Element next = box.nextElementSibling();
        for (int i = 0; i < MAX_TWIN_SIBLINGS && (prev != null || next != null); i++) {
            if (prev != null) {
                if (prev.normalName().equals(name) && prev.className().equals(cls)) {
                    return true;
                }
                prev = prev.previousElementSibling();
            }
            if (next != null) {
                if (next.normalName().equals(name) && next.className().equals(cls)) {
                    return true;
                }
                next = next.nextElementSibling();
            }
        }
        return false;
    }

    /**
     * True when the byline's siblings hold a twin of it (the same tag and class) and two links to headlines or more:
     * the items of a flat list, a ticker's "<a>headline</a><span>Por X · hace 2 horas</span><a>headline</a><span>Por Y
     * · …</span>", with no card around each. Read among the byline's {@value #MAX_TWIN_SIBLINGS} siblings on each side.
     */
    private static boolean inFlatListOfItems(Element byline, String pageTitle) {
        boolean twin = false;
        int headlines = 0;
        for (int side = 0; side < 2; side++) {
            int read = 0;
            for (Element s = side == 0 ? byline.nextElementSibling() : byline.previousElementSibling(); s != null && read++ < MAX_TWIN_SIBLINGS;
                    s = side == 0 ? s.nextElementSibling() : s.previousElementSibling()) {
                twin |= s.normalName().equals(byline.normalName()) && s.className().equals(byline.className());
                if (s.normalName().equals("a") && s.hasAttr("href") && linksToStory(s)) {
                    String words = BylineText.leadingText(s, 200).strip();
                    if (Words.of(words).size() >= MIN_HEADLINE_LINK_WORDS && !pageTitle.contains(words)) {
                        headlines++;
                    }
                }
            }
        }
        return twin && headlines >= 2;
    }

    /** Characters at most of a card's text before its headline link: a kicker ("Lo más visto", "Politics"), not a paragraph. */
    private static final int MAX_CARD_KICKER_CHARS = 40;

    /** Characters at most of a card's text outside links before its byline: a kicker and a summary, not paragraphs of a story. */
    private static final int MAX_CARD_TEXT_CHARS = 300;

    /**
     * True when the link's path looks like a story's, not a site's or a section's front: two segments or more
     * ("/t/1", "/2026/12/04/slug"), or a slug of three words or more ("/valencia-abre-el-carril").
     */
    private static boolean linksToStory(Element a) {
        String path = a.attr("href");
        int query = path.indexOf('?');
        path = SCHEME_AND_HOST.matcher(query < 0 ? path : path.substring(0, query)).replaceFirst("");
        String[] segments = SLASHES.split(EDGE_SLASHES.matcher(path).replaceAll(""));
        if (segments.length >= 2) {
            return true;
        }
        return segments.length == 1 && SLUG_JOINERS.split(segments[0]).length >= 3;
    }

    /** An absolute address's scheme and host ("https://example.com"), cut off before {@link #linksToStory} reads the path. */
    private static final Pattern SCHEME_AND_HOST = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://[^/]*");

    /** The slashes at either end of a path, cut off before it is parted into its segments. */
    private static final Pattern EDGE_SLASHES = Pattern.compile("^/+|/+$");

    /** The slashes between a path's segments. */
    private static final Pattern SLASHES = Pattern.compile("/+");

    /** The hyphens and underscores between a slug's words. */
    private static final Pattern SLUG_JOINERS = Pattern.compile("[-_]");

    /** Elements read in a teaser's box for its link: a teaser or a short list holds a few dozen. */
    private static final int MAX_TEASER_ELEMENTS = 200;

    /**
     * True when the box holds, among its first {@value #MAX_TEASER_ELEMENTS} elements, a link (no
     * {@code rel}) outside the byline: the teaser's headline.
     */
    private static boolean holdsOtherLink(Element box, Element byline) {
        boolean[] found = {false};
        int[] read = {0};
        org.jsoup.select.NodeTraversor.filter(new org.jsoup.select.NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element el)) {
                    return FilterResult.CONTINUE;
                }
                if (el == byline) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (el.normalName().equals("a") && el.hasAttr("href") && !el.hasAttr("rel")) {
                    found[0] = true;
                    return FilterResult.STOP;
                }
                return ++read[0] > MAX_TEASER_ELEMENTS ? FilterResult.STOP : FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, box);
        return found[0];
    }

    /** A class read for teaser words at most this long: megabyte attributes are no theme's names. */
    private static final int MAX_CLASS_CHARS = 200;

    /** True when the text just before the element credits a theme or the CMS: "Theme: X by <a>Maker</a>". */
    private static boolean creditedByTheme(Element e) {
        return e.previousSibling() instanceof TextNode before && AuthorNames.isThemeCredit(before.getWholeText());
    }

    /**
     * The element that holds the value of a label set on a line of its own: the block (or {@code dt})
     * whose text is only the label is followed, with nothing written between, by the element that
     * holds the name ("<div>Autorin</div><div>Jane Doe</div>", "<dt>Author</dt><dd>Jane Doe</dd>").
     * Null when the label or what follows it is inline (the name is then beside the label, in their
     * parent's line) or when nothing short follows.
     */
    private static Element labelledValue(Element label) {
        if (!label.isBlock() && !label.normalName().equals("dt")) {
            return null;
        }
        for (Node n = label.nextSibling(); n != null; n = n.nextSibling()) {
            if (n instanceof TextNode tn) {
                if (!tn.isBlank()) {
                    return null;
                }
            } else if (n instanceof Element value) {
                if (!value.isBlock() && !value.normalName().equals("dd")) {
                    return null; // "<div>By</div><a>Jane Doe</a>": the name runs on in the label's line
                }
                String t = value.text();
                return t.isEmpty() || t.length() > BylineText.MAX_BYLINE_CHARS ? null : value;
            }
        }
        return null;
    }

    /** Block elements a signature sets its lines in, one line each. */
    private static final Set<String> LINE_BLOCKS = Set.of("p", "div");

    /** Bold elements a signature sets its name in. */
    private static final Set<String> BOLD = Set.of("strong", "b");

    /**
     * The name a signature block sets in bold, alone in its first line, over the signer's role in the lines after
     * ("<p><strong>Claire Dumas</strong></p><p><em>Maire de Villers-sur-Authie, ...</em></p>", as op-eds and readers'
     * letters close): the bold text, when the block's children are two or more paragraphs or divisions and the first holds
     * the bold element alone. Null otherwise.
     */
    private static String boldNameParagraph(Element e) {
        Element first = e.firstElementChild();
        if (first == null || e.childrenSize() < 2 || !LINE_BLOCKS.contains(first.normalName()) || first.childrenSize() != 1
                || !LINE_BLOCKS.contains(first.nextElementSibling().normalName())) {
            return null;
        }
        Element bold = first.firstElementChild();
        if (!BOLD.contains(bold.normalName())) {
            return null;
        }
        String name = BylineText.spacedText(bold);
        return !name.isEmpty() && name.length() <= BylineText.MAX_BYLINE_CHARS && name.equals(BylineText.spacedText(first)) ? name : null;
    }

    /**
     * The text of the element before its first line break, when a break follows some text: a
     * byline's name on one line, the author's role or employer on the next. Empty when there is no
     * such break.
     */
    private static String firstLine(Element e) {
        return e.selectFirst(LINE_BREAK) == null ? "" : BylineText.spacedText(e, true);
    }

    /**
     * The names a byline sets in their own elements after a lead-in text: "By <span>Jane Doe</span>",
     * "Written by <a>Jane Doe</a> and <a>John Roe</a> in <a>Politics</a>". What follows the names
     * (a section, a date, an affiliation in its own block) is left out. Empty when the byline is not
     * written so.
     */
    static String namesAfterLead(Element byline) {
        for (Element holder : (Iterable<Element>) byline.stream().limit(MAX_BYLINE_ELEMENTS)::iterator) {
            for (Node child : holder.childNodes()) {
                boolean leadElement = child instanceof Element el && el.childrenSize() == 0 && !el.normalName().equals("a")
                        && BylineLeads.isLeadWord(el.text()); // "<div class=td-author-by>Di</div> <a>Name</a>"
                if (!leadElement && (!(child instanceof TextNode lead) || lead.isBlank()
                        || !(AuthorNames.isLeadInOnly(lead.getWholeText()) || closesWithLeadBeforeElement(lead))
                        || PHOTO_LEAD.matcher(lead.getWholeText()).lookingAt())) {
                    continue;
                }
                StringBuilder names = new StringBuilder();
                for (Node n = child.nextSibling(); n != null; n = n.nextSibling()) {
                    if (n instanceof Element el) {
                        if (el.isBlock() || el.normalName().equals("br") || el.normalName().equals("time")) {
                            break;
                        }
                        if (BylineText.namesAffiliation(el)) {
                            continue; // "By <a class=fn>Jane Doe</a>, <span class=org>Daily</span>": where she works
                        }
                        if (!names.isEmpty() && names.charAt(names.length() - 1) != ' ') {
                            names.append(' ');
                        }
                        names.append(BylineText.spacedText(el));
                    } else if (n instanceof TextNode between) {
                        if (!NAME_JOINER.matcher(between.getWholeText()).matches()) {
                            break;
                        }
                        if (!between.isBlank()) {
                            names.append(", ");
                        } else if (!names.isEmpty() && !names.toString().endsWith(", ")) {
                            names.append(' ');
                        }
                    }
                }
                return Blanks.collapsed(names).trim();
            }
        }
        return "";
    }

    /** "Posted on June 3, 2024 by " followed by the name's element: the blog themes' byline. */
    private static boolean closesWithLeadBeforeElement(TextNode text) {
        return text.nextSibling() instanceof Element && BylineLeads.closesWithLead(text.getWholeText())
                && !AuthorNames.isThemeText(text.getWholeText()); // "Powered by <a>...</a>": the CMS, not a writer
    }

    /**
     * The written byline inside a longer block: the first child text that opens like a byline, with
     * the inline elements after it, up to the next block element or line break. A run too long for a
     * byline whose lead's field ends at a field separator is that field: the fields after it are the
     * line's dates ("Door Jan de Vries · Gepubliceerd: ..., laatst gewijzigd: ...").
     */
    private static String bylineRun(Element holder) {
        for (Node child : holder.childNodes()) {
            if (child instanceof TextNode lead && PageScan.startsLikeByline(lead.getWholeText())) {
                StringBuilder run = new StringBuilder(lead.getWholeText());
                for (Node n = child.nextSibling(); n != null && run.length() <= BylineText.MAX_BYLINE_CHARS; n = n.nextSibling()) {
                    if (n instanceof Element el && (el.isBlock() || el.normalName().equals("br"))) {
                        break;
                    }
                    String part = n instanceof TextNode tn ? tn.getWholeText() : n instanceof Element el ? BylineText.spacedText(el) : "";
                    if (run.length() + 1 + part.strip().length() > BylineText.MAX_BYLINE_CHARS && !Blanks.collapsed(run).isBlank()
                            && n instanceof Element) {
                        break; // "Par Claire Fabre, le 3 février 2026 <em>(Mis à jour le 4 février ...)</em>": the aside after the line is not the byline
                    }
                    run.append(' ').append(part);
                }
                String line = Blanks.collapsed(run).trim();
                String field = BylineLeads.beforeSeparator(line).strip();
                boolean signOff = field.startsWith("(");
                if (signOff) {
                    field = field.substring(1).strip(); // "(Reporting by A in London; Editing by B)": the wires set their sign-off in parentheses
                }
                int semicolon = field.indexOf(';');
                if (semicolon > 0) {
                    String rest = field.substring(semicolon + 1);
                    field = field.substring(0, semicolon).strip(); // "Reporting by … in London; Editing by …": the wires part their credits so
                    field = SIGN_OFF_PLACE.matcher(field).replaceAll(""); // "A in London and B in Dubai": where each filed from, not their names
                    Matcher writer = SIGN_OFF_WRITER.matcher(rest);
                    while (writer.find() && BylineLeads.opensCreditedByline(field)) {
                        field = field + " and " + writer.group(1).strip(); // "; Writing by C;": the writer who put the reporters' copy together
                    }
                }
                return (line.length() > BylineText.MAX_BYLINE_CHARS || signOff) && field.length() < line.length()
                        && BylineLeads.opensCreditedByline(field) ? field : line; // "Door X · Gepubliceerd: 2 december 2026, laatst gewijzigd: ...": the lead's field
            }
        }
        return "";
    }

    /**
     * The writer's credit in a wire's sign-off after its reporters' ("Reporting by A in London; Writing by C;
     * Editing by D"): the correspondent who wrote the story from the reporters' files is its author as they
     * are; the editor is not. The name runs to the next semicolon or the closing parenthesis.
     */
    private static final Pattern SIGN_OFF_WRITER = Pattern.compile("(?iu)(?:^|;)\\s*(?:writing|written) by\\s+([^;()]{3,60})");

    /**
     * Where a reporter filed from in a wire's sign-off, after the name: "in" and a capitalised place of a word
     * or two, before "and", a comma or the end ("Reporting by A in London and B in Rio de Janeiro").
     */
    private static final Pattern SIGN_OFF_PLACE = Pattern.compile("\\s+in\\s+\\p{Lu}[\\p{L}.'-]*(?:\\s+(?:de\\s+)?\\p{Lu}[\\p{L}.'-]*)?(?=\\s+and\\s|\\s*,|\\s*$)");

    private VisibleBylines() {
    }

    /**
     * True when what comes right before the element in its line (past blanks and punctuation) names
     * a news agency: "<a>PTI, </a><span>Lisbon, </span>", the wire's "AGENCY, Place" dateline set in
     * two elements.
     */
    private static boolean followsAgency(Element e) {
        Node prev = e.previousSibling();
        while (prev instanceof TextNode t && AGENCY_DATELINE_GAP.matcher(t.getWholeText()).matches()) {
            prev = prev.previousSibling();
        }
        String text = prev instanceof Element el ? el.text() : prev instanceof TextNode t ? t.getWholeText() : null;
        if (text == null || text.length() > BylineText.MAX_BYLINE_CHARS) {
            return false;
        }
        String name = AuthorNames.organisation(text);
        return name != null && NewsAgencies.isAgency(name);
    }

    /** What may stand between an agency and its dateline's place: blanks and a comma. */
    private static final Pattern AGENCY_DATELINE_GAP = Pattern.compile("[\\s,]*");
}
