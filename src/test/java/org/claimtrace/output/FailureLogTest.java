package org.claimtrace.output;

import org.claimtrace.model.Article;
import org.claimtrace.model.Problem;
import org.claimtrace.model.ProblemCode;
import org.claimtrace.model.Status;
import org.claimtrace.pipeline.Pipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class FailureLogTest {
    @TempDir
    Path dir;

    @Test
    void failedAndTimedOutDocumentsAreListedOnePerLine() throws IOException {
        Files.writeString(dir.resolve(FailureLog.FILE), "stale\n");
        try (FailureLog log = new FailureLog(dir)) {
            assertFalse(Files.exists(dir.resolve(FailureLog.FILE)), "the previous run's file is removed");
            log.record(Pipeline.abandoned(Article.of("fine", "x"), Status.OK, List.of()));
            log.record(Pipeline.abandoned(Article.unreadable("bad\tid", "in/bad.txt", null), Status.FAILED,
                    List.of(new Problem("input", ProblemCode.INVALID_UTF8, "in/bad.txt: not\nvalid"))));
            log.record(Pipeline.abandoned(Article.of("slow", "x"), Status.TIMEOUT,
                    List.of(new Problem("batch", ProblemCode.TIME_BUDGET, "over 60 s"))));
        }
        assertEquals(List.of(FailureLog.HEADER,
                        "bad id\tin/bad.txt\tfailed\tinvalid-utf8\tin/bad.txt: not valid",
                        "slow\t\ttimeout\ttime-budget\tover 60 s"),
                Files.readAllLines(dir.resolve(FailureLog.FILE)));
    }
}
