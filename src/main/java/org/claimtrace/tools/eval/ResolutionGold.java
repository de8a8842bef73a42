package org.claimtrace.tools.eval;


import java.util.List;

/**
 * One document's gold for resolution scoring: the mentions to score and, for each, the named mentions of
 * the same instance (their entity).
 *
 * @param document the text and date (its spans are unused)
 * @param mentions the scored nominal and pronominal mentions
 */
public record ResolutionGold(GoldDocument document, List<Mention> mentions) {

    /** How a scored mention refers. */
    public enum Kind { PRONOUN, NOMINAL }

    /** A code-point span. */
    public record Span(int begin, int end) {
    }

    /**
     * A scored mention.
     *
     * @param span  the mention's full extent as annotated
     * @param head  its head word
     * @param type  PERSON or ORGANIZATION
     * @param names the named mentions of its instance in the document
     */
    public record Mention(Span span, Span head, Kind kind, String type, String text, List<Span> names) {
        public Mention {
            names = List.copyOf(names);
        }
    }

    public ResolutionGold {
        mentions = List.copyOf(mentions);
    }
}
