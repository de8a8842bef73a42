package org.claimtrace.resources;

import org.claimtrace.pipeline.ModelLoadException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A model file that is cut short or not gzip gets a readable reason, never "…: null". */
class ModelFilesTest {
    @TempDir
    Path dir;

    private static byte[] gzip(byte[] content) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (OutputStream z = new GZIPOutputStream(b)) {
            z.write(content);
        }
        return b.toByteArray();
    }

    private static Object readAll(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(new GZIPInputStream(in));
        data.readUTF();
        data.readFully(new byte[1000]);
        return "done";
    }

    @Test
    void aValidGzipHoldingATruncatedModel() throws IOException {
        Files.write(dir.resolve("m.bin.gz"), gzip(new byte[]{0, 3, 'a', 'b', 'c', 1, 2}));
        ModelLoadException e = assertThrows(ModelLoadException.class,
                () -> new ModelFiles(dir).read("m.bin.gz", ModelFilesTest::readAll));
        assertTrue(e.getMessage().startsWith("cannot read m.bin.gz from " + dir.toAbsolutePath()), e.getMessage());
        assertTrue(e.getMessage().contains("the file is truncated"), e.getMessage());
        assertFalse(e.getMessage().endsWith("null"), e.getMessage());
    }

    @Test
    void notGzipAtAll() throws IOException {
        Files.writeString(dir.resolve("m.bin.gz"), "plain text");
        ModelLoadException e = assertThrows(ModelLoadException.class,
                () -> new ModelFiles(dir).read("m.bin.gz", ModelFilesTest::readAll));
        assertTrue(e.getMessage().contains("not a valid gzip file"), e.getMessage());
    }
}
