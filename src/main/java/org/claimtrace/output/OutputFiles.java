package org.claimtrace.output;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * The file operations of the output sinks, with the two guarantees they rely on: a whole file appears through
 * a temporary sibling and a rename ({@link #writeAtomically}), and a record is appended whole or not at all
 * ({@link #appendWhole}: on a failed write, such as a full disk, each file is cut back to its length before).
 * Every byte the sinks write goes through {@link #open}, so a test can inject faults there.
 */
public class OutputFiles {
    /** The real file system. */
    public static final OutputFiles REAL = new OutputFiles();

    /**
     * Opens a file for writing, creating it if needed: emptied when {@code truncate}, else kept with the
     * position at its end.
     */
    public SeekableByteChannel open(Path file, boolean truncate) throws IOException {
        OpenOption[] options = truncate
                ? new OpenOption[]{StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING}
                : new OpenOption[]{StandardOpenOption.CREATE, StandardOpenOption.WRITE};
        SeekableByteChannel ch = Files.newByteChannel(file, options);
        ch.position(ch.size());
        return ch;
    }

    /**
     * Writes {@code content} to {@code target} through {@code target.tmp} and a rename, replacing the target.
     * On failure the temporary file is removed and the target is unchanged.
     */
    public final void writeAtomically(Path target, byte[] content) throws IOException {
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        try {
            try (SeekableByteChannel ch = open(tmp, true)) {
                writeFully(ch, ByteBuffer.wrap(content));
            }
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    /** Appends one record at the end of a file, whole or not at all. */
    public static void appendWhole(SeekableByteChannel file, byte[] record) throws IOException {
        appendWhole(List.of(file), List.of(record));
    }

    /**
     * Appends {@code records.get(i)} at the end of {@code files.get(i)}, all of them or none: when a write
     * fails, every file is cut back to its length before the call, and the exception is rethrown.
     */
    public static void appendWhole(List<SeekableByteChannel> files, List<byte[]> records) throws IOException {
        long[] starts = new long[files.size()];
        for (int i = 0; i < files.size(); i++) {
            starts[i] = files.get(i).size();
        }
        try {
            for (int i = 0; i < files.size(); i++) {
                files.get(i).position(starts[i]);
                writeFully(files.get(i), ByteBuffer.wrap(records.get(i)));
            }
        } catch (IOException | RuntimeException e) {
            for (int i = 0; i < files.size(); i++) {
                try {
                    files.get(i).truncate(starts[i]);
                    files.get(i).position(starts[i]);
                } catch (IOException | RuntimeException suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            throw e;
        }
    }

    private static void writeFully(SeekableByteChannel ch, ByteBuffer b) throws IOException {
        while (b.hasRemaining()) {
            ch.write(b);
        }
    }
}
