package org.claimtrace.io;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the date part of ISO-8601 dates and timestamps found in metadata. */
public final class IsoDates {
    private static final Pattern DATE_PREFIX = Pattern.compile("^\\s*(\\d{4}-\\d{2}-\\d{2})(?:$|[T\\s].*)");

    private IsoDates() {
    }

    /**
     * Why a metadata value is not a date ({@link #parseLenient} gives null for it): "is not a valid calendar
     * date (…)" for an impossible one such as "2025-02-30", "is not an ISO date (…)" for anything else; null
     * when it is a date.
     */
    public static String whyNot(String value) {
        if (value == null) {
            return "is missing";
        }
        Matcher m = DATE_PREFIX.matcher(value);
        if (!m.matches()) {
            return "is not an ISO date (YYYY-MM-DD, optionally followed by a time)";
        }
        try {
            LocalDate.parse(m.group(1));
            return null;
        } catch (DateTimeParseException e) {
            String detail = e.getMessage() == null ? "" : e.getMessage().replaceFirst("^Text '[^']*' could not be parsed: ", "");
            return "is not a valid calendar date (" + detail + ")";
        }
    }

    /** "2025-10-15" or "2025-10-15T09:30:00+02:00" → 2025-10-15; anything else → null. */
    public static LocalDate parseLenient(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = DATE_PREFIX.matcher(value);
        if (!m.matches()) {
            return null;
        }
        try {
            return LocalDate.parse(m.group(1));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
