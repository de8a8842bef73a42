package org.claimtrace.pipeline;

import org.claimtrace.model.Article;
import org.claimtrace.model.DocumentDate;
import org.claimtrace.model.Problem;

import java.util.List;
import java.util.function.Function;

/**
 * Chooses a document's date, and reports what was wrong with the dates the input gave (an unreadable metadata
 * date). The pipeline records each such problem on the document, which makes it {@code partial}.
 */
public interface DateResolver extends Function<Article, DocumentDate> {
    /** Problems with the article's dates, given the date that was chosen; empty when there are none. */
    List<Problem> problems(Article article, DocumentDate chosen);
}
