package dev.newsdrop.extract.meta.authors;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link BylineLeads#withoutLeadIn}: what {@code LEAD_IN.matcher(s).replaceFirst("")} gives, the pattern asked only where a lead-in can open. */
class LeadInGateTest {

    private static String replaced(String s) {
        return BylineLeads.LEAD_IN.matcher(s).replaceFirst("");
    }

    @Test
    void everyLeadWord_inAnyCase_isReadAsThePatternReadsIt() {
        List<String> bylines = new ArrayList<>();
        for (String w : BylineLeads.WORDS) {
            for (String lead : new String[] {w, w.toUpperCase(Locale.ROOT), Character.toUpperCase(w.charAt(0)) + w.substring(1)}) {
                bylines.add(lead + " Jane Doe");
                bylines.add(lead + ": Jane Doe");
                bylines.add("Written " + lead + " Jane Doe");
            }
        }
        bylines.addAll(List.of("Pubblicato da Mario Rossi", "VIEW ALL POSTS BY Jane", "Text und Fotos: Anna Berg", "記者：山田太郎",
                "글·사진 박서연", "İsmail Kaya", "By JOSH HASKELL", "Автор: Иван Петров", "إعداد: أحمد علي", "Door Pieter Bakker"));
        for (String s : bylines) {
            assertEquals(replaced(s), BylineLeads.withoutLeadIn(s), s);
            if (!replaced(s).equals(s)) {
                assertTrue(BylineLeads.mayOpenWithLeadIn(s), s);
            }
        }
    }

    @Test
    void namesOpeningWithNoLeadLetter_areRefusedWithoutThePattern() {
        for (String name : new String[] {"Jane Doe", "Kevin Roe", "Müller, Hans", "Lena Schmidt", "Ngozi Okafor", "Émile Zola"}) {
            assertEquals(name, BylineLeads.withoutLeadIn(name));
        }
        assertFalse(BylineLeads.mayOpenWithLeadIn("Jane Doe"));
        assertFalse(BylineLeads.mayOpenWithLeadIn("Sarah Kim"));
        assertTrue(BylineLeads.mayOpenWithLeadIn("By Jane Doe"));
        assertTrue(BylineLeads.mayOpenWithLeadIn(""));
    }
}
