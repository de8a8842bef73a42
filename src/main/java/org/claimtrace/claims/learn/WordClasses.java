package org.claimtrace.claims.learn;

/**
 * Distributional word classes: words that occur in similar contexts share a class ("asserted", "argued",
 * "insisted" and "warned" share one), so the taggers can generalize to cue words they never saw in training.
 * Thread-safe.
 */
public interface WordClasses {
    /** No classes: every word gets the same one. */
    WordClasses NONE = new WordClasses() {
        @Override
        public String of(String word) {
            return "-";
        }

        @Override
        public String id() {
            return "none";
        }
    };

    /** The class of a word (any case), or a fixed class for unknown words. */
    String of(String word);

    /** What the classes are, for the model's fingerprint: a model trained with one set refuses another. */
    String id();
}
