package org.claimtrace.output.html;

import org.claimtrace.text.TextIndex;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * Cuts a text into non-overlapping segments at every boundary of a set of possibly overlapping marks
 * (a mention inside a claim's content, one claim's content inside another's), so each segment can be
 * rendered as one element carrying the classes of all marks that cover it. Marks are given in Unicode code
 * points, as in the JSON; segments are returned in Java {@code String} indices, so a surrogate pair is
 * never split. Marks outside the text or empty are ignored.
 */
public final class Segments {
    /** What a mark stands for. */
    public enum Role { MENTION, CLAIMANT, CUE, CONTENT }

    /**
     * A span to mark, in code points.
     *
     * @param id   the mention id for {@link Role#MENTION}, else the claim id
     * @param ref  the entity id for a mention, else null
     * @param type the entity type for a mention, else null
     */
    public record Mark(int begin, int end, Role role, String id, String ref, String type) {
        int length() {
            return end - begin;
        }
    }

    /** A run of text, in UTF-16 indices, and the marks covering all of it, innermost (shortest) first. */
    public record Segment(int begin, int end, List<Mark> marks) {
    }

    private Segments() {
    }

    /** Splits {@code text} into consecutive segments covering all of it. */
    public static List<Segment> split(String text, List<Mark> marks) {
        TextIndex index = new TextIndex(text);
        int length = index.length();
        List<Mark> valid = new ArrayList<>();
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, length));
        for (Mark m : marks) {
            if (m.begin() >= 0 && m.begin() < m.end() && m.end() <= length) {
                valid.add(m);
                cuts.add(m.begin());
                cuts.add(m.end());
            }
        }
        valid.sort(Comparator.comparingInt(Mark::length).thenComparingInt(Mark::begin));
        List<Segment> out = new ArrayList<>();
        Integer prev = null;
        for (int cut : cuts) {
            if (prev != null && cut > prev) {
                int b = prev;
                List<Mark> covering = valid.stream().filter(m -> m.begin() <= b && m.end() >= cut).toList();
                out.add(new Segment(index.toChar(b), index.toChar(cut), covering));
            }
            prev = cut;
        }
        return out;
    }
}
