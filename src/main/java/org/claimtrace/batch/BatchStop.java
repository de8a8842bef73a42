package org.claimtrace.batch;

/**
 * A request to stop a batch early, made by a signal handler ({@code SIGINT}, {@code SIGTERM}, {@code SIGHUP})
 * on another thread. The batch polls {@link #requested()}: it then starts no new document, finishes or
 * abandons those in flight within a bounded time, keeps every completed output, and reports the rest as
 * interrupted. Outside a batch (while the models load, or after the summary) there is nothing to save, and
 * the handler is told to exit at once; so it is told on a second signal too.
 */
public final class BatchStop {
    /** What a signal handler should do after {@link #signal}. */
    public enum Action {
        /** The running batch will stop cleanly and the command exits with {@code 128 + signal}. */
        STOPPING,
        /** No batch is running, or a stop was already under way: exit now with {@code 128 + signal}. */
        EXIT_NOW
    }

    private boolean requested;
    private boolean inBatch;
    private int signal;
    private String signalName;

    /** Records a signal and says whether the batch will stop by itself. */
    public synchronized Action signal(int number, String name) {
        if (requested || !inBatch) {
            if (!requested) {
                requested = true;
                signal = number;
                signalName = name;
            }
            return Action.EXIT_NOW;
        }
        requested = true;
        signal = number;
        signalName = name;
        return Action.STOPPING;
    }

    /** Called when the batch begins; false when a stop was requested before it, and the batch should not run. */
    public synchronized boolean enterBatch() {
        inBatch = !requested;
        return inBatch;
    }

    /** Called when the batch has ended: a later signal exits at once. */
    public synchronized void leaveBatch() {
        inBatch = false;
    }

    public synchronized boolean requested() {
        return requested;
    }

    /** The signal number, or 0. */
    public synchronized int signalNumber() {
        return signal;
    }

    /** The signal's name ("SIGTERM"), or null. */
    public synchronized String signalName() {
        return signalName;
    }
}
