package org.claimtrace.time;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.claimtrace.time.Sentences.WEDNESDAY;
import static org.claimtrace.time.Sentences.sentence;
import static org.claimtrace.time.Sentences.span;
import static org.junit.jupiter.api.Assertions.assertEquals;

class RangeSplitterTest {

    private static List<String> split(String tagged, String first, int n, String sutime) {
        Context c = sentence(WEDNESDAY, tagged);
        return RangeSplitter.split(c, span(c, first, n, TimexType.DURATION, sutime)).stream()
                .map(t -> c.text(t) + "=" + t.type() + ":" + t.value()).toList();
    }

    @Test
    void aRangeOfTwoNamesIsTwoExpressions() {
        // anchored on Wednesday 2008-09-17, in the past tense
        assertEquals(List.of("may 3=DATE:2008-05-03", "june 12=DATE:2008-06-12"),
                split("shares/NNS bought/VBN from/IN May/NNP 3/CD to/TO June/NNP 12/CD", "from", 6, "P40D"));
        assertEquals(List.of("march=DATE:2008-03", "friday=DATE:2008-09-12"),
                split("shares/NNS bought/VBN from/IN March/NNP to/TO Friday/NNP", "from", 4, "P190D"));
    }

    @Test
    void otherRangesAreKept() {
        assertEquals(List.of("from 1994 to 1997=DURATION:P3Y"),
                split("It/PRP grew/VBD from/IN 1994/CD to/TO 1997/CD", "from", 4, "P3Y"));
        assertEquals(List.of("between 2014 and 2016=DURATION:P2Y"),
                split("deliveries/NNS between/IN 2014/CD and/CC 2016/CD", "between", 4, "P2Y"));
        assertEquals(List.of("from two to three weeks=DURATION:null"),
                split("it/PRP lasts/VBZ from/IN two/CD to/TO three/CD weeks/NNS", "from", 5, null));
    }
}
