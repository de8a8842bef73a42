package org.claimtrace.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where tests find the project checkout and the shared evaluation data. */
public final class Paths {
    private Paths() {
    }

    public static Path project() {
        String p = System.getProperty("claimtrace.basedir");
        return p != null ? Path.of(p) : Path.of("").toAbsolutePath();
    }

    /** ../shared beside the checkout, or the claimtrace.shared property; may not exist. */
    public static Path shared() {
        String p = System.getProperty("claimtrace.shared");
        return p != null ? Path.of(p) : project().resolve("../shared").normalize();
    }

    public static boolean hasEval() {
        return Files.isDirectory(shared().resolve("eval"));
    }
}
