package org.claimtrace.it;

import org.claimtrace.pipeline.ClaimTraceException;
import org.claimtrace.pipeline.Stage;
import org.claimtrace.stages.StandardStages;
import org.claimtrace.testing.Paths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The stages load side by side: the chain comes out whole and in pipeline order, and a resource that fails to
 * load on a loading thread reaches the caller as the same clear error, naming the file and line.
 */
class ModelLoadIT {
    @Test
    void theStandardChainIsWholeAndInOrder() {
        List<String> names = StandardStages.build(null, false, StandardStages.MAX_PARSE_TOKENS).stream()
                .map(Stage::name).toList();
        assertEquals(List.of("language", "tokenize", "pos-lemma", "ner", "timex", "entities", "cues", "parse", "claims"),
                names);
    }

    @Test
    void aBrokenResourceOnALoadingThreadFailsTheBuildWithItsFileAndLine(@TempDir Path dir) throws IOException {
        Path models = Paths.project().resolve("models");
        try (Stream<Path> files = Files.list(models)) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        Files.writeString(dir.resolve(StandardStages.FIRST_NAMES), "Ann\tfemale\nBob\tsometimes\n");
        ClaimTraceException e = assertThrows(ClaimTraceException.class,
                () -> StandardStages.build(dir, false, StandardStages.MAX_PARSE_TOKENS));
        assertTrue(e.getMessage().contains("first-names.tsv line 2"), e.getMessage());
    }
}
