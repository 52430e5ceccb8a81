package dev.newsdrop.extract.body;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The two prompt patterns that are asked only where a match can stand give the answers of the whole pattern tried at every
 * character: {@link DealerPitch#callsToBuy} at a line's start and its sentence marks, {@link Notices#isSiteAppPrompt}
 * without its Hindi and Marathi prompt on a text holding no Devanagari pa. Random texts are built from the patterns' own
 * words, the marks, blanks and the letters around them, so that most hold a near miss and many a match.
 */
class PromptPatternGatesTest {

    private static final String[] CALL_PARTS = {
        "Probefahrt vereinbaren", "Jetzt", "jetzt ", "now ", "book a test drive", "Book your test drive", "calcola la rata",
        "立即询价", "预约试驾", "시승 신청", "Pide tu presupuesto", "simulez votre financement", "find a local dealer",
        "Kunden können", "eine", "Probefahrt", "vereinbaren", "dealer", "rate berechnen", "Leasingangebot sichern",
        ". ", "! ", "? ", ": ", "：", "。", "！", "？", "¡", "¿", ".", ":", " ", "  ", "\u00a0", "\n", "“", "\"", "x", "a",
        "é", "É", "İ", "ß", "K", "\u212a", "1", "2026", "-", "—", "(", ")", "Sie", "Ihren", "Händler",
    };

    private static final String[] APP_PARTS = {
        "Laden Sie", "laden sie sich", "jetzt", "Jetzt", "die", "Farm Gazette", "agrarwoche", "-App", " app", "App", "app",
        "herunter", "herunterladen", "installieren", "Installieren Sie", "Download the", "download", "install", "get the",
        "Get", "the", "Dann", "einfach", "gleich", "kostenlos", "doch", "lade dir", ". ", "! ", "? ", ": ", ".", ":", " ",
        "  ", "\u00a0", "\n", "→ ", "» ", "1", "é", "İ", "\u212a", "ऐ", "ए", "ॲ", "अ", "\u200d", "ॅ", "्", "डाउनलोड", "करें",
        "करा", "किसान दर्पण", "।", "x",
    };

    @Test
    void dealersCallsAreFoundWhereTheWholePatternFindsThem() throws ReflectiveOperationException {
        Pattern call = field(DealerPitch.class, "CALL");
        Random random = new Random(47);
        int found = 0;
        for (int n = 0; n < 200_000; n++) {
            String line = randomText(random, CALL_PARTS, 12);
            String text = line.strip();
            boolean expected = !text.isEmpty() && "“„«‘\"'「『‹".indexOf(text.charAt(0)) < 0 && call.matcher(text).find();
            assertEquals(expected, DealerPitch.callsToBuy(line), line);
            found += expected ? 1 : 0;
        }
        assertEquals(true, found > 1_000, "calls drawn: " + found);
    }

    @Test
    void siteAppPromptsMatchAlikeWithoutTheDevanagariPrompt() throws ReflectiveOperationException {
        Pattern whole = field(Notices.class, "SITE_APP_PROMPT");
        Pattern calls = field(Notices.class, "SITE_APP_CALL");
        Random random = new Random(4747);
        int matched = 0;
        for (int n = 0; n < 200_000; n++) {
            String text = randomText(random, APP_PARTS, 14);
            if (text.indexOf('\u092A') >= 0) {
                continue;
            }
            List<String> expected = new ArrayList<>();
            Matcher m = whole.matcher(text);
            while (m.find()) {
                assertNull(m.group("name4"), text);
                expected.add(m.start() + ":" + m.end() + ":" + m.group("name") + ":" + m.group("name2") + ":" + m.group("name3"));
            }
            List<String> actual = new ArrayList<>();
            Matcher c = calls.matcher(text);
            while (c.find()) {
                actual.add(c.start() + ":" + c.end() + ":" + c.group("name") + ":" + c.group("name2") + ":" + c.group("name3"));
            }
            assertEquals(expected, actual, text);
            matched += expected.isEmpty() ? 0 : 1;
        }
        assertEquals(true, matched > 100, "prompts drawn: " + matched);
    }

    @Test
    void theDevanagariPromptIsStillRead() {
        assertEquals(true, Notices.isSiteAppPrompt("मंडी भाव की जानकारी के लिए किसान दर्पण ऐप डाउनलोड करें", List.of("किसान दर्पण")));
    }

    private static String randomText(Random random, String[] parts, int most) {
        StringBuilder out = new StringBuilder();
        for (int i = random.nextInt(most) + 1; i > 0; i--) {
            out.append(parts[random.nextInt(parts.length)]);
            if (random.nextInt(3) == 0) {
                out.append(' ');
            }
        }
        return out.toString();
    }

    private static Pattern field(Class<?> owner, String name) throws ReflectiveOperationException {
        Field f = owner.getDeclaredField(name);
        f.setAccessible(true);
        return (Pattern) f.get(null);
    }
}
