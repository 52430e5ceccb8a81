package dev.newsdrop.extract.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Vietnamese credit of the paper or agency a republished story was taken from, "Theo VnExpress"
 * ("according to VnExpress"), set as the text's last line or in brackets closing it ("… đồng. (Theo
 * Reuters)"): a source credit, as "Nguồn: X" or "Source: X" is elsewhere, not a writer's name. "Theo" is a
 * given name in other languages ("Theo Walcott"), so callers read a line so only beside Vietnamese text
 * ({@link #isVietnamese}).
 */
public final class AccordingToCredit {

    /** The source's name after "Theo": a paper's or an agency's, a few words ("Tuổi Trẻ", "Dân trí", "TTXVN"). */
    private static final String SOURCE = "([\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N} .&'’-]{0,40}?)";

    /** A line that is only the credit, perhaps in brackets: "Theo Tuổi Trẻ", "(Theo VnExpress)". Group 1 the source. */
    private static final Pattern LINE = Pattern.compile("^[(\\[]?\\s*Theo\\s+" + SOURCE + "\\s*[)\\]]?\\s*[.。]?$");

    /** The credit in brackets closing a paragraph: "… một trăm nghìn đồng. (Theo Reuters)". Group 1 the source. */
    private static final Pattern TRAILING = Pattern.compile("[(\\[]\\s*Theo\\s+" + SOURCE + "\\s*[)\\]]\\s*[.。]?$");

    /**
     * Letters Vietnamese writes and the other languages read do not: "ơ" and "ư", and the vowels carrying a
     * tone mark under or over another mark (U+1EA0 to U+1EF9, "ạ", "ấ", "ệ", "ộ", "ữ"). A few such letters occur in
     * Yoruba and in loanwords; Vietnamese prose holds many in a sentence.
     */
    private static final int MIN_VIETNAMESE_LETTERS = 4;

    private AccordingToCredit() {
    }

    /** The source a line that is only a "Theo" credit names, or null. */
    public static String source(String line) {
        if (line == null || line.indexOf("Theo") < 0) {
            return null;
        }
        Matcher m = LINE.matcher(line.strip());
        return m.matches() ? m.group(1).strip() : null;
    }

    /** The bracketed "(Theo X)" credit closing a paragraph, matched (group 1 the source), or null. */
    public static Matcher trailing(String paragraph) {
        if (paragraph == null || paragraph.indexOf("Theo") < 0) {
            return null;
        }
        Matcher m = TRAILING.matcher(paragraph);
        return m.find() ? m : null;
    }

    /** True when the text holds enough of the letters only Vietnamese writes ({@link #MIN_VIETNAMESE_LETTERS}). */
    public static boolean isVietnamese(CharSequence text) {
        int found = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 'ơ' || c == 'ư' || c == 'Ơ' || c == 'Ư' || c >= '\u1EA0' && c <= '\u1EF9') {
                if (++found >= MIN_VIETNAMESE_LETTERS) {
                    return true;
                }
            }
        }
        return false;
    }
}
