package org.claimtrace.tools.eval.attribution;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Reads the real PolNeAR dev split when it is available (system property {@code claimtrace.shared},
 * else {@code ../shared}), and checks the counts documented in its NOTES.md. Skipped otherwise.
 */
class PolnearDevTest {

    private static Path polnearDev() {
        String shared = System.getProperty("claimtrace.shared");
        Path base = shared != null ? Path.of(shared) : Path.of("..", "shared");
        return base.resolve("eval").resolve("polnear-dev");
    }

    @Test
    void documentedCounts() throws IOException {
        Path dir = polnearDev();
        assumeTrue(Files.isDirectory(dir.resolve("attributions")), "PolNeAR dev not available at " + dir);
        List<AttributionDoc> docs = BratReader.readCorpus(dir);
        assertEquals(84, docs.size());
        List<Attribution> all = docs.stream().flatMap(d -> d.attributions().stream()).toList();
        assertEquals(2193, all.size());
        assertEquals(127, all.stream().filter(a -> a.source() == null).count());
    }
}
