package dev.newsdrop.extract.meta;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The words a byline opens with ("By Jane Doe", "Par Claire Dubois", "Von Max Muster", "بقلم ..."):
 * the one list that the author finder, the page scan and the body's boilerplate pruning read.
 */
public final class BylineLeads {

    /**
     * Lead-in words and labels, lower case: English, French, German, Spanish and Portuguese, Italian,
     * Dutch, Norwegian and Swedish, Indonesian and Malay, Turkish, Russian, Hebrew, Hindi and Arabic;
     * the author labels ("Auteur :", "Autorin:", "Forfatter:") with them.
     * "de" is not one: it opens surnames ("De Wet", "De Luca") as often as bylines.
     */
    static final List<String> WORDS = List.of(
            "by", "par", "von", "por", "di", "door", "av", "oleh", "author", "authors", "autor", "autora", "autores",
            "autore", "auteur", "auteure", "autorin", "autoren", "autorka", "autorzy", "forfatter", "författare", "verfasser", "yazar", "penulis", "автор", "авторы", "מאת", "लेखक", "بقلم", "بواسطة", "كتب", "كتبت",
            "إعداد", "اعداد", "تحرير");

    /** Leads that open a name when capitalised ("Di Maio"): a lead only in lower case ("di Mario Rossi"). */
    private static final Set<String> LOWER_CASE_ONLY = Set.of("di");

    /** Chinese and Japanese write a label and a colon: "著者：...", "記者：...". */
    private static final List<String> LABELS_WITH_COLON = List.of("著者", "作者", "筆者", "記者", "文");

    /**
     * Words before the lead that keep it a byline: "Written by", "Photos by", "Analysis by", and the
     * participles blog themes translate "Posted by" and "Written by" into ("Publié par", "Geschrieben
     * von", "Publicado por", "Geplaatst door").
     */
    private static final List<String> CREDIT_KINDS = List.of(
            "written", "posted", "published", "reported", "story", "text", "words", "photo", "photos", "review", "analysis",
            "opinion", "commentary", "interview", "écrit", "publié", "posté", "rédigé", "geschrieben", "verfasst",
            "veröffentlicht", "gepostet", "erstellt", "escrito", "publicado", "postado", "redactado", "geschreven",
            "geplaatst", "gepubliceerd", "skrevet", "publisert", "postet", "skriven", "publicerad", "publicerat");

    /**
     * Italian themes write "Pubblicato da", "Scritto da" ("da" is a lead only after such a participle),
     * and author boxes link "View all posts by Jane Doe" in the theme's language.
     */
    private static final List<String> PHRASES = List.of(
            "pubblicato da", "scritto da", "postato da", "redatto da", "view all posts by", "all posts by", "more posts by",
            "posts by", "articles by", "alle beiträge von", "weitere beiträge von", "voir tous les articles de",
            "tous les articles de", "ver todas las entradas de", "todas las entradas de", "tutti gli articoli di",
            "alle berichten van", "ver todos os posts de");

    /** Lead words that may close a short text whose name follows in the next element: "Posted on June 3, 2024 by". */
    private static final Set<String> CLOSING_LEADS = Set.of("by", "par", "von", "por", "door", "av", "da", "di", "oleh");

    /** A text that closes with a lead is this short at most: a byline's date and label, not a sentence. */
    private static final int MAX_CLOSING_LEAD_TEXT = 60;

    /** One lead word, for a case-insensitive pattern (a lower-case-only lead keeps its case). */
    static final String WORD_ALTERNATION = WORDS.stream()
            .map(w -> LOWER_CASE_ONLY.contains(w) ? "(?-i:" + Pattern.quote(w) + ")" : Pattern.quote(w))
            .collect(Collectors.joining("|"));

    /**
     * A lead-in at the start of an author string, with its label colon and the space after it:
     * what {@link AuthorNames} strips before reading names.
     */
    static final Pattern LEAD_IN = Pattern.compile(
            "^(?:(?:(?:" + String.join("|", CREDIT_KINDS) + ")\\s+)?(?:" + WORD_ALTERNATION + ")|" + String.join("|", PHRASES)
                    + ")\\s*[:：]?(?:\\s+|$)"
                    + "|^(?:" + String.join("|", LABELS_WITH_COLON) + ")\\s*[:：]\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** The credit kinds that open a written byline of the text ("Posted by", "Publié par"); a photo credit is not one. */
    private static final List<String> TEXT_CREDIT_KINDS = CREDIT_KINDS.stream()
            .filter(k -> !k.startsWith("photo")).toList();

    /**
     * A lead word at the start of a line (after spaces), perhaps after the participle of a blog theme
     * ("Posted by", "Publié par"), with a label colon, followed by what comes next.
     */
    private static final Pattern CREDITED_OPENING = Pattern.compile(
            "^\\s*(?:(?:" + String.join("|", TEXT_CREDIT_KINDS) + ")\\s+)?(?:" + WORD_ALTERNATION + ")[:：]?(?=[\\s\\u00A0]|$)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * A theme's lead phrase ("Pubblicato da", "Alle Beiträge von") or a Chinese or Japanese label
     * with its colon ("文：", "記者：") at the start of a line: they open a written byline too.
     */
    private static final Pattern PHRASE_OPENING = Pattern.compile(
            "^\\s*(?:" + String.join("|", PHRASES) + ")[:：]?(?=[\\s\\u00A0]|$)"
                    + "|^\\s*(?:" + String.join("|", LABELS_WITH_COLON) + ")\\s*[:：](?=\\S)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A lead word at the start of a line (after spaces), with a label colon, followed by what comes next. */
    private static final Pattern OPENING = Pattern.compile(
            "^\\s*(?:" + WORD_ALTERNATION + ")[:：]?(?=[\\s\\u00A0]|$)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** What {@link #OPENING} can open with, by lower-case first letter (see {@link #openers}). */
    private static final Map<Character, List<String>> OPENERS = openers(WORDS.stream());

    /** What {@link #CREDITED_OPENING} can open with: a lead or the participle of a credit. */
    private static final Map<Character, List<String>> CREDITED_OPENERS = openers(
            java.util.stream.Stream.concat(WORDS.stream(), TEXT_CREDIT_KINDS.stream()));

    /** What {@link #PHRASE_OPENING} can open with: a lead phrase or a label. */
    private static final Map<Character, List<String>> PHRASE_OPENERS = openers(
            java.util.stream.Stream.concat(PHRASES.stream(), LABELS_WITH_COLON.stream()));

    private BylineLeads() {
    }

    /**
     * True when a short text closes with a lower-case lead word, its name in the next element: the
     * "Posted on June 3, 2024 by <a>Jane Doe</a>" of blog themes, in the languages read ("Publié le
     * 3 mai 2024 par", "Veröffentlicht am 3. Mai 2024 von").
     */
    public static boolean closesWithLead(String text) {
        int end = text.length();
        while (end > 0 && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == '\u00A0')) {
            end--;
        }
        if (end == 0 || end > MAX_CLOSING_LEAD_TEXT + 4 || !Character.isLowerCase(text.charAt(end - 1))) {
            return false; // asked of every short text before an element: most are refused here without a copy
        }
        String t = text.substring(0, end).strip();
        if (t.length() > MAX_CLOSING_LEAD_TEXT) {
            return false;
        }
        int space = Math.max(t.lastIndexOf(' '), t.lastIndexOf('\u00A0'));
        return space > 0 && CLOSING_LEADS.contains(t.substring(space + 1));
    }

    /**
     * True when the text opens as a written byline: a lead word, alone (its name in the next element,
     * "By<a>Jane Doe</a>") or followed by a word that is not lower case ("By signing up, you agree"
     * and "Par ailleurs" are sentences). "Byron" and "Paris" merely begin like a lead.
     */
    public static boolean opensByline(String text) {
        return opens(text, OPENERS, OPENING);
    }

    /**
     * True when the text opens as a written byline, perhaps after a theme's participle: "Posted by
     * Jane Doe", "Publié par Claire Dubois", as well as "By Jane Doe" ({@link #opensByline}). A photo
     * credit ("Photo by") is not one.
     */
    public static boolean opensCreditedByline(String text) {
        return opens(text, CREDITED_OPENERS, CREDITED_OPENING) || opens(text, PHRASE_OPENERS, PHRASE_OPENING);
    }

    /**
     * The words a pattern's match must start with, grouped by their lower-case first letter: every
     * short text of a page is asked, and most are refused on their first word, without running the
     * pattern (its case-folded alternation of some sixty words costs far more than a few
     * case-insensitive comparisons).
     */
    private static Map<Character, List<String>> openers(java.util.stream.Stream<String> words) {
        return words.collect(Collectors.groupingBy(w -> w.charAt(0), Collectors.toUnmodifiableList()));
    }

    private static boolean opens(String text, Map<Character, List<String>> openers, Pattern opening) {
        int first = 0;
        while (first < text.length() && Character.isWhitespace(text.charAt(first))) {
            first++;
        }
        if (first == text.length() || !startsWithAny(text, first, openers.get(Character.toLowerCase(text.charAt(first))))) {
            return false;
        }
        Matcher m = opening.matcher(text);
        if (!m.lookingAt()) {
            return false;
        }
        int word = m.end();
        while (word < text.length() && (Character.isWhitespace(text.charAt(word)) || text.charAt(word) == '\u00A0')) {
            word++;
        }
        return word >= text.length() || !Character.isLowerCase(text.codePointAt(word));
    }

    /** True when one of the words, ignoring case, starts the text at {@code from}; false when there are none. */
    private static boolean startsWithAny(String text, int from, List<String> words) {
        if (words == null) {
            return false;
        }
        for (String w : words) {
            if (text.regionMatches(true, from, w, 0, w.length())) {
                return true;
            }
        }
        return false;
    }
}
