package dev.newsdrop.extract.meta.dates;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LabelOpeningsTest {

    private static List<String> words(String... alternations) {
        List<String> words = new ArrayList<>();
        for (String a : alternations) {
            words.addAll(List.of(a.split("\\|")));
        }
        return words;
    }

    /** The texts a label pattern finds a label in: each word as written, in capitals, capitalised, and in a line. */
    private static List<String> labelled(List<String> words) {
        List<String> texts = new ArrayList<>();
        for (String w : words) {
            String word = w.replace(" ?", " ");
            for (String form : List.of(word, word.toUpperCase(Locale.ROOT), word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1),
                    word.toUpperCase(new Locale("tr")))) {
                texts.add(form);
                texts.add("Anna Nowak · " + form + ": 3. Februar 2022");
                texts.add("AnnaNowak" + form + " 05/02/2022");
                texts.add(form + " 05.02.2022 10:15");
            }
        }
        return texts;
    }

    @Test
    void everyTextTheUpdateLabelFindsIsLetThrough() {
        List<String> texts = labelled(words(DateLabels.UPDATE_WORDS, "act. 05/02/2022|stand: heute", DateLabels.UPDATE_UNBOUNDED_WORDS));
        int found = 0;
        for (String t : texts) {
            if (DateLabels.UPDATE_LABEL.matcher(t).find()) {
                found++;
                assertTrue(DateLabels.UPDATE_OPENINGS.mayHold(t), t);
            }
        }
        assertTrue(found > texts.size() / 2);
    }

    @Test
    void everyTextThePublishedLabelFindsIsLetThrough() {
        List<String> texts = labelled(words(DateLabels.PUBLISHED_WORDS, "pub. 05/02/2022", DateLabels.PUBLISHED_UNBOUNDED_WORDS));
        int found = 0;
        for (String t : texts) {
            if (DateLabels.PUBLISHED_LABEL.matcher(t).find()) {
                found++;
                assertTrue(DateLabels.PUBLISHED_OPENINGS.mayHold(t), t);
            }
        }
        assertTrue(found > texts.size() / 2);
    }

    @Test
    void caseFoldedLettersOpenAWordAsThePatternReadsThem() {
        // the dotted capital I, the dotless small i, the long s and the Kelvin sign each match a letter of a word under (?iu)
        LabelOpenings openings = LabelOpenings.of("is|st|kr", "");
        Pattern pattern = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])(?:is|st|kr)");
        for (String t : List.of("\u0130S", "\u0131s", "\u017Ft", "\u212Ar", "IS", "sT", "Kr", "1: st")) {
            assertTrue(pattern.matcher(t).find(), t);
            assertTrue(openings.mayHold(t), t);
        }
    }

    @Test
    void randomTextsThePatternsFindAreLetThrough() {
        Random random = new Random(17);
        String alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ äöüéèàçñıİſ:.-/0123456789²ⅫОБНОВЛЕНОобновлено更新发布تحديث";
        List<String> words = words(DateLabels.UPDATE_WORDS, DateLabels.PUBLISHED_WORDS);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder t = new StringBuilder();
            int n = 1 + random.nextInt(30);
            for (int j = 0; j < n; j++) {
                t.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            if (random.nextBoolean()) {
                String w = words.get(random.nextInt(words.size())).replace(" ?", "");
                t.insert(random.nextInt(t.length() + 1), random.nextBoolean() ? w.toUpperCase(Locale.ROOT) : w);
            }
            String text = t.toString();
            if (DateLabels.UPDATE_LABEL.matcher(text).find()) {
                assertTrue(DateLabels.UPDATE_OPENINGS.mayHold(text), text);
            }
            if (DateLabels.PUBLISHED_LABEL.matcher(text).find()) {
                assertTrue(DateLabels.PUBLISHED_OPENINGS.mayHold(text), text);
            }
        }
    }

    @Test
    void mostShortTextsAreRefusedWithoutThePattern() {
        for (String t : List.of("Home", "Weather", "Share this story", "Kontakt", "Most popular", "Newsletter", "Impressum", "Read more")) {
            assertFalse(DateLabels.UPDATE_OPENINGS.mayHold(t), t);
            assertFalse(DateLabels.PUBLISHED_OPENINGS.mayHold(t), t);
        }
        // an opening inside a word is no word's start: "Reposted" holds no label, "Re: Posted" may
        assertFalse(DateLabels.PUBLISHED_OPENINGS.mayHold("reposted"));
        assertTrue(DateLabels.PUBLISHED_OPENINGS.mayHold("Re: posted"));
        assertTrue(DateLabels.PUBLISHED_OPENINGS.mayHold("AnnaPosted"));
    }

    @Test
    void aWordWithoutALiteralOpeningIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> LabelOpenings.of("a|b", ""));
        assertThrows(IllegalArgumentException.class, () -> LabelOpenings.of("st?and", ""));
    }
}
