package dev.newsdrop.extract.body;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The label a publisher sets over an advertisement, as press law and advertising codes ask paid content
 * to be marked ("Anzeige", "Publicidad", "Publicitat", "Reklama", "広告"), in every language the engine
 * reads: the one list its uses derive their forms from, so that a label added here is known everywhere.
 * <ul>
 *   <li>{@link ContentPruner}'s one-line boilerplate: the label alone on its line, between dashes
 *       ("- Publicidad -"), and before a long dash and the ad's pitch ("Anzeige – Jetzt Depot eröffnen");</li>
 *   <li>{@link NoiseRemover#AD_LABELS}: the first line of a small box among the paragraphs, read as a
 *       section's label (case and punctuation off);</li>
 *   <li>{@link ClassHints#STRONG_NEGATIVE}: the label as a word of a class or id ("anzeige-box",
 *       "publicidad-interior"), folded to ASCII as class names are written ({@link #classWords}).</li>
 * </ul>
 * Each entry is lower case, letters, spaces and hyphens only: the line patterns take it as it is written.
 */
final class AdLabels {

    private AdLabels() {
    }

    /** The labels, lower case, grouped by language. */
    static final List<String> WORDS = List.of(
            // English, French, Spanish, Portuguese, Catalan, Basque, German, Italian, Dutch and the Nordic languages
            "advertisement", "advertising", "advert", "ad", "sponsored", "sponsored content", "publicité", "publicidad",
            "publicidade", "anúncio", "publicitat", "publizitatea", "anzeige", "werbung", "gesponsert", "pubblicità",
            "advertentie", "annonce", "annonse", "annons", "reklame",
            // the English label as many papers of Africa and South Asia misspell it over their ad slots ("Advertisment", "- Advertisment -")
            "advertisment",
            // Polish, Czech, Slovak, Turkish, Hungarian, Romanian, Latvian, Estonian, Finnish and South Slavic
            // ("Reklama", "Inzerce", "Reklam", "Hirdetés", "Oglas"); Slovenian "Oglasno sporočilo" (advertising message),
            // Croatian "Plaćeni oglas"; Indonesian and Malay "Iklan"
            "reklama", "reklam", "inzerce", "inzercia", "hirdetés", "publicitate", "reklāma", "reklaam", "mainos", "oglas",
            "oglasno sporočilo", "plaćeni oglas", "iklan",
            // the Polish labels of a partner's paid material, as Polish portals set them over a sponsored box or article
            // ("Materiał partnera", "Materiał sponsorowany", "Artykuł sponsorowany", "Treść sponsorowana")
            "materiał partnera", "materiał sponsorowany", "artykuł sponsorowany", "treść sponsorowana",
            // Russian, Ukrainian and Bulgarian, Serbian and Macedonian Cyrillic "Оглас", Belarusian "Рэклама"; Greek,
            // Hebrew, Arabic (Maghreb Arabic "إشهار"), Persian, Hindi; Greek also without its accent, as Greek capitals are
            // written ("ΔΙΑΦΗΜΙΣΗ")
            "реклама", "оглас", "рэклама", "διαφήμιση", "διαφημιση", "פרסומת", "إعلان", "اعلان", "إشهار", "اشهار", "تبلیغات", "विज्ञापन",
            // Bengali, Sinhala, Tamil and Dhivehi (Thaana): the label South Asia's papers set over an ad slot
            "বিজ্ঞাপন", "දැන්වීම", "விளம்பரம்", "އިޝްތިހާރު",
            // Georgian, Armenian, Mongolian, Kazakh and Kyrgyz
            "რეკლამა", "գովազդ", "сурталчилгаа", "зар сурталчилгаа", "жарнама",
            // Swahili "tangazo", "matangazo", Hausa "talla", Afrikaans "advertensie", isiZulu "isikhangiso", Somali
            // "xayaysiis", Amharic "ማስታወቂያ": the label African papers set over an ad slot
            "tangazo", "matangazo", "talla", "advertensie", "isikhangiso", "xayaysiis", "xayeysiis", "ማስታወቂያ",
            // Kinyarwanda and Kirundi "kwamamaza" (to advertise), Malagasy "dokam-barotra", Yoruba "ìpolówó", Oromo
            // "beeksisa", Setswana and Sesotho "papatso"
            "kwamamaza", "dokam-barotra", "dokambarotra", "ìpolówó", "ipolowo", "beeksisa", "papatso",
            // Japanese, Chinese (simplified and traditional) and Korean, and the Japanese "sponsored link"
            "広告", "广告", "廣告", "광고", "スポンサーリンク");

    /**
     * Labels too short to be told from other words inside a class name: "ad" is in {@link ClassHints#NEGATIVE},
     * the weaker list, beside "ads" and "dfp", where a content word beside it overrules it.
     */
    static final Set<String> WEAK_CLASS_WORDS = Set.of("ad");

    /** A label, folded to ASCII, that a class name can hold as one of its words. */
    private static final Pattern CLASS_WORD = Pattern.compile("[a-z]+");

    /** Marks left by decomposing a letter ("é" as "e" and its accent). */
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /** The labels as one alternation for a line pattern (case is folded by the pattern). */
    static String alternation() {
        return String.join("|", WORDS);
    }

    /**
     * The labels as the words of a class or id ("publicite", "pubblicita"): the one-word labels in Latin letters,
     * folded to ASCII, less the {@link #WEAK_CLASS_WORDS}.
     */
    static Set<String> classWords() {
        return WORDS.stream()
                .map(AdLabels::asClassWord)
                .filter(w -> CLASS_WORD.matcher(w).matches() && !WEAK_CLASS_WORDS.contains(w))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The label as a class name writes it: accents off ("publicité" as "publicite"), ASCII letters kept. */
    static String asClassWord(String label) {
        return MARKS.matcher(Normalizer.normalize(label, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
