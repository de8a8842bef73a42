package org.claimtrace.resolve;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Normalized forms of names used to decide whether two mentions name the same entity, within a document
 * ({@link EntityResolver}) and across documents ({@code org.claimtrace.aggregate}).
 */
public final class NameKey {
    private static final Set<String> PARTICLES = Set.of("al", "el", "ad", "as", "ash", "ar", "an", "at", "az");
    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady",
            "president", "minister", "prime", "general", "gen", "sen", "senator", "rep", "gov", "governor",
            "king", "queen", "prince", "princess", "pope", "sheikh", "judge", "justice", "chancellor", "mayor");

    /** Capitalized words that start many organization names and so are not short forms of any. */
    static final Set<String> COMMON_WORDS = Set.of("national", "united", "international", "general", "american",
            "european", "new", "world", "federal", "royal", "central", "first", "north", "south", "east", "west",
            "great", "british", "chinese", "russian", "global", "state", "supreme", "high", "city");

    private NameKey() {
    }

    /** The whole name: lowercase, accents folded, quotes straightened, no "the" or possessive. */
    public static String of(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        s = s.replace('’', '\'').replace('‘', '\'').replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
        if (s.startsWith("the ")) {
            s = s.substring(4);
        }
        if (s.endsWith("'s")) {
            s = s.substring(0, s.length() - 2);
        } else if (s.endsWith("'")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    /**
     * The parts of a person's name that identify them: honorifics dropped, Arabic article particles
     * ("al-Sharaa" → "sharaa") split off, so "Assad" matches "Bashar al-Assad".
     */
    public static List<String> personParts(String name) {
        List<String> parts = new ArrayList<>();
        for (String raw : of(name).split("[ .]+")) {
            if (raw.isEmpty() || HONORIFICS.contains(raw)) {
                continue;
            }
            String p = raw;
            int dash = p.indexOf('-');
            if (dash > 0 && PARTICLES.contains(p.substring(0, dash))) {
                p = p.substring(dash + 1);
            }
            if (!p.isEmpty() && !PARTICLES.contains(p)) {
                parts.add(p);
            }
        }
        return parts;
    }
}
