package org.claimtrace.testing;

import org.claimtrace.output.OutputFiles;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * Fault injection for the output sinks: the real file system, except that once {@code budget} bytes have been
 * written (to the files {@code affected} selects), a write puts down only the bytes that still fit, as a full
 * disk does, and then fails with "No space left on device".
 */
public final class FailingOutputFiles extends OutputFiles {
    public static final String ENOSPC = "No space left on device";

    private final AtomicLong left;
    private final Predicate<Path> affected;
    private final AtomicInteger failures = new AtomicInteger();

    /** Fails every write after {@code budget} bytes in all. */
    public FailingOutputFiles(long budget) {
        this(budget, p -> true);
    }

    /** Fails writes to the files {@code affected} selects after {@code budget} bytes written to them. */
    public FailingOutputFiles(long budget, Predicate<Path> affected) {
        this.left = new AtomicLong(budget);
        this.affected = affected;
    }

    /** Writes that failed. */
    public int failures() {
        return failures.get();
    }

    @Override
    public SeekableByteChannel open(Path file, boolean truncate) throws IOException {
        SeekableByteChannel real = super.open(file, truncate);
        if (!affected.test(file)) {
            return real;
        }
        return new SeekableByteChannel() {
            @Override
            public int write(ByteBuffer src) throws IOException {
                long room = left.get();
                if (src.remaining() <= room) {
                    int n = real.write(src);
                    left.addAndGet(-n);
                    return n;
                }
                // a torn write: what fits goes down, then the device is full
                ByteBuffer part = src.slice().limit((int) room);
                while (part.hasRemaining()) {
                    real.write(part);
                }
                src.position(src.position() + (int) room);
                left.set(0);
                failures.incrementAndGet();
                throw new IOException(ENOSPC);
            }

            @Override
            public int read(ByteBuffer dst) throws IOException {
                return real.read(dst);
            }

            @Override
            public long position() throws IOException {
                return real.position();
            }

            @Override
            public SeekableByteChannel position(long p) throws IOException {
                real.position(p);
                return this;
            }

            @Override
            public long size() throws IOException {
                return real.size();
            }

            @Override
            public SeekableByteChannel truncate(long size) throws IOException {
                real.truncate(size);
                return this;
            }

            @Override
            public boolean isOpen() {
                return real.isOpen();
            }

            @Override
            public void close() throws IOException {
                real.close();
            }
        };
    }
}
