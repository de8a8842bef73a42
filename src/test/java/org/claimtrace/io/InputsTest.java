package org.claimtrace.io;

import org.claimtrace.pipeline.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class InputsTest {
    @TempDir
    Path dir;

    @Test
    void directoriesAreReadRecursivelyInSortedOrderWithoutDocs() throws IOException {
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("b.txt"), "b");
        Files.writeString(dir.resolve("a.html"), "<p>a</p>");
        Files.writeString(dir.resolve("sub/c.jsonl"), "{}");
        Files.writeString(dir.resolve("README.md"), "docs");
        List<InputSource> s = Inputs.expand(List.of(dir.toString()));
        assertEquals(List.of("a", "b", "sub/c"), s.stream().map(InputSource::idBase).toList());
        assertEquals(List.of(InputFormat.HTML, InputFormat.TEXT, InputFormat.JSONL),
                s.stream().map(InputSource::format).toList());
    }

    @Test
    void globsAndStdin() throws IOException {
        Files.createDirectories(dir.resolve("x/y"));
        Files.writeString(dir.resolve("x/one.txt"), "1");
        Files.writeString(dir.resolve("x/y/two.txt"), "2");
        Files.writeString(dir.resolve("x/y/three.html"), "3");
        List<InputSource> s = Inputs.expand(List.of(dir + "/x/**.txt", "-"));
        assertEquals(List.of("one", "y/two", "stdin"), s.stream().map(InputSource::idBase).toList());
        assertNull(s.get(2).path());
    }

    @Test
    void missingInputIsAnError() {
        InputException e = assertThrows(InputException.class, () -> Inputs.expand(List.of(dir + "/nope.txt")));
        assertEquals("input not found: " + dir + "/nope.txt", e.getMessage());
        assertThrows(InputException.class, () -> Inputs.expand(List.of(dir + "/*.none")));
    }

    @Test
    void formatIsSniffedForStdin() {
        assertEquals(InputFormat.JSONL, InputFormat.sniff("\uFEFF  {\"id\":1}"));
        assertEquals(InputFormat.HTML, InputFormat.sniff("\n<!doctype html>"));
        assertEquals(InputFormat.TEXT, InputFormat.sniff("Plain words"));
    }
}
