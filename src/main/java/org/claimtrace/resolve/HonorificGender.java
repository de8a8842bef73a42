package org.claimtrace.resolve;

import org.claimtrace.model.Mention;
import org.claimtrace.model.Token;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The gender an honorific gives a person's name: "Mr Thomas" is male, "Ms Hewitt" female. */
final class HonorificGender {
    private static final Map<String, PronounResolver.Gender> WORDS = Map.ofEntries(
            Map.entry("mr", PronounResolver.Gender.MALE), Map.entry("sir", PronounResolver.Gender.MALE),
            Map.entry("lord", PronounResolver.Gender.MALE), Map.entry("king", PronounResolver.Gender.MALE),
            Map.entry("prince", PronounResolver.Gender.MALE),
            Map.entry("ms", PronounResolver.Gender.FEMALE), Map.entry("mrs", PronounResolver.Gender.FEMALE),
            Map.entry("miss", PronounResolver.Gender.FEMALE), Map.entry("lady", PronounResolver.Gender.FEMALE),
            Map.entry("dame", PronounResolver.Gender.FEMALE), Map.entry("baroness", PronounResolver.Gender.FEMALE),
            Map.entry("queen", PronounResolver.Gender.FEMALE), Map.entry("princess", PronounResolver.Gender.FEMALE));

    private HonorificGender() {
    }

    /** The gender of the honorific that starts the name or stands just before it, or null. */
    static PronounResolver.Gender of(List<Token> tokens, Mention name) {
        PronounResolver.Gender g = word(tokens.get(name.tokenBegin()).text());
        if (g == null && name.tokenBegin() > 0) {
            g = word(tokens.get(name.tokenBegin() - 1).text());
        }
        return g;
    }

    private static PronounResolver.Gender word(String w) {
        String k = w.toLowerCase(Locale.ROOT);
        if (k.endsWith(".")) {
            k = k.substring(0, k.length() - 1);
        }
        return WORDS.get(k);
    }
}
