package dev.newsdrop.extract.body;

import dev.newsdrop.extract.meta.ComparisonKey;
import dev.newsdrop.extract.meta.authors.PatternOpenings;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a fact-checker says about itself beside each of its checks: its membership of the International Fact-Checking
 * Network ("State Check Desk is a verified signatory of the IFCN's Code of Principles"), its part in Meta's programme
 * ("Este artículo forma parte del programa de verificación de datos independiente de Meta"), the box that explains
 * how it rates claims ("How we rate claims", "So bewerten wir", "Come lavoriamo.", "Ocena „Fałsz” oznacza, że …") and the
 * one pointing to its correction policy ("Found an error? Read our corrections policy").
 * They say what the site is and how it works, not what the check found; the check's own verdict and sources stay.
 *
 * <p>A story about fact-checking names the network or Meta's programme too ("Meta ended its fact-checking programme
 * in the United States"): an affiliation note speaks of the page or the site itself, by a demonstrative ("this
 * article", "esta reportagem", "tekst powstał"), in the first person plural, or by the site's name.
 */
final class FactCheckNotes {

    /** A note or a rating box is short: a sentence or two, a scale of a few ratings. */
    static final int MAX_NOTE_CHARS = 500;

    /**
     * Words one of which an affiliation note holds, as written (proper names and an acronym): sought in a block's text
     * nodes with {@code indexOf} before its text is built or a pattern is tried.
     */
    private static final String[] AFFILIATION_KEYS = {"IFCN", "Fact-Checking Network", "Fact Checking Network", "Meta", "Facebook",
        "ميتا", "فيسبوك", "메타", "페이스북"};

    /** The International Fact-Checking Network or its code, in the fact-checkers' languages. */
    private static final Pattern IFCN = Pattern.compile("(?:IFCN|International Fact-?Checking Network|Red Internacional de Verificación"
            + "|Rede Internacional de Checagem|Réseau international de vérification|Code of Principles|Código de Princípios|Código de Principios"
            + "|Code de principes|Kodeksu Zasad)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A signatory's, a member's or a certified organisation's word. */
    private static final Pattern SIGNATORY = Pattern.compile("(?<![\\p{L}])(?:signator(?:y|ies)|signatári[oa]s?|signataire|signatari[oa]"
            + "|firmante|unterzeichner\\p{L}*|firmatari[oa]|imzala\\p{L}*|imzacı\\p{L}*|موقّع|موقع|terverifikasi|sygnatariusz\\p{L}*"
            + "|підписант\\p{L}*|서명|署名|हस्ताक्षर\\p{L}*|verified|certified|certificad[oa]|certifiée?|zertifiziert|member|miembro|membro"
            + "|membre|mitglied|üye\\p{L}*|عضو|anggota|członk\\p{L}*|член\\p{L}*|회원|加盟)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Meta or Facebook named as a proper name (not "metal", "metadata"). */
    private static final Pattern META = Pattern.compile("(?<![\\p{L}])(?:Meta|Facebook|ميتا|فيسبوك|메타|페이스북)(?![\\p{Ll}])");

    /** Fact-checking named in a programme's words. */
    private static final Pattern FACT_CHECKING = Pattern.compile("(?<![\\p{L}])(?:fact-?check\\p{L}*|verificación de datos|verificação de fatos"
            + "|checagem|vérification|faktencheck\\p{L}*|faktenprüf\\p{L}*|verifica dei fatti|weryfikacji|doğruluk kontrol\\p{L}*"
            + "|pemeriksa(?:an)? fakta|cek fakta|التحقق|تدقيق|перевірки фактів|фактчекінг\\p{L}*)|팩트체크|ファクトチェック",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A programme or a partnership. */
    private static final Pattern PROGRAMME = Pattern.compile("(?<![\\p{L}])(?:program\\p{L}*|programme|partner\\p{L}*|partenaires?"
            + "|parceri\\p{L}*|برنامج|програм\\p{L}*)|프로그램|プログラム", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** The page or the site speaking of itself: a demonstrative before the page's noun, or the first person plural. */
    private static final Pattern SELF_REFERENCE = Pattern.compile("(?<![\\p{L}])(?:(?:this|our) (?:article|fact-?check|story|report|content|piece|work)"
            + "|we (?:are|work)|est[ea] (?:artículo|texto|contenido|chequeo|reportagem|checagem|verificação|matéria|nota|verificación)"
            + "|nuestr[oa]s?|nosso|nossa|cet article|ce contenu|nous (?:sommes|travaillons)|(?:dieser|unser) (?:artikel|faktencheck|beitrag|text)"
            + "|wir sind|questo articolo|siamo|ten (?:tekst|artykuł)|tekst powstał|jesteśmy|bu (?:içerik|analiz|yazı|haber|makale)"
            + "|artikel ini|tulisan ini|konten ini|kami|هذا (?:المقال|التقرير|المحتوى)|ця (?:стаття|публікація)|цей (?:матеріал|текст)"
            + "|이 기사|この記事|本記事|यह (?:लेख|खबर|ख़बर|रिपोर्ट))(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * The label opening a box that explains how the site rates claims: "How we rate claims", "Cómo trabajamos", "Como a
     * Checa Agora classifica", "So bewerten wir", "Come lavoriamo", "Nasıl çalışıyoruz?", "Jak weryfikujemy", "كيف نعمل", read
     * as a label only when it closes its line ({@link #closesLabel}). A bare "Methodology" heading is not one: a data story explains its
     * own method under it.
     */
    static final Pattern METHOD_LABEL = Pattern.compile("(?:how we (?:rate|work|fact-?check|check|verify|choose)(?: claims| statements| facts)?"
            + "|cómo (?:trabajamos|verificamos|calificamos|chequeamos)"
            + "|como (?:trabalhamos|verificamos|checamos|classificamos|(?:a|o) [\\p{L}\\p{N} ]{1,30} (?:classifica|checa|trabalha))"
            + "|comment (?:nous travaillons|nous vérifions|nous notons|on vérifie)"
            + "|so (?:bewerten|arbeiten|prüfen) wir|come (?:lavoriamo|valutiamo|verifichiamo)"
            + "|nasıl (?:çalışıyoruz|doğruluyoruz|derecelendiriyoruz)|كيف (?:نعمل|نتحقق)|(?:cara|bagaimana) kami (?:bekerja|memeriksa|memverifikasi)"
            + "|jak (?:weryfikujemy|pracujemy|oceniamy)|як ми (?:працюємо|перевіряємо|оцінюємо))(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * A rating's definition opening a box ("Ocena „Fałsz” oznacza, że …", "Rating 'False' means …"): the site's scale,
     * explained beside each check.
     */
    static final Pattern RATING_DEFINITION = Pattern.compile("(?:rating|ocena|calificación|classificação|bewertung|verdetto|note)"
            + " [„\"“«']?[\\p{L} ]{2,25}[”\"»']? (?:means|oznacza|significa|bedeutet|signifie|anlamına)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** The marks that close a label on its line ("How we rate claims", "Come lavoriamo.", "Nasıl çalışıyoruz?", "Cómo trabajamos:"). */
    private static final String LABEL_CLOSERS = ".:：?？!\n";

    /**
     * The question opening a box that invites the reader to report an error ("Found an error?", "Se pensi che abbiamo
     * commesso un errore", "Fehler gefunden?", "¿Has encontrado un error?"): the site's correction policy, cut when the
     * box names corrections ({@link #CORRECTION_WORD}).
     */
    static final Pattern CORRECTION_PROMPT = Pattern.compile("(?:(?:have you )?(?:found|spotted|seen|noticed) an? (?:error|mistake)"
            + "|(?:has|ha) (?:encontrado|visto|detectado) (?:un|algún) error|encontrou (?:um |algum )?erro|vous avez (?:repéré|trouvé|constaté) une erreur"
            + "|(?:einen )?fehler (?:gefunden|entdeckt)|se pensi che abbiamo commesso un errore|hai (?:trovato|notato) un errore"
            + "|hata (?:mı )?(?:buldunuz|gördünüz|fark ettiniz)|(?:menemukan|melihat) kesalahan"
            + "|(?:znalazłeś|znalazłaś|zauważyłeś|zauważyłaś|widzisz) błąd)(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Corrections named: the policy a correction prompt points to. */
    private static final Pattern CORRECTION_WORD = Pattern.compile("(?<![\\p{L}])(?:correct\\p{L}*|corrig\\p{L}*|correcci\\p{L}*|correç\\p{L}*"
            + "|korrektur\\p{L}*|correz\\p{L}*|corregg\\p{L}*|düzelt\\p{L}*|koreksi|sprostowa\\p{L}*|poprawk\\p{L}*)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * The first letters a {@link #METHOD_LABEL} or a {@link #CORRECTION_PROMPT} can open with: a block's first words are
     * asked before its text is built.
     */
    static final PatternOpenings BOX_LABEL_OPENINGS = PatternOpenings.of("(?:" + METHOD_LABEL.pattern() + ")|(?:"
            + RATING_DEFINITION.pattern() + ")|(?:" + CORRECTION_PROMPT.pattern() + ")");

    private FactCheckNotes() {
    }

    /** True when one of {@link #AFFILIATION_KEYS} is in the text: the cheap test before {@link #isAffiliationNote}. */
    static boolean mayNameAffiliation(String text) {
        for (String key : AFFILIATION_KEYS) {
            if (text.contains(key)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the short text is a fact-checker's note on its affiliation: a signatory's or member's word beside the
     * International Fact-Checking Network or its code ({@link #IFCN}), or Meta's fact-checking programme named, said
     * of the page or the site itself ({@link #SELF_REFERENCE} or one of the site's names), in the block's first sentence:
     * a note opens its block, while a paragraph of the story may close on the same words in brackets ("… reinstated.
     * (PolitiFact is a partner of Meta's Third Party Fact-Checking Program …)").
     */
    static boolean isAffiliationNote(String block, List<String> siteNames) {
        if (block.length() > MAX_NOTE_CHARS || !mayNameAffiliation(block)) {
            return false;
        }
        String text = firstSentence(block);
        boolean network = IFCN.matcher(text).find() && SIGNATORY.matcher(text).find();
        boolean programme = !network && META.matcher(text).find() && FACT_CHECKING.matcher(text).find() && PROGRAMME.matcher(text).find();
        return (network || programme) && (SELF_REFERENCE.matcher(text).find() || namesSite(text, siteNames));
    }

    /**
     * True when the text opens with a label of a box explaining how the site rates claims ({@link #METHOD_LABEL}) that
     * closes its line ({@link #closesLabel}).
     */
    static boolean opensWithMethodLabel(String text) {
        int at = Notices.tipPromptStart(text);
        if (at < 0) {
            return false;
        }
        Matcher label = METHOD_LABEL.matcher(text).region(at, text.length());
        return label.lookingAt() && closesLabel(text, label.end());
    }

    /**
     * True when the text opens with a rating's definition ({@link #RATING_DEFINITION}), or with a prompt to report an error
     * in a box that names corrections ({@link #CORRECTION_PROMPT}).
     */
    static boolean opensWithScaleOrCorrectionNote(String text) {
        int at = Notices.tipPromptStart(text);
        return at >= 0 && (RATING_DEFINITION.matcher(text).region(at, text.length()).lookingAt()
                || CORRECTION_PROMPT.matcher(text).region(at, text.length()).lookingAt() && CORRECTION_WORD.matcher(text).find());
    }

    /**
     * True when the label ends at {@code end} as a label does: the text's end, a line's end or a closing mark
     * ({@link #LABEL_CLOSERS}) after it, blanks aside. "Cómo trabajamos es la pregunta que …" opens a sentence, no box.
     */
    private static boolean closesLabel(String text, int end) {
        int i = end;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\u00A0' || text.charAt(i) == '\t')) {
            i++;
        }
        return i == text.length() || LABEL_CLOSERS.indexOf(text.charAt(i)) >= 0;
    }

    /** The marks that end a sentence. */
    private static final String SENTENCE_ENDS = ".!?。！？।";

    /** The text up to its first sentence's end (a mark before a blank or the text's end), or the whole text. */
    static String firstSentence(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (SENTENCE_ENDS.indexOf(c) >= 0 && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)) || c == '。')) {
                return text.substring(0, i + 1);
            }
        }
        return text;
    }

    /** True when one of the site's names (compared as {@link ComparisonKey} compares them) is in the text. */
    private static boolean namesSite(String text, List<String> siteNames) {
        String key = ComparisonKey.of(text);
        for (String site : siteNames) {
            String name = site == null ? "" : ComparisonKey.of(site);
            if (name.length() >= 3 && key.contains(name)) {
                return true;
            }
        }
        return false;
    }
}
