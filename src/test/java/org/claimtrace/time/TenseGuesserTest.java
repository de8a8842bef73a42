package org.claimtrace.time;

import org.junit.jupiter.api.Test;

import static org.claimtrace.time.Sentences.WEDNESDAY;
import static org.claimtrace.time.Sentences.at;
import static org.claimtrace.time.Sentences.sentence;
import static org.junit.jupiter.api.Assertions.assertEquals;

class TenseGuesserTest {

    private static Tense tense(String tagged, String word) {
        Context c = sentence(WEDNESDAY, tagged);
        int i = at(c, word);
        return TenseGuesser.guess(c.words(), i, i + 1);
    }

    @Test
    void verbToTheLeftDecides() {
        assertEquals(Tense.PAST, tense("Apple/NNP announced/VBD Friday/NNP that/IN it/PRP will/MD give/VB", "Friday"));
        assertEquals(Tense.FUTURE, tense("It/PRP will/MD not/RB open/VB on/IN Friday/NNP", "Friday"));
        assertEquals(Tense.PAST, tense("Sales/NNS have/VBP risen/VBN since/IN May/NNP", "May"));
        assertEquals(Tense.PAST, tense("It/PRP has/VBZ fallen/VBN on/IN Monday/NNP", "Monday"));
        assertEquals(Tense.PRESENT, tense("Shares/NNS are/VBP up/RB on/IN Monday/NNP", "Monday"));
    }

    @Test
    void infinitivesPointForwardUnlessGovernedByThePast() {
        assertEquals(Tense.FUTURE, tense("The/DT trial/NN is/VBZ set/VBN to/TO begin/VB on/IN Monday/NNP", "Monday"));
        assertEquals(Tense.FUTURE, tense("Markets/NNS to/TO reopen/VB Monday/NNP", "Monday"));
        assertEquals(Tense.PAST, tense("It/PRP agreed/VBD to/TO buy/VB shares/NNS on/IN Monday/NNP", "Monday"));
        assertEquals(Tense.FUTURE, tense("It/PRP has/VBZ promised/VBN to/TO act/VB in/IN March/NNP", "March"));
    }

    @Test
    void reportedFutureAndSchedules() {
        assertEquals(Tense.FUTURE, tense("It/PRP said/VBD it/PRP would/MD respond/VB by/IN Friday/NNP", "Friday"));
        assertEquals(Tense.PAST, tense("It/PRP would/MD have/VB won/VBN on/IN Friday/NNP", "Friday"));
        assertEquals(Tense.FUTURE, tense("A/DT text/NN is/VBZ not/RB expected/VBN before/IN Friday/NNP", "Friday"));
    }

    @Test
    void cueWordsBeforeTheExpression() {
        assertEquals(Tense.FUTURE, tense("Markets/NNS stay/VBP closed/VBN until/IN Friday/NNP", "Friday"));
        assertEquals(Tense.PAST, tense("the/DT best/JJS week/NN since/IN November/NNP", "November"));
    }

    @Test
    void verbToTheRightWhenNoneToTheLeft() {
        assertEquals(Tense.PAST, tense("On/IN Friday/NNP ,/, the/DT Dow/NNP fell/VBD", "Friday"));
        assertEquals(Tense.PRESENT, tense("Friday/NNP", "Friday"));
    }

    @Test
    void paymentsEffectiveDatesAndEarliestDatesPointForward() {
        assertEquals(Tense.FUTURE, tense("It/PRP declared/VBD a/DT dividend/NN payable/JJ May/NNP 3/CD", "May"));
        assertEquals(Tense.FUTURE, tense("He/PRP was/VBD named/VBN chairman/NN ,/, effective/JJ June/NNP 1/CD", "June"));
        assertEquals(Tense.FUTURE, tense("The/DT team/NN could/MD arrive/VB as/RB early/RB as/IN Tuesday/NNP",
                "Tuesday"));
        assertEquals(Tense.PAST, tense("The/DT team/NN arrived/VBD early/RB on/IN Tuesday/NNP", "Tuesday"));
    }
}
