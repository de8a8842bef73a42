package org.claimtrace.resolve;

import org.claimtrace.model.EntityType;
import org.claimtrace.model.Entity;
import org.claimtrace.model.Token;
import org.claimtrace.testing.TaggedTokens;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.claimtrace.resolve.Sentences.at;
import static org.claimtrace.resolve.Sentences.name;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** First-name genders from CoreNLP's list (in its models jar) and the project's corrections. */
class FirstNameGenderTest {
    private static final List<Token> T = TaggedTokens.of("Hillary/NNP Clinton/NNP met/VBD Donald/NNP Trump/NNP "
            + "and/CC Kristian/NNP Dahl/NNP ./. || James/NNP spoke/VBD ./.");

    @Test
    void theFirstWordOfAFullNameGivesTheGender() {
        FirstNameGender g = FirstNameGender.standard();
        assertEquals(PronounResolver.Gender.FEMALE, g.of(T, name(T, 0, 2, EntityType.PERSON)));
        assertEquals(PronounResolver.Gender.MALE, g.of(T, name(T, 3, 5, EntityType.PERSON)));
        // a single word may be a surname: no gender
        assertNull(g.of(T, name(T, 9, 10, EntityType.PERSON)));
    }

    @Test
    void correctionsOverrideTheListAndEitherGivesNone() {
        FirstNameGender fixed = FirstNameGender.withCorrections(Map.of("Kristian", "male", "Hillary", "either"));
        assertEquals(PronounResolver.Gender.MALE, fixed.of(T, name(T, 6, 8, EntityType.PERSON)));
        assertNull(fixed.of(T, name(T, 0, 2, EntityType.PERSON)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FirstNameGender.withCorrections(Map.of("Kim", "sometimes")));
        assertTrue(e.getMessage().contains("Kim"), e.getMessage());
    }

    @Test
    void sheAfterTwoPeopleIsTheOneWithAWomansName() {
        List<Token> t = TaggedTokens.of("Donald/NNP Trump/NNP attacked/VBD Hillary/NNP Clinton/NNP ./. "
                + "|| She/PRP said/VBD no/DT ./.");
        List<Entity> es = new EntityResolver().resolve(t, List.of(name(t, 0, 2, EntityType.PERSON),
                name(t, 3, 5, EntityType.PERSON)), List.of()).entities();
        int she = at(t, "She", 0);
        Entity owner = es.stream().filter(e -> e.mentions().stream().anyMatch(m -> m.tokenBegin() == she))
                .findFirst().orElseThrow();
        assertEquals("Hillary Clinton", owner.name());
    }
}
