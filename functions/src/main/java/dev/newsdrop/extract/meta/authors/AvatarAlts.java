package dev.newsdrop.extract.meta.authors;

import dev.newsdrop.extract.meta.Blanks;
import dev.newsdrop.extract.meta.PageRegions;
import dev.newsdrop.extract.meta.PageScan;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The writer named only by their avatar's alt text beside the date: WordPress's {@code get_avatar}
 * ({@code <img class="avatar avatar-96 photo" alt="Jane Doe">}) in the entry's meta line, or a
 * picture alone inside the author's link ({@code rel=author}, an "/author/slug/" address). The alt
 * text is read only from such an image, and only when it is written as a person's name: "avatar",
 * "Profile picture", "Foto de perfil" name no one.
 */
final class AvatarAlts {

    /** The avatar's standard class: WordPress's get_avatar sets "avatar avatar-96 photo". */
    private static final Evaluator AVATAR_IMAGE = QueryParser.parse("img.avatar[alt]");

    /** The first picture in an author link, which then shows no text of its own. */
    private static final Evaluator PICTURE = QueryParser.parse("img[alt]");

    /** Nodes read after the page's first h1 for the avatar in the meta line under it. */
    private static final int MAX_HEADER_NODES = 300;

    /** A paragraph this long after the headline is the text: the article's header has ended. */
    private static final int MIN_TEXT_PARAGRAPH_CHARS = 150;

    /** An alt text this long is a description, not a name. */
    private static final int MAX_ALT_CHARS = 60;

    /** Author links read for a picture: the article's own come first. */
    private static final int MAX_AUTHOR_LINKS = 10;

    /**
     * Words a generic avatar's alt text is made of, in the languages read ("Avatar photo", "Profile
     * picture", "Foto de perfil", "Profilbild", "Immagine del profilo"): an alt made only of them names no one.
     */
    private static final Set<String> GENERIC_ALT_WORDS = Set.of(
            "avatar", "gravatar", "default", "user", "author", "member", "profile", "picture", "photo", "image", "pic", "icon",
            "of", "the", "for", "de", "del", "da", "do", "du", "di", "von", "des", "dello", "della",
            "foto", "imagen", "imagem", "immagine", "bild", "profilbild", "benutzerbild", "perfil", "profilo", "profil",
            "usuario", "usuário", "utente", "benutzer", "utilisateur", "autor", "autore", "auteur", "autora");

    /**
     * An avatar's words around the name: "Avatar of Jane Doe", "Photo de Jane Doe", "Jane Doe's avatar",
     * "Jane Doe avatar", "Foto de perfil de Ana Ruiz".
     */
    private static final Pattern AROUND_NAME = Pattern.compile(
            "(?iu)^(?:(?:avatar|gravatar|photo|picture|image|foto|imagen|bild|immagine)(?:\\s+(?:de\\s+)?(?:perfil|profil|profile|profilo))?"
                    + "\\s+(?:of|for|de|da|do|di|del|du|von)\\s+)"
                    + "|(?:['’]s)?\\s+(?:avatar|gravatar|profile\\s+(?:picture|photo|image)|photo|picture|image)$");

    private static final Pattern WORD_SPLIT = Pattern.compile("[\\s\\p{P}]+");

    private AvatarAlts() {
    }

    /**
     * The name an avatar gives: first a picture alone in an author link (rel=author, an author page's
     * address), then an avatar by its standard class between the first h1 and the text (with the
     * co-authors' avatars beside it), then one just above the h1. Outside the
     * site's chrome, sidebars and figures; empty when none is written as a person's name.
     */
    static List<String> names(PageScan scan) {
        List<Element> links = new ArrayList<>();
        for (Element e : scan.authorMarkup()) {
            if (e.normalName().equals("a")) {
                links.add(e);
            }
        }
        links.addAll(scan.authorPageLinks());
        int read = 0;
        for (Element a : links) {
            if (read++ >= MAX_AUTHOR_LINKS) {
                break;
            }
            if (!a.text().isBlank()) {
                continue; // the link shows the name, read as a byline elsewhere
            }
            Element img = a.selectFirst(PICTURE);
            String name = img == null || !inArticle(a) ? null : nameOf(img.attr("alt"));
            if (name != null) {
                return List.of(name);
            }
        }
        Element h1 = scan.firstH1();
        if (h1 == null) {
            return List.of();
        }
        int seen = 0;
        for (Node n = PageScan.nextOutside(h1); n != null && seen++ < MAX_HEADER_NODES; n = PageScan.next(n)) {
            if (!(n instanceof Element e)) {
                continue;
            }
            if (e.normalName().equals("p") && e.text().length() >= MIN_TEXT_PARAGRAPH_CHARS) {
                break;
            }
            if (e.normalName().equals("img") && e.is(AVATAR_IMAGE) && inArticle(e)) {
                String name = nameOf(e.attr("alt"));
                if (name != null) {
                    return sideBySide(holder(e), name);
                }
            }
        }
        return aboveHeadline(h1);
    }

    /** Co-authors' avatars read beside the first: a byline shows a few. */
    private static final int MAX_SIDE_BY_SIDE = 4;

    /**
     * The names of the avatars set side by side from the first one on, as co-authored posts show
     * their writers' pictures in a row ("<img class=avatar alt='Sam Carter'><img class=avatar
     * alt='Priya Nair'>"): each avatar, or the link that holds it alone, right after the one before.
     */
    private static List<String> sideBySide(Element first, String name) {
        List<String> names = new ArrayList<>(List.of(name));
        int seen = 0;
        for (Element next = first.nextElementSibling(); next != null && seen++ < MAX_SIDE_BY_SIDE; next = next.nextElementSibling()) {
            Element img = next.is(AVATAR_IMAGE) ? next
                    : next.childrenSize() == 1 && next.child(0).is(AVATAR_IMAGE) && next.text().isBlank() ? next.child(0) : null;
            String another = img == null ? null : nameOf(img.attr("alt"));
            if (another == null) {
                break;
            }
            if (!names.contains(another)) {
                names.add(another);
            }
        }
        return names;
    }

    /** The avatar, or the element that holds it alone (its link, its box): what its row's neighbours are. */
    private static Element holder(Element img) {
        Element up = img.parent();
        return up != null && up.childrenSize() == 1 && up.text().isBlank() && !up.normalName().equals("body") ? up : img;
    }

    /** Elements before the headline read for an avatar set above it. */
    private static final int MAX_BEFORE_HEADLINE = 6;

    /** An element before the headline with more text than this is not an avatar's box. */
    private static final int MAX_AVATAR_BOX_CHARS = 2 * MAX_ALT_CHARS;

    /** Containers whose earlier children are the page's, not the headline's own header. */
    private static final Set<String> PAGE_CONTAINERS = Set.of("body", "main", "article", "section");

    /**
     * The name an avatar gives when a theme sets it just above the headline, in the headline's own
     * header ("<header><div class=author-avatar><img class=avatar alt='Jane Doe'></div><h1>...</h1>"):
     * the few small elements right before the h1, or before the box that holds it when that box is not
     * the page's or the article's own container.
     */
    private static List<String> aboveHeadline(Element h1) {
        Element at = h1;
        for (int level = 0; level < 2 && at != null && !PAGE_CONTAINERS.contains(at.normalName()); level++, at = at.parent()) {
            int seen = 0;
            for (Element prev = at.previousElementSibling(); prev != null && seen++ < MAX_BEFORE_HEADLINE; prev = prev.previousElementSibling()) {
                if (prev.text().length() > MAX_AVATAR_BOX_CHARS) {
                    break;
                }
                Element img = prev.is(AVATAR_IMAGE) ? prev : prev.selectFirst(AVATAR_IMAGE);
                String name = img == null || !inArticle(img) ? null : nameOf(img.attr("alt"));
                if (name != null) {
                    return List.of(name);
                }
            }
        }
        return List.of();
    }

    private static boolean inArticle(Element e) {
        return e.closest(PageRegions.SITE_CHROME) == null && e.closest(PageRegions.BESIDE_ARTICLE) == null
                && e.closest(PageRegions.FIGURE) == null;
    }

    /** The person's name an avatar's alt text gives, without the avatar's words around it; null when it names no one. */
    static String nameOf(String alt) {
        String t = Blanks.collapsed(alt).trim();
        if (t.isEmpty() || t.length() > MAX_ALT_CHARS) {
            return null;
        }
        t = AROUND_NAME.matcher(t).replaceAll("").trim();
        if (isGeneric(t) || !AuthorNames.isPersonName(t)) {
            return null;
        }
        List<String> names = AuthorNames.clean(List.of(t));
        return names.size() == 1 ? names.get(0) : null;
    }

    private static boolean isGeneric(String t) {
        for (String w : WORD_SPLIT.split(t.toLowerCase(Locale.ROOT))) {
            if (!w.isEmpty() && !GENERIC_ALT_WORDS.contains(w)) {
                return false;
            }
        }
        return true;
    }
}
