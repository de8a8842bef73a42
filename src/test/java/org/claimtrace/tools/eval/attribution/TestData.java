package org.claimtrace.tools.eval.attribution;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** Locates the invented test corpus in src/test/resources/attribution. */
final class TestData {
    private TestData() {
    }

    static Path dir(String name) {
        try {
            return Path.of(TestData.class.getResource("/attribution/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
