package org.claimtrace.pipeline;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Checked mode: runs one stage on one document and checks that it read only the slots it declares in
 * {@link Stage#reads()} and wrote exactly those of {@link Stage#writes()} (all of them, unless it is the stage that
 * skipped the document). A pipeline runs in checked mode when it is built with {@link Pipeline.Option#CHECK_STAGES}; by
 * default when the system property {@value #PROPERTY} is {@code true}, as in every test run. Unchecked, a stage
 * costs nothing more than its own work.
 *
 * <p>Reads are seen through the {@link Doc}'s getters, so a layer carried inside another one ({@link Layer#POS}
 * and {@link Layer#LEMMA} inside the tokens) is seen as the read of that other one; writes are exact. What a stage
 * does to an engine's state object in place is not seen here; the conformance tests fingerprint it.
 */
public final class StageCheck {
    /** System property that turns checked mode on for pipelines built without an explicit choice. */
    public static final String PROPERTY = "claimtrace.checkStages";

    private StageCheck() {
    }

    /** Whether {@value #PROPERTY} asks for checked mode. */
    public static boolean requestedBySystemProperty() {
        return Boolean.getBoolean(PROPERTY);
    }

    /**
     * Runs {@code stage} on {@code doc}. An exception of the stage escapes as it is (and nothing is checked);
     * otherwise a breach of the contract throws {@link StageContractException} naming the stage, the document and
     * every slot concerned.
     */
    public static void run(Stage stage, Doc doc) {
        Watch watch = new Watch();
        boolean skippedBefore = doc.isSkipped();
        doc.watch(watch);
        try {
            stage.process(doc);
        } finally {
            doc.watch(null);
        }
        String breach = breach(stage, watch, !skippedBefore && doc.isSkipped());
        if (breach != null) {
            throw new StageContractException("stage '" + stage.name() + "' on document " + doc.id() + ": " + breach);
        }
    }

    private static String breach(Stage stage, Watch watch, boolean skipped) {
        Set<Slot> undeclaredReads = minus(watch.read, stage.reads());
        Set<Slot> undeclaredWrites = minus(watch.written, stage.writes());
        Set<Slot> missingWrites = skipped ? Set.of() : minus(stage.writes(), watch.written);
        StringBuilder sb = new StringBuilder();
        append(sb, undeclaredReads, "read %s, which its reads() does not list");
        append(sb, undeclaredWrites, "wrote %s, which its writes() does not list");
        append(sb, missingWrites, "did not write %s, which its writes() lists");
        return sb.length() == 0 ? null : sb.toString();
    }

    private static Set<Slot> minus(Set<Slot> a, Set<Slot> b) {
        Set<Slot> out = new LinkedHashSet<>(a);
        out.removeAll(b);
        return out;
    }

    private static void append(StringBuilder sb, Set<Slot> slots, String format) {
        if (!slots.isEmpty()) {
            sb.append(sb.length() == 0 ? "" : "; ").append(String.format(format, slots));
        }
    }

    /** What one stage read and wrote; filled in by the {@link Doc}. */
    static final class Watch {
        final Set<Slot> read = new LinkedHashSet<>();
        final Set<Slot> written = new LinkedHashSet<>();
    }
}
