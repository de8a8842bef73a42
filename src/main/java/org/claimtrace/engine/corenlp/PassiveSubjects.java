package org.claimtrace.engine.corenlp;

/**
 * The one correction CoreNLP makes to the parser's basic Universal Dependencies before it returns them
 * ({@code UniversalEnglishGrammaticalStructure.correctSubjPass}): a subject whose head also has a passive
 * auxiliary is a passive subject, so {@code nsubj} becomes {@code nsubj:pass} and {@code csubj} becomes
 * {@code csubj:pass} ("The bill <i>was</i> passed": the bill is {@code nsubj:pass} of passed).
 */
public final class PassiveSubjects {
    private PassiveSubjects() {
    }

    /**
     * @param heads  1-based head of each word, 0 for the root
     * @param labels the relation of each word to its head; changed in place
     */
    public static void correct(int[] heads, String[] labels) {
        int n = heads.length;
        boolean[] passive = new boolean[n + 1];
        boolean any = false;
        for (int i = 0; i < n; i++) {
            if (labels[i].equals("aux:pass")) {
                passive[heads[i]] = true;
                any = true;
            }
        }
        if (!any) {
            return;
        }
        for (int i = 0; i < n; i++) {
            if (passive[heads[i]] && (labels[i].equals("nsubj") || labels[i].equals("csubj"))) {
                labels[i] = labels[i] + ":pass";
            }
        }
    }
}
