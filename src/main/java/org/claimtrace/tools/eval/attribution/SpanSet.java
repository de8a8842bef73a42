package org.claimtrace.tools.eval.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A possibly discontinuous span: its fragments, sorted by offset. An empty span set stands for an
 * absent role (for example a relation line without a cue).
 */
public record SpanSet(List<Fragment> fragments) {

    /** The span set with no fragments. */
    public static final SpanSet EMPTY = new SpanSet(List.of());

    /** Copies and sorts the fragments. */
    public SpanSet {
        List<Fragment> sorted = new ArrayList<>(fragments);
        sorted.sort(null);
        fragments = List.copyOf(sorted);
    }

    /** A single contiguous span. */
    public static SpanSet of(int begin, int end) {
        return new SpanSet(List.of(new Fragment(begin, end)));
    }

    /** True when there are no fragments. */
    public boolean isEmpty() {
        return fragments.isEmpty();
    }

    /** Offset of the first code point, or -1 when empty. */
    public int begin() {
        return isEmpty() ? -1 : fragments.get(0).begin();
    }

    /** This span set plus the fragments of {@code other}. */
    public SpanSet union(SpanSet other) {
        List<Fragment> all = new ArrayList<>(fragments);
        all.addAll(other.fragments);
        return new SpanSet(all);
    }

    /** The brat offset field, e.g. {@code 3 8;12 20}. */
    public String toBratOffsets() {
        return fragments.stream().map(f -> f.begin() + " " + f.end()).collect(Collectors.joining(";"));
    }

    /** The covered text, fragments joined by a single space (brat's convention). */
    public String surface(CodePointText text) {
        return fragments.stream().map(f -> text.substring(f.begin(), f.end()))
                .collect(Collectors.joining(" "));
    }
}
