package dev.newsdrop.extract.meta.authors;

import dev.newsdrop.extract.meta.Blanks;
import dev.newsdrop.extract.meta.PageRegions;
import dev.newsdrop.extract.meta.PageScan;
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

    /**
     * An author box's heading that names no one, in the languages themes are translated into: "About
     * the author", "Über die Autorin", "À propos de l'auteur", "Sobre el autor", "O autorze", "Об авторе",
     * Czech "Autor článku" (the article's author), Hungarian "A bejegyzés szerzője" (the post's author), Swedish
     * "Om författaren", Finnish "Kirjoittajasta", Romanian "Despre autor", Hebrew "על הכותב",
     * Japanese "この記事を書いた人" ("the person who wrote this article"), Chinese "作者简介", Thai
     * "เกี่ยวกับผู้เขียน", Korean "글쓴이 소개" ("introducing the writer"), Greek "Σχετικά με τον συγγραφέα",
     * Ukrainian "Про автора", Swahili "Kuhusu mwandishi", Bengali "লেখক পরিচিতি", Urdu "مصنف کے بارے میں". The
     * writer's name follows it in the box.
     */
    private static final Pattern AUTHOR_BOX_LABEL = Pattern.compile(
            "(?iu)^\\s*(?:about the (?:author|writer)s?|the author|author bio|written by|über (?:den autor|die autorin|den verfasser|die verfasserin)"
                    + "|zum autor|zur autorin|(?:à propos de |sur )?l['’](?:auteur|auteure|autrice)|sobre (?:el autor|la autora|o autor|a autora)"
                    + "|acerca del autor|(?:informazioni )?sull['’]autore|l['’]autore|over de (?:auteur|schrijver)|o autorze|o autorce"
                    + "|yazar hakkında|tentang penulis|об авторе|об авторке|عن الكاتب|نبذة عن الكاتب"
                    + "|autor(?:ka)? (?:článku|příspěvku)|o autorovi|o autorce|a szerzőről|a (?:bejegyzés|cikk) szerzője"
                    + "|om (?:författaren|skribenten|forfatteren|skribenten)|(?:tietoa )?kirjoittajasta|despre autor"
                    + "|về tác giả|על הכותב|על הכותבת|אודות הכותב|लेखक के बारे में|درباره نویسنده"
                    + "|เกี่ยวกับผู้เขียน|글쓴이 소개|필자 소개|작성자 소개|σχετικά με τον συγγραφέα|για τον συγγραφέα|про автора"
                    + "|kuhusu mwandishi|লেখক পরিচিতি|লেখক সম্পর্কে|مصنف کے بارے میں"
                    + "|この記事を書いた人|この記事の著者|この記事を書いたライター|著者について|著者プロフィール|执笔者|執筆者|关于作者|關於作者|作者简介|作者簡介)"
                    + "[\\s:：]*$");

    /** True when the text is only an author box's heading that names no one ("About the author", "この記事を書いた人"). */
    static boolean isAuthorBoxLabel(String text) {
        return text.length() <= BylineText.MAX_BYLINE_CHARS && AUTHOR_BOX_LABEL.matcher(text).matches();
    }

    /** Nodes read after a labelled heading for the name: the box's picture, the name and the start of the biography. */
    private static final int MAX_BOX_NODES = 40;

    /** A text this long in the box is the biography: the name comes before it. */
    private static final int MAX_BOX_NAME_CHARS = 60;

    /**
     * A Thai name written alone: a given name and a surname of Thai letters and marks, a blank between them
     * (Thai writes no blanks between the words of a sentence, so a short text of two such words under an
     * author box's heading is a name).
     */
    private static final Pattern THAI_NAME_ALONE = Pattern.compile("^[\\p{IsThai}]{2,20} [\\p{IsThai}]{2,25}$");

    /** True when the text is written as a name: capitalised words, or a name in a script without capitals. */
    private static boolean writtenAsName(String text) {
        return AuthorNames.isPersonName(text) || CJK_NAME_ALONE.matcher(text).matches() || AuthorNames.isCaselessName(text)
                || THAI_NAME_ALONE.matcher(text).matches();
    }

    /** A Chinese or Japanese name written alone: two to eight Han or kana, perhaps with a space between the family and given names. */
    static final Pattern CJK_NAME_ALONE = Pattern.compile(
            "^[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]{1,4}[ \\u3000]?[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]{1,4}$");

    /**
     * The writer an author box names under a heading that names no one ("About the author", "Über die
     * Autorin", "この記事を書いた人"): the first text after the heading, in the box, that is written as a
     * person's name (two to four capitalised words, or a Chinese or Japanese name alone), before
     * its biography. Headings in comment sections are not asked (see {@link PageScan#subheadings}).
     */
    static List<String> labelledAuthorBox(List<Element> headings) {
        for (Element h : headings) {
            String label = BylineText.leadingText(h, BylineText.MAX_BYLINE_CHARS + 1).trim();
            if (label.length() > BylineText.MAX_BYLINE_CHARS || !AUTHOR_BOX_LABEL.matcher(label).matches()
                    || h.closest(PageRegions.FIGURE) != null) {
                continue;
            }
            int seen = 0;
            for (org.jsoup.nodes.Node n = PageScan.nextOutside(h); n != null && seen++ < MAX_BOX_NODES; n = PageScan.next(n)) {
                if (n instanceof Element e && HEADINGS.contains(e.normalName())) {
                    if (headingRank(e) > headingRank(h)) {
                        List<String> named = nameOpeningSubheading(e); // "<h3>Über die Autorin</h3> ... <h4>Verena Holzapfel – freie Journalistin</h4>"
                        if (!named.isEmpty()) {
                            return named;
                        }
                    }
                    break; // the next section
                }
                if (!(n instanceof org.jsoup.nodes.TextNode t) || t.isBlank()) {
                    continue;
                }
                String text = Blanks.collapsed(t.text()).strip();
                if (text.length() > MAX_BOX_NAME_CHARS) {
                    break; // the biography, with no name before it
                }
                if (AuthorNames.isPersonName(text) || CJK_NAME_ALONE.matcher(text).matches()) {
                    List<String> names = AuthorNames.clean(List.of(text));
                    if (names.size() == 1) {
                        return names;
                    }
                }
            }
        }
        return List.of();
    }

    /** The characters read of a subheading of an author box, indentation included: a name line, not a section. */
    private static final int MAX_SUBHEADING_READ_CHARS = 4 * BylineText.MAX_BYLINE_CHARS;

    /** A heading's rank: 1 for h1 to 6 for h6. */
    private static int headingRank(Element h) {
        return h.normalName().charAt(1) - '0';
    }

    /**
     * The name a subheading of an author box opens with, the writer's, perhaps with what the writer does after a
     * dash ("Verena Holzapfel – freie Journalistin"): a heading of lower rank than the box's label is inside its
     * section. Empty when the heading opens with no person's name.
     */
    private static List<String> nameOpeningSubheading(Element e) {
        String text = BylineText.leadingText(e, MAX_SUBHEADING_READ_CHARS, MAX_BOX_NODES).strip();
        if (text.isEmpty() || text.length() > BylineText.MAX_BYLINE_CHARS
                || !text.equals(BylineText.leadingText(e, 2 * MAX_SUBHEADING_READ_CHARS, MAX_BOX_NODES).strip())) {
            return List.of(); // the read counts the heading's indentation: a read cut short would give a cut name ("Amie Mo")
        }
        List<String> names = AuthorNames.clean(List.of(text));
        return names.size() == 1 && AuthorNames.isPersonName(names.get(0)) && text.startsWith(names.get(0)) ? names : List.of();
    }

    /**
     * The element that names the writer in an author box read whole as a byline, whose first text is
     * a heading that names no one ("この記事を書いた人", "About the writer", "Über die Autorin"): the
     * first text after it, in the box, written as a person's name (or a Chinese, Japanese or Thai name
     * alone, or one in a script without capitals, {@link #writtenAsName}), before the biography and the box's other fields ("東京社会部", "Interests"). Null when the
     * box opens with no such heading or no name follows it within {@value #MAX_BOX_NODES} nodes. A box that
     * opens with the writer's portrait instead, its first text the name the picture's alt text gives ("<img
     * alt='Ivana Perić'><h4>Ivana Perić</h4><p>Novinarka od 2015. ..."), names her there: a picture
     * captioned with the person it shows.
     */
    static Element nameAfterBoxLabel(Element box) {
        org.jsoup.nodes.Node end = PageScan.nextOutside(box);
        boolean labelled = false;
        String pictured = null; // the alt text of the box's picture, when it opens with one
        int seen = 0;
        for (org.jsoup.nodes.Node n = PageScan.next(box); n != null && n != end && seen++ < MAX_BOX_NODES; n = PageScan.next(n)) {
            if (!labelled && pictured == null && n instanceof Element img && img.normalName().equals("img")) {
                pictured = BylineText.WHITESPACE_RUN.matcher(img.attr("alt")).replaceAll(" ").strip();
                continue;
            }
            if (!(n instanceof org.jsoup.nodes.TextNode t) || t.isBlank()) {
                continue;
            }
            String text = BylineText.WHITESPACE_RUN.matcher(t.text()).replaceAll(" ").strip();
            if (!labelled) {
                if (pictured != null && text.equals(pictured) && writtenAsName(text) && n.parentNode() instanceof Element e) {
                    return e; // "<img alt='Ivana Perić'><h4>Ivana Perić</h4><p>Novinarka ...": the portrait and its name
                }
                if (!isAuthorBoxLabel(text)) {
                    return null; // the box opens with something else: a name, a lead, a date
                }
                labelled = true;
                continue;
            }
            if (text.length() > MAX_BOX_NAME_CHARS) {
                return null; // the biography, with no name before it
            }
            if (writtenAsName(text) && n.parentNode() instanceof Element e) {
                return e;
            }
        }
        return null;
    }

    private static final java.util.Set<String> HEADINGS = java.util.Set.of("h1", "h2", "h3", "h4", "h5", "h6");

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
