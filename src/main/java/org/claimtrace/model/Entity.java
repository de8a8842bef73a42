package org.claimtrace.model;

import java.util.List;

/**
 * A document-level entity: one real-world referent with all its mentions.
 *
 * @param name         canonical name: the fullest proper name, or the normalized expression for time entities
 * @param subtype      the most frequent fine label among its mentions, or null
 * @param aliases      the other distinct surface names, in order of first appearance
 * @param roles        the roles and titles the document writes next to a name of the entity ("Trade and
 *                     Industry Secretary", "information commissioner"), in order of first appearance
 * @param value        the TIMEX3 value for temporal entities, otherwise null
 * @param mentionCount number of mentions, pronouns included
 * @param salience     share of the document's entity mentions that belong to this entity, in [0,1]
 * @param confidence   how sure the resolver is of this grouping and type, in [0,1]
 */
public record Entity(String id, EntityType type, String subtype, String name, List<String> aliases,
                     List<String> roles, String value, int mentionCount, double salience, double confidence,
                     List<Mention> mentions) {
}
