package org.claimtrace.time;

import org.junit.jupiter.api.Test;

import static org.claimtrace.time.Sentences.WEDNESDAY;
import static org.claimtrace.time.Sentences.sentence;
import static org.claimtrace.time.Sentences.span;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class WeekdayRuleTest {
    private final WeekdayRule rule = new WeekdayRule();

    private String value(String tagged, String first, int n, String sutime) {
        Context c = sentence(WEDNESDAY, tagged);
        return rule.apply(c, span(c, first, n, TimexType.DATE, sutime)).value();
    }

    @Test
    void pastTensePointsBack() {
        // anchor Wednesday 2008-09-17: the Friday before is the 12th, even when SUTime picked the next one
        assertEquals("2008-09-12", value("Apple/NNP announced/VBD Friday/NNP that/IN it/PRP will/MD give/VB",
                "Friday", 1, "2008-09-19"));
    }

    @Test
    void presentNewsPointsBackToo() {
        assertEquals("2008-09-15", value("Shares/NNS are/VBP lower/JJR after/IN Monday/NNP 's/POS fall/NN",
                "Monday", 1, "2008-09-22"));
    }

    @Test
    void futureTenseAndUntilPointForward() {
        assertEquals("2008-09-19", value("Markets/NNS will/MD reopen/VB on/IN Friday/NNP", "Friday", 1, "2008-09-12"));
        assertEquals("2008-09-19", value("Markets/NNS to/TO remain/VB closed/VBN until/IN Friday/NNP",
                "Friday", 1, "2008-09-12"));
        assertEquals("2008-09-22", value("The/DT trial/NN is/VBZ set/VBN to/TO begin/VB on/IN Monday/NNP",
                "Monday", 1, "2008-09-15"));
    }

    @Test
    void theDocumentsOwnWeekdayIsTheDocumentDate() {
        assertEquals("2008-09-17", value("He/PRP said/VBD on/IN Wednesday/NNP", "Wednesday", 1, "2008-09-10"));
    }

    @Test
    void lastAndNextAreStrict() {
        assertEquals("2008-09-10", value("He/PRP spoke/VBD last/JJ Wednesday/NNP", "last", 2, null));
        assertEquals("2008-09-24", value("He/PRP speaks/VBZ next/JJ Wednesday/NNP", "next", 2, null));
    }

    @Test
    void keepsTheTimeOfDay() {
        assertEquals("2008-09-15T12:00Z", value("GM/NNP filed/VBD at/IN 12:00/CD UTC/NNP Monday/NNP",
                "12:00", 3, "2008-09-22T12:00Z"));
        assertEquals("2008-09-15TMO", value("GM/NNP filed/VBD on/IN Monday/NNP morning/NN",
                "Monday", 2, "2008-09-22TMO"));
    }

    @Test
    void leavesDatesSetsAndUnanchoredAlone() {
        Context c = sentence(WEDNESDAY, "It/PRP met/VBD on/IN Monday/NNP ,/, September/NNP 8/CD");
        Timex dated = span(c, "Monday", 4, TimexType.DATE, "2008-09-08");
        assertSame(dated, rule.apply(c, dated));
        Context every = sentence(WEDNESDAY, "It/PRP meets/VBZ every/DT Monday/NNP");
        Timex set = span(every, "every", 2, TimexType.SET, "XXXX-WXX-1");
        assertSame(set, rule.apply(every, set));
        Context undated = sentence(null, "He/PRP said/VBD Friday/NNP");
        Timex friday = span(undated, "Friday", 1, TimexType.DATE, "XXXX-WXX-5");
        assertSame(friday, rule.apply(undated, friday));
    }
}
