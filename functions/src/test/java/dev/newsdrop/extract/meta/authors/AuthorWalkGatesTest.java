package dev.newsdrop.extract.meta.authors;

import dev.newsdrop.extract.meta.PageScan;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The gates in front of the author finder's whole-body walks agree with the ungated answers: the first-character
 * gate of {@link AuthorFinder#containsIgnoreCase}, the author-markup witness before {@link AuthorFinder#shownInBody},
 * {@link StatedAuthors#mayHoldTranslatorCredit} before the translator credit's pattern and {@link
 * RepublicationSource#mayHoldFirstPublished} before the first-publication note's.
 */
class AuthorWalkGatesTest {

    /** Letters whose case rules are odd (dotted and dotless i, long s, Kelvin sign, sharp s, final sigma, titlecase, Deseret). */
    private static final String[] PIECES = {"a", "A", "k", "K", "\u212A", "s", "S", "\u017F", "i", "I", "\u0130", "\u0131", "\u00DF",
            "\u1E9E", "\u03A3", "\u03C3", "\u03C2", "\u00E9", "\u00C9", "\u01C4", "\u01C5", "\u01C6", "\uD801\uDC00", "\uD801\uDC28",
            "\uD835\uDC00", "\uD801", "\uDC00", " ", "-", ".", "\u00A0", "\u00FF", "\u0178", "\u03B0", "1", "z", "Z", "\u0445", "\u0425"};

    private static String random(Random r, int max) {
        StringBuilder b = new StringBuilder();
        for (int i = r.nextInt(max + 1); i > 0; i--) {
            b.append(PIECES[r.nextInt(PIECES.length)]);
        }
        return b.toString();
    }

    @Test
    void firstCharacterGateFindsWhatEveryPlaceFinds() {
        Random r = new Random(32);
        int found = 0;
        for (int i = 0; i < 200_000; i++) {
            String text = random(r, 12);
            String name = random(r, 3);
            boolean expected = AuthorFinder.containsIgnoreCaseEverywhere(text, name);
            assertEquals(expected, AuthorFinder.containsIgnoreCase(text, name), () -> "text=" + text + " name=" + name);
            found += expected ? 1 : 0;
        }
        assertTrue(found > 10_000, "the random texts hold their names often enough to test both answers: " + found);
        for (char c = 0; c < Character.MAX_VALUE; c++) { // every first character against every ASCII character
            String name = c + "x";
            for (char a = 0; a < 128; a++) {
                String text = "-" + a + "X";
                assertEquals(AuthorFinder.containsIgnoreCaseEverywhere(text, name), AuthorFinder.containsIgnoreCase(text, name),
                        "name=" + (int) c + " text char=" + (int) a);
            }
        }
        assertTrue(AuthorFinder.containsIgnoreCase("By ANDRÉ KLEIN and Jo", "André Klein"));
        assertFalse(AuthorFinder.containsIgnoreCase("By Andre Klein", "André Klein"));
        assertTrue(AuthorFinder.containsIgnoreCase("x", ""));
        assertFalse(AuthorFinder.containsIgnoreCase("", "a"));
    }

    private static PageScan scan(String html) throws ReflectiveOperationException {
        Method of = PageScan.class.getDeclaredMethod("of", Document.class);
        of.setAccessible(true);
        return (PageScan) of.invoke(null, Jsoup.parse(html));
    }

    @Test
    void authorMarkupWitnessIsOneTheBodyWalkFinds() throws ReflectiveOperationException {
        String[] places = {"<a rel=author href='/author/jane-doe'>%s</a>", "<span itemprop=author>%s</span>",
                "<a href='/author/jane-doe/'><b>%s</b></a>", "<aside><a rel=author href='/a'>%s</a></aside>",
                "<noscript><a rel=author href='/author/x'>%s</a></noscript>", "<template><a rel=author>%s</a></template>",
                "<footer><a href='/author/jane-doe'>%s</a></footer>", "<p>Text by %s.</p>", "<a rel=author href='/a'>Jane</a> Doe",
                "<div class=sidebar><a rel=author href='/author/jane'>%s</a></div>"};
        String[] forms = {"Jane Doe", "JANE DOE", "Jane  Doe", "J. Doe", "jane doe"};
        Random r = new Random(7);
        int witnessed = 0;
        int refused = 0;
        for (int i = 0; i < 3_000; i++) {
            StringBuilder body = new StringBuilder("<html><head><meta name=author content='Jane Doe'></head><body><article>");
            for (int k = r.nextInt(4); k > 0; k--) {
                body.append(String.format(places[r.nextInt(places.length)], forms[r.nextInt(forms.length)]));
            }
            body.append("</article></body></html>");
            PageScan scan = scan(body.toString());
            Element b = scan.document().body();
            List<String> names = List.of("Jane Doe");
            boolean walked = AuthorFinder.shownInBody(names, b);
            if (AuthorFinder.shownInAuthorMarkup(names, scan, b)) {
                witnessed++;
                assertTrue(walked, body::toString);
            } else if (!walked) {
                refused++;
            }
        }
        assertTrue(witnessed > 300 && refused > 300, "both answers met: " + witnessed + " " + refused);
        Element body = scan("<body><noscript><a rel=author href='/author/jane'>Jane Doe</a></noscript><p>x</p></body>").document().body();
        PageScan hidden = scan("<body><noscript><a rel=author href='/author/jane'>Jane Doe</a></noscript><aside><a rel=author"
                + " href='/author/jane'>Jane Doe</a></aside></body>");
        assertFalse(AuthorFinder.shownInAuthorMarkup(List.of("Jane Doe"), hidden, hidden.document().body()));
        assertFalse(AuthorFinder.shownInBody(List.of("Jane Doe"), body));
        PageScan shown = scan("<body><article><p>By <a rel=author href='/author/jane'>JANE DOE</a></p></article></body>");
        assertTrue(AuthorFinder.shownInAuthorMarkup(List.of("Jane Doe"), shown, shown.document().body()));
    }

    private static final String[] CREDIT_WORDS = {"Translated by", "translated from the German by", "Translation:", "TRANSLATOR",
            "Übersetzung:", "ÜBERSETZT VON", "Aus dem Englischen von", "traduit de l'anglais par", "Traduction :", "Traducción:",
            "traducido del inglés por", "Tradução:", "traduzione di", "Tradotto dall'inglese da", "Vertaling:", "vertaald uit het Engels door",
            "Tłumaczenie:", "PRZEKŁAD:", "Çeviri:", "ÇEVİRİ:", "ترجمة:", "翻訳：", "Photo:", "By", "Anna Schmidt", "Translating", "trad"};
    private static final String[] JOINS = {"", " ", ", ", " - ", ". ", "; ", " | ", "(", "\n", "—", "x", "\u00A0"};

    @Test
    void translatorGateAdmitsEveryTextTheCreditMatches() throws ReflectiveOperationException {
        java.lang.reflect.Field f = StatedAuthors.class.getDeclaredField("TRANSLATOR_CREDIT");
        f.setAccessible(true);
        Pattern credit = (Pattern) f.get(null);
        assertFalse(StatedAuthors.TRANSLATOR_CREDIT_OPENINGS.admitsAll(), "the credit's openings are read");
        assertGateAdmitsEveryMatch(credit, StatedAuthors::mayHoldTranslatorCredit, CREDIT_WORDS, 4,
                w -> w.toLowerCase(java.util.Locale.ROOT), new Random(25));
        assertTrue(StatedAuthors.mayHoldTranslatorCredit("Translated from the German by David Hale."));
        assertTrue(StatedAuthors.mayHoldTranslatorCredit("ترجمة: سلمى الحسيني"));
        assertFalse(StatedAuthors.mayHoldTranslatorCredit("The council met on Tuesday to discuss the budget."));
        assertFalse(StatedAuthors.mayHoldTranslatorCredit(""));
    }

    private static final String[] NOTE_WORDS = {"first appeared", "First Published", "originally ran", "Republished with permission from",
            "publicado originalmente", "paru initialement", "Publiée d'abord", "erschien zuerst", "ERSTVERÖFFENTLICHUNG",
            "pubblicato per la prima volta", "oorspronkelijk verschenen", "verscheen eerder", "pierwotnie opublikowany", "ilk olarak",
            "نُشر هذا المقال أولاً", "نشر أولا", "first", "originally", "Anna Schmidt", "published",
            "впервые опубликован", "apareceu pela primeira vez", "ilk kez", "zuerst veröffentlicht", "appeared first"};

    @Test
    void firstPublishedGateAdmitsEveryTextTheNoteMatches() throws ReflectiveOperationException {
        java.lang.reflect.Field f = RepublicationSource.class.getDeclaredField("FIRST_PUBLISHED");
        f.setAccessible(true);
        Pattern note = (Pattern) f.get(null);
        assertFalse(RepublicationSource.FIRST_PUBLISHED_OPENINGS.admitsAll(), "the note's openings are read");
        assertGateAdmitsEveryMatch(note, RepublicationSource::mayHoldFirstPublished, NOTE_WORDS, 3,
                w -> w.toUpperCase(java.util.Locale.ROOT), new Random(31));
        assertTrue(RepublicationSource.mayHoldFirstPublished("This essay first appeared in Harbour Review."));
        assertFalse(RepublicationSource.mayHoldFirstPublished("The council met on Tuesday to discuss the budget."));
    }

    /**
     * On 100,000 random texts of the words (up to {@code maxWords}, each as written or recased, between joins and random
     * letters), the gate admits every text the pattern finds a match in; both answers must be met often.
     */
    private static void assertGateAdmitsEveryMatch(Pattern pattern, java.util.function.Predicate<String> gate, String[] words,
                                                   int maxWords, java.util.function.UnaryOperator<String> recase, Random r) {
        int matched = 0;
        int gated = 0;
        for (int i = 0; i < 100_000; i++) {
            StringBuilder t = new StringBuilder();
            for (int k = 1 + r.nextInt(maxWords); k > 0; k--) {
                String w = words[r.nextInt(words.length)];
                t.append(JOINS[r.nextInt(JOINS.length)]).append(r.nextBoolean() ? w : recase.apply(w))
                        .append(JOINS[r.nextInt(JOINS.length)]).append(random(r, 4));
            }
            String text = t.toString();
            boolean found = pattern.matcher(text).find();
            boolean admitted = gate.test(text);
            assertTrue(admitted || !found, text);
            matched += found ? 1 : 0;
            gated += admitted ? 0 : 1;
        }
        assertTrue(matched > 10_000 && gated > 1_000, "both answers met: " + matched + " " + gated);
    }

    /**
     * The one walk of the short texts reads both credits: a caption's photo credit and a translator's credit on one
     * page each land in their own set, and a name the page shows otherwise too keeps its photo credit undone.
     */
    @Test
    void oneWalkOfTheShortTexts_readsThePhotoAndTheTranslatorCredits() throws ReflectiveOperationException {
        PageScan scan = scan("<body><article><p>By Anna Schmidt</p><figure><figcaption>Foto: Mónica Torres</figcaption></figure>"
                + "<p>Translated from the German by David Hale.</p><p>Photo: Lars Berg</p><p>Lars Berg and Anna Schmidt, Agency</p>"
                + "<p>Translation:</p><span>Eva Lind</span></article></body>");
        java.util.Set<String> wanted = AuthorNames.keys(List.of("Anna Schmidt", "Mónica Torres", "David Hale", "Lars Berg", "Eva Lind"));
        StatedAuthors.TextCredits credits = StatedAuthors.textCredits(scan, wanted);
        assertEquals(AuthorNames.keys(List.of("Mónica Torres")), credits.credited());
        assertEquals(AuthorNames.keys(List.of("David Hale", "Eva Lind")), credits.translators());
    }

    /** Pieces of short texts and of names: ASCII letters of both cases, digits, blanks, punctuation, a prefix and a suffix the key cuts. */
    private static final String[] KEY_PIECES = {"a", "A", "n", "N", "e", "E", "j", "J", "1", "0", " ", ".", "-", ",", "'", "\n", "\t",
            "https://", "www.", ".com", ".de", "Jane", "DOE", "jo", "Ann", "é", "\u212A", "k", "\u0131", "\uFB01", "fi", ":", "Foto: ", "by ",
            "ø", "李"};

    private static String randomKeyText(Random r, int max) {
        StringBuilder b = new StringBuilder();
        for (int i = r.nextInt(max + 1); i > 0; i--) {
            b.append(KEY_PIECES[r.nextInt(KEY_PIECES.length)]);
        }
        return b.toString();
    }

    @Test
    void keyRowsGateAdmitsEveryTextWhosePartsKeyAWantedName() {
        Random r = new Random(31);
        int refused = 0;
        int held = 0;
        for (int i = 0; i < 60_000; i++) {
            String text = randomKeyText(r, 8);
            java.util.Set<String> wanted = new java.util.HashSet<>();
            for (int n = 1 + r.nextInt(i % 10 == 0 ? 25 : 3); n > 0; n--) {
                wanted.add(dev.newsdrop.extract.meta.ComparisonKey.of(randomKeyText(r, 3)));
            }
            if (StatedAuthors.mayHoldKey(text, wanted)) {
                continue;
            }
            refused++;
            for (int from = 0; from <= text.length(); from++) { // every part of the text, as the credits' patterns cut them
                for (int to = from; to <= text.length(); to++) {
                    String key = dev.newsdrop.extract.meta.ComparisonKey.of(text.substring(from, to).strip());
                    for (String w : wanted) {
                        assertFalse(key.contains(w), () -> "text=" + text + " wanted=" + wanted);
                    }
                }
            }
        }
        for (int i = 0; i < 60_000; i++) { // texts built to hold a name
            String name = randomKeyText(r, 3);
            String text = randomKeyText(r, 3) + name + randomKeyText(r, 3);
            String key = dev.newsdrop.extract.meta.ComparisonKey.of(name.strip());
            if (!key.isEmpty() && dev.newsdrop.extract.meta.ComparisonKey.of(text.strip()).contains(key)) {
                held++;
                assertTrue(StatedAuthors.mayHoldKey(text.strip(), java.util.Set.of(key, "zzzzz")), () -> "text=" + text + " name=" + name);
            }
        }
        assertTrue(refused > 3_000 && held > 10_000, "both answers are tested: " + refused + " " + held);
        assertFalse(StatedAuthors.mayHoldKey("Photo: John Roe", java.util.Set.of("janedoe")));
        assertTrue(StatedAuthors.mayHoldKey("Photo: J. Doe-Jane Doe", java.util.Set.of("janedoe")));
        assertTrue(StatedAuthors.mayHoldKey("Foto: Mónica Torres", java.util.Set.of("janedoe")));
        assertTrue(StatedAuthors.mayHoldKey("—", java.util.Set.of("")));
        assertTrue(StatedAuthors.mayHoldKey("Photo: X", java.util.Set.of("janedoe", "x")));
        assertFalse(StatedAuthors.mayHoldKey("Photo: Li Wei", java.util.Set.of("李明", "ølstad")));
    }
}
