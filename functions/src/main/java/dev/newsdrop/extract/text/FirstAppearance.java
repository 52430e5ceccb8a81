package dev.newsdrop.extract.text;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The words of a note saying that the page's text appeared elsewhere first ("This story was originally published by
 * Kentucky Lantern", "Dieser Beitrag erschien zuerst im Stadtblatt", "Bu yazı ilk olarak Bianet'te yayımlandı"), language
 * by language, in one table for the three readers of such notes:
 * <ul>
 *   <li>the body's notices ({@code body.Notices}) take the note out of the text, as furniture about the page, and
 *   read the publication it names as the text's credit;</li>
 *   <li>the author finder ({@code meta.authors.RepublicationSource}) drops a first publication that the page's JSON-LD
 *   states as an Organization author: it printed the text, it did not write it.</li>
 * </ul>
 * A note names the page's text with a demonstrative ("this article", "dieser Beitrag", "هذا المقال"), a verb of
 * publishing and an adverb of first or original appearance, within one sentence; a book that "erschien erstmals 1952"
 * is not named so. A language is added as a row of {@link #LANGUAGES}, and {@code FirstAppearanceNotesTest} holds every
 * row to a sample note that each reader must read.
 *
 * <p>A closing line saying the text is republished from a publication under a licence ("This article is republished
 * from The Conversation under a Creative Commons license") is another shape, the credit line {@code body.SourceCredit}
 * reads among the text's last lines.
 */
public final class FirstAppearance {

    /** Where a language's note puts the first publication's name, which decides where the author finder looks for it. */
    public enum Order {
        /** After the verb and the adverb, beside each other: "first appeared in X", "erschien zuerst im X". */
        NAME_AFTER_VERB,
        /** Between the adverb and the verb closing the sentence: Turkish "ilk olarak X'te yayımlandı". */
        NAME_BEFORE_VERB,
        /** The verb opens the sentence, before the text it names and the adverb: Arabic "نُشر هذا المقال أولاً في X". */
        VERB_FIRST
    }

    /**
     * One language's note, each part the alternatives of a regular expression read case-insensitively.
     *
     * @param texts the page's text named by a demonstrative ("this (?:article|story)")
     * @param adverbs the adverbs of first appearance that are not common words, which a note must hold
     * @param looseAdverbs adverbs that are also common words ("d'abord", "por primera vez"): read only in a short line
     *        beside a stated first publication, never to take a paragraph out of the text
     * @param verbs the verbs of publishing or appearing, in the forms notes use
     * @param prepositions the prepositions before the publication's name, with the noun of a website or paper some notes
     *        put between ("no site da", "на сайте"), when the name follows the verb or, in {@link Order#VERB_FIRST}
     *        notes, the adverb; empty when the language's notes put the name before the verb or in a form the credit does
     *        not read
     * @param order where the publication's name stands
     * @param stems lower-case stems one of which every note of the language holds at a word's start, asked of a paragraph
     *        before the note's pattern is: its adverbs', or its verbs' when the adverbs are common words
     */
    public record Language(String code, String texts, String adverbs, String looseAdverbs, String verbs, String prepositions,
                           Order order, List<String> stems) {
    }

    /**
     * The languages whose notes are read. English's stems are its adverbs and the "version" of its other note
     * ({@link #OTHER_NOTES}): common words, which the notices read only beside "this".
     */
    public static final List<Language> LANGUAGES = List.of(
            new Language("de", "(?:dieser|dieses|diese) (?:artikel|beitrag|text|interview|gespräch|essay|kommentar|kolumne|bericht"
                    + "|reportage|gastbeitrag|blogbeitrag|post)", "zuerst|erstmals|ursprünglich", "",
                    "erschien|erschienen|veröffentlicht|publiziert", "bei|im|in|auf|von", Order.NAME_AFTER_VERB,
                    List.of("zuerst", "erstmals", "ursprüng")),
            new Language("en", "this (?:article|story|piece|post|essay|interview|column|report|op-ed)", "first|originally", "",
                    "appeared|published|ran|posted", "by|in|on|at", Order.NAME_AFTER_VERB, List.of("first", "originally", "version")),
            new Language("fr", "(?:cet|cette|ce) (?:article|entretien|texte|billet|reportage|tribune|chronique|interview|portrait)",
                    "initialement|originellement", "d['’]abord", "publiée?|parue?|diffusée?", "dans|sur|par", Order.NAME_AFTER_VERB,
                    List.of("initialement", "originellement")),
            new Language("it", "(?:questo |quest['’] ?)(?:articolo|intervista|testo|pezzo|reportage)",
                    "originariamente|originalmente|inizialmente", "per\\s+la\\s+prima\\s+volta",
                    "pubblicat[oa]|apparso|apparsa|uscit[oa]", "su|da|in", Order.NAME_AFTER_VERB,
                    List.of("originari", "originalmente", "inizialmente")),
            new Language("es", "(?:este|esta) (?:artículo|texto|entrevista|reportaje|columna|pieza)",
                    "originalmente|originariamente|inicialmente", "primero|por\\s+primera\\s+vez", "publicad[oa]|publicó|apareció",
                    "en|por", Order.NAME_AFTER_VERB, List.of("originalmente", "originari", "inicialmente")),
            new Language("pt", "(?:este|esta) (?:artigo|texto|reportagem|entrevista|coluna|matéria)",
                    "originalmente|originariamente|inicialmente", "primeiro|pela\\s+primeira\\s+vez", "publicad[oa]|publicou|apareceu",
                    "no site d[aoe]|no portal d[aoe]|em|no|na|pelo|pela|por", Order.NAME_AFTER_VERB,
                    List.of("originalmente", "originari", "inicialmente")),
            new Language("nl", "(?:dit|deze) (?:artikel|stuk|interview|verhaal|tekst|column)", "eerder|oorspronkelijk", "",
                    "verschenen|verscheen|gepubliceerd", "door|op|in|bij", Order.NAME_AFTER_VERB, List.of("eerder", "oorspronkelijk")),
            new Language("pl", "(?:ten |niniejszy )?(?:artykuł|tekst|wywiad|reportaż)", "pierwotnie", "",
                    "ukazał|ukazała|opublikowan[yao]", "", Order.NAME_AFTER_VERB, List.of("pierwotnie")),
            new Language("tr", "bu (?:makale|yazı|haber|röportaj|söyleşi)", "ilk olarak|ilk kez|ilk defa", "",
                    "yayımlan\\p{L}*|yayınlan\\p{L}*", "", Order.NAME_BEFORE_VERB, List.of("ilk olarak", "ilk kez", "ilk defa")),
            // Russian papers name their own piece "материал" with no demonstrative ("Материал впервые опубликован на сайте …")
            new Language("ru", "(?:этот |данный )?материал|(?:эта|данная) статья|(?:этот|данный) текст|это интервью|эта колонка",
                    "впервые|первоначально|изначально", "", "опубликован[аоы]?|вышел|вышла|вышло|появился|появилась|появилось",
                    "на сайте издания|на сайте газеты|на сайте журнала|на сайте|на портале|в издании|в газете|в журнале",
                    Order.NAME_AFTER_VERB, List.of("впервые", "первоначально", "изначально")),
            new Language("ar", "(?:هذا|هذه) (?:المقال|المقالة|التقرير|النص|الحوار)", "أولاً|أولا|في الأصل", "",
                    "نُشر|نشر|نُشرت|نشرت", "على موقع|في موقع|في صحيفة|في مجلة|على|في", Order.VERB_FIRST, List.of("أولا", "الأصل")));

    /**
     * Notes of first appearance shaped otherwise than a row of {@link #LANGUAGES}: English's "A version of this story
     * appeared in …" (no adverb), and Indonesian portals' note naming the first appearance by the title it ran under, no
     * adverb either: "Artikel ini telah tayang di WartaTimur.id dengan judul "…"" (the site's address holds a dot, so the gap
     * may cross one). Regular expressions, read case-insensitively.
     */
    public static final List<String> OTHER_NOTES = List.of(
            "\\ba version of this (?:article|story|piece|essay|interview)\\b[^.!?]{0,20}?\\b(?:appeared|was published|ran)\\b",
            "(?<![\\p{L}\\p{N}])(?:artikel|berita|tulisan) ini (?:telah |sudah |pertama kali )?(?:tayang|terbit|dimuat|diterbitkan"
                    + "|ditayangkan|dipublikasikan)(?![\\p{L}\\p{N}])[^!?]{0,160}?(?<![\\p{L}\\p{N}])dengan judul(?![\\p{L}\\p{N}])");

    /** The stems of the Indonesian note of {@link #OTHER_NOTES}, as {@link Language#stems()}: its verbs (English's "version" is in its row). */
    public static final List<String> OTHER_NOTES_STEMS = List.of("tayang", "terbit", "dimuat", "diterbitkan", "ditayangkan",
            "dipublikasikan");

    /**
     * Words that say a text is printed again from another publication, beside its name ("republished from X", "reprinted
     * with permission of X"), and German's "Erstveröffentlichung: X": read beside a stated first publication only, as
     * {@link Language#looseAdverbs()} are.
     */
    public static final String REPRINTED_FROM = "republished\\s+(?:from|with\\s+permission\\s+(?:from|of))|erstveröffentlichung";

    private FirstAppearance() {
    }

    /**
     * The alternatives of one part of every language, each once: "appeared|published|…|erschien|…"; or {@code (?!)}, which
     * matches nothing, when no language gives the part, so that a pattern built of it matches nowhere rather than
     * everywhere.
     */
    public static String inEveryLanguage(Function<Language, String> part) {
        Set<String> alternatives = new LinkedHashSet<>();
        for (Language l : LANGUAGES) {
            String p = part.apply(l);
            if (!p.isEmpty()) {
                alternatives.addAll(topLevelAlternatives(p));
            }
        }
        return alternatives.isEmpty() ? "(?!)" : String.join("|", alternatives);
    }

    /** The alternatives of a regular expression outside its groups and classes: "a|b(?:c|d)" is "a" and "b(?:c|d)". */
    static List<String> topLevelAlternatives(String regex) {
        List<String> alternatives = new java.util.ArrayList<>();
        int depth = 0;
        boolean inClass = false;
        int from = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                alternatives.add(regex.substring(from, i));
                from = i + 1;
            }
        }
        alternatives.add(regex.substring(from));
        return alternatives;
    }

    /**
     * The words after which a first publication's name is read, for every language, each of them beside its verb as its
     * {@link Order} puts them: "first appeared" and "appeared first" (the name follows), Turkish "ilk olarak" (the name
     * follows the adverb), Arabic "نُشر … أولاً" (the verb, then the text and the adverb before the name), and
     * {@link #REPRINTED_FROM}. A regular expression, read case-insensitively.
     */
    public static String beforeFirstPublication() {
        List<String> words = new java.util.ArrayList<>();
        for (Language l : LANGUAGES) {
            String adverbs = "(?:" + l.adverbs() + (l.looseAdverbs().isEmpty() ? "" : "|" + l.looseAdverbs()) + ")";
            String verbs = "(?:" + l.verbs() + ")";
            words.add(switch (l.order()) {
                case NAME_AFTER_VERB -> adverbs + "\\s+" + verbs + "|" + verbs + "\\s+" + adverbs;
                case NAME_BEFORE_VERB -> adverbs;
                case VERB_FIRST -> verbs + "\\s+.{0,40}?" + adverbs;
            });
        }
        words.add(REPRINTED_FROM);
        return words.stream().collect(Collectors.joining("|"));
    }
}
