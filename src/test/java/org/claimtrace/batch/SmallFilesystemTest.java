package org.claimtrace.batch;

import org.claimtrace.io.InputSource;
import org.claimtrace.io.Inputs;
import org.claimtrace.model.DocumentResult;
import org.claimtrace.model.ProblemCode;
import org.claimtrace.model.Status;
import org.claimtrace.output.OutputFiles;
import org.claimtrace.testing.SmallFilesystem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The disk-full path on a real full file system (a 256 KB tmpfs, where the machine allows mounting one): the
 * operating system's "No space left on device" is recognised, the batch stops cleanly, nothing is torn, and
 * after the file system grows, {@code --resume} completes.
 */
class SmallFilesystemTest {
    static final int DOCS = 40;

    @TempDir
    Path dir;

    private List<InputSource> inputs() throws IOException {
        Path in = dir.resolve("in.jsonl");
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= DOCS; i++) {
            sb.append(String.format("{\"id\": \"n%02d\", \"text\": \"Article %d.\"}%n", i, i));
        }
        Files.writeString(in, sb);
        return Inputs.expand(List.of(in.toString()));
    }

    @ParameterizedTest
    @EnumSource(DiskFullTest.Format.class)
    void aFullTmpfsStopsTheBatchCleanlyAndResumeCompletes(DiskFullTest.Format f) throws IOException {
        List<InputSource> in = inputs();
        try (SmallFilesystem fs = SmallFilesystem.mount(dir.resolve("small"), 256)) {
            Path out = fs.path().resolve("out");
            List<DocumentResult> results = new ArrayList<>();
            BatchSummary s = DiskFullTest.run(in, DiskFullTest.sink(f, out, OutputFiles.REAL, false), results);
            assertTrue(s.stoppedBy() != null && s.stoppedBy().contains("No space left on device"), s.line());
            assertEquals(1, s.exitCode());
            assertEquals(DOCS, s.documents(), s.line());
            assertEquals(BatchRunner.MAX_CONSECUTIVE_WRITE_FAILURES, s.count(Status.FAILED), s.line());
            assertTrue(s.interrupted() > 0, s.line());
            results.stream().filter(r -> r.status() == Status.FAILED).forEach(r ->
                    assertEquals(ProblemCode.WRITE_FAILED, r.problems().get(0).code()));
            Set<String> written = results.stream().filter(r -> r.status().isSuccess()).map(DocumentResult::id)
                    .collect(Collectors.toSet());
            assertEquals(written, DiskFullTest.idsInOutput(f, out), "what was written is whole, and nothing else");
            if (f == DiskFullTest.Format.CSV) {
                return;
            }
            fs.resize(64 * 1024);
            BatchSummary r = DiskFullTest.run(in, DiskFullTest.sink(f, out, OutputFiles.REAL, true), new ArrayList<>());
            assertEquals(written.size(), r.resumed(), r.line());
            assertEquals(DOCS - written.size(), r.count(Status.OK), r.line());
            assertEquals(0, r.exitCode());
            Set<String> all = new HashSet<>();
            for (int i = 1; i <= DOCS; i++) {
                all.add(String.format("n%02d", i));
            }
            assertEquals(all, DiskFullTest.idsInOutput(f, out));
        }
    }
}
