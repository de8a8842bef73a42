package org.claimtrace.io;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the publication date in a dateline or the first lines of an article: the earliest complete date
 * (day, month and year) among the first {@value #LINES} non-empty lines. Partial dates ("in March") are
 * never taken, as they are usually about events, not publication.
 */
public final class DatelineDetector {
    static final int LINES = 4;
    private static final int MAX_CHARS = 1200;

    /** A detected date and the text it was read from. */
    public record Found(LocalDate date, String evidence) {
    }

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));
    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";
    private static final Pattern ISO = Pattern.compile("\\b((?:19|20)\\d{2})-(\\d{1,2})-(\\d{1,2})\\b");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s*,?\\s*((?:19|20)\\d{2})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+((?:19|20)\\d{2})\\b", Pattern.CASE_INSENSITIVE);

    private DatelineDetector() {
    }

    public static Optional<Found> detect(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String head = head(text);
        Found best = null;
        int bestAt = Integer.MAX_VALUE;
        Matcher m = ISO.matcher(head);
        if (m.find()) {
            LocalDate d = date(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
            if (d != null) {
                best = new Found(d, m.group());
                bestAt = m.start();
            }
        }
        m = MONTH_DAY_YEAR.matcher(head);
        while (m.find() && m.start() < bestAt) {
            LocalDate d = date(m.group(3), month(m.group(1)), m.group(2));
            if (d != null) {
                best = new Found(d, m.group());
                bestAt = m.start();
                break;
            }
        }
        m = DAY_MONTH_YEAR.matcher(head);
        while (m.find() && m.start() < bestAt) {
            LocalDate d = date(m.group(3), month(m.group(2)), m.group(1));
            if (d != null) {
                best = new Found(d, m.group());
                break;
            }
        }
        return Optional.ofNullable(best);
    }

    private static String head(String text) {
        int lines = 0;
        int i = 0;
        while (i < text.length() && lines < LINES && i < MAX_CHARS) {
            int nl = text.indexOf('\n', i);
            int end = nl < 0 ? text.length() : nl;
            if (!text.substring(i, end).isBlank()) {
                lines++;
            }
            i = end + 1;
        }
        return text.substring(0, Math.min(Math.min(i, text.length()), MAX_CHARS));
    }

    private static int month(String name) {
        return MONTHS.getOrDefault(name.toLowerCase(Locale.ROOT).substring(0, 3), 0);
    }

    private static LocalDate date(String year, int month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
