package org.claimtrace.model;

import java.time.LocalDate;

/**
 * The date every relative expression in a document is normalized against.
 *
 * @param value  ISO date, or null when none is known
 * @param source where it came from
 * @param evidence the text it was read from (dateline or metadata field), or null
 */
public record DocumentDate(LocalDate value, DateSource source, String evidence) {
    public static final DocumentDate NONE = new DocumentDate(null, DateSource.NONE, null);
}
