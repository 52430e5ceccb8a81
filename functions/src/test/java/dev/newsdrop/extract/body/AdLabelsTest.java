package dev.newsdrop.extract.body;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every use of {@link AdLabels} accepts every label: a label added to the list once is known everywhere. */
class AdLabelsTest {

    /** What an entry may hold: the line patterns take it as it is written. */
    private static final Pattern ENTRY = Pattern.compile("[\\p{L}\\p{M}]+(?:[ -][\\p{L}\\p{M}]+)*");

    @Test
    void entries_areLowerCaseWordsThePatternsTakeAsWritten() {
        for (String label : AdLabels.WORDS) {
            assertTrue(ENTRY.matcher(label).matches(), label);
            assertEquals(label.toLowerCase(Locale.ROOT), label);
        }
    }

    @Test
    void everyLabel_isABoilerplateLineAloneBetweenDashesAndBeforeItsPitch() {
        for (String label : AdLabels.WORDS) {
            String title = label.substring(0, 1).toUpperCase(Locale.ROOT) + label.substring(1);
            for (String line : new String[]{label, title, label.toUpperCase(Locale.ROOT), "- " + title + " -", "– " + label + " –",
                    "—" + title + "—", title + " — Jetzt Depot eröffnen", label + " – Ouvrez un PEA en 10 minutes"}) {
                assertTrue(BoilerplatePhrases.opensBoilerplate(line), line);
            }
        }
    }

    @Test
    void everyLabel_opensALabelledAdBox() {
        for (String label : AdLabels.WORDS) {
            String title = label.substring(0, 1).toUpperCase(Locale.ROOT) + label.substring(1);
            assertTrue(NoiseRemover.isAdLabel(title), title);
            assertTrue(NoiseRemover.isAdLabel(label.toUpperCase(Locale.ROOT) + ":"), label);
        }
    }

    @Test
    void everyLabelAClassCanHold_isABoilerplateClassWord() {
        int classWords = 0;
        for (String label : AdLabels.WORDS) {
            String word = AdLabels.asClassWord(label);
            if (!word.matches("[a-z]+")) {
                continue; // a label in another script, or of two words, is no word of a class name
            }
            ClassHints.Hint expected = AdLabels.WEAK_CLASS_WORDS.contains(word) ? ClassHints.Hint.NEGATIVE : ClassHints.Hint.STRONG_NEGATIVE;
            assertEquals(expected, hintOf("box-" + word), label);
            if (expected == ClassHints.Hint.STRONG_NEGATIVE) {
                assertEquals(expected, hintOf("article-body " + word + "-slot"), "a content word beside it does not overrule it: " + label);
            }
            classWords++;
        }
        assertTrue(classWords > 40, "the Latin-script labels are class words: " + classWords);
        assertEquals(ClassHints.Hint.STRONG_NEGATIVE, hintOf("publicite-inline"), "accents folded as class names are written");
    }

    private static ClassHints.Hint hintOf(String cls) {
        Element e = Jsoup.parseBodyFragment("<div></div>").body().child(0);
        e.attr("class", cls);
        return ClassHints.of(e);
    }
}
