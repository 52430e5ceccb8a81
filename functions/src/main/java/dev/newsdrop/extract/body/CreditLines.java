package dev.newsdrop.extract.body;

import dev.newsdrop.extract.meta.authors.BylineLeads;
import dev.newsdrop.extract.text.NewsAgencies;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The credit lines that close or open a text without being its words: the desk's editor ("Edited by …", "责任编辑：…"),
 * the expert who reviewed it ("Medically reviewed by …"), a byline's block set in lines by {@code <br>}, and a wire's
 * end mark ("Lusa/Fim"), which credits the copy to the wire.
 */
final class CreditLines {

    /**
     * The editor's credit on a line of its own, as English-language papers of South Asia close a report with it ("Edited by
     * Tshering Palden", "Edited by: Jane Doe"): a name, perhaps two, after the label, and no sentence. The editor checked
     * the copy; the line is the desk's credit, not the story's text.
     */
    static final Pattern EDITOR_CREDIT_LINE = Pattern.compile(
            "^(?:Edited by|Editing by)\\s*:?\\s+\\p{Lu}[\\p{L}\\p{M}.'’-]*(?:\\s+(?:and\\s+)?\\p{Lu}[\\p{L}\\p{M}.'’-]*){0,4}$");

    /**
     * The credit of the doctor or expert who reviewed a health article, on a line of its own beside the writer's ("Medically
     * reviewed by Priya Natarajan, MD", "Fachlich geprüft von Dr. med. Karin Lenz, Fachärztin für Innere Medizin", "Relu
     * par Dr Marc Lefèvre, neurologue", "Revisado por: Dra. Elena Soto, especialista en …", "Konsultacja merytoryczna: lek.
     * Piotr Zieliński, specjalista …", "Medisch gecontroleerd door …"): the label, then a name or a title before one. The
     * reviewer checked the text; the line is the page's credit, not the text. A sentence opening "Reviewed by experts, …"
     * goes on in lower case, and one closing on its full stop is a sentence ({@link #MAX_REVIEWER_LINE_CHARS}).
     */
    static final Pattern REVIEWER_CREDIT_LINE = Pattern.compile(
            "^(?:(?:medically |clinically |expert[- ])?reviewed by|medical(?:ly)? review(?:ed)? by|fact[- ]checked by"
                    + "|(?:fachlich|medizinisch|ärztlich|wissenschaftlich) (?:geprüft|begutachtet) von|geprüft von"
                    + "|relu (?:et validé )?par|validé par|revisad[oa] (?:médicamente )?por|revisão (?:médica|técnica|científica)"
                    + "|revisto por|revisione (?:medica|scientifica)|rivisto da|konsultacja (?:merytoryczna|medyczna)|recenzja merytoryczna"
                    + "|medisch (?:gecontroleerd|beoordeeld|nagekeken) door|(?:medicinskt )?granskad av|faktagranskad av)"
                    + "\\s*[:：]?\\s+(?:(?-i:\\p{Lu})|(?:dr|dra|prof|lek|mgr|pr)\\.?\\s)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A reviewer's credit line is a name, its titles and a role: longer is a sentence or a paragraph. */
    static final int MAX_REVIEWER_LINE_CHARS = 160;

    /**
     * The duty editor's credit on a line of its own, as Chinese-language papers, portals and wires close a report
     * ("责任编辑：赵静", "責任編輯：李志強", "（责编：王欣）", "编辑：刘洋　审核：陈静"), Taiwan's wire adding its
     * date code in the Minguo calendar after the bracket ("（編輯：陳仁華）1151205"), a portal its editor's code
     * ("责任编辑：刘超_NN8253"): the labels, each with a colon and one to three names of two to four characters, and no
     * sentence. The editors checked the copy; the line is the desk's credit, not the story's text.
     */
    static final Pattern CHINESE_EDITOR_CREDIT_LINE;

    static {
        String label = "(?:责任编辑|責任編輯|责编|責編|编辑|編輯|值班编辑|值班編輯|审核|審核|校对|校對|初审|初審|复审|複審|终审|終審)";
        String names = "\\p{IsHan}{2,4}(?:[ \\u3000、，,/]+\\p{IsHan}{2,4}){0,2}(?:[_＿][A-Za-z]{0,4}\\d{2,6})?";
        String field = label + "[ \\u3000]*[：:][ \\u3000]*" + names;
        CHINESE_EDITOR_CREDIT_LINE = Pattern.compile(
                "^[(（]?" + field + "(?:[ \\u3000|｜;；]+" + field + "){0,3}[)）]?(?:[ \\u3000]*\\d{7})?$");
    }

    /** The characters a {@link #CHINESE_EDITOR_CREDIT_LINE} opens with, after its bracket: its labels' first. */
    private static final String CHINESE_EDITOR_LABEL_OPENINGS = "责責编編值审審校初复複终終监監";

    /** A wire's end mark ({@link NewsAgencies#END_MARK_WIRES}) opening a line, the desk's initials perhaps after it; group 1 the wire. */
    private static final Pattern END_MARK = Pattern.compile("(?iu)^(" + String.join("|", NewsAgencies.END_MARK_WIRES) + ")\\s?/\\s?fim(?![\\p{L}])");

    /** A line holding a wire's end mark ({@link #END_MARK}) is this short at most: the mark and the desk's initials. */
    static final int MAX_END_MARK_CHARS = 60;

    /**
     * The wire whose end mark the line removed as boilerplate opens with ("Lusa/Fim", "Inforpress/Fim JL/JMV"), spelt as the
     * credits spell it, or null: the end mark signs the copy as the wire's, as a bare wire's name closing it does, and gives the
     * credit alone.
     */
    static String endMarkWire(String text) {
        Matcher m = END_MARK.matcher(text.strip());
        if (!m.lookingAt()) {
            return null;
        }
        return NewsAgencies.END_MARK_WIRES.stream().filter(wire -> wire.equalsIgnoreCase(m.group(1))).findFirst().orElse(null);
    }

    /** True when the text opens, perhaps after a bracket, with the first character of a Chinese editor's label. */
    static boolean opensChineseEditorLabel(String text) {
        int at = text.charAt(0) == '（' || text.charAt(0) == '(' ? 1 : 0;
        return at < text.length() && CHINESE_EDITOR_LABEL_OPENINGS.indexOf(text.charAt(at)) >= 0;
    }

    /** A byline's block set in lines ({@link BylineLeads#isBylineBlock}) is this long at most: four short lines. */
    static final int MAX_BYLINE_BLOCK_CHARS = 200;

    /**
     * The element's lines as {@code <br>} sets them, each stripped, the empty ones left out; no lines (an empty list) when a
     * child is a block, whose own lines the walk reads.
     */
    static List<String> brokenLines(Element e) {
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
    }}
