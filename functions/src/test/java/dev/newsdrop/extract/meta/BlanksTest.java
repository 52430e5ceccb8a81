package dev.newsdrop.extract.meta;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Random;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@link Blanks#collapsed} collapses runs of blanks without a regular expression: its texts must stay
 * those of the pattern it replaces, written out here, for every kind of blank and for characters that
 * are blanks only under the Unicode flag (which the pattern does not set).
 */
class BlanksTest {

    private static final Pattern WHITESPACE_RUN = Pattern.compile("[\\s\\u00A0]+");

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "  ", "Jane Doe", " Jane  Doe ", "Jane\tDoe", "Jane \n Doe", "\u00A0Jane\u00A0\u00A0Doe",
        "a\u000Bb\fc\rd", "em\u2003space", "ideographic\u3000space", "line\u2028separator", "zero\u200Bwidth", "x \u00A0 y",
        "no-blank", "trailing\t", "\r\n"})
    void collapsesAsThePatternDoes(String text) {
        assertEquals(WHITESPACE_RUN.matcher(text).replaceAll(" "), Blanks.collapsed(text));
        assertEquals(WHITESPACE_RUN.matcher(text).replaceAll(" "), Blanks.collapsed(new StringBuilder(text)));
    }

    @Test
    void collapsesRandomTextsAsThePatternDoes() {
        char[] alphabet = {'a', 'Z', ' ', '\t', '\n', '\u000B', '\f', '\r', '\u00A0', '\u2003', '\u3000', '\u0085', 'é'};
        Random random = new Random(42);
        for (int i = 0; i < 5000; i++) {
            StringBuilder s = new StringBuilder();
            for (int n = random.nextInt(12); n > 0; n--) {
                s.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String text = s.toString();
            assertEquals(WHITESPACE_RUN.matcher(text).replaceAll(" "), Blanks.collapsed(text), () -> "for \"" + text + "\"");
        }
    }
}
