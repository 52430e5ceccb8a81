package dev.newsdrop.process;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * S3's event {@code sequencer}: a hexadecimal string that orders events on one key. Values differ
 * in length, so they are compared after left-padding the shorter with zeros; normalizing every
 * value to one width makes plain string comparison (in code and in DynamoDB conditions) correct.
 */
public final class Sequencer {

    /** Wider than any sequencer S3 sends; longer values are kept as they are. */
    static final int WIDTH = 32;
    private static final Pattern HEX = Pattern.compile("[0-9A-F]+");

    /**
     * Orders before every sequencer S3 sends: the sequencer of a reprocessing of an object no event
     * has reached, so any event of it, however late, still replaces the record.
     */
    public static final String BEFORE_ANY_EVENT = "0".repeat(WIDTH);

    private Sequencer() {
    }

    /** The sequencer upper-cased and left-padded with zeros to {@value #WIDTH} digits, or null. */
    public static String normalize(String sequencer) {
        if (sequencer == null || sequencer.isBlank()) {
            return null;
        }
        String hex = sequencer.strip().toUpperCase(Locale.ROOT);
        if (!HEX.matcher(hex).matches()) {
            throw new IllegalArgumentException("not a hexadecimal sequencer: " + sequencer);
        }
        return hex.length() >= WIDTH ? hex : "0".repeat(WIDTH - hex.length()) + hex;
    }
}
