package org.claimtrace.claims.learn;

import org.claimtrace.claims.rules.ParsedSentence;
import org.junit.jupiter.api.Test;

import java.util.BitSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Boundary features name both sides of the boundary, the sentence edge and the distance to the tagger's. */
class BoundaryFeaturesTest {
    /** "Ann said that taxes rise ." */
    private static final AttributionInput IN = ParsedSentence.of("Ann/NNP/1/nsubj", "said/VBD/-1/root",
            "that/IN/4/mark", "taxes/NNS/4/nsubj", "rise/VBP/1/ccomp", "./././punct".replace("/./punct", "/1/punct"));

    private static RoleAssignment assignment() {
        BitSet source = new BitSet();
        source.set(0);
        BitSet content = new BitSet();
        content.set(3, 5);
        return new RoleAssignment(new DetectedCue(new CueSpan(1, 2, 1, 0), 1), source, content, 0.9, 0,
                new double[]{0, 0, 0.2, 0.95, 0.95, 0.4});
    }

    @Test
    void anEndBeforeTheStopSeesTheStopAndTheSentenceEdge() {
        List<String> f = BoundaryFeatures.end(IN, assignment(), 5, 5);
        assertTrue(f.contains("d=0"), f.toString());
        assertTrue(f.contains("last=VBP:rise"), f.toString());
        assertTrue(f.contains("next=.:."), f.toString());
        assertTrue(f.contains("sentEnd=1|after"), f.toString());
        assertTrue(f.contains("m.last|next=9|3"), f.toString());
        assertTrue(f.contains("last.rel=ccomp"), f.toString());
        assertTrue(f.contains("last.underCue=true"), f.toString());
    }

    @Test
    void anEndAtTheDocumentEndHasNoNextWord() {
        List<String> f = BoundaryFeatures.end(IN, assignment(), 6, 5);
        assertTrue(f.contains("d=1"), f.toString());
        assertTrue(f.contains("next=EOS"), f.toString());
        assertTrue(f.contains("sentEnd=0|after"), f.toString());
    }

    @Test
    void aStartAfterThatSeesTheComplementizer() {
        List<String> f = BoundaryFeatures.start(IN, assignment(), 3, 3);
        assertTrue(f.contains("prev|first=IN:that|NNS"), f.toString());
        assertTrue(f.contains("atCueEnd=false+1"), f.toString());
        List<String> g = BoundaryFeatures.start(IN, assignment(), 2, 3);
        assertTrue(g.contains("d=-1"), g.toString());
        assertTrue(g.contains("atCueEnd=true"), g.toString());
        assertTrue(g.contains("first=IN:that"), g.toString());
    }
}
