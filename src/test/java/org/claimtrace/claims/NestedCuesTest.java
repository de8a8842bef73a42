package org.claimtrace.claims;

import org.claimtrace.claims.learn.CueSpan;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A cue whose content the tagger's other cues took is labelled again without the later cues of its sentence;
 * it keeps a content that then covers them, and they are left out. Everything else stays as the first labelling
 * decided. The labelling is a fake that gives the outer cue a content only when the inner cue is not marked.
 */
class NestedCuesTest {
    private static final int SIZE = 20;
    /** "She said she was not aware of a backlash ." : "said" is token 1, "was not aware of" tokens 3-6. */
    private static final CueSpan SAID = new CueSpan(1, 2, 1, 0);
    private static final CueSpan AWARE = new CueSpan(3, 7, 5, 0);

    private static BitSet range(int from, int to) {
        BitSet b = new BitSet();
        b.set(from, to);
        return b;
    }

    /** The outer cue's content is tokens 2-9 when the inner cue is not marked, none when it is. */
    private static final class Fake implements NestedCues.Labelling<String> {
        final List<CueSpan> cues;
        final BitSet outerContent;
        final List<String> calls = new ArrayList<>();

        Fake(List<CueSpan> cues, BitSet outerContent) {
            this.cues = cues;
            this.outerContent = outerContent;
        }

        @Override
        public NestedCues.Decision<String> label(int cue, boolean[] otherCue) {
            CueSpan c = cues.get(cue);
            calls.add(c.begin() + (otherCue[AWARE.begin()] ? "+" : "-"));
            if (c.equals(SAID)) {
                return otherCue[AWARE.begin()] || outerContent == null
                        ? new NestedCues.Decision<>(new BitSet(), null)
                        : new NestedCues.Decision<>(outerContent, "said:" + outerContent);
            }
            return new NestedCues.Decision<>(range(c.end(), c.end() + 3), "cue@" + c.begin());
        }
    }

    @Test
    void anOuterCueTakesBackTheContentThatHoldsAnInnerCue() {
        Fake f = new Fake(List.of(SAID, AWARE), range(2, 10));
        assertEquals(List.of("said:" + range(2, 10)), NestedCues.drafts(SIZE, f.cues, f));
        assertEquals(List.of("1+", "3-", "1-"), f.calls, "the outer cue is labelled a second time, without the inner");
    }

    @Test
    void anOuterCueThatStillFindsNoContentLeavesTheInnerOne() {
        Fake f = new Fake(List.of(SAID, AWARE), null);
        assertEquals(List.of("cue@3"), NestedCues.drafts(SIZE, f.cues, f));
    }

    @Test
    void aSecondContentThatMissesTheInnerCueIsNotTaken() {
        Fake f = new Fake(List.of(SAID, AWARE), range(8, 12));
        assertEquals(List.of("cue@3"), NestedCues.drafts(SIZE, f.cues, f));
    }

    @Test
    void cuesOfOtherSentencesAndEarlierCuesStayMarked() {
        CueSpan earlier = new CueSpan(3, 7, 5, 0);
        CueSpan said = new CueSpan(9, 10, 9, 0);
        CueSpan nextSentence = new CueSpan(12, 13, 12, 1);
        List<String> calls = new ArrayList<>();
        NestedCues.Labelling<String> l = (cue, otherCue) -> {
            calls.add(cue + ":" + otherCue[3] + otherCue[12]);
            return new NestedCues.Decision<>(new BitSet(), cue == 0 ? "earlier" : null);
        };
        assertEquals(List.of("earlier"), NestedCues.drafts(SIZE, List.of(earlier, said, nextSentence), l));
        // the cue at 9 has no later cue in its sentence: it is never labelled again; nor is the one at 12
        assertEquals(List.of("0:falsetrue", "1:truetrue", "2:truefalse"), calls);
    }

    @Test
    void aCueWithAContentIsLabelledOnce() {
        Fake f = new Fake(List.of(AWARE), range(2, 10));
        assertEquals(List.of("cue@3"), NestedCues.drafts(SIZE, f.cues, f));
        assertEquals(List.of("3-"), f.calls);
    }
}
