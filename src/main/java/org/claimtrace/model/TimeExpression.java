package org.claimtrace.model;

/**
 * A time expression with its TIMEX3 value, normalized against the document date.
 *
 * @param value  ISO-8601 / TIMEX3 value ("2025-10-15", "2025-W42", "P3Y", "XXXX-WXX-2"), or null
 * @param entity id of the temporal entity this expression belongs to
 */
public record TimeExpression(String id, int begin, int end, String text, int sentence, EntityType type,
                             String value, String entity) {
}
