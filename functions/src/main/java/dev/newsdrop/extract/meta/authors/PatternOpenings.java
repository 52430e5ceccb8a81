package dev.newsdrop.extract.meta.authors;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The first characters a match of a pattern can open with, read from the pattern's source: a gate that
 * lets a caller skip a pattern of hundreds of words at the places of a text where none of its words can
 * start ("Anna Schmidt" opens no job title, no theme's credit). Every character is compared folded, as a
 * case-insensitive Unicode pattern compares it, and every blank as any blank, whatever the pattern's
 * flags: the gate admits at least every place where the pattern can match, never fewer.
 *
 * <p>The source is read as a small regular-expression language: literals, escapes, classes, groups with
 * or without flags, lookarounds and anchors (read as matching nothing), and quantifiers. A construct it
 * cannot enumerate (a negated class, {@code \p{L}}, {@code .}) matches any character there; a pattern
 * whose match may be empty or open with any character, or one it cannot read, is always asked.
 *
 * <p>The date finder's {@code LabelOpenings} is the same idea for literal word lists asked of a whole
 * text at once (where a word may begin); this class serves patterns of any shape, one place at a time.
 */
public final class PatternOpenings {

    /** Stands for any character in an opening. */
    private static final char ANY = '\uFFFF';

    /** Stands for any blank ({@code \s}) in an opening, and for a blank of the text. */
    private static final char BLANK = '\uFFFE';

    /** Stands for any decimal digit ({@code \d}, {@code \p{Nd}}, a digit written out) in an opening, and for a digit of the text. */
    private static final char DIGIT = '\uFFFD';

    /** The characters of an opening: enough to tell most words apart, few enough to keep the openings few. */
    private static final int OPENING_CHARS = 4;

    /** More openings than this are not kept: the pattern is then always asked. */
    private static final int MAX_OPENINGS = 50_000;

    /** The nodes of an opening's first this many characters may look their ASCII keys up in a table ({@code Node.asciiSlots}). */
    private static final int TABLED_DEPTHS = 2;

    /** A node with this many keys or fewer searches them: a table would not be faster. */
    private static final int MIN_TABLED_KEYS = 4;

    /** Classes with more characters than this are read as any character. */
    private static final int MAX_ENUMERATED_RANGE = 64;

    /** The characters {@code \s} matches. */
    private static final String BLANKS = " \t\n\u000B\f\r";

    /** The openings as a tree of their characters; null when every place is admitted. */
    private final Node root;

    /**
     * For each ASCII character, whether some opening may start with it: the first step of {@link Node#opens} looked up
     * once, since most places of most texts are ASCII and open nothing.
     */
    private final boolean[] rootAdmitsAscii;

    private final String source;
    private int at;
    /** Above 0 while the source is read past what the openings need: nothing is enumerated. */
    private int skipping;

    private PatternOpenings(String source) {
        this.source = source;
        Node read;
        try {
            Set<String> openings = alternation();
            if (at != source.length() || openings.contains("") || openings.contains(String.valueOf(ANY))) {
                read = null;
            } else {
                read = Node.of(openings);
            }
        } catch (RuntimeException unreadable) {
            read = null;
        }
        root = read;
        rootAdmitsAscii = new boolean[128];
        for (char c = 0; c < 128; c++) {
            rootAdmitsAscii[c] = root == null || root.end || root.admitsFirst(c);
        }
    }

    /** The openings of a pattern's source, as {@link java.util.regex.Pattern#compile} reads it. */
    public static PatternOpenings of(String source) {
        return new PatternOpenings(source);
    }

    /** True when every place is admitted: the source was not read, or a match may open with anything. */
    public boolean admitsAll() {
        return root == null;
    }

    /**
     * False when no match of the pattern can start at {@code at} of the text (its lookbehinds aside):
     * the text's characters from there open none of the pattern's alternatives.
     */
    public boolean mayOpenAt(CharSequence s, int at) {
        if (root == null) {
            return true;
        }
        if (at < s.length()) {
            char c = s.charAt(at);
            if (c < 128 && !rootAdmitsAscii[c]) {
                return false;
            }
        }
        return root.opens(s, at);
    }

    /**
     * False when no place of the text, its end included, opens a match ({@link #mayOpenAt}): the pattern's {@code find()}
     * then fails too, and the caller need not run it.
     */
    public boolean mayOpenIn(CharSequence s) {
        for (int i = 0, n = s.length(); i <= n; i++) {
            if (mayOpenAt(s, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * False when no match of the pattern can open with the code point {@code c}: the first character of {@link
     * #mayOpenAt}'s question alone, for a caller that has found where a text's first word starts without building the
     * text. A character outside the Basic Multilingual Plane, or half of one, is admitted as {@code mayOpenAt} admits it.
     */
    public boolean mayOpenWith(int c) {
        if (root == null || root.end || c > Character.MAX_VALUE) {
            return true;
        }
        return c < 128 ? rootAdmitsAscii[c] : root.admitsFirst((char) c);
    }

    /**
     * {@link #keyOf} of every UTF-16 unit, worked out once: the gates ask it of each character they
     * read, and the digit test and the two case foldings cost more than a look-up (128 KB).
     */
    private static final char[] KEYS = keys();

    private static char[] keys() {
        char[] keys = new char[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            keys[c] = keyOf((char) c);
        }
        return keys;
    }

    /** The character as an opening holds it ({@link #keyOf}), looked up. */
    static char key(char c) {
        return KEYS[c];
    }

    /**
     * The character as an opening holds it: {@link #BLANK} for a blank, {@link #DIGIT} for a decimal
     * digit, else folded as {@code (?iu)} patterns compare it.
     */
    static char keyOf(char c) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
            return BLANK;
        }
        return Character.isDigit(c) ? DIGIT : Character.toLowerCase(Character.toUpperCase(c));
    }

    /** A node of the openings' tree: the characters that may come next, and whether an opening ends here. */
    private static final class Node {
        private final char[] keys;
        private final Node[] next;
        private final boolean end;
        /**
         * For each ASCII character, one more than the index of its {@link #key} among {@link #keys} (0: none), on the
         * nodes of the first two characters that branch widely, which most places of a text reach: the binary search
         * looked up once. Null elsewhere, where the keys are few or the node is seldom reached.
         */
        private final byte[] asciiSlots;

        private Node(char[] keys, Node[] next, boolean end, int depth) {
            this.keys = keys;
            this.next = next;
            this.end = end;
            this.asciiSlots = depth < TABLED_DEPTHS && keys.length > MIN_TABLED_KEYS && keys.length < Byte.MAX_VALUE ? slots(keys) : null;
        }

        /** {@link #asciiSlots} of the keys. */
        private static byte[] slots(char[] keys) {
            byte[] slots = new byte[128];
            for (char c = 0; c < 128; c++) {
                int k = java.util.Arrays.binarySearch(keys, key(c));
                slots[c] = (byte) (k >= 0 ? k + 1 : 0);
            }
            return slots;
        }

        /** The index of the character's key among {@link #keys}, negative when it is none of them. */
        private int slotOf(char c) {
            return c < 128 && asciiSlots != null ? asciiSlots[c] - 1 : java.util.Arrays.binarySearch(keys, key(c));
        }

        /** The tree of the openings' characters. */
        static Node of(Set<String> openings) {
            String[] sorted = openings.toArray(new String[0]);
            java.util.Arrays.sort(sorted);
            return of(sorted, 0, sorted.length, 0);
        }

        /** The tree of {@code sorted[from..to)}, which share their first {@code depth} characters. */
        private static Node of(String[] sorted, int from, int to, int depth) {
            for (int i = from; i < to; i++) {
                if (sorted[i].length() <= depth) {
                    return new Node(new char[0], new Node[0], true, depth); // an opening ends here: the place is admitted
                }
            }
            List<Character> keys = new ArrayList<>();
            List<Node> next = new ArrayList<>();
            for (int i = from; i < to; ) {
                char c = sorted[i].charAt(depth);
                int j = i;
                while (j < to && sorted[j].charAt(depth) == c) {
                    j++;
                }
                keys.add(c);
                next.add(of(sorted, i, j, depth + 1));
                i = j;
            }
            char[] k = new char[keys.size()];
            for (int i = 0; i < k.length; i++) {
                k[i] = keys.get(i);
            }
            return new Node(k, next.toArray(new Node[0]), false, depth);
        }

        /** True when some opening may start with the character: the first step of {@link #opens}, a surrogate admitted as there. */
        boolean admitsFirst(char c) {
            return Character.isSurrogate(c) || java.util.Arrays.binarySearch(keys, key(c)) >= 0
                    || keys.length > 0 && keys[keys.length - 1] == ANY;
        }

        boolean opens(CharSequence s, int i) {
            if (end) {
                return true;
            }
            if (i >= s.length()) {
                return false;
            }
            char c = s.charAt(i);
            if (Character.isSurrogate(c)) {
                return true;
            }
            int k = slotOf(c);
            if (k >= 0 && next[k].opens(s, i + 1)) {
                return true;
            }
            int any = keys.length > 0 && keys[keys.length - 1] == ANY ? keys.length - 1 : -1; // ANY sorts last
            return any >= 0 && any != k && next[any].opens(s, i + 1);
        }
    }

    // ---- reading the source: each construct gives the openings (up to two characters) of what it matches

    private Set<String> alternation() {
        if (skipping > 0) {
            sequence();
            while (at < source.length() && source.charAt(at) == '|') {
                at++;
                sequence();
            }
            return Set.of();
        }
        Set<String> out = new HashSet<>(sequence());
        while (at < source.length() && source.charAt(at) == '|') {
            at++;
            out.addAll(sequence());
        }
        return out;
    }

    private Set<String> sequence() {
        Set<String> partial = Set.of("");
        boolean complete = false; // every head has all its characters: the rest is read, not enumerated
        while (at < source.length() && source.charAt(at) != '|' && source.charAt(at) != ')') {
            if (complete) {
                skipping++;
                atom();
                quantifier();
                skipping--;
                continue;
            }
            Set<String> atom = atom();
            int[] bounds = quantifier();
            if (skipping > 0) {
                continue;
            }
            Set<String> next = concat(partial, atom);
            if (bounds[0] == 0) {
                next.addAll(partial);
            }
            for (int copies = 1; copies < Math.min(bounds[1], OPENING_CHARS); copies++) {
                next.addAll(concat(next, atom)); // as many copies as an opening has characters give all its openings
            }
            partial = next;
            complete = true;
            for (String head : partial) {
                complete &= head.length() >= OPENING_CHARS;
            }
        }
        return partial;
    }

    private static Set<String> concat(Set<String> heads, Set<String> tails) {
        Set<String> out = new HashSet<>();
        for (String h : heads) {
            if (h.length() >= OPENING_CHARS) {
                out.add(h);
                continue;
            }
            for (String t : tails) {
                String joined = h + t;
                out.add(joined.length() > OPENING_CHARS ? joined.substring(0, OPENING_CHARS) : joined);
            }
        }
        if (out.size() > MAX_OPENINGS) {
            throw new IllegalArgumentException("too many openings");
        }
        return out;
    }

    /** The bounds of the quantifier after an atom ({1, 1} when none); {@link Integer#MAX_VALUE} for no upper bound. */
    private int[] quantifier() {
        if (at >= source.length()) {
            return new int[] {1, 1};
        }
        char c = source.charAt(at);
        int[] bounds;
        if (c == '?') {
            bounds = new int[] {0, 1};
            at++;
        } else if (c == '*') {
            bounds = new int[] {0, Integer.MAX_VALUE};
            at++;
        } else if (c == '+') {
            bounds = new int[] {1, Integer.MAX_VALUE};
            at++;
        } else if (c == '{' && at + 1 < source.length() && Character.isDigit(source.charAt(at + 1))) {
            int close = source.indexOf('}', at);
            String[] parts = source.substring(at + 1, close).split(",", -1);
            int min = Integer.parseInt(parts[0].trim());
            int max = parts.length == 1 ? min : parts[1].isBlank() ? Integer.MAX_VALUE : Integer.parseInt(parts[1].trim());
            bounds = new int[] {min, max};
            at = close + 1;
        } else {
            return new int[] {1, 1};
        }
        if (at < source.length() && (source.charAt(at) == '?' || source.charAt(at) == '+')) {
            at++; // lazy or possessive: the same characters
        }
        return bounds;
    }

    private Set<String> atom() {
        char c = source.charAt(at);
        switch (c) {
            case '(':
                return group();
            case '[':
                return chars(characterClass());
            case '\\':
                return escape();
            case '.':
                at++;
                return Set.of(String.valueOf(ANY));
            case '^':
            case '$':
                at++;
                return Set.of("");
            default:
                at++;
                return chars(String.valueOf(c));
        }
    }

    private Set<String> group() {
        at++; // '('
        boolean zeroWidth = false;
        if (source.startsWith("?", at)) {
            at++;
            if (source.startsWith("=", at) || source.startsWith("!", at)) {
                at++;
                zeroWidth = true;
            } else if (source.startsWith("<=", at) || source.startsWith("<!", at)) {
                at += 2;
                zeroWidth = true;
            } else {
                while (at < source.length() && (Character.isLetter(source.charAt(at)) || source.charAt(at) == '-')) {
                    at++; // flags
                }
                if (source.charAt(at) == ')') {
                    at++;
                    return Set.of(""); // "(?i)": flags alone match nothing
                }
                if (source.charAt(at) != ':') {
                    throw new IllegalArgumentException("group not read at " + at);
                }
                at++;
            }
        }
        Set<String> inside = alternation();
        if (at >= source.length() || source.charAt(at) != ')') {
            throw new IllegalArgumentException("unclosed group");
        }
        at++;
        return zeroWidth ? Set.of("") : inside;
    }

    private Set<String> escape() {
        at++; // '\'
        char c = source.charAt(at++);
        switch (c) {
            case 's':
                return chars(BLANKS);
            case 'd':
                return Set.of(String.valueOf(DIGIT));
            case 'Q':
                int end = source.indexOf("\\E", at);
                String quoted = end < 0 ? source.substring(at) : source.substring(at, end);
                at = end < 0 ? source.length() : end + 2;
                if (at < source.length() && "?*+{".indexOf(source.charAt(at)) >= 0) {
                    throw new IllegalArgumentException("a quantifier after a quotation"); // it would bind to the last character alone
                }
                Set<String> literal = Set.of("");
                for (int i = 0; i < quoted.length(); i++) {
                    literal = concat(literal, chars(String.valueOf(quoted.charAt(i))));
                }
                return literal;
            case 'b':
            case 'B':
            case 'A':
            case 'z':
            case 'Z':
            case 'G':
                return Set.of("");
            case 'p':
            case 'P':
                boolean digits = c == 'p' && source.startsWith("{Nd}", at);
                if (source.charAt(at) == '{') {
                    at = source.indexOf('}', at) + 1;
                } else {
                    at++;
                }
                return Set.of(String.valueOf(digits ? DIGIT : ANY)); // a decimal digit, or any character for another property
            case 't':
                return chars("\t");
            case 'n':
                return chars("\n");
            case 'r':
                return chars("\r");
            case 'f':
                return chars("\f");
            case 'u':
                char u = (char) Integer.parseInt(source.substring(at, at + 4), 16);
                at += 4;
                return chars(String.valueOf(u));
            default:
                if (Character.isLetterOrDigit(c)) {
                    return Set.of(String.valueOf(ANY)); // \w, \S, \Q and the like: any character, to be safe
                }
                return chars(String.valueOf(c)); // an escaped mark: "\\.", "\\|"
        }
    }

    /** The characters of a class, or a string holding {@link #ANY} when it is not enumerated. */
    private String characterClass() {
        at++; // '['
        StringBuilder out = new StringBuilder();
        if (source.charAt(at) == '^') {
            skipClass();
            return String.valueOf(ANY);
        }
        boolean first = true;
        while (source.charAt(at) != ']' || first) {
            first = false;
            char c = source.charAt(at);
            if (c == '[' || c == '&') {
                skipClass();
                return String.valueOf(ANY);
            }
            char from;
            if (c == '\\') {
                char e = source.charAt(at + 1);
                if (e == 's') {
                    out.append(BLANKS);
                    at += 2;
                    continue;
                }
                if (Character.isLetterOrDigit(e)) {
                    skipClass();
                    return String.valueOf(ANY); // \p{L}, \w, \d in a class
                }
                from = e;
                at += 2;
            } else {
                from = c;
                at++;
            }
            if (source.charAt(at) == '-' && source.charAt(at + 1) != ']') {
                char to = source.charAt(at + 1);
                if (to == '\\' || to - from > MAX_ENUMERATED_RANGE || to < from) {
                    skipClass();
                    return String.valueOf(ANY);
                }
                for (char r = from; r <= to; r++) {
                    out.append(r);
                }
                at += 2;
            } else {
                out.append(from);
            }
        }
        at++; // ']'
        return out.toString();
    }

    /** Moves past the class being read, nested classes included. */
    private void skipClass() {
        int depth = 1;
        while (depth > 0) {
            char c = source.charAt(at++);
            if (c == '\\') {
                at++;
            } else if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            }
        }
    }

    private static Set<String> chars(String chars) {
        if (chars.length() == 1) {
            char c = chars.charAt(0);
            return Set.of(String.valueOf(c == ANY || Character.isSurrogate(c) ? ANY : key(c)));
        }
        Set<String> out = new HashSet<>();
        for (int i = 0; i < chars.length(); i++) {
            char c = chars.charAt(i);
            out.add(String.valueOf(c == ANY || Character.isSurrogate(c) ? ANY : key(c)));
        }
        return out;
    }
}
