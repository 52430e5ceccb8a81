package dev.newsdrop.extract.meta.dates;

import dev.newsdrop.extract.text.Words;
import org.jsoup.nodes.Element;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.newsdrop.extract.meta.dates.PublishedDateFinder.MAX_LABEL_CHARS;

/**
 * Dates that start a state or bound a term, which are not a publication: "Mitglied seit 01.03.2019", "Joined:",
 * "Verfügbar bis 03.12.2028", a period's two ends ("vom 3. bis 5. März").
 */
final class StateDates {

    /**
     * Words that bound a period before its date, its end or its start: "bis 31.12.2026", "Verfügbar bis
     * 03.12.2028", "ab 01.01.2027", "valid until", "available until", "expires", "closing date", "Frist",
     * "jusqu'au", "hasta", "fino al": a price's, an offer's, a video's or a consultation's term, not when
     * the page was published; Czech "Sejmuto" and Slovak "Zvesené", the day an official notice board takes a
     * notice down (its "Vyvěšeno", "Vyvesené", the day it was put up, is a publication label).
     */
    static final String BOUND_WORDS = "bis|ab|until|till|expires|expiry|closes|closing date|deadline|frist|ablauf|läuft ab|"
            + "jusqu'au|jusqu’au|hasta|fino al|tot en met|valid through|sejmuto|sejmutí|zvesené|zvesenie";

    /**
     * A forum member's or a profile's "joined" label in the languages of the blind rounds, the date after it being
     * when the member signed up (phpBB's "Iscritto il:", "Inscrit le :", "Registrado:", "Dołączył(a):",
     * "Registrován:", "Rejestracja:", "Registado em", "Cadastrado em", "Registrace:", "Регистрация:", "Kayıt tarihi:", "Csatlakozott:", "Înregistrat:", "Εγγραφή:"), read with at
     * most one short word (a preposition, "tarihi") between the label and its colon.
     */
    static final String JOINED_WORDS = "iscritt[oa]|inscrit|inscrite|inscrit[oa]|registrad[oa]|registrerad|registreret|registrert"
            + "|rejestracja|registad[oa]|cadastrad[oa]|registrace"
            + "|zarejestrowan[ya]|dołączył|dołączyła|dołączył\\(a\\)|registrován|registrována|registrovaný|регистрация"
            + "|зарегистрирован|kayıt|katılım|csatlakozott|regisztrált|regisztráció|înregistrat|εγγραφή|μέλος\\s+από";

    /**
     * Words before a date that make it the start of a state, not a publication: "Redakteurin seit
     * 01.03.2019", "Member since March 1, 2019", "membre depuis", "miembro desde", "dal 22 al 24 novembre";
     * the Slavic prepositions (Polish and Czech "od", Russian "с", Ukrainian "з": "w redakcji od 3 września
     * 2019", "на сайте с 12 мая 2019 года") only just before the date's digits, as they also mean "from"
     * or "by" before a name. "Online seit" / "online since" / "en ligne depuis" is a publication's own
     * label and dates the article.
     */
    private static final Pattern SINCE_BEFORE_DATE = Pattern.compile(
            "(?iu)(?<!\\p{L})(?<!online )(?<!en ligne )(?:since|seit|depuis|desde|sinds|sedan|siden|dal|joined|beigetreten|registriert|"
                    + BOUND_WORDS + ")"
                    + "\\s*:?\\s*(?:\\p{L}+\\.?\\s*)?$"
                    + "|(?<!\\p{L})(?:" + JOINED_WORDS + ")(?:\\s+\\p{L}{1,7})?\\s*:?\\s*(?:\\p{L}+\\.?\\s*)?$"
                    + "|(?<!\\p{L})(?:od|с|з|od dnia)\\s+$");

    /**
     * A period's two ends, the line's first date opening it (no date written before it): "12 January 2027 to 16 January 2027", "vom 3. bis
     * 5. März", "du 3 au 5 mars", "del 3 al 5 de marzo": the first date opens a term, not the publication.
     * The first date is its digit groups with at most a word (a month's name) between two of them, then the word,
     * then a digit: "02.12.2026, verfügbar bis 02.12.2027" opens with a date of its own. Two days joined by a dash
     * before the month's name ("12–14 March 2027", "3.-5. März") are a period too; a numeric date's dashes ("03-12-2026")
     * are not, as no digit, dot, slash or dash stands before the first day and a letter follows the second.
     */
    private static final Pattern PERIOD_FROM_FIRST_DATE = Pattern.compile(
            "(?iu)(?<!\\p{N})\\p{N}[\\p{N}./]*(?:(?:,?\\s+|\\.\\s*)(?:\\p{L}+\\.?\\s+)?\\p{N}[\\p{N}./]*)*"
                    + "\\.?\\s+(?:to|until|till|through|thru|bis|au|al|hasta|tot|до|do)\\s+(?:\\p{L}+\\.?\\s+)?\\p{N}"
                    + "|(?<![\\p{N}./-])\\p{N}{1,2}\\.?\\s*[\u2013\u2014-]\\s*\\p{N}{1,2}\\.?\\s+\\p{L}");

    /** Characters before a line's first digit read for {@link #SINCE_BEFORE_DATE}. */
    private static final int MAX_SINCE_CHARS = 40;

    /** Marks that part a byline's items ("Anna Nowak · w zespole od 2019 roku · 12 czerwca 2025"). */
    private static final String ITEM_SEPARATORS = "·|•";

    /**
     * True when a line's date, its first digit on, follows a word of {@link #SINCE_BEFORE_DATE} and
     * nothing dated follows it in another of the line's items ({@link #afterState}).
     */
    static boolean datesAState(String text) {
        String rest = afterState(text);
        return rest != null && !Words.holdsDigit(rest);
    }

    /**
     * The rest of a line whose first date follows a word of {@link #SINCE_BEFORE_DATE}, from the next
     * item separator ({@link #ITEM_SEPARATORS}) on: "" when the state fills the line; null when no
     * since-word dates it.
     */
    static String afterState(String text) {
        int firstDigit = -1;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                firstDigit = i;
                break;
            }
        }
        if (firstDigit < 0) {
            return null;
        }
        Matcher range = PERIOD_FROM_FIRST_DATE.matcher(text);
        boolean period = range.find(firstDigit) && DateParser.parseText(text.substring(0, range.start()), DateLanguage.UNKNOWN) == null;
        if (!period && (firstDigit == 0 || !SINCE_BEFORE_DATE.matcher(text.substring(Math.max(0, firstDigit - MAX_SINCE_CHARS), firstDigit)).find())) {
            return null;
        }
        for (int i = firstDigit; i < text.length(); i++) {
            if (ITEM_SEPARATORS.indexOf(text.charAt(i)) >= 0) {
                return text.substring(i + 1);
            }
        }
        return "";
    }

    /**
     * True for a short text that is a state's or a term's label alone, with no date in it ("Joined:",
     * "Registriert:", "Mitglied seit", "Verfügbar bis"): the date just after it is the state's start or the
     * term's bound, not the publication.
     */
    static boolean isStateLabel(String text) {
        return !text.isEmpty() && text.length() <= MAX_LABEL_CHARS && !Words.holdsDigit(text) && SINCE_BEFORE_DATE.matcher(text).find();
    }

    /**
     * True when the label of a state or a term's bound ({@link #isStateLabel}) stands just before an
     * element's own text: its first child ("<dd><strong>Joined:</strong> Tue Nov 10, 2026</dd>") or the
     * element just before it ("<dt>Verfügbar bis</dt><dd>03.12.2028</dd>").
     */
    static boolean labelledAsState(Element e) {
        Element first = e.firstElementChild();
        if (first != null && first.childrenSize() == 0 && isStateLabel(first.text())) {
            return true;
        }
        Element prev = e.previousElementSibling();
        return prev != null && prev.childrenSize() <= 1 && isStateLabel(prev.text());
    }

    private StateDates() {
    }
}
