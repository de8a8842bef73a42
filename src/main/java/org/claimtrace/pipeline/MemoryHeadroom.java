package org.claimtrace.pipeline;

/**
 * A small block of heap held in reserve. When one document runs out of memory, the reserve is released so
 * that the failure can still be recorded, logged and written; it is taken again once memory allows.
 */
public final class MemoryHeadroom {
    /** Size of the reserve. */
    static final int BYTES = 16 * 1024 * 1024;
    private static volatile byte[] reserve = new byte[BYTES];

    private MemoryHeadroom() {
    }

    /** Frees the reserve; called first when an {@link OutOfMemoryError} is caught. */
    public static void release() {
        reserve = null;
    }

    /** Takes the reserve again if it was released and memory allows; never throws. */
    public static void restore() {
        if (reserve == null) {
            try {
                reserve = new byte[BYTES];
            } catch (OutOfMemoryError e) {
                // still short of memory: try again after the next document
            }
        }
    }

    static boolean held() {
        return reserve != null;
    }
}
