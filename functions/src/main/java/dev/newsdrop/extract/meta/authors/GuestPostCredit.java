package dev.newsdrop.extract.meta.authors;

import dev.newsdrop.extract.meta.PageRegions;
import dev.newsdrop.extract.meta.PageScan;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The guest writer a blog credits in a sentence of its own at the head or foot of the post ("This is a
 * guest post by Alan Hart, a retired teacher ...", "Ein Gastbeitrag von Lena Vogt."), or the maker a
 * broadcaster credits in a paragraph's closing sentence ("... in den Stall. Ein Beitrag von Paula Wenz."),
 * when no byline names anyone (the blog's byline names its owner's account, "admin", or nothing).
 */
public final class GuestPostCredit {

    /**
     * A family tribute's or an obituary's credit to the relative who wrote it, as local papers print a family's
     * notice at its foot: "Tribute compiled by his daughter, Megan Hale", "Obituary written by her son Tom Reid",
     * "Compiled by their family, …" (the relation before the name, a comma or not), German "Nachruf von seiner
     * Tochter X" and Dutch "In memoriam geschreven door zijn zoon X". The kin words are named data.
     */
    private static final String KIN = "(?:daughters?|sons?|wife|husband|partner|widow|widower|granddaughters?|grandsons?|grandchildren|"
            + "children|nieces?|nephews?|sisters?|brothers?|family|friends?|mother|father|"
            + "tochter|töchter|sohn|söhne|frau|ehefrau|mann|ehemann|familie|enkelin|enkel|schwester|bruder|"
            + "dochter|zoon|vrouw|echtgenote|echtgenoot|kleindochter|kleinzoon|familie|zus|broer)";
    /** The words that credit a guest post's writer, in the languages read: "a guest post by", "ein Gastbeitrag von", … */
    private static final String GUEST_LEADS = "a guest post (?:by|from|written by)|guest post by|ein gastbeitrag von|gastbeitrag von"
            + "|un article invité (?:de|par)|un artículo invitado de|een gastblog van|een gastbijdrage van|un articolo ospite di|guest post di";

    private static final String TRIBUTE_CREDIT = "(?:(?:(?:a|this|the) )?(?:tribute|obituary|eulogy|life story) )?(?:compiled|written|prepared|submitted) by"
            + "(?: (?:his|her|their) " + KIN + ",?)?"
            + "|(?:ein )?nachruf (?:von|verfasst von)(?: (?:seiner|seinem|ihrer|ihrem) " + KIN + ",?)?"
            + "|in memoriam (?:geschreven )?door(?: (?:zijn|haar|hun) " + KIN + ",?)?";

    /**
     * A paragraph that opens with the credit of a guest post, in the languages read: English "(This is) a
     * guest post by", German "(Dies ist) ein Gastbeitrag von", French "(Ceci est) un article invité de",
     * Spanish "(Este es) un artículo invitado de", Dutch "(Dit is) een gastblog van", Italian "(Questo è) un
     * articolo ospite di"; and a comment's or column's credit set as a line of its own ("Ein Kommentar von
     * Felix Hahn", "A commentary by", "Un commentaire de"). Group 1 holds the name: two to four capitalised words, before the punctuation or
     * the appositive that follows.
     */
    private static final Pattern CREDIT = Pattern.compile(
            "^(?:this is |dies ist |ceci est |este es |dit is |questo è )?(?:" + GUEST_LEADS
                    + "|ein kommentar von|eine kolumne von|eine analyse von|a commentary by|an analysis by|a column by"
                    + "|un commentaire de|un éditorial de|un comentario de|un commento di|een commentaar van"
                    + "|" + TRIBUTE_CREDIT + ")\\s+"
                    + "((?-i:\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+){1,3}))(?=[,.;:!)\\s]|$)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * A credit set as the closing sentence of a paragraph, as broadcasters end a teaser or a text with
     * who made the piece: German "Ein Beitrag / Bericht von", "Eine Reportage von", English "A report by",
     * French "Un reportage de" (not "a film by", with which a review names the director). The sentence is
     * the credit alone, name and full stop, at the paragraph's end; group 1 holds the name, as in {@link #CREDIT}.
     */
    private static final Pattern CLOSING_CREDIT = Pattern.compile(
            "(?:^|[.!?…]\\s+)(?:ein (?:beitrag|bericht) von|eine reportage von|a report by|un reportage (?:de|par))\\s+"
                    + "((?-i:\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){1,3}))\\.?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A paragraph opening with a {@link #TRIBUTE_CREDIT}: the credit is then the whole paragraph, the name its end. */
    private static final Pattern TRIBUTE_LEAD = Pattern.compile("^(?:" + TRIBUTE_CREDIT + ")\\s", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** What may follow the name that closes a credit line: a full stop, blanks. */
    private static final Pattern CLOSES_AFTER_NAME = Pattern.compile("[.\\s]*");

    /** Paragraphs read: the head of the post and a foot after a long text are within the first ones. */
    private static final int MAX_PARAGRAPHS = 200;

    /** A credit is one or two sentences: a paragraph this long is the text. */
    private static final int MAX_CREDIT_CHARS = 400;

    /** Where a sentence is quoted or listed, not the post's own credit. */
    private static final Evaluator NOT_CREDIT = QueryParser.parse("blockquote, li, table, figure, figcaption");

    private GuestPostCredit() {
    }

    /**
     * The credit of a guest post alone, in the languages of {@link #CREDIT}: "(This is) a guest post by", "Ein
     * Gastbeitrag von", "Un article invité de", "Een gastblog van", "Un articolo ospite di". Group 1 holds the name.
     */
    private static final Pattern GUEST_CREDIT = Pattern.compile(
            "^(?:this is |dies ist |ceci est |este es |dit is |questo è )?(?:" + GUEST_LEADS + ")\\s+"
                    + "((?-i:\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+){1,3}))(?=[,.;:!)\\s]|$)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Nodes walked after the headline for the text's opening paragraphs: a header's byline, date and share bar lie within. */
    private static final int MAX_OPENING_NODES = 300;

    /** The inline elements a blog sets an editor's note in, straight in the text's block rather than in a paragraph. */
    private static final java.util.Set<String> OPENING_NOTE = java.util.Set.of("em", "i");

    /** The text's paragraphs read for a guest post's credit: the blog sets it first, before the guest's text. */
    private static final int MAX_OPENING_PARAGRAPHS = 3;

    /**
     * The name a line credits when the line is that credit alone, in the languages of {@link #CREDIT} ("Ein Gastbeitrag
     * von Miriam Albers", "A column by Jane Roe.", "Un commentaire de Paul Roy"): the writer's line set at the head of the
     * text, a byline in the text's type. Null when the line says anything after the name but a full stop.
     */
    public static String creditLineName(String line) {
        Matcher m = CREDIT.matcher(line);
        if (!m.lookingAt() || !CLOSES_AFTER_NAME.matcher(line).region(m.end(1), line.length()).matches()) {
            return null;
        }
        String name = m.group(1);
        return name.endsWith(".") && !INITIAL_AT_END.matcher(name).find() ? name.substring(0, name.length() - 1) : name; // the line's full stop
    }

    /** A name closing on an initial ("Jane R."), whose full stop is the name's own. */
    private static final Pattern INITIAL_AT_END = Pattern.compile("(?:^|\\s)\\p{Lu}\\.$");

    /**
     * The guest a blog credits in a sentence of its own among the first paragraphs after the headline ("<em>This is
     * a guest post by Lydia Marsh, who runs …</em>"): the guest wrote the post, whatever account posted it, so the
     * credit outranks the byline and the stated author (the blog owner's). Only the few paragraphs after the first
     * h1 are read, a bounded walk; empty when none.
     */
    static List<String> guestAtTheOpening(PageScan scan) {
        Element h1 = scan.firstH1();
        if (h1 == null) {
            return List.of();
        }
        int paragraphs = 0;
        int nodes = 0;
        for (Node n = PageScan.nextOutside(h1); n != null && nodes < MAX_OPENING_NODES; n = PageScan.next(n), nodes++) {
            if (!(n instanceof Element p) || !(p.normalName().equals("p") || OPENING_NOTE.contains(p.normalName())
                    && p.parent() != null && !p.parent().normalName().equals("p"))) {
                continue; // a paragraph, or an italic note set straight in the text's block ("<div><em>This is a guest post by …</em><p>")
            }
            String text = BylineText.leadingText(p, MAX_CREDIT_CHARS + 1).strip();
            if (text.length() < 20) {
                continue; // a byline's or a date's line
            }
            Matcher m = GUEST_CREDIT.matcher(text);
            if (text.length() <= MAX_CREDIT_CHARS && m.lookingAt() && p.closest(NOT_CREDIT) == null
                    && p.closest(PageRegions.SITE_CHROME) == null && p.closest(PageRegions.BESIDE_ARTICLE) == null) {
                List<String> names = AuthorNames.clean(List.of(m.group(1)));
                if (names.size() == 1 && AuthorNames.isPersonName(names.get(0))) {
                    return names;
                }
            }
            if (++paragraphs >= MAX_OPENING_PARAGRAPHS) {
                break;
            }
        }
        return List.of();
    }

    /** The guest writer credited at the opening of a paragraph, or the maker at its close; empty when none. */
    static List<String> names(PageScan scan) {
        int seen = 0;
        for (Element p : scan.paragraphs()) {
            if (++seen > MAX_PARAGRAPHS) {
                break;
            }
            String text = BylineText.leadingText(p, MAX_CREDIT_CHARS + 1).strip();
            if (text.length() > MAX_CREDIT_CHARS || text.length() < 20) {
                continue;
            }
            Matcher m = CREDIT.matcher(text);
            if (!m.lookingAt()) {
                m = CLOSING_CREDIT.matcher(text);
                if (!m.find()) {
                    continue;
                }
            }
            if (m.pattern() == CREDIT && TRIBUTE_LEAD.matcher(text).lookingAt() && !CLOSES_AFTER_NAME.matcher(text).region(m.end(1), text.length()).matches()) {
                continue; // "A tribute compiled by his daughter, Anna Weller, was read at the service": a sentence of the story, not its credit
            }
            if (p.closest(NOT_CREDIT) != null || p.closest(PageRegions.SITE_CHROME) != null
                    || p.closest(PageRegions.BESIDE_ARTICLE) != null) {
                continue;
            }
            List<String> names = AuthorNames.clean(List.of(m.group(1)));
            if (names.size() == 1 && AuthorNames.isPersonName(names.get(0))) {
                return names;
            }
        }
        return List.of();
    }
}
