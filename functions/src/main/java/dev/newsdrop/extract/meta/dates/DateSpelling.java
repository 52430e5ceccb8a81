package dev.newsdrop.extract.meta.dates;

import java.text.Normalizer;

/**
 * The one spelling dates are read in: month and weekday names are listed, and texts compared, as {@link #normalize}
 * leaves them. Kept apart from {@link DateParser} and {@link MonthNames}, whose tables are built with it while each
 * class is initialised: a class of its own, with no tables, lets either be loaded first.
 */
final class DateSpelling {

    private DateSpelling() {
    }

    /**
     * Lower case, Arabic alef forms unified, Persian ye and kaf written as Arabic's, tatweel and short
     * vowels dropped, Greek accents dropped (headlines set Greek in capitals without them), non-breaking
     * spaces plain, Indic nukta letters decomposed ({@link #isNuktaLetter}), Hebrew points dropped and Yiddish's
     * ligatures written as their two letters.
     */
    static String normalize(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u0640' || (c >= '\u064B' && c <= '\u0652')) {
                continue;
            }
            if (c >= '\u0591' && c <= '\u05C7' && c != '\u05BE' && c != '\u05C0' && c != '\u05C3' && c != '\u05C6') {
                continue; // Hebrew's points and cantillation, which Yiddish writes on its vowels ("נאָוועמבער"); not its maqaf or punctuation
            }
            if (c >= '\u05F0' && c <= '\u05F2') { // Yiddish's ligatures, which many sites type as two letters
                out.append(c == '\u05F0' ? "וו" : c == '\u05F1' ? "וי" : "יי");
                continue;
            }
            if (c >= '\uFB1D' && c <= '\uFB4F') { // presentation forms: a letter with its points, or two letters, as one code point
                String letters = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKD);
                if (letters.length() > 1 || letters.charAt(0) != c) {
                    out.append(normalize(letters));
                    continue;
                }
            }
            if (c >= '\u0386' && c <= '\u03CE') {
                c = greekWithoutAccent(c);
            }
            if (c == '\u0623' || c == '\u0625' || c == '\u0622') {
                c = '\u0627';
            } else if (c == '\u06CC') { // Persian ye and kaf as Arabic writes them: sites type either
                c = '\u064A';
            } else if (c == '\u06A9') {
                c = '\u0643';
            } else if (c == '\u00A0' || c == '\u202F' || c == '\u200F' || c == '\u200E') {
                c = ' ';
            } else if (c == '\u104A') {
                c = ','; // the Burmese comma, "ဒီဇင်ဘာ ၂၊ ၂၀၂၆"
            } else if (isNuktaLetter(c)) {
                out.append(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD)); // the letter, then its nukta
                continue;
            }
            out.append(Character.toLowerCase(c));
        }
        return out.toString();
    }

    /** A Greek letter without its tonos or dialytika ("ά" and "Ά" → "α", "ΐ" → "ι"). */
    private static char greekWithoutAccent(char c) {
        return switch (c) {
            case '\u0386', '\u03AC' -> '\u03B1';
            case '\u0388', '\u03AD' -> '\u03B5';
            case '\u0389', '\u03AE' -> '\u03B7';
            case '\u038A', '\u03AF', '\u0390', '\u03CA', '\u03AA' -> '\u03B9';
            case '\u038C', '\u03CC' -> '\u03BF';
            case '\u038E', '\u03CD', '\u03B0', '\u03CB', '\u03AB' -> '\u03C5';
            case '\u038F', '\u03CE' -> '\u03C9';
            case '\u03C2' -> '\u03C3'; // final sigma, which upper case loses
            default -> c;
        };
    }

    /**
     * True for an Indic letter written as one code point with its nukta (Devanagari "फ़", Bengali "য়",
     * Gurmukhi "ਫ਼"), which other texts write as the letter and a combining nukta; Unicode composition
     * never joins the two, so both forms are read as the decomposed one.
     */
    private static boolean isNuktaLetter(char c) {
        return c >= '\u0958' && c <= '\u095F' || c == '\u09DC' || c == '\u09DD' || c == '\u09DF'
                || c == '\u0A33' || c == '\u0A36' || c >= '\u0A59' && c <= '\u0A5B' || c == '\u0A5E'
                || c == '\u0B5C' || c == '\u0B5D';
    }
}
