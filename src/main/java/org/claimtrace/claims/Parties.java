package org.claimtrace.claims;

import org.claimtrace.model.Entity;
import org.claimtrace.model.EntityType;
import org.claimtrace.resolve.PartyNames;

import java.util.List;
import java.util.Set;

/**
 * Members of a party named by the party's word ("Republicans", "Democrats", "Conservatives", "Tories",
 * "Democratic leaders"): the party is an organization the document names by that word, alone or with "Party"
 * ("the Republican Party", "Democratic Party", "Labour"), or by its short name ("GOP" for the Republicans,
 * "the Tories" for the Conservatives). With no such organization in the document, the members have none.
 */
final class Parties {
    /** Words that count a part of the members, who then speak as members, not as the party. */
    static final Set<String> QUANTIFIERS = Set.of("some", "many", "most", "several", "few", "two", "three", "four",
            "five", "other", "dozens", "hundreds", "thousands", "prominent", "top", "senior", "leading", "fellow", "one",
            "a", "an", "those", "these", "both", "all");

    private Parties() {
    }

    /** The party whose members a word names ("Republicans", "Republican", "Democratic"), or null. */
    static Entity of(String word, List<Entity> entities) {
        String w = PartyNames.key(word);
        if (w.length() < 3) {
            return null;
        }
        for (Entity e : entities) {
            if (e.type() != EntityType.ORGANIZATION) {
                continue;
            }
            if (names(e.name(), w) || e.aliases().stream().anyMatch(a -> names(a, w))) {
                return e;
            }
        }
        return null;
    }

    private static boolean names(String name, String key) {
        return PartyNames.key(name).equals(key);
    }
}
