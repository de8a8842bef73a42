package org.claimtrace.engine.corenlp;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

class PassiveSubjectsTest {

    @Test
    void aSubjectOfAHeadWithAPassiveAuxiliaryIsPassive() {
        // The bill was passed .
        int[] heads = {2, 4, 4, 0, 4};
        String[] labels = {"det", "nsubj", "aux:pass", "root", "punct"};
        PassiveSubjects.correct(heads, labels);
        assertArrayEquals(new String[] {"det", "nsubj:pass", "aux:pass", "root", "punct"}, labels);
    }

    @Test
    void clausalSubjectsTooButOnlyOfThatHead() {
        // [What he said]csubj was reported, and she denied it: the second subject's head has no passive auxiliary
        int[] heads = {3, 3, 5, 5, 0, 8, 8, 5, 8};
        String[] labels = {"obj", "nsubj", "csubj", "aux:pass", "root", "cc", "nsubj", "conj", "obj"};
        PassiveSubjects.correct(heads, labels);
        assertArrayEquals(new String[] {"obj", "nsubj", "csubj:pass", "aux:pass", "root", "cc", "nsubj", "conj", "obj"},
                labels);
    }

    @Test
    void withoutAPassiveAuxiliaryNothingChanges() {
        int[] heads = {2, 0, 2};
        String[] labels = {"nsubj", "root", "obj"};
        PassiveSubjects.correct(heads, labels);
        assertArrayEquals(new String[] {"nsubj", "root", "obj"}, labels);
        PassiveSubjects.correct(new int[0], new String[0]);
    }
}
