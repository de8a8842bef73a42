package org.claimtrace.stages;

import org.claimtrace.model.Token;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** NerStage's model-free helpers. */
class NerStageTest {
    private static Token token(int index, int begin, String text) {
        return new Token(index, begin, begin + text.length(), text, 0, "NNP", null);
    }

    @Test
    void aSplitOffPeriodAfterIncBelongsToTheName() {
        // "Apple Inc. CEO": the tokenizer gives Apple | Inc | . | CEO
        List<Token> t = List.of(token(0, 0, "Apple"), token(1, 6, "Inc"), token(2, 9, "."), token(3, 11, "CEO"));
        assertEquals(3, NerStage.withAbbreviationPeriod(t, 2));
        // a sentence-final period after a spaced word is not taken
        List<Token> u = List.of(token(0, 0, "Apple"), token(1, 6, "Inc"), token(2, 10, "."));
        assertEquals(2, NerStage.withAbbreviationPeriod(u, 2));
        // nor after a word that is not an abbreviation
        List<Token> v = List.of(token(0, 0, "Apple"), token(1, 5, "."));
        assertEquals(1, NerStage.withAbbreviationPeriod(v, 1));
    }

    @Test
    void onlyPersonLocationAndOrganizationLabelsAreEntities() {
        assertEquals(org.claimtrace.model.EntityType.LOCATION, NerStage.coarseType("CITY"));
        assertEquals(null, NerStage.coarseType("MISC"));
    }
}
