package org.claimtrace.tools.eval;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** Locates test resources. */
final class TestFiles {

    private TestFiles() {
    }

    static Path resource(String name) {
        try {
            return Path.of(TestFiles.class.getResource("/eval/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing test resource " + name, e);
        }
    }

    /** The shared folder: system property claimtrace.shared, else ../shared from the working directory. */
    static Path shared() {
        String prop = System.getProperty("claimtrace.shared");
        return prop != null && !prop.isBlank() ? Path.of(prop) : Path.of("..", "shared");
    }
}
