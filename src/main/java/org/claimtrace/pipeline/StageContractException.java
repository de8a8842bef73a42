package org.claimtrace.pipeline;

/**
 * A stage did not do what it declares: it read a slot it does not list in {@link Stage#reads()}, wrote one it does
 * not list in {@link Stage#writes()}, or did not write one it lists. A programming error, not a bad document: in
 * checked mode ({@link StageCheck}) the pipeline lets it escape from {@link Pipeline#process} instead of recording
 * it as the document's problem.
 */
public class StageContractException extends ClaimTraceException {
    public StageContractException(String message) {
        super(message);
    }
}
