package dev.newsdrop.extract.text;

import java.util.regex.Pattern;

/**
 * The notice finance publishers print under a story, in the words their regulators ask, that the page gives no
 * investment advice, and the notice on conflicts of interest that must go with an analyst's recommendation. Shared by
 * the body's end trimmer, which leaves such a notice out, and the signature readers, for which a notice under a closing
 * name ends the text no less than a copyright line does.
 */
public final class AdviceNotices {

    private AdviceNotices() {
    }

    /** A notice is a paragraph this long at most. */
    public static final int MAX_CHARS = 400;

    /**
     * The notice's words in the languages of the markets read: "Die Beiträge stellen keine Anlageberatung dar", "stellen
     * keine Kauf- bzw. Verkaufsempfehlungen dar", "This does not constitute investment advice", "ne constitue pas un
     * conseil en investissement", "no constituye una recomendación de inversión", "non costituisce sollecitazione", "não
     * constitui recomendação de investimento", Turkish "yatırım danışmanlığı kapsamında değildir", Vietnamese "chỉ mang tính chất
     * tham khảo, không phải là khuyến nghị đầu tư" (for reference only, not investment advice: the reference clause makes it
     * the page's own notice, where a story on a regulator's rule says only that a bulletin "không phải là khuyến nghị đầu
     * tư") or "không cấu thành khuyến nghị đầu tư", "本文不构成任何投资建议", "股市有风险，投资需谨慎", "投資の最終判断はご自身で", "투자 판단의 최종 책임은",
     * "لا تمثل توصية استثمارية". The conflict-of-interest notice that the EU's market-abuse rules (Art. 20 of Regulation
     * (EU) 596/2014, in Germany § 85 WpHG) ask of a recommendation names the conflicts and the rule together: "Informationen
     * zur Offenlegungspflicht bei Interessenkonflikten im Sinne von § 85 Abs. 1 WpHG, Art. 20 VO (EU) 596/2014". The notice
     * cites the regulation by its number or its article; a story on the rule names the conflicts beside the national law
     * alone ("Interessenkonflikte nach § 85 WpHG offenlegen müssen"), and is not read as one.
     */
    public static final Pattern PATTERN = Pattern.compile(
            "keine (?:anlageberatung|anlageempfehlung|finanzberatung|aufforderung zum (?:kauf|verkauf)"
                    + "|kaufs?-?\\s?(?:bzw\\.\\s?|oder\\s|und\\s|/\\s?)verkaufsempfehlung)"
                    + "|interessenkonflikt\\p{L}*.{0,120}?(?:596/2014|art(?:\\.|ikel)\\s?20\\s(?:mar|vo|der))"
                    + "|conflicts? of interest.{0,120}?(?:596/2014|article 20 (?:of )?(?:mar|the market abuse regulation))"
                    + "|(?:not|no|does not constitute|do not constitute) (?:an? )?(?:investment|financial) advice"
                    + "|not (?:an? )?(?:recommendation|solicitation|offer) to (?:buy|sell)"
                    + "|ne (?:constitue|constituent) (?:pas|en aucun cas) (?:un |une |des )?(?:conseils? en investissement|recommandations? d['’]investissement|conseils? financiers?|incitation)"
                    + "|no (?:constituye|constituyen) (?:una |un )?(?:recomendaci[oó]n|asesoramiento|consejo)"
                    + "|non (?:costituisce|costituiscono) (?:una |un )?(?:sollecitazione|consulenza|raccomandazione)"
                    + "|não (?:constitui|constituem|configura) (?:uma |um )?(?:recomenda[cç]\\p{L}+|oferta|consultoria)"
                    + "|geen (?:beleggingsadvies|financieel advies)"
                    + "|nie (?:stanowi|stanowią) (?:rekomendacji|porady) inwestycyjn"
                    + "|не является (?:индивидуальной )?инвестиционной рекомендацией"
                    + "|yatırım danışmanlığı kapsamında değildir"
                    + "|mang tính (?:chất )?tham khảo[,;]?\\s(?:và\\s)?không (?:phải là |phải |được (?:coi|xem) là |cấu thành )?(?:lời )?(?:khuyến nghị|khuyên|tư vấn) đầu tư"
                    + "|không cấu thành (?:lời )?(?:khuyến nghị|tư vấn) đầu tư"
                    + "|不构成(?:任何)?投资建议|不構成(?:任何)?投資建議|股市有风险[，,]\\s?投资需谨慎|投资有风险[，,]\\s?入市需谨慎"
                    + "|投資の最終判断は(?:ご自身|ご自分)|投資勧誘を目的と"
                    + "|투자\\s?판단의 최종 책임|투자 권유를 목적으로"
                    + "|(?:لا تعد|لا تعتبر|لا تمثل|لا تشكل|ليست)\\s(?:نصيحة|توصية|دعوة)\\s?(?:استثمارية|للاستثمار|بالشراء)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Quotation marks, which a publisher's notice does not set and a story reporting someone's disclaimer does (apostrophes left out). */
    private static final String QUOTATION_MARKS = "«»“”„\"「」『』";

    /**
     * True when the paragraph may be a notice: short enough, and quoting no one. The pattern is asked after this, by
     * {@link #isNotice} or by a caller that gates it by its openings.
     */
    public static boolean mayBeNotice(String text) {
        if (text.length() > MAX_CHARS) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (QUOTATION_MARKS.indexOf(text.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** True when the paragraph is a notice that the page gives no investment advice, or a recommendation's conflicts notice ({@link #PATTERN}). */
    public static boolean isNotice(String text) {
        return mayBeNotice(text) && PATTERN.matcher(text).find();
    }
}
