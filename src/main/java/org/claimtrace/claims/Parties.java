package org.claimtrace.claims;

import org.claimtrace.model.Entity;
import org.claimtrace.model.EntityType;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Members of a party named by the party's word ("Republicans", "Democrats", "Conservatives", "Tories",
 * "Democratic leaders"): the party is an organization the document names by that word, alone or with "Party"
 * ("the Republican Party", "Democratic Party", "Labour"), or by its short name ("GOP" for the Republicans,
 * "the Tories" for the Conservatives). With no such organization in the document, the members have none.
 */
final class Parties {
    /** Short names of a party by the word its members are called after. */
    private static final Map<String, Set<String>> SHORT_NAMES = Map.of(
            "republican", Set.of("gop"), "conservative", Set.of("tory", "tories"), "tory", Set.of("conservative"));
    /** Words that count a part of the members, who then speak as members, not as the party. */
    static final Set<String> QUANTIFIERS = Set.of("some", "many", "most", "several", "few", "two", "three", "four",
            "five", "other", "dozens", "hundreds", "thousands", "prominent", "top", "senior", "leading", "fellow", "one",
            "a", "an", "those", "these", "both", "all");

    private Parties() {
    }

    /** The party whose members a word names ("Republicans", "Republican", "Democratic"), or null. */
    static Entity of(String word, List<Entity> entities) {
        String w = stem(word);
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

    /** "Republicans" → "republican", "Democrats" and "Democratic" → "democrat", "Tories" → "tory". */
    static String stem(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.endsWith("ies")) {
            w = w.substring(0, w.length() - 3) + "y";
        } else if (w.endsWith("s")) {
            w = w.substring(0, w.length() - 1);
        }
        if (w.endsWith("ic") && w.length() > 5) {
            w = w.substring(0, w.length() - 2); // democratic → democrat
        }
        return w;
    }

    private static boolean names(String name, String stem) {
        String n = name.toLowerCase(Locale.ROOT).strip();
        if (n.startsWith("the ")) {
            n = n.substring(4);
        }
        if (n.endsWith(" party")) {
            n = n.substring(0, n.length() - 6);
        }
        return stem(n).equals(stem) || SHORT_NAMES.getOrDefault(stem, Set.of()).contains(n);
    }
}
