package org.claimtrace.resolve;

import org.claimtrace.model.EntityType;
import org.claimtrace.model.Token;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** What a pronoun can refer to, from its word (and, for "that", its tag). */
enum PronounClass {
    /** he, him, his, himself. */
    MALE,
    /** she, her, hers, herself. */
    FEMALE,
    /** it, its, itself: an organization or a place. */
    NEUTER,
    /** they, them, their, theirs, themselves: an organization (or a group). */
    PLURAL,
    /** I, me, my, mine, myself: the speaker of the quotation around it. */
    FIRST_SINGULAR,
    /** we, us, our, ours, ourselves: the speaker of the quotation around it. */
    FIRST_PLURAL,
    /** who, whom, whose, which, that (as a relative pronoun): the phrase just before. */
    RELATIVE;

    private static final Map<String, PronounClass> WORDS = Map.ofEntries(
            Map.entry("he", MALE), Map.entry("him", MALE), Map.entry("his", MALE), Map.entry("himself", MALE),
            Map.entry("she", FEMALE), Map.entry("her", FEMALE), Map.entry("hers", FEMALE),
            Map.entry("herself", FEMALE),
            Map.entry("it", NEUTER), Map.entry("its", NEUTER), Map.entry("itself", NEUTER),
            Map.entry("they", PLURAL), Map.entry("them", PLURAL), Map.entry("their", PLURAL),
            Map.entry("theirs", PLURAL), Map.entry("themselves", PLURAL),
            Map.entry("i", FIRST_SINGULAR), Map.entry("me", FIRST_SINGULAR), Map.entry("my", FIRST_SINGULAR),
            Map.entry("mine", FIRST_SINGULAR), Map.entry("myself", FIRST_SINGULAR),
            Map.entry("we", FIRST_PLURAL), Map.entry("us", FIRST_PLURAL), Map.entry("our", FIRST_PLURAL),
            Map.entry("ours", FIRST_PLURAL), Map.entry("ourselves", FIRST_PLURAL),
            Map.entry("who", RELATIVE), Map.entry("whom", RELATIVE), Map.entry("whose", RELATIVE),
            Map.entry("which", RELATIVE), Map.entry("that", RELATIVE));
    private static final Set<String> RELATIVE_TAGS = Set.of("WP", "WP$", "WDT");

    /** The class of the token as a pronoun, or null when it is not one. */
    static PronounClass of(Token t) {
        PronounClass c = WORDS.get(t.text().toLowerCase(Locale.ROOT));
        if (c == null || t.pos() == null) {
            return null;
        }
        if (c == RELATIVE) {
            return RELATIVE_TAGS.contains(t.pos()) ? c : null;
        }
        // "US" the country is tagged NNP; "us" the pronoun PRP
        return t.pos().startsWith("PRP") ? c : null;
    }

    boolean isThirdPerson() {
        return this == MALE || this == FEMALE || this == NEUTER || this == PLURAL;
    }

    boolean isFirstPerson() {
        return this == FIRST_SINGULAR || this == FIRST_PLURAL;
    }

    /** Whether an entity of this type can be the referent. */
    boolean accepts(EntityType type) {
        switch (this) {
            case MALE:
            case FEMALE:
            case FIRST_SINGULAR:
                return type == EntityType.PERSON;
            case NEUTER:
                return type == EntityType.ORGANIZATION || type == EntityType.LOCATION;
            case PLURAL:
                return type == EntityType.ORGANIZATION;
            default:
                return type == EntityType.PERSON || type == EntityType.ORGANIZATION;
        }
    }
}
