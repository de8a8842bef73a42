package org.claimtrace.stages;

import org.claimtrace.model.EntityType;
import org.claimtrace.model.Mention;
import org.claimtrace.model.MentionKind;
import org.claimtrace.model.Token;
import org.claimtrace.testing.TaggedTokens;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Propagation on hand-tagged token lists: no models. */
class NamePropagationTest {
    private static List<Token> tokens(String tagged) {
        return TaggedTokens.of(tagged);
    }

    private static Mention name(List<Token> t, int from, int to, EntityType type) {
        return new Mention(null, t.get(from).begin(), t.get(to - 1).end(), "x", t.get(from).sentence(),
                MentionKind.NAME, type, null, "corenlp", 0.9, from, to);
    }

    private static List<String> found(List<Token> t, List<Mention> mentions) {
        return NamePropagation.find(t, mentions).stream()
                .map(f -> f.begin() + "-" + f.end() + ":" + f.source().type()).toList();
    }

    @Test
    void aTaggedNameIsFoundAgainWhereTheTaggerMissedIt() {
        List<Token> t = tokens("Apple/NNP unveils/VBZ iPod/NN || Apple/NNP Inc./NNP said/VBD Apple/NNP would/MD ship/VB");
        List<Mention> tagged = List.of(name(t, 3, 5, EntityType.ORGANIZATION), name(t, 6, 7, EntityType.ORGANIZATION));
        assertEquals(List.of("0-1:ORGANIZATION"), found(t, tagged));
    }

    @Test
    void theSurnameOfATaggedPersonIsAPerson() {
        List<Token> t = tokens("Steve/NNP Jobs/NNP spoke/VBD ./. || Jobs/NNP left/VBD ./. || jobs/NNS were/VBD cut/VBN");
        assertEquals(List.of("4-5:PERSON"), found(t, List.of(name(t, 0, 2, EntityType.PERSON))));
    }

    @Test
    void suffixesAndNumeralsAreNotSurnames() {
        List<Token> t = tokens("Ken/NNP Griffey/NNP Jr./NNP hit/VBD ./. || Henry/NNP VIII/NNP ruled/VBD || Jr./NNP and/CC VIII/NNP");
        assertEquals(List.of(), found(t, List.of(name(t, 0, 3, EntityType.PERSON), name(t, 5, 7, EntityType.PERSON))));
    }

    @Test
    void namesWithTwoTypesAndPartsOfLongerNamesAreLeftAlone() {
        List<Token> t = tokens("Jordan/NNP won/VBD ./. || Jordan/NNP Smith/NNP said/VBD || He/PRP visited/VBD Jordan/NNP ./. "
                + "|| Apple/NNP Corps/NNP sued/VBD Apple/NNP || they/PRP met/VBD Jordan/NNP");
        List<Mention> tagged = List.of(name(t, 0, 1, EntityType.PERSON), name(t, 8, 9, EntityType.LOCATION),
                name(t, 13, 14, EntityType.ORGANIZATION));
        // "Jordan" is PERSON once and LOCATION once: not spread; "Apple" before "Corps" is part of a longer name
        assertEquals(List.of(), found(t, tagged));
    }
}
