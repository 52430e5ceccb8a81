package dev.newsdrop.extract.body;

import dev.newsdrop.extract.meta.authors.BylineLeads;
import dev.newsdrop.extract.meta.authors.GuestPostCredit;
import dev.newsdrop.extract.text.NewsAgencies;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stage 3b: trims crumbs off both ends of the chosen container: kicker labels, "Breaking news",
 * photo credits, a lone "Related" heading, sign-offs. A crumb is a short line that does not end
 * like a sentence; only the edges are trimmed, since inside an article such lines are subheadings.
 */
final class EdgeTrimmer {

    /** A line at most this long that does not end a sentence is a crumb when it sits at an edge. */
    static final int MAX_CRUMB_CHARS = 40;

    /** ...and has at most this many words. */
    static final int MAX_CRUMB_WORDS = 6;

    /** At most this many crumbs are trimmed at each end: more means the finder chose badly, not noise. */
    static final int MAX_TRIMMED_PER_EDGE = 6;

    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** A details bar is at most this long... */
    static final int MAX_FIELD_BAR_CHARS = 240;

    /** ...and has at least this many fields, split by vertical bars, none of them a sentence. */
    static final int MIN_FIELD_BAR_FIELDS = 3;

    /** Marks that end a sentence; a field may end in a bracket ("Comments (1)"), a sentence does not end a field. */
    private static final String SENTENCE_END = ".!?…。！？؟";

    private static final Pattern FIELD_SEPARATOR = Pattern.compile("\\s[|¦]\\s");

    /**
     * True when the line is a bar of short fields split by vertical bars ("Kategorie: Vereinsleben |
     * Zugriffe: 412 | Erstellt: 09.03.2024"), the details line CMSs print above or below an article.
     * Prose does not set three short phrases between bars; each field is a crumb's length at most.
     */
    static boolean isFieldBar(String text) {
        if (text.indexOf('|') < 0 && text.indexOf('¦') < 0) {
            return false;
        }
        String[] fields = FIELD_SEPARATOR.split(text.trim());
        if (fields.length < MIN_FIELD_BAR_FIELDS) {
            return false;
        }
        for (String f : fields) {
            String t = f.trim();
            if (t.isEmpty() || t.length() > MAX_CRUMB_CHARS || SPACES.split(t).length > MAX_CRUMB_WORDS
                    || SENTENCE_END.indexOf(t.charAt(t.length() - 1)) >= 0) {
                return false;
            }
        }
        return true;
    }

    private EdgeTrimmer() {
    }

    static void trim(Element container, TextStats stats) {
        trim(container, stats, List.of());
    }

    /**
     * Trims the container's edges; a line closing the text that is only the name of one of the page's {@code authors} (set
     * bold, after a dash or plain: "<p><strong>Deborah Kline</strong></p>", "— Ricardo Salinas Vega") is the writer's
     * signature, a byline set at the foot, and leaves the text even where it is set as the paragraphs before it are.
     */
    static void trim(Element container, TextStats stats, List<String> authors) {
        java.util.Set<String> authorKeys = signatureKeys(authors);
        // only the lines at the edges are read: on a long container the first and the last few, found
        // from each end, without listing the lines (or the elements) between them
        List<Element> lines = new ArrayList<>();
        Element e = nextElement(container, container);
        while (e != null && lines.size() <= 2 * MAX_TRIMMED_PER_EDGE) {
            if (isLine(e, stats)) {
                lines.add(e);
            }
            e = nextElement(e, container);
        }
        boolean whole = e == null; // every line is listed; else there are more than both edges hold
        if (!whole) {
            lines.subList(MAX_TRIMMED_PER_EDGE, lines.size()).clear();
            List<Element> last = new ArrayList<>();
            for (Element x = lastElement(container); x != null && last.size() < MAX_TRIMMED_PER_EDGE; x = previousElement(x, container)) {
                if (isLine(x, stats)) {
                    last.add(x);
                }
            }
            java.util.Collections.reverse(last);
            lines.addAll(last); // the first lines, then the last: the middle is never trimmed
        }
        int start = 0;
        for (int i = 0; i < lines.size() && i < MAX_TRIMMED_PER_EDGE && (isMarketFurniture(lines.get(i), stats)
                || isCrumb(lines.get(i), stats, container)
                && !Blocks.isHeading(lines.get(i)) // a subheading may open the text; it never closes it
                && !opensNumberedSeries(lines.get(i))); i++) {
            start = i + 1;
        }
        if (start < lines.size() && (isWritersLine(lines.get(start), stats, authorKeys) || isWritersMetaLine(lines.get(start), stats, authorKeys))) {
            start++; // "<p><strong>Jane Roe, Professor of History, University of X</strong></p>" opening the text: its byline
        }
        List<Element> creditLines = new ArrayList<>();
        for (int i = start; i < lines.size() && i < MAX_TRIMMED_PER_EDGE; i++) {
            if (isCreditLine(lines.get(i), stats, authorKeys)) {
                creditLines.add(lines.get(i)); // "Ein Gastbeitrag von Miriam Albers" under the standfirst: the writer's byline
            }
        }
        int end = lines.size();
        for (int i = lines.size() - 1; i >= start && lines.size() - i <= MAX_TRIMMED_PER_EDGE
                && closesText(lines.get(i), stats, container, authorKeys); i--) {
            end = i;
        }
        if (end == lines.size() && end - start > 2 && isAuthorBox(lines.get(end - 2), lines.get(end - 1), stats, authorKeys, container)) {
            end -= 2; // "<div><p><strong>Varga Eszter</strong></p><p>Az Északi Hírmondó munkatársa, …</p></div>" closing the text
        }
        if (whole && end - start < 1) {
            return; // everything looks like crumbs: leave the container as the finder chose it
        }
        Removals removals = new Removals();
        markLeadingInlineCrumb(container, stats, removals);
        for (int i = 0; i < start; i++) {
            removeLine(lines.get(i), stats, removals);
        }
        for (int i = end; i < lines.size(); i++) {
            if (isHeadedWritersNote(lines.get(i), stats, authorKeys)) {
                removals.mark(lines.get(i)); // "<p><b>L'autrice</b><br>…</p>": the card whole, its bold heading with its note
            } else {
                removeLine(lines.get(i), stats, removals);
            }
        }
        for (Element credit : creditLines) {
            if (lines.indexOf(credit) >= start && lines.indexOf(credit) < end) {
                removeLine(credit, stats, removals);
            }
        }
        if (start < end) {
            cutOpeningText(lines.get(start), TAIWAN_REPORTER_BRACKET); // "〔記者林怡萱／台南報導〕台南運河…": the reporter's line
        }
        if (end > start && !authorKeys.isEmpty()) {
            closingBracketedCredit(lines.get(end - 1), authorKeys); // "…としている。（小野寺明美）": the writer's signature
        }
        removals.apply(); // a line may hold thousands of text nodes between its blocks: taken out in one pass
    }

    /**
     * True when the line, the last of the text's lines not yet trimmed, closes the text and is cut from its end. Three kinds
     * of line close it:
     * <ul>
     * <li>the writer's credit or note at the foot ({@link #isWritersFootNote}), wherever it is set;</li>
     * <li>furniture whose words no sentence of the text has ({@link #isFurnitureByItsWords}: a contact address, a market
     * quote, a printed page address), even set as the text's paragraphs are;</li>
     * <li>a short line shaped like furniture ({@link #isFurnitureByItsShape}: a crumb, a label, a heading) when it stands
     * apart from the run of the text's paragraphs ({@link #continuesParagraphs}), or is a closing line the text's own
     * paragraphs also hold ({@link #closesThoughSetAsParagraph}).</li>
     * </ul>
     */
    private static boolean closesText(Element line, TextStats stats, Element container, java.util.Set<String> authorKeys) {
        return isWritersFootNote(line, stats, authorKeys)
                || isFurnitureByItsWords(line, stats)
                || isFurnitureByItsShape(line, stats, container)
                    && (!continuesParagraphs(line, stats) || closesThoughSetAsParagraph(line, stats, container, authorKeys));
    }

    /**
     * True when the line is the writer's byline or note set at the foot: their labelled credit with their post ({@link
     * #isLabelledWritersCredit}), a note on them under an author box's heading ({@link #isHeadedWritersNote}), or their
     * press-trip note naming them ({@link #isWritersPressTripNote}).
     */
    private static boolean isWritersFootNote(Element line, TextStats stats, java.util.Set<String> authorKeys) {
        return isLabelledWritersCredit(line, stats, authorKeys) || isHeadedWritersNote(line, stats, authorKeys)
                || isWritersPressTripNote(line, stats, authorKeys);
    }

    /**
     * True when the line's words alone make it furniture, however it is set: the reporter's address ("minsu@example.kr",
     * {@link #isContactSignOff}), a market page's quotes or advice notice ({@link #isMarketFurniture}), a printed page's
     * own address ({@link #isPrintedAddress}), a press office signing off ({@link #isOfficeSignOff}). CMSs set these as
     * paragraphs of the text.
     */
    private static boolean isFurnitureByItsWords(Element line, TextStats stats) {
        return isContactSignOff(line, stats) || isMarketFurniture(line, stats) || isPrintedAddress(line, stats) || isOfficeSignOff(line, stats);
    }

    /**
     * True when the line is a press office and the body it speaks for alone ({@link PressContact#isOfficeSignature}:
     * "Gabinete de Prensa del CD Ribera Navarra", "Ufficio Stampa ASD Virtus Castelfranco"), a line of its own.
     */
    private static boolean isOfficeSignOff(Element line, TextStats stats) {
        TextStats.Stats s = stats.of(line);
        return s != null && s.chars <= MAX_SIGNATURE_CHARS + MAX_WRITERS_POST_CHARS && !Blocks.holdsBlock(line)
                && PressContact.isOfficeSignature(line.text().strip());
    }

    /**
     * True when the line is shaped like furniture: a crumb ({@link #isCrumb}), a label introducing what no longer follows it
     * ({@link #isOrphanLabel}), a short heading heading nothing ({@link #isClosingHeading}). Such a line closes the text only
     * when it is no paragraph of the text's run, or {@link #closesThoughSetAsParagraph}.
     */
    private static boolean isFurnitureByItsShape(Element line, TextStats stats, Element container) {
        return isCrumb(line, stats, container) || isOrphanLabel(line, stats) || isClosingHeading(line, stats, container);
    }

    /**
     * True when a line shaped like furniture closes the text even set as the paragraphs before it are: the desk's initials
     * ("(afz/idn)", {@link #isInitialsSignOff}), the writer's signature ({@link #isAuthorSignature}), a bold label set as a
     * paragraph with no text after it ({@link #isOrphanLabel}).
     */
    private static boolean closesThoughSetAsParagraph(Element line, TextStats stats, Element container, java.util.Set<String> authorKeys) {
        return isInitialsSignOff(line.text()) || isAuthorSignature(line, stats, authorKeys)
                || isOrphanLabel(line, stats) && !hasTextAfter(line, container);
    }

    /** The first item's number opening a line: "1.", "1)". */
    private static final Pattern FIRST_ITEM = Pattern.compile("^\\s*1[.)]\\s+\\S");

    /** ...and the second's, which one of the line's next siblings opens with. */
    private static final Pattern SECOND_ITEM = Pattern.compile("^\\s*2[.)]\\s+\\S");

    /** Siblings after a first item asked for the second: an item's text lies between them. */
    private static final int MAX_SERIES_GAP = 6;

    /**
     * True when the line is the first of a numbered series of short heads ("1. Ahlen - Einbruch in
     * Gartenlaube", then the item's text, then "2. Beckum - …"), as a police report or a council's
     * agenda sets its items: a line built alike (same tag) a few siblings on opens with "2.". A kicker
     * stands alone; "1. FC Köln" above the headline has no second.
     */
    private static boolean opensNumberedSeries(Element e) {
        if (!FIRST_ITEM.matcher(e.text()).lookingAt()) {
            return false;
        }
        int steps = 0;
        for (Element x = e.nextElementSibling(); x != null && steps++ < MAX_SERIES_GAP; x = x.nextElementSibling()) {
            if (x.normalName().equals(e.normalName()) && SECOND_ITEM.matcher(x.text()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** A signature line is a name: no longer than this. */
    private static final int MAX_SIGNATURE_CHARS = 60;

    /** The dash a signature may open with ("— Jane Roe"), and the blanks after it. */
    private static final Pattern SIGNATURE_DASH = Pattern.compile("^[-–—]+\\s*");

    /** A name's letters are a key when more than this many: fewer ("Al", "Bo") are too often a word of other lines. */
    private static final int MIN_KEY_LETTERS = 4;

    /**
     * A Chinese, Japanese or Korean name's letters are a key from this many: a character is a syllable, and a name is
     * written in two to four ("王磊", "中村彩", "김민수").
     */
    private static final int MIN_SYLLABIC_KEY_LETTERS = 2;

    /** The comparison keys of the authors' names: their letters, lower-cased. */
    private static java.util.Set<String> signatureKeys(List<String> authors) {
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (String a : authors) {
            String k = letters(a);
            if (k.length() >= MIN_KEY_LETTERS || k.length() >= MIN_SYLLABIC_KEY_LETTERS && isWrittenInSyllables(k)) {
                keys.add(k);
            }
        }
        return keys;
    }

    /** True when the letters open in Han characters, kana or Hangul: scripts whose characters are syllables or words. */
    private static boolean isWrittenInSyllables(String letters) {
        Character.UnicodeScript script = Character.UnicodeScript.of(letters.codePointAt(0));
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }

    private static String letters(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }

    /**
     * A Japanese or Chinese writer's credit set as a paragraph of its own in full-width brackets, as papers and magazines
     * close a text: "（高橋陽介）", "（社会部　小林真司）", "（文・写真：鉄道ニュース編集部　高橋 陽介）", "【山口智子】", "（记者 王磊）".
     * Group 1 is what the brackets hold.
     */
    private static final Pattern BRACKETED_CREDIT = Pattern.compile("^[（【]([^（）【】]+)[）】]$");

    /**
     * True when the line is only an author's name, a dash or a writer's label before it allowed ("— Jane Roe", "文／小林 恵子"),
     * or a Japanese or Chinese credit in brackets with the writer's label, desk or reporter's title before the name
     * ({@link #BRACKETED_CREDIT}, "（记者 王磊）"): the
     * writer's signature closing the text. Its words
     * are the name the metadata stage found, so a closing line that merely looks like a name ("Happy Holidays") is not taken.
     */
    private static boolean isAuthorSignature(Element e, TextStats stats, java.util.Set<String> authorKeys) {
        if (authorKeys.isEmpty()) {
            return false;
        }
        TextStats.Stats s = stats.of(e);
        if (s == null || s.chars > MAX_SIGNATURE_CHARS) {
            return false;
        }
        String name = SIGNATURE_DASH.matcher(e.text().strip()).replaceFirst("");
        Matcher bracketed = BRACKETED_CREDIT.matcher(name);
        boolean inBrackets = bracketed.matches();
        return namesAuthor(inBrackets ? bracketed.group(1).strip() : name, inBrackets, authorKeys);
    }

    /**
     * True when the credit names one of the authors, the writer's label, a Japanese desk or (in brackets) a reporter's title
     * before the name allowed: the name test of {@link #isAuthorSignature} and {@link #closingBracketedCredit}.
     */
    private static boolean namesAuthor(String credit, boolean inBrackets, java.util.Set<String> authorKeys) {
        String name = credit;
        if (!authorKeys.contains(letters(name))) {
            name = BylineLeads.withoutLeadIn(name).strip(); // "文／小林 恵子", "Text: Jane Roe": the writer's label and the name
            name = BylineLeads.withoutJapaneseDesk(name).replace('\u3000', ' '); // "社会部　小林真司": the desk the writer works on
            String reporter = inBrackets ? BylineLeads.cjkReporterNames(name) : null;
            if (reporter != null) {
                name = reporter; // "（记者 王磊）": the reporter's title before the name
            }
        }
        // a name's letters only: "/ritzau/" under the text is the wire's signature, the source credit's to take
        return SIGNATURE_NAME.matcher(name).matches() && authorKeys.contains(letters(name));
    }

    /**
     * A Taiwanese paper's reporter line in tortoise-shell brackets run into the text's first paragraph: the reporters with
     * their titles, a slash, the place filed from and "報導" (reports) — "〔記者林怡萱／台南報導〕", "〔編譯陳韻如／綜合報導〕".
     * The author finder reads the names from it; the text begins after it.
     */
    private static final Pattern TAIWAN_REPORTER_BRACKET = Pattern.compile("^〔[^〔〕]{2,60}(?:報導|报道)〕\\s*");

    /**
     * A Japanese or Chinese writer's credit in full-width brackets closing the last paragraph's own text, straight after its
     * last sentence's mark: "…検討するとしている。（小野寺明美）". Set after the full stop it is no part of the sentence, as a
     * bracket inside one stands before its stop ("…と話した（同市の担当者）。"). Group 1 is what the brackets hold.
     */
    private static final Pattern CLOSING_BRACKETED_CREDIT = Pattern.compile("(?<=[。！？」』])（([^（）]{2,40})）$");

    /** Cuts the pattern's match from the line's first words, when they are one text node that opens with it. */
    private static void cutOpeningText(Element line, Pattern opening) {
        org.jsoup.nodes.TextNode first = edgeText(line, true);
        if (first == null) {
            return;
        }
        String whole = first.getWholeText();
        int lead = whole.length() - whole.stripLeading().length();
        Matcher m = opening.matcher(whole).region(lead, whole.length());
        if (m.lookingAt() && m.end() < whole.length()) {
            first.text(whole.substring(0, lead) + whole.substring(m.end()));
        }
    }

    /**
     * Cuts a {@link #CLOSING_BRACKETED_CREDIT} from the line's last words when it names one of the authors ({@link
     * #namesAuthor}): the writer's signature set at the end of the last paragraph rather than on a line of its own.
     */
    private static void closingBracketedCredit(Element line, java.util.Set<String> authorKeys) {
        org.jsoup.nodes.TextNode last = edgeText(line, false);
        if (last == null) {
            return;
        }
        String whole = last.getWholeText().stripTrailing();
        if (whole.isEmpty() || whole.charAt(whole.length() - 1) != '）') {
            return;
        }
        Matcher m = CLOSING_BRACKETED_CREDIT.matcher(whole);
        if (m.find(Math.max(0, whole.length() - 43)) && m.start() > 0 && namesAuthor(m.group(1).strip(), true, authorKeys)) {
            last.text(whole.substring(0, m.start()));
        }
    }

    /** The line's first (or last) text node that is not blank, or null when an element's text comes before (after) it. */
    private static org.jsoup.nodes.TextNode edgeText(Element line, boolean first) {
        org.jsoup.nodes.Node n = line;
        while (n instanceof Element e && e.childNodeSize() > 0) {
            List<org.jsoup.nodes.Node> kids = e.childNodes();
            org.jsoup.nodes.Node pick = null;
            for (int i = 0; i < kids.size(); i++) {
                org.jsoup.nodes.Node k = kids.get(first ? i : kids.size() - 1 - i);
                if (!(k instanceof org.jsoup.nodes.TextNode t && t.isBlank())) {
                    pick = k;
                    break;
                }
            }
            if (pick == null) {
                return null;
            }
            n = pick;
        }
        return n instanceof org.jsoup.nodes.TextNode t ? t : null;
    }

    /** The note on the writer in an author box closing the text is no longer than this. */
    private static final int MAX_AUTHOR_NOTE_CHARS = 300;

    /**
     * True when the two lines closing the text are an author box: a block of the container holding only them, the first an
     * author's name alone ({@link #isAuthorSignature}) set whole in bold or italics, the second a short note on the writer
     * ({@link #MAX_AUTHOR_NOTE_CHARS}): "<strong>Varga Eszter</strong>" over "Az Északi Hírmondó munkatársa, 2019 óta ír …".
     * The name set apart over a note is the box's heading, as a signature's is none.
     */
    private static boolean isAuthorBox(Element name, Element note, TextStats stats, java.util.Set<String> authorKeys, Element container) {
        Element box = name.parent();
        if (box == null || box == container || note.parent() != box || box.childrenSize() != 2 || !isAuthorSignature(name, stats, authorKeys)) {
            return false;
        }
        TextStats.Stats s = stats.of(note);
        Element only = name.childrenSize() == 1 ? name.child(0) : null;
        return s != null && s.chars <= MAX_AUTHOR_NOTE_CHARS && only != null && EMPHASIS_TAGS.contains(only.normalName())
                && only.text().strip().equals(name.text().strip());
    }

    /** What follows the writer's name in a labelled credit line: their desk or office, a few words ("Biuro Promocji i Komunikacji"). */
    private static final int MAX_WRITERS_POST_CHARS = 2 * MAX_CRUMB_CHARS;

    /**
     * True when the line closing the text is the writer's labelled credit with their post after a comma: "Tekst: Agnieszka
     * Domańska, Biuro Promocji i Komunikacji", as universities and public bodies sign the news their press office writes. The
     * label is a writer's ({@link BylineLeads#withoutLeadIn}), the name before the comma one of the page's authors, and what
     * follows no sentence: the byline at the foot, out of the text as a signature is ({@link #isAuthorSignature}).
     */
    private static boolean isLabelledWritersCredit(Element e, TextStats stats, java.util.Set<String> authorKeys) {
        if (authorKeys.isEmpty()) {
            return false;
        }
        TextStats.Stats s = stats.of(e);
        if (s == null || s.chars > MAX_SIGNATURE_CHARS + MAX_WRITERS_POST_CHARS) {
            return false;
        }
        String text = e.text().strip();
        String named = BylineLeads.withoutLeadIn(text).strip();
        int comma = named.indexOf(',');
        if (named.length() == text.length() || comma <= 0) {
            return false; // no writer's label, or no post after the name
        }
        String post = named.substring(comma + 1).strip();
        return !post.isEmpty() && post.length() <= MAX_WRITERS_POST_CHARS && !TextStats.endsSentence(post.charAt(post.length() - 1))
                && SIGNATURE_NAME.matcher(post).matches() && authorKeys.contains(letters(named.substring(0, comma)));
    }

    /** A note on the writer opens with their name: its first few words are read for it. */
    private static final int MAX_NAME_WORDS = 4;

    /**
     * True when the line closing the text is a note on the writer headed, in bold, by an author box's heading
     * ({@link NoiseRemover#isWritersNoteHeading}) and opening with the name of one of the page's authors: "<p><b>L'autore</b><br>
     * Marco Ferretti è avvocato a Bologna …</p>", the writer's card set as a paragraph. A note on anyone else (a review's
     * "L'autrice" over the novelist it is about) is the text's.
     */
    private static boolean isHeadedWritersNote(Element e, TextStats stats, java.util.Set<String> authorKeys) {
        if (authorKeys.isEmpty()) {
            return false;
        }
        TextStats.Stats s = stats.of(e);
        Element heading = e.firstElementChild();
        if (s == null || s.chars > MAX_AUTHOR_NOTE_CHARS || heading == null || !EMPHASIS_TAGS.contains(heading.normalName())) {
            return false;
        }
        String text = e.text().strip();
        String label = heading.text().strip();
        if (label.isEmpty() || !text.startsWith(label) || !NoiseRemover.isWritersNoteHeading(label)) {
            return false;
        }
        String[] words = SPACES.split(text.substring(label.length()).strip(), MAX_NAME_WORDS + 1);
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < words.length && i < MAX_NAME_WORDS; i++) {
            name.append(words[i]);
            if (i > 0 && authorKeys.contains(letters(name.toString()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the line closing the text is the writer's press-trip note naming them: "Tom Riley travelled as a guest of
     * Tourism Tasmania.", the note {@link Notices#isPressTripNote} reads when a role is its subject ("The writer was a guest
     * of …"), here opening with the name of one of the page's authors. A guest named by anyone else is the story's.
     */
    private static boolean isWritersPressTripNote(Element e, TextStats stats, java.util.Set<String> authorKeys) {
        if (authorKeys.isEmpty()) {
            return false;
        }
        TextStats.Stats s = stats.of(e);
        if (s == null || s.chars > MAX_AUTHOR_NOTE_CHARS) {
            return false;
        }
        String text = e.text().strip();
        java.util.regex.Matcher words = WORD.matcher(text);
        for (int i = 0; i < MAX_NAME_WORDS && words.find(); i++) {
            if (i == 0 && words.start() != 0) {
                return false; // the note opens with the name
            }
            if (i > 0 && authorKeys.contains(letters(text.substring(0, words.end())))) {
                return Notices.isNamedWritersPressTripNote(text, words.end());
            }
        }
        return false;
    }

    /** A word of a name: letters with their marks, apostrophes and hyphens. */
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}.'’-]*");

    /** A signature's name: letters with their marks, blanks, dots, apostrophes and hyphens, opening with a letter. */
    private static final Pattern SIGNATURE_NAME = Pattern.compile("\\p{L}[\\p{L}\\p{M} .'’-]*");

    /** A writer's line of name, post and institution is no longer than this. */
    private static final int MAX_WRITERS_LINE_CHARS = 240;

    /** Emphasis a writer's line is set in whole. */
    private static final java.util.Set<String> EMPHASIS_TAGS = java.util.Set.of("strong", "b", "em", "i");

    /**
     * True when the line opening the text is set whole in bold or italics and opens with an author's name and a comma: the
     * writer's line of name, post and institution that republished research pieces open with, a byline set in the text. Or
     * closes with the name after a comma: the reporter's credit Indonesian regional papers open their text with, "Laporan
     * Wartawan Tribun-X.com, Name" ("report of Tribun-X.com's journalist, Name"), the paper and its reporter.
     */
    private static boolean isWritersLine(Element e, TextStats stats, java.util.Set<String> authorKeys) {
        if (authorKeys.isEmpty()) {
            return false;
        }
        TextStats.Stats s = stats.of(e);
        if (s == null || s.chars > MAX_WRITERS_LINE_CHARS || e.childrenSize() != 1 || !EMPHASIS_TAGS.contains(e.child(0).normalName())
                || !e.ownText().isBlank()) {
            return false;
        }
        String text = e.text().strip();
        int comma = text.indexOf(',');
        if (comma > 0 && authorKeys.contains(letters(text.substring(0, comma)))) {
            return true;
        }
        int last = text.lastIndexOf(',');
        return last > 0 && authorKeys.contains(letters(text.substring(last + 1))); // "Laporan Wartawan Tribun-X.com, Name"
    }

    /** The letters left of a meta line's names field once the authors' names are taken out: the "and" that joins them. */
    private static final int MAX_NAME_JOINER_LETTERS = 4;

    /**
     * True when the line opening the text is the byline's meta line, every author's name and nothing but the word joining
     * them before a bar, a middle dot or a bullet, and a figure after it: "Tom Peeters en Annelies De Wilde | di 1 dec 2026
     * - 14:07", as a theme sets the writers and the date under the headline in a line the container holds. The names are
     * those the metadata stage found, so a line merely built alike ("Nieuws | 1 dec 2026") is not taken.
     */
    private static boolean isWritersMetaLine(Element e, TextStats stats, java.util.Set<String> authorKeys) {
        if (authorKeys.isEmpty()) {
            return false;
        }
        TextStats.Stats s = stats.of(e);
        if (s == null || s.chars > MAX_WRITERS_LINE_CHARS) {
            return false;
        }
        String text = e.text();
        int sep = -1;
        for (int i = 0; i < text.length() && sep < 0; i++) {
            if (BylineLeads.META_FIELD_SEPARATORS.indexOf(text.charAt(i)) >= 0) {
                sep = i;
            }
        }
        if (sep <= 0 || text.substring(sep + 1).chars().noneMatch(Character::isDigit)) {
            return false;
        }
        String names = letters(text.substring(0, sep));
        for (String key : authorKeys) {
            int at = names.indexOf(key);
            if (at < 0) {
                return false;
            }
            names = names.substring(0, at) + names.substring(at + key.length());
        }
        return names.length() <= MAX_NAME_JOINER_LETTERS;
    }

    /** A writer's credit line is a lead and a name: no longer than this. */
    private static final int MAX_CREDIT_LINE_CHARS = 100;

    /**
     * True when the line is only the credit of one of the page's authors in words ("Ein Gastbeitrag von Miriam Albers", "A
     * column by Jane Roe", {@link GuestPostCredit#creditLineName}): the byline a guest column or a commentary sets in the
     * text's type among its first lines. The name must be one the metadata stage found, so a sentence about another's
     * column stays.
     */
    private static boolean isCreditLine(Element e, TextStats stats, java.util.Set<String> authorKeys) {
        if (authorKeys.isEmpty()) {
            return false;
        }
        TextStats.Stats s = stats.of(e);
        if (s == null || s.chars > MAX_CREDIT_LINE_CHARS) {
            return false;
        }
        String name = GuestPostCredit.creditLineName(e.text().strip());
        return name != null && authorKeys.contains(letters(name));
    }

    /** The marks that end a label introducing what follows it ("Links:", "Weitere Informationen："). */
    private static final String LABEL_END = ":：";

    /**
     * True when the line is a short heading ending in a colon, or such a label set in bold as a paragraph of its own
     * ({@link #isBoldLabelLine}): a label introducing what follows it ("Links:", "Mehr Informationen:", "<p><strong>Per
     * saperne di più:</strong></p>"), read only at the end of the text, where nothing follows it any more (the links it
     * introduced were cut as a link list).
     */
    private static boolean isOrphanLabel(Element e, TextStats stats) {
        if (!Blocks.isHeading(e) && !isBoldLabelLine(e)) {
            return false;
        }
        TextStats.Stats s = stats.of(e);
        if (s == null || s.chars > MAX_CRUMB_CHARS) {
            return false;
        }
        String text = e.text().strip();
        return !text.isEmpty() && LABEL_END.indexOf(text.charAt(text.length() - 1)) >= 0 && SPACES.split(text).length <= MAX_CRUMB_WORDS;
    }

    /** The tags that set a label in bold. */
    private static final java.util.Set<String> BOLD_TAGS = java.util.Set.of("strong", "b");

    /**
     * True when the paragraph's whole text is one bold element: a label set in bold among the paragraphs, as a heading is
     * set by themes that give the writer no heading ("<p><strong>Para saber más:</strong></p>").
     */
    private static boolean isBoldLabelLine(Element e) {
        if (!e.normalName().equals(PARAGRAPH_TAG) || e.childrenSize() != 1 || !BOLD_TAGS.contains(e.child(0).normalName())) {
            return false;
        }
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t && !t.isBlank()) {
                return false; // "<p><strong>Note:</strong> the museum is closed on Mondays.</p>": a line of the text
            }
        }
        return true;
    }

    /** A heading closing the text heads nothing when it is this short ("Did you make this recipe?", "Fragen?"). */
    private static final int MAX_CLOSING_HEADING_CHARS = 2 * MAX_CRUMB_CHARS;

    /**
     * True when the line is a short heading, read only at the end of the text, where nothing follows
     * it: a heading heads what comes after it, and with nothing after it is a box's title whose box
     * was cut ("Did you make this recipe?" over a recipe card's sharing prompt, "Fragen zum Thema?"),
     * even when it ends as a question does. A subheading never closes an article; a heading ending as
     * a statement does ("See you next week!"): a sign-off the writer set large.
     */
    private static boolean isClosingHeading(Element e, TextStats stats, Element container) {
        if (!Blocks.isHeading(e) || e.normalName().equals("h1")) {
            return false;
        }
        TextStats.Stats s = stats.of(e);
        if (s == null || s.chars > MAX_CLOSING_HEADING_CHARS || s.ownLinkChars > 0) {
            return false;
        }
        String text = e.text().strip();
        char last = text.isEmpty() ? ' ' : text.charAt(text.length() - 1);
        return last != '.' && last != '!' && last != '…' // "See you next week, box office buddies!": a sign-off set as a heading
                && !hasTextAfter(e, container);
    }

    /**
     * True when text follows the element within the container: words set loose after it (a text of
     * "<br>"-split lines is no line of this trimmer's) or any element after it that holds text.
     */
    private static boolean hasTextAfter(Element e, Element container) {
        for (Element x = e; x != null && x != container; x = x.parent()) {
            for (Node n = x.nextSibling(); n != null; n = n.nextSibling()) {
                if (n instanceof TextNode t ? !t.isBlank() : n instanceof Element el && el.hasText()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A line of the container's text: a block with text of its own. */
    private static boolean isLine(Element e, TextStats stats) {
        TextStats.Stats s = stats.of(e);
        return s != null && s.block && s.ownChars > 0;
    }

    /** The element after {@code e} in document order within {@code root}, or null. */
    static Element nextElement(Element e, Element root) {
        Element child = e.firstElementChild();
        if (child != null) {
            return child;
        }
        for (Element x = e; x != null && x != root; x = x.parent()) {
            Element sibling = x.nextElementSibling();
            if (sibling != null) {
                return sibling;
            }
        }
        return null;
    }

    /** The last element inside {@code root} in document order, or null when it has none. */
    private static Element lastElement(Element root) {
        Element last = null;
        for (Element x = root.lastElementChild(); x != null; x = x.lastElementChild()) {
            last = x;
        }
        return last;
    }

    /** The element before {@code e} in document order within {@code root}, {@code root} itself left out, or null. */
    private static Element previousElement(Element e, Element root) {
        Element sibling = e.previousElementSibling();
        if (sibling == null) {
            Element parent = e.parent();
            return parent == root ? null : parent;
        }
        Element deepest = sibling;
        for (Element x = sibling.lastElementChild(); x != null; x = x.lastElementChild()) {
            deepest = x;
        }
        return deepest;
    }

    /** The paragraph tag: the text's own lines are set in it. */
    private static final String PARAGRAPH_TAG = "p";

    /** A quotation set among the paragraphs, which the paragraphs after it continue. */
    private static final String QUOTATION_TAG = "blockquote";

    /**
     * True when the line is a paragraph that continues the text's run of paragraphs: its previous
     * siblings are paragraphs built alike (tag and class), the nearest of them prose (or a quotation
     * of prose), or short lines after prose, within {@link #MAX_TRIMMED_PER_EDGE} steps. An article's closing lines are set as
     * its paragraphs are ("Zeit: 15 bis 19.30 Uhr", "Infos: Telefon 0800 1194911", "Viel Spaß beim
     * Gärtnern"); what a page adds after the text sits in a block of its own (a heading, a box, a list,
     * a paragraph classed for its role), and boilerplate set as a paragraph ("Mehr zum Thema",
     * "Anzeige") is cut by its words ({@link ContentPruner}). Asked only at the end: at the start,
     * a kicker or a dateline is set as a paragraph before the text.
     */
    static boolean continuesParagraphs(Element e, TextStats stats) {
        if (!e.normalName().equals(PARAGRAPH_TAG)) {
            return false;
        }
        String cls = e.className();
        int steps = 0;
        for (Element prev = e.previousElementSibling(); prev != null && steps++ < MAX_TRIMMED_PER_EDGE; prev = prev.previousElementSibling()) {
            TextStats.Stats s = stats.of(prev);
            boolean prose = s != null && s.proseChars > 0;
            if (prose && prev.normalName().equals(QUOTATION_TAG)) {
                return true; // a quotation among the paragraphs
            }
            if (!prev.normalName().equals(PARAGRAPH_TAG) || !prev.className().equals(cls)) {
                return false;
            }
            if (prose) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCrumb(Element e, TextStats stats, Element container) {
        if (isQuoted(e, container, stats)) {
            return false; // a quotation's words, however short: an embedded post ("Merci coach !") and its attribution
        }
        TextStats.Stats s = stats.of(e);
        if (s.chars <= MAX_FIELD_BAR_CHARS && e.parent() != null && isFieldBar(e.text())) {
            return true; // "Category: News | Views: 318 | Date: 12.03.2024": the article's details bar
        }
        if (s.ownChars < s.chars && e.parent() != null) {
            return s.ownChars <= MAX_CRUMB_CHARS && isCrumbText(ownInlineText(e)); // a kicker set inline beside the header's blocks: its own line
        }
        if (s.chars > MAX_CRUMB_CHARS * 2 || e.parent() == null
                || (s.ownLinkChars == 0 && (TextStats.isStructuredItem(e) || isRepeatedItem(e, container))) || s.record) {
            return false; // an unlinked item of a list or table is content (an ingredient, a term), not a crumb; so is a record row
        }
        if (NoiseRemover.isCriticsVerdict(e, s)) {
            return false; // "Voto: 6/10" closing a review: the critic's verdict, the text's last word, no crumb
        }
        if (NoiseRemover.isProsConsLine(e)) {
            return false; // "<strong>단점</strong> 짧은 배터리" closing a review: its cons, the verdict's, no crumb
        }
        String text = e.text();
        if (text.strip().endsWith(",")) {
            return false; // "Liebe Schwestern und Brüder,", "Dear readers,": a letter's salutation; its sentence goes on below
        }
        // "Ort: Stadthalle" among an event's facts, "Bewerbungsfrist: 15. Januar" closing a job ad: the text's terms;
        // "<p><strong>Das Wichtigste in Kürze</strong></p>" over the summary's list: the list's label
        return isCrumbText(text) && !ContentDates.isDeadline(text) && !FactSheets.isFactSheetLine(e) && !ListsOfTheText.isSummaryLabel(e);
    }

    /**
     * True when the line is a market page's furniture framing the story ({@link MarketData}): a row of quotes, a note
     * that they are delayed, or the notice that the page gives no investment advice. A row is market data even as an
     * item of a list or a table ("에코프로 88,200 -1.12%" under "실시간 인기 종목"), which the crumbs' rule keeps as content.
     * Read only at the edges, where a quote box or a list of related quotes sits around the story.
     */
    private static boolean isMarketFurniture(Element e, TextStats stats) {
        TextStats.Stats s = stats.of(e);
        if (s == null || s.chars > MarketData.MAX_ADVICE_NOTICE_CHARS || s.ownChars < s.chars && e.parent() != null && Blocks.holdsBlock(e)) {
            return false;
        }
        String text = e.text();
        return s.chars <= MarketData.MAX_QUOTE_ROW_CHARS && MarketData.isMarketLine(text) || MarketData.isAdviceNotice(text);
    }

    /** Ancestors asked whether a line is quoted: pages nest a few dozen deep. */
    private static final int MAX_QUOTE_ANCESTORS = 64;

    /**
     * True when the line is a quoted post or lies inside one within the container ({@link
     * LinkedContent#isQuotedPost}: a blockquote of a sentence's length or more): someone's quoted
     * words (an embedded post, its "— Name (@handle) date" line, a quotation), never a crumb of the
     * page's furniture. A blockquote of a word or two is a theme's styled label ("Categorias").
     * Asked only of the few lines at the container's edges.
     */
    private static boolean isQuoted(Element e, Element container, TextStats stats) {
        int steps = 0;
        for (Element x = e; x != null && x != container && steps++ < MAX_QUOTE_ANCESTORS; x = x.parent()) {
            if (x.normalName().equals("blockquote")) {
                TextStats.Stats s = stats.of(x);
                return s != null && LinkedContent.isQuotedPost(x, s);
            }
        }
        return false;
    }

    /** A letter or sign of the Bengali script, its digits (U+09E6 to U+09EF) left out. */
    private static final String BENGALI_LETTER = "[\\u0980-\\u09E5\\u09F0-\\u09FF]";

    /**
     * The initials of the reporter and the editors joined by slashes, with which a desk closes a story: in brackets and
     * lower case on Indonesian portals ("(afz/idn)", "(ugo/ugo)"), bare and in lower case under Côte d'Ivoire's wire copy
     * ("sks/kp/fmo", after its "(AIP)"; a wire's name first is its sign-off, which {@link SourceCredit} reads: "ats/jfe"),
     * each group closed by its slash under PAP's copy ("kek/ asa/"),
     * bare and in capitals on the national wires of
     * French-speaking Africa and the papers that carry their copy ("ADL/AKS/OID", "SG/ASG", "KKS/ls"): a sign-off, though
     * it is set as a paragraph and ends in a letter or a bracket. The capitals' form asks for a capital first and at least
     * two groups. Portuguese-language wires set them after their name in brackets ("(AIM) AM/ST", Mozambique's) or with a
     * double slash ("JYL // JMR", Lusa's). Bangladeshi papers spell the initials in Bengali letters and set them after a
     * slash, alone or after the paper's short name or the reporter's initials: "/এমএইচ", "জেডএইচ/এমএস", "নতুনসময়/জেএইচ";
     * Bengali has no capitals, so the line's shape alone tells it (one or two words, then slashed groups of up to eight
     * letters and signs). Bengali digits are no initials: "স্বাস্থ্য বাতায়ন ১৬২৬৩/৩৩৩" gives the helplines' numbers
     * ({@link #BENGALI_LETTER}).
     */
    private static final Pattern INITIALS_SIGN_OFF = Pattern.compile("^(?:\\(?\\s*\\p{Ll}{2,5}(?:\\s*/\\s*\\p{Ll}{2,5}){1,3}\\s*(?:/|\\)?)"
            + "|(?:\\(\\p{Lu}\\p{L}{1,11}\\)\\s*)?\\p{Lu}{2,4}(?:\\s?//?\\s?\\p{L}{2,4}){1,4}"
            + "|(?:" + BENGALI_LETTER + "{2,16}(?: " + BENGALI_LETTER + "{2,16})?)?(?:/" + BENGALI_LETTER + "{2,8}){1,3})$");

    /**
     * The reporter's e-mail address closing the text, alone or after a few words of the name and title, as Korean papers
     * (and others in East and Southeast Asia) sign a story: "minsu@example.kr", "최현우 기자 choi@example.kr", "Reporter
     * Jane Doe jane@example.com", or after a slash, as Korean entertainment desks close a story ("/psy@example.co.kr").
     * A contact, not a sentence of the text. No word before the address holds a colon, and none opens in lower case:
     * "Kontakt: info@verein.de", "Contact: press@…" label an address the text gives its reader, and "Bewerbungen an
     * jobs@…", "write to tips@…" say what to send there; they stay. A name and a title are capitalised, or written in a
     * script without case (Hangul, Han).
     */
    private static final Pattern CONTACT_SIGN_OFF = Pattern.compile(
            "^(?:[^\\s:：@\\p{Ll}][^\\s:：@]*\\s+){0,3}[(<（/]?[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+[)>）]?$", Pattern.UNICODE_CHARACTER_CLASS);

    /** A {@link #CONTACT_SIGN_OFF} is a line this long at most: a name, a title and an address. */
    private static final int MAX_CONTACT_SIGN_OFF_CHARS = 72;

    /**
     * The page's own address a printer-friendly page prints at its foot, after a label that says so: "Artikel-URL:
     * http://…", "本文网址：http://…", "URL: http://…". The label tells it from a source the text cites ("Quelle:
     * https://…"), which stays.
     */
    private static final Pattern PRINTED_ADDRESS = Pattern.compile(
            "^(?:url|article url|url of this (?:article|page)|artikel-url|url des artikels|adresse de l['’]article|url de l['’]article"
                    + "|url de la noticia|url del artículo|url dell['’]articolo|indirizzo dell['’]articolo|endereço da notícia|adres artykułu"
                    + "|adresa článku|адрес (?:статьи|страницы|материала)|ссылка на (?:статью|материал)|本文网址|本文链接|原文网址|原文链接"
                    + "|本文網址|本文連結|記事のurl|この記事のurl|기사 ?주소|permalink)\\s?[:：]\\s?https?://\\S+$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A {@link #PRINTED_ADDRESS} line is this long at most: a label and an address. */
    private static final int MAX_PRINTED_ADDRESS_CHARS = 300;

    /** True for a line that is only a {@link #PRINTED_ADDRESS}, sought where the line holds "://". */
    private static boolean isPrintedAddress(Element e, TextStats stats) {
        TextStats.Stats s = stats.of(e);
        if (s == null || s.chars > MAX_PRINTED_ADDRESS_CHARS) {
            return false;
        }
        String text = e.text().strip();
        return text.contains("://") && PRINTED_ADDRESS.matcher(text).matches();
    }

    /** True for a line that is only a {@link #CONTACT_SIGN_OFF}. */
    private static boolean isContactSignOff(Element e, TextStats stats) {
        TextStats.Stats s = stats.of(e);
        if (s == null || s.chars > MAX_CONTACT_SIGN_OFF_CHARS || s.chars < 6) {
            return false;
        }
        return isContactSignOffText(e.text());
    }

    /**
     * True for a text that is only a {@link #CONTACT_SIGN_OFF}: asked of a line of a text parted by breaks too, which has
     * no element of its own ({@link SourceCredit}).
     */
    static boolean isContactSignOffText(String line) {
        String text = line.strip();
        return text.length() <= MAX_CONTACT_SIGN_OFF_CHARS && text.length() >= 6 && text.indexOf('@') > 0
                && CONTACT_SIGN_OFF.matcher(text).matches();
    }

    /** True for a line that is only an {@link #INITIALS_SIGN_OFF}. */
    private static boolean isInitialsSignOff(String line) {
        String text = line.strip();
        return text.length() <= MAX_CRUMB_CHARS && !text.isEmpty() && text.indexOf('/') >= 0 && INITIALS_SIGN_OFF.matcher(text).matches()
                && NewsAgencies.wireOfDeskSignOff(text) == null; // "ats/jfe", "AHP/ jmd": the wire's, whose credit SourceCredit reads
    }

    private static boolean isCrumbText(String line) {
        String text = line.trim();
        if (text.isEmpty()) {
            return true;
        }
        if (isInitialsSignOff(text)) {
            return true; // "(afz/idn)"
        }
        return text.length() <= MAX_CRUMB_CHARS && SPACES.split(text).length <= MAX_CRUMB_WORDS
                && !TextStats.endsSentence(text.charAt(text.length() - 1)) && !SourceCredit.isCreditLine(text);
    }

    /**
     * The text of a block that is its own, not its blocks': its text nodes and inline elements
     * ("<div><span class=kicker>Verkehr</span><h1>…</h1><p>…</p></div>" gives "Verkehr"). Asked only
     * of the few lines at the container's edges.
     */
    private static String ownInlineText(Element e) {
        StringBuilder out = new StringBuilder();
        for (Node n : e.childNodes()) {
            if (n instanceof org.jsoup.nodes.TextNode t) {
                out.append(t.text()).append(' ');
            } else if (n instanceof Element child && !Blocks.isBlock(child)) {
                out.append(child.text()).append(' ');
            }
            if (out.length() > MAX_CRUMB_CHARS * 2) {
                break; // too long for a crumb already
            }
        }
        return out.toString();
    }

    /**
     * True when the line, or a block around it inside the container, has a sibling built alike (the
     * same tag and class): the first or last of a series of items, such as a recipe's steps laid out
     * as numbered blocks. A crumb stands alone. Paragraphs and headings are not asked: themes give
     * every one of them the same class, so a trailing "Read more" paragraph has alike siblings too.
     */
    private static boolean isRepeatedItem(Element e, Element container) {
        for (Element x = e; x != null && x != container; x = x.parent()) {
            String cls = x.className();
            if (!cls.isEmpty() && !x.normalName().equals("p") && !Blocks.isHeading(x) && (isAlike(x, x.previousElementSibling(), cls) || isAlike(x, x.nextElementSibling(), cls))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAlike(Element x, Element sibling, String cls) {
        return sibling != null && sibling.normalName().equals(x.normalName()) && sibling.className().equals(cls);
    }

    /** A picture, and the media elements a picture set inline above the text is made of: parsed once, not once a child. */
    private static final Evaluator IMG = QueryParser.parse("img");
    private static final Evaluator MEDIA = QueryParser.parse("img, picture, video, audio, svg, iframe");

    /**
     * The container's own inline text before its first block, when it is a crumb ("<div class=body><span>EN DIRECTO</span>
     * <p>…</p></div>": a live page's badge, a kicker set loose above the text): the first line of the text, trimmed like the
     * crumbs of the lines below it. Text after the first block is left: loose text between blocks is the article's.
     */
    private static void markLeadingInlineCrumb(Element container, TextStats stats, Removals removals) {
        TextStats.Stats s = stats.of(container);
        if (s == null || s.ownChars == 0 || s.ownChars == s.chars) {
            return;
        }
        List<Node> lead = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (Node n : container.childNodes()) {
            if (n instanceof Element child && Blocks.isBlock(child)) {
                break;
            }
            if (n instanceof TextNode t) {
                text.append(t.text()).append(' ');
            } else if (n instanceof Element child) {
                if (child.is(IMG) || child.selectFirst(MEDIA) != null) {
                    return; // a picture set inline above the text, with its credit: the article's, no crumb
                }
                text.append(child.text()).append(' ');
            } else {
                continue;
            }
            lead.add(n);
            if (text.length() > MAX_CRUMB_CHARS * 2 || lead.size() > MAX_TRIMMED_PER_EDGE) {
                return; // too long for a crumb
            }
        }
        if (lead.size() < container.childNodeSize() && !text.toString().isBlank() && isCrumbText(text.toString())) {
            lead.forEach(removals::mark);
        }
    }

    /** Removes the line's own text: the element when it holds nothing else, else just its text nodes. */
    private static void removeLine(Element e, TextStats stats, Removals removals) {
        if (e.parent() == null) {
            return;
        }
        if (e.children().stream().noneMatch(Blocks::isBlock)) {
            removals.mark(e);
        } else if (stats.of(e).ownChars == stats.of(e).chars) {
            e.textNodes().forEach(removals::mark); // lines split by <br> alone: the text between them
        } else {
            for (Node n : e.childNodes()) { // its own line beside its blocks: text and inline elements
                if (n instanceof org.jsoup.nodes.TextNode || (n instanceof Element child && !Blocks.isBlock(child))) {
                    removals.mark(n);
                }
            }
        }
    }
}
