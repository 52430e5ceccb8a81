package dev.newsdrop.extract.meta.authors;

import dev.newsdrop.extract.meta.ComparisonKey;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Two writers that a Vietnamese paper signs with a spaced hyphen or en dash between them ("Hoài Thu - Minh Quang"),
 * where other bylines set a role or the place the copy was filed from after the dash ("Jane Doe - Staff Writer",
 * "Hoài Thu - Hà Nội"), which {@link AuthorNames#clean} cuts. Read only on a page declared Vietnamese, and only when
 * both parts are written as Vietnamese personal names: two to four capitalised words of one syllable each
 * (Vietnamese writes each syllable apart), a person's name as {@link AuthorNames#isPersonName} reads it, and neither
 * the name of one of the country's provinces or its large cities ({@link #PLACES}), the place a dateline names.
 */
final class VietnameseWriters {

    /** A spaced hyphen or en dash, the joiner. */
    private static final Pattern SPACED_DASH = Pattern.compile("\\s[-\u2013]\\s");

    /** One capitalised syllable: a capital, then at most six lower-case letters (the longest syllable, "nghiêng", has seven). */
    private static final Pattern SYLLABLE = Pattern.compile("\\p{Lu}\\p{Ll}{0,6}");

    /** A Vietnamese personal name has two to four syllables: "Minh Quang", "Nguyễn Văn An", "Tôn Nữ Thị Hà". */
    private static final int MIN_SYLLABLES = 2;
    private static final int MAX_SYLLABLES = 4;

    /**
     * Vietnam's provinces and large cities, as a byline names the place after a dash: named data, the places a
     * dateline gives (compared by {@link ComparisonKey}).
     */
    private static final Set<String> PLACES = List.of("Hà Nội", "Hồ Chí Minh", "Sài Gòn", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế",
            "Thừa Thiên Huế", "Nghệ An", "Thanh Hóa", "Thanh Hoá", "Quảng Ninh", "Quảng Nam", "Quảng Ngãi", "Quảng Bình", "Quảng Trị",
            "Bình Định", "Khánh Hòa", "Khánh Hoà", "Lâm Đồng", "Đắk Lắk", "Đắk Nông", "Gia Lai", "Kon Tum", "Bình Dương", "Đồng Nai",
            "Long An", "Tiền Giang", "An Giang", "Kiên Giang", "Cà Mau", "Bạc Liêu", "Sóc Trăng", "Hà Tĩnh", "Nam Định", "Thái Bình",
            "Ninh Bình", "Hà Nam", "Hải Dương", "Hưng Yên", "Bắc Ninh", "Bắc Giang", "Thái Nguyên", "Lạng Sơn", "Cao Bằng", "Hà Giang",
            "Lào Cai", "Yên Bái", "Tuyên Quang", "Phú Thọ", "Vĩnh Phúc", "Hòa Bình", "Hoà Bình", "Sơn La", "Điện Biên", "Lai Châu",
            "Bắc Kạn", "Phú Yên", "Ninh Thuận", "Bình Thuận", "Bình Phước", "Tây Ninh", "Bà Rịa", "Vũng Tàu", "Bến Tre", "Trà Vinh",
            "Vĩnh Long", "Đồng Tháp", "Hậu Giang", "Nha Trang", "Đà Lạt", "Hội An", "Buôn Ma Thuột", "Quy Nhơn", "Phan Thiết",
            "Biên Hòa", "Biên Hoà", "Hạ Long", "Thủ Đức", "Phú Quốc", "Côn Đảo", "Tây Nguyên", "Miền Tây", "Miền Trung")
            .stream().map(ComparisonKey::of).collect(Collectors.toUnmodifiableSet());

    private VietnameseWriters() {
    }

    /** The two writers of a byline "A - B" on a page declared Vietnamese ({@code language} "vi"); otherwise the text alone. */
    static List<String> joinedByDash(String byline, String language) {
        if (!"vi".equals(language) || byline.indexOf(" - ") < 0 && byline.indexOf(" \u2013 ") < 0) {
            return List.of(byline);
        }
        String[] parts = SPACED_DASH.split(BylineLeads.withoutLeadIn(byline.strip()));
        if (parts.length != 2 || !personalName(parts[0].strip()) || !personalName(parts[1].strip())) {
            return List.of(byline);
        }
        return List.of(parts[0].strip(), parts[1].strip());
    }

    /**
     * The consonants that may open a Vietnamese syllable, and those that may close it (after its vowels): Vietnamese
     * spelling allows no others, so "Staff" or "Writer" is no syllable of a Vietnamese name. Named data.
     */
    private static final Set<String> ONSETS = Set.of("", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng",
            "ngh", "nh", "p", "ph", "qu", "r", "s", "t", "th", "tr", "v", "x");
    private static final Set<String> FINALS = Set.of("", "c", "ch", "m", "n", "ng", "nh", "p", "t");

    /** True when the word is spelt as a Vietnamese syllable: an onset of {@link #ONSETS}, vowels, a final of {@link #FINALS}. */
    private static boolean vietnameseSyllable(String word) {
        String w = Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        int first = 0;
        while (first < w.length() && VOWELS.indexOf(w.charAt(first)) < 0) {
            first++;
        }
        if (first == w.length()) {
            return false;
        }
        int last = w.length();
        while (last > first && VOWELS.indexOf(w.charAt(last - 1)) < 0) {
            last--;
        }
        String onset = w.substring(0, first);
        // "qu" and "gi" take their vowel letter into the onset ("Quang", "Giang")
        return (ONSETS.contains(onset) || onset.equals("q") && w.charAt(first) == 'u')
                && FINALS.contains(w.substring(last)) && w.substring(first, last).chars().allMatch(c -> VOWELS.indexOf(c) >= 0);
    }

    /** The vowel letters, their diacritics removed. */
    private static final String VOWELS = "aeiouy";

    /** True when the text is written as a Vietnamese personal name (see the class comment). */
    static boolean personalName(String text) {
        String[] words = text.split("\\s+");
        if (words.length < MIN_SYLLABLES || words.length > MAX_SYLLABLES || PLACES.contains(ComparisonKey.of(text))) {
            return false;
        }
        for (String w : words) {
            if (!SYLLABLE.matcher(w).matches() || !vietnameseSyllable(w)) {
                return false;
            }
        }
        return AuthorNames.isPersonName(text);
    }
}
