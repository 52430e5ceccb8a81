package dev.newsdrop.extract.body;

import dev.newsdrop.extract.meta.TreeWalk;
import dev.newsdrop.extract.meta.authors.PatternOpenings;
import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A press release's contact block for journalists: its label ("Pressekontakt:", "Kontakt für Medien", "Media
 * contact", "Contact presse") on a line of its own and the lines of names, office, telephone and e-mail under it.
 * It is the release's furniture, as a site's address in its footer is, and is cut whole. The issuer's "About"
 * paragraph ("Über die Stadtwerke Kellberg", "About my6sense") is prose the release states and is left: the
 * block stops at a heading and at any line too long for an address's.
 */
final class PressContact {

    /**
     * "For further information" and "more information" in Dutch, Portuguese, Spanish, French and Italian, before a colon: a
     * label that says nothing of a contact by itself, so that its line is the contact's only over a telephone number or an
     * e-mail address ({@link #NEEDS_CONTACT_DATA}); "Mais informações: www.example.pt" is a link the text gives.
     */
    private static final String MORE_INFORMATION = "(?:for further information|voor meer informatie|mais informações|más información"
            + "|pour (?:plus d'|plus d’|de plus amples )informations|per (?:ulteriori|maggiori) informazioni)(?=\\s?[:：])";

    /**
     * Labels of the contact for the press, a colon after them or not: German ("Pressekontakt", "Presse-Kontakt",
     * "Medienkontakt", "Kontakt für (die) Medien", "Kontakt für Medienschaffende", "Pressestelle", "Kontakt Pressestelle", "Presseanfragen",
     * "Rückfragen bitte an", Austrian "Rückfragehinweis"),
     * English, French, Spanish, Italian, Dutch, Polish, Czech, Portuguese and the Nordic languages; the press office's
     * own name over its address ("Press office", "Gabinete de Prensa", "Ufficio stampa", "Service de presse"), as
     * ministries and universities close their releases.
     */
    private static final String LABEL_WORDS =
            "(?:presse-?kontakte?|medienkontakte?|kontakt für (?:die )?(?:medien|medienschaffende|presse(?:anfragen)?|journalist(?:inn)?en)"
                    + "|kontakt (?:presse(?:stelle)?|medien)|pressestelle|presseanfragen|medienanfragen|für (?:rückfragen|presseanfragen) der medien"
                    + "|für medienanfragen|ansprechpartner(?:in)? für (?:die )?(?:presse|medien)"
                    // the scientists a research release names for journalists' questions, under the science news services' label
                    + "|wissenschaftliche(?:r|n)? (?:ansprechpartner(?:in|innen)?|kontakte?)"
                    // and in French, English, Spanish, Portuguese and Italian ("Contact chercheur", "Contacts scientifiques",
                    // "Researcher contact", "Contacto científico", "Contato do pesquisador", "Contatto scientifico")
                    + "|contacts? (?:chercheu(?:r|rs|se|ses)|scientifiques?)|(?:scientific|researchers?|research) contacts?"
                    + "|contactos? (?:científicos?|(?:del |de la )?investigador(?:a|es|as)?)"
                    + "|contatos? (?:científicos?|d[oa]s? pesquisador(?:a|es|as)?)|contatt[oi] scientific[oi]"
                    // the German wire releases' label over the issuer's press office: "Rückfragen bitte an:", "Für Rückfragen:"
                    + "|rückfragen(?: bitte)? an|(?:für|bei) (?:presse)?rückfragen|presserückfragen"
                    // the Austrian wire's ("Rückfragehinweis:", "Rückfragen & Kontakt:")
                    + "|rückfragehinweise?|rückfragen (?:&|und) kontakt"
                    + "|(?:media|press) (?:contacts?|enquiries|inquiries)|contacts? for (?:the )?(?:media|press)|for media (?:enquiries|inquiries)"
                    + "|contacts? (?:presse|médias?)|relations? (?:presse|médias)|contactos? (?:de|para) (?:prensa|medios)"
                    + "|contatt[oi] (?:stampa|per la stampa|media)|perscontact|persinformatie|contact voor de pers"
                    + "|kontakt (?:dla mediów|prasowy)|kontakt pro média|contacto (?:de imprensa|para a imprensa)"
                    // Brazilian Portuguese ("Contato para a imprensa:", "Informações à imprensa:") and Turkish ("Basın iletişim:",
                    // "Medya iletişimi:", "Basın için iletişim:")
                    + "|contatos? (?:de|para a|com a) imprensa|informações (?:à|para a) imprensa"
                    + "|(?:basın|medya) (?:için )?iletişim(?:i)?"
                    + "|presskontakt(?:er)?|pressekontakt(?:er)?|mediakontakt"
                    // the issuer's press office heading its address: government and university releases
                    + "|press office|gabinete de (?:prensa|comunicación)|oficina de prensa|ufficio stampa|service (?:de )?presse|bureau de presse"
                    + "|persdienst|persvoorlichting"
                    // the wires' closing contact lines: "For further information, please contact:" (GlobeNewswire, Newsfile), the Dutch
                    // note to editors over the contact ("Noot voor de redactie, niet voor publicatie:"), Chinese "媒体联系人" (media
                    // contact), Japanese "本件に関するお問い合わせ先" and "報道関係者からのお問い合わせ先" (enquiries about this matter, from the press),
                    // as universities' and companies' releases head them without "先" (the place to ask) too: "本件に関するお問い合わせ",
                    // "報道に関するお問い合わせ" and "取材に関するお問い合わせ" (about coverage)
                    + "|for (?:further|more|additional) information,? (?:please )?contact|noot voor de redactie(?:,? niet voor publicatie)?"
                    // CNW's one-line close, "For further information: Jane Roe, Communications, 807-555-0193, jroe@…", whose
                    // label says nothing of a contact by itself: read only before a colon and over a number or address
                    // ({@link #NEEDS_CONTACT_DATA})
                    + "|for further information(?=\\s?[:：])"
                    // the same "more information:" close in Dutch, Portuguese, Spanish, French and Italian ("Voor meer informatie:
                    // Afdeling Communicatie, telefoon 070 …", "Mais informações: e-mail …"), read as CNW's is
                    + "|" + MORE_INFORMATION
                    + "|(?:媒体|媒體|新闻|新聞)(?:联系人|聯繫人|聯絡人|联络人)|(?:本件に関する|報道関係者(?:様)?からの|報道関係の|報道に関する|取材に関する)お問い?合わ?せ先?)";

    /**
     * The post of the person a release names for the press, set as the label over their name, telephone and e-mail
     * ("Pressesprecherin", "Pressereferent", "Press officer", "Spokesperson", "Porte-parole", "Portavoce", "Portavoz",
     * "Woordvoerder", "Rzecznik prasowy", "Tisková mluvčí"), as public bodies close their releases. Read as a bare label is
     * ({@link #BARE_LABEL_WORDS}): alone on its line, over a block holding a telephone number or an e-mail address, so a
     * sentence naming the spokesperson ("Pressesprecherin Anna Berg sagte …") stays.
     */
    private static final String SPOKESPERSON_TITLES = "presse-?sprecher(?:in)?|medien-?sprecher(?:in)?|pressereferent(?:in)?"
            + "|press officer|spokes(?:person|man|woman)|porte-parole|attachée? de presse|portavoce|portavoz|woordvoerder|persvoorlichter"
            + "|rzecznik prasowy|rzeczniczka prasowa|tiskov(?:ý|á) mluvčí";

    /**
     * "Contact" alone, in German, English, French, Spanish, Portuguese, Italian, Polish, Czech, the Nordic languages
     * ("Kontakter"), Korean ("연락처") and Japanese ("お問い合わせ先"); and German "Impressum", the imprint German law asks
     * of a publisher, which public bodies set under a release over their press office's address: a release's bare label
     * over its contact, which says nothing of the press by itself, so that the block under it is the contact's only when
     * it holds a telephone number or an e-mail address ({@link #CONTACT_DATA}).
     */
    private static final String BARE_LABEL_WORDS = "(?:kontakte?r?|kontakty|contacts?|contactos?|contatos?|contatt[oi]|연락처|お問い?合わ?せ先|impressum|"
            + SPOKESPERSON_TITLES + ")(?![\\p{L}])";

    /** The label's words opening a text: asked before a block's lines are read. */
    static final Pattern LABEL_OPENING = Pattern.compile(LABEL_WORDS + "|" + BARE_LABEL_WORDS, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * A press office's label followed on its line by the name of the body it speaks for ("Ufficio stampa Unione Agricoltori
     * Piemonte", "Gabinete de Prensa del Ministerio de Agricultura", "Pressestelle der Stadtwerke Lindau", "Press Office,
     * Harlow County Council"; the office words of {@link #LABEL_WORDS}), as unions, co-operatives and ministries head the contact closing their releases: no colon
     * and no sentence's end, and a capital opening the name. Read as a bare label is ({@link #BARE_LABEL_WORDS}): the block
     * is the contact's only when it holds a telephone number or an e-mail address and no sentence.
     */
    private static final Pattern OFFICE_OF_NAMED_BODY = Pattern.compile(
            "(?:press office|gabinete de (?:prensa|comunicación)|oficina de prensa|ufficio stampa|service (?:de )?presse"
                    + "|bureau de presse|pressestelle|persdienst)"
                    + ",?\\s+(?:(?:of|of the|de|del|de la|des|de l['’]|du|der|des|dell['’]|della|dello|dei|van|do|da)\\s*)?"
                    + "(?-i:\\p{Lu})[^.!?:：]{1,60}", // the name's capital read case-sensitively
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * True when the line is a press office and the body it speaks for and nothing else ({@link #OFFICE_OF_NAMED_BODY}, no
     * telephone number or address: "Ufficio Stampa ASD Virtus Castelfranco", "Press Office, Harlow Town FC"): the office
     * signing the text it wrote, as clubs, unions and councils close their news. {@link EdgeTrimmer} asks it of the text's
     * last line only.
     */
    static boolean isOfficeSignature(String line) {
        return OFFICE_OF_NAMED_BODY.matcher(line).matches() && !CONTACT_DATA.matcher(line).find();
    }

    /** A bare label ({@link #BARE_LABEL_WORDS}) alone on its line. */
    private static final Pattern BARE_LABEL = Pattern.compile(BARE_LABEL_WORDS + "\\s*[:：]?", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * What a contact's lines hold and a text's rarely do on a short line: an e-mail address, or a telephone number (a
     * plus or a digit, then at least six more digits with the blanks, slashes, dots, brackets and dashes numbers are
     * grouped by).
     */
    private static final Pattern CONTACT_DATA = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+|(?<![\\w.,])\\+?\\d(?:[ ./()-]{0,2}\\d){6,}");

    /** An e-mail address, the part of {@link #CONTACT_DATA} a story's list of telephone numbers never holds. */
    private static final Pattern EMAIL_ADDRESS = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");

    /**
     * The labels of {@link #LABEL_WORDS} that name no contact ({@link #MORE_INFORMATION}): their block is the contact's
     * only when it holds a telephone number or an e-mail address ({@link #CONTACT_DATA}), as a bare label's is.
     */
    private static final Pattern NEEDS_CONTACT_DATA = Pattern.compile(MORE_INFORMATION, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** The label alone on its line. */
    private static final Pattern LABEL = Pattern.compile(LABEL_WORDS + "\\s*[:：]?", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A bare label, a colon and more on its line ("Contact : Service de presse, tél. …"): {@link #isBareLabelAndContactData}. */
    private static final Pattern BARE_LABEL_AND_CONTACT = Pattern.compile(BARE_LABEL_WORDS + "\\s*[:：]\\s*\\S.*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** The label, a colon and the contact on one line ("Pressekontakt: Miriam Solbach, Tel. 089 1234567"). */
    private static final Pattern LABEL_AND_CONTACT = Pattern.compile(LABEL_WORDS + "\\s*[:：]\\s*\\S.*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern BLANKS = Pattern.compile("\\s+");

    /** The label's line is this short at most: a label, not a sentence naming the press office. */
    private static final int MAX_LABEL_CHARS = 45;

    /** A line of a contact block (a name, an office, a street, a telephone number, an address) is this short at most. */
    private static final int MAX_CONTACT_LINE_CHARS = 120;

    /** A block of the contact is this short at most: a few such lines. */
    private static final int MAX_CONTACT_BLOCK_CHARS = 400;

    /** The label's own line after the label is this short at most ("Pressekontakt: Miriam Solbach, Tel. 089 ..."). */
    private static final int MAX_LINE_AFTER_LABEL_CHARS = MAX_CONTACT_LINE_CHARS;

    /** Blocks after the label read as the contact's at most. */
    private static final int MAX_CONTACT_BLOCKS = 6;

    private PressContact() {
    }

    /**
     * The blocks of a press contact that the block opens (its label, alone or as the first line of a block of
     * the contact's lines) and the blocks of the contact after it, or an empty list. Asked of every block of the
     * container the pruning walk keeps; refused on the block's text length before any line is read.
     */
    static List<Element> blockFrom(Element e, TextStats.Stats s) {
        if (s.chars > MAX_CONTACT_BLOCK_CHARS || s.linkChars * 2 > s.chars || !opensWithLabel(e)) {
            return List.of();
        }
        List<String> lines = lines(e);
        if (lines.isEmpty() || lines.getFirst().length() > MAX_LABEL_CHARS + MAX_LINE_AFTER_LABEL_CHARS) {
            return List.of();
        }
        String first = lines.getFirst();
        boolean alone = LABEL.matcher(first).matches();
        boolean bare = !alone && (BARE_LABEL.matcher(first).matches() || OFFICE_OF_NAMED_BODY.matcher(first).matches());
        boolean bareInline = !alone && !bare && !Blocks.isHeading(e) && isBareLabelAndContactData(first);
        if (!alone && !bare && !bareInline && (Blocks.isHeading(e) || !LABEL_AND_CONTACT.matcher(first).matches())) {
            return List.of(); // a heading that goes on after the label is a title of the text's
        }
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).length() > MAX_CONTACT_LINE_CHARS) {
                return List.of();
            }
        }
        List<Element> block = new ArrayList<>();
        block.add(e);
        Element next = e.nextElementSibling();
        for (int n = 0; next != null && n < MAX_CONTACT_BLOCKS && isContactLines(next) && !isSectionLabel(next); n++,
                next = next.nextElementSibling()) {
            if (bare && holdsSentence(List.of(e, next))) {
                break; // "연락처" over the contact's lines, then the service's note "이 뉴스는 … 보도자료입니다.": the contact ends there
            }
            block.add(next);
        }
        if (block.size() == 1 && lines.size() == 1 && (alone || bare)) {
            return List.of(); // a label with no contact under it: nothing of a contact block to cut
        }
        if (!bare && NEEDS_CONTACT_DATA.matcher(first).lookingAt() && (!holdsContactData(lines, block) || endsSentence(first))) {
            // "For further information: see the council's website": no contact's number or address; "Más información: el
            // Ayuntamiento ha habilitado el teléfono 968 … de 9 a 14 horas.": a sentence of the story's, its number given to readers
            return List.of();
        }
        if (bare && (!holdsContactData(lines, block) || holdsSentence(block))) {
            return List.of(); // "Kontakt" over sentences, or over lines with no number or address: a section of the text's
        }
        if (bare && !holdsEmailAddress(lines, block) && storyGoesOn(block)) {
            return List.of(); // "연락처" over the pharmacies' numbers a local story lists, its text going on after them
        }
        return block;
    }

    /**
     * True when the line is a bare label ({@link #BARE_LABEL_WORDS}), a colon, and the contact on the same line with its
     * telephone number or e-mail address ("Contact : Service de presse du Tribunal fédéral, tél. +41 21 318 91 53,
     * presse@…"), not ending as a sentence: the contact's one line, as "Pressekontakt: …" is. "Kontakt: Die Beratungsstelle
     * ist unter 0381 123456 erreichbar." is a sentence of the story's.
     */
    private static boolean isBareLabelAndContactData(String line) {
        return BARE_LABEL_AND_CONTACT.matcher(line).matches() && CONTACT_DATA.matcher(line).find() && !endsSentence(line);
    }

    /** True when the line ends as a sentence does: a full stop, a question or an exclamation mark (an address's line ends on none). */
    private static boolean endsSentence(String line) {
        char last = line.charAt(line.length() - 1);
        return last == '.' || last == '!' || last == '?';
    }

    /**
     * True when a line of the blocks after the label ends as a sentence does (a full stop, a question or an exclamation
     * mark): an address's lines (a name, an office, a number, an address) end on none, and a story's "Kontakt" section
     * telling readers whom to call is sentences ("Wer einen Anruf erhalten hat, meldet sich unter 0381 4916-1616.").
     * Narrower than {@link TextStats#endsSentence}, which counts a colon and a closing bracket, as an address's lines may
     * end ("E-Mail:", "Pressestelle (Rathaus)").
     */
    private static boolean holdsSentence(List<Element> block) {
        for (int i = 1; i < block.size(); i++) {
            for (String line : lines(block.get(i))) {
                char last = line.charAt(line.length() - 1);
                if (last == '.' || last == '!' || last == '?') {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * True when the element after the block ends as a sentence: the story goes on past the list under the label. A
     * release's contact closes its text, or stands over the service's note, and then holds an e-mail address
     * ({@link #holdsEmailAddress}); telephone numbers alone under a bare label with prose after them are the story's own
     * list (the night pharmacies a local paper gives under "연락처").
     */
    private static boolean storyGoesOn(List<Element> block) {
        Element after = block.getLast().nextElementSibling();
        if (after == null) {
            return false;
        }
        String text = after.text().strip();
        return !text.isEmpty() && ".!?。．！？".indexOf(text.charAt(text.length() - 1)) >= 0;
    }

    /** True when a line of the label's block or of the blocks after it holds an e-mail address. */
    private static boolean holdsEmailAddress(List<String> labelLines, List<Element> block) {
        for (String line : labelLines) {
            if (line.indexOf('@') >= 0 && EMAIL_ADDRESS.matcher(line).find()) {
                return true;
            }
        }
        for (int i = 1; i < block.size(); i++) {
            String text = block.get(i).text();
            if (text.indexOf('@') >= 0 && EMAIL_ADDRESS.matcher(text).find()) {
                return true;
            }
        }
        return false;
    }

    /** True when a line of the label's block or of the blocks after it holds {@link #CONTACT_DATA}. */
    private static boolean holdsContactData(List<String> labelLines, List<Element> block) {
        for (String line : labelLines) {
            if (CONTACT_DATA.matcher(line).find()) {
                return true;
            }
        }
        for (int i = 1; i < block.size(); i++) {
            if (CONTACT_DATA.matcher(block.get(i).text()).find()) {
                return true;
            }
        }
        return false;
    }

    /** Nodes walked into a block for its first words: a label sits in a wrapper or two at most. */
    private static final int MAX_OPENING_NODES = 8;

    /**
     * True when the block's first words open with a label ({@link #LABEL_OPENING}), read in its first text node:
     * the block's lines are built only then, not for every paragraph the walk keeps.
     */
    private static boolean opensWithLabel(Element e) {
        int steps = 0;
        for (Node n = e; n != null && steps++ < MAX_OPENING_NODES; n = TreeWalk.next(n, e)) {
            if (n instanceof TextNode t && !t.isBlank()) {
                return opensWithLabel(t.getWholeText());
            }
        }
        return false;
    }

    /** The first characters of the label's words ({@link #LABEL_OPENING}), folded: a text opening with none of them is refused unread. */
    private static final PatternOpenings LABEL_OPENINGS = PatternOpenings.of(LABEL_OPENING.pattern());

    /**
     * Characters of a raw text whose blanks are collapsed before the label is sought: more than the longest label, so
     * the answer on them is nearly always the whole text's, and the whole text is read only when the search ran past
     * their end ({@link Matcher#hitEnd}).
     */
    private static final int OPENING_CHARS_READ = 64;

    /** More characters than {@link PatternOpenings} compares (four): the gate's answer on so many is the whole text's. */
    private static final int GATE_CHARS = 16;

    /**
     * True when the raw text, its blanks collapsed as {@link TextNode#text()} collapses them and leading blanks cut,
     * opens with the label's words ({@link #LABEL_OPENING}). Only the text's first {@link #OPENING_CHARS_READ} characters
     * are collapsed: the collapsing of a text's opening is the opening of its collapsing, and a search that ended before
     * their end, finding a label or not, ends there on the whole text too; one that read to their end (a label running
     * past it, or the end of a bare label's word, whose next character is beyond it) is asked again of the whole text.
     */
    static boolean opensWithLabel(String raw) {
        int first = firstShown(raw);
        if (first < 0 || !LABEL_OPENINGS.mayOpenWith(first)) {
            return false; // most blocks open with a word no label opens with: refused before any text is built
        }
        boolean cut = raw.length() > OPENING_CHARS_READ;
        String opening = StringUtil.normaliseWhitespace(cut ? raw.substring(0, OPENING_CHARS_READ) : raw).stripLeading();
        if ((!cut || opening.length() >= GATE_CHARS) && !LABEL_OPENINGS.mayOpenAt(opening, 0)) {
            return false; // the gate reads the opening's first few characters, and they are the whole text's
        }
        Matcher m = LABEL_OPENING.matcher(opening);
        boolean found = m.lookingAt();
        if (!cut || !m.hitEnd()) {
            return found; // the search ended inside the opening: the whole text's answer
        }
        // it read to the opening's end: a label running past it, or a bare label whose next character is beyond it
        return LABEL_OPENING.matcher(StringUtil.normaliseWhitespace(raw).stripLeading()).lookingAt();
    }

    /**
     * The code point that opens the raw text once its blanks are collapsed as {@link TextNode#text()} collapses them and
     * leading blanks are cut ({@link String#stripLeading}), or -1 for a text of blanks: the first that is neither one of
     * the blanks jsoup collapses ({@link StringUtil#isActuallyWhitespace}), nor one it drops ({@link
     * StringUtil#isInvisibleChar}), nor a blank {@code stripLeading} cuts.
     */
    static int firstShown(String raw) {
        for (int i = 0; i < raw.length(); ) {
            int c = raw.codePointAt(i);
            if (!StringUtil.isActuallyWhitespace(c) && !StringUtil.isInvisibleChar(c) && !Character.isWhitespace(c)) {
                return c;
            }
            i += Character.charCount(c);
        }
        return -1;
    }

    /** A label over the next section is short: "Originalpublikation:", "Weitere Informationen:". */
    private static final int MAX_SECTION_LABEL_CHARS = 40;

    /**
     * True when the block is the bold label of a section of its own, closed by its colon ("<p><strong>Originalpublikation:
     * </strong></p>" after the scientists' contact in a research release): the contact ends before the next section. An
     * address's field label ("E-Mail:") shares its line with the address.
     */
    private static boolean isSectionLabel(Element e) {
        String text = e.text().strip();
        if (text.isEmpty() || text.length() > MAX_SECTION_LABEL_CHARS || ":：".indexOf(text.charAt(text.length() - 1)) < 0
                || e.childrenSize() != 1) {
            return false;
        }
        Element only = e.child(0);
        return (only.nameIs("strong") || only.nameIs("b")) && only.text().strip().equals(text);
    }

    /** True when the block is lines of an address: no heading, short, each line short. */
    private static boolean isContactLines(Element e) {
        if (Blocks.isHeading(e) || e.text().length() > MAX_CONTACT_BLOCK_CHARS) {
            return false;
        }
        List<String> lines = lines(e);
        if (lines.isEmpty()) {
            return false;
        }
        for (String line : lines) {
            if (line.length() > MAX_CONTACT_LINE_CHARS) {
                return false;
            }
        }
        return true;
    }

    /** The block's lines, as a line break or a block inside it ends one; blank lines left out. */
    static List<String> lines(Element e) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        collect(e, line, out);
        flush(line, out);
        return out;
    }

    private static void collect(Element e, StringBuilder line, List<String> out) {
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t) {
                line.append(t.text());
            } else if (n instanceof Element child) {
                if (child.nameIs("br")) {
                    flush(line, out);
                } else if (Blocks.isBlock(child)) {
                    flush(line, out);
                    collect(child, line, out);
                    flush(line, out);
                } else {
                    collect(child, line, out);
                }
            }
        }
    }

    private static void flush(StringBuilder line, List<String> out) {
        String text = BLANKS.matcher(line.toString().strip()).replaceAll(" ");
        if (!text.isEmpty()) {
            out.add(text);
        }
        line.setLength(0);
    }
}
