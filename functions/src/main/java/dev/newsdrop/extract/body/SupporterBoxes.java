package dev.newsdrop.extract.body;

import org.jsoup.nodes.Element;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The boxes a club's or an association's site sets beside its news to keep itself going: the wall of its sponsors
 * ("Våra sponsorer", "Támogatóink", "Nos partenaires"), the appeal to assign it the share of income tax that several
 * European countries let a taxpayer give to a non-profit (Hungary's 1 %, Poland's 1.5 %, Slovakia's 2 %, Italy's
 * "5x1000"), and the ask to support the club with money ("Støt klubben" over a MobilePay number). Each is read from the
 * heading that opens the box, as {@link Notices#NEEDS_YOU_HEADING} is: {@link NoticeBoxes#needsYouBox} asks only a short
 * heading that is the first child of a short block lying well under the container's text. Such a box also closes the text
 * ({@link #closesText}): a club sets it after its news, while a story set in sections may head one of them "Støtt
 * klubben" or "Nos partenaires" and go on after it.
 */
final class SupporterBoxes {

    /**
     * A heading that names the club's sponsors or partners with the possessive that makes them its own, or thanks them,
     * in the languages of club sites: English, French ("Ils nous soutiennent"), Italian, Spanish, Portuguese, German,
     * Dutch, Swedish, Danish, Norwegian, Polish, Czech, Slovak, Romanian and Hungarian (one word with its possessive
     * ending: "támogatóink", our supporters), the languages whose tax-share appeals {@link #TAX_SHARE} reads among them.
     * Read whole, with a closing colon or exclamation allowed.
     */
    private static final Pattern SPONSORS_HEADING = Pattern.compile("(?iu)(?:(?:a )?(?:big )?(?:thank you|thanks) to |merci à |grazie ai |gracias a )?"
            + "(?:our (?:sponsors|partners|supporters|club sponsors)|nos (?:partenaires|sponsors|soutiens)|ils nous soutiennent"
            + "|i nostri (?:sponsor|partner)|nuestros (?:patrocinadores|colaboradores)|(?:os )?nossos (?:patrocinadores|parceiros)"
            + "|unsere (?:sponsoren|partner|unterstützer)|onze (?:sponsors|sponsoren|partners)|våra (?:sponsorer|samarbetspartners|partners)"
            + "|vores (?:sponsorer|samarbejdspartnere)|våre (?:sponsorer|samarbeidspartnere)|nasi (?:sponsorzy|partnerzy)"
            + "|naši (?:partneři|sponzoři|partneri|sponzori)|partneři klubu|partneri klubu|partenerii noștri|sponsorii noștri"
            + "|támogatóink|szponzoraink|partnereink)\\s*[:!]?");

    /**
     * Words opening with a lower-case letter that a sponsors' wall holds after its heading at most: a wall names its
     * sponsors, whose names open with capitals ("Boulangerie Martin · Crédit Mutuel"), with perhaps a short call to join
     * them ("Devenez partenaire du club : contactez-nous !"). A section that thanks its supporters in sentences ("None of
     * this would have been possible without the 1,240 people who gave …") is a text's own, under the same heading.
     */
    private static final int MAX_WALL_LOWER_CASE_WORDS = 8;

    /** A word's first letter in lower case: a letter with no letter or mark before it. */
    private static final Pattern LOWER_CASE_WORD = Pattern.compile("(?<![\\p{L}\\p{M}])\\p{Ll}");

    /**
     * The share of income tax a taxpayer may assign to a non-profit, as a club's appeal names it: a percentage written with
     * the tax's word after it within a few words (Hungarian "1%-át" then "adója" or before it, Polish "1,5% podatku", Slovak
     * "2 % z dane", Czech "daně", Romanian "3,5% din impozit", Slovene "dohodnine"), or Italy's "5x1000" and "cinque per
     * mille". Searched in the heading.
     */
    private static final Pattern TAX_SHARE = Pattern.compile("(?iu)\\b\\d(?:[,.]\\d)?\\s?%[\\p{L}-]*\\s+(?:\\S+\\s+){0,2}?"
            + "(?:podatku|dane|daně|z dane|din impozit|impozitului|dohodnine|adó)"
            + "|\\badój(?:a|át|uk)?\\s+(?:\\S+\\s+)?\\d(?:[,.]\\d)?\\s?%|\\b5\\s?x\\s?1000\\b|\\b(?:cinque|5) per mille\\b");

    /**
     * The number that names the beneficiary in a tax-share appeal, which the box under a {@link #TAX_SHARE} heading gives:
     * a run of at least six digits, perhaps grouped by dashes (Poland's KRS "0000123456", Hungary's "adószám"
     * "18456789-1-06", Italy's "codice fiscale"). A story's fact box explaining the scheme names no one's number.
     */
    private static final Pattern REGISTRATION_NUMBER = Pattern.compile("\\d{6,}|\\d{4,}(?:-\\d+){1,3}");

    /**
     * A heading asking the reader to support the club or the association, its noun rather than its name (which {@link
     * Notices#SUPPORT_US_HEADING} reads): the imperative, Danish "Støt", Swedish "Stöd", Norwegian "Støtt", English
     * "Support", French "Soutenez", Italian "Sostieni", Spanish "Apoya", German "Unterstütze(n Sie)", Dutch "Steun",
     * Polish "Wesprzyj", then the club's or the association's noun, and nothing after it.
     */
    private static final Pattern SUPPORT_THE_CLUB_HEADING = Pattern.compile("(?iu)(?:støt|stöd|støtt|support|soutenez|sostieni"
            + "|apoya (?:a|al)?|unterstütze|unterstützen sie|steun|wesprzyj)\\s+"
            + "(?:klubben|foreningen|föreningen|laget|the club|our club|le club|notre club|l['’]association|la società|il club|la asociación"
            + "|el club|den verein|unseren verein|de club|onze club|de vereniging|klub|nasz klub)\\s*[.!]*");

    /**
     * Lower-case stems of money asked for in a box under a {@link #SUPPORT_THE_CLUB_HEADING} beyond {@link
     * Notices#asksForMoney}'s: the Nordic word for a contribution ("bidrag"), the payment apps Nordic clubs take gifts
     * by (MobilePay, Swish, Vipps), and the Dutch verb of giving ("doneer", "doneren") that "donat" does not open.
     */
    private static final String[] GIFT_STEMS = {"bidrag", "mobilepay", "swish", "vipps", "doneer", "donere"};

    private SupporterBoxes() {
    }

    /**
     * True when the heading opens a supporter box: a sponsors' wall ({@link #SPONSORS_HEADING} over names, {@link
     * #isWallOfNames}), a tax-share appeal ({@link #TAX_SHARE}) over the beneficiary's number ({@link
     * #REGISTRATION_NUMBER}), or an ask to support the club ({@link #SUPPORT_THE_CLUB_HEADING}) over money asked for.
     */
    static boolean heads(String heading, String textAfterHeading) {
        if (SPONSORS_HEADING.matcher(heading).matches() && isWallOfNames(textAfterHeading)
                || TAX_SHARE.matcher(heading).find() && REGISTRATION_NUMBER.matcher(textAfterHeading).find()) {
            return true;
        }
        return SUPPORT_THE_CLUB_HEADING.matcher(heading).matches() && asksForGift(textAfterHeading);
    }

    /** True when the text holds at most {@link #MAX_WALL_LOWER_CASE_WORDS} words opening in lower case: names, not sentences. */
    private static boolean isWallOfNames(String text) {
        Matcher m = LOWER_CASE_WORD.matcher(text);
        for (int n = 0; m.find(); ) {
            if (++n > MAX_WALL_LOWER_CASE_WORDS) {
                return false;
            }
        }
        return true;
    }

    /** Text-bearing blocks after a supporter box read at most: a club sets a few such boxes in a row. */
    private static final int MAX_BOXES_AFTER = 4;

    /**
     * True when nothing after the box, up to the container's end, holds text but other supporter boxes (short ones, at
     * most {@link #MAX_BOXES_AFTER}) or links (a list of the club's other news): the box closes the text. A story's section, a
     * paragraph or a quotation after it says the box is the story's own.
     */
    static boolean closesText(Element box, Element container, TextStats stats) {
        int seen = 0;
        for (Element at = box; at != null && at != container; at = at.parent()) {
            for (Element x = at.nextElementSibling(); x != null; x = x.nextElementSibling()) {
                TextStats.Stats xs = stats.of(x);
                if (xs == null || xs.chars == 0 || xs.linkChars * 2 >= xs.chars) {
                    continue;
                }
                if (++seen > MAX_BOXES_AFTER || xs.chars > Notices.MAX_OFFER_BOX_CHARS || !isSupporterBox(x)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** True when the block, a short one, opens with a heading that {@link #heads} a supporter box. */
    private static boolean isSupporterBox(Element x) {
        Element first = x.firstElementChild();
        if (first == null || !Blocks.isHeading(first)) {
            return false;
        }
        String heading = first.text().strip();
        return heads(heading, NoticeBoxes.textAfter(x.text(), heading));
    }

    /** True when the text asks for money ({@link Notices#asksForMoney}) or a gift ({@link #GIFT_STEMS}). */
    private static boolean asksForGift(String text) {
        if (Notices.asksForMoney(text)) {
            return true;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (String stem : GIFT_STEMS) {
            if (lower.contains(stem)) {
                return true;
            }
        }
        return false;
    }
}
