package dev.newsdrop.extract.body;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@link Blocks#visibleCharsAndLast}: the visible characters of a text and its last character that is
 * no blank, read in one pass, the same as counting and then searching back from the end.
 */
class BlocksVisibleCharsTest {

    /** The last character that {@link Character#isWhitespace} does not call a blank, or 0: the search from the end. */
    private static char lastNonBlank(String s) {
        for (int i = s.length() - 1; i >= 0; i--) {
            if (!Character.isWhitespace(s.charAt(i))) {
                return s.charAt(i);
            }
        }
        return 0;
    }

    private static void agrees(String s) {
        long both = Blocks.visibleCharsAndLast(s);
        assertEquals(Blocks.visibleChars(s), (int) (both >>> Character.SIZE), s);
        assertEquals(lastNonBlank(s), (char) both, s);
    }

    @Test
    void countsAndEndsAsTwoPassesWould() {
        assertEquals(5, Blocks.visibleChars(" Hello \n"));
        assertEquals(4, Blocks.visibleChars("東京 "), "an ideograph counts double");
        for (String s : new String[] {"", " \n\t ", "Hello, world.\n   ", "Ende.\u00A0", "\u00A0\u00A0",
            "東京\u3000", "\u3000", "x\u0001", "tab\u000B", "Emoji 😀  ", "broken \uD800 ", "‏שלום.‏ "}) {
            agrees(s);
        }
    }

    @Test
    void aNoBreakSpaceIsNotCountedButEndsTheText_anIdeographicSpaceIsCountedButDoesNot() {
        long nbsp = Blocks.visibleCharsAndLast("Ende.\u00A0");
        assertEquals(5, (int) (nbsp >>> Character.SIZE));
        assertEquals('\u00A0', (char) nbsp);
        long ideographic = Blocks.visibleCharsAndLast("東京\u3000");
        assertEquals(6, (int) (ideographic >>> Character.SIZE));
        assertEquals('京', (char) ideographic);
    }

    @Test
    void asciiBlanksAreTheOnesCharacterIsWhitespaceNames() {
        for (char c = 0; c < 0x80; c++) {
            assertEquals(Character.isWhitespace(c), Blocks.isAsciiWhitespace(c), "U+" + Integer.toHexString(c));
            agrees("a" + c);
        }
    }

    @Test
    void theIdeographicSpaceIsTheOnlyBlankAmongTheCjkCharacters_andNoneIsBelowTheOghamSpaceMarkAboveAscii() {
        for (char c = Blocks.FIRST_CJK; c <= Blocks.LAST_CJK; c++) {
            assertEquals(Character.isWhitespace(c), c == Blocks.IDEOGRAPHIC_SPACE, "U+" + Integer.toHexString(c));
        }
        for (char c = 0x80; c < Blocks.FIRST_NON_ASCII_BLANK; c++) {
            assertEquals(false, Character.isWhitespace(c), "U+" + Integer.toHexString(c));
        }
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            assertEquals(Character.isWhitespace((char) c), Blocks.isWhitespace((char) c), "U+" + Integer.toHexString(c));
            agrees("a" + (char) c + " ");
            agrees("a" + (char) c);
        }
    }
}
