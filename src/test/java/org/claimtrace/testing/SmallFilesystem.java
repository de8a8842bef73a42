package org.claimtrace.testing;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A real small file system for disk-full tests: a tmpfs of a given size mounted on a directory. Mounting needs
 * root (CAP_SYS_ADMIN); where the machine does not allow it the test is skipped, with the reason.
 */
public final class SmallFilesystem implements AutoCloseable {
    private final Path mountPoint;

    private SmallFilesystem(Path mountPoint) {
        this.mountPoint = mountPoint;
    }

    /** Mounts a tmpfs of {@code kilobytes} on {@code dir} (created), or skips the calling test. */
    public static SmallFilesystem mount(Path dir, int kilobytes) throws IOException {
        return mount(dir, kilobytes, false);
    }

    /** The same, mounted read-only when {@code readOnly}. */
    public static SmallFilesystem mount(Path dir, int kilobytes, boolean readOnly) throws IOException {
        Files.createDirectories(dir);
        String error = run("mount", "-t", "tmpfs", "-o", (readOnly ? "ro," : "") + "size=" + kilobytes + "k", "tmpfs",
                dir.toString());
        Assumptions.assumeTrue(error == null, "cannot mount a small tmpfs here (needs root): " + error);
        return new SmallFilesystem(dir);
    }

    public Path path() {
        return mountPoint;
    }

    /** Gives the file system a new size, keeping its files (to make room before a resume). */
    public void resize(int kilobytes) {
        String error = run("mount", "-o", "remount,size=" + kilobytes + "k", mountPoint.toString());
        if (error != null) {
            throw new IllegalStateException("cannot resize the tmpfs: " + error);
        }
    }

    @Override
    public void close() {
        if (run("umount", mountPoint.toString()) != null) {
            run("umount", "-l", mountPoint.toString());
        }
    }

    /** Runs a command; null when it succeeded, else its output. */
    private static String run(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return String.join(" ", command) + ": timed out";
            }
            String out = new String(p.getInputStream().readAllBytes()).strip();
            return p.exitValue() == 0 ? null : String.join(" ", command) + ": exit " + p.exitValue() + ": " + out;
        } catch (IOException e) {
            return String.join(" ", command) + ": " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }
}
