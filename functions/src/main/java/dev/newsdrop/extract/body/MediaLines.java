package dev.newsdrop.extract.body;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.newsdrop.extract.text.BoundedText;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The lines an audio or video player leaves in a page's text, as broadcasters' and papers' media pages set them around
 * the player: its label and running time ("Écouter - 02:31", "Audiobeitrag · 3:12 Min.", "Video | 01:12", "Duration:
 * 1 minute 45 seconds"), the slot the programme was broadcast in ("Sendetermin: Sa, 05.12.2026, 18:40 Uhr", "Sänds:
 * lördag 5 december kl 07.32"), the row of podcast apps to follow it in ("Listen on Apple Podcasts | Spotify | Amazon
 * Music") and the chapters of a recording ("0:00 Intro", "0:34 Police close the road"). None is a sentence of the text;
 * a story that quotes a running time, a broadcast or an app does so in a sentence, which these lines never are.
 * {@link ContentPruner}'s one-line boilerplate takes the label and slot phrases from here.
 */
final class MediaLines {

    private MediaLines() {
    }

    /**
     * The words a player labels itself with, in the languages the engine reads: the medium ("Audio", "Vídeo",
     * "Audiobeitrag"), the verb on its button ("Écouter", "Listen", "Ouvir", "Posłuchaj", "Luister") and the word for
     * its length ("Duration", "Durée", "Dauer"). Each opens with a letter (the phrases are sorted by their first).
     */
    static final List<String> PLAYER_LABELS = List.of(
            "audio", "áudio", "video", "vídeo", "vidéo", "audiobeitrag", "videobeitrag", "audiodatei", "podcast", "episode",
            "listen", "watch", "play", "écouter", "regarder", "escuchar", "escucha", "ouvir", "ouça", "assistir", "assista",
            "ascolta", "guarda", "luister", "beluister", "bekijk", "afspelen", "anhören", "abspielen", "lyssna", "titta",
            "posłuchaj", "słuchaj", "odtwórz", "duration", "durée", "dauer", "laufzeit", "spieldauer", "duración", "durata",
            "duração", "duur", "speelduur", "längd", "speltid", "czas trwania", "kesto", "varighed", "varighet");

    /** A player's length word after its button's label ("Watch" then "Duration: 1 minute 45 seconds"). */
    private static final String LENGTH_WORD = "(?:duration|durée|dauer|laufzeit|duración|durata|duração|duur|längd|czas trwania)";

    /** Minutes as players abbreviate or spell them, in the same languages. */
    private static final String MINUTES = "(?:min|mins|minute|minutes|minuten|minuti|minutos|minut|minuter|minuty)\\.?";

    /** Seconds, as {@link #MINUTES}. */
    private static final String SECONDS = "(?:s|sec|secs|second|seconds|sek|sekunden|secondes|segundos|secondi|sekund|sekunder)\\.?";

    /**
     * A recording's running time: a clock ("02:31", "1:05:30", "3:12 Min."), minutes and perhaps seconds ("12 min", "1
     * minute 45 seconds") or the prime marks of a radio site ("6′ 10″").
     */
    static final String RUNNING_TIME = "(?:\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s?" + MINUTES + ")?|\\d{1,3}\\s?" + MINUTES
            + "(?:\\s?\\d{1,2}\\s?" + SECONDS + ")?|\\d{1,3}′\\s?\\d{1,2}″)";

    /**
     * What follows a {@link #PLAYER_LABELS} word on a player's line: a separator, perhaps the length word, the running
     * time and nothing else but the short "1m" some players repeat after it.
     */
    static final String PLAYER_LABEL_REST = "[\\s:：|·•–—-]{0,6}(?:" + LENGTH_WORD + "[\\s:：|·•–—-]{0,6})?" + RUNNING_TIME
            + "(?:\\s{0,2}\\d{1,3}\\s?m)?$";

    /**
     * A bracketed tag in a media's name or verb opening a line that announces a clip ("[WATCH] Eskom briefing on the summer
     * outlook:", "[VIDEO] …", "[LISTEN] …"), as a CMS's editors set it over an embed; the brackets mark the tag, which
     * opens no sentence. Each opens with its bracket.
     */
    static final List<String> BRACKETED_MEDIA_TAGS = List.of(
            "\\[(?:watch|listen|video|vídeo|vidéo|audio|áudio|podcast|assista|ouça|mira|escucha|kijk|luister)\\]");

    /** What follows a {@link #BRACKETED_MEDIA_TAGS} tag: the clip's title, no sentence's end. */
    static final String BRACKETED_MEDIA_REST = "\\s?[^.!?]{3,140}[^.!?]$";

    /**
     * A watch or listen imperative with "here", the line pointing at the embed under it, which the text does not hold
     * ("Bekijk hier de drukte op het station:", "Watch here:", "Schauen Sie hier das Video:", "Regardez ici :"). Each
     * opens with a letter.
     */
    static final List<String> WATCH_HERE = List.of(
            "watch (?:it )?here", "listen (?:to it )?here", "bekijk hier", "kijk hier", "luister hier", "beluister hier",
            "schauen sie (?:sich )?hier", "sehen sie hier", "hören sie hier", "hier (?:das|den) (?:video|beitrag|audio)",
            "regardez ici", "écoutez ici", "mira aquí", "vea aquí", "escucha aquí", "guarda qui", "ascolta qui",
            "assista aqui", "veja aqui", "ouça aqui", "zobacz tutaj", "posłuchaj tutaj", "titta här", "lyssna här");

    /** What follows a {@link #WATCH_HERE} imperative: what it shows, and the colon that hands over to the embed. */
    static final String WATCH_HERE_REST = "(?![\\p{L}\\p{N}])[^.!?:]{0,100}[:：]$";

    /**
     * The label of the slot a broadcaster aired the programme in, over or under its page's text ("Sendetermin:",
     * "Sänds:", "Uitzending:", "Diffusion :", "Emisión:", "In onda:", "Emisja:", "First broadcast:"). Each opens with a
     * letter.
     */
    static final List<String> BROADCAST_SLOT_LABELS = List.of(
            "sendetermin", "sendezeit", "sendung vom", "erstausstrahlung", "ausstrahlung", "sänds", "sändes", "sändning",
            "sendt", "sendes", "uitzending", "uitgezonden", "diffusion", "diffusé", "première diffusion", "emisión", "emitido",
            "emissão", "exibição", "in onda", "messa in onda", "trasmesso", "emisja", "broadcast", "first broadcast",
            "aired", "first aired", "lähetys");

    /**
     * What follows a {@link #BROADCAST_SLOT_LABELS} label: a colon, then a day or time within its first forty characters
     * and no sentence's end: "Broadcast: twelve countries signed it." is a sentence.
     */
    static final String BROADCAST_SLOT_REST = "\\s?[:：]\\s?(?=\\D{0,40}\\d)[^!?]{0,119}[^.!?]$";

    /** A {@link #BROADCAST_SLOT_LABELS} label and its {@link #BROADCAST_SLOT_REST}, as a whole line. */
    private static final Pattern BROADCAST_SLOT_LINE = Pattern.compile("^(?:" + String.join("|", BROADCAST_SLOT_LABELS) + ")"
            + BROADCAST_SLOT_REST, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** The siblings of a slot line asked for a second one. */
    private static final int MAX_SLOT_SIBLINGS_ASKED = 40;

    /** A sibling asked for a slot line holds at most this many characters before its blanks are collapsed. */
    private static final int MAX_SLOT_LINE_RAW_CHARS = 400;

    /**
     * True when the line is the slot a broadcaster aired the programme in ({@link #BROADCAST_SLOT_LINE}: "Sendetermin: Sa,
     * 05.12.2026, 18:40 Uhr", "Sänds: lördag 5 december kl 07.32"), as a programme's page sets it once beside the player. A
     * second slot line among its siblings makes them a TV-tips page's listings, each programme's slot under its review, and
     * the text's own. Reads {@link #MAX_SLOT_SIBLINGS_ASKED} siblings at most, and only for a line that is a slot.
     */
    static boolean isPlayerSlot(Element e, String text) {
        if (text.length() > MAX_SLOT_LINE_RAW_CHARS || !BROADCAST_SLOT_LINE.matcher(text).find()) {
            return false;
        }
        Element parent = e.parent();
        if (parent == null) {
            return true;
        }
        int asked = 0;
        for (Element sibling = parent.firstElementChild(); sibling != null && asked < MAX_SLOT_SIBLINGS_ASKED;
                sibling = sibling.nextElementSibling(), asked++) {
            if (sibling != e && BoundedText.holdsAtMost(sibling, MAX_SLOT_LINE_RAW_CHARS)
                    && BROADCAST_SLOT_LINE.matcher(sibling.text().strip()).find()) {
                return false; // "Sendetermin: …" under each of several programmes: the listings are the text
            }
        }
        return true;
    }

    /** A length word and a running time as a whole line ("Laufzeit: 98 Min.", "Duración: 104 min."). */
    private static final Pattern LENGTH_LINE = Pattern.compile("^" + LENGTH_WORD + PLAYER_LABEL_REST,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * A work's fact as a facts box sets it on a line of its own: a label of one to three words, a colon and a short value
     * ("Regie: Anna Leitgeb", "Reparto: Luis Tosar, Ana Vilaró", "FSK: ab 12").
     */
    private static final Pattern FACT_LINE = Pattern.compile("^\\p{L}[\\p{L}\\p{M}'’.-]*(?:\\s[\\p{L}\\p{M}'’.-]+){0,2}\\s?[:：]\\s?[^\\s:：].{0,118}$");

    /** A facts box holds at least this many fact lines beside the running time. */
    private static final int MIN_FACT_SIBLINGS = 2;

    /** The siblings of a running time's line asked for fact lines. */
    private static final int MAX_FACT_SIBLINGS_ASKED = 16;

    /**
     * True when the line is a work's running time among its facts ("Laufzeit: 98 Min." under "Regie: …" and
     * "Darsteller: …" in a film review's box): at least {@link #MIN_FACT_SIBLINGS} siblings are fact lines
     * ({@link #FACT_LINE}) whose label is no player's, so the line is the credits' and the text's, where alone beside
     * a player it would be the player's length. Reads siblings only for a line that is a length line.
     */
    static boolean isRunningTimeAmongFacts(Element e, String text) {
        if (text.length() > MAX_SLOT_LINE_RAW_CHARS || !LENGTH_LINE.matcher(text).matches() || e.parent() == null) {
            return false;
        }
        int facts = 0;
        int asked = 0;
        for (Element sibling = e.parent().firstElementChild(); sibling != null && asked < MAX_FACT_SIBLINGS_ASKED;
                sibling = sibling.nextElementSibling(), asked++) {
            if (sibling == e || !BoundedText.holdsAtMost(sibling, MAX_SLOT_LINE_RAW_CHARS)) {
                continue;
            }
            String line = sibling.text().strip();
            if (FACT_LINE.matcher(line).matches() && !PLAYER_LINE.matcher(line).lookingAt() && !opensWithPlayerLabel(line)
                    && ++facts >= MIN_FACT_SIBLINGS) {
                return true;
            }
        }
        return false;
    }

    /** True when the line's label, before its colon, is a {@link #PLAYER_LABELS} word ("Audio: …", "Podcast: …"). */
    private static boolean opensWithPlayerLabel(String line) {
        int colon = line.indexOf(':');
        colon = colon < 0 ? line.indexOf('：') : colon;
        return colon > 0 && PLAYER_LABELS.contains(line.substring(0, colon).strip().toLowerCase(Locale.ROOT));
    }

    /**
     * A prompt to download the recording, alone on its line with perhaps its format and size in brackets ("Audio
     * herunterladen", "Download audio (MP3, 5.6 MB)", "Télécharger l'épisode"). Each opens with a letter.
     */
    static final List<String> DOWNLOAD_PROMPTS = List.of(
            "audio herunterladen", "sendung herunterladen", "beitrag herunterladen", "podcast herunterladen",
            "mp3 herunterladen", "download (?:the )?(?:audio|mp3|episode|podcast)", "audio downloaden",
            "télécharger (?:l['’]audio|le podcast|l['’]épisode|l['’]émission|le mp3)", "descargar (?:el )?(?:audio|mp3|podcast)",
            "scarica (?:l['’]audio|il podcast|l['’]mp3)", "baixar (?:o )?(?:áudio|podcast|mp3)", "pobierz (?:audio|plik|mp3|podcast)",
            "ladda ner (?:ljudfilen|avsnittet|programmet)");

    /** What may follow a {@link #DOWNLOAD_PROMPTS} prompt: its file's format and size in brackets. */
    static final String DOWNLOAD_REST = "(?![\\p{L}\\p{N}])\\s{0,2}(?:\\([^)]{0,40}\\))?$";

    /** A player's label and running time, or a download prompt, as a whole line ({@link #playerLabels}). */
    private static final Pattern PLAYER_LINE = Pattern.compile("^(?:(?:" + String.join("|", PLAYER_LABELS) + ")"
            + PLAYER_LABEL_REST + "|(?:" + String.join("|", DOWNLOAD_PROMPTS) + ")" + DOWNLOAD_REST + ")",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** An inline label of a player is no longer than this. */
    private static final int MAX_INLINE_LABEL_CHARS = 60;

    /** The button words beside a player's label in the same box ("Watch", "1m", "▶") are no longer than this. */
    private static final int MAX_BUTTON_WORD_CHARS = 8;

    /** A block's child nodes asked for a player's inline label: a player's row is short. */
    private static final int MAX_CHILDREN_ASKED = 12;

    /**
     * The inline parts of a block that are a player's label and running time or its download prompt, set in a span or
     * link of their own beside the player's other parts ("<div><span>Écouter - 02:31</span><audio/><p>title</p></div>",
     * "<div>Watch<span>Duration: 1 minute 45 seconds</span>1m<p>caption</p></div>"), with the bare button words
     * ({@link #MAX_BUTTON_WORD_CHARS}) beside them; empty when there is none. Reads the block's first
     * {@link #MAX_CHILDREN_ASKED} child nodes.
     */
    static List<Node> playerLabels(Element block) {
        List<Node> out = null;
        int asked = 0;
        for (Node n = block.firstChild(); n != null && asked < MAX_CHILDREN_ASKED; n = n.nextSibling(), asked++) {
            if (!(n instanceof Element c) || Blocks.isBlock(c)) {
                continue;
            }
            String text = shortText(c);
            if (text == null || text.isEmpty() || text.length() > MAX_INLINE_LABEL_CHARS || !PLAYER_LINE.matcher(text).matches()) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>();
            }
            out.add(c);
            if (c.previousSibling() instanceof TextNode t && isButtonWord(t)) {
                out.add(t);
            }
            if (c.nextSibling() instanceof TextNode t && isButtonWord(t)) {
                out.add(t);
            }
        }
        return out == null ? List.of() : out;
    }

    /** An inline label's text holds at most this many characters before its blanks are collapsed. */
    private static final int MAX_INLINE_LABEL_RAW_CHARS = 4 * MAX_INLINE_LABEL_CHARS;

    /**
     * The element's text, or null when it holds more than {@link #MAX_INLINE_LABEL_RAW_CHARS} characters: most inline
     * children of a block are links and emphasis inside its sentences, and their text is not built to be refused.
     */
    private static String shortText(Element e) {
        return BoundedText.holdsAtMost(e, MAX_INLINE_LABEL_RAW_CHARS) ? e.text().strip() : null;
    }

    private static boolean isButtonWord(TextNode t) {
        String s = t.text().strip();
        return !s.isEmpty() && s.length() <= MAX_BUTTON_WORD_CHARS && !TextStats.endsSentence(s.charAt(s.length() - 1));
    }

    /**
     * The apps and feeds podcasts are followed in, lower case: a line naming two of them and little else is the row of
     * buttons to subscribe, not the text.
     */
    static final List<String> PODCAST_PLATFORMS = List.of(
            "apple podcasts", "spotify", "deezer", "amazon music", "google podcasts", "youtube music", "pocket casts",
            "overcast", "castbox", "ivoox", "podimo", "audible", "npr one", "npo luister", "ard audiothek", "audiothek",
            "flux rss", "rss feed", "rss", "stitcher", "tunein", "podcast addict", "castro", "player fm", "soundcloud",
            "radio france", "bbc sounds", "podbean", "acast");

    /** A platform row is no longer than this. */
    private static final int MAX_PLATFORM_ROW_CHARS = 200;

    /** The words beside the platforms' names on their row ("Listen on", "Volg … op", "Subskrybuj nasz podcast:"). */
    private static final int MAX_PLATFORM_ROW_OTHER_CHARS = 60;

    /**
     * True when the line is a row of podcast apps to follow the programme in ("Listen on Apple Podcasts | Spotify |
     * Amazon Music", "Volg Met het Oog op Morgen op Spotify | Apple Podcasts | NPO Luister"): two platforms named or more,
     * at most {@link #MAX_PLATFORM_ROW_OTHER_CHARS} other characters, and no sentence's end ("Spotify and Deezer both
     * lost subscribers." is a sentence).
     */
    static boolean isPlatformRow(String text) {
        if (text.length() > MAX_PLATFORM_ROW_CHARS || TextStats.endsSentence(text.charAt(text.length() - 1))) {
            return false;
        }
        String rest = text.toLowerCase(Locale.ROOT);
        int named = 0;
        for (String platform : PODCAST_PLATFORMS) {
            int at = rest.indexOf(platform);
            if (at >= 0 && isWordAt(rest, at, platform.length())) {
                named++;
                rest = rest.substring(0, at) + rest.substring(at + platform.length());
            }
        }
        return named >= 2 && otherChars(rest) <= MAX_PLATFORM_ROW_OTHER_CHARS;
    }

    private static boolean isWordAt(String s, int at, int length) {
        int end = at + length;
        return (at == 0 || !Character.isLetterOrDigit(s.charAt(at - 1))) && (end == s.length() || !Character.isLetterOrDigit(s.charAt(end)));
    }

    /** The letters and digits of what is left of the row. */
    private static int otherChars(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    /** A chapter's time code opening its line, then its title: "0:34 Police close …", "04:12 Un récit …", "1:02:10 Outro". */
    private static final Pattern CHAPTER_LINE = Pattern.compile("^(?:(\\d{1,2}):)?(\\d{1,2}):(\\d{2})\\s+\\S");

    /** A list of chapters has at least this many items. */
    private static final int MIN_CHAPTERS = 3;

    /**
     * True when the list item is a chapter of a recording, as a player's page lists them: its list's first item opens at
     * nought ("0:00", "00:00"), as a recording's first chapter does, the list has {@link #MIN_CHAPTERS} items or more, and
     * a time among its first three items falls off the five-minute grid ("04:12", "0:34"). A broadcaster's
     * schedule, which may start at midnight, lists slots on that grid ("00:00 Nachrichten", "00:05 Nachtzuster"), and a
     * schedule that is the story's content starts at its first programme's hour. Reads four items at most.
     */
    static boolean isChapterItem(Element li, String text) {
        if (!li.normalName().equals("li") || text.isEmpty() || !Character.isDigit(text.charAt(0))) {
            return false;
        }
        Element list = li.parent();
        if (list == null || list.childrenSize() < MIN_CHAPTERS || !CHAPTER_LINE.matcher(text).lookingAt()) {
            return false;
        }
        int[] first = seconds(list.child(0).text());
        if (first == null || first[0] != 0) {
            return false;
        }
        boolean offGrid = first[1] != 0;
        for (int i = 1; i < MIN_CHAPTERS && !offGrid; i++) {
            int[] t = seconds(list.child(i).text());
            if (t == null) {
                return false;
            }
            offGrid = t[1] != 0;
        }
        return offGrid;
    }

    /**
     * The time code opening a chapter's line as {seconds from the start, its last field off a multiple of five}, or null
     * when the line opens with none: a schedule's "00:05" is on the grid as minutes, a chapter's "04:12" off it.
     */
    private static int[] seconds(String line) {
        Matcher m = CHAPTER_LINE.matcher(line.strip());
        if (!m.lookingAt()) {
            return null;
        }
        int h = m.group(1) == null ? 0 : Integer.parseInt(m.group(1));
        int total = (h * 60 + Integer.parseInt(m.group(2))) * 60 + Integer.parseInt(m.group(3));
        return new int[] {total, Integer.parseInt(m.group(3)) % 5};
    }
}
