package org.claimtrace.output;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SafeFileNamesTest {
    @Test
    void plainIdsAreKept() {
        assertEquals("syria-russia-2025-10-15", SafeFileNames.of("syria-russia-2025-10-15"));
    }

    @Test
    void hostileIdsStayInsideTheDirectory() {
        Path out = Path.of("/tmp/out");
        for (String id : new String[]{"../../etc/passwd", "/etc/passwd", "a\u0000b", "..", ".", "",
                "x".repeat(5000), "C:\\win\\file", "sub/dir/name", "ünïcødé", "..\\..\\x"}) {
            String name = SafeFileNames.of(id);
            assertTrue(name.matches("[A-Za-z0-9._-]+"), name);
            assertFalse(name.startsWith("."), name);
            assertTrue(name.length() <= SafeFileNames.MAX_LENGTH + 9, name);
            assertEquals(out, out.resolve(name + ".json").normalize().getParent(), id);
        }
    }

    @Test
    void idsThatSanitizeAlikeStayDistinct() {
        assertNotEquals(SafeFileNames.of("a/b"), SafeFileNames.of("a_b"));
        assertNotEquals(SafeFileNames.of("a/b"), SafeFileNames.of("a?b"));
        assertNotEquals(SafeFileNames.of("x".repeat(200)), SafeFileNames.of("x".repeat(201)));
    }

    @Test
    void theDirectorySinkNeverWritesOutsideItsDirectory(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("out");
        JsonDirectorySink sink = new JsonDirectorySink(out);
        for (String id : new String[]{"../../etc/x", "/abs/x", "nul\u0000", "..", "~/.ssh/id", "\u202Eevil", "CON"}) {
            Path f = sink.fileFor(id);
            assertEquals(out, f.getParent(), id);
            assertEquals(out.toAbsolutePath(), f.toAbsolutePath().normalize().getParent(), id);
        }
    }
}
