package org.claimtrace.stages;

import org.claimtrace.model.EntityType;
import org.claimtrace.model.Mention;
import org.claimtrace.model.MentionKind;
import org.claimtrace.model.Token;
import org.claimtrace.testing.TaggedTokens;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Headline mentions corrected against the body's names, on hand-tagged tokens: no models. */
class HeadlineNamesTest {
    private static Mention name(List<Token> t, int from, int to, EntityType type) {
        StringBuilder text = new StringBuilder();
        for (int i = from; i < to; i++) {
            text.append(i > from ? " " : "").append(t.get(i).text());
        }
        return new Mention(null, t.get(from).begin(), t.get(to - 1).end(), text.toString(), t.get(from).sentence(),
                MentionKind.NAME, type, null, "corenlp", 0.9, from, to);
    }

    private static List<String> corrected(List<Token> t, List<Mention> mentions) {
        return HeadlineNames.correct(t, mentions).stream()
                .map(m -> m.tokenBegin() + "-" + m.tokenEnd() + ":" + m.type()).toList();
    }

    private static final String CHRISTIE = "Chris/NNP Christie/NNP Calls/VBZ Hillary/NNP Clinton/NNP Disgrace/NNP "
            + "Over/IN Police/NNP Comments/NNPS || "
            + "Gov./NNP Chris/NNP Christie/NNP described/VBD nominee/NN Hillary/NNP Clinton/NNP as/IN a/DT disgrace/NN";

    @Test
    void aHeadlineRunOfTwoNamesBecomesTheBodysTwoNames() {
        List<Token> t = TaggedTokens.of(CHRISTIE);
        List<Mention> tagged = List.of(name(t, 0, 5, EntityType.PERSON), name(t, 10, 12, EntityType.PERSON),
                name(t, 14, 16, EntityType.PERSON));
        assertEquals(List.of("0-2:PERSON", "3-5:PERSON", "10-12:PERSON", "14-16:PERSON"), corrected(t, tagged));
    }

    @Test
    void aHeadlineNameTheBodyNeverUsesIsDroppedAndOneItUsesTakesItsType() {
        List<Token> t = TaggedTokens.of("Obama/NNP Power/NNP Plant/NNP Rules/NNPS Face/VBP Court/NNP Test/NNP || "
                + "Mr./NNP Obama/NNP said/VBD the/DT rules/NNS would/MD stand/VB");
        List<Mention> tagged = List.of(name(t, 0, 5, EntityType.ORGANIZATION), name(t, 8, 9, EntityType.PERSON));
        assertEquals(List.of("0-1:PERSON", "8-9:PERSON"), corrected(t, tagged));
        List<Token> u = TaggedTokens.of("Small/NNP Steps/NNPS Toward/IN College/NNP Savings/NNPS || "
                + "Parents/NNS can/MD save/VB with/IN Fidelity/NNP");
        List<Mention> named = List.of(name(u, 0, 5, EntityType.ORGANIZATION), name(u, 9, 10, EntityType.ORGANIZATION));
        assertEquals(List.of("9-10:ORGANIZATION"), corrected(u, named));
    }

    @Test
    void aShortFormOfABodyNameIsKeptAndABodyNameTakesTheBodysType() {
        List<Token> t = TaggedTokens.of("Trump/NNP Urges/VBZ Supporters/NNS Against/IN Clinton/NNP || "
                + "Donald/NNP Trump/NNP and/CC Clinton/NNP met/VBD on/IN Monday/NNP");
        List<Mention> tagged = List.of(name(t, 0, 1, EntityType.ORGANIZATION), name(t, 4, 5, EntityType.LOCATION),
                name(t, 5, 7, EntityType.PERSON), name(t, 8, 9, EntityType.PERSON));
        // "Trump" is part of the body's person "Donald Trump", "Clinton" the body's person
        assertEquals(List.of("0-1:PERSON", "4-5:PERSON", "5-7:PERSON", "8-9:PERSON"), corrected(t, tagged));
    }

    @Test
    void aHeadlineFullNameWhoseSurnameTheBodyUsesIsKeptWhole() {
        List<Token> t = TaggedTokens.of("Hillary/NNP Clinton/NNP Goes/VBZ After/IN Trump/NNP || "
                + "Clinton/NNP said/VBD Trump/NNP lied/VBD");
        List<Mention> tagged = List.of(name(t, 0, 2, EntityType.PERSON), name(t, 4, 5, EntityType.PERSON),
                name(t, 5, 6, EntityType.PERSON), name(t, 7, 8, EntityType.PERSON));
        assertEquals(List.of("0-2:PERSON", "4-5:PERSON", "5-6:PERSON", "7-8:PERSON"), corrected(t, tagged));
    }

    @Test
    void sentencesNotInTitleCaseAreLeftAlone() {
        List<Token> t = TaggedTokens.of("Hewitt/NNP decries/VBZ career/NN sexism/NN in/IN Britain/NNP || "
                + "Patricia/NNP Hewitt/NNP said/VBD so/RB");
        assertEquals(Set.of(), HeadlineNames.titleCaseSentences(t));
        List<Mention> tagged = List.of(name(t, 0, 1, EntityType.ORGANIZATION), name(t, 5, 6, EntityType.LOCATION),
                name(t, 6, 8, EntityType.PERSON));
        assertEquals(List.of("0-1:ORGANIZATION", "5-6:LOCATION", "6-8:PERSON"), corrected(t, tagged));
    }

    @Test
    void onlyAFirstSentenceWithThreeCapitalizedWordsAndNoLowerCaseOnesIsAHeadline() {
        assertEquals(Set.of(0), HeadlineNames.titleCaseSentences(TaggedTokens.of(
                "Clinton/NNP Breaks/VBZ With/IN Obama/NNP on/IN Law/NNP || Donald/NNP Trump/NNP and/CC Hillary/NNP Clinton/NNP")));
        assertEquals(Set.of(), HeadlineNames.titleCaseSentences(TaggedTokens.of("Trump/NNP Wins/VBZ || Trump/NNP won/VBD")));
        assertEquals(Set.of(), HeadlineNames.titleCaseSentences(TaggedTokens.of(
                "Democrats/NNPS Worry/VBP About/IN turnout/NN Again/RB")));
    }
}
