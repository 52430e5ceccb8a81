package dev.newsdrop.extract.meta.authors;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * One public body named in two languages across a slash, as officially bilingual governments and their bodies sign
 * ("Ville de Montréal / City of Montreal", "Gouvernement du Nouveau-Brunswick / Government of New Brunswick"): one
 * author, not two. The two names translate each other's common words and keep the proper name that ends them, so
 * they end in the same word (accents aside) and share no other; and a body's name joins its words with a lower-case
 * one ("de", "of", "du"), which two persons' names sharing a surname ("Anna Schmidt / Peter Schmidt") have not. The
 * first name is kept: a bilingual site sets its page's language first. A broadcaster's name beside its service in the
 * other language, the same name and one word more ("Yle / Svenska Yle"), is one body too.
 */
final class BilingualBodyName {

    /** Words a name of each side has at least and at most: a body's name, not a sentence. */
    private static final int MIN_WORDS = 2;
    private static final int MAX_WORDS = 7;

    private BilingualBodyName() {
    }

    /** The name before the slash when {@code text} names one body in two languages across it; {@code text} otherwise. */
    static String firstOfTwoLanguages(String text) {
        int slash = text.indexOf(" / ");
        if (slash <= 0 || text.indexOf('/', slash + 3) >= 0 || text.indexOf(',') >= 0 || text.indexOf('|') >= 0) {
            return text;
        }
        String first = text.substring(0, slash).strip();
        String second = text.substring(slash + 3).strip();
        String[] a = words(first);
        String[] b = words(second);
        if (namesItsService(a, b) || namesItsService(b, a)) {
            return first; // "Yle / Svenska Yle": the body, and its service in the other language named with it
        }
        if (a.length < MIN_WORDS || b.length < MIN_WORDS || a.length > MAX_WORDS || b.length > MAX_WORDS
                || !a[a.length - 1].equals(b[b.length - 1]) || !(joinsWithLowerCase(first) || joinsWithLowerCase(second))) {
            return text;
        }
        Set<String> shared = new HashSet<>(Arrays.asList(a));
        shared.retainAll(Arrays.asList(b));
        return shared.size() == 1 ? first : text; // the proper name alone: "Maria de Souza / João de Souza" share "de" too
    }

    /** Words the shorter name has at most when the longer holds it: a broadcaster's or an agency's short name. */
    private static final int MAX_SERVICE_BASE_WORDS = 2;

    /**
     * True when the longer name holds the shorter's words in a run and adds one word before or after it, as a body and
     * its service in the other language are named ("Yle / Svenska Yle", "Yle / Yle Uutiset"): two
     * persons' names never hold each other.
     */
    private static boolean namesItsService(String[] base, String[] service) {
        if (base.length > MAX_SERVICE_BASE_WORDS || service.length != base.length + 1) {
            return false;
        }
        return Arrays.equals(base, Arrays.copyOfRange(service, 1, service.length))
                || Arrays.equals(base, Arrays.copyOfRange(service, 0, base.length));
    }

    /**
     * The name's words, split at blanks, hyphens and apostrophes, folded: lower case, accents cut. An elided article
     * ("Ville d’Ottawa") is a word of its own, so the proper name after it ends both names.
     */
    private static String[] words(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        return folded.split("[\\s\\-\u2010'\u2019]+");
    }

    /** True when a word of the name after its first opens in lower case ("Ville de Montréal"). */
    private static boolean joinsWithLowerCase(String name) {
        String[] w = name.split("\\s+");
        for (int i = 1; i < w.length - 1; i++) {
            if (!w[i].isEmpty() && Character.isLowerCase(w[i].codePointAt(0))) {
                return true;
            }
        }
        return false;
    }
}
