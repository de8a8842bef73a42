package org.claimtrace.tools.eval;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SpanMatcherTest {

    @Test
    void findsAMaximumMatchingWhereGreedyWouldNot() {
        List<LabeledSpan> gold = List.of(new LabeledSpan(0, 10, "DATE", null), new LabeledSpan(8, 20, "DATE", null));
        // X overlaps both golds (more with the first), Y only the first.
        List<LabeledSpan> pred = List.of(new LabeledSpan(5, 12, "DATE", null), new LabeledSpan(0, 3, "DATE", null));
        List<SpanMatcher.Pair> pairs = SpanMatcher.match(gold, pred, LabeledSpan::overlaps);
        assertEquals(List.of(new SpanMatcher.Pair(0, 1), new SpanMatcher.Pair(1, 0)), pairs);
    }

    @Test
    void prefersTheIdenticalExtent() {
        List<LabeledSpan> gold = List.of(new LabeledSpan(0, 10, "DATE", null));
        List<LabeledSpan> pred = List.of(new LabeledSpan(0, 9, "DATE", null), new LabeledSpan(0, 10, "DATE", null));
        assertEquals(List.of(new SpanMatcher.Pair(0, 1)), SpanMatcher.match(gold, pred, LabeledSpan::overlaps));
    }
}
