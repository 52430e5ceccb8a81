package dev.newsdrop.extract.meta.authors;

import dev.newsdrop.extract.meta.ComparisonKey;
import dev.newsdrop.extract.meta.Edges;
import dev.newsdrop.extract.text.Words;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The publication among author names: the site or publisher named as an author beside a person, a
 * publication closing a byline ("Jane Doe USA TODAY"), and the publication's desks and parent brand.
 */
final class PublisherNames {

    /** A full stop closing a name once a publication after it is cut: "Finian Roe." */
    private static final IntPredicate EDGE_DOT = Edges.SPACE.or(c -> c == '.');

    /** The article before a publication's name, in the languages read: "The", "Le", "La", "Les", "Al-". */
    private static final Pattern LEADING_ARTICLE = Pattern.compile("(?i)^(?:(?:the|le|la|les|el)\\s+|l['’]|al-)");

    /**
     * A publication's name compared without a leading article: "the Guardian" is "Guardian". The pattern is
     * tried only on a name opening with a letter its articles open with ({@link #mayOpenWithArticle}).
     */
    static String publicationKey(String name) {
        String trimmed = name.trim();
        return ComparisonKey.of(mayOpenWithArticle(trimmed) ? LEADING_ARTICLE.matcher(trimmed).replaceFirst("") : trimmed);
    }

    /**
     * False when {@link #LEADING_ARTICLE} cannot match the name: each of its articles opens with "t", "l", "e" or
     * "a", and its {@code (?i)} folds ASCII letters only, so a name opening with any other character keeps it.
     */
    static boolean mayOpenWithArticle(String name) {
        if (name.isEmpty()) {
            return false;
        }
        int c = name.charAt(0) | 0x20; // a lower-case ASCII letter only for that letter and its capital
        return c == 't' || c == 'l' || c == 'e' || c == 'a';
    }

    /** {@link #publicationKey} with the pattern tried on every name, for tests. */
    static String publicationKeyByPattern(String name) {
        return ComparisonKey.of(LEADING_ARTICLE.matcher(name.trim()).replaceFirst(""));
    }

    /**
     * Patterns of a publication name ending a byline after a name of two words or more: "Jane Doe
     * USA TODAY" loses its affiliation, while a desk named after the site ("Team Ebony", "CBC Arts")
     * stays whole. Built once a page, for the candidates to come.
     */
    static List<Pattern> trailingNamePatterns(String... names) {
        List<String> given = new ArrayList<>();
        for (String n : names) {
            if (n != null && !n.isBlank()) {
                given.add(n);
            }
        }
        return new TrailingNames(given);
    }

    /**
     * The patterns of {@link #trailingNamePatterns}, each compiled when first asked for: most pages never
     * ask, and a text that does not end in the name needs none ({@link #mayEndWith}).
     */
    private static final class TrailingNames extends java.util.AbstractList<Pattern> {
        private final List<String> names;
        /** Each name without the dots and blanks that close it: what a text the pattern matches ends in, once its own are gone. */
        private final String[] cores;
        private final Pattern[] compiled;

        TrailingNames(List<String> given) {
            names = given;
            cores = new String[given.size()];
            for (int i = 0; i < cores.length; i++) {
                cores[i] = withoutClosingDotsAndBlanks(given.get(i).trim());
            }
            compiled = new Pattern[given.size()];
        }

        @Override
        public Pattern get(int i) {
            if (compiled[i] == null) {
                compiled[i] = Pattern.compile("^(\\S+(?:\\s+\\S+)+?)[\\s,|–—-]+" + Pattern.quote(names.get(i).trim()) + "[\\s.]*$",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            }
            return compiled[i];
        }

        @Override
        public int size() {
            return compiled.length;
        }

        /**
         * False when the pattern {@code i} cannot match the text: once the dots and blanks closing both
         * are gone, the text does not end in the name (in any case), or leaves no room before it for
         * two words and a separator. Most bylines are refused without compiling the pattern.
         */
        boolean mayEndWith(int i, String text) {
            String core = cores[i];
            if (core.isEmpty()) {
                return true;
            }
            String closed = withoutClosingDotsAndBlanks(text);
            int at = closed.length() - core.length();
            return at >= MIN_CHARS_BEFORE_TRAILING_NAME && closed.regionMatches(true, at, core, 0, core.length());
        }
    }

    /** Before a trailing name, its pattern asks for two words and a separator: "a b,". */
    private static final int MIN_CHARS_BEFORE_TRAILING_NAME = 4;

    /** The text without the dots and the pattern blanks ({@code \\s}) that close it. */
    private static String withoutClosingDotsAndBlanks(String s) {
        int end = s.length();
        while (end > 0 && isDotOrBlank(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end);
    }

    private static boolean isDotOrBlank(char c) {
        return c == '.' || c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * The text without the first publication name (see {@link #trailingNamePatterns}) that ends it,
     * unless what is left ends in a lower-case word: "Pressestelle der Universität X" names an
     * office of the publication, and a name never ends in "der", "of" or "de".
     */
    static String withoutTrailingNames(String text, List<Pattern> trailingPublishers) {
        for (int i = 0; i < trailingPublishers.size(); i++) {
            if (trailingPublishers instanceof TrailingNames names && !names.mayEndWith(i, text)) {
                continue;
            }
            Matcher m = trailingPublishers.get(i).matcher(text);
            if (m.matches()) {
                String kept = m.group(1);
                int last = kept.lastIndexOf(' ');
                return Character.isLowerCase(kept.codePointAt(last + 1)) ? text : kept;
            }
        }
        return text;
    }

    /**
     * The names without the publication itself, and, when someone else is named, without its desks
     * and its parent brand: "CNN Business" beside "Jill Doe" on CNN, "Business Insider" beside "Tanza
     * Roe" on Business Insider Deutschland say where the writer works. Alone, such a name is kept:
     * the desk signs the copy.
     */
    static List<String> withoutPublisher(List<String> names, String... publishers) {
        List<String> out = new ArrayList<>(names);
        List<List<String>> brands = new ArrayList<>();
        for (String p : publishers) {
            if (p != null) {
                String key = publicationKey(p);
                out.removeIf(a -> publicationKey(a).equals(key));
                brands.add(words(p));
            }
        }
        if (out.size() > 1) {
            List<String> unrelated = out.stream()
                    .filter(a -> brands.stream().noneMatch(b -> oneOpensTheOther(words(a), b))).toList();
            if (!unrelated.isEmpty() && unrelated.size() < out.size()) {
                return new ArrayList<>(unrelated);
            }
        }
        return out;
    }

    /**
     * The lower-case words of a name, without a leading article: "The Example Post" gives [example, post],
     * "Business.Insider.Deutschland" [business, insider, deutschland] (anything but letters and digits parts them).
     */
    private static List<String> words(String name) {
        String bare = LEADING_ARTICLE.matcher(name.trim()).replaceFirst("").toLowerCase(Locale.ROOT);
        return Words.of(bare);
    }

    /** True when one word list is the other followed by more words: a publication's desk, or its parent brand. */
    private static boolean oneOpensTheOther(List<String> a, List<String> b) {
        return !a.isEmpty() && !b.isEmpty() && a.size() != b.size()
                && (a.size() < b.size() ? b.subList(0, a.size()).equals(a) : a.subList(0, b.size()).equals(b));
    }

    /**
     * The stated names without a publication the page names closing them: "Finian Roe. Example
     * International" on Example International is the writer and where he writes.
     */
    static List<String> withoutTrailingPublication(List<String> names, List<Pattern> trailingPublishers) {
        List<String> out = new ArrayList<>(names.size());
        for (String n : names) {
            String kept = withoutTrailingNames(n, trailingPublishers);
            out.add(kept == n ? n : Edges.stripTrailing(kept, EDGE_DOT));
        }
        return out;
    }

    private PublisherNames() {
    }
}
