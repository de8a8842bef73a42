package org.claimtrace.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;
import java.util.Map;

/**
 * The output for one article: the JSON contract, described by {@code schema/claimtrace-document.schema.json}.
 * All offsets are Unicode code point indices into {@link #text()}, end-exclusive.
 */
@JsonPropertyOrder({"schemaVersion", "id", "title", "url", "sourcePath", "metadata", "documentDate", "language",
        "status", "problems", "text", "sentences", "tokens", "entities", "timeExpressions", "claims"})
@JsonInclude(JsonInclude.Include.ALWAYS)
public record DocumentResult(String schemaVersion, String id, String title, String url, String sourcePath,
                             Map<String, Object> metadata, DocumentDate documentDate, Language language,
                             Status status, List<Problem> problems, String text, List<Sentence> sentences,
                             List<Token> tokens, List<Entity> entities, List<TimeExpression> timeExpressions,
                             List<Claim> claims) {

    /** Number of tokens, for throughput accounting. */
    public int tokenCount() {
        return tokens == null ? 0 : tokens.size();
    }
}
