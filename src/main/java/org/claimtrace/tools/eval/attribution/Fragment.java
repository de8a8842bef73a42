package org.claimtrace.tools.eval.attribution;

/**
 * One contiguous piece of an annotated span: Unicode code point offsets into the document text,
 * {@code begin} inclusive, {@code end} exclusive.
 */
public record Fragment(int begin, int end) implements Comparable<Fragment> {

    /** Validates {@code 0 <= begin <= end}. */
    public Fragment {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad fragment " + begin + "-" + end);
        }
    }

    /** True when the two fragments share at least one code point. */
    public boolean intersects(Fragment other) {
        return begin < other.end && other.begin < end;
    }

    @Override
    public int compareTo(Fragment o) {
        return begin != o.begin ? Integer.compare(begin, o.begin) : Integer.compare(end, o.end);
    }
}
