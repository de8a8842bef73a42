package org.claimtrace.claims.rules;

import org.claimtrace.claims.learn.AttributionInput;
import org.claimtrace.claims.learn.CueSpan;
import org.claimtrace.claims.learn.WordClasses;
import org.claimtrace.model.Entity;
import org.claimtrace.model.EntityType;
import org.claimtrace.model.Mention;
import org.claimtrace.model.MentionKind;
import org.claimtrace.model.Sentence;
import org.claimtrace.model.Token;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A speech verb right after a person's or organization's name is a cue candidate unless the tagger has it; a
 * verb after a pronoun, a place or a common noun, or in another tense form, is not.
 */
class NamedSpeakerCuesTest {
    /** Tokens "word/POS/lemma"; the entity covers tokens [nameBegin, nameEnd). */
    private static List<Token> tokens(String... words) {
        List<Token> out = new ArrayList<>();
        int offset = 0;
        for (int i = 0; i < words.length; i++) {
            String[] f = words[i].split("/");
            out.add(new Token(i, offset, offset + f[0].length(), f[0], 0, f[1], f[2]));
            offset += f[0].length() + 1;
        }
        return out;
    }

    private static List<Entity> entity(EntityType type, MentionKind kind, int begin, int end) {
        Mention m = new Mention("m1", 0, 0, "x", 0, kind, type, null, "test", 1, begin, end);
        return List.of(new Entity("e1", type, null, "x", List.of(), List.of(), null, 1, 1, 1, List.of(m)));
    }

    private static AttributionInput input(List<Token> tokens, List<Entity> entities) {
        StringBuilder text = new StringBuilder();
        for (Token t : tokens) {
            text.append(t.text()).append(' ');
        }
        return new AttributionInput(text.toString(), tokens, List.of(new Sentence(0, 0, text.length(), 0, tokens.size())),
                Map.of(), entities, ParsedSentence.LEXICON, WordClasses.NONE);
    }

    private static final List<Token> HEWITT = tokens("Ms/NNP/ms", "Hewitt/NNP/hewitt", "said/VBD/say",
            "costs/NNS/cost", "rose/VBD/rise", "././.");

    @Test
    void aSpeechVerbAfterANameIsACandidate() {
        List<Entity> person = entity(EntityType.PERSON, MentionKind.NAME, 0, 2);
        assertTrue(NamedSpeakerCues.mayHold(HEWITT, 0, HEWITT.size(), person));
        List<CueSpan> found = NamedSpeakerCues.find(input(HEWITT, person), List.of());
        assertEquals(1, found.size());
        assertEquals(2, found.get(0).begin());
        assertEquals(3, found.get(0).end());
    }

    @Test
    void aCueTheTaggerFoundIsNotAddedAgain() {
        List<Entity> person = entity(EntityType.PERSON, MentionKind.NAME, 0, 2);
        assertEquals(List.of(), NamedSpeakerCues.find(input(HEWITT, person), List.of(new CueSpan(2, 3, 2, 0))));
    }

    @Test
    void noCandidateAfterAPronounAPlaceOrANoun() {
        List<Token> he = tokens("He/PRP/he", "said/VBD/say", "costs/NNS/cost", "rose/VBD/rise");
        assertEquals(List.of(), NamedSpeakerCues.find(input(he, entity(EntityType.PERSON, MentionKind.PRONOUN, 0, 1)),
                List.of()));
        List<Entity> place = entity(EntityType.LOCATION, MentionKind.NAME, 0, 2);
        assertFalse(NamedSpeakerCues.mayHold(HEWITT, 0, HEWITT.size(), place));
        assertEquals(List.of(), NamedSpeakerCues.find(input(HEWITT, place), List.of()));
        assertFalse(NamedSpeakerCues.mayHold(HEWITT, 0, HEWITT.size(), List.of()));
    }

    @Test
    void onlyFiniteSpeechVerbs() {
        List<Entity> person = entity(EntityType.PERSON, MentionKind.NAME, 0, 2);
        List<Token> participle = tokens("Ms/NNP/ms", "Hewitt/NNP/hewitt", "said/VBN/say", "to/TO/to", "be/VB/be");
        assertEquals(List.of(), NamedSpeakerCues.find(input(participle, person), List.of()));
        List<Token> other = tokens("Ms/NNP/ms", "Hewitt/NNP/hewitt", "won/VBD/win", "the/DT/the", "vote/NN/vote");
        assertFalse(NamedSpeakerCues.mayHold(other, 0, other.size(), person));
    }
}
