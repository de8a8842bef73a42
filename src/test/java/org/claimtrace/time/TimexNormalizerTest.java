package org.claimtrace.time;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.claimtrace.time.Sentences.WEDNESDAY;
import static org.claimtrace.time.Sentences.sentence;
import static org.claimtrace.time.Sentences.span;
import static org.junit.jupiter.api.Assertions.assertEquals;

class TimexNormalizerTest {
    private final TimexNormalizer normalizer = new TimexNormalizer();

    private List<String> run(Context c, Timex... found) {
        return normalizer.normalize(c, List.of(found)).stream()
                .map(t -> c.text(t) + "=" + t.type() + ":" + t.value()).toList();
    }

    @Test
    void detectionReplacesThePiecesSutimeFound() {
        Context c = sentence(WEDNESDAY, "For/IN the/DT past/JJ five/CD trading/NN days/NNS ,/, stocks/NNS fell/VBD");
        assertEquals(List.of("the past five trading days=DURATION:P5D"), run(c,
                span(c, "the", 2, TimexType.DATE, "PAST_REF"),
                span(c, "days", 1, TimexType.DURATION, "PXD")));
    }

    @Test
    void aLongerValuedSutimeExpressionIsKept() {
        Context c = sentence(WEDNESDAY, "Sales/NNS rose/VBD in/IN the/DT third/JJ quarter/NN of/IN 2007/CD");
        assertEquals(List.of("the third quarter of 2007=DATE:2007-Q3"),
                run(c, span(c, "the", 5, TimexType.DATE, "2007-Q3")));
    }

    @Test
    void everyStepInOneSentence() {
        Context c = sentence(WEDNESDAY, "After/IN a/DT large/JJ fall/NN ,/, markets/NNS closed/VBD on/IN Friday/NNP"
                + " at/IN 16:00/CD UTC/NNP and/CC will/MD reopen/VB on/IN Monday/NNP");
        assertEquals(List.of("friday=DATE:2008-09-12", "16:00 utc=TIME:2008-09-17T16:00Z",
                        "monday=DATE:2008-09-22"),
                run(c, span(c, "fall", 1, TimexType.DATE, "2008-FA"),
                        span(c, "Monday", 1, TimexType.DATE, "2008-09-15"),
                        span(c, "Friday", 1, TimexType.DATE, "2008-09-19"),
                        span(c, "16:00", 2, TimexType.TIME, "2008-09-17T16:00+0000")));
    }

    @Test
    void setsPassThrough() {
        Context c = sentence(WEDNESDAY, "The/DT board/NN meets/VBZ every/DT week/NN and/CC every/DT Tuesday/NNP");
        assertEquals(List.of("every week=SET:P1W", "every tuesday=SET:XXXX-WXX-2"),
                run(c, span(c, "every", 2, TimexType.SET, "P1W"),
                        new Timex(6, 8, TimexType.SET, "XXXX-WXX-2")));
    }

    @Test
    void withoutADocumentDateAnchoredRulesDoNothing() {
        Context c = sentence(null, "Apple/NNP announced/VBD Friday/NNP a/DT fiscal/JJ 2025/CD plan/NN");
        assertEquals(List.of("friday=DATE:XXXX-WXX-5", "fiscal 2025=DATE:FY2025"),
                run(c, span(c, "Friday", 1, TimexType.DATE, "XXXX-WXX-5"),
                        span(c, "2025", 1, TimexType.DATE, "2025")));
    }
}
