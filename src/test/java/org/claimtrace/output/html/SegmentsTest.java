package org.claimtrace.output.html;

import org.claimtrace.output.html.Segments.Mark;
import org.claimtrace.output.html.Segments.Role;
import org.claimtrace.output.html.Segments.Segment;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Overlapping marks become consecutive segments; code point offsets become Java indices. */
class SegmentsTest {
    private static String ids(Segment s) {
        return String.join(",", s.marks().stream().map(m -> m.role() + ":" + m.id()).toList());
    }

    @Test
    void aMentionInsideAContentSplitsItIntoThree() {
        String text = "He said Putin agreed.";
        List<Segment> segs = Segments.split(text, List.of(
                new Mark(8, 20, Role.CONTENT, "c1", null, null),
                new Mark(8, 13, Role.MENTION, "m1", "e1", "PERSON"),
                new Mark(3, 7, Role.CUE, "c1", null, null)));
        assertEquals(List.of("He ", "said", " ", "Putin", " agreed", "."),
                segs.stream().map(s -> text.substring(s.begin(), s.end())).toList());
        assertEquals("MENTION:m1,CONTENT:c1", ids(segs.get(3)), "innermost first");
        assertEquals("CONTENT:c1", ids(segs.get(4)));
        assertEquals("", ids(segs.get(0)));
    }

    @Test
    void codePointOffsetsSkipSurrogatePairs() {
        String text = "👏 Marquez said"; // the emoji is one code point, two chars
        List<Segment> segs = Segments.split(text, List.of(new Mark(2, 9, Role.MENTION, "m1", "e1", "PERSON")));
        Segment m = segs.get(1);
        assertEquals("Marquez", text.substring(m.begin(), m.end()));
        assertEquals("👏 ", text.substring(segs.get(0).begin(), segs.get(0).end()));
    }

    @Test
    void marksOutsideTheTextAreIgnored() {
        List<Segment> segs = Segments.split("abc", List.of(new Mark(2, 9, Role.CUE, "c1", null, null),
                new Mark(2, 2, Role.CUE, "c2", null, null)));
        assertEquals(1, segs.size());
        assertEquals(0, segs.get(0).marks().size());
    }
}
