package dev.newsdrop.extract.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The publication among author names: the site or publisher named as an author beside a person, a
 * publication closing a byline ("Jane Doe USA TODAY"), and the publication's desks and parent brand.
 */
final class PublisherNames {

    /** What separates the words of a publication's name: "Business.Insider.Deutschland". */
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** A full stop closing a name once a publication after it is cut: "Finian Roe." */
    private static final Pattern EDGE_DOT = Pattern.compile("[\\s.]+$");

    /** The article before a publication's name, in the languages read: "The", "Le", "La", "Les", "Al-". */
    private static final Pattern LEADING_ARTICLE = Pattern.compile("(?i)^(?:(?:the|le|la|les|el)\\s+|l['’]|al-)");

    /** A publication's name compared without a leading article: "the Guardian" is "Guardian". */
    static String publicationKey(String name) {
        return TitleCleaner.key(LEADING_ARTICLE.matcher(name.trim()).replaceFirst(""));
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
        Pattern[] compiled = new Pattern[given.size()];
        return new java.util.AbstractList<>() { // each compiled when first asked for: most pages never ask
            @Override
            public Pattern get(int i) {
                if (compiled[i] == null) {
                    compiled[i] = Pattern.compile("^(\\S+(?:\\s+\\S+)+?)[\\s,|–—-]+" + Pattern.quote(given.get(i).trim()) + "[\\s.]*$",
                            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
                }
                return compiled[i];
            }

            @Override
            public int size() {
                return compiled.length;
            }
        };
    }

    /**
     * The text without the first publication name (see {@link #trailingNamePatterns}) that ends it,
     * unless what is left ends in a lower-case word: "Pressestelle der Universität X" names an
     * office of the publication, and a name never ends in "der", "of" or "de".
     */
    static String withoutTrailingNames(String text, List<Pattern> trailingPublishers) {
        for (Pattern p : trailingPublishers) {
            Matcher m = p.matcher(text);
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

    /** The lower-case words of a name, without a leading article: "The Example Post" gives [example, post]. */
    private static List<String> words(String name) {
        String bare = LEADING_ARTICLE.matcher(name.trim()).replaceFirst("").toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>(List.of(NON_WORD.split(bare)));
        out.removeIf(String::isEmpty);
        return out;
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
            out.add(kept == n ? n : EDGE_DOT.matcher(kept).replaceAll(""));
        }
        return out;
    }

    private PublisherNames() {
    }
}
