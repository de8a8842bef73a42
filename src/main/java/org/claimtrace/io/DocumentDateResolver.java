package org.claimtrace.io;

import org.claimtrace.model.Article;
import org.claimtrace.model.DateSource;
import org.claimtrace.model.DocumentDate;
import org.claimtrace.model.Problem;
import org.claimtrace.model.ProblemCode;
import org.claimtrace.pipeline.DateResolver;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * Chooses each document's date: the input's metadata first, then the configured default
 * ({@code --date}), then a date detected in the dateline or first lines, else none.
 *
 * <p>A metadata date that is not a date ("not-a-date", or an impossible "2025-02-30") is kept verbatim in the
 * article's metadata under {@value #UNUSABLE_DATE} by the reader; the date then falls back to the next source,
 * and the document gets a {@code bad-date} problem naming the value and the source used instead.
 */
public final class DocumentDateResolver implements DateResolver, Serializable {
    /** Metadata key of a metadata date that could not be read, kept verbatim. */
    public static final String UNUSABLE_DATE = "date";

    private final LocalDate fallback;

    /** @param fallback the {@code --date} value, or null */
    public DocumentDateResolver(LocalDate fallback) {
        this.fallback = fallback;
    }

    @Override
    public DocumentDate apply(Article article) {
        if (article.date() != null) {
            return new DocumentDate(article.date(), DateSource.METADATA, null);
        }
        if (fallback != null) {
            return new DocumentDate(fallback, DateSource.OPTION, null);
        }
        return DatelineDetector.detect(article.text())
                .map(f -> new DocumentDate(f.date(), DateSource.TEXT, f.evidence()))
                .orElse(DocumentDate.NONE);
    }

    @Override
    public List<Problem> problems(Article article, DocumentDate chosen) {
        if (!(article.metadata().get(UNUSABLE_DATE) instanceof String raw)) {
            return List.of();
        }
        String why = IsoDates.whyNot(raw);
        if (why == null) {
            return List.of(); // a readable date kept as metadata by library code
        }
        return List.of(new Problem("input", ProblemCode.BAD_DATE,
                "metadata date '" + raw + "' " + why + "; the document date is " + describe(chosen)));
    }

    private static String describe(DocumentDate d) {
        return switch (d.source()) {
            case METADATA -> d.value() + ", from another metadata field";
            case OPTION -> d.value() + ", from --date";
            case TEXT -> d.value() + ", from the text (\"" + d.evidence() + "\")";
            case NONE -> "unknown (no other source has one)";
        };
    }
}
