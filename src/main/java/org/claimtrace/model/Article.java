package org.claimtrace.model;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One input article, as read from a file, a JSONL line or given by library code.
 *
 * @param id         a stable identifier, unique within a batch
 * @param text       the plain text all offsets will point into; null when the input could not be read
 * @param title      the headline if known separately from the text, or null
 * @param date       the publication date from the input's metadata, or null
 * @param url        where it came from, or null
 * @param metadata   any other input fields, kept verbatim in the output
 * @param sourcePath the file it was read from, or null
 * @param readError  why the input could not be read (then text is null), or null
 */
public record Article(String id, String text, String title, LocalDate date, String url,
                      Map<String, Object> metadata, String sourcePath, Problem readError) implements Serializable {

    public Article {
        Objects.requireNonNull(id, "id");
        metadata = metadata == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }

    /** A plain-text article with no metadata. */
    public static Article of(String id, String text) {
        return new Article(id, Objects.requireNonNull(text, "text"), null, null, null, Map.of(), null, null);
    }

    /** An input that could not be read; processing it yields a failed document with this problem. */
    public static Article unreadable(String id, String sourcePath, Problem problem) {
        return new Article(id, null, null, null, null, Map.of(), sourcePath, problem);
    }

    public Article withDate(LocalDate newDate) {
        return new Article(id, text, title, newDate, url, metadata, sourcePath, readError);
    }

    public Article withTitle(String newTitle) {
        return new Article(id, text, newTitle, date, url, metadata, sourcePath, readError);
    }
}
