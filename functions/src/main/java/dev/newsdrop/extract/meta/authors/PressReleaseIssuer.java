package dev.newsdrop.extract.meta.authors;

import dev.newsdrop.extract.meta.PageRegions;
import dev.newsdrop.extract.meta.PageScan;
import org.jsoup.nodes.Element;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The company that issues a Japanese press release published by a release-distribution site. Such sites
 * title a release's page "headline｜X のプレスリリース" ("X's press release") and show the issuer above the
 * headline as a link to its page of releases: the release is the company's own word, so the company
 * signs it when no person is named, as an agency signs its wire copy.
 */
final class PressReleaseIssuer {

    /**
     * The last segment of a page's title naming whose release the page is: "株式会社ミドリテックのプレスリリース",
     * "…のニュースリリース". Group 1 holds the issuer.
     */
    private static final Pattern ISSUER_SEGMENT = Pattern.compile(
            "(?:^|[|｜]|\\s[-–—]\\s)\\s*([^|｜]{2,60}?)\\s*の(?:プレスリリース|ニュースリリース)\\s*$");

    /** Links read for the issuer shown on the page: a release's page, not a directory of thousands. */
    private static final int MAX_LINKS = 2000;

    private PressReleaseIssuer() {
    }

    /** The issuer the title names, when the page shows it as a link outside its navigation; empty otherwise. */
    static List<String> names(PageScan scan) {
        Element title = scan.title();
        if (title == null || title.text().indexOf('の') < 0) {
            return List.of(); // most titles: no possessive, no release's issuer
        }
        Matcher m = ISSUER_SEGMENT.matcher(title.text().strip());
        if (!m.find()) {
            return List.of();
        }
        String issuer = m.group(1).strip();
        int read = 0;
        for (Element a : scan.links()) {
            if (++read > MAX_LINKS) {
                break;
            }
            if (a.text().strip().equals(issuer) && a.closest(PageRegions.SITE_CHROME) == null && a.closest(PageRegions.BESIDE_ARTICLE) == null) {
                return List.of(issuer); // the release's header links the company that issued it
            }
        }
        return List.of();
    }
}
