package org.claimtrace.model;

/**
 * One mention of an entity: a span of the text.
 *
 * @param id         stable id within the document ("m1", "m2", ... in text order)
 * @param begin      code point offset, inclusive
 * @param end        code point offset, exclusive
 * @param type       the mention's type as tagged; the entity's type is decided across mentions
 * @param subtype    the fine label kept from the tagger or gazetteer (CITY, COUNTRY, ...), or null
 * @param source     which component proposed it: "corenlp", "gazetteer", "sutime", "coref"
 * @param tokenBegin first token index
 * @param tokenEnd   token index after the last
 */
public record Mention(String id, int begin, int end, String text, int sentence, MentionKind kind,
                      EntityType type, String subtype, String source, double confidence,
                      int tokenBegin, int tokenEnd) {

    public Mention withId(String newId) {
        return new Mention(newId, begin, end, text, sentence, kind, type, subtype, source, confidence,
                tokenBegin, tokenEnd);
    }

    public Mention withType(EntityType newType, String newSubtype) {
        return new Mention(id, begin, end, text, sentence, kind, newType, newSubtype, source, confidence,
                tokenBegin, tokenEnd);
    }

    public boolean overlaps(Mention other) {
        return begin < other.end && other.begin < end;
    }
}
