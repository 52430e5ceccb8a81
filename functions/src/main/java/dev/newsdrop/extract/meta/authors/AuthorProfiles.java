package dev.newsdrop.extract.meta.authors;

import dev.newsdrop.extract.meta.LinkResolver;
import dev.newsdrop.extract.meta.PageRegions;
import dev.newsdrop.extract.meta.PageScan;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The authors' profile pages that the metadata gives as addresses ({@code article:author}, a JSON-LD
 * author URL): the names the page's own links to them show, or, last, the names their slugs spell.
 */
final class AuthorProfiles {

    /** What two addresses of one page may differ in: scheme, "www.", query and fragment. */
    private static final Pattern ADDRESS_NOISE = Pattern.compile("^(?:https?:)?//(?:www\\.)?|[?#].*$");

    /** The slug of an author's profile address, CMSs' path words first ("/author/jane-doe"), a trailing numeric id left out. */
    private static final Pattern PROFILE_SLUG = Pattern.compile(
            "/(?:author|authors|auteur|autor|autore|autoren|writer|writers|profile|profiles|people|staff|journalist|journalists|by)"
                    + "/([\\p{L}]+(?:[-_][\\p{L}]+)+?)(?:[-_]\\d+)?$");

    /**
     * A profile's last path segment longer than this is no name's slug (four words and an id), and is
     * not matched, nor are the folders before the last: {@link #PROFILE_SLUG} repeats a group, which
     * Java's matcher does by recursion, so a segment of 2,000 hyphenated letters overflowed the stack
     * and failed the whole extraction.
     */
    private static final int MAX_SLUG_CHARS = 120;

    /** What joins the words of a slug. */
    private static final Pattern SLUG_SEPARATOR = Pattern.compile("[-_]");

    /**
     * The names of the people whose profile pages the author meta tags give (OpenGraph's
     * {@code article:author} is a profile URL): the text of the page's own links to those pages. A
     * profile on another site (a social network's) is named only by a link written as a person's
     * name, outside the site's chrome: its links are more often "Facebook" or "Follow us".
     */
    static List<String> namesOfProfiles(List<String> profiles, PageScan scan, String pageUrl) {
        if (profiles.isEmpty()) {
            return List.of();
        }
        String site = pageUrl == null ? "" : siteOf(comparableAddress(pageUrl));
        List<String> names = new ArrayList<>();
        Set<String> asked = new HashSet<>();
        Map<String, List<Element>> linksTo = null; // the page's links by address, indexed once: not once per profile
        for (String profile : profiles) {
            String wanted = comparableAddress(profile);
            if (wanted.isEmpty() || !asked.add(wanted)) {
                continue;
            }
            boolean elsewhere = site.isEmpty() || !siteOf(wanted).equals(site); // a social network's profile, most often
            if (linksTo == null) {
                linksTo = new HashMap<>();
                LinkResolver resolver = null; // the page's base parsed once, not once per link as absUrl does
                for (Element a : scan.links()) {
                    String base = a.baseUri();
                    if (base.isEmpty() && pageUrl != null) {
                        base = pageUrl; // read without its address: relative links resolve against the canonical one the page states
                    }
                    if (resolver == null || !resolver.base().equals(base)) {
                        resolver = new LinkResolver(base);
                    }
                    String absolute = a.hasAttr("href") ? resolver.resolve(a.attr("href")) : ""; // what a.absUrl("href") gives
                    linksTo.computeIfAbsent(comparableAddress(absolute), k -> new ArrayList<>()).add(a);
                }
            }
            for (Element a : linksTo.getOrDefault(wanted, List.of())) {
                String text = BylineText.spacedText(a);
                String own = nameInOwnElement(a);
                if (own != null) {
                    text = own; // a person card: "<span>Dana Whitcombe</span><span>Partner</span>", the name in its own element
                }
                if (elsewhere && (!AuthorNames.isPersonName(text) || a.closest(PageRegions.SITE_CHROME) != null)) {
                    continue; // a link to a social network's profile says "Facebook" or "Follow", or sits in the site's footer
                }
                List<String> named = AuthorNames.clean(List.of(text));
                if (named.size() == 1) {
                    names.add(named.get(0));
                    break;
                }
            }
        }
        return AuthorNames.clean(names);
    }

    /** A person card's link holds this many elements at most (picture, name, role, contact): more is a block of the page. */
    private static final int MAX_CARD_ELEMENTS = 12;

    /**
     * The name in an element of its own inside a link to the person's profile, when the link holds more
     * (a firm's or a university's person card: the picture, "<span>Dana Whitcombe</span>", "<span>Partner</span>"):
     * the first innermost element whose text is written as a person's name; null when none is, or when the
     * link's text is that element's alone.
     */
    private static String nameInOwnElement(Element a) {
        if (a.childrenSize() == 0) {
            return null;
        }
        List<Element> inside = a.getAllElements();
        if (inside.size() > MAX_CARD_ELEMENTS) {
            return null;
        }
        String name = null;
        int texts = 0; // the card's innermost elements that hold text: the name's and the others'
        for (Element e : inside) {
            if (e != a && e.childrenSize() == 0 && e.hasText()) {
                texts++;
                String text = e.text().strip();
                if (name == null && AuthorNames.isPersonName(text)) {
                    name = text;
                }
            }
        }
        return texts > 1 ? name : null;
    }

    /**
     * The names the profile addresses on the page's own site spell in their last path segment
     * ("/author/jane-doe/" gives "Jane Doe"), when nothing else names the author: the last resort,
     * since a slug loses accents and capitals. A slug of one word ("admin", "lestimes") names no one.
     */
    static List<String> namesOfProfileSlugs(List<String> profiles, String pageUrl) {
        String site = pageUrl == null ? "" : siteOf(comparableAddress(pageUrl));
        if (profiles.isEmpty() || site.isEmpty()) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        for (String profile : profiles) {
            String wanted = comparableAddress(profile);
            int last = wanted.lastIndexOf('/');
            if (wanted.isEmpty() || wanted.length() - last - 1 > MAX_SLUG_CHARS || !siteOf(wanted).equals(site)) {
                continue;
            }
            // the slug is the last segment, after its folder's word: only those two are matched, not every folder
            Matcher m = PROFILE_SLUG.matcher(wanted.substring(Math.max(0, wanted.lastIndexOf('/', last - 1))));
            if (!m.find()) {
                continue;
            }
            String[] words = SLUG_SEPARATOR.split(m.group(1));
            if (words.length < 2 || words.length > 4) {
                continue;
            }
            StringBuilder name = new StringBuilder();
            for (String w : words) {
                if (!w.chars().allMatch(Character::isLetter)) {
                    name.setLength(0);
                    break;
                }
                name.append(name.isEmpty() ? "" : " ").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
            }
            if (!name.isEmpty()) {
                names.add(name.toString());
            }
        }
        return AuthorNames.clean(names);
    }

    /** An address without scheme, "www.", query, fragment and closing slash, lower case: how two links to one page compare. */
    private static String comparableAddress(String href) {
        String s = href.trim().toLowerCase(Locale.ROOT);
        s = ADDRESS_NOISE.matcher(s).replaceAll("");
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        return s.contains("/") ? s : "";
    }

    /** The last two labels of the address's host ("theguardian.com" of "theguardian.com/profile/x"). */
    private static String siteOf(String comparable) {
        int slash = comparable.indexOf('/');
        String host = slash < 0 ? comparable : comparable.substring(0, slash);
        int last = host.lastIndexOf('.');
        int before = last <= 0 ? -1 : host.lastIndexOf('.', last - 1);
        return host.substring(before + 1);
    }

    private AuthorProfiles() {
    }
}
