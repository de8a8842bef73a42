package org.claimtrace.io;

import org.claimtrace.model.Article;
import org.claimtrace.model.DateSource;
import org.claimtrace.model.DocumentDate;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.function.Function;

/**
 * Chooses each document's date: the input's metadata first, then the configured default
 * ({@code --date}), then a date detected in the dateline or first lines, else none.
 */
public final class DocumentDateResolver implements Function<Article, DocumentDate>, Serializable {
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
}
