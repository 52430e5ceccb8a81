package dev.newsdrop.extract.body;

import dev.newsdrop.extract.budget.Deadline;
import dev.newsdrop.extract.meta.HostLabels;
import dev.newsdrop.extract.meta.TreeWalk;
import dev.newsdrop.extract.meta.authors.BylineLeads;
import dev.newsdrop.extract.meta.authors.PatternOpenings;
import dev.newsdrop.extract.meta.dates.DateLanguage;
import dev.newsdrop.extract.meta.dates.DateParser;
import dev.newsdrop.extract.meta.title.TitleCleaner;
import dev.newsdrop.extract.text.NewsAgencies;
import dev.newsdrop.extract.text.Words;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static dev.newsdrop.extract.body.BlockTexts.onlyBlanksAfter;

/**
 * Stage 3: cuts what leaked into the article's container: link lists, the repeated headline,
 * bylines and datelines, and one-line calls to share, subscribe or read more.
 */
final class ContentPruner {

    /** A block with more of its text in links than this is a link list, not prose. */
    private static final double MAX_LINK_DENSITY = 0.5;

    /** Long blocks get more room: a paragraph full of citations is still prose. */
    private static final double MAX_LINK_DENSITY_LONG = 0.7;

    /** A block at least this long is "long" for the link-density rule. */
    private static final int LONG_BLOCK_CHARS = 300;

    /** A linked blockquote this long is a quoted post, kept whatever its links. */
    private static final int MIN_QUOTED_POST_CHARS = 40;

    /** Unlinked text this long beside the links of a block is a sentence of the article. */
    private static final int MIN_UNLINKED_SENTENCE_CHARS = 60;

    /**
     * Unlinked words at least this long open a paragraph whose link continues their sentence ("The
     * inquiry was shelved in 2017 but was <a>re-opened this year</a>."): the link is part of the prose.
     */
    private static final int MIN_SENTENCE_OPENING_CHARS = 20;

    /** Nodes walked inside a block of a quoted post when looking for a paragraph in it: an embed is short. */
    private static final int MAX_PARAGRAPH_SEARCH_NODES = 300;

    /** Lines shorter than this are checked against the boilerplate phrases below. */
    private static final int SHORT_LINE_CHARS = 140;

    /**
     * The end of a phrase: no letter or digit follows. (Java's {@code \\b} knows only ASCII letters,
     * so it never ends an Arabic or Cyrillic phrase, nor one ending in "é" or ":".)
     */
    private static final String PHRASE_END = "(?![\\p{L}\\p{N}])";

    /**
     * Labels that name a spoiler warning themselves, lower case: before a colon, the line is the review's or the recap's
     * warning of what it gives away ("Achtung, Spoiler: Dieser Test verrät …", "Spoiler warning: this recap discusses …").
     * A line that opens with such words and no colon after them is a sentence ("Spoiler alert warnings were ignored …").
     */
    private static final List<String> SPOILER_LABELS = List.of("spoiler-warnung", "spoilerwarnung", "spoiler warning", "spoiler alert",
            "spoiler-alarm", "spoileralarm", "achtung,? spoiler", "attention,? spoilers?", "alerta de spoilers?", "aviso de spoilers?",
            "atenção,? spoilers?", "attenzione,? spoiler", "uwaga,? spoilery?", "внимание,? спойлеры?", "ネタバレ注意", "剧透预警",
            "剧透警告", "劇透預警", "스포일러 주의");

    /**
     * What opens a line about the page's spoilers, lower case: a general warning label ("Attention", "تنبيه", "※", "⚠️")
     * or the text itself as the subject ("This review", "Cet article", "本記事", "المراجعة"). The line says more
     * ({@link #SPOILER_NOTE_REST}), so a warning about anything else ("تنبيه: ستتوقف الخوادم …") or a sentence naming the
     * text for another reason stays.
     */
    private static final List<String> SPOILER_NOTE_SUBJECTS = List.of("⚠\\ufe0f?\\s*(?:warning|achtung|attention|atención|attenzione"
            + "|aviso|uwaga|внимание|تنبيه|تحذير|注意|주의)?", "warning", "achtung", "attention", "atención", "attenzione", "uwaga",
            "внимание", "تنبيه", "تحذير", "※", "this article", "this review", "this recap", "this text", "this piece", "this story",
            "dieser artikel", "dieser test", "dieser text", "dieser beitrag", "diese kritik", "diese rezension", "cet article",
            "ce test", "cette critique", "este artículo", "este análisis", "este texto", "esta crítica", "esta reseña",
            "este artigo", "esta análise", "esta crítica", "questo articolo", "questa recensione", "questo testo", "deze recensie",
            "deze review", "dit artikel", "ten tekst", "ten artykuł", "ta recenzja", "эта статья", "эта рецензия", "этот обзор",
            "этот текст", "المراجعة", "هذه المراجعة", "هذا المقال", "المقال", "本記事", "この記事", "本文", "本篇", "이 기사",
            "이 리뷰", "본 기사");

    /** The words for spoilers and for giving away a plot, as a spoiler note names them ({@link #SPOILER_NOTE_REST}). */
    private static final String SPOILER_WORDS = "(?:spoiler|divulgâch|destripe|спойлер|حرق (?:ال)?أحداث|ネタバレ|剧透|劇透|스포일러)";

    /** The verbs and words of holding or lacking, as a note on spoilers says the text holds them or is free of them. */
    private static final String HOLDS_OR_LACKS = "(?:contain|contient|contiene|contém|contem|enthält|bevat|zawiera|содерж|يحتوي|تحتوي"
            + "|خال|含|포함|discusses|discute|bespricht|free|frei|sans|sin|senza|sem|zonder|bez|без)";

    /**
     * The rest of a spoiler note after its opening ({@link #SPOILER_NOTE_SUBJECTS}): after a colon or a comma perhaps, a
     * short line in which the spoiler word and a word of holding or lacking it come together, either first ("… contient des
     * spoilers", "…にはネタバレが含まれます", "… spoilerfrei", "خالية من حرق الأحداث"), ending the line.
     */
    private static final String SPOILER_NOTE_REST = "\\s*[:：!,]?[^.!?。]{0,80}?(?:" + HOLDS_OR_LACKS + "[^.!?。]{0,60}?" + SPOILER_WORDS
            + "|" + SPOILER_WORDS + "[^.!?。]{0,60}?" + HOLDS_OR_LACKS + ")[^.!?。]{0,60}[.!?。]?$";

    /** A bookmaker's odds, a decimal of up to three figures and two places ("2,10", "1.65"). */
    private static final String ODDS = "\\d{1,3}[.,]\\d{1,2}";

    /**
     * The rest of a line of odds on a match's three outcomes after its "1" (or "1X2" label): the odds on a home win, then
     * "X" and the odds on a draw, then "2" and the odds on an away win, each mark with a colon or none, the three apart by
     * blanks or a bar ("1: 2,10 | X: 3,40 | 2: 3,50"); or, after the "1X2" label, the three odds alone ("1X2: 1.65 3.90 5.25").
     */
    private static final String ODDS_1X2 = "(?:\\s*[:=]?\\s*" + ODDS + "\\s*[|·/]?\\s*x\\s*[:=]?\\s*" + ODDS + "\\s*[|·/]?\\s*2\\s*[:=]?\\s*" + ODDS
            + "|\\s*[:：]\\s*" + ODDS + "\\s*[|·/]?\\s*" + ODDS + "\\s*[|·/]?\\s*" + ODDS + ")$";

    /**
     * A player's running time in whole minutes, in brackets as a teaser line closes with it ("(3 Min)", "(12 min.)", "(4
     * Minuten)", "(2 minutes)", "(5 minuti)"): the brackets part it from a sentence that ends on a count of minutes.
     */
    private static final String PLAYER_MINUTES = "\\(\\d{1,3}\\s?(?:min|mins|minuten|minutes|minuti|minutos|minut|minuter)\\.?\\)";

    /**
     * The editor's credit on a line of its own, as English-language papers of South Asia close a report with it ("Edited by
     * Tshering Palden", "Edited by: Jane Doe"): a name, perhaps two, after the label, and no sentence. The editor checked
     * the copy; the line is the desk's credit, not the story's text.
     */
    private static final Pattern EDITOR_CREDIT_LINE = Pattern.compile(
            "^(?:Edited by|Editing by)\\s*:?\\s+\\p{Lu}[\\p{L}\\p{M}.'’-]*(?:\\s+(?:and\\s+)?\\p{Lu}[\\p{L}\\p{M}.'’-]*){0,4}$");

    /**
     * The credit of the doctor or expert who reviewed a health article, on a line of its own beside the writer's ("Medically
     * reviewed by Priya Natarajan, MD", "Fachlich geprüft von Dr. med. Karin Lenz, Fachärztin für Innere Medizin", "Relu
     * par Dr Marc Lefèvre, neurologue", "Revisado por: Dra. Elena Soto, especialista en …", "Konsultacja merytoryczna: lek.
     * Piotr Zieliński, specjalista …", "Medisch gecontroleerd door …"): the label, then a name or a title before one. The
     * reviewer checked the text; the line is the page's credit, not the text. A sentence opening "Reviewed by experts, …"
     * goes on in lower case, and one closing on its full stop is a sentence ({@link #MAX_REVIEWER_LINE_CHARS}).
     */
    private static final Pattern REVIEWER_CREDIT_LINE = Pattern.compile(
            "^(?:(?:medically |clinically |expert[- ])?reviewed by|medical(?:ly)? review(?:ed)? by|fact[- ]checked by"
                    + "|(?:fachlich|medizinisch|ärztlich|wissenschaftlich) (?:geprüft|begutachtet) von|geprüft von"
                    + "|relu (?:et validé )?par|validé par|revisad[oa] (?:médicamente )?por|revisão (?:médica|técnica|científica)"
                    + "|revisto por|revisione (?:medica|scientifica)|rivisto da|konsultacja (?:merytoryczna|medyczna)|recenzja merytoryczna"
                    + "|medisch (?:gecontroleerd|beoordeeld|nagekeken) door|(?:medicinskt )?granskad av|faktagranskad av)"
                    + "\\s*[:：]?\\s+(?:(?-i:\\p{Lu})|(?:dr|dra|prof|lek|mgr|pr)\\.?\\s)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A reviewer's credit line is a name, its titles and a role: longer is a sentence or a paragraph. */
    private static final int MAX_REVIEWER_LINE_CHARS = 160;

    /**
     * The duty editor's credit on a line of its own, as Chinese-language papers, portals and wires close a report
     * ("责任编辑：赵静", "責任編輯：李志強", "（责编：王欣）", "编辑：刘洋　审核：陈静"), Taiwan's wire adding its
     * date code in the Minguo calendar after the bracket ("（編輯：陳仁華）1151205"), a portal its editor's code
     * ("责任编辑：刘超_NN8253"): the labels, each with a colon and one to three names of two to four characters, and no
     * sentence. The editors checked the copy; the line is the desk's credit, not the story's text.
     */
    private static final Pattern CHINESE_EDITOR_CREDIT_LINE;

    static {
        String label = "(?:责任编辑|責任編輯|责编|責編|编辑|編輯|值班编辑|值班編輯|审核|審核|校对|校對|初审|初審|复审|複審|终审|終審)";
        String names = "\\p{IsHan}{2,4}(?:[ \\u3000、，,/]+\\p{IsHan}{2,4}){0,2}(?:[_＿][A-Za-z]{0,4}\\d{2,6})?";
        String field = label + "[ \\u3000]*[：:][ \\u3000]*" + names;
        CHINESE_EDITOR_CREDIT_LINE = Pattern.compile(
                "^[(（]?" + field + "(?:[ \\u3000|｜;；]+" + field + "){0,3}[)）]?(?:[ \\u3000]*\\d{7})?$");
    }

    /** The characters a {@link #CHINESE_EDITOR_CREDIT_LINE} opens with, after its bracket: its labels' first. */
    private static final String CHINESE_EDITOR_LABEL_OPENINGS = "责責编編值审審校初复複终終监監";

    /** A blog's prompt to show the dish or the make on social media, its opening ("Markiere @blog …", "Tag us …"). */
    private static final List<String> TAG_US_PROMPTS = List.of("markiere (?:uns|mich|@)", "tagge (?:uns|mich|@)", "verlinke (?:uns|mich|@)",
            "tag (?:us|me|@)", "mention(?:ne|nez)? (?:moi|nous|@)", "identifie(?:z)?(?:[- ]moi|[- ]nous| @)", "marque(?:-me|-nos| @)",
            "identifica(?:me|nos)", "etiquéta(?:me|nos)", "etiqueta(?:me|nos)", "tagga(?:mi|ci)", "tag (?:mij|ons)");

    /**
     * What follows a rights or licence label on a licence line ({@link #BOILERPLATE}): a colon and the licence alone, Creative
     * Commons by name or by its short form ("CC BY 4.0", "CC BY-NC-SA", "CC0") or the public domain, and its full stop.
     */
    private static final String LICENCE_LINE_REST = "\\s?[:：]\\s?(?:(?:licencia |licence |license |lizenz )?creative commons"
            + "(?: (?:attribution|reconocimiento|namensnennung)[\\w -]{0,40})?|cc[ -](?:by(?:[ -](?:sa|nd|nc)){0,2}|0)(?: \\d\\.\\d)?"
            + "(?: international)?|cc0|dominio público|public domain|domaine public|gemeinfrei)\\.?$";

    /** ...and the rest of its line, which names the network or a hashtag. */
    private static final String TAG_US_REST = ".{0,60}(?:instagram|pinterest|tiktok|facebook|#).{0,60}$";

    /**
     * The question a recipe card asks over its tag-us prompt, whether the reader made the dish: German, English, French,
     * Spanish, Italian and Dutch.
     */
    private static final List<String> RECIPE_TRIED_QUESTIONS;

    static {
        String de = " (?:das|dieses|mein|unser) rezept (?:ausprobiert|nachgemacht|nachgebacken|nachgekocht)\\?";
        String en = " (?:make|made|try|tried|bake|baked|cook|cooked) (?:this|the|my) recipe\\?";
        String fr = " (?:testé|essayé|réalisé|fait) (?:cette|ma) recette ?\\?";
        String es = " (?:probado|hecho|preparado) (?:esta|mi) receta\\?";
        String it = " (?:provato|fatto|preparato) (?:questa|la mia) ricetta\\?";
        String nl = " (?:dit|mijn) recept (?:gemaakt|geprobeerd|uitgeprobeerd)\\?";
        RECIPE_TRIED_QUESTIONS = List.of("hast du" + de, "habt ihr" + de, "haben sie" + de,
                "rezept (?:ausprobiert|nachgemacht|nachgebacken|nachgekocht)\\?", "did you" + en, "have you" + en,
                "made this recipe\\?", "tried this recipe\\?", "vous avez" + fr, "avez-vous" + fr, "tu as" + fr, "as-tu" + fr,
                "¿has" + es, "has" + es, "¿habéis" + es, "habéis" + es, "hai" + it, "avete" + it, "heb je" + nl, "hebben jullie" + nl);
    }

    /**
     * One-line boilerplate, in English, French and Arabic first: share and follow prompts, ads (the label over an ad
     * slot in every language, from {@link AdLabels}; bylines are read with {@link BylineLeads}).
     * Each entry lists phrases (regular expressions) a line may start with, and what may follow them on the line.
     */
    private static final List<Phrases> BOILERPLATE = List.of(
            // an ad slot's label alone on its line, in every language ({@link AdLabels})
            new Phrases(AdLabels.WORDS, "$"),
            new Phrases(List.of(
                    "skip to (?:main )?content", "breaking news", "top video", "don't miss", "most read", "most popular",
                    "trending now", "recommended", "comments?", "\\d+ comments?",
                    // the line a news site sets over an ad inside the text, saying the article goes on below it
                    "weiterlesen nach der anzeige", "lesen sie nach der anzeige weiter", "artikel (?:geht|wird) nach der anzeige weiter",
                    "der artikel (?:geht|wird) nach der anzeige weiter", "artikel wird nach der anzeige fortgesetzt",
                    "der artikel wird nach der anzeige fortgesetzt", "story continues below(?: this)? (?:ad|advert(?:isement)?)",
                    "article continues below(?: this)? (?:ad|advert(?:isement)?)", "continue reading below", "l'article continue après (?:la|cette) publicité",
                    "la noticia continúa (?:después|debajo) del anuncio", "el artículo continúa (?:después|debajo) del anuncio",
                    "l'articolo continua dopo la pubblicità", "het artikel gaat verder (?:onder|na) de advertentie",
                    // a comment thread's heading in other languages: "4 Antworten", "3 comentários"
                    "\\d+ (?:kommentare?|antworten|commentaires?|réponses|comentarios?|respuestas|comentários?|respostas|commenti|risposte|reacties|replies|responses"
                            + "|komentarz[ey]?|reakcj[ei]|reactions)"), "$"),
            // an ad slot's label set between dashes, as WordPress news themes print it ("- Advertisement -", "– Pubblicità –")
            new Phrases(List.of("-", "–", "—"), "\\s?(?:" + AdLabels.alternation() + ")\\s?[-–—]$"),
            // an ad set as one line after its label and a dash ("Publicité — Ouvrez un PEA en 10 minutes …", "Anzeige – Jetzt Depot
            // eröffnen"); the dash is a long one, as a label's rule is set, not a hyphen
            new Phrases(AdLabels.WORDS, "\\s?[—–]\\s?\\S.*$"),
            // a match's odds on its three outcomes, home win, draw and away win, as a preview's betting box sets them on one line
            // ("1: 2,10 | X: 3,40 | 2: 3,50", "1X2: 1.65 3.90 5.25"): figures and the outcomes' marks, no word of the text
            new Phrases(List.of("1", "1x2"), ODDS_1X2),
            // the prompts a Spanish-language meta row repeats in the text beside the writer and the date (Vocento's "Comenta
            // Compartir"), and the update time under the date there ("Actualizado 10:23h.", "Actualitzat a les 13:05")
            new Phrases(List.of("comenta", "comentar"), "(?:\\s*[|·]?\\s*(?:compartir|comparte))?$"),
            new Phrases(List.of("actualizado", "actualizada", "actualitzat", "actualitzada", "atualizado", "atualizada"),
                    "(?:\\s(?:el|a las|a les|às|em))?\\s*\\d{1,2}[:.]\\d{2}(?:\\s?h\\.?|\\s?horas)?$"),
            // the foot of a release of India's Press Information Bureau, as its release pages print it under every release: the
            // release's number and the page's visitor count ("(Release ID: 2201234) Visitor Counter : 1417"), and the links to
            // the release in other languages ("Read this release in: Hindi , Urdu , Tamil")
            new Phrases(List.of("\\(release id"), "\\s*[:：]\\s*\\d+\\s*\\)(?:\\s*visitor counter\\s*[:：]\\s*\\d+)?$"),
            new Phrases(List.of("visitor counter"), "\\s*[:：]\\s*\\d+$"),
            new Phrases(List.of("read this release in"), "\\s*[:：].{0,200}$"),
            // a comment count as a label and its number, the link to the thread under an article ("Reacties (14)", "Komentarze: 21"),
            // also addressing the readers, as SPIP's forum and other papers head it ("Vos réactions (12)", "Your comments (3)")
            new Phrases(List.of("comments", "kommentare", "leserkommentare", "reacties", "commentaires", "comentarios", "comentários",
                    "commenti", "komentarze", "reakcje", "reactions", "reaktionen", "antworten", "replies", "réactions",
                    "vos réactions", "vos commentaires", "your comments", "ihre kommentare", "sus comentarios", "tus comentarios",
                    "seus comentários", "i vostri commenti", "uw reacties", "jouw reacties"),
                    "\\s*(?:\\(\\s*\\d+\\s*\\)|[:：]\\s*\\d+)$"),
            // the German press wire's line closing each release it carries: "Original-Content von: Polizeipräsidium X,
            // übermittelt durch news aktuell"
            new Phrases(List.of("original-content von", "originalcontent von"), "\\s*[:：].{0,160}$"),
            // the Austrian wire's ("OTS-ORIGINALTEXT PRESSEAUSSENDUNG UNTER AUSSCHLIESSLICHER INHALTLICHER VERANTWORTUNG DES
            // AUSSENDERS | OTS0042 2026-12-07 09:41 …") and Newsfile's ("To view the source version of this press release,
            // please visit https://…"), with what follows on the line
            new Phrases(List.of("ots-originaltext presseaussendung"), "\\s.{0,200}$"),
            new Phrases(List.of("to view the source version of this press release"), ",?\\s*please visit\\s+(?:https?://|www\\.)\\S{0,200}$"),
            // the Korean release service's note closing each release it carries: "이 뉴스는 기업·기관·단체가 뉴스와이어를 통해 배포한
            // 보도자료입니다." (this news is a release a company, body or group distributed through the service)
            new Phrases(List.of("이 뉴스는"), ".{0,60}(?:배포한|제공한) 보도자료입니다\\.?$"),
            new Phrases(List.of("copyright", "©", "\\(c\\)\\s*\\d{4}", "all rights reserved", "tous droits réservés",
                    "جميع الحقوق محفوظة"), ".{0,120}$"),
            // a licence line naming the page's terms under its rights label, as science agencies' copy and its republishers
            // close the text ("Derechos: Creative Commons.", "Lizenz: CC BY 4.0", "License: CC BY-SA 4.0"): the label, a colon
            // and the licence alone; a line that names a source after it ("… Fuente: SINC") is a credit's, read elsewhere
            new Phrases(List.of("derechos", "rights", "licencia", "licence", "license", "lizenz", "licença", "licenza", "licentie",
                    "licencja", "droits"), LICENCE_LINE_REST),
            // a syndicated story's rights notice, whose terms run past a footer's line: "Copyright 2026 X Inc. All rights
            // reserved. This material may not be published, broadcast, rewritten, or redistributed."
            new Phrases(List.of("copyright", "©", "\\(c\\)"), "\\s*(?:©\\s*)?\\d{4}[^.]{0,80}\\.\\s*all rights reserved\\..{0,160}$"),
            // a copyright or no-reproduction notice in other scripts, as news sites close the text with it: Korean
            // "저작권자 © 한빛일보 무단전재 및 재배포 금지" (often in angle brackets), Chinese "版权所有 未经授权不得转载",
            // Japanese "無断転載を禁じます", Arabic "كل الحقوق محفوظة", Persian "کلیه حقوق ... محفوظ است"
            new Phrases(List.of("저작권자", "<\\s?저작권자", "〈저작권자", "ⓒ", "<\\s?ⓒ", "무단\\s?전재", "무단\\s?복제",
                    "版权所有", "版權所有", "【版权", "【版權", "版权声明", "版權聲明", "本文版权", "本文版權", "版权归", "版權歸",
                    // a portal's reprint disclaimer ("声明：本网转载内容仅供参考，如有侵权请联系删除", "（本文来源：…，版权归原作者所有）")
                    "声明：本", "聲明：本", "免责声明", "免責聲明", "如有侵权", "如有侵權", "（本文来源", "\\(本文来源", "（本文來源",
                    // a portal's "special statement" under the text, that the post is a user's or a reprint and not the site's view
                    // ("特别声明：以上内容…为自媒体平台用户上传并发布，本平台仅提供信息存储服务", "特别声明：本网站转载上述内容仅出于传递更多信息之目的")
                    "特别声明[:：]", "特別聲明[:：]", "【特别声明】", "【特別聲明】",
                    // the same note unbracketed, as public-account articles and their mirrors close the text ("本文来源：X（ID：x）")
                    "本文来源[:：]", "本文來源[:：]", "文章来源[:：]", "文章來源[:：]",
                    // and its note on the pictures, "（文中图片来自网络，如有侵权请联系删除）"
                    "（文中图片", "\\(文中图片", "文中图片来", "（图片来自网络", "\\(图片来自网络", "图片来自网络", "图片来源于网络",
                    "（文中圖片", "（圖片來自網路", "圖片來自網路", "圖片來源於網路",
                    "未经(?:授权|许可|允许)[，,\\s]*(?:不得|禁止|严禁)", "未經(?:授權|許可|允許)[，,\\s]*(?:不得|禁止|嚴禁)",
                    "無断(?:転載|複製|転用)", "كل الحقوق محفوظة", "حقوق (?:النشر|الطبع)(?: والتوزيع)? محفوظة",
                    "جميع حقوق (?:النشر|الطبع)", "کلیه حقوق[^.!؟]{0,80}(?:محفوظ|متعلق)",
                    "تمامی حقوق[^.!؟]{0,80}(?:محفوظ|متعلق)", "همه(?:\\u200c?ی)? حقوق[^.!؟]{0,80}(?:محفوظ|متعلق)"), ".{0,120}$"),
            // a Chinese site's note that it made the text and forbids reprinting it, the note's clause after the maker's:
            // "本文由游戏天空制作发布，未经允许禁止转载。" (this text was made and published by X; no reprint without permission)
            new Phrases(List.of("本文由", "本文為", "本文为"), "[^。！？!?]{1,40}?(?:发布|發布|出品|原创|原創)[，,。\\s]*"
                    + "(?:未经|未經)(?:授权|许可|允许|授權|許可|允許)[，,\\s]*(?:不得|禁止|严禁|嚴禁)[^。！？!?]{0,20}[。!！]?$"),
            // a Chinese site's prompt to follow its topic page for more news, closing the text: "更多相关资讯请关注：X专区"
            // (for more news on this, follow the X zone), "更多精彩内容请关注游戏天空"
            new Phrases(List.of("更多相关资讯", "更多相關資訊", "更多相关内容", "更多相關內容", "更多精彩内容", "更多精彩內容", "更多资讯",
                    "更多資訊"), "(?:请关注|請關注)\\s*[:：].{0,60}$"),
            // a note on spoilers over a review or a recap: a spoiler label before a colon ("Achtung, Spoiler: …", "Spoiler
            // warning: this recap discusses …", "ネタバレ注意：…"), or a warning label or the text itself as the subject of a
            // line saying it holds or is free of spoilers ({@link #SPOILER_NOTE_REST}: "Cet article contient des spoilers …",
            // "※本記事には物語終盤のネタバレが含まれます。", "⚠️ تنبيه: المراجعة خالية من حرق الأحداث.")
            new Phrases(SPOILER_LABELS, "\\s*[:：].{0,120}$"),
            new Phrases(SPOILER_NOTE_SUBJECTS, SPOILER_NOTE_REST),
            // a Tamil paper's staff credit closing the text, "- நமது நிருபர் -" ("our reporter"): it names no one
            new Phrases(List.of("- நமது நிருபர்", "– நமது நிருபர்", "— நமது நிருபர்", "நமது நிருபர்", "- நமது சிறப்பு நிருபர்",
                    "– நமது சிறப்பு நிருபர்", "நமது சிறப்பு நிருபர்"), "\\s*[-–—]?\\s*$"),
            new Phrases(List.of("media playback is unsupported on your device", "this slideshow requires javascript\\.?",
                    "image \\d+ of \\d+", "\\d+ ?of ?\\d+"), "$"),
            // a blog's prompt to show the dish or the make on social media ("Markiere @blog auf Instagram!", "Tag us on Pinterest")
            new Phrases(TAG_US_PROMPTS, TAG_US_REST),
            // the same after the question a recipe card asks over it, on one line: "Hast du das Rezept ausprobiert? Markiere
            // @blog auf Instagram!", "Did you make this recipe? Tag @blog on Instagram"
            new Phrases(RECIPE_TRIED_QUESTIONS, "\\s?(?:" + String.join("|", TAG_US_PROMPTS) + ")" + TAG_US_REST),
            // an Indonesian portal's prompt to follow its news on a channel or to watch its video, closing the text
            // ("Simak breaking news dan berita pilihan kami langsung di ponselmu ...", "Simak Video \"...\"", "Ikuti berita terkini di
            // Google News"); "simak" alone ("look at") opens the text's own sentences ("Simak penjelasannya berikut ini")
            new Phrases(List.of("simak breaking news", "simak berita (?:terkini|terbaru|lainnya|pilihan|menarik)", "simak video",
                    "saksikan video", "ikuti berita (?:terkini|terbaru|lainnya|pilihan|menarik)", "ikuti (?:kami|kanal|saluran)",
                    "dapatkan (?:update|informasi|berita) (?:berita )?(?:terkini|terbaru|pilihan)"), PHRASE_END + ".{0,200}$"),
            // the same naming the channel after the site's name: "Baca berita TribunMedan lainnya di Google News"
            new Phrases(List.of("baca berita", "ikuti berita", "simak berita", "ikuti (?:update|informasi)"),
                    PHRASE_END + ".{0,80}(?:google news|whatsapp channel|saluran whatsapp|channel whatsapp|telegram)\\s*\\.?$"),
            new Phrases(List.of("join the conversation", "leave a comment", "tell us what you think", "have your say",
                    "add a comment"), PHRASE_END + ".{0,40}$"),
            // a page's feedback prompt ("Was this page helpful?" and its buttons), as government and help sites set it
            new Phrases(List.of("was this (?:page|article|information) (?:helpful|useful)", "is this page useful",
                    "war diese (?:seite|information|antwort) hilfreich", "waren diese informationen hilfreich",
                    "cette (?:page|information) vous a-t-elle été utile", "cet article vous a-t-il été utile",
                    "¿te ha resultado útil", "¿le ha resultado útil", "¿te ha sido útil", "¿le ha sido útil", "¿(?:te|le) resultó útil",
                    "questa pagina ti è stata utile", "queste informazioni ti sono state utili", "quanto sono chiare le informazioni",
                    "was deze (?:pagina|informatie) nuttig", "heeft deze (?:pagina|informatie) je geholpen",
                    "czy (?:ta strona|te informacje|ten artykuł) (?:była|były|był) (?:pomocn|przydatn)",
                    // the same on Japanese and Korean municipal sites ("このページの情報は役に立ちましたか？", "이 페이지에서 제공하는 정보에 대하여 만족하십니까")
                    "このページ(?:の情報|の内容)?は(?:役に立ちましたか|わかりやすかったですか|分かりやすかったですか)",
                    "この(?:情報|記事)は役に立ちましたか",
                    // and a Japanese portal's reaction prompt under an article, "この記事はいかがでしたか？" over its reaction buttons
                    "この記事(?:は|を)(?:いかがでしたか|どうでしたか|どう思いますか)", "이 페이지에서 제공하는 정보에 (?:대하여 )?(?:만족하십니까|만족하셨습니까)"), ".{0,80}$"),
            // a Japanese municipal page's contact box closing it, under its standard heading ("このページに関するお問い合わせ"):
            // the section in charge, its address and telephone
            new Phrases(List.of("このページに関する(?:お問い合わせ|お問合せ|問い合わせ)(?:先)?"), ".{0,200}$"),
            // a board's posting permissions and its software's join prompts (phpBB, vBulletin, XenForo, Invision)
            new Phrases(List.of("you (?:may not|cannot|can not|can't) (?:post|reply|edit|delete|vote|create|start)",
                    "you can post now and register later", "you must log in or register to reply",
                    "du darfst keine (?:neuen )?(?:themen|beiträge|antworten|dateianhänge)", "du darfst deine beiträge nicht",
                    "du kannst (?:keine|nicht) (?:neuen )?(?:themen|beiträge|antworten|auf)", "du musst dich (?:einloggen|anmelden)",
                    "du kannst jetzt schreiben und dich später registrieren",
                    "je mag geen (?:nieuwe )?(?:onderwerpen|berichten|reacties|bijlagen)", "je mag je berichten niet",
                    "vous ne pouvez pas (?:poster|répondre|publier|créer|modifier|éditer)",
                    "vous pouvez publier votre message maintenant", "vous devez être (?:membre|connecté)",
                    "no puedes (?:publicar|responder|crear|editar)", "non puoi (?:aprire|rispondere|inviare|pubblicare|modificare)",
                    "nie możesz (?:pisać|odpowiadać|tworzyć|edytować|zakładać)",
                    // the line that asks a reader to sign in before replying, set where the reply box would be
                    "you must be (?:logged in|signed in|registered|a member) to (?:reply|post|comment|respond)",
                    "you (?:must|need to) (?:log in|sign in|login|register)(?: or register)? (?:to|before) (?:reply|post|comment|respond)",
                    "du musst (?:angemeldet|eingeloggt|registriert) sein,? um", "sie müssen (?:angemeldet|eingeloggt|registriert) sein,? um",
                    "musisz (?:się zalogować|być zalogowan[ya]|być zarejestrowan[ya]),? (?:aby|żeby|by) (?:odpowiedzieć|odpowiadać|pisać|napisać|dodać)",
                    "zaloguj się,? (?:aby|żeby|by) (?:odpowiedzieć|odpowiadać|pisać|napisać|dodać)",
                    "debes (?:iniciar sesión|estar registrad[oa]|estar conectad[oa]|identificarte|registrarte) para (?:responder|publicar|comentar|participar)",
                    "devi (?:essere registrat[oa]|essere conness[oa]|effettuare il login|effettuare l'accesso|accedere|registrarti) per (?:rispondere|scrivere|inviare|pubblicare|partecipare)",
                    "je moet (?:ingelogd|aangemeld|geregistreerd) zijn om",
                    "você precisa (?:estar logad[oa]|fazer login|entrar|estar registrad[oa]|se cadastrar) para (?:responder|publicar|comentar|participar)",
                    "é necessário (?:estar logad[oa]|fazer login|iniciar sessão|estar registad[oa]|estar registrad[oa]) para (?:responder|publicar|comentar|participar)",
                    "musíte (?:se přihlásit|být přihlášen[ai]?),? (?:abyste|pro|k)"), ".{0,160}$"),
            // a Q&A board's furniture between and after the answers (Stack Exchange and its clones): the answers' sort control and the
            // closing prompt to browse other questions or ask one
            new Phrases(List.of("sorted by:"), "\\s*(?:highest score|votes|date modified|date created|newest|oldest|active|trending)"
                    + "(?: \\(default\\))?.{0,120}$"),
            new Phrases(List.of("not the answer you're looking for\\?", "not the answer you’re looking for\\?",
                    "browse other questions tagged", "¿no es la respuesta que buscas\\?", "não é a resposta que você está procurando\\?",
                    "не нашли ответ\\?"), ".{0,200}$"),
            new Phrases(List.of("share", "share this", "share on", "partager", "compartir", "compartilhe", "condividi", "teilen",
                    "شارك", "مشاركة", "follow us", "suivez-nous", "síguenos", "folgen sie uns", "تابعونا", "تابعنا",
                    "поделиться", "udostępnij", "paylaş", "bagikan", "κοινοποίηση", "sdílet", "שתף",
                    // the polite request Nigerian and Ghanaian papers set over their share buttons ("Kindly share this story:")
                    "kindly share",
                    // "share" as the imperative the share buttons of India's papers carry: Hindi, Marathi, Bengali, Gujarati, Punjabi,
                    // Telugu, Urdu ("शेयर करें"; the noun alone is the stock market's "शेयर")
                    "शेयर करें", "शेयर करे", "शेअर करा", "শেয়ার করুন", "શેર કરો", "ਸ਼ੇਅਰ ਕਰੋ", "షేర్ చేయండి", "شیئر کریں"), PHRASE_END + ".{0,60}$"),
            // the prompt to follow the site on the social networks it names, however long its tail ("Siga-nos no Instagram, no
            // Facebook e no X para mais notícias do Porto.", "Síguenos en Instagram, Facebook y X para estar al día de …", "Suivez-nous
            // sur Facebook et Instagram pour ne rien manquer de …"): the network named says it is the site's channel, not the text's
            new Phrases(List.of("follow us", "suivez-nous", "síguenos", "sígannos", "siga-nos", "sigam-nos", "segue-nos", "seguici",
                    "seguiteci", "folgen sie uns", "folge uns", "volg ons", "obserwuj nas", "bizi takip edin", "følg oss", "følg os",
                    "följ oss"), PHRASE_END + ".{0,100}(?:facebook|instagram|twitter|tiktok|youtube|linkedin|threads|whatsapp|telegram"
                    + "|bluesky|google news|(?<![\\p{L}])x(?![\\p{L}])).{0,100}$"),
            // the end mark a wire sets under its copy, with the desk's initials after it: KUNA's and the Gulf wires' "(النهاية) م ع ش /
            // ع ا", "(انتهى)", and the English services' "(END)", "(ENDS)"; the copy has ended, the mark is no line of it
            new Phrases(List.of("\\(النهاية\\)", "\\(انتهى\\)", "\\(end\\)", "\\(ends\\)"), "[\\p{L}\\p{M}\\s/.]{0,40}$"),
            // the Portuguese-language wires' end mark, their name and "Fim" (end) after a slash: Lusa's, Cape Verde's Inforpress's,
            // Angola's ANGOP's and Mozambique's AIM's "Lusa/Fim", "Inforpress/Fim", and "(FIM)"
            // (each wire of NewsAgencies.END_MARK_WIRES a phrase of its own, as a phrase's first letters file it)
            new Phrases(java.util.stream.Stream.concat(NewsAgencies.END_MARK_WIRES.stream()
                            .map(wire -> wire.toLowerCase(java.util.Locale.ROOT) + "\\s?/\\s?fim"), java.util.stream.Stream.of("\\(fim\\)")).toList(),
                    "[\\p{L}\\s/.]{0,40}$"),
            // a Chinese public account's prompt to follow it, closing the text: click its card or its blue name, scan or
            // long-press its QR code ("点击下方名片，关注X", "长按识别二维码关注我们", "扫码关注X")
            new Phrases(List.of("点击(?:下方|上方|文末|上面|下面)?(?:名片|蓝字|卡片)", "點擊(?:下方|上方|文末)?(?:名片|藍字|卡片)",
                    "长按(?:识别)?二维码", "長按(?:識別)?二維碼", "扫码关注", "掃碼關注", "扫描(?:下方)?二维码", "欢迎关注", "歡迎關注"), ".{0,80}$"),
            // a blog platform's request for a tip under the post ("この記事が気に入ったらサポートをしてみませんか？")
            new Phrases(List.of("この記事が気に入ったら", "記事が気に入ったら"), ".{0,60}$"),
            new Phrases(List.of("read more", "read also", "see also", "related", "more:", "lire aussi", "à lire aussi",
                    "lire également", "voir aussi", "lea también", "lee también", "leer más", "vea también",
                    "te puede interesar", "le puede interesar", "leia também", "veja também", "saiba mais", "leia mais",
                    "leggi anche", "lesen sie auch", "mehr zum thema", "اقرأ أيضا", "اقرأ أيضاً", "اقرأ ايضا", "إقرأ أيضا",
                    "читайте также", "читайте також", "lees ook", "lees meer",
                    // Dutch "see also", Frisian and Luxembourgish "read also", set off as "Also Read" is: "Zie ook de kaart hieronder" is a sentence
                    "zie ook(?=\\s*[:：|\\-–—]|\\s*$)", "lês ek(?=\\s*[:：|\\-–—]|\\s*$)", "liest och(?=\\s*[:：|\\-–—]|\\s*$)", "czytaj także", "czytaj też", "ayrıca okuyun",
                    "baca juga", "διαβάστε επίσης", "läs också", "les også", "læs også", "přečtěte si také", "קראו עוד",
                    "you may also like", "you might also like", "das könnte sie auch interessieren",
                    "das könnte dich auch interessieren", "auch interessant", "ähnliche artikel", "weitere artikel",
                    "passend zum thema", "vous aimerez aussi", "vous aimerez peut-être aussi", "à lire également",
                    "ti potrebbe interessare", "potrebbe interessarti", "también te puede interesar",
                    "você também pode gostar", "pode te interessar",
                    "קרא עוד", "بیشتر بخوانید", "यह भी पढ़ें", "ये भी पढ़ें",
                    // "also read" as the papers of South and Southeast Asia and Africa set it before a link between the paragraphs:
                    // Bengali, Tamil, Telugu, Marathi, Urdu, Nepali, Sinhala, Thai, Vietnamese, Filipino, Khmer, Burmese,
                    // Swahili, Hausa, Yoruba, Somali and Amharic
                    "আরও পড়ুন", "আরো পড়ুন", "இதையும் படிக்க", "இதையும் படிங்க", "ఇవి కూడా చదవండి", "ఇది కూడా చదవండి", "हेही वाचा",
                    // the same in Kannada, Malayalam, Gujarati, Punjabi and Odia ("ಇದನ್ನೂ ಓದಿ", "ഇതും വായിക്കുക", "આ પણ વાંચો",
                    // "ਇਹ ਵੀ ਪੜ੍ਹੋ", "ଏହା ବି ପଢନ୍ତୁ"), and Indian English's word order, "Also Read" set off by a separator ("Also Read |
                    // <a>…</a>", "Also read: …", "ALSO READ - …") or alone: "Also read the label first" is a sentence of a guide
                    "ಇದನ್ನೂ ಓದಿ", "ಇದನ್ನು ಓದಿ", "ഇതും വായിക്കുക", "ഇതുകൂടി വായിക്കൂ", "ഇതുകൂടി വായിക്കുക", "આ પણ વાંચો", "ਇਹ ਵੀ ਪੜ੍ਹੋ",
                    "ଏହା ବି ପଢନ୍ତୁ", "ଆହୁରି ପଢନ୍ତୁ", "also read(?=\\s*[:：|\\-–—]|\\s*$)",
                    "हे पण वाचा", "مزید پڑھیں", "یہ بھی پڑھیں", "یہ بھی پڑھیے", "यो पनि पढ्नुहोस्", "यो पनि पढ्नुस्", "මේවාත් කියවන්න",
                    "මෙයත් කියවන්න", "අනිවාර්යයෙන්ම කියවන්න", "อ่านข่าวที่เกี่ยวข้อง", "อ่านเพิ่มเติม", "xem thêm", "đọc thêm", "basahin",
                    "basahin din", "អានបន្ត", "អានផងដែរ", "ဆက်စပ်သတင်း", "soma pia", "soma zaidi", "karanta kuma", "ẹ tún ka",
                    "e tun ka", "akhriso sidoo kale", "akhri sidoo kale", "ተጨማሪ ያንብቡ",
                    // the same in Chinese, Japanese, Korean and Mongolian ("相关阅读", "延伸閱讀", "関連記事", "あわせて読みたい", "관련기사",
                    // "Холбоотой мэдээ"), set over a link or a short list of them inside the text
                    "相关阅读", "相關閱讀", "延伸阅读", "延伸閱讀", "推荐阅读", "推薦閱讀", "相关新闻", "相關新聞", "関連記事", "関連ニュース",
                    "あわせて読みたい", "合わせて読みたい", "관련기사", "관련 기사", "холбоотой мэдээ",
                    // the imperative sending the reader to the site's other news ("Veja mais notícias da região no Portal X")
                    "veja mais notícias", "leia mais notícias", "veja mais vídeos", "assista a mais vídeos", "mira más vídeos",
                    "vea más videos", "guarda altri video", "confira mais notícias", "acompanhe mais notícias",
                    "lea más noticias", "lee más noticias", "vea más noticias", "mira más noticias", "consulta más noticias",
                    // the same in the languages of Central and Eastern Europe and the Baltics: Bulgarian ("Още по темата", "Прочетете
                    // още"), Romanian, Hungarian ("Kapcsolódó:" set off, as "Also Read" is), Serbian, Croatian and Bosnian, Slovenian,
                    // Slovak, Czech, Polish, Russian, Ukrainian, Greek, Lithuanian, Latvian, Estonian, Finnish and Albanian
                    "още по темата", "прочетете още", "прочетете също", "вижте още", "вижте също", "читайте още", "читайте също",
                    "citește și", "citeşte şi", "citiți și", "citiţi şi", "vezi și", "vezi şi", "kapcsolódó(?=\\s*[:：|\\-–—]|\\s*$)",
                    "olvassa el ezt is", "ezt is ajánljuk", "pročitajte i", "pročitajte još", "pročitajte više", "pročitajte takođe",
                    "pročitajte također", "прочитајте још", "прочитајте и", "preberite tudi", "prečítajte si tiež", "prečítajte si aj",
                    "čítajte aj", "čtěte také", "čtěte též", "zobacz także", "zobacz też", "przeczytaj także", "przeczytaj też",
                    "sprawdź też", "смотрите также", "також читайте", "δείτε επίσης", "διαβάστε ακόμη", "διαβάστε ακόμα",
                    "taip pat skaitykite", "skaitykite taip pat", "lasiet arī", "loe ka", "lue myös", "lexo edhe", "lexoni edhe"),
                    PHRASE_END + ".{0,100}$"),
            // a prompt to rate the article, with the widget's stars and its count of votes ("Oceń artykuł: ★★★★☆ (12 głosów)",
            // "Rate this article", "Artikel bewerten"): the site's rating widget, not the text
            new Phrases(List.of("rate this (?:article|story|post)", "oceń (?:artykuł|tekst|ten artykuł)", "artikel bewerten",
                    "bewerten sie (?:diesen|den) artikel", "évaluez cet article", "notez cet article", "valora (?:este|el) artículo",
                    "avalie (?:esta|a) (?:matéria|notícia|reportagem)", "vota (?:questo|l'|l’)\\s?articolo", "оцените статью",
                    "оцініть статтю", "ohodnoťte článek", "ohodnoťte článok", "értékelje a cikket", "evaluează articolul",
                    "ocijenite članak", "оцените чланак", "beoordeel dit artikel", "betygsätt artikeln", "makaleyi değerlendirin"),
                    PHRASE_END + ".{0,80}$"),
            // a video's or an audio's teaser line between the paragraphs: a watch or listen verb or the word "video", "audio" or
            // "podcast", the clip's title and its running time ("▶ Assista: Imagens mostram … 01:12", "WATCH: … (2:41)", "Mira: … 0:45",
            // "Δείτε: … 1:05:30", "Audio: Bahnstreik – was Pendler wissen müssen (3 Min)"); the running time at the line's end, as a
            // clock or as minutes in brackets, says it labels a player, not a sentence of the text
            new Phrases(List.of("assista", "veja", "watch", "mira", "mire", "vea", "guarda", "regardez", "izle", "δείτε", "bekijk",
                    "kijk", "sehen sie", "schauen sie", "video", "vídeo", "vidéo", "βίντεο",
                    "audio", "áudio", "podcast", "listen", "hören sie", "écoutez", "ascolta", "escucha", "ouça", "luister", "posłuchaj",
                    "lyssna"),
                    "\\s*[:：|–—-]\\s*.{3,200}?[\\s·|](?:\\(?\\d{1,2}:\\d{2}(?::\\d{2})?\\)?|" + PLAYER_MINUTES + ")$"),
            // a player's label and running time alone on a line, or its length word and the time ("Écouter - 02:31", "Audiobeitrag ·
            // 3:12 Min.", "Video | 01:52", "Duration: 1 minute 45 seconds", "Listen · 3:58"): no title, no sentence ({@link MediaLines})
            new Phrases(MediaLines.PLAYER_LABELS, MediaLines.PLAYER_LABEL_REST),
            // a prompt to download the recording ("Audio herunterladen"); the slot a broadcaster aired the programme in is
            // MediaLines.isPlayerSlot, asked in isBoilerplateLine beside its siblings
            new Phrases(MediaLines.DOWNLOAD_PROMPTS, MediaLines.DOWNLOAD_REST),
            // a clip announced over its embed, by a bracketed tag ("[WATCH] Eskom briefing on the summer outlook:") or a watch
            // imperative with "here" and a colon ("Bekijk hier de drukte op het station:"): the embed is not in the text
            new Phrases(MediaLines.BRACKETED_MEDIA_TAGS, MediaLines.BRACKETED_MEDIA_REST),
            new Phrases(MediaLines.WATCH_HERE, MediaLines.WATCH_HERE_REST),
            // the title of a video playlist or photo gallery widget set between the paragraphs, labelled in capitals by the
            // plural of the medium and a colon ("VÍDEOS: mais assistidos do g1 SP nos últimos 7 dias", "VÍDEOS: tudo sobre
            // Campinas e região", "FOTOS: así quedó el malecón"): the plural in capitals heads a widget of several clips or
            // pictures, not a sentence of the text, and the title after it ends on no sentence's stop
            new Phrases(List.of("v(?-i:(?<=V)(?:ÍDEOS|IDEOS))", "f(?-i:(?<=F)OTOS)"), "\\s?[:：]\\s*[^.!?]{3,100}$"),
            // a media player's placeholder, the line its script shows until the player has loaded and the page keeps when it does
            // not ("Player wird geladen …", "Loading player…", "Chargement du lecteur…", "De speler wordt geladen")
            // (each phrase opens with its letter: the phrases are sorted by their first character)
            new Phrases(List.of("player wird geladen", "der (?:audio-?|video-?)?player wird geladen", "audio-?player wird geladen",
                    "video-?player wird geladen", "das (?:audio|video) wird geladen", "loading (?:the )?(?:audio |video |media )?player",
                    "the (?:audio |video |media )?player is loading", "player is loading",
                    "chargement du lecteur", "le lecteur (?:est )?en cours de chargement", "caricamento del (?:player|lettore)",
                    "de (?:video|audio)?speler wordt geladen", "speler wordt geladen", "spelaren laddas", "spilleren (?:lastes|indlæses)",
                    "afspilleren indlæses", "ładowanie odtwarzacza"), "\\s*(?:…|\\.{3})?$"),
            // a script's placeholder for what it loads after the text, the next story or more of them, left in the page as the
            // script wrote it ("LOADING...", "Loading next article…", "Chargement…", "Cargando...", "Wird geladen …"): the
            // word alone, or with "next"/"more" and what is loaded, and always the ellipsis a script's progress line ends on,
            // so that no heading or sentence opening with the word is taken
            new Phrases(List.of("loading", "chargement", "cargando", "carregando", "caricamento", "wird geladen", "ładowanie",
                    "загрузка", "yükleniyor"),
                    "(?:\\s(?:the\\s)?(?:next|more)(?:\\s(?:article|articles|story|stories|content|posts?))?)?\\s?(?:…|\\.{3})$"),
            // a broadcaster's prompt to watch more of its own output on a channel it names, closing the story over the playlist
            // or app it points to ("Watch the latest from KARE 11 News in our YouTube playlist:", "WATCH MORE: Our newscasts on
            // YouTube", "Watch live on the free streaming app for Roku and Fire TV.", "Stream WTNH News 8 for free on your smart
            // TV."): an imperative "watch" with what is on offer ("more", "the latest", "our", a colon) or "stream", and the
            // channel named, says it is the station's promotion, not the text; "Watch parties on YouTube grew …" opens no such
            // imperative
            new Phrases(List.of("watch more", "watch the latest", "watch the full", "watch our", "watch all", "watch live",
                    "watch:", "stream"), PHRASE_END + ".{0,100}(?:youtube|playlist|roku|fire ?tv|apple tv|smart tv|streaming app"
                    + "|streaming device)(?![\\p{L}]).{0,60}$"),
            // the Associated Press's link to its topic hub closing its copy, a label and the hub's bare address ("AP NBA:
            // https://apnews.com/hub/nba", "AP college football: https://… and https://…", "More AP coverage of the
            // election: https://…"), republished with the copy by the papers that take the wire: an address, no sentence
            new Phrases(List.of("a(?-i:(?<=A)P)", "more ap"), "\\s[\\p{L}\\p{N}'’ .-]{0,60}:\\s*https?://\\S+"
                    + "(?:\\s+and\\s+https?://\\S+)*$"),
            // a prompt to install the paper's app in the languages of South Asia, opening with "our app" ("हाम्रो मोबाइल एप डाउनलोड
            // गर्नुहोस्", "ہماری موبائل ایپ ڈاؤن لوڈ کریں") or with "for the latest news" before it ("تازہ ترین خبروں کے لیے ہماری ایپ ...")
            new Phrases(List.of("हमारा (?:मोबाइल )?ऐप", "हमारे (?:मोबाइल )?ऐप", "हाम्रो (?:मोबाइल )?एप", "ہماری (?:موبائل )?ایپ", "আমাদের (?:মোবাইল )?অ্যাপ"),
                    PHRASE_END + ".{0,100}$"),
            new Phrases(List.of("ताज़ा ख़बरों के लिए", "ताजा खबरों के लिए", "ताजा समाचारका लागि", "تازہ ترین خبروں کے لیے", "সর্বশেষ খবর পেতে"),
                    ".{0,60}(?:ऐप|एप|ایپ|অ্যাপ).{0,60}$"),
            new Phrases(List.of("sign up", "subscribe", "inscrivez-vous", "abonnez-vous", "اشترك", "newsletter abonnieren",
                    "newsletter bestellen", "(?:jetzt )?zum newsletter", "jetzt abonnieren", "abonnieren sie",
                    "iscriviti alla (?:nostra )?newsletter", "suscríbete", "suscríbase", "inscreva-se",
                    "assine (?:a |nossa )?newsletter",
                    // the same imperative in Central Europe's languages: Hungarian "Iratkozzon fel hírlevelünkre", Czech
                    // "Přihlaste se k odběru", "Odebírejte", Slovak "Prihláste sa na odber", "Odoberajte", Polish "Zapisz się do
                    // newslettera", Romanian "Abonează-te", "Abonați-vă", Croatian "Pretplatite se", Slovene "Naročite se"
                    "iratkozzon fel", "iratkozz fel", "přihlaste se k odběru", "odebírejte", "prihláste sa na odber", "odoberajte",
                    "zapisz się do newslettera", "zapisz się na newsletter", "abonează-te", "abonați-vă", "pretplatite se",
                    "naročite se"), PHRASE_END + ".{0,100}$"),
            // the programme a public broadcaster aired the story in, as the German-language broadcasters' pages label it under
            // or over the text ("Dieses Thema im Programm: Schleswig-Holstein Magazin | 04.12.2026 | 19:30 Uhr", "Über dieses
            // Thema berichtet: Regionalnachrichten aus Oberfranken am 05.12.2026 um 14:30 Uhr."); the label ends on its
            // colon: "Über dieses Thema berichtete die Zeitung im Mai." is a sentence
            // a prompt to report a mistake in the story, as German-language papers set it under the text ("Fehler gefunden?
            // Jetzt melden.", "Haben Sie einen Fehler gefunden?")
            new Phrases(List.of("fehler gefunden\\?", "haben sie einen fehler gefunden\\?", "einen fehler entdeckt\\?"), ".{0,60}$"),
            new Phrases(List.of("dieses thema im programm", "über dieses thema (?:berichtet|berichteten|informiert)"),
                    "\\s*[:：].{0,140}$"),
            new Phrases(List.of("published", "updated", "posted", "last updated", "publié", "mis à jour", "نشر في", "تاريخ النشر",
                    "آخر تحديث", "نشر بتاريخ"), PHRASE_END + ".{0,80}$"),
            new Phrases(List.of("photo", "image", "credit", "crédit", "getty images", "صورة", "الصورة",
                    // a picture's credit in German, Dutch, Italian, Spanish, Polish ("Foto: dpa", "Bild: Gemeinde", "Fot. PAP")
                    "foto", "fotos", "bild", "bilder", "bildquelle", "bildnachweis", "bildrechte", "fotografie", "fot\\.", "zdjęcie",
                    // the same in Hungarian, Cyrillic-script Slavic languages, Bulgarian, Finnish, Lithuanian, Greek, Turkish,
                    // Persian and Arabic ("Fotó: MTI", "Фото: УНІАН", "Снимка: БГНЕС", "Kuva: Lehtikuva", "Φωτογραφία: Eurokinissi")
                    "fotó", "фото", "снимка", "снимки", "kuva", "kuvat", "nuotrauka", "φωτογραφία", "φωτογραφίες", "fotoğraf",
                    "zdjęcia", "عکس", "تصویر", "تصوير"), "\\s*[:：].{0,80}$"),
            // a picture's credit by the abbreviation alone, its dot for a colon: Polish "Fot. PAP/Jan Nowak", Lithuanian
            // "Nuotr. Vilniaus savivaldybės", Greek "Φωτ. ΑΠΕ"
            new Phrases(List.of("fot\\.", "nuotr\\.", "φωτ\\."), "\\s*[^\\s:：].{0,80}$"),
            new Phrases(List.of("tags?", "mots-clés", "الوسوم", "وسوم"), "\\s*[:：].*$"),
            new Phrases(List.of("click here", "cliquez ici", "اضغط هنا"), PHRASE_END + ".{0,80}$"),
            // a page's view counter, as CMSs print it under the title (Joomla's "Zugriffe: 1834" in its article-info list)
            new Phrases(List.of("zugriffe", "aufrufe", "hits", "views", "vues", "lectures", "visualizzazioni", "letture", "visite",
                    "visitas", "vistas", "lecturas", "weergaven", "wyświetleń", "odsłon", "liczba odsłon", "liczba wyświetleń",
                    // the same in Arabic (Joomla's "زيارات: 1520"), Persian and Hebrew
                    "زيارات", "الزيارات", "عدد الزيارات", "مشاهدات", "المشاهدات", "عدد المشاهدات", "عدد القراءات",
                    "بازدید", "تعداد بازدید", "צפיות"),
                    "\\s*[:：]\\s*[\\d.,\\s]{1,15}$"),
            new Phrases(List.of("\\d[\\d.,]{0,12}\\s?(?:views|aufrufe|zugriffe|mal gelesen|vues|lectures|visualizzazioni|letture|visite"
                    + "|visitas|lecturas|weergaven|wyświetleń|odsłon)"), "$"),
            new Phrases(List.of("\\d+\\s*(?:min read|minutes? read|min de lecture|دقائق قراءة)",
                    // the same in German, Italian, Spanish, Portuguese, Dutch: "3 Min. Lesezeit", "4 minuti di lettura"
                    "\\d+\\s*(?:min\\.?|minuten?)\\s*(?:lesezeit|lesedauer|leestijd)", "\\d+\\s*min(?:\\.|uti)? di lettura",
                    "\\d+\\s*min(?:\\.|utos)? de (?:lectura|leitura)"), "$"),
            // a reading-time line as a label and its minutes ("Lesezeit: 2 Minuten", "Reading time: 3 min")
            new Phrases(List.of("lesezeit", "lesedauer", "reading time", "read time", "temps de lecture", "durée de lecture",
                    "tiempo de lectura", "tempo di lettura", "tempo de leitura", "leestijd", "czas czytania", "czas lektury"),
                    "\\s*[:：]?\\s*(?:ca\\.|etwa|circa|~|<)?\\s*\\d{1,3}\\s*\\p{L}{0,8}\\.?$"));

    /** The characters a boilerplate line can start with, folded as the pattern folds case: most lines are refused on sight. */
    private static final String BOILERPLATE_INITIALS = BOILERPLATE.stream().flatMap(p -> p.starts().stream())
            .map(ContentPruner::initials).distinct().collect(Collectors.joining());

    /**
     * The boilerplate phrases as one pattern (case folded, each line tried from its start) for each
     * character in {@link #BOILERPLATE_INITIALS}, holding only the phrases that start with it: a line
     * is tried against the few its first character allows, not against all of them.
     */
    private static final Map<Character, Pattern> BOILERPLATE_BY_INITIAL = byInitial();

    /**
     * Where each of {@link #BOILERPLATE_BY_INITIAL}'s patterns can open ({@link PatternOpenings}: its phrases'
     * first four characters, folded): a line whose opening none of them starts ("Photos of the day were...",
     * "President ...") is refused without the pattern.
     */
    private static final Map<Character, PatternOpenings> BOILERPLATE_OPENINGS_BY_INITIAL = openingsByInitial();

    /** {@link #BOILERPLATE_BY_INITIAL} and its openings for initials below U+0080, by the initial: most lines open so. */
    private static final Pattern[] ASCII_BOILERPLATE = new Pattern[128];

    private static final PatternOpenings[] ASCII_BOILERPLATE_OPENINGS = new PatternOpenings[128];

    static {
        BOILERPLATE_BY_INITIAL.forEach((initial, pattern) -> {
            if (initial < 128) {
                ASCII_BOILERPLATE[initial] = pattern;
                ASCII_BOILERPLATE_OPENINGS[initial] = BOILERPLATE_OPENINGS_BY_INITIAL.get(initial);
            }
        });
    }

    /** A byline line ("By Jane Doe, Reuters") is no longer than this: longer is prose that opens alike. */
    private static final int MAX_BYLINE_LINE_CHARS = 64;

    /** A list with at most this share of its text in links is a list of content (ingredients, facts) that links a word here and there. */
    private static final double MAX_CONTENT_LIST_LINK_DENSITY = 0.3;

    /** Records in this share of a table's rows make it a table of records. */
    private static final double MIN_RECORD_ROWS_SHARE = 0.75;

    /** Lists and tables, which a sentence ending in a colon may introduce. */
    private static final Set<String> LIST_TAGS = Set.of("ul", "ol", "dl", "table");

    /** A paragraph introducing a list is a sentence: at least this long. */
    private static final int MIN_INTRODUCING_SENTENCE_CHARS = 40;

    /** A line this short that is mostly a date is a dateline that leaked in. */
    private static final int MAX_DATELINE_CHARS = 70;

    /**
     * Minutes in the German-style abbreviation closing a line ("12 Min."): a reading time or a player's length as a meta
     * row sets it, alone or after the date ("06.12.2026 12 Min."), with no label to say so. Its stop is the
     * abbreviation's, no sentence's. Matched with case: "12 min." in a sentence's text is lower-case.
     */
    private static final Pattern MINUTES_AT_END = Pattern.compile("(?:^|\\s)\\d{1,3}\\s?Min\\.$");

    /** A date as the definition of a term or in a table row is a field's value ("Zeitraum: 3. Juni"), not a dateline. */
    private static final Set<String> DATED_FIELD_TAGS = Set.of("dt", "dd", "tr");

    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** The stage's name in a budget's reason. */
    private static final String STAGE = "content pruning";

    private ContentPruner() {
    }

    /**
     * Prunes the container; what is cut is marked during the walk and taken out in bulk after it. True when the
     * text stops at a paywall's notice or offer ({@link #isWallNotice}): one was cut and no line of the text's own
     * words follows it, as a teaser stops where the subscribers' part would begin; a notice set in the middle of a
     * whole text is followed by the rest of it.
     */
    static boolean prune(Element container, TextStats stats, String title, Deadline deadline) {
        String titleKey = title == null ? null : key(title);
        Removals removals = new Removals();
        TextStats.Stats whole = stats.of(container);
        int containerChars = whole == null ? 0 : whole.chars;
        int[] inQuotedPost = {0}; // kept quoted posts around the walk's node
        Element[] inReply = {null}; // the short reply of a thread around the walk's node ({@link #isShortReply})
        boolean[] stopsAtWall = {false}; // a paywall's notice cut with no line of the text after it yet
        BlockTexts texts = new BlockTexts();
        List<Element> quotes = new ArrayList<>(); // quotation blocks and boxes, tried as pull quotes after the walk
        RepeatedLabels labels = new RepeatedLabels(); // short lines the template repeats between the paragraphs
        markBoilerplateBrokenLines(container, removals);
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                deadline.tick(STAGE);
                if (node instanceof Element cell && cell.parent() == container && isLinkColumn(cell, stats)) {
                    removals.mark(cell);
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (!(node instanceof Element e) || e == container || !Blocks.isBlock(e)) {
                    return FilterResult.CONTINUE;
                }
                TextStats.Stats s = stats.of(e);
                if (s == null || s.chars == 0) {
                    return FilterResult.CONTINUE;
                }
                if (removals.isMarked(e)) {
                    return FilterResult.SKIP_ENTIRELY; // cut with a block before it (a press contact's lines)
                }
                if (PullQuotes.CANDIDATE_TAGS.contains(e.normalName())) {
                    quotes.add(e);
                }
                if (inQuotedPost[0] > 0 && (holdsParagraph(e) || s.ownChars > s.ownLinkChars)) {
                    return FilterResult.CONTINUE; // the quoted post's own words or its attribution line, or a wrapper of them
                }
                if (isQuotedPost(e, s)) {
                    inQuotedPost[0]++;
                    return FilterResult.CONTINUE;
                }
                double limit = s.chars >= LONG_BLOCK_CHARS || continuesSentence(e, stats) ? MAX_LINK_DENSITY_LONG : MAX_LINK_DENSITY;
                if (s.linkDensity() > limit && (IngredientList.is(e) || IngredientList.isItem(e))) {
                    return FilterResult.SKIP_ENTIRELY; // a recipe's ingredients, each linked to its page: content
                }
                if (s.linkDensity() > limit && isWikiTextList(e)) {
                    return FilterResult.SKIP_ENTIRELY; // a wiki article's own list of linked entries (sorts, works, members): content
                }
                if (s.linkDensity() > limit && IngredientList.wraps(e)) {
                    return FilterResult.CONTINUE; // the block of the ingredients: its heading and list are judged alone
                }
                if (s.linkDensity() > limit && inReply[0] == null && isShortReply(e, s, stats)) {
                    inReply[0] = e;
                    return FilterResult.CONTINUE; // its furniture (subject, poster) is judged block by block
                }
                boolean replyWords = inReply[0] != null && s.proseChars > 0; // a block of a kept reply holding its words
                if ((s.linkDensity() > limit && !replyWords && !isQuotedPost(e, s) && !hasSentenceBesideLinks(s) && !isSentenceAroundLinks(e) && !isSentenceOpenedByLink(e) && !isListOfSentences(e, stats)
                        && !TextStats.isSentenceThroughLinks(s, s.linkDensity()) && !isItemOfIntroducedList(e, stats) && !isSourceListOrItem(e) && !boxesSummaryList(e) && !continuesSentence(e, stats) && !isAnnotatedItem(e, s, stats) && !isTableOfRecords(e, stats) && !isNumberedHeading(e) && !isDescribedLinkList(e)
                        && !isHeadingOverProse(e, stats))
                        || isBoilerplateLineOrPromo(e, s, titleKey, texts)) {
                    removals.mark(e);
                    if (stats.firstPublication == null && s.chars <= MAX_END_MARK_CHARS) {
                        stats.firstPublication = endMarkWire(texts.textOf(e)); // "Lusa/Fim" under the text: the wire whose copy it is
                    }
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (StandingsBox.is(e, s, containerChars)) {
                    removals.mark(e); // a league table's excerpt closed by its link to the whole table
                    return FilterResult.SKIP_ENTIRELY;
                }
                Element needsYou = needsYouBox(e, s, container, stats, containerChars, texts);
                if (needsYou != null) {
                    removals.mark(needsYou); // "<aside><h3>Nós Diario precisa de ti</h3><p>Somos o único diario …": the pitch box
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (isNoticeOrOffer(e, s, stats, containerChars, texts)) {
                    removals.mark(noticeBox(e, container, stats, containerChars, texts));
                    stopsAtWall[0] |= isWallNotice(e, s, stats, containerChars);
                    return FilterResult.SKIP_ENTIRELY;
                }
                Element note = factCheckNote(e, s, container, stats, containerChars, texts);
                if (note != null) {
                    removals.mark(note); // "X is a verified signatory of the IFCN's Code of Principles", "<h3>How we rate claims</h3>…"
                    return FilterResult.SKIP_ENTIRELY;
                }
                Element healthNote = healthNote(e, s, container, stats, containerChars, texts);
                if (healthNote != null) {
                    removals.mark(healthNote); // "Dieser Artikel ersetzt keine ärztliche Beratung.", "If you or someone you know … call or text 988"
                    return FilterResult.SKIP_ENTIRELY;
                }
                List<Node> counter = slideCounter(e, s);
                if (counter != null) {
                    counter.forEach(removals::mark); // "<div class=slide><img><span>1 / 8</span></div>": the counter, not the picture
                    return FilterResult.SKIP_ENTIRELY;
                }
                List<Node> player = MediaLines.playerLabels(e);
                if (!player.isEmpty()) {
                    player.forEach(removals::mark); // "<span>Écouter - 02:31</span>" beside the player's title: its label, not the text
                }
                Element leading = leadingSlideCounter(e);
                if (leading != null) {
                    removals.mark(leading); // "<img><div><span>2/3</span><p>caption</p></div>": the counter, not the caption
                }
                Element tip = tipBox(e, s, stats, containerChars);
                if (tip != null) {
                    removals.mark(e);
                    removals.mark(tip); // the box, or the line under its heading that says where to send the tip
                    return FilterResult.SKIP_ENTIRELY;
                }
                List<Element> contact = PressContact.blockFrom(e, s);
                if (!contact.isEmpty()) {
                    contact.forEach(removals::mark); // its blocks after it are skipped as marked when the walk comes to them
                    return FilterResult.SKIP_ENTIRELY;
                }
                List<Element> citation = CitationBox.blockFrom(e, s, title);
                if (!citation.isEmpty()) {
                    citation.forEach(removals::mark); // "Suggested citation" and the page written out as a reference
                    return FilterResult.SKIP_ENTIRELY;
                }
                Element ordinal = listOrdinal(e, s);
                if (ordinal != null) {
                    removals.mark(ordinal); // "<li><span>1</span><p>Smula jästen …</p></li>": the list's numbering, no line of the text
                }
                if (stopsAtWall[0] && s.ownChars > s.ownLinkChars) {
                    stopsAtWall[0] = false; // the text goes on after the notice
                }
                if (s.chars <= RepeatedLabels.MAX_LABEL_CHARS && s.chars >= RepeatedLabels.MIN_LABEL_CHARS && s.linkChars == 0) {
                    labels.offer(e, s, texts.builtOr(e));
                }
                markBoilerplateBrokenLines(e, removals);
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node == inReply[0]) {
                    inReply[0] = null;
                }
                if (node instanceof Element e && e != container && inQuotedPost[0] > 0 && e.normalName().equals("blockquote")) {
                    TextStats.Stats s = stats.of(e);
                    if (s != null && isQuotedPost(e, s)) {
                        inQuotedPost[0]--;
                    }
                }
                return FilterResult.CONTINUE;
            }
        }, container);
        deadline.check(STAGE);
        labels.markRepeated(removals);
        removals.apply();
        PullQuotes.remove(container, quotes);
        return stopsAtWall[0];
    }

    /**
     * True when the cut notice is a paywall's: its offer box ({@link Notices#isOfferBox}) or its prompt
     * ({@link Notices#isPaywallPrompt}: "Dieser Artikel ist nur für Abonnenten", "Schon Abonnent? Anmelden").
     */
    private static boolean isWallNotice(Element e, TextStats.Stats s, TextStats stats, int containerChars) {
        return Notices.isOfferBox(e, s, stats, containerChars) || Notices.isPaywallPrompt(e.text().strip());
    }

    /**
     * A cell of the chosen container, a table's row, that is mostly links: the finder chose a row of a
     * layout table (the text in one column, the site's navigation or "Aktuelles" in the others), and
     * such a column is the page's side column. Cells are no blocks, so the walk's link rule never
     * reaches them otherwise; a row of a data table is never the container alone.
     */
    private static boolean isLinkColumn(Element cell, TextStats stats) {
        String tag = cell.normalName();
        if (!tag.equals("td") && !tag.equals("th")) {
            return false;
        }
        TextStats.Stats s = stats.of(cell);
        return s != null && s.chars > 0 && s.linkDensity() > MAX_LINK_DENSITY && !hasSentenceBesideLinks(s);
    }

    /**
     * A listicle's numbered heading whose name links to the place or thing ("2. <a>Montepulciano</a>",
     * "#3 <a>Hotel Adler</a>"): the number, unlinked, says the heading counts the article's items; a
     * teaser's headline is linked whole.
     */
    private static boolean isNumberedHeading(Element e) {
        if (!Blocks.isHeading(e) || e.normalName().equals("h1")) {
            return false;
        }
        Node first = e.firstChild();
        while (first instanceof TextNode t && t.isBlank()) {
            first = first.nextSibling();
        }
        return first instanceof TextNode t && NUMBERED_HEADING.matcher(t.text()).lookingAt();
    }

    /** A step's number set in an element of its own: one or two digits, perhaps with a full stop or a parenthesis. */
    private static final Pattern ORDINAL = Pattern.compile("\\d{1,2}[.)]?");

    /**
     * The element that opens a list item with the item's own number alone ("<li><span
     * class=step__number>1</span><p>Smula jästen …</p></li>", "<div>2</div><div>Clean the joint …</div>"),
     * or null: a recipe's or a how-to's steps set the list's numbering in a box of its own, which would
     * stand as a line of its own before each step. The number must be the item's place in its list (the
     * first item's "1", the second's "2"), so a quantity or a value opening an item ("20", "250 g") is
     * kept; the step's text follows it in a block of its own ("<li><span>1</span> onion</li>" is a
     * count in an ingredient's line, kept).
     */
    static Element listOrdinal(Element li, TextStats.Stats s) {
        if (!li.normalName().equals("li") || s.chars <= 3) {
            return null;
        }
        Element first = li.firstElementChild();
        if (first == null || first.childNodeSize() != 1 || !(first.childNode(0) instanceof TextNode t)) {
            return null;
        }
        for (Node before = first.previousSibling(); before != null; before = before.previousSibling()) {
            if (!(before instanceof TextNode bt) || !bt.isBlank()) {
                return null; // text before the number: the number is in the item's sentence
            }
        }
        String number = t.text().strip();
        if (!ORDINAL.matcher(number).matches()) {
            return null;
        }
        int n = Integer.parseInt(number.replaceAll("[.)]", ""));
        Element list = li.parent();
        int start = 1;
        if (list != null && list.normalName().equals("ol") && list.hasAttr("start")) {
            try {
                start = Integer.parseInt(list.attr("start").strip());
            } catch (NumberFormatException ignored) {
                start = 1;
            }
        }
        int place = start;
        for (Element x = li.previousElementSibling(); x != null && place <= n; x = x.previousElementSibling()) {
            place++; // at most n siblings asked: the walk stays linear
        }
        if (place != n) {
            return null;
        }
        Node next = first.nextSibling();
        while (next instanceof TextNode nt && nt.isBlank()) {
            next = next.nextSibling();
        }
        // the step's text in a block after it: "<li><span>1</span> onion</li>" is an ingredient's count in its line
        return next instanceof Element step && Blocks.isBlock(step) ? first : null;
    }

    /** A newsletter's promotion set between the paragraphs is a short block: a line or two and its link. */
    private static final int MAX_NEWSLETTER_PROMO_CHARS = 300;

    /** A newsletter named in a block's text: the loanword of most European languages. */
    private static final Pattern NEWSLETTER_WORD = Pattern.compile("(?iU)(?<![\\p{L}])newsletter");

    /**
     * The end of {@link #NEWSLETTER_WORD}'s word, whose letters no other character matches when case is
     * folded (only "s" has such a twin, "ſ"): a text without it in some ASCII case holds no match, and
     * most blocks are refused by this search instead of trying the pattern at each of their characters.
     */
    private static final String NEWSLETTER_TAIL = "letter";

    /** Selectors the pruner asks of single elements, parsed once rather than at each call. */
    private static final Evaluator ANY_LINK = QueryParser.parse("a");
    private static final Evaluator LIST_ITEM = QueryParser.parse("li");
    private static final Evaluator CANONICAL_LINK = QueryParser.parse("link[rel=canonical][href]");
    private static final Evaluator OG_URL = QueryParser.parse("meta[property=og:url][content]");

    /** True when {@code text} holds the lower-case ASCII {@code word} in any ASCII case. */
    static boolean containsIgnoringAsciiCase(String text, String word) {
        char first = word.charAt(0);
        for (int i = 0, last = text.length() - word.length(); i <= last; i++) {
            if ((text.charAt(i) | 0x20) == first && text.regionMatches(true, i, word, 0, word.length())) {
                return true;
            }
        }
        return false;
    }

    /** Nodes walked down a block's last children to its closing text: a promotion is a box or two around a paragraph. */
    private static final int MAX_CLOSING_DEPTH = 8;

    /**
     * A short block that names a newsletter and closes on a link: a promotion set into the text
     * ("Morgens informiert: Unser Newsletter bringt Ihnen ... <a>Jetzt anmelden</a>"), whatever its
     * box is called. Its call to action is the link it ends on; a sentence of the article that
     * mentions a newsletter ends in its own words.
     */
    private static boolean isNewsletterPromo(Element e, String text) {
        if (!containsIgnoringAsciiCase(text, NEWSLETTER_TAIL) || !NEWSLETTER_WORD.matcher(text).find()) {
            return false;
        }
        Node last = e;
        for (int depth = 0; depth < MAX_CLOSING_DEPTH && last instanceof Element el; depth++) {
            if (el.normalName().equals("a")) {
                return true;
            }
            Node child = el.lastChild();
            while (child != null && (child instanceof TextNode t && (t.isBlank() || isClosingMarks(t.text()))
                    || !(child instanceof Element) && !(child instanceof TextNode))) {
                child = child.previousSibling(); // "... when you <a>subscribe to the newsletter</a>!": the mark ends the link's call
            }
            last = child;
        }
        return false;
    }

    /** Marks that may close a call to action after its link: the sentence's end, a closing quote or bracket. */
    private static final String CLOSING_MARKS = ".!?…»«\"”’)";

    /** True when the text is nothing but closing marks and spaces ("!", " ."). */
    private static boolean isClosingMarks(String text) {
        String t = text.strip();
        if (t.isEmpty() || t.length() > 3) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            if (CLOSING_MARKS.indexOf(t.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** The scheme of a link to an e-mail address. */
    private static final String MAILTO = "mailto:";

    /** A block's own text (not its inner blocks') makes up at least this share of it when it is a notice's paragraph. */
    private static final double MIN_NOTICE_OWN_SHARE = 0.8;

    /**
     * A notice about the page set into the text ({@link Notices}): an affiliate disclosure or a
     * mailing list's footer as a paragraph of its own, a paywall's prompt line, or the paywall's
     * offer box around such a line; an investing pitch's, a tool's, a car dealer's, a union's membership box or a booking
     * partner's box, a table's, a room's or a trip's, or a booking site's search
     * ({@link MarketData#isInvestingPitch}, {@link ToolPitch}, {@link DealerPitch}, {@link MembershipPitch}, {@link BookingPitch}); or a label a law requires over each material or a release's embargo line ({@link Notices#isLabelOverMaterial}).
     * The block's text is read only when it is short.
     */
    private static boolean isNoticeOrOffer(Element e, TextStats.Stats s, TextStats stats, int containerChars, BlockTexts texts) {
        if (s.chars > Notices.MAX_OFFER_BOX_CHARS) {
            return false;
        }
        if (Notices.isOfferBox(e, s, stats, containerChars) || MarketData.isInvestingPitch(e, s, containerChars)
                || ToolPitch.is(e, s, containerChars) || DealerPitch.is(e, s, containerChars)
                || MembershipPitch.is(e, s, containerChars) || BookingPitch.is(e, s, containerChars)) {
            return true;
        }
        if (s.chars > Notices.MAX_NOTICE_CHARS || s.ownChars < MIN_NOTICE_OWN_SHARE * s.chars) {
            return false;
        }
        // a prompt line alone holds its login link ("Schon Abonnent? <a>Anmelden</a>"); one without is cut with its box
        if (s.linkChars > 0 && s.chars <= Notices.MAX_PROMPT_LINE_CHARS && Notices.isPaywallPrompt(texts.builtOr(e).strip())) {
            return true;
        }
        // the stems of a notice searched in the block's text nodes, before its text is built
        int found = 0;
        int steps = 0;
        boolean mailLink = false; // an e-mail address linked, which a note inviting letters may give in its link alone
        boolean statutory = false; // the first text may open a label a law requires ("ДАННОЕ СООБЩЕНИЕ (МАТЕРИАЛ) …") or an embargo line
        boolean firstText = true;
        for (Node n = e; n != null && steps++ < MAX_NOTICE_NODES; n = TreeWalk.next(n, e)) {
            if (n instanceof TextNode t) {
                if (firstText && !t.isBlank()) {
                    firstText = false;
                    statutory = Notices.mayOpenLabelOverMaterial(t.getWholeText().stripLeading());
                }
                found = Notices.stemsIn(t.getWholeText(), found);
            } else if (n instanceof Element a && a.nameIs("a") && a.attr("href").strip().regionMatches(true, 0, MAILTO, 0, MAILTO.length())) {
                mailLink = true;
                found |= Notices.LETTERS;
            }
        }
        boolean social = (found & Notices.SOCIAL_NETWORK) != 0; // a network named: perhaps a prompt to follow the site there
        boolean app = (found & Notices.APP) != 0; // a verb of installing: perhaps a prompt to install the site's app by its name
        boolean notice = Notices.mayBeNotice(found);
        if (!notice && !social) {
            return statutory && Notices.isLabelOverMaterial(texts.builtOr(e).strip());
        }
        String text = texts.builtOr(e).strip();
        if (!notice) { // only the network's name: a share bar's "Facebook" is asked for the prompt alone
            return Notices.isSiteFollowPrompt(text, texts.siteNames(e)) || statutory && Notices.isLabelOverMaterial(text);
        }
        if (!Notices.isNotice(text, mailLink)) {
            return social && Notices.isSiteFollowPrompt(text, texts.siteNames(e))
                    || app && Notices.isSiteAppPrompt(text, texts.siteNames(e))
                    || statutory && Notices.isLabelOverMaterial(text);
        }
        if (stats.firstPublication == null && Notices.mayBeFirstPublishedNote(found)) {
            stats.firstPublication = Notices.firstPublisher(text); // "This story was originally published by Kentucky Lantern, …"
        }
        return true;
    }

    /**
     * The box a heading saying that the site needs the reader opens ({@link Notices#NEEDS_YOU_HEADING}: "Nós Diario precisa
     * de ti" over "Somos o único diario en galego …" and a button), or a heading asking the reader to support the site by
     * its name over a box asking for money ({@link Notices#SUPPORT_US_HEADING}: "Sostieni VareseOggi" on VareseOggi's
     * page): the box's lines are the pitch's, sentences or not, and it goes whole, short and well under the container's
     * text. Null when the block is no such heading, or heads no box (a heading of the text stands among its paragraphs, in
     * the container). Only a short heading's text is read.
     */
    private static Element needsYouBox(Element e, TextStats.Stats s, Element container, TextStats stats, int containerChars, BlockTexts texts) {
        if (s.chars > Notices.MAX_NEEDS_YOU_CHARS || !Blocks.isHeading(e)) {
            return null;
        }
        Element box = e.parent();
        if (box == null || box == container || !Blocks.isBlock(box) || box.firstElementChild() != e) {
            return null;
        }
        TextStats.Stats bs = stats.of(box);
        if (bs == null || bs.chars > Notices.MAX_OFFER_BOX_CHARS || bs.chars >= Notices.MAX_OFFER_BOX_SHARE * containerChars) {
            return null;
        }
        String heading = texts.builtOr(e).strip();
        if (Notices.NEEDS_YOU_HEADING.matcher(heading).matches()) {
            return box;
        }
        Matcher support = Notices.SUPPORT_US_HEADING.matcher(heading);
        if (!support.matches()) {
            return null;
        }
        List<String> sites = texts.siteNames(e);
        if (!Notices.namesTheSite(support.group("name"), sites) && !Notices.namesTheSite(support.group("named"), sites)) {
            return null; // "Sostieni Il Piccolo di Romagna": the article may open the site's name
        }
        String boxText = box.text();
        String asked = boxText.startsWith(heading) ? boxText.substring(heading.length()) : boxText;
        // "<div><h3>Sostieni VareseOggi</h3><p>… Con un piccolo contributo ci aiuti …</p></div>" on VareseOggi's page
        return Notices.asksForMoney(asked) ? box : null;
    }

    /** Text nodes of a block asked for its first words. */
    private static final int MAX_TIP_LEAD_NODES = 8;

    /** The line under a tip box's heading that says where to send the tip is this short. */
    private static final int MAX_TIP_LINE_CHARS = 300;

    /**
     * A box inviting the reader to send the newsroom a tip ({@link Notices#isTipBox}: "Tipsa oss! Har du sett något som
     * du tycker att vi ska skriva om? Mejla …", "Heb jij een tip? Mail naar … of app ons."): the block itself, short and well
     * under the container's text; or, when the block is a heading asking for the tip alone, the short line after it that
     * says where to send it. Null when there is none. The block's first words are asked before its text is built.
     */
    private static Element tipBox(Element e, TextStats.Stats s, TextStats stats, int containerChars) {
        if (s.chars > Notices.MAX_TIP_BOX_CHARS || s.chars >= Notices.MAX_OFFER_BOX_SHARE * containerChars || !opensLikeTip(e)) {
            return null;
        }
        String text = e.text().strip();
        if (Notices.isTipBox(text)) {
            return e;
        }
        if (!Blocks.isHeading(e) || Notices.tipPromptEnd(text) < 0) {
            return null;
        }
        Element next = e.nextElementSibling();
        TextStats.Stats ns = next != null && Blocks.isBlock(next) ? stats.of(next) : null;
        return ns != null && ns.chars > 0 && ns.chars <= MAX_TIP_LINE_CHARS && s.chars + ns.chars < Notices.MAX_OFFER_BOX_SHARE * containerChars
                && Notices.namesTipChannel(next.text()) && !Notices.namesAppealAuthority(next.text()) ? next : null;
    }

    /**
     * A fact-checker's note on itself ({@link FactCheckNotes}) in a short block: a line stating its affiliation, holding no
     * block (so no wrapper goes with the text beside the line), or a block opened by the label of the box explaining how it
     * rates claims (with a box of its own: a heading or a paragraph in the text's flow, "<h2>Como verificamos</h2>", opens
     * the check's own account of its method), by a rating's definition or by a prompt to report an error, cut with its box ({@link #noticeBox}). Null when the block is neither. Only a block whose first words
     * may open the label, or whose text nodes hold one of the notes' key words, has its text built.
     */
    private static Element factCheckNote(Element e, TextStats.Stats s, Element container, TextStats stats, int containerChars,
            BlockTexts texts) {
        if (s.chars > FactCheckNotes.MAX_NOTE_CHARS || s.chars >= Notices.MAX_OFFER_BOX_SHARE * containerChars) {
            return null;
        }
        boolean label = opensWith(e, FactCheckNotes.BOX_LABEL_OPENINGS);
        boolean affiliation = !Blocks.holdsBlock(e) && namesAffiliation(e);
        if (!label && !affiliation) {
            return null;
        }
        String text = texts.builtOr(e).strip();
        if (label && FactCheckNotes.opensWithScaleOrCorrectionNote(text)) {
            return noticeBox(e, container, stats, containerChars, texts);
        }
        if (label && FactCheckNotes.opensWithMethodLabel(text)) {
            Element box = noticeBox(e, container, stats, containerChars, texts);
            return box != e || Blocks.holdsBlock(e) && !Blocks.isHeading(e) ? box : null;
        }
        return affiliation && FactCheckNotes.isAffiliationNote(text, texts.siteNames(e)) ? e : null;
    }

    /**
     * A health site's standing medical disclaimer or crisis helpline box ({@link HealthNotes}), with the box it heads, or
     * null. Only a short block whose first text may open one is read.
     */
    private static Element healthNote(Element e, TextStats.Stats s, Element container, TextStats stats, int containerChars,
            BlockTexts texts) {
        if (s.chars > HealthNotes.MAX_NOTE_CHARS || s.chars >= Notices.MAX_OFFER_BOX_SHARE * containerChars
                || !opensWith(e, HealthNotes.OPENINGS)) {
            return null;
        }
        return HealthNotes.isNote(texts.builtOr(e).strip()) ? noticeBox(e, container, stats, containerChars, texts) : null;
    }

    /** True when one of the block's text nodes holds a key word of a fact-checker's affiliation ({@link FactCheckNotes#mayNameAffiliation}). */
    private static boolean namesAffiliation(Element e) {
        int steps = 0;
        for (Node n = e; n != null && steps++ < MAX_NOTICE_NODES; n = TreeWalk.next(n, e)) {
            if (n instanceof TextNode t && FactCheckNotes.mayNameAffiliation(t.getWholeText())) {
                return true;
            }
        }
        return false;
    }

    /** True when the block's first text node may open with a tip's prompt ({@link Notices#TIP_PROMPT_OPENINGS}). */
    private static boolean opensLikeTip(Element e) {
        return opensWith(e, Notices.TIP_PROMPT_OPENINGS);
    }

    /** True when the block's first text node may open with one of the openings, after a few leading marks ({@link Notices#tipPromptStart}). */
    private static boolean opensWith(Element e, PatternOpenings openings) {
        int steps = 0;
        for (Node n = e; n != null && steps++ < MAX_TIP_LEAD_NODES; n = TreeWalk.next(n, e)) {
            if (n instanceof TextNode t && !t.isBlank()) {
                String words = t.getWholeText();
                int from = 0;
                while (from < words.length() && Character.isWhitespace(words.charAt(from))) {
                    from++; // the blanks before the first word, skipped without a copy
                }
                int at = Notices.tipPromptStart(words, from);
                return at >= 0 && openings.mayOpenAt(words, at);
            }
        }
        return false;
    }

    /** A box's line left beside its notice is its label or button: this short ("Trailer", "Enjoy the show?", "Become a member"). */
    private static final int MAX_NOTICE_REMNANT_CHARS = 40;

    /** A notice's box holds at most this many such lines beside it: a heading, a label, a button or two. */
    private static final int MAX_NOTICE_REMNANTS = 3;

    /**
     * The box a notice stands in when the notice leaves nothing in it but a few short lines that end no
     * sentence: the box's heading ("Enjoy the show?"), a consent placeholder's label ("Trailer",
     * "Karte") or its button ("Become a member", "Load video"). Those lines are the notice's own, and
     * the box goes whole; a box with a sentence or loose words beside the notice keeps them, and the
     * notice goes alone. A notice that is the box's heading ("<h3>Listen to our podcast</h3><p>Every Friday, the
     * week's news.</p>") names what the box is, and the box goes whole within its size. The article's container is never
     * the box.
     */
    private static Element noticeBox(Element notice, Element container, TextStats stats, int containerChars, BlockTexts texts) {
        if (Notices.isGamblingWarning(texts.builtOr(notice).strip())) {
            return gamblingAdBox(notice, container, stats, containerChars);
        }
        Element box = notice.parent();
        if (box == null || box == container || !Blocks.isBlock(box)) {
            return notice;
        }
        TextStats.Stats bs = stats.of(box);
        if (bs == null || bs.chars > Notices.MAX_OFFER_BOX_CHARS) {
            return notice;
        }
        // a notice heading its box names what the box is: the lines under it are the pitch's own, sentences or not
        boolean heads = Blocks.isHeading(notice) && box.firstElementChild() == notice;
        int remnants = 0;
        for (Node n = box.firstChild(); n != null; n = n.nextSibling()) {
            if (n == notice) {
                continue;
            }
            if (n instanceof TextNode t) {
                if (!t.isBlank()) {
                    return notice; // loose words beside the notice: the box is a paragraph around it
                }
                continue;
            }
            if (!(n instanceof Element c) || heads) {
                continue;
            }
            String line = c.text().strip();
            if (line.isEmpty()) {
                continue;
            }
            char last = line.charAt(line.length() - 1);
            if (line.length() > MAX_NOTICE_REMNANT_CHARS || (TextStats.endsSentence(last) && !(last == '?' && Blocks.isHeading(c)))
                    || ++remnants > MAX_NOTICE_REMNANTS) {
                return notice;
            }
        }
        return remnants > 0 || heads ? box : notice;
    }

    /** A line of a gambling advertisement beside its warning is its heading, an odds line or a button: this short. */
    private static final int MAX_AD_LINE_CHARS = 90;

    /** Levels above its warning a gambling advertisement's box is sought: the box of odds, and the ad label's wrapper around it. */
    private static final int MAX_AD_BOX_LEVELS = 2;

    /**
     * The advertisement a gambling warning ({@link Notices#isGamblingWarning}) stands in: the law asks the warning of the ad
     * itself, so the box around it is the ad (a bookmaker's odds, its button, the ad label) and goes whole, up to two levels
     * while each is short, well under the text, and holds nothing beside the part below it but short lines. A box with a
     * paragraph of the story in it keeps it, and the warning goes alone.
     */
    private static Element gamblingAdBox(Element warning, Element container, TextStats stats, int containerChars) {
        Element ad = warning;
        for (int level = 0; level < MAX_AD_BOX_LEVELS; level++) {
            Element box = ad.parent();
            if (box == null || box == container || !Blocks.isBlock(box)) {
                break;
            }
            TextStats.Stats bs = stats.of(box);
            if (bs == null || bs.chars > Notices.MAX_OFFER_BOX_CHARS || bs.chars >= Notices.MAX_OFFER_BOX_SHARE * containerChars
                    || !onlyShortLinesBeside(box, ad)) {
                break;
            }
            ad = box;
        }
        return ad;
    }

    /** True when every line of the box but {@code part} is at most {@link #MAX_AD_LINE_CHARS} long. */
    private static boolean onlyShortLinesBeside(Element box, Element part) {
        for (Node n = box.firstChild(); n != null; n = n.nextSibling()) {
            if (n == part) {
                continue;
            }
            String line = n instanceof TextNode t ? t.text().strip() : n instanceof Element c ? c.text().strip() : "";
            if (line.length() > MAX_AD_LINE_CHARS) {
                return false;
            }
        }
        return true;
    }

    /** A wire's end mark ({@link NewsAgencies#END_MARK_WIRES}) opening a line, the desk's initials perhaps after it; group 1 the wire. */
    private static final Pattern END_MARK = Pattern.compile("(?iu)^(" + String.join("|", NewsAgencies.END_MARK_WIRES) + ")\\s?/\\s?fim(?![\\p{L}])");

    /** A line holding a wire's end mark ({@link #END_MARK}) is this short at most: the mark and the desk's initials. */
    private static final int MAX_END_MARK_CHARS = 60;

    /**
     * The wire whose end mark the line removed as boilerplate opens with ("Lusa/Fim", "Inforpress/Fim JL/JMV"), spelt as the
     * credits spell it, or null: the end mark signs the copy as the wire's, as a bare wire's name closing it does, and gives the
     * credit alone.
     */
    private static String endMarkWire(String text) {
        Matcher m = END_MARK.matcher(text.strip());
        if (!m.lookingAt()) {
            return null;
        }
        return NewsAgencies.END_MARK_WIRES.stream().filter(wire -> wire.equalsIgnoreCase(m.group(1))).findFirst().orElse(null);
    }

    /** Nodes of a block searched for a notice's stems: a notice is a paragraph of a few dozen nodes. */
    private static final int MAX_NOTICE_NODES = 200;

    /** A block short enough, and linked, to be a newsletter's promotion ({@link #isNewsletterPromo}), its text ({@code e.text()}) asked then. */
    private static boolean mayBeNewsletterPromo(TextStats.Stats s) {
        return s.chars <= MAX_NEWSLETTER_PROMO_CHARS && s.linkChars > 0;
    }

    /**
     * A short line of boilerplate ({@link #isBoilerplateLine}) or a newsletter's promotion ({@link
     * #isNewsletterPromo}): the block's text, which both read, read once.
     */
    private static boolean isBoilerplateLineOrPromo(Element e, TextStats.Stats s, String titleKey, BlockTexts texts) {
        boolean line = s.chars < SHORT_LINE_CHARS;
        boolean promo = mayBeNewsletterPromo(s);
        if (!line && !promo) {
            return false;
        }
        String text = texts.textOf(e);
        return (line && (isBoilerplateLine(e, titleKey, false, text) || isBylineThenDateFields(e, text) || MarketData.isDelayNote(text)))
                || (promo && isNewsletterPromo(e, text))
                || (s.chars <= MAX_QUOTE_WIDGET_CHARS && s.linkChars > 0 && isQuoteWidget(text));
    }

    /**
     * True when the short block is a meta box whose first line, a block of its own, is the byline ("Por Rafael Siqueira,
     * Portal Interior — Campinas") and whose loose words after it are the date fields ("27/11/2026 08h12 · Atualizado há
     * 2 horas"): the byline's line is cut alone, and the dates, no block of their own, would stay as a line of the text.
     */
    private static boolean isBylineThenDateFields(Element e, String text) {
        Element first = e.firstElementChild();
        if (first == null || !Blocks.isBlock(first) || first.nextElementSibling() != null && Blocks.isBlock(first.nextElementSibling())) {
            return false;
        }
        for (Node n = e.firstChild(); n != first; n = n.nextSibling()) {
            if (n instanceof TextNode t && !t.isBlank()) {
                return false; // words before the byline's line
            }
        }
        if (onlyBlanksAfter(first)) {
            return false; // the block's text is the line's own: no date fields after it (and a nest of wrappers builds no text twice)
        }
        String byline = first.text().strip();
        String all = text.strip();
        if (byline.isEmpty() || !all.startsWith(byline) || !BylineLeads.opensByline(byline)) {
            return false;
        }
        String rest = all.substring(byline.length()).strip();
        return !rest.isEmpty() && isDateFieldsLine(rest);
    }

    /** A line of a price alone is this short at most ("1.249,00 €*"). */
    static final int MAX_PRICE_LINE_CHARS = 24;

    /**
     * A line that is a price alone ({@link #PRICE}, perhaps marked by an affiliate's asterisk): a product box's or a
     * shop card's price label, which the text's sentences name with their own words.
     */
    static final Pattern PRICE_LINE = Pattern.compile("(?:(?:[€$£¥₹₽₺₩₪]|EUR|USD|CHF|GBP)\\s?\\d[\\d.,'\u00a0\u202f]*(?:-{1,2}|–)?"
            + "|\\d[\\d.,'\u00a0\u202f]*(?:-{1,2}|–)?\\s?(?:[€$£¥₹₽₺₩₪]|EUR|USD|CHF|GBP|Fr\\.|zł|Kč|kr))\\*?");

    /** Ancestors looked at for a table's cell around a short line: a paragraph or a box or two inside the cell. */
    private static final int MAX_CELL_DEPTH = 3;

    /** True when the block is a table's cell or sits in one, a few boxes down: a value of the table's data. */
    private static boolean isInTableCell(Element e) {
        return isOrSitsIn(e, MAX_CELL_DEPTH, "td", "th");
    }

    /** True when the element, or one of its nearest {@code depth} ancestors, is tagged {@code tag} or {@code otherTag}. */
    private static boolean isOrSitsIn(Element e, int depth, String tag, String otherTag) {
        Element at = e;
        for (int i = 0; i <= depth && at != null; i++, at = at.parent()) {
            String name = at.normalName();
            if (name.equals(tag) || name.equals(otherTag)) {
                return true;
            }
        }
        return false;
    }

    /** A security's quote box is a name, a price and a change: this short. */
    private static final int MAX_QUOTE_WIDGET_CHARS = 100;

    /** A quote box names its security in a few words ("Kessler & Roth", "Banco Sabadell SA"), its link a few more. */
    private static final int MAX_QUOTE_WIDGET_WORDS = 8;

    /**
     * Currency symbols and ISO 4217 codes of the currencies quotes are most often given in, and the lira's "TL" as Turkish
     * quotes write it ("186,40 TL").
     */
    private static final String CURRENCY = "(?:[€$£¥₹₽₺₩₪]|(?<![\\p{L}])(?:EUR|USD|CHF|GBP|JPY|CNY|HKD|SEK|NOK|DKK|PLN|CZK|HUF|CAD|AUD|INR|BRL|TRY|TL|ZAR"
            + "|Fr\\.|zł|Kč|kr)(?![\\p{L}]))";

    /** A price: a number with a currency before or after it ("38,12 €", "$189.20", "CHF 12.40"). */
    static final Pattern PRICE = Pattern.compile(CURRENCY + "\\s?\\d[\\d.,'\u00a0\u202f]*|\\d[\\d.,'\u00a0\u202f]*\\s?" + CURRENCY);

    /**
     * A signed percentage, a quote's change ("-11,3 %", "+0.8%", "▼ 2,1 %"), in Arabic script's percent sign too; or the
     * percentage with its sign before the number, as Turkish quotes set a change ("%3,27", "%-0,05"; {@link MarketData}
     * reads rows so too).
     */
    private static final Pattern SIGNED_PERCENT = Pattern.compile("[+\\-−–▲▼△▽]\\s?\\d{1,3}(?:[.,]\\d{1,3})?\\s?[%٪]"
            + "|(?<![\\p{L}\\d])%[+\\-−]?\\d{1,3}(?:[.,]\\d{1,3})?");

    /**
     * A stock quote box set into a business story: a security's name, its price with a currency,
     * its change as a signed percentage, and a link to its page ("Kessler & Roth 38,12 € -11,3 %
     * Zur Aktie"). That shape is a market-data widget in any language; a sentence giving a price
     * and a change ends as sentences end and runs longer than a few words. Read only for a short
     * linked block whose text holds a percent sign.
     */
    static boolean isQuoteWidget(String elementText) {
        String text = elementText.strip();
        if (text.isEmpty() || (text.indexOf('%') < 0 && text.indexOf('٪') < 0)
                || TextStats.endsSentence(text.charAt(text.length() - 1))) {
            return false;
        }
        return SIGNED_PERCENT.matcher(text).find() && PRICE.matcher(text).find() && words(text) <= MAX_QUOTE_WIDGET_WORDS + countNumbers(text);
    }

    /** The numbers in a text, which a quote box holds beside its words. */
    private static int countNumbers(String text) {
        int n = 0;
        boolean inNumber = false;
        for (int i = 0; i < text.length(); i++) {
            boolean digit = Character.isDigit(text.charAt(i));
            if (digit && !inNumber) {
                n++;
            }
            inNumber = digit || (inNumber && (text.charAt(i) == '.' || text.charAt(i) == ','));
        }
        return n;
    }

    /** Siblings looked at after a linked heading for the prose it heads: an item's place or date may come first. */
    private static final int MAX_HEADED_SIBLINGS = 3;

    /**
     * A heading linked whole over unlinked prose of its own, in the same block: an item of a
     * listing described in place (an event and what happens at it, a product and the verdict on
     * it), whose name links to its page. The walk reaches the heading only when its block was kept
     * as content, and then the heading names what the kept sentences describe. A teaser card's
     * summary is cut with its card, or links with its headline; a heading of a link list heads
     * links, not prose. The next heading ends the search: its prose is its own.
     */
    static boolean isHeadingOverProse(Element e, TextStats stats) {
        if (!Blocks.isHeading(e) || e.normalName().equals("h1")) {
            return false;
        }
        int steps = 0;
        for (Element x = e.nextElementSibling(); x != null && steps++ < MAX_HEADED_SIBLINGS; x = x.nextElementSibling()) {
            if (Blocks.isHeading(x)) {
                return false;
            }
            TextStats.Stats xs = stats.of(x);
            if (xs != null && xs.proseChars >= TextStats.SENTENCE_CHARS && xs.linkDensity() <= MAX_CONTENT_LIST_LINK_DENSITY) {
                return true;
            }
        }
        return false;
    }

    /** The count that opens a numbered heading: "1.", "2)", "#3", "Nr. 4", "4 -", "5:" then a space or the end. */
    private static final Pattern NUMBERED_HEADING = Pattern.compile("\\s*(?:#|nr\\.\\s?|no\\.\\s?)?\\d{1,3}\\s?[.):\\-–]?(?:\\s|$)",
            Pattern.CASE_INSENSITIVE);

    /** Siblings looked at on each side of a block for the posts of its series: a page of a thread holds a few dozen. */
    private static final int MAX_SERIES_SIBLINGS = 12;

    /**
     * A short post of a thread or a comment-like series (a forum's reply, "Thanks, that worked!"): a
     * block with a sentence of unlinked prose whose link density comes from its furniture (the
     * subject line linked to the post, the poster's name), among siblings built alike (same tag, same
     * first class: boards alternate a second class row by row, "bg1"/"bg2") of which one is kept by
     * the link rule: a longer post of the same thread, whose furniture is the same. A list of teaser
     * cards has no such sibling: every card is mostly links.
     */
    private static boolean isShortReply(Element e, TextStats.Stats s, TextStats stats) {
        if (s.proseChars < TextStats.SENTENCE_CHARS || TextStats.isStructuredItem(e)) {
            return false;
        }
        String cls = e.className();
        int space = cls.indexOf(' ');
        String first = space < 0 ? cls : cls.substring(0, space);
        if (first.isEmpty()) {
            return false;
        }
        return hasKeptAlike(e, first, stats, true) || hasKeptAlike(e, first, stats, false);
    }

    private static boolean hasKeptAlike(Element e, String firstClass, TextStats stats, boolean before) {
        int steps = 0;
        for (Element x = before ? e.previousElementSibling() : e.nextElementSibling(); x != null && steps++ < MAX_SERIES_SIBLINGS;
             x = before ? x.previousElementSibling() : x.nextElementSibling()) {
            if (!x.normalName().equals(e.normalName()) || !x.className().startsWith(firstClass)) {
                continue;
            }
            String cls = x.className();
            if (cls.length() > firstClass.length() && cls.charAt(firstClass.length()) != ' ') {
                continue;
            }
            TextStats.Stats xs = stats.of(x);
            if (xs != null && xs.proseChars >= TextStats.PROSE_CHARS && xs.linkDensity() <= MAX_LINK_DENSITY) {
                return true;
            }
        }
        return false;
    }

    /**
     * A quotation with links that belongs to the article: an embedded post (tweet, Instagram) or a
     * quote, which sites mark up as a blockquote full of links to the quoted account. It is kept, and
     * so are its paragraphs and the blocks that wrap them ({@link #holdsParagraph}), whatever their links and however
     * short: the post's words (a tweet of a hashtag, a mention and a link) and its attribution line
     * ("— Name (@handle) May 6, 2024", "A post shared by Name (@handle)") are what the article
     * quotes, with the same standing as the text of any quotation. A block of the post with unlinked
     * words of its own is its text too (TikTok sets the caption between its links in a
     * {@code <section>}). The embed's chrome in blocks of its own, all link (a "View this post on
     * Instagram" link over a picture), is judged as any block is.
     */
    static boolean isQuotedPost(Element e, TextStats.Stats s) {
        return e.normalName().equals("blockquote") && s.chars >= MIN_QUOTED_POST_CHARS;
    }

    /**
     * True when the block is a paragraph or wraps one within its first nodes: inside a quoted post,
     * its text (the embed codes set the post's words and the attribution line in {@code <p>}s, in
     * a wrapper {@code <div>} or two). The embed's chrome is links around pictures and labels.
     */
    private static boolean holdsParagraph(Element e) {
        return TreeWalk.holdsElement(e, "p", MAX_PARAGRAPH_SEARCH_NODES);
    }

    /**
     * An item of a list, a definition list or a table that has unlinked text beside its links, in a
     * list of content: a linked ingredient ("1 kg <a>Rhabarber</a>") among unlinked ones, an episode
     * and its number ("<a>Title</a> (1×04)") in a list a sentence introduces, a round-up's linked
     * headline followed by a sentence, a table row naming a linked person and what they are (a record). The walk reaches an item only when its
     * list was kept. A list of related stories links every item, so its items are still judged alone.
     */
    private static boolean isAnnotatedItem(Element e, TextStats.Stats s, TextStats stats) {
        if (s.linkChars >= s.chars || !TextStats.isStructuredItem(e) || e.parent() == null) {
            return false;
        }
        if (e.normalName().equals("tr")) {
            return true; // a table's row with text beside its links: a record
        }
        if (s.chars - s.linkChars >= TextStats.SENTENCE_CHARS && s.ownChars > 0 && TextStats.endsSentence(s.lastOwnChar)) {
            return true; // "<a>Headline</a>. A sentence on it.": a round-up's item that ends as prose
        }
        TextStats.Stats list = stats.of(e.parent());
        return list != null && (list.linkDensity() <= MAX_CONTENT_LIST_LINK_DENSITY || continuesSentence(e.parent(), stats))
                || isItemOfDescribedLinks(e);
    }

    /** The class of MediaWiki's container of the parsed wikitext (Wikipedia, Fandom, any MediaWiki wiki). */
    private static final String WIKI_TEXT_CLASS = "mw-parser-output";

    /**
     * A list ({@code ul}, {@code ol}) set directly in MediaWiki's container of the parsed wikitext: a list the article's
     * editors wrote ("Typische Sorten": a linked name per item, the sorts, works, members or places the section lists),
     * its links the wiki's cross-references to the entries' own pages, not navigation. The wiki's apparatus sets its
     * lists deeper, each in its own box: the table of contents ({@code div.toc}), the references ({@code div.reflist},
     * {@code div.mw-references-wrap}), the navboxes (tables), the categories (outside the container).
     */
    static boolean isWikiTextList(Element e) {
        if (!e.nameIs("ul") && !e.nameIs("ol")) {
            return false;
        }
        Element parent = e.parent();
        return parent != null && parent.nameIs("div") && parent.hasClass(WIKI_TEXT_CLASS);
    }

    /**
     * A described link's description has at least this many words on the list's average ("find a local group or a
     * course"), and each at least {@link #MIN_SHORT_DESCRIPTION_WORDS}: a wiki's list of characters gives a short role
     * beside a longer one ("<a>Graf Ulrich</a> – der Burgherr", "<a>Bruder Anselm</a> – Heiler und Händler für Tränke").
     */
    private static final int MIN_LINK_DESCRIPTION_WORDS = 3;

    /** The shortest description an item of a described list may have: a role of two words ("der Burgherr"). */
    private static final int MIN_SHORT_DESCRIPTION_WORDS = 2;

    /** Items of a list read to see that each describes its link: a list of resources is a few dozen. */
    private static final int MAX_DESCRIBED_LIST_ITEMS = 50;

    /** Marks that set a link's description off after it: a colon, a dash. */
    private static final String DESCRIPTION_MARKS = ":–—-";

    /**
     * An item of a list of described links, every item (two or more) a link followed by a colon or a
     * dash and a description of a few words ("<a>National Hedgelaying Society</a>: find a local
     * group or a course"): the writer's list of resources, show notes' links, a reading list. Its
     * items are built alike and kept or cut alike; judged one by one, the item whose name ran longer
     * than its description went and its sibling stayed. A list of related stories names each story
     * alone, or beside a date or a count of a word or two.
     */
    private static boolean isItemOfDescribedLinks(Element e) {
        return e.normalName().equals("li") && e.parent() != null && isDescribedLinkList(e.parent());
    }

    /** True when the element is a list ({@code ul}, {@code ol}) of described links ({@link #isItemOfDescribedLinks}). */
    static boolean isDescribedLinkList(Element list) {
        if (!list.normalName().equals("ul") && !list.normalName().equals("ol")) {
            return false;
        }
        int items = 0;
        int words = 0;
        for (Element li = list.firstElementChild(); li != null; li = li.nextElementSibling()) {
            int described;
            if (++items > MAX_DESCRIBED_LIST_ITEMS || !li.normalName().equals("li")
                    || (described = descriptionWords(li)) < MIN_SHORT_DESCRIPTION_WORDS) {
                return false;
            }
            words += described;
        }
        return items >= 2 && words >= MIN_LINK_DESCRIPTION_WORDS * items;
    }

    /**
     * The words of the description after the link an item opens with, set off by a description mark; 0 when the item
     * does not open with a link so described.
     */
    private static int descriptionWords(Element li) {
        Node first = li.firstChild();
        while (first instanceof TextNode t && t.isBlank()) {
            first = first.nextSibling();
        }
        if (!(first instanceof Element a) || !a.nameIs("a")) {
            return 0;
        }
        StringBuilder rest = new StringBuilder();
        for (Node n = a.nextSibling(); n != null; n = n.nextSibling()) {
            if (n instanceof Element el && el.nameIs("a")) {
                return 0; // a second link: a line of links, not a described one
            }
            rest.append(n instanceof TextNode t ? t.text() : n instanceof Element el ? el.text() : "");
        }
        String description = rest.toString().strip();
        if (description.isEmpty() || DESCRIPTION_MARKS.indexOf(description.charAt(0)) < 0) {
            return 0;
        }
        String words = description.substring(1).strip();
        return words.isEmpty() ? 0 : words.split("\\s+").length;
    }

    /**
     * A table, or a part of it, whose rows are records: at least {@link #MIN_RECORD_ROWS_SHARE} of its
     * rows hold a cell of text with no link, or are mostly unlinked text (an ingredient's amount beside its
     * linked name, a date beside its linked event). Data, not navigation, however many of its words
     * are links.
     */
    static boolean isTableOfRecords(Element e, TextStats stats) {
        String tag = e.normalName();
        if (!tag.equals("table") && !tag.equals("tbody") && !tag.equals("thead") && !tag.equals("tfoot")) {
            return false;
        }
        int[] rows = new int[2]; // rows, records
        countRecords(e, stats, rows);
        for (Element part = e.firstElementChild(); part != null && tag.equals("table"); part = part.nextElementSibling()) {
            String name = part.normalName();
            if (name.equals("tbody") || name.equals("thead") || name.equals("tfoot")) {
                countRecords(part, stats, rows);
            }
        }
        return rows[0] > 0 && rows[1] >= MIN_RECORD_ROWS_SHARE * rows[0];
    }

    private static void countRecords(Element part, TextStats stats, int[] rows) {
        for (Element row = part.firstElementChild(); row != null; row = row.nextElementSibling()) {
            TextStats.Stats r = stats.of(row);
            if (row.normalName().equals("tr") && r != null && r.chars > 0) {
                rows[0]++;
                if (r.record || r.linkChars * 2 <= r.chars) { // a cell of text beside its links, or mostly unlinked
                    rows[1]++;
                }
            }
        }
    }


    /**
     * A list or table that continues the sentence before it: a paragraph of prose ending in a colon
     * ("Holt erscheint unter anderem in:") introduces it, and a list so introduced is read as part of
     * the text, links and all. Link lists under a short label ("Lesen Sie auch:") are not: the label
     * is no sentence of prose, and is boilerplate besides.
     */
    static boolean continuesSentence(Element e, TextStats stats) {
        if (!LIST_TAGS.contains(e.normalName())) {
            return false;
        }
        Element before = e.previousElementSibling();
        TextStats.Stats b = before == null ? null : stats.of(before);
        return b != null && b.block && b.lastOwnChar == ':' && b.ownChars >= MIN_INTRODUCING_SENTENCE_CHARS
                && b.ownChars == b.chars && b.ownLinkChars == 0 && !Blocks.isHeading(before)
                && !isBoilerplateLine(before, null);
    }

    /**
     * An item of a list that continues the sentence before it ({@link #continuesSentence}): "Folgende
     * Haltestellen werden neu angefahren:" and a list of linked stop names is one statement, each item
     * a part of it however wholly it is linked.
     */
    private static boolean isItemOfIntroducedList(Element e, TextStats stats) {
        return e.normalName().equals("li") && e.parent() != null && continuesSentence(e.parent(), stats);
    }

    /** A source list holds at least this many links, each of at least {@link #MIN_SOURCE_LINK_WORDS} words. */
    private static final int MIN_SOURCE_LINKS = 2;

    /** A list of sources read without the page's address links to at least this many sites. */
    private static final int MIN_SOURCE_SITES = 2;

    /** A source is named by a title ("Studie von Ulrike Haas zu Verspätungsketten"), not a word ("Facebook"). */
    private static final int MIN_SOURCE_LINK_WORDS = 3;

    /** A source list holds at most this many links: a longer list is a directory, not a text's sources. */
    private static final int MAX_SOURCE_LIST_LINKS = 30;

    /** Nodes of a list read for its links: a list of sources is a few dozen. */
    private static final int MAX_SOURCE_LIST_NODES = 400;

    /** A heading over a source list is a label, this short. */
    private static final int MAX_SOURCE_HEADING_CHARS = 80;

    /**
     * Headings that announce the text's own summary ("Die wichtigsten Fakten", "Key points",
     * "L'essentiel"): the list under one states the story's facts, each item a statement, even when
     * every item links to the site's story on it. Whole headings, so "Mehr Fakten zum Thema" is none;
     * the short-news columns some sites title "En bref" or "In brief" are left out.
     */
    private static final Pattern SUMMARY_HEADING = Pattern.compile("(?iU)\\s*(?:"
            + "die wichtigsten (?:fakten|punkte|infos|informationen|fragen und antworten)|das wichtigste(?: in kürze| im überblick| zusammengefasst)?|auf einen blick|kurz und knapp"
            + "|key (?:facts|points|takeaways)|at a glance|the main points|what we know(?: so far)?"
            + "|l['’]essentiel|ce qu['’]il faut retenir|les points clés"
            + "|in het kort|de belangrijkste (?:feiten|punten)"
            + "|najważniejsze (?:informacje|fakty)|nejdůležitější (?:informace|fakta)|ve zkratce"
            + "|det viktigaste|i korthet|kort fortalt|det vigtigste|kort sagt|tärkeimmät asiat"
            + ")\\s*[:.]?\\s*");

    /** A list or an item of one that the text wrote: its sources ({@link #isSourceList}) or its summary ({@link #isSummaryList}). */
    private static boolean isSourceListOrItem(Element e) {
        String tag = e.normalName();
        if (tag.equals("li")) {
            Element list = e.parent();
            return list != null && isListOfTheText(list);
        }
        return isListOfTheText(e);
    }

    /** A list the text wrote for itself, links and all: its sources or its summary. */
    static boolean isListOfTheText(Element list) {
        return isSummaryList(list) || isSourceList(list) || isNamedSourceList(list);
    }

    /**
     * A box that opens with its summary's heading and list ({@link #isSummaryList}), or with the label and list of
     * the text's sources ({@link #isNamedSourceList}): a fact box or a fact-check's sources box, whose heading and
     * list are then judged alone.
     */
    private static boolean boxesSummaryList(Element e) {
        Element first = e.firstElementChild();
        Element next = first == null ? null : first.nextElementSibling();
        return next != null && (Blocks.isHeading(first) && isSummaryList(next) || isNamedSourceList(next));
    }

    /**
     * Headings and labels that name the text's sources, whole ("Sources", "Our Sources", "Fuentes consultadas",
     * "Quellen", "Le fonti", "Kaynaklar", "المصادر", "Referensi:", "Źródła"): fact-checkers close a check with the
     * documents, data and interviews it rests on, a few of them linked, the rest named in plain words.
     */
    private static final Pattern SOURCES_HEADING = Pattern.compile("(?iU)\\s*(?:"
            + "(?:our |the |main )?(?:sources?|references)(?: used| consulted)?|(?:nos |les |mes )?sources(?: utilisées)?"
            + "|(?:las |nuestras )?fuentes(?: consultadas| utilizadas)?|(?:as )?fontes(?: consultadas| utilizadas)?|referências"
            + "|(?:unsere |die )?quellen|(?:le )?fonti(?: consultate)?|bronnen|kaynaklar|kaynakça|المصادر|مصادر|المراجع"
            + "|referensi|sumber(?: referensi)?|źródła|джерела|источники|출처|참고 ?자료|出典|参考(?:資料|文献)|स्रोत|संदर्भ"
            + ")\\s*[:.：]?\\s*");

    /**
     * The label over a source list: a heading (not the page's {@code h1}) or a paragraph set wholly in bold
     * ("<p><strong>Referensi:</strong></p>"), short, unlinked, whose words name the sources ({@link #SOURCES_HEADING}).
     */
    private static boolean isSourcesLabel(Element e) {
        if (!Blocks.isHeading(e) || e.nameIs("h1")) {
            Element only = e.nameIs("p") && e.childrenSize() == 1 ? e.firstElementChild() : null;
            if (only == null || !only.nameIs("strong") && !only.nameIs("b") || !e.ownText().isBlank()) {
                return false;
            }
        }
        String text = e.text();
        return text.length() <= MAX_SOURCE_HEADING_CHARS && e.selectFirst(ANY_LINK) == null && SOURCES_HEADING.matcher(text).matches();
    }

    /**
     * A list (or a paragraph of lines broken by {@code <br>}) right under a label that names the text's sources
     * ({@link #isSourcesLabel}), whose every link goes to another site than the page's: a fact-check's sources,
     * one of them linked, say, beside an interview named in plain words. Unlike {@link #isSourceList}, the label
     * says what the list is, so one link of a word or two is enough; a link to the site's own pages makes it a
     * list of the site's stories.
     */
    static boolean isNamedSourceList(Element list) {
        if (!list.nameIs("ul") && !list.nameIs("ol") && !list.nameIs("p")) {
            return false;
        }
        Element before = list.previousElementSibling();
        if (before == null || !isSourcesLabel(before)) {
            return false;
        }
        String site = siteHost(list);
        int links = 0;
        int steps = 0;
        for (Node n = list; n != null; n = TreeWalk.next(n, list)) {
            if (steps++ >= MAX_SOURCE_LIST_NODES) {
                return false;
            }
            if (n instanceof Element a && a.nameIs("a")) {
                String host = hostOf(a.attr("href"));
                if (host == null || site != null && sameSite(host, site) || ++links > MAX_SOURCE_LIST_LINKS) {
                    return false;
                }
            }
        }
        return links > 0;
    }

    /**
     * A line that announces the text's summary ({@link #SUMMARY_HEADING}) set right over a list, however it is set: a
     * heading, or a bold paragraph as editors without heading levels write it ("<p><strong>Das Wichtigste in
     * Kürze</strong></p><ul>…"). The list's label, no kicker to trim off the text's top.
     */
    static boolean isSummaryLabel(Element e) {
        Element next = e.nextElementSibling();
        if (next == null || !next.nameIs("ul") && !next.nameIs("ol")) {
            return false;
        }
        String text = e.text();
        return text.length() <= MAX_SOURCE_HEADING_CHARS && SUMMARY_HEADING.matcher(text).matches();
    }

    /**
     * A list under a heading that announces the text's summary ({@link #SUMMARY_HEADING}): the
     * story's key facts, each perhaps linked to the site's story on it, are the text's statements,
     * not a list of related stories.
     */
    static boolean isSummaryList(Element list) {
        String tag = list.normalName();
        if (!tag.equals("ul") && !tag.equals("ol")) {
            return false;
        }
        Element before = list.previousElementSibling();
        return before != null && Blocks.isHeading(before) && !before.normalName().equals("h1")
                && before.text().length() <= MAX_SOURCE_HEADING_CHARS && SUMMARY_HEADING.matcher(before.text()).matches();
    }

    /**
     * A list under a heading of the text whose every item links, by a title of several words, to
     * another site: the article's sources and further reading ("Links zur Folge", "Hier finden Sie
     * aktuelle Informationen"), written for the text. A list of teasers links to the site's own
     * pages; a list of profiles names a network in a word. The page's own site is its address's
     * host ({@link #siteHost}); when it is unknown, a list is taken for sources when it links to
     * several sites, none of them holding more than half its links ({@link #isSpreadOverSites}): the
     * page's own site, if one of them, is then a minority the list's other sources outnumber.
     */
    static boolean isSourceList(Element list) {
        String tag = list.normalName();
        if (!tag.equals("ul") && !tag.equals("ol")) {
            return false;
        }
        Element before = list.previousElementSibling();
        if (before == null || !Blocks.isHeading(before) || before.normalName().equals("h1") || before.selectFirst(ANY_LINK) != null
                || before.text().length() > MAX_SOURCE_HEADING_CHARS) {
            return false;
        }
        List<String> hosts = new ArrayList<>();
        int steps = 0;
        for (Node n = list; n != null; n = TreeWalk.next(n, list)) {
            if (steps++ >= MAX_SOURCE_LIST_NODES) {
                return false; // a list this big is no list of a text's sources; the bound keeps each item's asking short
            }
            if (n instanceof Element a && a.normalName().equals("a")) {
                String host = hostOf(a.attr("href"));
                if (host == null || words(a.text().strip()) < MIN_SOURCE_LINK_WORDS || hosts.size() >= MAX_SOURCE_LIST_LINKS) {
                    return false;
                }
                hosts.add(host);
            }
        }
        if (hosts.size() < MIN_SOURCE_LINKS) {
            return false;
        }
        String site = siteHost(list);
        return site == null ? isSpreadOverSites(hosts) : hosts.stream().noneMatch(h -> sameSite(h, site));
    }

    /**
     * Links that go to at least {@link #MIN_SOURCE_SITES} sites, none of which holds more than half of
     * them: a list of another site's stories links to that one site, a text's sources to many.
     */
    private static boolean isSpreadOverSites(List<String> hosts) {
        Map<String, Integer> bySite = new HashMap<>();
        for (String h : hosts) {
            bySite.merge(siteOf(h), 1, Integer::sum);
        }
        int most = bySite.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        return bySite.size() >= MIN_SOURCE_SITES && most * 2 <= hosts.size();
    }

    /**
     * The host of an absolute http(s) address ({@link HostLabels#host}: lower case, without user
     * information or port), without "www."; null for a relative address or none.
     */
    private static String hostOf(String href) {
        String h = href.strip();
        if (!h.startsWith("https://") && !h.startsWith("http://") && !h.startsWith("//")) {
            return null;
        }
        String host = HostLabels.host(h);
        return host == null ? null : host.startsWith("www.") ? host.substring(4) : host;
    }

    /**
     * The site a host belongs to: its last two labels ("sport.example.de" is "example.de"), or three
     * under a country's second level ("news.example.co.uk" is "example.co.uk": a label of at most
     * three letters before a two-letter country code).
     */
    private static String siteOf(String host) {
        int last = host.lastIndexOf('.');
        int second = last <= 0 ? -1 : host.lastIndexOf('.', last - 1);
        if (second < 0) {
            return host;
        }
        int third = host.lastIndexOf('.', second - 1);
        boolean countrySecondLevel = host.length() - last - 1 == 2 && last - second - 1 <= 3;
        return countrySecondLevel && third >= 0 ? host.substring(third + 1) : host.substring(second + 1);
    }

    private static boolean sameSite(String host, String site) {
        return host.equals(site) || host.endsWith("." + site) || site.endsWith("." + host);
    }

    /**
     * The page's own host ({@link #isSourceList}): its address's, else its canonical address's or its
     * Open Graph address's (the head, which cleaning leaves alone); null when none is known. (Its
     * links cannot tell: by now the navigation that held them is cut.)
     */
    private static String siteHost(Element list) {
        org.jsoup.nodes.Document doc = list.ownerDocument();
        if (doc == null) {
            return null;
        }
        String own = hostOf(doc.location());
        if (own != null) {
            return own;
        }
        Element head = doc.head();
        Element canonical = head.selectFirst(CANONICAL_LINK);
        own = canonical == null ? null : hostOf(canonical.attr("href"));
        if (own != null) {
            return own;
        }
        Element og = head.selectFirst(OG_URL);
        return og == null ? null : hostOf(og.attr("content"));
    }

    /** "<b><a>Headline</a>.</b> A sentence that explains it." in a round-up list: prose with a linked lead. */
    private static boolean hasSentenceBesideLinks(TextStats.Stats s) {
        return s.chars - s.linkChars >= MIN_UNLINKED_SENTENCE_CHARS && s.ownChars > 0 && TextStats.endsSentence(s.lastOwnChar);
    }

    /** Unlinked words after the link a sentence opens with are at least this long: a predicate, not a date or a count. */
    private static final int MIN_PREDICATE_CHARS = 10;

    /** The link a sentence opens with is a short run of its words (a name, a noun phrase and its verb), not a clause of its own. */
    private static final int MAX_SUBJECT_LINK_WORDS = 6;

    /**
     * A paragraph or list item that is one sentence opened by a link: the linked words are its first few
     * ({@link #MAX_SUBJECT_LINK_WORDS}), a name or its subject, and its words carry on after the link in lower
     * case to the sentence's end ("<a>Deutschlandticket</a> kostet 63 Euro.", "<a>The Post and Courier newspaper
     * reported</a> on the closing argument:"). A teaser sets a summary beside its linked headline as a sentence
     * of its own, opening with a capital; a related link stands alone or beside a date; a call to action is
     * a linked clause ("<a>Follow our page on Facebook</a> to stay up to date.").
     */
    static boolean isSentenceOpenedByLink(Element e) {
        if (!e.nameIs("p") && !e.nameIs("li")) {
            return false;
        }
        Node first = e.firstChild();
        while (first instanceof TextNode t && t.isBlank()) {
            first = first.nextSibling();
        }
        if (!(first instanceof Element a) || !a.nameIs("a") || !(a.nextSibling() instanceof TextNode rest) || rest.nextSibling() != null) {
            return false; // one link and the unlinked rest of the sentence, nothing more
        }
        if (words(a.text()) > MAX_SUBJECT_LINK_WORDS) {
            return false;
        }
        String words = rest.text().strip();
        if (words.length() < MIN_PREDICATE_CHARS || !Character.isLowerCase(words.charAt(0)) || !Character.isWhitespace(rest.getWholeText().charAt(0))) {
            return false;
        }
        return TextStats.endsSentence(words.charAt(words.length() - 1));
    }

    /** Items of a list looked at: a list of the text's statements is a few dozen at most. */
    private static final int MAX_SENTENCE_LIST_ITEMS = 40;

    /**
     * A list ({@code ul}, {@code ol}) of two or more items, each a sentence: opened by a link
     * ({@link #isSentenceOpenedByLink}) or mostly unlinked words, ending like a sentence. "Das ändert
     * sich" and its items "<a>Deutschlandticket</a> kostet 63 Euro." is the text's list however many
     * of its words are linked; a list of related stories is headlines, none ending in a full stop.
     */
    private static boolean isListOfSentences(Element list, TextStats stats) {
        if (!list.nameIs("ul") && !list.nameIs("ol")) {
            return false;
        }
        int items = 0;
        boolean opened = false;
        for (Element li = list.firstElementChild(); li != null; li = li.nextElementSibling()) {
            TextStats.Stats s = stats.of(li);
            if (++items > MAX_SENTENCE_LIST_ITEMS || !li.nameIs("li") || s == null || s.chars == 0 || !TextStats.endsSentence(s.lastOwnChar)) {
                return false;
            }
            boolean byLink = isSentenceOpenedByLink(li);
            opened |= byLink;
            if (!byLink && s.linkDensity() > MAX_LINK_DENSITY) {
                return false;
            }
        }
        return opened && items >= 2;
    }

    /**
     * A paragraph that is one sentence with its links inside: it opens with unlinked words that run
     * on into a link (not a label ending in a colon or a separator, as "Read more: <a>…</a>" and
     * link lines do) and closes after the last link with unlinked text ending the sentence. A link
     * list is links and separators; a sentence's words carry on through its links.
     */
    private static boolean isSentenceAroundLinks(Element e) {
        if (!e.normalName().equals("p")) {
            return false;
        }
        Node first = null;
        Node last = null;
        for (Node n = e.firstChild(); n != null; n = n.nextSibling()) {
            if (!(n instanceof TextNode t && t.isBlank())) {
                if (first == null) {
                    first = n;
                }
                last = n;
            }
        }
        if (!(first instanceof TextNode opening) || !(last instanceof TextNode closing) || first == last) {
            return false;
        }
        String open = opening.text().strip();
        String close = closing.text().strip();
        if (open.length() < MIN_SENTENCE_OPENING_CHARS || close.isEmpty() || !Character.isLetterOrDigit(open.charAt(open.length() - 1))
                && open.charAt(open.length() - 1) != ',') {
            return false; // "Read more:", "Topics |": a label before links
        }
        char end = close.charAt(close.length() - 1);
        return end != ':' && TextStats.endsSentence(end);
    }

    static boolean isBoilerplateLine(Element e, String titleKey) {
        return isBoilerplateLine(e, titleKey, false);
    }

    /** True when the text opens, perhaps after a bracket, with the first character of a Chinese editor's label. */
    private static boolean opensChineseEditorLabel(String text) {
        int at = text.charAt(0) == '（' || text.charAt(0) == '(' ? 1 : 0;
        return at < text.length() && CHINESE_EDITOR_LABEL_OPENINGS.indexOf(text.charAt(at)) >= 0;
    }

    /** {@code fieldsAsked}: called for a sibling of a field, whose own siblings are not looked at again. */
    private static boolean isBoilerplateLine(Element e, String titleKey, boolean fieldsAsked) {
        return isBoilerplateLine(e, titleKey, fieldsAsked, e.text());
    }

    /** {@link #isBoilerplateLine(Element, String, boolean)} with the element's text ({@code e.text()}) read already. */
    private static boolean isBoilerplateLine(Element e, String titleKey, boolean fieldsAsked, String elementText) {
        String text = elementText.strip(); // strip, not trim: Chinese paragraphs open with ideographic spaces
        if (text.isEmpty()) {
            return false;
        }
        if (titleKey != null && Blocks.isHeading(e) && key(text).equals(titleKey)) {
            return true;
        }
        if (opensBoilerplate(text) && !MediaLines.isRunningTimeAmongFacts(e, text)) {
            return true; // a player's length alone is its line; a film's among its credits ("Regie: …", "Laufzeit: 98 Min.") is text
        }
        if (text.length() <= MAX_APP_PITCH_LINE_CHARS && isIndicAppPitch(text) && e.getElementsByTag("a").size() > 0) {
            return true; // "… के लिए जागरण ऐप डाउनलोड करें": the paper's app, linked, the reader told to download it
        }
        String words = afterPictographs(text);
        if (words != text && !words.isEmpty() && opensBoilerplate(words)) {
            return true; // "📌 LEIA TAMBÉM", "📲 Follow us on …": the pictograph decorates the line, its words say what it is
        }
        if (text.length() <= MAX_BYLINE_LINE_CHARS && BylineLeads.opensByline(text)
                && !TextStats.endsSentence(text.charAt(text.length() - 1))) {
            return true; // "By Jane Doe": "Von Montag an gilt es." is a sentence, not a byline
        }
        if (text.length() <= MAX_BYLINE_BLOCK_CHARS && BylineLeads.opensByline(text) && BylineLeads.isBylineBlock(brokenLines(e))) {
            return true; // "By JANE DOE<br>Tribune Staff Reporter<br>jdoe@…": the byline's block, its lines the name, the role, the address
        }
        if (text.length() <= MAX_PRICE_LINE_CHARS && PRICE_LINE.matcher(text).matches() && !isInTableCell(e)) {
            return true; // "24,90 €" alone: a product box's price label, no sentence of the text; a table's cell is data
        }
        if (MediaLines.isPlayerSlot(e, text)) {
            return true; // "Sendetermin: Sa, 05.12.2026, 18:40 Uhr" beside a player; a TV-tips page's several slots are its text
        }
        if (MediaLines.isPlatformRow(text) || MediaLines.isChapterItem(e, text)) {
            return true; // "Listen on Apple Podcasts | Spotify", "0:34 Police close the road": a player's furniture ({@link MediaLines})
        }
        if (isStatusBadgeLine(text)) {
            return true; // "LIVE", "+++ Eilmeldung +++" alone between paragraphs: the story's state, not its text
        }
        if (text.length() <= MAX_BYLINE_LINE_CHARS && text.startsWith("Edit") && EDITOR_CREDIT_LINE.matcher(text).matches()) {
            return true; // "Edited by Tshering Palden" closing the text: the desk's editor, credited on a line of its own
        }
        if (text.length() <= MAX_REVIEWER_LINE_CHARS && !TextStats.endsSentence(text.charAt(text.length() - 1))
                && REVIEWER_CREDIT_LINE.matcher(text).lookingAt()) {
            return true; // "Medically reviewed by Priya Natarajan, MD": the reviewer's credit beside the writer's, not the text
        }
        if (text.length() <= MAX_BYLINE_LINE_CHARS && opensChineseEditorLabel(text) && CHINESE_EDITOR_CREDIT_LINE.matcher(text).matches()) {
            return true; // "责任编辑：赵静", "（編輯：陳仁華）1151205" closing the text: the desk's editor, credited on a line of its own
        }
        if (text.length() <= MAX_BYLINE_LINE_CHARS && BylineLeads.isGreekGenitiveByline(text)) {
            return true; // "Της Μαρίας Κ.": the genitive article and a name, its initial's stop no sentence's
        }
        if (BylineLeads.isWriterAndCreditsLine(text)) {
            return true; // "Text: Anna Berg / Fotos: Max Muster": the byline's line with the photographer's credit
        }
        if (isWriterAndDateFields(text)) {
            return true; // "Autor: Jelena Marković · 2. decembar 2026.": the byline's line, its date's period no sentence's
        }
        if (isDateFieldsThenName(text) && !amongEntriesOfItsShape(e)) {
            return true; // "27 novembre 2026 · 3 min · Léa Fontaine": a static-site theme's meta line, the writer last
        }
        if (isCreditAndLabelledDate(text)) {
            return true; // "Staff Reporter | Updated: 3 Dec 2026, 10:12 IST": a desk's credit and the date field
        }
        if ((isDateFieldsLine(text) || isLabelledDateLine(text)) && !DATED_FIELD_TAGS.contains(e.normalName()) && !holdsEventDate(e)) {
            return true; // "Publicado em 20/11/2026 às 07:30 | Atualizado em 20/11/2026 às 11:02": the page's dates, no text
        }
        if (isUnmarkedCaption(e, text)) {
            return true; // "<img><p>Parkovací automat v Praze 10. Foto: ČTK</p>": a caption without its figcaption
        }
        if (text.length() <= MAX_DATELINE_CHARS && text.endsWith("Min.") && isMinutesAloneOrAfterDate(e, text)) {
            return true; // "12 Min.", "06.12.2026 12 Min.": the meta row's reading time, alone or after the date
        }
        return text.length() <= MAX_DATELINE_CHARS && !TextStats.endsSentence(text.charAt(text.length() - 1))
                && !DATED_FIELD_TAGS.contains(e.normalName()) && words(text) <= 8 && DateParser.parseText(text) != null
                && !isDatedSignature(e) && !isPeriod(text) && (fieldsAsked || !isFieldAmongFacts(e)) && !holdsEventDate(e)
                && !isDeadline(text) && !isNamedSourceItem(e);
    }

    /**
     * An item of a list of the text's sources under a label naming them ({@link #isNamedSourceList}): "Siaran pers Kementerian
     * Kesehatan, 2 Desember 2026" names a document and its day, no dateline.
     */
    private static boolean isNamedSourceItem(Element e) {
        Element list = e.parent();
        return e.nameIs("li") && list != null && isNamedSourceList(list);
    }

    /**
     * True when the short line is minutes alone ({@link #MINUTES_AT_END}: "12 Min.") or a date and then the minutes
     * ("06.12.2026 12 Min."): a meta row's reading time, which ends on the abbreviation's stop where a date line ends on
     * none. A film's running time among its credits ("Laufzeit: 98 Min.") has a label before it, no date.
     */
    private static boolean isMinutesAloneOrAfterDate(Element e, String text) {
        Matcher m = MINUTES_AT_END.matcher(text);
        if (!m.find()) {
            return false;
        }
        String before = text.substring(0, m.start()).strip();
        if (before.isEmpty()) {
            return !isInTableCell(e) && !e.nameIs("dd") && !MediaLines.isRunningTimeAmongFacts(e, text); // a film's facts: "<dt>Laufzeit</dt><dd>98 Min.</dd>"
        }
        return !TextStats.endsSentence(before.charAt(before.length() - 1)) && words(before) <= 6
                && !DATED_FIELD_TAGS.contains(e.normalName()) && DateParser.parseText(before) != null && !holdsEventDate(e);
    }

    /**
     * A picture's credit closing a line, after the caption's sentence or alone: "… in Praze 10. Foto: ČTK", "Fotó: MTI/Kovács
     * Attila", "Снимка: БГНЕС", "Fot. PAP/Jan Nowak" (the label, its colon or the abbreviation's dot, then a name or an agency).
     */
    private static final Pattern TRAILING_PICTURE_CREDIT = Pattern.compile(
            "(?:^|[.!?…]\\s+|\\s)(?:foto|fotó|fotos|photo|bild|фото|снимка|kuva|zdjęcie|φωτογραφία|fotoğraf|صورة|عکس)\\s*[:：]\\s*\\S[^.!?]{0,60}$"
                    + "|(?:^|[.!?…]\\s+)(?:fot|nuotr)\\.\\s*\\S[^!?]{0,60}$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * True when the line is a picture's caption set without figure markup: the block comes right after a picture
     * ({@code <img>} or {@code <picture>}, alone or in its link) and closes on the picture's credit ({@link
     * #TRAILING_PICTURE_CREDIT}), as newspaper CMSs write a photo box ("<div class=photo><img><p>Caption. Foto: ČTK</p></div>").
     */
    private static boolean isUnmarkedCaption(Element e, String text) {
        if (text.length() >= SHORT_LINE_CHARS) {
            return false;
        }
        Element before = e.previousElementSibling();
        if (before == null || !isPictureAlone(before) || inFigure(e)) {
            return false; // a figure's caption is marked as one, and the figure's rendering keeps it
        }
        return TRAILING_PICTURE_CREDIT.matcher(text).find();
    }

    /**
     * The parts of a slide that are its counter, when the block's whole text is a gallery's counter ({@link
     * BodyRenderer#isCounterText}: "1 / 8", "Bild 3 von 12") and the block is a slide: it holds a picture, or comes right
     * after one. A slider left between two blocks of the text keeps its picture and its counter, no words: the counter
     * says where the reader is in the slideshow. The block goes whole when it holds no picture; else the children that
     * hold the counter's text go and the picture stays. Null when the block is no slide's counter, or when the counter's
     * text and the picture share a child. Asked only of a block no longer than a counter.
     */
    private static List<Node> slideCounter(Element e, TextStats.Stats s) {
        if (s.chars == 0 || s.chars > BodyRenderer.MAX_PICTURE_COUNTER_CHARS || s.linkChars > 0) {
            return null;
        }
        String text = e.text().strip();
        if (!BodyRenderer.isCounterText(text) || isInTableCell(e)) {
            return null;
        }
        if (!holdsPicture(e)) {
            Element before = e.previousElementSibling();
            return before != null && isPictureAlone(before) ? List.of(e) : null;
        }
        List<Node> parts = new ArrayList<>();
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t ? !t.isBlank() : n instanceof Element c && !c.text().isBlank()) {
                if (n instanceof Element c && holdsPicture(c)) {
                    return null; // the picture and the counter in one box: left whole
                }
                parts.add(n);
            }
        }
        return parts.isEmpty() ? null : parts;
    }

    /**
     * The gallery's counter that opens a slide's caption box in an inline element of its own, the box right after the
     * slide's picture ("<img><div class=legend><span>2/3</span><p>Seuls quelques rangs …</p></div>"): it says where the
     * reader is in the slideshow, as a counter alone does ({@link #slideCounter}), and the caption after it stays. Null when
     * the box opens otherwise. Only the box's first child is asked, and only after a picture.
     */
    private static Element leadingSlideCounter(Element e) {
        Element before = e.previousElementSibling();
        if (before == null || !isPictureAlone(before)) {
            return null;
        }
        Node first = e.firstChild();
        while (first instanceof TextNode t && t.isBlank()) {
            first = first.nextSibling();
        }
        if (!(first instanceof Element c) || Blocks.isBlock(c) || c.childNodeSize() != 1 || !(c.firstChild() instanceof TextNode)) {
            return null;
        }
        String text = c.text().strip();
        return text.length() <= BodyRenderer.MAX_PICTURE_COUNTER_CHARS && BodyRenderer.isCounterText(text) ? c : null;
    }

    /** True when the element is or holds an {@code <img>} or {@code <picture>}. */
    private static boolean holdsPicture(Element e) {
        return e.nameIs("img") || e.nameIs("picture") || !e.getElementsByTag("img").isEmpty() || !e.getElementsByTag("picture").isEmpty();
    }

    /** Ancestors asked for a figure around a caption: the caption, a box or two in it. */
    private static final int MAX_FIGURE_DEPTH = 3;

    /** True when the block is a figure's caption or sits in a figure, a few boxes down. */
    private static boolean inFigure(Element e) {
        return isOrSitsIn(e, MAX_FIGURE_DEPTH, "figure", "figcaption");
    }

    /** An {@code <img>} or {@code <picture>}, or a link holding one and no text. */
    private static boolean isPictureAlone(Element e) {
        String tag = e.normalName();
        if (tag.equals("img") || tag.equals("picture")) {
            return true;
        }
        if (!tag.equals("a")) {
            return false; // asked before the children are counted: counting builds the list of the element's children
        }
        Element only = e.childrenSize() == 1 ? e.firstElementChild() : null;
        return only != null && (only.normalName().equals("img") || only.normalName().equals("picture")) && e.text().isBlank();
    }

    /** A line of a status badge alone is this short at most ("+++ Live-Ticker +++"). */
    private static final int MAX_STATUS_BADGE_LINE_CHARS = 40;

    /**
     * The badge words of a live page besides the status badges of headlines ({@link TitleCleaner#STATUS_BADGE_WORDS}):
     * its ticker's name, "Ticker", "Liveticker", "Live-Ticker", "Newsticker", "Liveblog", "Live-Update".
     */
    private static final String TICKER_BADGE_WORDS = "(?:live[- ]?|news)?ticker|live[- ]?blog|live[- ]?updates?";

    /** Badge words that are no word of a sentence's either, so a line of them alone is a badge in any case. */
    private static final Pattern UNAMBIGUOUS_BADGE = Pattern.compile("(?iu)eilmeldung|breaking news|" + TICKER_BADGE_WORDS);

    /** A line that is a status or ticker badge alone, perhaps between ticker marks ("+++ Eilmeldung +++", "• LIVE •"). */
    private static final Pattern STATUS_BADGE_LINE = Pattern.compile(
            "[+*•\s]*(" + TitleCleaner.STATUS_BADGE_WORDS + "|" + TICKER_BADGE_WORDS + ")[+*•!:\s]*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * True when the line is a live page's badge alone, as tickers set one between their entries ("LIVE", "+++ Ticker +++",
     * "Eilmeldung"): a status word of a headline's badge or a ticker's name, in capitals, in a script without case,
     * between ticker marks ("+++"), or a word no sentence is made of ("Eilmeldung", "Liveticker"). "Live" in sentence
     * case alone may head a concert review's part and is left.
     */
    static boolean isStatusBadgeLine(String text) {
        if (text.length() > MAX_STATUS_BADGE_LINE_CHARS) {
            return false;
        }
        Matcher m = STATUS_BADGE_LINE.matcher(text);
        if (!m.matches()) {
            return false;
        }
        String word = m.group(1);
        return text.contains("+++") || UNAMBIGUOUS_BADGE.matcher(word).matches()
                || word.equals(word.toUpperCase(Locale.ROOT)); // capitals, or a script without case
    }

    /** A meta line of a byline's and a date's fields is this short at most. */
    private static final int MAX_META_LINE_CHARS = 120;

    /** Fields of such a meta line at most: the writer, the published and the updated date, a reading time. */
    private static final int MAX_META_LINE_FIELDS = 4;

    /** What parts a meta line's fields: a middle dot, a bullet or a bar between spaces. */
    private static final Pattern META_LINE_FIELD_BREAK = Pattern.compile("\\s+[·•|]\\s+");

    /**
     * True when the line is a meta line of fields set off by a middle dot, a bullet or a bar, one the writer's
     * (a lead and a name, {@link BylineLeads#isWriterField}) and the others dates: "Autor: Jelena Marković ·
     * 2. decembar 2026.", "Actualizat: 2 decembrie 2026, 10:15 · Publicat: ... · de Mihaela Constantinescu".
     * Its last character may be a date's period (Serbian, Croatian, Czech and German write the year so),
     * which marks no sentence.
     */
    static boolean isWriterAndDateFields(String text) {
        if (text.length() > MAX_META_LINE_CHARS || text.indexOf('·') < 0 && text.indexOf('•') < 0 && text.indexOf('|') < 0) {
            return false;
        }
        String[] fields = META_LINE_FIELD_BREAK.split(text.strip(), MAX_META_LINE_FIELDS + 1);
        if (fields.length < 2 || fields.length > MAX_META_LINE_FIELDS) {
            return false;
        }
        boolean writer = false;
        boolean dated = false;
        for (String field : fields) {
            if (!writer && BylineLeads.isWriterField(field)) {
                writer = true;
            } else if (words(field) <= 8 && (DateParser.parseText(field) != null || isRelativeTimeField(field))
                    || writer && isYearlessDayField(field)) {
                dated = true;
            } else {
                return false;
            }
        }
        return writer && dated;
    }

    /** A day and month without a year, as a blog's meta line shows the day after the writer: "May 3", "3. Mai". */
    private static final int MAX_YEARLESS_DAY_FIELD_WORDS = 3;

    /**
     * True when the field is a day and its month alone, no year ("May 3", "3. Mai", "3 di mei"): after the writer's field
     * ("Written by Tom Haverly · May 3", "Geschrieben von Lena Hartung | 3. Mai") the line's other field, the day of the post.
     */
    private static boolean isYearlessDayField(String field) {
        return words(field) <= MAX_YEARLESS_DAY_FIELD_WORDS && DateParser.yearless(field, DateLanguage.UNKNOWN) != null;
    }

    /**
     * True when the line is a meta line that opens with the date and names the writer last, the fields between them
     * figures (a reading time, a word count), set off by a middle dot, a bullet or a bar: "27 novembre 2026 · 3 min · Léa
     * Fontaine", as Hugo's PaperMod and other static-site themes write it under the title ({@link
     * BylineLeads#nameAfterDateFields}). Its first field reads as a date: "1998 · 2 goals · Jane Doe" is no page's date.
     */
    static boolean isDateFieldsThenName(String text) {
        if (text.length() > MAX_META_LINE_CHARS || text.indexOf('·') < 0 && text.indexOf('•') < 0 && text.indexOf('|') < 0
                || !Character.isDigit(text.charAt(0)) && !Character.isLetter(text.charAt(0))) {
            return false;
        }
        if (BylineLeads.nameAfterDateFields(text) == null) {
            return false;
        }
        String first = META_LINE_FIELD_BREAK.split(text.replace('\u00A0', ' ').strip(), 2)[0];
        return words(first) <= MAX_DATE_FIELD_WORDS && DateParser.parseText(first) != null;
    }

    /**
     * True when the line stands among entries of its own shape ({@link #isDateFieldsThenName}): a list's item, or a
     * block whose sibling of its tag before or after is such a line too ("October 14, 2026 · 52 min · Aoife Gallagher" over the next
     * episode's), as a podcast's episodes or a conference's talks are listed. The page's meta line stands alone.
     */
    private static boolean amongEntriesOfItsShape(Element e) {
        if (e.normalName().equals("li") || e.closest(LIST_ITEM) != null) {
            return true;
        }
        for (Element sibling : new Element[] {e.previousElementSibling(), e.nextElementSibling()}) {
            if (sibling != null && sibling.normalName().equals(e.normalName()) && isDateFieldsThenName(sibling.text())) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the short line is the page's date fields alone, two or more: dates set off by a middle dot, a bullet or
     * a bar, or by a date field's label ({@link #DATE_FIELD_LABELS}) before the second, one label at least ("22 novembre 2026 Ultimo
     * aggiornamento: 22 novembre 2026, 21:40", "Publicado em 20/11/2026 às 07:30 | Atualizado em 20/11/2026 às 11:02").
     * Each field, its label taken off, reads as a date of a few words: the meta line under a headline, which a line of
     * one date alone is already read as ({@code isBoilerplateLine}); a sentence naming two dates has words between them.
     */
    static boolean isDateFieldsLine(String text) {
        if (text.length() > MAX_META_LINE_CHARS || !Words.holdsDigit(text) || TextStats.endsSentence(text.charAt(text.length() - 1))) {
            return false;
        }
        // the first label sought where one can start: most short lines hold none and are refused without the pattern
        Matcher label = DATE_FIELD_LABEL_SOUGHT.found(text);
        if (label == null) {
            return false; // two dates and no label: an event's period ("29 November 2018 | 20 January 2019"), not the page's dates
        }
        List<String> pieces = new ArrayList<>();
        int at = 0;
        do {
            pieces.add(text.substring(at, label.start()));
            at = label.end();
        } while (label.find());
        pieces.add(text.substring(at));
        int dates = 0;
        for (String piece : pieces) {
            for (String field : META_LINE_FIELD_BREAK.split(piece)) {
                String f = field.strip();
                if (f.isEmpty() || f.equals("·") || f.equals("•") || f.equals("|")) {
                    continue;
                }
                if (dates >= MAX_META_LINE_FIELDS || words(f) > MAX_DATE_FIELD_WORDS
                        || DateParser.parseText(f) == null && !isRelativeTimeField(f) && !CLOCK_FIELD.matcher(f).matches()) {
                    return false;
                }
                dates++;
            }
        }
        return dates >= 2;
    }

    /**
     * True when the short line is one date field, its label first: "Originally Published: December 5, 2026 at 6:00 AM MST",
     * "Veröffentlicht am 3. Dezember 2026, 14:12 Uhr". The label and a date of a few words are all it holds: the page's
     * date, set again under the text by the CMS; a line of the date alone is already read so, and a sentence about a
     * date has words before it or after it.
     */
    static boolean isLabelledDateLine(String text) {
        if (text.length() > MAX_META_LINE_CHARS || !Words.holdsDigit(text) || TextStats.endsSentence(text.charAt(text.length() - 1))) {
            return false;
        }
        Matcher label = DATE_FIELD_LABEL_SOUGHT.found(text);
        if (label == null || label.start() != 0) {
            return false;
        }
        String date = text.substring(label.end()).strip();
        return !date.isEmpty() && words(date) <= MAX_DATE_FIELD_WORDS && DateParser.parseText(date) != null;
    }

    /**
     * A time told relative to now, as a meta line's update field says it ("há 2 horas", "3 ore fa", "2 hours ago", "il y a
     * 5 minutes", "vor 3 Stunden", "hace 2 horas", "2 uur geleden"): a count and a unit of minutes, hours or days.
     */
    private static final Pattern RELATIVE_TIME = Pattern.compile(
            "(?:há|ha) \\d{1,2} (?:minutos?|min|horas?|h|dias?)|\\d{1,2} (?:minutes?|mins?|hours?|hrs?|days?) ago"
                    + "|\\d{1,2} (?:minut[oi]|or[ae]|giorn[oi]) fa|il y a \\d{1,2} (?:minutes?|min|heures?|h|jours?)"
                    + "|vor \\d{1,2} (?:minuten?|min\\.?|stunden?|std\\.?|tagen?)|hace \\d{1,2} (?:minutos?|min|horas?|h|días?)"
                    + "|\\d{1,2} (?:minuten|min\\.?|uur|dagen?) geleden",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * A date field that a labelled meta line gives without its year, or as the time alone: the day and month with
     * the period of ordinal numbers ("5.12.", "5.12. 14:30", as Finnish, Scandinavian and German pages write this
     * year's days) and the time of day after it or alone ("14:30", "kl. 16.02", "klo 16.10", "om 12:40"), the
     * update field beside a full date. Only read as a field of a line that {@link #isDateFieldsLine} found a date
     * field's label in, every other field a date too: alone, "16.02" is as likely a number.
     */
    private static final Pattern CLOCK_FIELD = Pattern.compile(
            "(?iu)(?:\\d{1,2}\\.\\d{1,2}\\.(?:\\s*(?:kl\\.?|klo|om|um|at)?\\s*\\d{1,2}[:.]\\d{2})?"
                    + "|(?:kl\\.?|klo|om|um|at)?\\s*\\d{1,2}[:.]\\d{2})");

    /** True when the field, its date label taken off ("Atualizado há 2 horas", "Aggiornato 3 ore fa"), is a {@link #RELATIVE_TIME} alone. */
    static boolean isRelativeTimeField(String field) {
        String f = field.strip();
        if (!Words.holdsDigit(f)) {
            return false;
        }
        Matcher label = DATE_FIELD_LABEL.matcher(f);
        return RELATIVE_TIME.matcher(label.lookingAt() ? f.substring(label.end()) : f).matches();
    }

    /** A date field of a meta line is this many words at most ("22 novembre 2026, 21:40", "20/11/2026 às 07:30"). */
    private static final int MAX_DATE_FIELD_WORDS = 8;

    /**
     * The line without the pictographs and marks that open it (emoji, "▶", "📌"), or the line itself when none does: a
     * symbol decorating a line is no word of it.
     */
    static String afterPictographs(String text) {
        int i = 0;
        int n = text.length();
        while (i < n) {
            int cp = text.codePointAt(i);
            int type = Character.getType(cp);
            if (type == Character.OTHER_SYMBOL || type == Character.MODIFIER_SYMBOL || type == Character.NON_SPACING_MARK
                    || type == Character.FORMAT || Character.isWhitespace(cp) || cp == 0x00a0) {
                i += Character.charCount(cp);
            } else {
                break;
            }
        }
        return i == 0 ? text : text.substring(i);
    }

    /**
     * The labels of a page's date field, as a meta line sets one after the credit: updated, (originally) published, posted,
     * in English, German, French, Spanish, Portuguese, Italian, Dutch, Bengali and Hindi; Swedish, Norwegian (both written
     * forms), Danish, Finnish, Icelandic and Luxembourgish ("Publicerad", "Oppdatert", "Julkaistu", "Päivitetty", "Uppfært",
     * "Publizéiert"), Dutch "Laatste update", Danish "Offentliggjort", and the Baltic languages' published and updated
     * (Latvian "Publicēts", "Atjaunots", "Labots", edited; Lithuanian "Paskelbta", "Atnaujinta"; Estonian "Avaldatud",
     * "Uuendatud"). Longer forms first.
     */
    static final List<String> DATE_FIELD_LABELS = List.of("last updated", "updated on", "updated at", "updated",
            "originally published on", "originally published", "first published on", "first published", "published on", "published", "posted on", "posted", "aktualisiert am", "aktualisiert", "veröffentlicht am",
            "veröffentlicht", "stand", "mis à jour le", "mis à jour", "publié le", "publié", "actualizado el", "actualizado",
            "publicado el", "publicado em", "publicado", "atualizado em", "atualizado", "ultimo aggiornamento", "aggiornato il",
            "aggiornato", "pubblicato il", "pubblicato", "bijgewerkt op", "bijgewerkt", "gepubliceerd op", "gepubliceerd", "শেষ আপডেট", "আপডেট",
            "প্রকাশিত", "অন্তিম আপডেট", "अंतिम अपडेट", "अपडेटेड", "अपडेट", "प्रकाशित", "laatste update", "update",
            "publicerad", "publicerat", "uppdaterad", "uppdaterat", "publisert", "oppdatert", "publiceret", "opdateret",
            "udgivet", "offentliggjort", "julkaistu", "päivitetty", "birt", "uppfært", "publizéiert", "aktualiséiert",
            "publicēts", "atjaunināts", "atjaunots", "labots", "paskelbta", "atnaujinta", "avaldatud", "uuendatud");

    /** A date field's label ({@link #DATE_FIELD_LABELS}) as whole words, perhaps closed by a colon. */
    private static final Pattern DATE_FIELD_LABEL = Pattern.compile("(?iu)(?<![\\p{L}\\p{M}])(?:"
            + DATE_FIELD_LABELS.stream().map(Pattern::quote).collect(Collectors.joining("|")) + ")(?![\\p{L}\\p{M}])\\s*[:：]?\\s*");

    /** {@link #DATE_FIELD_LABEL} searched from the first place one of its labels can start ({@link Notices.Sought}). */
    static final Notices.Sought DATE_FIELD_LABEL_SOUGHT = Notices.Sought.of(DATE_FIELD_LABEL);

    /** What parts the credit's fields before the date: a middle dot, a bullet, a bar, a comma, a dash. */
    private static final Pattern CREDIT_FIELD_BREAK = Pattern.compile("\\s*[·•|,–—]\\s*|\\s+-\\s+");

    /** A place after the credit ("Kochi", "কলকাতা") is a word or two. */
    private static final int MAX_PLACE_WORDS = 2;

    /**
     * True when the short line is a credit, perhaps a place, and a labelled date field, the label mid-line:
     * "Staff Reporter | Updated: 3 Dec 2026, 10:12 IST", "Redaktion · Aktualisiert am 3. Dezember 2026",
     * "নিজস্ব সংবাদদাতা কলকাতা শেষ আপডেট: ০২ ডিসেম্বর ২০২৬". The credit is the writer's ({@link BylineLeads#isWriterField})
     * or a desk's with no one named; what follows the label reads as a date. Such a line is the byline's, not text.
     */
    static boolean isCreditAndLabelledDate(String text) {
        if (text.length() > MAX_META_LINE_CHARS || !Words.holdsDigit(text)) {
            return false;
        }
        Matcher label = DATE_FIELD_LABEL_SOUGHT.found(text);
        if (label == null || label.start() == 0) {
            return false;
        }
        String date = text.substring(label.end()).strip();
        if (date.isEmpty() || words(date) > 8 || DateParser.parseText(date) == null) {
            return false;
        }
        String before = text.substring(0, label.start()).strip();
        String[] fields = CREDIT_FIELD_BREAK.split(before);
        List<String> kept = new ArrayList<>();
        for (String f : fields) {
            if (!f.isBlank()) {
                kept.add(f.strip());
            }
        }
        if (kept.isEmpty() || kept.size() > 3) {
            return false;
        }
        for (int i = 1; i < kept.size(); i++) {
            if (words(kept.get(i)) > MAX_PLACE_WORDS) {
                return false;
            }
        }
        String credit = kept.get(0);
        if (BylineLeads.isWriterOrDeskField(credit)) {
            return true;
        }
        if (kept.size() > 1) {
            return false;
        }
        // a place set after the credit with no mark between ("নিজস্ব সংবাদদাতা কলকাতা")
        String[] w = credit.split("\\s+");
        for (int drop = 1; drop <= MAX_PLACE_WORDS && drop < w.length; drop++) {
            if (BylineLeads.isWriterOrDeskField(String.join(" ", java.util.Arrays.copyOf(w, w.length - drop)))) {
                return true;
            }
        }
        return false;
    }


    /**
     * Parts of the words that label a deadline, lower case: German and Nordic compounds of "Frist"
     * and "Schluss" ("Bewerbungsfrist", "Ansøgningsfrist", "Søknadsfrist", "Anmeldeschluss"), and the
     * words of other languages ("deadline", "closing date", "date limite", "fecha límite", "plazo",
     * "scadenza", "sluitingsdatum", Polish and Czech "termin"/"termín", "uzávěrka"). A date so labelled
     * is a term of the text (a job ad's, a call's, a notice's), not its dateline.
     */
    static final List<String> DEADLINE_LABEL_PARTS = List.of("frist", "schluss", "deadline", "closing date", "date limite",
            "fecha límite", "fecha limite", "plazo", "scadenza", "sluitingsdatum", "termin", "termín", "uzávěrka");

    /**
     * Parts of the words that label a product's date, lower case: the best-before, use-by and expiry dates a recall notice
     * or a product test gives ("Mindesthaltbarkeitsdatum", "MHD", "Verbrauchsdatum", "Fecha de caducidad", "consumo
     * preferente", "date limite de consommation", "à consommer jusqu'au", "DLC", "DDM", "da consumarsi", "ten minste
     * houdbaar tot", "najlepiej spożyć przed", "data ważności", "validade", "son tüketim", "best before", "use by",
     * "expiry"). A date so labelled is the product's, a term of the text, not its dateline.
     */
    static final List<String> PRODUCT_DATE_LABEL_PARTS = List.of("mindesthaltbar", "mhd", "verbrauchsdatum", "caducidad",
            "consumo preferente", "consommer", "dlc", "ddm", "dluo", "da consumarsi", "houdbaar", "spożyć", "ważności",
            "validade", "son tüketim", "best before", "use by", "expiry", "expiration");

    /** A label is at most this long: the words before the colon of "Bewerbungsfrist: 15. Januar". */
    private static final int MAX_LABEL_CHARS = 40;

    /**
     * True when the line opens with a label naming a deadline ({@link #DEADLINE_LABEL_PARTS}) or a product's date
     * ({@link #PRODUCT_DATE_LABEL_PARTS}) before a colon: a term of the text.
     */
    static boolean isDeadline(String text) {
        int colon = text.indexOf(':');
        if (colon <= 0 || colon > MAX_LABEL_CHARS) {
            return false;
        }
        String label = text.substring(0, colon).toLowerCase(Locale.ROOT);
        for (String part : DEADLINE_LABEL_PARTS) {
            if (label.contains(part)) {
                return true;
            }
        }
        for (String part : PRODUCT_DATE_LABEL_PARTS) {
            if (label.contains(part)) {
                return true;
            }
        }
        return false;
    }

    /**
     * schema.org's properties of the date of the thing a page describes, set as microdata: an
     * Event's start, end and door time ({@code <time itemprop="startDate">}). A line holding one is
     * the event's date, content of its page; a publication's dateline is {@code datePublished}.
     */
    static final Set<String> EVENT_DATE_ITEMPROPS = Set.of("startdate", "enddate", "doortime");

    /** Elements looked at in a short dated line for an event's date: a label, a time, a few spans. */
    private static final int MAX_EVENT_DATE_ELEMENTS = 24;

    /** True when the line or an element in it carries an event's date as microdata ({@link #EVENT_DATE_ITEMPROPS}). */
    private static boolean holdsEventDate(Element line) {
        int asked = 0;
        Element x = line;
        while (x != null && asked++ < MAX_EVENT_DATE_ELEMENTS) {
            String itemprop = Blocks.attr(x, "itemprop");
            if (!itemprop.isEmpty() && EVENT_DATE_ITEMPROPS.contains(itemprop.strip().toLowerCase(Locale.ROOT))) {
                return true;
            }
            x = EdgeTrimmer.nextElement(x, line);
        }
        return false;
    }

    /** Label elements of a field's line ("<b>Datum:</b> 19. Februar"). */
    private static final Set<String> FIELD_LABEL_TAGS = Set.of("b", "strong");

    /** The lines of a fact sheet: the items of a list, or paragraphs one under the other ("<p><b>Ort:</b> Stadthalle</p>"). */
    private static final Set<String> FACT_LINE_TAGS = Set.of("li", "p");

    /** A list item is a fact of a list of facts when at least this many of its siblings are facts too. */
    private static final int MIN_FACT_SIBLINGS = 2;

    /** Siblings looked at for facts: a fact sheet is a short list. */
    private static final int MAX_FACT_SIBLINGS_ASKED = 12;

    /**
     * True when the element is a labelled field ("<b>Datum:</b> Donnerstag, 19. Februar 2026") in a
     * list whose other items are labelled fields too, at least {@link #MIN_FACT_SIBLINGS} of them
     * neither dates nor boilerplate ("Ort: Naturschutzzentrum", "Kosten: Eintritt frei"): an event's
     * or a place's fact sheet, where the date is the thing's date, like a {@code <dd>}'s. A post's
     * meta list ("Datum: …", "Autor: Redaktion", "Lesezeit: 2 Minuten") has no such facts beside
     * its date: its other lines are a byline and a reading time.
     */
    private static boolean isFieldAmongFacts(Element e) {
        return isLabelledFactLine(e) && hasFactFields(e, false);
    }

    /**
     * True when the line is a field of a fact sheet ({@link #isFieldAmongFacts}'s list, itself
     * counted): a labelled field with at least {@link #MIN_FACT_SIBLINGS} fields of its list, or of
     * its run of paragraphs, neither dates nor boilerplate ("Miejsce: Rynek Główny", "Wstęp:
     * bezpłatny"). Such lines at the top of the text are the event's facts, not a post's crumbs
     * ({@link EdgeTrimmer}); a meta list's "Autor:" and "Lesezeit:" lines are no facts.
     */
    static boolean isFactSheetLine(Element e) {
        return isLabelledFactLine(e) && hasFactFields(e, true);
    }

    /** True when the element is a line of a kind fact sheets are set in, opened by a label. */
    private static boolean isLabelledFactLine(Element e) {
        return FACT_LINE_TAGS.contains(e.normalName()) && isLabelledField(e);
    }

    /**
     * True when the element's list (its parent's first {@link #MAX_FACT_SIBLINGS_ASKED} children) holds at
     * least {@link #MIN_FACT_SIBLINGS} labelled fields that are neither dates nor boilerplate, the element
     * itself counted only when {@code countingItself}.
     */
    private static boolean hasFactFields(Element e, boolean countingItself) {
        int facts = 0;
        int asked = 0;
        Element list = e.parent();
        for (Element s = list == null ? null : list.firstElementChild(); s != null && asked++ < MAX_FACT_SIBLINGS_ASKED; s = s.nextElementSibling()) {
            if ((countingItself || s != e) && isLabelledField(s) && !isBoilerplateLine(s, null, true)
                    && DateParser.parseText(s.text()) == null && ++facts >= MIN_FACT_SIBLINGS) {
                return true;
            }
        }
        return false;
    }

    /** True when the element opens with a bold label ending in a colon, a value after it. */
    private static boolean isLabelledField(Element e) {
        Element label = e.firstElementChild();
        if (label == null || !FIELD_LABEL_TAGS.contains(label.normalName())) {
            return false;
        }
        String labelText = label.text().strip();
        String text = e.text().strip();
        return labelText.endsWith(":") && text.startsWith(labelText) && text.length() > labelText.length();
    }

    /**
     * Words that join the two ends of a period ("27. Juni bis 29. Juni", "3 to 5 May", "du 4 au 6
     * juillet", "del 2 al 9 de mayo", "van 3 tot 5 mei", "od 2 do 4 lipca"). A dash is not among them:
     * it also joins a dateline's date and time ("14.03.2025 – 06:00 Uhr").
     */
    static final Set<String> PERIOD_JOINERS = Set.of(
            "bis", "to", "until", "till", "through", "au", "jusqu'au", "al", "hasta", "tot", "do", "t/m");

    /** Words looked at on each side of a joiner for a number: "27. Juni bis Sonntag, 29. Juni" has two between. */
    private static final int PERIOD_END_WORDS = 3;

    /**
     * True when the line is a period, a date range: a {@link #PERIOD_JOINERS} word with a number
     * among the few words on each side of it. An event's or an exhibition's dates, the content of its
     * page; a publication's dateline is one instant.
     */
    static boolean isPeriod(String text) {
        String[] w = SPACES.split(text.toLowerCase(Locale.ROOT));
        for (int i = 1; i < w.length - 1; i++) {
            if (PERIOD_JOINERS.contains(w[i]) && hasDigit(w, i - PERIOD_END_WORDS, i) && hasDigit(w, i + 1, i + 1 + PERIOD_END_WORDS)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasDigit(String[] words, int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(words.length, to); i++) {
            for (int j = 0; j < words[i].length(); j++) {
                if (Character.isDigit(words[i].charAt(j))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * True when the block is set in lines by {@code <br>}, the first dated and a later one not: a
     * signature ("Lindenfeld, 08.03.2024 / Petra Ohlig / Bürgermeisterin") or an issuer's block under
     * a notice's date, where a dateline is one line (or lines of dates: "Published … / Updated …").
     * A byline's block names the writer first.
     */
    private static boolean isDatedSignature(Element e) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (Node n : e.childNodes()) {
            if (n instanceof Element child && child.normalName().equals("br")) {
                lines.add(line.toString().strip());
                line.setLength(0);
            } else if (n instanceof TextNode t) {
                line.append(t.text());
            } else if (n instanceof Element child) {
                line.append(child.text());
            }
        }
        lines.add(line.toString().strip());
        lines.removeIf(String::isEmpty);
        if (lines.size() < 2 || DateParser.parseText(lines.get(0)) == null) {
            return false;
        }
        for (int i = 1; i < lines.size(); i++) {
            if (DateParser.parseText(lines.get(i)) == null) {
                return true;
            }
        }
        return false;
    }

    /** A byline's block set in lines ({@link BylineLeads#isBylineBlock}) is this long at most: four short lines. */
    private static final int MAX_BYLINE_BLOCK_CHARS = 200;

    /**
     * The element's lines as {@code <br>} sets them, each stripped, the empty ones left out; no lines (an empty list) when a
     * child is a block, whose own lines the walk reads.
     */
    private static List<String> brokenLines(Element e) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (Node c : e.childNodes()) {
            if (c instanceof Element el && el.nameIs("br")) {
                addLine(lines, line);
            } else if (c instanceof Element el && Blocks.isBlock(el)) {
                return List.of();
            } else if (c instanceof Element el) {
                List<String> inner = el.getElementsByTag("br").isEmpty() ? null : brokenLines(el); // "<strong>By X<br>Staff Reporter</strong>"
                if (inner == null) {
                    line.append(el.text());
                } else if (inner.isEmpty()) {
                    return List.of();
                } else {
                    line.append(inner.get(0));
                    for (int k = 1; k < inner.size(); k++) {
                        addLine(lines, line);
                        line.append(inner.get(k));
                    }
                }
            } else if (c instanceof TextNode t) {
                line.append(t.text());
            }
        }
        addLine(lines, line);
        return lines;
    }

    private static void addLine(List<String> lines, StringBuilder line) {
        String s = line.toString().strip();
        if (!s.isEmpty()) {
            lines.add(s);
        }
        line.setLength(0);
    }

    /** A block is read for lines set by {@code <br>} when it has this many child nodes at least: two lines and their break. */
    private static final int MIN_BROKEN_LINES_NODES = 3;

    /**
     * Marks the lines of the block, set apart by {@code <br>} as Blogger's post body and older editors set a whole text,
     * that are a boilerplate line whose link carries most of it: a label and its link on a line of their own ("<b>මේවාත් කියවන්න:</b>
     * <a>…</a><br>", "Ẹ tún ka: <a>…</a>", "Read also: <a>…</a>"), as a paragraph of them is cut ({@link #opensBoilerplate}).
     * The line's inline nodes and the break closing it go; a line holding a block is left to the walk. One pass over the
     * block's children.
     */
    private static void markBoilerplateBrokenLines(Element block, Removals removals) {
        int n = block.childNodeSize();
        if (n < MIN_BROKEN_LINES_NODES) {
            return;
        }
        int from = 0;
        boolean broken = false;
        for (int i = 0; i <= n; i++) {
            Node c = i < n ? block.childNode(i) : null;
            boolean br = c instanceof Element el && el.nameIs("br");
            if (c instanceof Element el && !br && Blocks.isBlock(el)) {
                from = -1; // a block in this line: not a line of text
                continue;
            }
            if (!br && c != null) {
                continue;
            }
            broken |= br;
            if (broken && from >= 0 && i > from) {
                markIfBoilerplateLine(block, from, i, c, removals);
            }
            from = i + 1;
        }
    }

    /** Marks the nodes {@code [from, to)} of the block and the break after them when they are a linked boilerplate line. */
    private static void markIfBoilerplateLine(Element block, int from, int to, Node closingBreak, Removals removals) {
        StringBuilder line = new StringBuilder();
        int linkChars = 0;
        for (int k = from; k < to; k++) {
            Node c = block.childNode(k);
            if (c instanceof TextNode t) {
                line.append(t.text());
            } else if (c instanceof Element el) {
                line.append(el.text());
                for (Element a : el.nameIs("a") ? List.of(el) : el.select(ANY_LINK)) {
                    linkChars += a.text().length();
                }
            }
            if (line.length() > SHORT_LINE_CHARS) {
                return;
            }
        }
        String text = line.toString().strip();
        // a label and its link: the link carries most of the line (a notice naming the site's address in passing is a notice's own line)
        if (text.isEmpty() || linkChars * 2 < text.length() || !opensBoilerplate(text)) {
            return;
        }
        for (int k = from; k < to; k++) {
            removals.mark(block.childNode(k));
        }
        if (closingBreak != null) {
            removals.mark(closingBreak);
        }
    }

    /** A line closed by {@link #INDIC_APP_PITCH} is this long at most: a sentence, not a paragraph. */
    private static final int MAX_APP_PITCH_LINE_CHARS = 200;

    /** The verb "download" as the languages of India write the English word: one of them must be in a line before its pattern is tried. */
    private static final List<String> INDIC_DOWNLOAD_WORDS = List.of("डाउनलोड", "ডাউনলোড", "ಡೌನ್", "ഡൗൺലോഡ്", "ડાઉનલોડ", "ਡਾਊਨਲੋਡ",
            "டவுன்லோட்", "డౌన్", "ڈاؤن");

    /**
     * A line closed by the imperative to download an app, as the papers of India set it under the text in their languages
     * ("देश-दुनिया की हर ताज़ा खबर … के लिए जागरण ऐप डाउनलोड करें", "ವಿಜಯ ಕನ್ನಡ ಆ್ಯಪ್‌ ಡೌನ್‌ಲೋಡ್‌ ಮಾಡಿ: Android | iOS",
     * "লেটেস্ট খবর পেতে অ্যাপ ডাউনলোড করুন"): "app", the borrowed verb "download" and the polite imperative addressed to the
     * reader (Hindi "करें", Marathi "करा", Bengali "করুন", Kannada "ಮಾಡಿ", Malayalam "ചെയ്യൂ", Gujarati "કરો", Punjabi "ਕਰੋ",
     * Tamil "செய்யுங்கள்", Telugu "చేసుకోండి", Urdu "کریں"), at most the stores' names after it. A report's sentence states
     * what someone did or must do ("यात्रियों को ऐप डाउनलोड करना होगा"); only the pitch ends on the imperative, and a link.
     */
    private static final Pattern INDIC_APP_PITCH = Pattern.compile(
            "(?:ऐप|एप|ॲप|অ্যাপ|ಆ್ಯಪ್|ആപ്പ്|ആപ്|એપ|ਐਪ|ஆப்|యాప్|ایپ)\\S*\\s+(?:\\S+\\s+)?(?:डाउनलोड|ডাউনলোড|ಡೌನ್\u200c?ಲೋಡ್|ഡൗൺലോഡ്|ડાઉનલોડ|ਡਾਊਨਲੋਡ"
                    + "|டவுன்லோட்|డౌన్\u200c?లోడ్|ڈاؤن\\s?لوڈ)\\S*\\s+(?:करें|कीजिए|करा|করুন|ಮಾಡಿ|ಮಾಡಿಕೊಳ್ಳಿ|ചെയ്യൂ|ചെയ്യുക|કરો|ਕਰੋ|செய்யுங்கள்"
                    + "|செய்யவும்|చేసుకోండి|చేయండి|کریں)(\\s*[:：|-]\\s*(?:android|ios|google play|app store|play store)"
                    + "(?:\\s*[|/,&]\\s*(?:android|ios|google play|app store|play store))?)?\\s*[.!।]?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * "News" and "updates" in the languages of {@link #INDIC_APP_PITCH}: a pitch offers the paper's news ("ताज़ा खबर के लिए …"),
     * or names the stores; a story's line relaying an advice ("रेलवे ने कहा कि यात्री रेल मदद ऐप डाउनलोड करें") does neither.
     */
    private static final List<String> INDIC_NEWS_WORDS = List.of("खबर", "ख़बर", "समाचार", "न्यूज", "न्यूज़", "अपडेट", "बातम्या",
            "খবর", "সংবাদ", "ಸುದ್ದಿ", "ವಾರ್ತೆ", "വാർത്ത", "સમાચાર", "ਖ਼ਬਰ", "ਖਬਰ", "செய்தி", "వార్త", "خبر");

    /** True when the line ends with {@link #INDIC_APP_PITCH}; asked of a line holding a word of {@link #INDIC_DOWNLOAD_WORDS} only. */
    static boolean isIndicAppPitch(String text) {
        for (String word : INDIC_DOWNLOAD_WORDS) {
            if (text.contains(word)) {
                Matcher m = INDIC_APP_PITCH.matcher(text);
                return m.find() && (m.group(1) != null || INDIC_NEWS_WORDS.stream().anyMatch(text::contains));
            }
        }
        return false;
    }

    /** Phrases a boilerplate line starts with, and the pattern of the rest of the line. */
    private record Phrases(List<String> starts, String rest) {
    }

    private static Map<Character, Pattern> byInitial() {
        Map<Character, Pattern> out = new HashMap<>();
        for (char initial : BOILERPLATE_INITIALS.toCharArray()) {
            String branches = BOILERPLATE.stream()
                    .map(p -> new Phrases(p.starts().stream().filter(s -> initials(s).indexOf(initial) >= 0).toList(), p.rest()))
                    .filter(p -> !p.starts().isEmpty())
                    .map(p -> "^(?:" + String.join("|", p.starts()) + ")" + p.rest())
                    .collect(Collectors.joining("|"));
            out.put(initial, Pattern.compile(branches, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        }
        return Map.copyOf(out);
    }

    private static Map<Character, PatternOpenings> openingsByInitial() {
        Map<Character, PatternOpenings> out = new HashMap<>();
        BOILERPLATE_BY_INITIAL.forEach((initial, pattern) -> out.put(initial, PatternOpenings.of(pattern.pattern())));
        return Map.copyOf(out);
    }

    /** True when the (non-empty) line is a boilerplate line of {@link #BOILERPLATE}: its initial's openings asked, then its pattern. */
    static boolean opensBoilerplate(String text) {
        char initial = foldCase(text.charAt(0));
        boolean ascii = initial < 128;
        Pattern byInitial = ascii ? ASCII_BOILERPLATE[initial] : BOILERPLATE_BY_INITIAL.get(initial);
        if (byInitial == null) {
            return false;
        }
        PatternOpenings openings = ascii ? ASCII_BOILERPLATE_OPENINGS[initial] : BOILERPLATE_OPENINGS_BY_INITIAL.get(initial);
        return openings.mayOpenAt(text, 0) && byInitial.matcher(text).lookingAt();
    }

    /** The pattern of {@link #BOILERPLATE} a line starting with the character is tried against, or null (for tests). */
    static Pattern boilerplatePattern(char initial) {
        return BOILERPLATE_BY_INITIAL.get(foldCase(initial));
    }

    /** The characters a phrase (a regular expression) can match first: "\\d" any digit, "\\(" a bracket. */
    private static String initials(String phrase) {
        if (phrase.startsWith("\\d")) {
            return "0123456789";
        }
        return String.valueOf(foldCase(phrase.startsWith("\\") ? phrase.charAt(1) : phrase.charAt(0)));
    }

    /** A character as case-insensitive Unicode matching compares it. */
    private static char foldCase(char c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    /**
     * The number of pieces {@code SPACES.split(s)} gives, counted without the split's array and strings: the runs of
     * characters between blanks ({@code \s}: space, tab, line and form feeds, carriage return, vertical tab), one more
     * when a blank opens the text (the split's empty first piece); 1 for an empty text, as the split gives the text
     * itself, and 0 for a text of blanks alone.
     */
    static int words(String s) {
        if (s.isEmpty()) {
            return 1;
        }
        int count = 0;
        boolean inWord = false;
        for (int i = 0, n = s.length(); i < n; i++) {
            boolean blank = isRegexSpace(s.charAt(i));
            if (!blank && !inWord) {
                count++;
            }
            inWord = !blank;
        }
        return count > 0 && isRegexSpace(s.charAt(0)) ? count + 1 : count; // a blank opening the text leaves an empty first piece
    }

    /** The characters {@code \s} matches without {@link Pattern#UNICODE_CHARACTER_CLASS}. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    private static String key(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); ) { // its letters and digits, read by code point without a stream
            int c = n.codePointAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.appendCodePoint(c);
            }
            i += Character.charCount(c);
        }
        return out.toString();
    }
}
