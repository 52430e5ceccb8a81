package dev.newsdrop.extract.meta;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The author box's heading, "About Jane Doe" ("À propos de", "Über", "Sobre" ...): the person it
 * names, when the biography below it is hers and the headline is not about her.
 */
final class AuthorBox {

    /** An author box's heading, in the languages themes are translated into: "About Jane Doe". */
    private static final Pattern ABOUT_PERSON = Pattern.compile(
            "(?iu)^\\s*(?:about|à propos de|a propos de|über|sobre|acerca de|informazioni su|over|om|hakkında)\\s+(.+?)[\\s:.]*$");

    /** First words of an "About ..." heading that name the site or the page, not a person: "About Our Team", "Über uns". */
    private static final Pattern NOT_A_PERSON_OPENING = Pattern.compile(
            "(?iu)our|my|the|this|us|me|nous|notre|nos|moi|uns|unser|unsere|mich|dieses|nosotros|nuestro|nuestra|nuestros|este|esta");

    /**
     * The person an author box names in its heading, "About Jane Doe" ("À propos de", "Über",
     * "Sobre" ...): the biography below it names its subject again ("Jane is a ..."), which tells the
     * box from a heading about a subject ("About Climate Change"). The name is two to four
     * capitalised words. A person the article's headline names is its subject, not its writer:
     * "About Marta Oliveira" under "Marta Oliveira steps down" is a fact box on her.
     */
    static List<String> authorBoxHeading(List<Element> headings, PageScan scan) {
        List<String> headlines = null; // read once, when a heading first asks
        for (Element h : headings) {
            if (h.closest(PageRegions.FIGURE) != null) {
                continue;
            }
            String text = BylineText.leadingText(h, BylineText.MAX_BYLINE_CHARS + 1).trim();
            if (text.length() > BylineText.MAX_BYLINE_CHARS) {
                continue;
            }
            Matcher m = ABOUT_PERSON.matcher(text);
            if (!m.matches()) {
                continue;
            }
            String name = m.group(1);
            String[] words = BylineText.WHITESPACE_RUN.split(name);
            if (words.length < 2 || words.length > 4 || !AuthorNames.CAPITALISED_WORDS.matcher(name).matches()
                    || NOT_A_PERSON_OPENING.matcher(words[0]).matches()) {
                continue;
            }
            Element bio = h.nextElementSibling();
            String bioText = bio == null ? "" : BylineText.leadingText(bio, MAX_BIO_CHARS_READ);
            if (!bioText.contains(words[0]) && !bioText.contains(words[words.length - 1])) {
                continue; // a heading about a subject, not a biography's
            }
            if (headlines == null) {
                headlines = firstHeadlines(scan);
            }
            if (headlineNames(headlines, name, words[words.length - 1])) {
                continue; // the person the article is about
            }
            List<String> names = AuthorNames.clean(List.of(name));
            if (names.size() == 1) {
                return names;
            }
        }
        return List.of();
    }

    /** The first h1s read for the person an article is about. */
    private static final int MAX_HEADLINES_NAMING_SUBJECT = 3;

    /** Of each of those h1s, the first characters read: a headline is shorter. */
    private static final int MAX_HEADLINE_CHARS_READ = 1_000;

    /** Of the biography under an author box's heading, the first characters read for the name it repeats. */
    private static final int MAX_BIO_CHARS_READ = 2_000;

    /**
     * True when one of the page's first h1s names the person among other words, whole or by the
     * last word (the surname, as headlines shorten a name) as a word of its own. An h1 that is the
     * name alone is a personal blog's name, its writer's; the document title is not asked, since a
     * blog's title ends with its name ("Post | Jane Doe").
     */
    private static boolean headlineNames(List<String> headlines, String name, String surname) {
        Pattern surnameWord = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(surname) + "(?![\\p{L}\\p{N}])");
        for (String headline : headlines) {
            if (!headline.equals(name) && (headline.contains(name) || surnameWord.matcher(headline).find())) {
                return true;
            }
        }
        return false;
    }

    /** The texts of the page's first {@value #MAX_HEADLINES_NAMING_SUBJECT} h1s, each its first characters only. */
    private static List<String> firstHeadlines(PageScan scan) {
        List<String> texts = new ArrayList<>();
        for (Element h : scan.headlines()) {
            if (texts.size() >= MAX_HEADLINES_NAMING_SUBJECT) {
                break;
            }
            texts.add(BylineText.leadingText(h, MAX_HEADLINE_CHARS_READ).trim());
        }
        return texts;
    }

    /**
     * The person an author box's heading names, "About Jane Doe" ("Sobre", "Über", "À propos de" ...),
     * when the byline candidate is that heading: two to four capitalised words that open with no
     * word of the site's own ("About Our Team", "Über uns"). Otherwise the text as it is.
     */
    static String withoutAboutHeading(String text) {
        Matcher m = ABOUT_PERSON.matcher(text);
        if (!m.matches()) {
            return text;
        }
        String name = m.group(1);
        String[] words = BylineText.WHITESPACE_RUN.split(name);
        return words.length >= 2 && words.length <= 4 && AuthorNames.CAPITALISED_WORDS.matcher(name).matches()
                && !NOT_A_PERSON_OPENING.matcher(words[0]).matches() ? name : text;
    }

    private AuthorBox() {
    }
}
