package dev.newsdrop.reprocess;

import java.util.Locale;

/** Which keys a reprocessing run brings up to date. */
public enum Selection {
    /** Records another extractor version made, and objects with no record (the default). */
    STALE,
    /** Objects with no record only: a backfill. */
    MISSING,
    /** Every object, extracted again even when its record looks up to date. */
    ALL;

    /** Whether a record that looks up to date is extracted again all the same. */
    public boolean forced() {
        return this == ALL;
    }

    /** Its name as runs spell it: {@code stale}, {@code missing}, {@code all}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The selection a run names, in any case; null gives the default.
     *
     * @throws IllegalArgumentException for any other name
     */
    public static Selection parse(String name) {
        if (name == null || name.isBlank()) {
            return STALE;
        }
        for (Selection s : values()) {
            if (s.label().equalsIgnoreCase(name.strip())) {
                return s;
            }
        }
        throw new IllegalArgumentException("mode is stale, missing or all, not " + name);
    }
}
