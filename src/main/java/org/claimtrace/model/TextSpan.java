package org.claimtrace.model;

/**
 * A span of the document text, in code points, end-exclusive.
 *
 * @param entity the id of the entity this span refers to, or null
 */
public record TextSpan(int begin, int end, String text, String entity) {
    public TextSpan withEntity(String entityId) {
        return new TextSpan(begin, end, text, entityId);
    }
}
