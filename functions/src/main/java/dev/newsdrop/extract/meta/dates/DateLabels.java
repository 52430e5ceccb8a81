package dev.newsdrop.extract.meta.dates;

import dev.newsdrop.extract.text.Words;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.newsdrop.extract.meta.dates.PublishedDateFinder.MAX_LABEL_CHARS;
import static dev.newsdrop.extract.meta.dates.PublishedDateFinder.MAX_WRITTEN_DATE_CHARS;
import static dev.newsdrop.extract.meta.dates.PublishedDateFinder.MIN_DATE_CHARS;
import static dev.newsdrop.extract.meta.dates.PublishedDateFinder.dayOf;
import static dev.newsdrop.extract.meta.dates.PublishedDateFinder.published;
import static dev.newsdrop.extract.meta.dates.ShownDates.SHOWN_CLOCK;
import static dev.newsdrop.extract.meta.dates.StateDates.afterState;

/**
 * The labels of a publication and of an update in the languages the parser reads ("Published", "Veröffentlicht
 * am", "Aktualisiert:", "更新", "입력"), and the dates a line gives beside them: the date before any update label
 * ({@link #dateBeforeUpdate(String, DateLanguage)}), the date after a publication label ({@link #labelledDate}).
 */
final class DateLabels {

    /**
     * Where a label's word may begin: after no letter or digit, or as a capital after a small letter,
     * where inline elements set side by side glue it to the word before ("Anna NowakAktualizacja:"
     * from {@code <span>Anna Nowak</span><span>Aktualizacja: …</span>}).
     */
    private static final String LABEL_START = "(?:(?<![\\p{L}\\p{N}])|(?-i:(?<=\\p{Ll})(?=\\p{Lu})))";

    /** The words of {@link #UPDATE_LABEL} that stand between word bounds. */
    static final String UPDATE_WORDS = "updated|last ?update|last modified|modified|mis à jour|mise à jour|actualisé|aktualisiert|actualizado|"
            + "modifié|modifiée|modificato|modificado|modificada|geändert|"
            + "aggiornato|atualizado|bijgewerkt|обновлено|güncellendi|zaktualizowano|diperbarui|"
            + "aktualisierung|actualización|actualizacion|aggiornamento|atualização|atualizacao|gewijzigd|aktualizacja|"
            + "aktualizace|güncelleme|guncelleme|pembaruan|обновление|"
            + "oppdatert|opdateret|uppdaterad|uppdaterat|uppfært|päivitetty|frissítve|frissítés|actualizat|actualitzat|"
            + "actualizare|actualizarea|aktualizacji|aangepast|ändrad|upraveno|módosítva|изменено|"
            + "modifica|bearbeitet|last edited|laatst bewerkt|redigerades|editována|editováno|edytowana|edytowano|modificata|se editó|"
            + "отредактирована|düzenlendi|editada|ultima modificare|"
            + "actualitzada|ažurirano|azurirano|aktualizováno|aktualizované|posodobljeno|atnaujinta|atjaunināts|atjaunots|atjaunota|uuendatud|"
            + "ενημερώθηκε|ενημερωθηκε|ενημέρωση|ενημερωση|оновлено|обновено|обновена|актуализирано|актуализирана|ажурирано|cập nhật|dikemaskini|dikemas kini|güncellenme|আপডেট|اپ ڈیٹ|수정|업데이트|최종수정|최종 수정|수정일|עודכן|עדכון|अपडेटेड|अद्यतन|به‌روزرسانی|بروزرسانی";

    /** The words of {@link #UPDATE_LABEL} that stand without bounds: Chinese, Japanese, Arabic and Thai. */
    static final String UPDATE_UNBOUNDED_WORDS = "更新|آخر تحديث|تم التحديث|تحديث"
            + "|อัปเดต|อัพเดต|อัพเดท|แก้ไขล่าสุด|ปรับปรุงล่าสุด";

    /**
     * Labels of an update time in the languages the parser reads (the participle "updated" as news
     * and blog templates translate it, or the noun, "Aktualisierung", "Güncelleme"; a wiki's "last
     * edited" footer as MediaWiki translates it, "zuletzt am … bearbeitet", "voor het laatst bewerkt op"; Korean's "수정"
     * edit line beside its "입력" input line, also as a compound, "최종수정"); the date after one is not the publication.
     */
    static final Pattern UPDATE_LABEL = Pattern.compile(
            "(?iu)" + LABEL_START + "(?:" + UPDATE_WORDS + ")(?![\\p{L}\\p{N}])"
                    + "|(?<![\\p{L}\\p{N}])act\\.(?=\\s*\\d)" // Spanish "Act. 05/02/2022" (actualizado), the abbreviation before its date
                    + "|(?<![\\p{L}\\p{N}])stand\\s*:" // German "Stand: 7. Februar 2022": the time the text was last revised
                    + "|" + UPDATE_UNBOUNDED_WORDS); // Thai writes no spaces: its words stand without bounds

    /** What a text holding an {@link #UPDATE_LABEL} holds: the opening of one of its words ({@link LabelOpenings}). */
    static final LabelOpenings UPDATE_OPENINGS = LabelOpenings.of(UPDATE_WORDS + "|act|stand", UPDATE_UNBOUNDED_WORDS);

    /** The words of {@link #PUBLISHED_LABEL} that stand between word bounds. */
    static final String PUBLISHED_WORDS = "published|posted|first published|created|veröffentlicht|publiziert|erstellt|erschienen|"
            + "creado|creada|criado|criada|creato|creata|créé|créée|aangemaakt|utworzono|oluşturuldu|"
            + "publié|publie|paru|publicado|publicada|pubblicato|pubblicata|gepubliceerd|geplaatst|opublikowano|"
            + "publikováno|publikované|publicerad|publicerat|publisert|publiceret|udgivet|julkaistu|yayınlanma|yayınlandı|"
            + "yayın tarihi|oluşturulma|diterbitkan|dipublikasikan|terbit|đăng|xuất bản|опубликовано|опубліковано|"
            + "публикувано|публикувана|публикуван|објављено|objavljeno|objavljen|δημοσίευση|δημοσιεύθηκε|δημοσιευση|publicat|publicată|megjelent|"
            + "közzétéve|létrehozva|publikacja|publicării|publicarii|पब्लिश्ड|প্রকাশ|প্রকাশিত|شائع|paskelbta|publicēts|avaldatud|birtist|birt|입력|등록|פורסם|प्रकाशित|เผยแพร่|"
            + "mis en ligne|erstveröffentlichung|erstveröffentlicht|publicación|publicacion|publicação|publicacao|pubblicazione|"
            + "utworzenia|publikacji|dodano|opublikowany|opublikowana|vytvořeno|zveřejněno|publikálva|создано|публикации|"
            + "створено|публікації|skapad|oprettet|opprettet|offentliggjort|vyvěšeno|vyvesené|기사입력|최초입력|입력일|등록일|게재일|발행일";

    /** The words of {@link #PUBLISHED_LABEL} that stand without bounds: Chinese, Japanese, Arabic and Persian. */
    static final String PUBLISHED_UNBOUNDED_WORDS = "发布|發布|公開|نشر|منتشر شده|تاریخ انتشار|انتشار";

    /**
     * Labels of the publication time ("published", "posted", "created" as news and blog templates
     * translate them, and the nouns of a "date of publication" or "of creation" line: "Data utworzenia",
     * "Fecha de publicación"; Korean's "입력" input line, also as a compound, "기사입력") in the languages of {@link #UPDATE_LABEL}: on a line
     * that gives the update first ("Aktualisiert am 4.2.2022 | Erstellt am 3.2.2022"), the date after
     * one of these is the publication.
     */
    static final Pattern PUBLISHED_LABEL = Pattern.compile(
            "(?iu)" + LABEL_START + "(?:" + PUBLISHED_WORDS + ")(?![\\p{L}\\p{N}])"
                    + "|(?<![\\p{L}\\p{N}])pub\\.(?=\\s*\\d)" // "Pub. 03/02/2022" (publicado), the abbreviation before its date
                    + "|" + PUBLISHED_UNBOUNDED_WORDS);

    /** What a text holding a {@link #PUBLISHED_LABEL} holds: the opening of one of its words ({@link LabelOpenings}). */
    static final LabelOpenings PUBLISHED_OPENINGS = LabelOpenings.of(PUBLISHED_WORDS + "|pub", PUBLISHED_UNBOUNDED_WORDS);

    /** Colons that close a label before its value ("Termin:", "発表："). */
    static final String LABEL_COLONS = ":：";

    /** True when the text holds an {@link #UPDATE_LABEL}: most texts are refused by {@link #UPDATE_OPENINGS}, without the pattern. */
    static boolean holdsUpdateLabel(String text) {
        return UPDATE_OPENINGS.mayHold(text) && UPDATE_LABEL.matcher(text).find();
    }

    /** True when the text holds a {@link #PUBLISHED_LABEL}: most texts are refused by {@link #PUBLISHED_OPENINGS}, without the pattern. */
    static boolean holdsPublishedLabel(String text) {
        return PUBLISHED_OPENINGS.mayHold(text) && PUBLISHED_LABEL.matcher(text).find();
    }

    /** True when a short text that holds no date is an update's label ("Aktualisiert:", "last updated"). */
    static boolean isUpdateLabel(String text) {
        return text.length() <= MAX_LABEL_CHARS && holdsUpdateLabel(text);
    }

    /**
     * True when a dated line says it is an update: the label comes before its first date ("Updated
     * 9 May 2024"), or after it with no other date following ("2019.03.26 last update"), unless the label
     * is followed by its own relative time ("03/02/2022 22h40 - Atualizado há 2 horas", "vor 3 Stunden
     * aktualisiert" aside): a number after it that is neither a date nor a clock.
     */
    static boolean isUpdateLine(String text, DateLanguage lang) {
        Matcher label = UPDATE_LABEL.matcher(text);
        if (!UPDATE_OPENINGS.mayHold(text) || !label.find()) {
            return false;
        }
        String after = text.substring(label.end());
        return DateParser.parseText(text.substring(0, label.start()), lang) == null
                || DateParser.parseText(after, lang) == null && !(Words.holdsDigit(after) && !SHOWN_CLOCK.matcher(after).find());
    }

    /** Characters after a publication label read for its date: "am Donnerstag, 3. Februar 2022, 10:15 Uhr". */
    private static final int LABELLED_DATE_CHARS = 48;

    /**
     * The date just after a publication label in a line too long to be a date alone ("Von Max Muster, dpa |
     * Veröffentlicht am 3. Februar 2022, 10:15 Uhr | Lesezeit 3 Min."); null when the line has none.
     */
    static String labelledDate(String line, DateLanguage lang) {
        Matcher label = PUBLISHED_LABEL.matcher(line);
        if (!PUBLISHED_OPENINGS.mayHold(line) || !label.find()) {
            return null;
        }
        String after = line.substring(label.end(), Math.min(line.length(), label.end() + LABELLED_DATE_CHARS));
        Matcher update = UPDATE_LABEL.matcher(after);
        return DateParser.parseText(UPDATE_OPENINGS.mayHold(after) && update.find() ? after.substring(0, update.start()) : after, lang);
    }

    /**
     * The date of a short line that labels it as the publication ("Creado: 03/02/2022 10:15", "Data
     * utworzenia: 3 lutego 2022"); null for any other text, or a line that labels an update as well.
     */
    static String labelledPublication(String line, DateLanguage lang) {
        if (line.length() < MIN_DATE_CHARS || line.length() > MAX_WRITTEN_DATE_CHARS) {
            return null;
        }
        String date = labelledDate(line, lang);
        return date == null || holdsUpdateLabel(line) ? null : date;
    }

    /**
     * True for a short text that is a publication label alone ("Veröffentlicht:", "Creado"), with no date in it. The date
     * is read in the page's language: a calendar read on that language's pages only ("發布日期：115-11-26", Taiwan's
     * Minguo years) makes the line a dated one, not a label.
     */
    static boolean isPublicationLabel(String text, DateLanguage lang) {
        return !text.isEmpty() && text.length() <= MAX_LABEL_CHARS && holdsPublishedLabel(text)
                && !holdsUpdateLabel(text) && DateParser.parseText(text, lang) == null;
    }

    /**
     * Chinese and Japanese labels written after the date they label ("2025年3月7日 更新", "2025-03-07 09:15 更新"):
     * the update's label, of those in {@link #UPDATE_LABEL}.
     */
    private static final String LABELS_AFTER_THEIR_DATE = "更新";

    /** What a date written just before a label ends with: a digit, or the CJK day, minute or second character. */
    private static final String DATE_ENDINGS = "日分秒";

    /**
     * What follows the same word when it opens a label of the date after it ("更新時間：", "更新日：", "更新："):
     * a noun of time or a colon.
     */
    private static final String LABEL_BEFORE_DATE_MARKS = "時时日：:";

    /**
     * True when an update label is one written after its date ({@link #LABELS_AFTER_THEIR_DATE}): a date ends
     * just before it, and no noun of time or colon follows it ({@link #LABEL_BEFORE_DATE_MARKS}).
     */
    private static boolean labelsTheDateBefore(String text, Matcher update) {
        if (!update.group().startsWith(LABELS_AFTER_THEIR_DATE)) {
            return false;
        }
        String after = text.substring(update.end()).stripLeading();
        if (!after.isEmpty() && LABEL_BEFORE_DATE_MARKS.indexOf(after.charAt(0)) >= 0) {
            return false;
        }
        String before = text.substring(0, update.start()).stripTrailing();
        char last = before.isEmpty() ? ' ' : before.charAt(before.length() - 1);
        return Character.isDigit(last) || DATE_ENDINGS.indexOf(last) >= 0;
    }

    /**
     * The publication written without its year before an update written with one, on one line ("Published
     * 5 March, 14:30 · Updated 7 March 2025"): the year is the update's, or the one before when the day
     * would fall after the update (published in December, updated in January). Null when either is missing.
     */
    private static String yearBesideUpdate(String beforeUpdate, String afterUpdate, DateLanguage lang) {
        MonthDay day = DateParser.yearless(beforeUpdate, lang);
        String update = day == null ? null : DateParser.parseText(afterUpdate, lang);
        if (update == null) {
            return null;
        }
        LocalDate updated = dayOf(update);
        LocalDate published = day.atYear(updated.getYear());
        return (published.isAfter(updated) ? day.atYear(updated.getYear() - 1) : published).toString();
    }

    /**
     * The date a line gives before any "updated" label: "Published 2 May, updated 9 May" gives 2 May,
     * "Updated 9 May" gives nothing, since an update date is not when the article was published.
     */
    static String dateBeforeUpdate(String text) {
        return dateBeforeUpdate(text, DateLanguage.UNKNOWN);
    }

    /**
     * {@link #dateBeforeUpdate(String)} on a page in the given language. A line that opens with its
     * update and then labels the publication ("Updated 4 Feb 2022, published 3 Feb 2022") gives the
     * date after that label.
     */
    static String dateBeforeUpdate(String text, DateLanguage lang) {
        String rest = afterState(text);
        if (rest != null) { // "Redakteurin seit 01.03.2019": not when anything was published; a date in an item after it may be
            return Words.holdsDigit(rest) ? dateBeforeUpdate(rest, lang) : null;
        }
        Matcher update = UPDATE_LABEL.matcher(text);
        if (!UPDATE_OPENINGS.mayHold(text) || !update.find()) {
            return DateParser.parseText(text, lang);
        }
        String before = DateParser.parseText(text.substring(0, update.start()), lang);
        String afterLabel = before != null && labelsTheDateBefore(text, update) ? DateParser.parseText(text.substring(update.end()), lang) : null;
        if (afterLabel != null) {
            // "2025年3月7日 9時15分 更新（2025年3月5日 公開）": the date before the label is the update's, the other the
            // publication (a line with the update's date alone still gives it, as before: the page's only date)
            return afterLabel;
        }
        if (before != null) {
            return before;
        }
        String yearless = yearBesideUpdate(text.substring(0, update.start()), text.substring(update.end()), lang);
        if (yearless != null) {
            return yearless;
        }
        Matcher publication = PUBLISHED_LABEL.matcher(text);
        if (!publication.find(update.end())) {
            return null;
        }
        String after = text.substring(publication.end());
        Matcher nextUpdate = UPDATE_LABEL.matcher(after);
        return DateParser.parseText(UPDATE_OPENINGS.mayHold(after) && nextUpdate.find() ? after.substring(0, nextUpdate.start()) : after, lang);
    }

    private DateLabels() {
    }
}
