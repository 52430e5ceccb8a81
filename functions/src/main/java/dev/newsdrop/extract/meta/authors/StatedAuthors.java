package dev.newsdrop.extract.meta.authors;

import dev.newsdrop.extract.meta.ComparisonKey;
import dev.newsdrop.extract.meta.JsonLdFacts;
import dev.newsdrop.extract.meta.MetaTags;
import dev.newsdrop.extract.meta.PageRegions;
import dev.newsdrop.extract.meta.PageScan;
import dev.newsdrop.extract.text.NewsAgencies;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The authors the page's metadata states: JSON-LD and the author meta tags, completed or pruned by
 * what the page shows (a byline listing more co-authors, a photographer's credit), the Twitter card's
 * "Written by", and the organisation that signs when no person is named.
 */
final class StatedAuthors {

    /**
     * Meta names that carry author names (some sites put profile URLs there; those are refused). Dublin Core's creator
     * is written "dc.creator" in HTML meta names and "dc:creator" as an RDFa property, as is the DCMI terms' one.
     */
    private static final List<String> AUTHOR_META = List.of(
            "author", "article:author", "byl", "sailthru.author", "parsely-author", "dc.creator",
            "citation_author", "article.author", "cxenseparse:author", "dcterms.creator", "og:article:author",
            "article:author_name", "dc:creator", "dcterms:creator");

    /** Meta names of the copyright notice, which names the owning company. */
    static final List<String> COPYRIGHT_META = List.of("copyright", "dcterms.rightsholder", "dc.rights");

    /** Profile links in author meta tags. */
    private static final Pattern URL_LIKE = Pattern.compile("^(?:https?:)?//|^www\\.|\\.(?:com|org|net)/", Pattern.CASE_INSENSITIVE);

    /** Several profile URLs in one author tag are separated by commas or spaces. */
    private static final Pattern PROFILE_SEPARATOR = Pattern.compile("[,\\s]+");

    /**
     * What the page's author statements say.
     *
     * @param raw      the JSON-LD authors, then the author meta tags' values, as written
     * @param profiles the profile addresses among them ({@code article:author}, a JSON-LD author URL)
     * @param names    the cleaned names of the JSON-LD, or of the meta tags when they name more of
     *                 the same authors or JSON-LD names none
     * @param agencies the agencies the cleaning found beside those names
     */
    record Statements(List<String> raw, List<String> profiles, List<String> names, List<String> agencies) {
    }

    /**
     * The page's JSON-LD and meta tag statements of its authors. A statement that is the
     * publication's own name whole ({@code publications}: the site's and the publisher's names,
     * null when unknown) is kept as written but not cleaned into names: a blog's title in the author
     * tag ("Crumb and Crust") would be split at its "and" into two "names".
     */
    static Statements read(MetaTags meta, JsonLdFacts ld, String... publications) {
        List<String> fromMeta = new ArrayList<>();
        List<String> profiles = new ArrayList<>();
        String software = softwareName(meta.first("generator"));
        for (String name : AUTHOR_META) {
            for (String v : meta.all(name)) {
                if (software != null && namesSoftwareMakers(v, software)) {
                    continue; // "Discuz! Team and Comsenz UI Team" beside generator "Discuz! X3.5": the theme's makers, on every site of the CMS
                }
                if (!URL_LIKE.matcher(v).find()) {
                    fromMeta.add(v);
                } else {
                    profiles.addAll(List.of(PROFILE_SEPARATOR.split(v)));
                }
            }
        }
        for (String a : ld.authors) {
            if (URL_LIKE.matcher(a).find()) {
                profiles.add(a.trim()); // "author": "https://site/author/jane/": a profile, as article:author gives
            }
        }
        List<String> ldAgencies = new ArrayList<>();
        List<String> metaAgencies = new ArrayList<>();
        List<String> names = AuthorNames.clean(withoutPublications(ld.authors, publications), ldAgencies);
        List<String> metaNames;
        if (fromMeta.equals(ld.authors)) { // Yoast and others state the same names in both: cleaned once
            metaNames = new ArrayList<>(names);
            metaAgencies.addAll(ldAgencies);
        } else {
            metaNames = AuthorNames.clean(withoutPublications(fromMeta, publications), metaAgencies);
        }
        if (names.isEmpty() || (metaNames.size() > names.size() && AuthorNames.keys(metaNames).containsAll(AuthorNames.keys(names)))) {
            names = metaNames; // JSON-LD often credits only the first of the authors the meta tags list
            ldAgencies = metaAgencies;
        }
        names = LegalForms.withLegalForms(names, ld.organisationAuthors); // "Halvern Biotherapeutics, Inc.": the company's form, no degree
        List<String> agencies = new ArrayList<>(ldAgencies);
        agencies.addAll(metaAgencies);
        List<String> raw = new ArrayList<>(ld.authors);
        raw.addAll(fromMeta);
        return new Statements(raw, profiles, names, agencies);
    }

    /**
     * Words that name the makers of a piece of software rather than a person, as a CMS's theme writes
     * them into its author meta tag after the product's name: "Discuz! Team", "X Development Team",
     * "X Developers", "X Project", "X Inc.".
     */
    private static final Pattern SOFTWARE_MAKER_WORDS = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:team|teams|developers?|development|project|community|group|inc|ltd|gmbh)(?![\\p{L}])");

    /** The product's name that opens a generator meta tag ("Discuz! X3.5", "Joomla! - Open Source ..."): its first word's letters. */
    private static final Pattern SOFTWARE_NAME = Pattern.compile("^\\s*([\\p{L}][\\p{L}\\p{N}]{2,})");

    /** The software the generator meta tag names, lower-cased; null when there is none. */
    private static String softwareName(String generator) {
        if (generator == null || generator.isBlank()) {
            return null;
        }
        Matcher m = SOFTWARE_NAME.matcher(generator);
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
    }

    /**
     * True when an author meta tag names the makers of the software the generator tag names: the product's
     * name as a word of it, and a word of {@link #SOFTWARE_MAKER_WORDS} ("Discuz! Team and Comsenz UI Team"
     * beside "Discuz! X3.5"). The theme ships the tag so, the same on every site of the CMS: no writer. A
     * person who shares the product's name ("Hugo Martin" beside "Hugo 0.120") has no such word.
     */
    static boolean namesSoftwareMakers(String author, String software) {
        String a = author.toLowerCase(Locale.ROOT);
        int at = a.indexOf(software);
        while (at >= 0) {
            int end = at + software.length();
            boolean word = (at == 0 || !Character.isLetterOrDigit(a.charAt(at - 1)))
                    && (end == a.length() || !Character.isLetterOrDigit(a.charAt(end)));
            if (word) {
                return SOFTWARE_MAKER_WORDS.matcher(author).find();
            }
            at = a.indexOf(software, end);
        }
        return false;
    }

    /** The statements that are not one of the publications' names whole (compared as {@link PublisherNames#publicationKey}). */
    private static List<String> withoutPublications(List<String> statements, String... publications) {
        List<String> keys = new ArrayList<>();
        for (String p : publications) {
            if (p != null && !p.isBlank()) {
                keys.add(PublisherNames.publicationKey(p));
            }
        }
        if (keys.isEmpty() || statements.isEmpty()) {
            return statements;
        }
        return statements.stream().filter(a -> a == null || !keys.contains(PublisherNames.publicationKey(a))).toList();
    }

    /**
     * The labels Yoast and Ghost give the author in their Twitter card ({@code twitter:label1} "Written
     * by", {@code twitter:data1} the name), as their translations write them.
     */
    private static final Pattern WRITTEN_BY_LABEL = Pattern.compile(
            "(?iu)^(?:written by|author|geschrieben von|verfasst von|autor|autorin|écrit par|auteur|escrito por|"
                    + "scritto da|autore|geschreven door|door|skrevet av|skriven av|forfatter|författare|yazar|автор)$");

    /** The card labels looked at: Yoast writes two or three. */
    private static final int MAX_CARD_LABELS = 4;

    /**
     * The stated authors, or the byline's longer list when it holds them all: Ghost's JSON-LD and
     * Twitter card name only a post's primary author, as Yoast's graph does under a co-authors
     * plugin, while the byline links each author's page in one line ("<a>Jane Doe</a>, <a>John
     * Roe</a>"). The byline's links are author links ({@code rel=author}, microdata, or a link to
     * an author's page), each perhaps in a wrapper of its own (hCard's "author vcard"), joined by commas
     * or "and", in an element named as a byline ("byline", "author-name", "entry-meta"); one of them
     * names a stated author. A header element that holds the headline is the story's, not the site's
     * chrome ({@link PageRegions#inSiteChrome}). An author link that stands in no byline line but in one of the
     * author boxes a co-authors plugin sets side by side at the foot, one per writer
     * ({@link VisibleBylines#namesOfTwinBoxes}), gives the boxes' names: the metadata names the post's first author.
     */
    static List<String> withBylineCoAuthors(List<String> stated, PageScan scan, List<String> agencies) {
        Set<String> statedKeys = AuthorNames.keys(stated);
        List<Element> links = new ArrayList<>();
        for (Element e : scan.authorMarkup()) {
            if (e.normalName().equals("a")) {
                links.add(e);
            }
        }
        links.addAll(scan.authorPageLinks());
        if (links.size() < 2) {
            return withBylineLineCoAuthors(stated, statedKeys, scan, agencies);
        }
        Set<Element> authorLinks = null; // each link as its line shows it, wrapper and all: built for the first link that names a stated author
        for (Element link : links) {
            if (!statedKeys.contains(ComparisonKey.of(BylineText.spacedText(link)))) {
                continue; // most author links on a page name other writers: refused before their wrappers are read
            }
            Element line = wrapped(link).parent();
            if (line == null || PageRegions.inSiteChrome(link, scan.firstH1()) || link.closest(PageRegions.BESIDE_ARTICLE) != null) {
                continue;
            }
            if (!PageScan.inBylineLine(line)) {
                List<String> boxed = twinBoxNames(link, stated, statedKeys);
                if (!boxed.isEmpty()) {
                    return boxed;
                }
                continue;
            }
            if (authorLinks == null) {
                authorLinks = Collections.newSetFromMap(new IdentityHashMap<>());
                for (Element l : links) {
                    authorLinks.add(wrapped(l));
                }
            }
            List<String> raw = new ArrayList<>();
            for (Node n : line.childNodes()) {
                if (n instanceof Element el && authorLinks.contains(el)) {
                    raw.add(BylineText.spacedText(el));
                } else if (!(n instanceof TextNode between) || !VisibleBylines.NAME_JOINER.matcher(between.getWholeText()).matches()) {
                    if (!raw.isEmpty()) {
                        break;
                    }
                }
            }
            if (raw.size() <= stated.size()) {
                List<String> boxed = twinBoxNames(link, stated, statedKeys); // "<li class=coauthor-item><a>A</a>…</li><li …>B</li>"
                if (!boxed.isEmpty()) {
                    return boxed;
                }
                continue;
            }
            List<String> names = AuthorNames.clean(raw, new ArrayList<>());
            if (names.size() > stated.size() && AuthorNames.keys(names).containsAll(statedKeys)) {
                return names;
            }
        }
        return withBylineLineCoAuthors(stated, statedKeys, scan, agencies);
    }

    /**
     * The names of the author boxes set side by side, one per writer, that the stated author's link stands in
     * ({@link VisibleBylines#namesOfTwinBoxes}), when they name the stated authors and more; empty otherwise.
     */
    private static List<String> twinBoxNames(Element link, List<String> stated, Set<String> statedKeys) {
        List<String> boxed = VisibleBylines.namesOfTwinBoxes(link, BylineText.spacedText(link),
                other -> AuthorNames.clean(List.of(BylineText.spacedText(other))));
        return boxed.size() > stated.size() && AuthorNames.keys(boxed).containsAll(statedKeys) ? boxed : List.of();
    }

    /** Lines under the headline read for co-authors in their text: the article's own byline comes first. */
    private static final int MAX_CO_AUTHOR_BYLINES = 4;

    /** Nodes read after the page's first h1 for the byline's line: the article's header, not the page. */
    private static final int MAX_HEADER_NODES = 300;

    /** Nodes of one element read for its line: a byline is a lead and a few linked names. */
    private static final int MAX_LINE_NODES = 60;

    /**
     * Punctuation that also sets off a writer's role or employer ("By Jane Doe, Deputy Editor", "By
     * Jane Doe | Sun Sentinel"): a line read for co-authors joins them with "and" words alone.
     */
    private static final Pattern LIST_PUNCTUATION = Pattern.compile("[,;|/،，、]");

    /**
     * "With" in the languages read before a capital, perhaps after a comma: "Par Paul Durand, avec
     * Marie Lefèvre", "By Jane Doe with John Roe" names a companion writer, not a role after the comma;
     * an agency so named ("avec AFP") is no person, and the line's names are refused as they are. "As told to" names the
     * writer who set down the first name's account ("By Dale Kowalczyk, as told to Marisa Oyelaran"): the piece's two
     * authors, the teller first, as the convention credits both.
     */
    private static final Pattern COMPANION = Pattern.compile("(?:\\s*,\\s*|\\s+)(?:with|mit|avec|con|com|met|med|as told to)\\s+(?=\\p{Lu})");

    /** The words of an "as told to" credit after the teller's name, sought before {@link #TELLER_LINE} is asked. */
    private static final String AS_TOLD_TO = ", as told to ";

    /**
     * A byline line that opens with the teller's name, no lead before it, and credits the writer "as told to" ("Callum
     * MacRae, as told to Fiona Dunbar"): the first-person piece's byline, its two authors as {@link #COMPANION} reads
     * them after a lead. Anchored at the line's start: "as told to" inside a sentence is no byline.
     */
    private static final Pattern TELLER_LINE = Pattern.compile("^\\p{Lu}[^,.;:!?]{1,60}, as told to \\p{Lu}");

    /**
     * A date set after the names in the byline's line, past a spaced dash, bar or dot: a separator, a
     * short label at most ("Le", "Updated") and a digit, to the end ("Par X - Le 15/11/2026 à 18:00").
     */
    private static final Pattern DATE_AFTER_SEPARATOR = Pattern.compile("\\s+[-–—|·•]\\s+[^\\d,;|/]{0,16}\\d.*$");

    /** A byline's line is a lead and a few names; longer text is a paragraph or a box. */
    private static final int MAX_CO_AUTHOR_LINE_CHARS = 160;

    /**
     * The stated authors, or the names of the byline's line under the headline when it opens with a
     * byline lead ("By", "Von", "Par") and names them all and more, joined by "and" words ("By Sam
     * Turner and Lily Evans" beside a JSON-LD that names Sam Turner alone): the metadata lists the
     * post's account, the byline each writer. Every name must read as a person's; lines in the site's
     * chrome and beside the article are passed. Only the lines a byline lead opens (not a credit's
     * participle: "Reporting by", "Editing by" sign off a wire story) in the article's header are
     * read (at most {@value #MAX_HEADER_NODES} nodes after the first h1), as the byline sits there: this
     * runs on every page that states its author, and a walk of the whole page would cost every one of them.
     * The news agency such a line names beside the stated authors ("Por Ana Ferreira, com Lusa", "Par A et B
     * (avec AFP)") goes to {@code agencies}: the stated persons wrote it from the agency's copy, as a byline
     * naming the agency beside a person says when no metadata states the authors.
     */
    private static List<String> withBylineLineCoAuthors(List<String> stated, Set<String> statedKeys, PageScan scan, List<String> agencies) {
        Element h1 = scan.firstH1();
        if (h1 == null) {
            return stated;
        }
        int seen = 0;
        int looked = 0;
        Map<String, CleanedLine> cleaned = new HashMap<>(); // each line's text cleaned once: its names and the agencies beside them
        for (Node n = PageScan.nextOutside(h1); n != null && seen++ < MAX_HEADER_NODES; n = PageScan.next(n)) {
            if (!(n instanceof TextNode t) || t.isBlank() || !(BylineLeads.opensByline(t.getWholeText()) || opensWithWriterLabel(t.getWholeText())
                    || t.getWholeText().indexOf(AS_TOLD_TO) > 0)) {
                continue; // most texts are refused on their first word; a wire's sign-off ("Reporting by ... Editing by ...") is no byline
            }
            Element e = lineOf(t);
            if (e == null) {
                continue;
            }
            if (looked++ >= MAX_CO_AUTHOR_BYLINES) {
                break;
            }
            for (Element line = e; line != null; line = line == e ? wrapperLine(t, e) : null) { // the climbed line, then the wrapper the lead fills
                String text = BylineText.firstLine(line, MAX_CO_AUTHOR_LINE_CHARS + 1, MAX_LINE_NODES).strip(); // to its <br>: a second line credits others
                boolean tellerLine = text.indexOf(AS_TOLD_TO) > 0 && TELLER_LINE.matcher(text).lookingAt();
                text = COMPANION.matcher(text).replaceFirst(" & "); // "Par Paul Durand, avec Marie Lefèvre": a companion writer, no role
                text = DATE_AFTER_SEPARATOR.matcher(text).replaceFirst(""); // "... - Le 15/11/2026 à 18:00": the line's date, not a list
                Matcher other = OTHER_CREDIT_AFTER_BAR.matcher(text);
                if (other.find() && mayCreditOtherWork(text.substring(other.end()))) {
                    text = text.substring(0, other.start()); // "Reporter: A, B | Editor: C": the editor's credit after the bar is no writer's
                }
                if (text.length() > MAX_CO_AUTHOR_LINE_CHARS
                        || !tellerLine && !(BylineLeads.mayOpenWithLeadIn(text) && BylineLeads.LEAD_IN.matcher(text).lookingAt())) {
                    continue;
                }
                boolean listed = LIST_PUNCTUATION.matcher(text).find(); // the line's own text first: the regions' selectors climb to the root
                if (listed && agencies == null || line.closest(PageRegions.SITE_CHROME) != null || line.closest(PageRegions.BESIDE_ARTICLE) != null) {
                    continue;
                }
                CleanedLine known = cleaned.get(text); // the wrapper's line, or a second lead in one line, often reads the same
                if (known == null) {
                    List<String> found = new ArrayList<>();
                    known = new CleanedLine(AuthorNames.clean(List.of(text), found), found);
                    cleaned.put(text, known);
                }
                List<String> names = known.names();
                List<String> beside = known.beside();
                if (agencies != null && !beside.isEmpty() && AuthorNames.keys(names).containsAll(statedKeys)) {
                    agencies.addAll(beside); // "Por Ana Ferreira, com Lusa", "Par A et B (avec AFP)" beside a JSON-LD of persons: the copy's source
                    agencies = null;
                }
                if (listed && !commaListed(text, names)) {
                    continue;
                }
                if (names.size() > stated.size() && AuthorNames.keys(names).containsAll(statedKeys)
                        && names.stream().allMatch(name -> AuthorNames.isPersonName(name) || AuthorNames.isCaselessName(name))) {
                    return names; // "كتب: أحمد السيد ومحمود حسن": Arabic names have no capitals, their words alone tell them
                }
            }
        }
        return stated;
    }

    /** A byline line's names as {@link AuthorNames#clean} gives them, and the agencies it names beside them. */
    private record CleanedLine(List<String> names, List<String> beside) {
    }

    /** A writer's label ends within this many characters of its text: "Reporters:", "Texto:". */
    private static final int MAX_LABEL_COLON_AT = 16;

    /**
     * True when the text opens with a writer's label and its colon ("Reporter: Lim Wei Jie, Tan Mei Ling", "Texto:
     * Ana Ruiz", {@link BylineLeads#LEAD_IN}): only texts with a colon near their start are tried on the pattern.
     */
    static boolean opensWithWriterLabel(String text) {
        // the colon found in the text as it stands, after the blanks strip() would cut (every blank it cuts is one char):
        // most texts are refused before a stripped copy is made
        int lead = 0;
        while (lead < text.length() && Character.isWhitespace(text.charAt(lead))) {
            lead++;
        }
        int colon = text.indexOf(':', lead) - lead;
        if (colon <= 0 || colon > MAX_LABEL_COLON_AT) {
            return false;
        }
        String w = text.strip();
        return BylineLeads.mayOpenWithLeadIn(w) && BylineLeads.LEAD_IN.matcher(w).lookingAt();
    }

    /** A bar, a middle dot or a bullet between spaces, before which a credit line's writers' field ends. */
    private static final Pattern OTHER_CREDIT_AFTER_BAR = Pattern.compile("\\s+[|·•]\\s+");

    /**
     * True when a writer's label ("Reporter:", "Texto:") opens the line and it lists its names with commas alone
     * ("Reporter: Lim Wei Jie, Tan Mei Ling"): a labelled field lists its values so, while after "By" a comma sets off
     * the writer's employer or role ("By Jane Doe, Chicago Sun Courier"); each part
     * one of the names read, whole: no part after a comma was a role ("Jane Doe, Deputy Editor", {@link AuthorNames#endsInRole}),
     * an employer or a place the cleaning dropped, so the comma joins co-authors, as the lines of Asian and
     * African English-language papers list them. After "By" (no label) the commas join names only in a serial list
     * closed by the language's "and" ({@link #closedByAnd}: "By A, B and C"), every part a whole person's name.
     */
    private static boolean commaListed(String text, List<String> names) {
        if (text.indexOf(';') >= 0 || text.indexOf('|') >= 0 || text.indexOf('/') >= 0) {
            return false;
        }
        String[] parts = text.split(",");
        boolean labelled = opensWithWriterLabel(text);
        if (parts.length < 2 || names.size() != (labelled ? parts.length : parts.length + 1)) {
            return false;
        }
        if (!labelled && !closedByAnd(parts[parts.length - 1], names.get(names.size() - 2), names.getLast())) {
            return false;
        }
        for (int i = 0; i < names.size(); i++) {
            if (AuthorNames.endsInRole(names.get(i))
                    || i > 0 && i < parts.length && !(!labelled && i == parts.length - 1)
                            && !ComparisonKey.of(parts[i].strip()).equals(ComparisonKey.of(names.get(i)))) {
                return false; // "by Jane Doe, U.S. National Institute of ...": a part the cleaning cut short is no name
            }
        }
        return labelled || names.stream().allMatch(AuthorNames::isPersonName);
    }

    /**
     * The list's "and" in the languages a byline lead is read in, between the last two names of a serial list ("By A, B
     * and C", "Par A, B et C", "Von A, B und C", "Por A, B y C", "di A, B e C"): the conjunction that closes a
     * list of three or more, which a role or an employer after the comma never ends on.
     */
    private static final Pattern LIST_CLOSING_AND = Pattern.compile("(?iu)\\s+(?:and|und|et|y|e|en|og|och|i|&)\\s+");

    /**
     * True when the last comma part of a byline line after a lead ("By A, B and C") is exactly two names the cleaning
     * read, joined by the list's closing "and" ({@link #LIST_CLOSING_AND}): the comma before it then joins names of a
     * serial list, not a writer and a role or an employer ("By Jane Doe, Deputy Editor"; "By Tom Reilly, Health and
     * Science Correspondent", whose last part is no two names).
     */
    private static boolean closedByAnd(String lastPart, String secondLast, String last) {
        Matcher and = LIST_CLOSING_AND.matcher(lastPart.strip());
        if (!and.find()) {
            return false;
        }
        String w = lastPart.strip();
        return ComparisonKey.of(w.substring(0, and.start())).equals(ComparisonKey.of(secondLast))
                && ComparisonKey.of(w.substring(and.end())).equals(ComparisonKey.of(last));
    }

    /** Inline elements a byline's lead may sit in within its line ("<span>By</span> <a>Jane Doe</a>"). */
    private static final Set<String> INLINE_WRAPPERS = Set.of("span", "strong", "b", "em", "i", "small");

    /** Inline wrappers climbed from a lead to its line: a lead is wrapped once or twice, not nested deep. */
    private static final int MAX_WRAPPERS_CLIMBED = 2;

    /**
     * The element holding the line a lead's text opens: its parent, or, when the lead alone is wrapped
     * ("<span>By</span> <a>Jane Doe</a>"), the line past the wrapper or two. Null inside a link.
     */
    private static Element lineOf(TextNode lead) {
        Element e = lead.parent() instanceof Element p ? p : null;
        for (int climbed = 0; e != null && climbed < MAX_WRAPPERS_CLIMBED && INLINE_WRAPPERS.contains(e.normalName())
                && e.parent() != null && e.childNodeSize() == 1; climbed++) {
            e = e.parent();
        }
        return e == null || e.normalName().equals("a") ? null : e;
    }

    /**
     * The inline wrapper a lead's text fills when that text names writers after the lead ("<span class=byline>By A,
     * B and C</span><time>…</time>"): the byline's own line, read when its climbed line ({@link #lineOf}), which
     * also holds the date or the agency, lists no more names. Null when the lead stands alone, or its parent is the line.
     */
    private static Element wrapperLine(TextNode lead, Element line) {
        Element p = lead.parent() instanceof Element e ? e : null;
        if (p == null || p == line || !INLINE_WRAPPERS.contains(p.normalName())) {
            return null;
        }
        String w = lead.getWholeText().strip();
        Matcher m = BylineLeads.LEAD_IN.matcher(w);
        return BylineLeads.mayOpenWithLeadIn(w) && m.lookingAt() && !w.substring(m.end()).isBlank() ? p : null;
    }

    /** Wrappers climbed from an author link to the element that stands for it in the byline's line. */
    private static final int MAX_LINK_WRAPPERS = 2;

    /**
     * The element that stands for an author link in its byline's line: the link, or the wrapper that
     * holds it alone, as the hCard microformat wraps each author ("<span class='author vcard'><a
     * class='url fn n'>Jane Doe</a></span> and <span class='author vcard'>...</span>", WordPress
     * co-author plugins' bylines).
     */
    private static Element wrapped(Element link) {
        Element item = link;
        for (int i = 0; i < MAX_LINK_WRAPPERS; i++) {
            Element up = item.parent();
            if (up == null || up.childrenSize() != 1 || up.childNodeSize() > 3 || !up.text().equals(link.text())) {
                break;
            }
            item = up;
        }
        return item;
    }

    /**
     * The words of a credit for another part of the work than the text: "Photography", "Styled",
     * "Illustration", "Video", "Hair and make-up", as magazines set them beside the writer's "By" (in
     * the languages of {@link BylineLeads}' leads).
     */
    private static final String CONTRIBUTOR_WORDS = "(?:photo|photos|photographs?|photography|photographed|pictures?|images?|illustrations?|illustrated|"
            + "artwork|art|styled|styling|stylist|video|videos|hair|make-?up|grooming|set design|prop styling|fotos?|"
            + "fotografie|fotografía|fotografia|bilder?|beeld|illustration|ilustración|ilustração|"
            // Catalan, Galician and Basque: "Fotografies:", "Imaxes:", "Argazkia:" ("the photograph"), "Argazkiak:"
            + "fotografies|fotografías|imatges|imaxes|argazkia|argazkiak)";

    /** The words that join a {@link #CONTRIBUTOR_WORDS} credit to its name: "by", "von", "par", "por", "di", "de", "door", "av", "af". */
    private static final String CONTRIBUTOR_JOINERS = "(?:by|von|par|por|di|de|door|av|af)";

    /**
     * A byline's lead that credits another part of the work than the text ({@link #CONTRIBUTOR_WORDS}
     * and a joiner: "Photography by", "Styled by"), or an editor's, a reviewer's or a fact-checker's
     * credit ("Edited by", "Medically reviewed by", "Fact-checked by", "Editado por", {@link AuthorNames#EDITORS_CREDIT}).
     */
    private static final Pattern CONTRIBUTOR_LEAD = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:" + CONTRIBUTOR_WORDS + "\\s+(?:and\\s+\\S+\\s+)?" + CONTRIBUTOR_JOINERS + "|" + AuthorNames.EDITORS_CREDIT + ")"
                    + "\\s*:?\\s*$");

    /**
     * The editing's credit as a label with its colon, beside the writer's in a credits line ("Texto: A | Edição: B",
     * "Tekst: A · Eindredactie: B"): English "Editing", "Editor", Portuguese "Edição", Spanish "Edición", Italian
     * "Edizione", French "Édition", Dutch "Eindredactie", Swedish and Norwegian "Redigering", German "Bearbeitung"
     * and "Schlussredaktion". Not the Spanish "Redacción", the Polish "Redakcja" or the German "Redaktion", which
     * before a name credit its writer ({@link BylineLeads}).
     */
    private static final String EDITING_LABELS = "(?:editing|editor|edição|edicao|edición|edicion|edizione|édition|edition"
            + "|eindredactie|redigering|bearbeitung|schlussredaktion)";

    /**
     * A word of {@link #CONTRIBUTOR_WORDS}, {@link #EDITING_LABELS} or {@link AuthorNames#EDITORS_CREDIT} standing as a
     * word anywhere in a text: the text credits a part of the work other than the writing, or may.
     */
    private static final Pattern OTHER_WORK_WORD = Pattern.compile("(?iu)(?<![\\p{L}])(?:" + CONTRIBUTOR_WORDS + "|" + EDITING_LABELS
            + "|" + AuthorNames.EDITORS_CREDIT + ")(?![\\p{L}])");

    /** True when the text names a credit for another part of the work than the writing ({@link #OTHER_WORK_WORD}). */
    static boolean mayCreditOtherWork(String text) {
        return OTHER_WORK_WORD.matcher(text).find();
    }

    /**
     * A credit for another part of the work written out with its name in one text, where a credit
     * opens (the text's start, or after a comma, a semicolon, a middle dot, a bullet, a bar or a dash):
     * "Foto: Mónica Torres", "Image: Jane Roe/Agency", "foto di Stefano Riva" after "Testo di X, ",
     * "Editado por Jorge Castañeda Luna"; after a middle dot, a bullet, a bar or a dash the word alone
     * before a capital ("Door A en B · Beeld Bas Verhoef"). The name runs to the next separator or slash,
     * and opens what follows the credit ("Photos : Olga Kovalenko pour Le Courrier", {@link #textCredits}).
     */
    private static final Pattern TEXT_CREDIT = Pattern.compile(
            "(?iu)(?:^|[,;·•|–—]\\s*|\\s-\\s)(?:" + CONTRIBUTOR_WORDS + "\\s*(?:[:：]|" + CONTRIBUTOR_JOINERS + "\\s)"
                    + "|(?<=[·•|–—]\\s{0,3})" + CONTRIBUTOR_WORDS + "\\s+(?=(?-i:\\p{Lu}))"
                    + "|(?:" + AuthorNames.EDITORS_CREDIT + ")\\s*:?|" + EDITING_LABELS + "\\s*[:：])\\s*([^,;·•|/()\\n]{3,60})");

    /**
     * The most stated authors whose credits are looked for in the page's texts: each short text is
     * compared with every name, and a list longer than a masthead's is no article's byline.
     */
    private static final int MAX_TEXT_CREDIT_NAMES = 20;

    /** The longest text read for a {@link #TEXT_CREDIT}: a caption's or a byline's line, not a paragraph. */
    private static final int MAX_TEXT_CREDIT_CHARS = 200;

    /** Of the text before a credited name's link, the last characters read for the credit's lead. */
    static final int MAX_CREDIT_LEAD_CHARS = 40;

    /**
     * The stated authors without those the page credits only for another part of the work:
     * magazines' JSON-LD lists the photographer and the stylist among the authors, while the byline
     * shows "By <a>Jane Doe</a>", "Photography by <a>John Roe</a>", "Styled by <a>Ann Poe</a>". A
     * person is dropped when a link with the name follows such a lead; the writer, never led so, stays.
     */
    static List<String> withoutContributors(List<String> names, PageScan scan) {
        if (names.size() < 2) {
            return names;
        }
        Set<String> wanted = AuthorNames.keys(names);
        Set<String> contributors = new HashSet<>();
        for (Element a : scan.links()) {
            String text = a.text();
            if (text.isEmpty() || text.length() > BylineText.MAX_BYLINE_CHARS) {
                continue;
            }
            String key = ComparisonKey.of(text);
            int comma = text.indexOf(',');
            if (!wanted.contains(key) && comma > 0) {
                key = ComparisonKey.of(text.substring(0, comma)); // "Dr. Alan Brooks, MD": the name before its degree or role
            }
            if (!wanted.contains(key)) {
                key = ComparisonKey.of(AuthorNames.withoutLeadingDegrees(text)); // "dr Tomasz Lis": the name after its degree
            }
            if (!wanted.contains(key)) {
                continue;
            }
            String before = textBefore(a);
            if (!before.isEmpty() && CONTRIBUTOR_LEAD.matcher(before).find() || roleLabelElementBefore(a) != null) {
                contributors.add(key);
            }
        }
        contributors.addAll(namedWithPictureRole(scan, wanted));
        if (contributors.size() < wanted.size() - 1 && wanted.size() <= MAX_TEXT_CREDIT_NAMES) {
            TextCredits credits = textCredits(scan, wanted); // both readings of the short texts, in one walk
            contributors.addAll(credits.credited());
            if (contributors.size() < wanted.size() - 1) {
                contributors.addAll(credits.translators());
            }
        }
        if (contributors.isEmpty() || contributors.size() >= wanted.size()) {
            return names;
        }
        return names.stream().filter(n -> !contributors.contains(ComparisonKey.of(n))).toList();
    }

    /**
     * What the short texts of the page's body say of the wanted names, read in one walk of them: the names credited
     * in a text of their own for another part of the work than the text ({@link #readCredits}), and the names
     * credited as translators ({@link #readTranslatorCredit}).
     */
    record TextCredits(Set<String> credited, Set<String> translators) {
    }

    /**
     * The keys of the wanted names that the page credits in a text of their own for another part of the
     * work than the text ({@link #TEXT_CREDIT}): a caption's "Foto: Mónica Torres", "Editado por Jorge
     * Castañeda Luna" under the byline, "Testo di A, foto di B". Short texts of the page's body only;
     * a name a short text shows otherwise too (a byline's "A and B, Agency") is a writer who also took
     * the pictures. With them, the keys of the names the page credits as translators ({@link #TRANSLATOR_LEAD}).
     * Each text is stripped and its comparison key taken once for both readings.
     */
    static TextCredits textCredits(PageScan scan, Set<String> wanted) {
        Set<String> credited = new HashSet<>();
        Set<String> shownOtherwise = new HashSet<>();
        Set<String> translators = new HashSet<>();
        Element body = scan.document().body();
        if (body == null) {
            return new TextCredits(credited, translators);
        }
        KeyRows rows = KeyRows.of(wanted);
        ShownTexts.forEach(body, t -> {
            String whole = t.getWholeText();
            String text = whole.strip();
            boolean creditRead = whole.length() <= MAX_TEXT_CREDIT_CHARS && whole.length() > 4;
            boolean translatorRead = text.length() >= 2 && text.length() <= MAX_TEXT_CREDIT_CHARS;
            if (!creditRead && !translatorRead || !rows.mayHold(text)) {
                return; // no wanted name's first three letters in a row in the text: none of the readings below can find one
            }
            String key = ComparisonKey.of(text);
            if (creditRead) {
                String led = whole.length() <= BylineText.MAX_BYLINE_CHARS ? ledByContributorCredit(t, key, wanted) : null;
                if (led != null) {
                    credited.add(led); // "Photography by <span>Tom Reeve</span>": the credit's lead in the text before the name's element
                } else {
                    // a picture's caption credits its photographer ("MAIALEN ANDRES / FOKU"): no writer's byline shows her there
                    readCredits(text, key, wanted, credited, t.parent() instanceof Element p && p.closest(PageRegions.FIGURE) != null
                            ? new HashSet<>() : shownOtherwise);
                }
            }
            if (translatorRead) {
                readTranslatorCredit(t, text, key, wanted, translators);
            }
        });
        credited.removeAll(shownOtherwise);
        return new TextCredits(credited, translators);
    }

    /**
     * False when no wanted key can be part of the text's comparison key ({@link ComparisonKey#of}), nor of the key of
     * any part of it ({@link KeyRows}). Built for one call; {@link #textCredits} builds it once a page.
     */
    static boolean mayHoldKey(String text, Set<String> wanted) {
        return KeyRows.of(wanted).mayHold(text);
    }

    /**
     * The first three characters of the wanted keys, as a gate for ASCII texts: an ASCII text's comparison key, and the
     * key of any part of it, keeps exactly its letters and digits, lower-cased, of a stretch of it, so a text whose key
     * holds a wanted key holds that key's first three characters as three letters or digits in a row (other characters
     * between them skipped). One pass over the text whatever the number of names (a check of every name's whole key
     * made a built page of 20 names and 20,000 texts a third slower). A text with a character beyond ASCII is always
     * read, and so is every text when a wanted key is empty or is ASCII and shorter than three characters. A key with a
     * character beyond ASCII among its first three never meets an ASCII text's key.
     */
    static final class KeyRows {
        /** Letters and digits as ASCII keys hold them: 0 to 35, -1 for any other character. */
        private static final int OTHER = -1;
        private final long[] rows; // null: every text is read

        private KeyRows(long[] rows) {
            this.rows = rows;
        }

        static KeyRows of(Set<String> wanted) {
            long[] rows = new long[(36 * 36 * 36 + 63) / 64];
            for (String w : wanted) {
                if (w.length() < 3) {
                    boolean ascii = true;
                    for (int i = 0; i < w.length(); i++) {
                        ascii &= code(w.charAt(i)) != OTHER;
                    }
                    if (ascii) {
                        return new KeyRows(null); // "" or "jo": any text may hold it
                    }
                    continue;
                }
                int a = code(w.charAt(0));
                int b = code(w.charAt(1));
                int c = code(w.charAt(2));
                if (a == OTHER || b == OTHER || c == OTHER) {
                    continue; // "müller" keys as "muller", "ølstad" keeps its ø: no ASCII text's key holds it
                }
                int row = (a * 36 + b) * 36 + c;
                rows[row >>> 6] |= 1L << row;
            }
            return new KeyRows(rows);
        }

        /** True when the text may hold a wanted key: beyond ASCII, or three letters or digits in a row open one. */
        boolean mayHold(String text) {
            if (rows == null) {
                return true;
            }
            int length = text.length();
            int a = OTHER;
            int b = OTHER;
            for (int i = 0; i < length; i++) {
                char ch = text.charAt(i);
                if (ch >= 0x80) {
                    return true;
                }
                int c = code(ch);
                if (c == OTHER) {
                    continue;
                }
                if (a != OTHER) {
                    int row = (a * 36 + b) * 36 + c;
                    if ((rows[row >>> 6] & 1L << row) != 0) {
                        return true;
                    }
                }
                a = b;
                b = c;
            }
            return false;
        }

        /** An ASCII key's character as 0 to 35 (digits, then letters of either case), or {@link #OTHER}. */
        private static int code(char ch) {
            return ch >= '0' && ch <= '9' ? ch - '0' : ch >= 'a' && ch <= 'z' ? ch - 'a' + 10 : ch >= 'A' && ch <= 'Z' ? ch - 'A' + 10 : OTHER;
        }
    }

    /**
     * The key of a wanted name that is the whole text (its element's or after the lead in the same element) and
     * follows a lead crediting another part of the work ({@link #CONTRIBUTOR_LEAD}): "Photography by <span>Tom
     * Reeve</span>", "<b>Fotos von</b> Nina Frei", as magazines' credit blocks set a name apart from its label without
     * linking it (a link so led is read by {@link #withoutContributors}). Null otherwise.
     */
    private static String ledByContributorCredit(TextNode t, String key, Set<String> wanted) {
        if (key.isEmpty() || !wanted.contains(key)) {
            key = ComparisonKey.of(beforeAgencySlash(t.getWholeText()));
            if (key.isEmpty() || !wanted.contains(key)) {
                return null;
            }
        }
        String before = textBeforeNode(t);
        if (before.isBlank() && t.parent() instanceof Element e) {
            before = textBefore(e);
        }
        return !before.isBlank() && (CONTRIBUTOR_LEAD.matcher(before).find() || roleLabelElementBefore(t) != null) ? key : null;
    }

    /** The agency a picture credit names after the photographer and a slash is this long at most: "Foku", "EFE", "Europa Press". */
    private static final int MAX_PICTURE_AGENCY_CHARS = 24;

    /**
     * The name before the slash of a picture credit's text that names the photographer's agency after it ("Maialen Andres
     * / Foku", "Ana López/EFE"), as picture credits are typeset; the empty string for a text with no such slash.
     */
    private static String beforeAgencySlash(String text) {
        int slash = text.indexOf('/');
        return slash > 0 && text.length() - slash - 1 <= MAX_PICTURE_AGENCY_CHARS && text.indexOf('/', slash + 1) < 0
                ? text.substring(0, slash) : "";
    }

    /**
     * The roles a credits list sets as a label in an element of its own before a person's name, for another part
     * of the work than the text: an interactive's or a magazine feature's "<li><span>Research</span> Nikhil
     * Rao</li>", "<dt>Graphics</dt><dd>…</dd>", "Produced by", in English, German, French, Spanish, Italian,
     * Portuguese and Dutch; the writer's label ("Words", "Text") is none of them.
     */
    private static final Pattern ROLE_LABEL = Pattern.compile("(?iu)^(?:research(?:ed)?(?:\\s+by)?|graphics?(?:\\s+by)?|data\\s+visuali[sz]ations?|"
            + "design(?:ed)?(?:\\s+by)?|produced\\s+by|producers?|production|development|photos?|photography|pictures|illustrations?|"
            + "recherche|grafik(?:en)?|infografik|produktion|infographie|réalisation|investigación|gráficos?|infografía|producción|"
            + "ricerca|grafica|infografica|produzione|pesquisa|infografia|produção|onderzoek|graphics\\s+and\\s+design|"
            // the picture's label in the Iberian languages, as bylines set it before the photographer's name: "Fotografia:",
            // "Fotos:", "Imatges:", "Imaxes:", "Imágenes:", Basque "Argazkia:", "Argazkiak:"
            + "fotos?|fotografia|fotografía|fotografies|fotografías|fotografias|imatges|imaxes|imágenes|imagens|argazkia|argazkiak)\\s*[:：]?$");

    /**
     * The element right before a name (its text node or its link, or the element that holds the name alone, up to
     * two levels up), when that element's whole text is a {@link #ROLE_LABEL}; null otherwise. The label must be an
     * element, not the same text: "Research Nikhil Rao" written out as one phrase is no label.
     */
    private static Element roleLabelElementBefore(Node name) {
        Node at = name;
        for (int up = 0; up <= 2 && at != null; up++) {
            Node prev = at.previousSibling();
            while (prev instanceof TextNode p && p.isBlank()) {
                prev = prev.previousSibling();
            }
            if (prev != null) {
                return prev instanceof Element label && label.text().length() <= MAX_CREDIT_LEAD_CHARS
                        && ROLE_LABEL.matcher(label.text().strip()).matches() ? label : null;
            }
            Node parent = at.parentNode();
            if (!(parent instanceof Element own) || own.childrenSize() > 1) {
                return null;
            }
            at = own; // "<dt>Graphics</dt><dd><a>Sophie Tran</a></dd>": the name alone in its element, the label before that
        }
        return null;
    }
    /**
     * Reads one short text of the page (stripped, with its comparison key) for {@link #textCredits}: the wanted keys it
     * credits for other work go to {@code credited}, those it shows some other way to {@code shownOtherwise}.
     */
    private static void readCredits(String text, String textKey, Set<String> wanted, Set<String> credited, Set<String> shownOtherwise) {
        Set<String> here = new HashSet<>();
        for (String key : wanted) {
            if (!key.isEmpty() && textKey.contains(key)) {
                here.add(key);
            }
        }
        if (here.isEmpty()) {
            return;
        }
        Matcher m = TEXT_CREDIT.matcher(text);
        while (m.find()) {
            String creditKey = ComparisonKey.of(m.group(1).strip());
            for (Iterator<String> it = here.iterator(); it.hasNext(); ) {
                String key = it.next();
                if (creditKey.startsWith(key)) { // the name, perhaps with whom it works for after it
                    it.remove();
                    credited.add(key);
                }
            }
        }
        shownOtherwise.addAll(here); // "Meg Kinnard and Errin Haines, Associated Press": a writer who also took the photos
    }

    /**
     * A translator's credit, in the words the languages read write it: "Translated by", "Translated from the
     * German by", "Translation:", "Übersetzung:", "Aus dem Englischen von", "Traduit de l'anglais par",
     * "Traducción:", "Traducido del inglés por", "Tradução:", "Traduzione di", "Tradotto dall'inglese da",
     * "Vertaling:", "Vertaald uit het Engels door", "Tłumaczenie:", "Przekład:", "Çeviri:", "ترجمة:", "翻訳：",
     * the nouns also with the language translated from ("Traduzione dall'inglese di", "Vertaling uit het Portugees:").
     * The translator gave the text its words in this language; the writer wrote it.
     */
    static final String TRANSLATOR_LEAD = "(?:translat(?:ed|ion)(?:\\s+from\\s+(?:the\\s+)?\\p{L}+)?(?:\\s+by)?|translator"
            + "|(?:aus\\s+dem\\s+\\p{L}+\\s+)?übersetzt\\s+von|aus\\s+dem\\s+\\p{L}+en\\s+von|übersetzung(?:\\s+aus\\s+dem\\s+\\p{L}+)?(?:\\s+von)?|übersetzer(?:in)?"
            + "|traduite?(?:\\s+(?:de\\s+l['’]\\s*|du\\s+|de\\s+)\\p{L}+)?\\s+par|traduction(?:\\s+(?:de\\s+l['’]\\s*|du\\s+)\\p{L}+)?(?:\\s+par)?|traducteur|traductrice"
            + "|traducid[oa](?:\\s+del\\s+\\p{L}+)?\\s+por|traducción(?:\\s+del\\s+\\p{L}+)?(?:\\s+(?:de|por))?|traductor[a]?"
            + "|traduzid[oa](?:\\s+do\\s+\\p{L}+)?\\s+por|tradução(?:\\s+do\\s+\\p{L}+)?(?:\\s+(?:de|por))?|tradutor[a]?"
            + "|tradott[oa](?:\\s+dall['’]\\s*\\p{L}+|\\s+dal\\s+\\p{L}+)?\\s+da|traduzione(?:\\s+dall['’]\\s*\\p{L}+|\\s+dal\\s+\\p{L}+)?(?:\\s+di)?|traduttore|traduttrice"
            + "|vertaald(?:\\s+uit\\s+het\\s+\\p{L}+)?\\s+door|vertaling(?:\\s+uit\\s+het\\s+\\p{L}+)?(?:\\s+door)?|vertaler"
            + "|przetłumaczył[a]?|tłumaczenie(?:\\s+z\\s+(?:języka\\s+)?\\p{L}+)?|przekład(?:\\s+z\\s+(?:języka\\s+)?\\p{L}+)?|tłumacz(?:ka)?"
            + "|çeviri|çeviren|ترجمة|翻訳)";

    /** A translator's credit with the name after it in one text: where a credit opens, the lead, and the name up to a separator. */
    private static final Pattern TRANSLATOR_CREDIT = Pattern.compile(
            "(?iu)(?:^|[,;·•|–—(]\\s*|\\s-\\s|[.!?]\\s+)" + TRANSLATOR_LEAD + "\\s*[:：]?\\s*([^,;·•|/()\\n]{2,60})");

    /** The places where a {@link #TRANSLATOR_CREDIT} may start: asked of a text before the pattern is. */
    static final PatternOpenings TRANSLATOR_CREDIT_OPENINGS = PatternOpenings.of(TRANSLATOR_CREDIT.pattern());

    /**
     * False when no place of the text opens a {@link #TRANSLATOR_CREDIT} ({@link #TRANSLATOR_CREDIT_OPENINGS}): the
     * pattern's {@code find()} then fails too, and a text without a credit's opening is not searched.
     */
    static boolean mayHoldTranslatorCredit(String text) {
        return TRANSLATOR_CREDIT_OPENINGS.mayOpenIn(text);
    }

    /** A translator's credit closing the text before a name set in an element of its own ("Traduit de l'anglais par <span>X</span>"). */
    private static final Pattern TRANSLATOR_BEFORE = Pattern.compile("(?iu)(?:^|[^\\p{L}])" + TRANSLATOR_LEAD + "\\s*[:：]?\\s*$");

    /**
     * Reads one short text of the page (stripped, with its comparison key) for {@link #textCredits}: the keys of the
     * wanted names it credits as translators ({@link #TRANSLATOR_LEAD}) go to {@code found}, the name in the text
     * ("Translated from the German by David Hale.", "ترجمة: سلمى الحسيني") or the text the name itself, just after the
     * credit. JSON-LD lists the translator among the authors of a translated essay while the byline shows only the
     * writer. Unlike a photographer's, a translator's credit is not undone by the name shown elsewhere (a
     * contributors' note): no one translates the text they wrote.
     */
    private static void readTranslatorCredit(TextNode t, String text, String key, Set<String> wanted, Set<String> found) {
        if (wanted.contains(key)) {
            Element own = t.parent() instanceof Element p && p.childNodeSize() == 1 ? p : null;
            String before = own != null ? textBefore(own) : textBeforeNode(t);
            if (TRANSLATOR_BEFORE.matcher(before).find()) {
                found.add(key);
            }
            return;
        }
        if (!mayHoldTranslatorCredit(text)) {
            return; // no place of the text opens a credit: most texts of most pages
        }
        Matcher m = TRANSLATOR_CREDIT.matcher(text);
        while (m.find()) {
            String creditKey = ComparisonKey.of(m.group(1).strip());
            for (String w : wanted) {
                if (!w.isEmpty() && creditKey.startsWith(w)) {
                    found.add(w);
                }
            }
        }
    }

    /** The text right before a text node among its siblings, its last characters only (as {@link #textBefore}). */
    private static String textBeforeNode(TextNode t) {
        Node prev = t.previousSibling();
        while (prev instanceof TextNode p && p.isBlank()) {
            prev = prev.previousSibling();
        }
        String text = prev instanceof TextNode p ? p.getWholeText()
                : prev instanceof Element el ? BylineText.leadingText(el, MAX_CREDIT_LEAD_CHARS * 4) : "";
        return text.length() > MAX_CREDIT_LEAD_CHARS ? text.substring(text.length() - MAX_CREDIT_LEAD_CHARS) : text;
    }

    /**
     * The role a byline sets after a person's name when that person made the pictures, not the text:
     * "Eirik Dahl <span>fotograf</span>", as bylines that list each person with a role show them
     * (Nordic, German, Dutch, Spanish, Portuguese, Italian, French, Polish, Finnish and English words).
     */
    static final List<String> PICTURE_ROLE_WORDS = List.of("fotograf", "fotografin", "fotografen", "photographer", "fotógrafo",
            "fotógrafa", "fotografo", "fotografa", "photographe", "fotoreporter", "fotoreporterka", "kuvaaja", "valokuvaaja", "videograf",
            "videographer", "video journalist", "illustratør", "illustratör", "illustrator", "illustrateur", "illustratrice");

    /** A whole text that is one of the {@link #PICTURE_ROLE_WORDS}, in any case. */
    static final Pattern PICTURE_ROLE = Pattern.compile("(?iu)^(?:" + String.join("|", PICTURE_ROLE_WORDS) + ")$");

    /**
     * The keys of the wanted names that a byline shows with a picture role in the element right after
     * the name's ({@link #PICTURE_ROLE}). Only the first elements of each byline are read.
     */
    private static Set<String> namedWithPictureRole(PageScan scan, Set<String> wanted) {
        if (!scan.visibleWalked() && !PictureRoleCandidates.mayFollowName(scan.document(), wanted)) {
            return Set.of(); // no element of the page could be a picture role after a wanted name: no byline walk for it
        }
        Set<String> found = new HashSet<>();
        for (Element byline : scan.visible().bylines()) {
            for (Element e : (Iterable<Element>) byline.stream().limit(VisibleBylines.MAX_BYLINE_ELEMENTS)::iterator) {
                if (e.childrenSize() != 0) {
                    continue;
                }
                String key = ComparisonKey.of(e.text());
                Element next = e.nextElementSibling();
                if (wanted.contains(key) && next != null && next.text().length() <= MAX_CREDIT_LEAD_CHARS
                        && PICTURE_ROLE.matcher(next.text().strip()).matches()) {
                    found.add(key);
                }
            }
        }
        return found;
    }

    /**
     * The text just before the element in its line: the text or element right before it, or, when it
     * opens its parent, what is right before the parent ("<span><span>Photography by </span><a>Name</a></span>").
     * Only its last characters.
     */
    private static String textBefore(Element e) {
        Node at = e;
        for (int up = 0; up < 2 && at != null; up++) {
            Node prev = at.previousSibling();
            while (prev instanceof TextNode t && t.isBlank()) {
                prev = prev.previousSibling();
            }
            String text = prev instanceof TextNode t ? t.getWholeText()
                    : prev instanceof Element el ? BylineText.leadingText(el, MAX_CREDIT_LEAD_CHARS * 4) : null;
            if (text != null) {
                return text.length() > MAX_CREDIT_LEAD_CHARS ? text.substring(text.length() - MAX_CREDIT_LEAD_CHARS) : text;
            }
            at = at.parent();
        }
        return "";
    }

    /**
     * The author the page's Twitter card names under a "Written by" label (Yoast, Ghost): the account
     * that posted, which may be an editor's, so trusted only when the page shows no byline. A
     * one-word account ("admin", "NewsDesk") names no person.
     */
    static List<String> cardAuthors(MetaTags meta) {
        List<String> out = new ArrayList<>();
        for (int i = 1; i <= MAX_CARD_LABELS; i++) {
            String label = meta.first("twitter:label" + i);
            String data = meta.first("twitter:data" + i);
            if (label != null && data != null && WRITTEN_BY_LABEL.matcher(label.trim()).matches()) {
                out.add(data);
            }
        }
        return AuthorNames.clean(out).stream().filter(n -> BylineText.WHITESPACE_RUN.split(n).length > 1).toList();
    }

    /**
     * The names without the owner the copyright notice gives ("Copyright (c) Example Media 2022"),
     * when a person is named too: publishing groups put their own name in the generic author tag and
     * the writer's in the article's.
     */
    static List<String> withoutOwner(List<String> names, String copyright) {
        if (copyright == null || names.size() < 2) {
            return names;
        }
        String owner = ComparisonKey.of(copyright);
        List<String> out = new ArrayList<>(names);
        out.removeIf(a -> !ComparisonKey.of(a).isEmpty() && owner.contains(ComparisonKey.of(a)));
        return out.isEmpty() ? names : out;
    }

    /**
     * The organisations the author statements name, when no person is named: what JSON-LD types as an
     * Organization, the publication itself, a news agency ("dpa", "AFP"), or a newsroom qualified by
     * a name ("Slate Staff"). Their names may be lower case or acronyms ("kicker", "mbl.is"), which
     * the person-name rules refuse; generic credits ("Redaktion", "Editorial team") stay refused. A statement
     * naming the organisation "with" an agency ("Le Quotidien avec AFP", as French national papers sign wire copy
     * they rewrote) names the organisation, and the agency goes to {@code agencies}: the copy's source, as it is
     * beside a person ("Par Jean Dupont avec AFP").
     */
    static List<String> organisationsStated(List<String> statements, List<String> typedOrganisations, List<String> agencies,
                                                    String... publications) {
        Set<String> typed = new HashSet<>();
        for (String t : typedOrganisations) {
            String name = AuthorNames.organisation(withoutCompanionAgency(t, null));
            if (name != null) {
                typed.add(ComparisonKey.of(name));
            }
        }
        Set<String> own = new HashSet<>();
        for (String p : publications) {
            if (p != null && !p.isBlank()) {
                own.add(PublisherNames.publicationKey(p));
            }
        }
        Map<String, String> found = new LinkedHashMap<>();
        List<String> beside = new ArrayList<>(1);
        for (String raw : statements) {
            beside.clear();
            String name = AuthorNames.organisation(withoutCompanionAgency(raw, beside));
            if (name != null && (typed.contains(ComparisonKey.of(name)) || own.contains(PublisherNames.publicationKey(name))
                    || NewsAgencies.isAgency(name) || AuthorNames.isCollective(name))) {
                found.putIfAbsent(ComparisonKey.of(name), name);
                if (!beside.isEmpty() && agencies.isEmpty()) {
                    agencies.addAll(beside);
                }
            }
        }
        return List.copyOf(found.values());
    }

    /**
     * The statement without an agency named as its companion ("Le Quotidien avec AFP" gives "Le Quotidien"), the agency
     * added to {@code agencies} when that is given; the statement as it is when it names no agency so.
     */
    private static String withoutCompanionAgency(String raw, List<String> agencies) {
        if (raw == null || raw.length() > BylineText.MAX_BYLINE_CHARS || !AuthorNames.mayNameWithAgency(raw)) {
            return raw; // most statements hold no "with" word and are passed without the pattern; a long one names no organisation
        }
        Matcher m = AuthorNames.WITH_AGENCY.matcher(raw.strip());
        if (!m.matches() || !NewsAgencies.isAgency(m.group(2).strip()) || NewsAgencies.isAgency(m.group(1).strip())) {
            return raw;
        }
        if (agencies != null) {
            agencies.add(m.group(2).strip());
        }
        return m.group(1);
    }

    /**
     * The organisation that signs the article when no person is named (schema.org allows an
     * Organization as author; a broadcaster, an agency or a site signing its own posts): the names
     * given whole in the page's author statements, not the remains of a generic credit such as
     * "Evening Post staff reporter", which names a role, not an author.
     */
    static List<String> signingOrganisation(List<String> names, List<String> statedWhole) {
        Set<String> whole = new HashSet<>();
        statedWhole.forEach(s -> whole.add(ComparisonKey.of(s)));
        return names.stream().filter(n -> whole.contains(ComparisonKey.of(n))).toList();
    }

    private StatedAuthors() {
    }
}
