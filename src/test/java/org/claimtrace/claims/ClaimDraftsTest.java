package org.claimtrace.claims;

import org.claimtrace.claims.learn.AttributionInput;
import org.claimtrace.claims.learn.CueSpan;
import org.claimtrace.claims.lexicon.CueLexicon;
import org.claimtrace.claims.rules.ParsedSentence;
import org.claimtrace.model.ClaimType;
import org.claimtrace.resources.ModelFiles;
import org.junit.jupiter.api.Test;

import java.util.BitSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a draft reads off the tagger's decision: the lexicon entry that types it, and whether its content says anything. */
class ClaimDraftsTest {
    private static final CueLexicon LEXICON = new CueLexicon(List.of(
            new ModelFiles.Row(1, new String[]{"signal", "verb", "assertion", "light"}),
            new ModelFiles.Row(2, new String[]{"say", "verb", "assertion"}),
            new ModelFiles.Row(3, new String[]{"openness", "noun", "offer"})));

    /** "word/POS/lemma" items, one sentence hanging off its first word (the entry reads no parse). */
    private static AttributionInput sentence(String... words) {
        String[] items = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            String[] f = words[i].split("/");
            items[i] = f[0] + "/" + f[1] + "/" + (i == 0 ? "-1/root" : "0/dep") + "/" + f[2];
        }
        return ParsedSentence.of(LEXICON, items);
    }

    private static final AttributionInput OPENNESS = sentence("Syria/NNP/Syria", "signalled/VBD/signal", "its/PRP$/its",
            "openness/NN/openness", "to/TO/to", "talks/NNS/talk", "././.");
    private static final CueSpan SIGNALLED = new CueSpan(1, 2, 1, 0);

    @Test
    void aLightVerbWhoseContentOpensWithACueNounTakesTheNounsType() {
        CueLexicon.Entry e = ClaimDrafts.entry(OPENNESS, SIGNALLED, List.<int[]>of(new int[]{2, 6}));
        assertEquals("openness", e.lemma());
        assertEquals(ClaimType.OFFER, e.type());
    }

    @Test
    void theNounMustOpenTheContent() {
        // content "to talks": no cue noun at its start, so the light verb's own entry stays
        assertEquals("signal", ClaimDrafts.entry(OPENNESS, SIGNALLED, List.<int[]>of(new int[]{4, 6})).lemma());
        // a content that starts later than the token after the cue
        AttributionInput far = sentence("Syria/NNP/Syria", "signalled/VBD/signal", "on/IN/on", "Monday/NNP/Monday",
                "openness/NN/openness", "././.");
        assertEquals("signal", ClaimDrafts.entry(far, SIGNALLED, List.<int[]>of(new int[]{4, 5})).lemma());
    }

    @Test
    void aVerbThatIsNotLightKeepsItsOwnEntry() {
        AttributionInput said = sentence("Syria/NNP/Syria", "said/VBD/say", "its/PRP$/its", "openness/NN/openness",
                "was/VBD/be", "real/JJ/real", "././.");
        assertEquals("say", ClaimDrafts.entry(said, new CueSpan(1, 2, 1, 0), List.<int[]>of(new int[]{2, 6})).lemma());
    }

    @Test
    void aContentOfPunctuationAloneHasNoWord() {
        AttributionInput quote = sentence("”/''/”", "Ann/NNP/Ann", "said/VBD/say", "—/:/—", "7/CD/7");
        BitSet marks = new BitSet();
        marks.set(0);
        marks.set(3);
        assertFalse(ClaimDrafts.hasWord(quote, marks));
        BitSet digit = new BitSet();
        digit.set(4);
        assertTrue(ClaimDrafts.hasWord(quote, digit));
        assertFalse(ClaimDrafts.hasWord(quote, new BitSet()));
    }
}
