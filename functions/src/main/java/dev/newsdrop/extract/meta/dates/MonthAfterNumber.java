package dev.newsdrop.extract.meta.dates;

import java.util.List;

import static dev.newsdrop.extract.meta.dates.DateParser.isAsciiDigit;

/**
 * The gate before {@link DateParser}'s month-name patterns: false when no month's name can follow a number in a text,
 * told by the characters after each run of digits, so that most texts with a year are refused without a matcher.
 */
final class MonthAfterNumber {

    /**
     * The characters a month's spelling in {@link DateParser#MONTH_ALTERNATION} can open with that are no letter
     * ({@link Character#isLetter(char)}), sorted: none today, kept so that {@link #mayHoldMonthAfterNumber}
     * stays true to the patterns whatever spellings {@link MonthNames} gains.
     */
    private static final char[] MONTH_OPENERS_NOT_LETTERS = MonthNames.allSpellings().stream()
            .filter(w -> !w.isEmpty() && !Character.isLetter(w.charAt(0)))
            .map(w -> String.valueOf(w.charAt(0))).distinct().sorted().collect(java.util.stream.Collectors.joining()).toCharArray();

    /**
     * False when no month's name can follow a number as {@link DateParser#DAY_MONTH_YEAR} (a day of one or two digits) and
     * {@link DateParser#YEAR_MONTH_DAY} or {@link DateParser#YEAR_SPACE_MONTH_DAY} (a year of four) need: a run of {@code minDigits}
     * to {@code maxDigits} ASCII digits with no digit on either side, then, past any dots, "º", hyphens and
     * blanks ({@code \s}), a letter or a month's first character. Whatever those patterns let stand between the
     * number and the month (an ordinal's "th", "de", "d'", "of", "ta'", "ga", "ខែ", "ເດືອນ", "m.", "ko") opens with a
     * letter or is made of those characters, so every match passes; most texts with a year ("2024-03-27",
     * "27.03.2024, 10:45") are refused without a matcher, whose slots for the month trie's groups cost more
     * than the search.
     */
    static boolean mayHoldMonthAfterNumber(String s, int minDigits, int maxDigits) {
        int length = s.length();
        for (int i = 0; i < length; i++) {
            if (!isAsciiDigit(s.charAt(i))) {
                continue;
            }
            int end = i + 1;
            while (end < length && isAsciiDigit(s.charAt(end))) {
                end++;
            }
            int run = end - i;
            i = end; // the next run starts past a non-digit
            if (run < minDigits || run > maxDigits) {
                continue;
            }
            int k = end;
            while (k < length && isBetweenNumberAndMonth(s.charAt(k))) {
                k++;
            }
            if (k < length && (Character.isLetter(s.charAt(k)) || java.util.Arrays.binarySearch(MONTH_OPENERS_NOT_LETTERS, s.charAt(k)) >= 0)
                    && mayOpenMonthOrJoiner(s, k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The words {@link DateParser#DAY_MONTH_YEAR}, {@link DateParser#YEAR_MONTH_DAY} and {@link DateParser#YEAR_SPACE_MONTH_DAY} let stand between a
     * number and a month's name that open with a character {@link #isBetweenNumberAndMonth} does not skip: an ordinal's
     * letters ("th", "er", Turkmen's "nji", Sorani's izafe "ي" and its blank, Yiddish's "טן", "טער", "סטן", Kurmanji's izafe
     * "ê" and its blank, "yê" after an apostrophe, "6ê Kanûnê", "3'yê"), the day's joiners ("de", "di", "da", "a viz", "d'", "of", "ta'", "ga", "ខែ", "ເດືອນ") and the year's ("m.",
     * "eko", "ko", Sakha's "с."), by their first two characters: whatever follows them is matched by the patterns.
     */
    private static final List<String> WORDS_BEFORE_MONTH = List.of("er", "st", "nd", "rd", "th", "de", "di", "da", "a ", "d'", "d\u2019", "of", "ta",
            "ga", "\u1781\u17C2", "\u0EC0\u0E94", "m.", "с.", "ek", "ko", "nj", "\u064A ", "טן", "טע", "סט", "ê ", "yê");

    /**
     * The first two characters of every word of {@link #WORDS_BEFORE_MONTH} and of every month's spelling shorter than
     * three characters, each also lower-cased, as {@code first << 16 | second}, sorted; a one-character spelling as
     * {@code first << 16}.
     */
    private static final int[] JOINER_PAIRS;

    /**
     * The first three characters of every month's spelling of three characters or more, each also lower-cased, as
     * {@code first << 32 | second << 16 | third}, sorted: two told too little once Northern Sámi's "miessemánnu" (May)
     * opened as "5 min read" does.
     */
    private static final long[] MONTH_TRIPLES;

    /** True when a month's spelling opens with a character {@link #isBetweenNumberAndMonth} skips: the keys then tell nothing. */
    private static final boolean MONTH_OPENS_WITH_SKIPPED;

    static {
        java.util.TreeSet<Integer> pairs = new java.util.TreeSet<>();
        java.util.TreeSet<Long> triples = new java.util.TreeSet<>();
        boolean skipped = false;
        for (String w : MonthNames.allSpellings()) {
            if (w.isEmpty() || isBetweenNumberAndMonth(w.charAt(0))) {
                skipped = true;
            } else if (w.length() >= 3) {
                triples.add(triple(w.charAt(0), w.charAt(1), w.charAt(2)));
                triples.add(triple(Character.toLowerCase(w.charAt(0)), Character.toLowerCase(w.charAt(1)), Character.toLowerCase(w.charAt(2))));
            } else {
                addPair(pairs, w);
            }
        }
        for (String w : WORDS_BEFORE_MONTH) {
            addPair(pairs, w);
        }
        JOINER_PAIRS = pairs.stream().mapToInt(Integer::intValue).toArray();
        MONTH_TRIPLES = triples.stream().mapToLong(Long::longValue).toArray();
        MONTH_OPENS_WITH_SKIPPED = skipped;
    }

    private static void addPair(java.util.Set<Integer> pairs, String w) {
        char a = w.charAt(0);
        char b = w.length() > 1 ? w.charAt(1) : 0;
        pairs.add(a << 16 | b);
        pairs.add(Character.toLowerCase(a) << 16 | Character.toLowerCase(b));
    }

    private static long triple(char a, char b, char c) {
        return (long) a << 32 | (long) b << 16 | c;
    }

    /**
     * False when neither a month's spelling nor a word of {@link #WORDS_BEFORE_MONTH} opens at {@code k}, told by the
     * first three characters of a month ({@link #MONTH_TRIPLES}) and the first two of a word before it
     * ({@link #JOINER_PAIRS}): the month patterns compare them exactly, and a text's characters there are also tried
     * lower-cased, which only lets more through. "5 min read", "10 years", "3 comments" are refused here.
     */
    private static boolean mayOpenMonthOrJoiner(String s, int k) {
        if (MONTH_OPENS_WITH_SKIPPED) {
            return true;
        }
        char a = s.charAt(k);
        char b = k + 1 < s.length() ? s.charAt(k + 1) : 0;
        char c = k + 2 < s.length() ? s.charAt(k + 2) : 0;
        char la = Character.toLowerCase(a);
        char lb = Character.toLowerCase(b);
        return java.util.Arrays.binarySearch(JOINER_PAIRS, a << 16 | b) >= 0
                || java.util.Arrays.binarySearch(JOINER_PAIRS, a << 16) >= 0
                || java.util.Arrays.binarySearch(JOINER_PAIRS, la << 16 | lb) >= 0
                || java.util.Arrays.binarySearch(MONTH_TRIPLES, triple(a, b, c)) >= 0
                || java.util.Arrays.binarySearch(MONTH_TRIPLES, triple(la, lb, Character.toLowerCase(c))) >= 0;
    }

    /**
     * The characters that may stand between a number and a month's name, or before the word between them, that are no
     * letter: dots, "º", hyphens, slashes, {@code \s}, and the apostrophes Kurmanji sets before a day's ending ("3'yê").
     */
    private static boolean isBetweenNumberAndMonth(char c) {
        return c == '.' || c == '\u00BA' || c == '-' || c == '/' || c == '\'' || c == '\u2019' || c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }}
