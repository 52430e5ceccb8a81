package dev.newsdrop.extract.source;

import dev.newsdrop.codec.ContentTypes;
import org.mozilla.universalchardet.UniversalDetector;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides how a page's bytes are decoded, in trust order: the transport's charset, a byte-order
 * mark, the page's own declaration, then detection from the bytes. A declaration of UTF-8 that
 * the bytes contradict is overruled by detection, since servers and templates often mislabel.
 */
final class CharsetChooser {

    /** How much of the page start is searched for a declaration (HTML says 1024; real pages put it later). */
    private static final int DECLARATION_WINDOW = 8192;

    /** Bytes fed to the statistical detector: plenty for a verdict, bounded for huge pages. */
    private static final int DETECTION_WINDOW = 256 * 1024;

    /** {@code <meta charset=x>}, {@code <meta http-equiv content="...; charset=x">} and the XML prolog. */
    private static final Pattern DECLARED = Pattern.compile(
            "<meta[^>]{0,300}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]{2,40})|<\\?xml[^>]{0,100}encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]{2,40})",
            Pattern.CASE_INSENSITIVE);

    /** Labels browsers treat as another charset (WHATWG Encoding): Latin-1 is really windows-1252. */
    private static final Map<String, String> BROWSER_ALIASES = Map.of(
            "iso-8859-1", "windows-1252",
            "latin1", "windows-1252",
            "us-ascii", "windows-1252",
            "ascii", "windows-1252",
            "iso-8859-6", "windows-1256",
            "utf8", "UTF-8",
            "x-user-defined", "windows-1252");

    /**
     * Share of Arabic-letter byte runs that must contain the definite article "ال" (0xC7 0xE1 in
     * windows-1256) to call undeclared single-byte text Arabic; it starts a large part of Arabic words
     * and is rare as a byte pair in Cyrillic, Greek or Latin text.
     */
    private static final double ARABIC_ARTICLE_SHARE = 0.12;

    /** Word-inside high bytes needed to judge their spread: a few words are not a sample. */
    private static final int MIN_INNER_LETTERS = 20;

    /**
     * Least share of the rarer half (0xC0-0xDF or 0xE0-0xFF) among word-inside letters: Arabic,
     * Persian and Urdu prose in windows-1256 measured 0.25-0.38, Russian in windows-1251, KOI8-R and
     * Mac Cyrillic at most 0.02, Greek 0.11.
     */
    private static final double MIN_HALF_MIX = 0.18;

    /** Least share of 0xC1-0xCF (ا to د) among word-inside bytes: 0.34-0.49 in Arabic script, 0 in ISO-8859-5 Cyrillic. */
    private static final double MIN_ALEF_TO_DAL_SHARE = 0.15;

    /** Largest share of 0x80-0xBF among word-inside bytes: 0.13 in Urdu (its own letters sit there), 0.32 in Thai. */
    private static final double MAX_BELOW_C0_SHARE = 0.22;

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /**
     * Multi-byte sequences a page declared in a multi-byte legacy charset (GB2312, Shift_JIS, EUC-KR)
     * must hold before well-formed UTF-8 overrides the declaration: a few such characters can form
     * valid UTF-8 by chance, whole paragraphs cannot.
     */
    private static final int MIN_MULTIBYTE_SEQUENCES = 16;

    private CharsetChooser() {
    }

    /**
     * The page as text, or as bytes known to be well-formed UTF-8 (left for the parser to decode in
     * one pass), and the charset name to report.
     */
    record Decoded(String text, byte[] utf8, String charset) {

        Decoded(String text, String charset) {
            this(text, null, charset);
        }

        static Decoded utf8(byte[] bytes, String charset) {
            return new Decoded(null, bytes, charset);
        }
    }

    static Decoded decode(byte[] bytes, String contentType) {
        Charset bom = fromBom(bytes);
        if (bom != null) {
            return new Decoded(stripBom(new String(bytes, bom)), bom.name());
        }
        Charset transport = supported(contentType == null ? null : ContentTypes.charset(contentType));
        Decoded declared = transport != null ? tryDeclared(bytes, transport) : null;
        if (declared != null) {
            return declared;
        }
        Charset inPage = supported(declaredInPage(bytes));
        declared = inPage != null ? tryDeclared(bytes, inPage) : null;
        return declared != null ? declared : detect(bytes);
    }

    /**
     * Decodes with a declared charset, or null when the bytes contradict it: a UTF-8 claim with
     * invalid sequences. A legacy claim on bytes that are plainly UTF-8 gives way to UTF-8: pages
     * re-saved or served through a converting CMS keep their old {@code <meta charset>}, and text
     * in a legacy charset is all but never well-formed UTF-8 as a whole once it holds non-ASCII
     * letters (in a single-byte code page, two letters side by side already break it).
     */
    private static Decoded tryDeclared(byte[] bytes, Charset declared) {
        if (declared.equals(StandardCharsets.UTF_8)) {
            return asUtf8(bytes); // null when the bytes are not UTF-8: detection decides
        }
        boolean latin = declared.equals(WINDOWS_1252) || declared.equals(StandardCharsets.ISO_8859_1);
        if (!declared.name().startsWith("UTF-")) {
            Decoded utf8 = asUtf8(bytes);
            if (utf8 != null) {
                if (latin && Utf8Bytes.isAscii(bytes)) {
                    return Decoded.utf8(bytes, declared.name()); // all ASCII: it reads the same in both
                }
                int needed = singleByte(declared) ? 1 : MIN_MULTIBYTE_SEQUENCES;
                if (multibyteSequences(bytes, needed) >= needed) {
                    return utf8;
                }
            }
        }
        return new Decoded(new String(bytes, declared), declared.name());
    }

    /** Whether every character of the charset is one byte (the ISO-8859 and windows code pages). */
    private static boolean singleByte(Charset charset) {
        return charset.canEncode() && charset.newEncoder().maxBytesPerChar() == 1.0f;
    }

    /**
     * The UTF-8 multi-byte sequences in well-formed bytes, counted up to {@code enough}: each starts
     * with a lead byte from 0xC2 on.
     */
    private static int multibyteSequences(byte[] bytes, int enough) {
        int count = 0;
        for (int i = 0; i < bytes.length && count < enough; i++) {
            if ((bytes[i] & 0xFF) >= 0xC2) {
                count++;
            }
        }
        return count;
    }

    static Decoded detect(byte[] bytes) {
        Decoded utf8 = asUtf8(bytes);
        if (utf8 != null) {
            return utf8;
        }
        if (looksLikeWindows1256(bytes)) {
            Charset arabic = Charset.forName("windows-1256");
            return new Decoded(new String(bytes, arabic), arabic.name());
        }
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, Math.min(bytes.length, DETECTION_WINDOW));
        detector.dataEnd();
        Charset guessed = supported(detector.getDetectedCharset());
        if (guessed == null || guessed.equals(StandardCharsets.UTF_8)) {
            guessed = WINDOWS_1252;
        }
        return new Decoded(new String(bytes, guessed), guessed.name());
    }

    static String declaredInPage(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, DECLARATION_WINDOW), StandardCharsets.ISO_8859_1);
        // Both forms open with '<': trying the pattern only there finds the same first match as
        // find(), without attempting it at every other offset of the window.
        // and only at a '<' that opens "<?xml", or "<meta" with "charset" before its '>': the pattern
        // needs one of them
        Matcher m = DECLARED.matcher(head);
        for (int at = head.indexOf('<'); at >= 0; at = head.indexOf('<', at + 1)) {
            if (mayDeclare(head, at) && m.region(at, head.length()).lookingAt()) {
                return m.group(1) != null ? m.group(1) : m.group(2);
            }
        }
        return null;
    }

    /**
     * False when the tag at {@code at} cannot be a declaration {@link #DECLARED} reads: neither the XML
     * prolog nor a meta tag with "charset" before its '>' (case folded, as the pattern folds it).
     * Reads the tag only, so a head of many meta tags costs its length once.
     */
    private static boolean mayDeclare(String head, int at) {
        if (head.regionMatches(true, at, "<?xml", 0, 5)) {
            return true;
        }
        if (!head.regionMatches(true, at, "<meta", 0, 5)) {
            return false;
        }
        int end = head.indexOf('>', at);
        int last = (end < 0 ? head.length() : end) - "charset".length();
        for (int i = at + 5; i <= last; i++) {
            if ((head.charAt(i) | 0x20) == 'c' && head.regionMatches(true, i, "charset", 0, 7)) {
                return true;
            }
        }
        return false;
    }

    /** The Java charset for a label, browser aliases applied; null when unknown or missing. */
    static Charset supported(String label) {
        if (label == null || label.isBlank()) {
            return null;
        }
        String key = label.trim().toLowerCase(Locale.ROOT);
        String name = BROWSER_ALIASES.getOrDefault(key, key);
        try {
            return Charset.isSupported(name) ? Charset.forName(name) : null;
        } catch (IllegalArgumentException badName) {
            return null;
        }
    }

    private static String find(Pattern pattern, String s) {
        Matcher m = pattern.matcher(s);
        return m.find() ? m.group(1) : null;
    }

    private static Charset fromBom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    private static String stripBom(String s) {
        return !s.isEmpty() && s.charAt(0) == '\uFEFF' ? s.substring(1) : s;
    }

    /**
     * The bytes as UTF-8, or null when they are not valid UTF-8. A page cut off in the middle of its
     * last character is still UTF-8, so one broken sequence in the final three bytes is dropped.
     */
    static Decoded asUtf8(byte[] bytes) {
        int malformed = Utf8Bytes.firstMalformed(bytes);
        if (malformed < 0) {
            return Decoded.utf8(bytes, "UTF-8");
        }
        if (malformed < bytes.length - 3) {
            return null;
        }
        return new Decoded(new String(bytes, 0, malformed, StandardCharsets.UTF_8), "UTF-8");
    }

    /**
     * Windows-1256 Arabic, Persian or Urdu, which the statistical detector does not know. Two
     * signs, either enough: many words hold the byte pair of the definite article "ال"; or the
     * letters inside words are spread the way only this code page spreads a script
     * ({@link #looksLikeArabicLetters}), whatever the words are about.
     */
    static boolean looksLikeWindows1256(byte[] bytes) {
        int n = Math.min(bytes.length, DETECTION_WINDOW);
        int runs = 0;
        int runsWithArticle = 0;
        int[] inner = new int[4]; // word-inside bytes: 0x80-0xBF, 0xC0-0xDF, 0xE0-0xFF, and 0xC1-0xCF among them
        int i = 0;
        while (i < n) {
            if (bytes[i] >= 0) {
                i++;
                continue;
            }
            int start = i;
            boolean article = false;
            while (i < n && bytes[i] < 0) {
                if (i + 1 < n && (bytes[i] & 0xff) == 0xC7 && (bytes[i + 1] & 0xff) == 0xE1) {
                    article = true;
                }
                i++;
            }
            if (i - start >= 2) {
                runs++;
                if (article) {
                    runsWithArticle++;
                }
                for (int k = start + 1; k < i; k++) {
                    int b = bytes[k] & 0xff;
                    inner[b < 0xC0 ? 0 : b < 0xE0 ? 1 : 2]++;
                    if (b >= 0xC1 && b <= 0xCF) {
                        inner[3]++;
                    }
                }
            }
        }
        return runs >= 3 && (runsWithArticle >= ARABIC_ARTICLE_SHARE * runs || looksLikeArabicLetters(inner));
    }

    /**
     * The byte spread of Arabic letters in windows-1256, on the bytes inside words (a word's first
     * letter may be a capital in other scripts). The alphabet's commonest letters straddle 0xE0:
     * ا ب ة ت د ر س ع below it, ل م ن ه و ي above, so a word mixes both halves. Read as windows-1251,
     * KOI8-R or Mac Cyrillic, which put a case on each side of 0xE0, that is a word changing case
     * letter after letter, which Cyrillic prose never does; Greek mixes the halves far less. ISO-8859-5
     * Cyrillic mixes them too, but its small letters never use 0xC1-0xCF, where ا ب ة ت ج ح خ د sit;
     * Thai (TIS-620) keeps most consonants below 0xC0, where Arabic has only a few Persian and Urdu letters.
     */
    private static boolean looksLikeArabicLetters(int[] inner) {
        int letters = inner[1] + inner[2];
        int all = letters + inner[0];
        return all >= MIN_INNER_LETTERS
                && Math.min(inner[1], inner[2]) >= MIN_HALF_MIX * letters
                && inner[3] >= MIN_ALEF_TO_DAL_SHARE * all
                && inner[0] <= MAX_BELOW_C0_SHARE * all;
    }
}
