package dev.newsdrop.extract.body;

import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link NoiseRemover#hidesElement}: an inline style that hides its element, read at each colon, finds
 * what the pattern it replaced finds.
 */
class HiddenStyleTest {

    /** The pattern the noise stage used to search every inline style with. */
    private static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");

    @Test
    void readsHidingDeclarationsInAnyAsciiCaseAndSpacing() {
        assertTrue(NoiseRemover.hidesElement("display:none"));
        assertTrue(NoiseRemover.hidesElement("color: red; DISPLAY :\n None !important"));
        assertTrue(NoiseRemover.hidesElement("visibility:\thidden"));
        assertTrue(NoiseRemover.hidesElement("x-display:none-ish"), "anywhere in the style, as the pattern found it");
        assertFalse(NoiseRemover.hidesElement("display: block; visibility: visible"));
        assertFalse(NoiseRemover.hidesElement("display\u00A0: none"), "a no-break space is no blank to the pattern");
        assertFalse(NoiseRemover.hidesElement("dısplay: none"), "only ASCII letters fold");
        assertFalse(NoiseRemover.hidesElement("display; none"));
        assertFalse(NoiseRemover.hidesElement(":none"));
    }

    @Test
    void agreesWithThePatternOnMixedStyles() {
        String[] parts = {"display", "DISPLAY", "Visibility", "visibility", "none", "NONE", "hidden", "Hidden", ":", " ", "\t", "\n",
            "\u000B", "\u00A0", ";", "x", "dis", "play", "-", "ı", "K", "\u212A", "none;", "hid", "den"};
        Random random = new Random(14);
        for (int n = 0; n < 200_000; n++) {
            StringBuilder style = new StringBuilder();
            for (int k = random.nextInt(8); k >= 0; k--) {
                style.append(parts[random.nextInt(parts.length)]);
            }
            String s = style.toString();
            assertEquals(HIDDEN_STYLE.matcher(s).find(), NoiseRemover.hidesElement(s), s);
        }
    }
}
