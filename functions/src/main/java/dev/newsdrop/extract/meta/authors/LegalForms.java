package dev.newsdrop.extract.meta.authors;

import dev.newsdrop.extract.meta.Blanks;
import dev.newsdrop.extract.meta.ComparisonKey;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A company's legal form closing its name ("Halvern Biotherapeutics, Inc.", "Skarvik Energy ASA", "Alpenbahn Holding
 * AG", "Norrvatten Energi AB", "Verdemar S.A."): part of the organisation's name, as the issuer of a press release
 * signs it, where the name cleaning reads it as a person's degree or credential ("Jane Doe, MD", "Jane Doe RN") and
 * cuts it. Only a name the page's JSON-LD types as an Organization gets its form back: a person named so in JSON-LD
 * ("Anna Ag") or in a byline ("Erik AB Lund") is left to the cleaning.
 */
final class LegalForms {

    /**
     * Legal forms as companies write them after their names, in their own capitals (matched with case: "AB" is a form,
     * "Ab" a word): English and American ("Inc.", "Corp.", "Ltd", "LLC", "plc"), German-speaking ("GmbH", "AG", "SE",
     * "KG", "KGaA"), Nordic ("AB", "ASA", "AS", "A/S", "ApS", "Oy", "Oyj"), Romance ("S.A.", "SpA", "S.r.l.", "SAS",
     * "S.L.", "SARL", "Lda."), Dutch and Belgian ("N.V.", "B.V."), Turkish "A.Ş.", Polish "sp. z o.o." and "S.A.",
     * Central European ("a.s.", "s.r.o.", "d.o.o.", "Zrt.", "Kft."). Set off by a comma or a blank.
     */
    private static final Pattern LEGAL_FORM_AT_END = Pattern.compile("(?:,\\s?|\\s)(?:Inc\\.?|Incorporated|Corp\\.?|Corporation|Co\\., Ltd\\.?"
            + "|Ltd\\.?|Limited|LLC|L\\.L\\.C\\.|LLP|LP|PLC|plc|Pty\\.? Ltd\\.?|GmbH(?: & Co\\.? KG)?|AG|SE|KG|KGaA|AB|\\(publ\\)|AB \\(publ\\)"
            + "|ASA|AS|A/S|ApS|Oy|Oyj|S\\.A\\.|SA|S\\.p\\.A\\.|SpA|S\\.r\\.l\\.|Srl|SAS|S\\.A\\.S\\.|S\\.L\\.|SL|SARL|Lda\\.?|Ltda\\.?"
            + "|N\\.V\\.|NV|B\\.V\\.|BV|A\\.Ş\\.|sp\\. z o\\.o\\.|Sp\\. z o\\.o\\.|a\\.s\\.|s\\.r\\.o\\.|d\\.o\\.o\\.|Zrt\\.|Kft\\.)$");

    /** An organisation's name is this long at most: longer is a sentence, not a company's name. */
    private static final int MAX_NAME_CHARS = 120;

    private LegalForms() {
    }

    /**
     * The name without the legal form closing it ("Brenner Haustechnik GmbH & Co. KG" gives "Brenner Haustechnik"), the
     * name as it is when none closes it: the words a company's own name has, which the form's words do not add to.
     */
    static String withoutLegalForm(String name) {
        Matcher m = LEGAL_FORM_AT_END.matcher(name);
        return m.find() && m.start() > 0 ? name.substring(0, m.start()) : name;
    }

    /**
     * The names, each that is a JSON-LD Organization's name without the legal form closing it given back whole
     * ("Halvern Biotherapeutics" and the Organization "Halvern Biotherapeutics, Inc." give the latter); the names as
     * they are when no organisation closes on a legal form.
     */
    static List<String> withLegalForms(List<String> names, List<String> organisations) {
        if (names.isEmpty() || organisations.isEmpty()) {
            return names;
        }
        Map<String, String> wholeByStem = new HashMap<>();
        for (String o : organisations) {
            String whole = Blanks.collapsed(o).strip();
            if (whole.length() > MAX_NAME_CHARS) {
                continue;
            }
            String stem = withoutLegalForm(whole);
            if (stem.length() < whole.length()) {
                wholeByStem.putIfAbsent(ComparisonKey.of(stem), whole);
                if (whole.endsWith(".")) {
                    // "Laticínios Vale Verde Ltda." cleaned to "... Ltda": the cleaning cut the stop as a sentence's end, but it
                    // is the abbreviation's own
                    wholeByStem.putIfAbsent(ComparisonKey.of(whole.substring(0, whole.length() - 1)), whole);
                }
            }
        }
        if (wholeByStem.isEmpty()) {
            return names;
        }
        List<String> out = new ArrayList<>(names.size());
        for (String n : names) {
            out.add(wholeByStem.getOrDefault(ComparisonKey.of(n), n));
        }
        return out;
    }
}
