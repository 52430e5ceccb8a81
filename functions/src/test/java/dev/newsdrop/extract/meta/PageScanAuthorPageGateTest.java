package dev.newsdrop.extract.meta;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageScanAuthorPageGateTest {

    @Test
    void authorPageAddresses_passTheGate_andMostOtherLinksDoNot() {
        assertTrue(PageScan.mayNameAuthorPage("https://example.org/author/jane-doe/"));
        assertTrue(PageScan.mayNameAuthorPage("/Yazarlar/ayse-kaya"));
        assertTrue(PageScan.mayNameAuthorPage("/blog?author=5f2a9c"));
        assertTrue(PageScan.mayNameAuthorPage("/index.php?AUTHOR=2"));
        assertFalse(PageScan.mayNameAuthorPage("https://example.org/2024/05/harbour-budget-approved/"));
        assertFalse(PageScan.mayNameAuthorPage("/sport/swimming/about-us")); // segments opening with a word's first letter, none with a word
        assertFalse(PageScan.mayNameAuthorPage(""));
    }

    @Test
    void theGate_refusesNoAddressThePatternFinds_overRandomAddresses() {
        // the path and the query forms in any case, as the pattern reads them
        String[] parts = {"/", "/", "author", "AUTHOR", "Authors", "auteur", "autor", "autoren", "yazar", "penulis", "avtor", "writer",
            "Writers", "editors", "staff", "STAFF", "columnist", "columnists", "author=", "AUTHOR=", "Author=", "?", "&", "#", "jane", "doe", "-", ".", " ",
            "a", "s", "w", "y", "p", "e", "c", "ſ", "ı", "K", "é", "1", "news", "https:"};
        Random random = new Random(25);
        for (int t = 0; t < 50_000; t++) {
            StringBuilder href = new StringBuilder();
            for (int k = random.nextInt(8); k > 0; k--) {
                href.append(parts[random.nextInt(parts.length)]);
            }
            String h = href.toString();
            if (PageScan.AUTHOR_PAGE.matcher(h).find()) {
                assertTrue(PageScan.mayNameAuthorPage(h), h);
            }
        }
    }
}
