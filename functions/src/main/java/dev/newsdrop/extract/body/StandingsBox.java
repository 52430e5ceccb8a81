package dev.newsdrop.extract.body;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.regex.Pattern;

/**
 * A league table's excerpt that a sports page sets beside or under a report: a heading, a few rows of a table or list,
 * and a link to the whole table elsewhere on the site ("Zur kompletten Tabelle", "Classifica completa", "Ver
 * clasificación completa", "Classement complet", "Zobacz pełną tabelę", "Bekijk de volledige stand", "전체 순위 보기").
 * The link says what the box is: a piece of a page of its own, kept up to date by the site's data feed, no part of the
 * story. A table the writer sets into the text has no such link at its foot.
 */
final class StandingsBox {

    /** A standings excerpt is a dozen rows or so: no longer than this (a full league of twenty rows with its heading). */
    static final int MAX_BOX_CHARS = 1500;

    /** Elements walked down the box's last children to its closing link. */
    private static final int MAX_DEPTH = 6;

    /** The closing link's text is this short. */
    private static final int MAX_LINK_CHARS = 60;

    /** The link's whole text: "the complete table" in the languages of sports pages, an arrow perhaps after it. */
    private static final Pattern FULL_TABLE_LINK = Pattern.compile("^[^\\p{L}\\p{N}]*(?:"
            + "(?:zur|zum|die|alle) (?:kompletten|vollständigen|ganzen|gesamten) \\p{L}*(?:tabelle|stand|wertung|rangliste)"
            + "|(?:komplette|vollständige|ganze|gesamte) \\p{L}*(?:tabelle|wertung|rangliste)"
            + "|(?:vai alla |vedi la |guarda la )?classifica (?:completa|integrale)"
            + "|(?:ver |consulta )?(?:la )?clasificación completa|(?:voir (?:le )?)?classement complet"
            + "|(?:veja |ver )?(?:a )?(?:classificação|tabela) completa"
            + "|(?:zobacz )?(?:pełną|całą) tabelę|pełna tabela"
            + "|(?:bekijk )?(?:de )?(?:volledige|hele|complete) stand(?:en)?"
            + "|puan durumunun tamamı|tüm puan durumu"
            + "|전체 순위(?: 보기)?|順位表(?:の詳細|一覧)へ?"
            + "|(?:see |view )?(?:the )?full (?:league )?(?:table|standings)"
            + ")[^\\p{L}\\p{N}]*$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private StandingsBox() {
    }

    /**
     * True when the block is a standings excerpt: short, well under the container's text, holding a table or list, and
     * closed by a link to the complete table ({@link #FULL_TABLE_LINK}) with nothing after it.
     */
    static boolean is(Element e, TextStats.Stats s, int containerChars) {
        if (s.linkChars == 0 || s.chars > MAX_BOX_CHARS || s.chars >= Notices.MAX_OFFER_BOX_SHARE * containerChars) {
            return false;
        }
        Element link = closingLink(e);
        if (link == null) {
            return false;
        }
        String text = link.text();
        return text.length() <= MAX_LINK_CHARS && FULL_TABLE_LINK.matcher(text).matches() && e.selectFirst("table, ol, ul") != null;
    }

    /** The link closing the block: its last element, or that one's last, down a few levels, with no words after it. */
    private static Element closingLink(Element e) {
        Element at = e;
        for (int depth = 0; depth < MAX_DEPTH; depth++) {
            Node last = at.lastChild();
            while (last instanceof TextNode t && t.isBlank()) {
                last = last.previousSibling();
            }
            if (!(last instanceof Element c)) {
                return null;
            }
            if (c.nameIs("a")) {
                return c;
            }
            at = c;
        }
        return null;
    }
}
