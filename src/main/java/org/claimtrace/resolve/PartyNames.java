package org.claimtrace.resolve;

import org.claimtrace.model.Entity;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The names of a political party: "the Conservative Party", "the Conservatives", "the Tories" and "Tory"
 * are one party, as are "the Liberal Democrats" and "the Lib Dems", or "the Republican Party", "Republicans"
 * and "the GOP". {@link #key} gives every form the same key, so that the entity stage makes one organization of
 * them and the claim stage finds the party of "Republicans said".
 */
public final class PartyNames {
    /** Short and nick names by the key of the party they name. */
    private static final Map<String, String> SYNONYMS = Map.of("tory", "conservative", "gop", "republican",
            "lib dem", "liberal democrat");
    /** The parties whose forms the entity stage joins: those news names by several forms. */
    static final Set<String> JOINED = Set.of("conservative", "labour", "liberal democrat", "republican", "democrat");

    private PartyNames() {
    }

    /**
     * The key of a party name or of its members' word: lower case, without "the" and "party", singular, and
     * "-ic" dropped ("Democratic" → "democrat"), short names mapped to the full one ("Tories" → "conservative").
     */
    public static String key(String name) {
        String n = name.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
        if (n.startsWith("the ")) {
            n = n.substring(4);
        }
        if (n.endsWith(" party")) {
            n = n.substring(0, n.length() - 6);
        }
        if (n.endsWith("ies")) {
            n = n.substring(0, n.length() - 3) + "y";
        } else if (n.endsWith("s") && !n.endsWith("ss")) {
            n = n.substring(0, n.length() - 1);
        }
        if (n.endsWith("ic") && n.length() > 5) {
            n = n.substring(0, n.length() - 2);
        }
        return SYNONYMS.getOrDefault(n, n);
    }

    /** Whether an organization is a political party by its subtype or by the form of its name. */
    static boolean isParty(Entity e) {
        return "POLITICAL_PARTY".equals(e.subtype()) || isJoined(e.name())
                || e.aliases().stream().anyMatch(PartyNames::isJoined);
    }

    /** Whether a name is a form of one of the parties the entity stage joins. */
    static boolean isJoined(String name) {
        return JOINED.contains(key(name));
    }
}
