package dev.newsdrop.extract.meta.authors;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ForumThreadsTest {

    /** The definition the one-pass gate stands for: the address holds one of the words, case aside. */
    private static boolean holdsAWord(String href) {
        for (String word : List.of("member", "profile", "/u/", "user", "space")) {
            for (int i = 0; i + word.length() <= href.length(); i++) {
                if (href.regionMatches(true, i, word, 0, word.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void memberAddresses_passTheGate_andOtherLinksDoNot() {
        assertTrue(ForumThreads.mayAddressMember("memberlist.php?mode=viewprofile&u=311"));
        assertTrue(ForumThreads.mayAddressMember("/index.php?action=PROFILE;u=9"));
        assertTrue(ForumThreads.mayAddressMember("https://forum.example/U/gus"));
        assertTrue(ForumThreads.mayAddressMember("/Users/7-ada"));
        assertTrue(ForumThreads.mayAddressMember("space-uid-5566.html"));
        assertTrue(ForumThreads.mayAddressMember("home.php?mod=SPACE&uid=5566"));
        assertFalse(ForumThreads.mayAddressMember("/2024/05/story-about-the-harbour.html"));
        assertFalse(ForumThreads.mayAddressMember(""));
    }

    @Test
    void theGate_answersAsItsDefinition_overRandomAddresses() {
        String[] parts = {"member", "MEMB", "profile", "PROF", "prof", "/u/", "/U", "u/", "user", "USE", "us", "m", "p", "u", "/",
            "space", "SPA", "ace", "ı", "İ", "ſ", "K", "é", "?", "=", "&", ".php", "x", "-", "1"};
        Random random = new Random(20261204);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder href = new StringBuilder();
            for (int k = random.nextInt(8); k > 0; k--) {
                String part = parts[random.nextInt(parts.length)];
                href.append(random.nextBoolean() ? part : part.toUpperCase(Locale.ROOT));
            }
            String h = href.toString();
            assertEquals(holdsAWord(h), ForumThreads.mayAddressMember(h), h);
        }
    }

    @Test
    void anUnclassedProfileAddress_isAlwaysAQuery_soTheGateMaySkipAddressesWithout() {
        String[] parts = {"member", "memberlist", "profile", ".php", "?", "&", ";", "=", "action", "showuser", "/", "u", "mode",
            "viewprofile", "x", "1", "index"};
        Random random = new Random(4122026);
        int matched = 0;
        for (int n = 0; n < 200_000; n++) {
            StringBuilder href = new StringBuilder();
            for (int k = 1 + random.nextInt(7); k > 0; k--) {
                href.append(parts[random.nextInt(parts.length)]);
            }
            String h = href.toString();
            if (ForumThreads.FORUM_PROFILE.matcher(h).find()) {
                matched++;
                assertTrue(h.indexOf('?') >= 0 || h.indexOf('=') >= 0, h);
                assertTrue(ForumThreads.mayAddressMember(h), h);
            }
        }
        assertTrue(matched > 100, "the random addresses hold profile addresses: " + matched);
    }

    @Test
    void aPostersAddress_namesTheMember_whenItsLastSegmentIsTheLinksText() {
        org.jsoup.nodes.Element a = new org.jsoup.nodes.Element("a").text("rustybolt");
        assertTrue(ForumThreads.addressNamesMember("/n/rustybolt", a));
        assertTrue(ForumThreads.addressNamesMember("https://forum.example/people/rustybolt.4412/", a));
        assertTrue(ForumThreads.addressNamesMember("/community/RustyBolt-12?tab=posts", a));
        assertFalse(ForumThreads.addressNamesMember("/rustybolt", a), "a page at the site's root is no profile's place");
        assertFalse(ForumThreads.addressNamesMember("/n/someone-else", a));
        assertFalse(ForumThreads.addressNamesMember("/a/b/c/rustybolt", a), "a long path is a page's, not a profile's");
        org.jsoup.nodes.Element named = new org.jsoup.nodes.Element("a").text("Ada Lovelace");
        assertTrue(ForumThreads.addressNamesMember("/m/ada-lovelace", named));
        assertTrue(ForumThreads.addressNamesMember("/m/adalovelace", named));
    }

    @Test
    void posterClassTest_answersAsElementHasClass_overRandomClassAttributes() {
        String[] parts = {"username", "USERNAME", "UserName", "creator", "Creator", "user", "name", "creat", "or", "x", "ı", "İ", "ſ", "K",
            " ", "  ", "\t", "\n", "\u000B", "\f", "\r", "\u001C", "\u00A0", "\u2003", "-", "_"};
        Random random = new Random(25);
        for (int t = 0; t < 20_000; t++) {
            StringBuilder classes = new StringBuilder();
            for (int k = random.nextInt(6); k > 0; k--) {
                classes.append(parts[random.nextInt(parts.length)]);
            }
            org.jsoup.nodes.Element e = new org.jsoup.nodes.Element("a").attr("class", classes.toString());
            boolean expected = e.hasClass("username") || e.hasClass("creator");
            assertEquals(expected, ForumThreads.holdsPosterClass(classes.toString()), "[" + classes + "]");
        }
        assertTrue(ForumThreads.holdsPosterClass("post-meta Username"));
        assertFalse(ForumThreads.holdsPosterClass("usernames creator-box"));
    }

    @Test
    void closestPostBox_isWhatTheSelectorFinds_onRandomNests() {
        Random random = new Random(36);
        String[] words = {"post", "POST", "Post", "posts", "message", "MESSAGE", "messages", "postbit", "post-container", "topic-post",
                "crawler-post", "post_wrapper", "post-wrapper", "plhin", "PLHIN", "postcontainer", "entry", "poſt", "mess\u212Age",
                "p", "m", "pos", "author", "\tpost\n", " ", "post\u00A0", "x-post-y", "article"};
        int found = 0;
        for (int n = 0; n < 3_000; n++) {
            StringBuilder html = new StringBuilder("<body>");
            int depth = 1 + random.nextInt(8);
            for (int d = 0; d < depth; d++) {
                StringBuilder cls = new StringBuilder();
                for (int w = random.nextInt(4); w > 0; w--) {
                    cls.append(words[random.nextInt(words.length)]).append(random.nextBoolean() ? " " : "");
                }
                html.append(random.nextInt(4) == 0 ? "<div>" : "<div class=\"" + cls + "\">");
            }
            html.append("<span id=leaf>x</span></body>");
            org.jsoup.nodes.Element leaf = org.jsoup.Jsoup.parse(html.toString()).getElementById("leaf");
            org.jsoup.nodes.Element expected = ForumThreads.closestPostBoxBySelector(leaf);
            found += expected == null ? 0 : 1;
            assertTrue(expected == ForumThreads.closestPostBox(leaf), html.toString());
            assertTrue(expected == ForumThreads.closestPostBox(leaf.parent()) || expected == leaf, html.toString());
        }
        assertTrue(found > 500, "found " + found);
        assertFalse(ForumThreads.mayNamePostBox("entry-content article"));
        assertTrue(ForumThreads.mayNamePostBox("xf-MESSAGE--user"));
    }
}
