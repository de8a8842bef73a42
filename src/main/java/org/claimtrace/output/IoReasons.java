package org.claimtrace.output;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * The operating system's reason for a failed file operation, without the path that Java's exceptions often
 * give as their whole message ("No space left on device", "Read-only file system", "Not a directory").
 */
public final class IoReasons {
    private IoReasons() {
    }

    public static String of(Throwable e) {
        if (e instanceof FileSystemException fse && fse.getReason() != null && !fse.getReason().isBlank()) {
            return fse.getReason();
        }
        if (e instanceof AccessDeniedException) {
            return "Permission denied";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "File exists";
        }
        if (e instanceof NoSuchFileException) {
            return "No such file or directory";
        }
        if (e instanceof NotDirectoryException) {
            return "Not a directory";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "Directory not empty";
        }
        if (e.getMessage() != null && !e.getMessage().isBlank() && !(e instanceof FileSystemException)) {
            return e.getMessage();
        }
        return e.getClass().getSimpleName();
    }

    /**
     * True for the reasons that mean the output device cannot take more data: no space, no quota, a file
     * system turned read-only.
     */
    public static boolean deviceUnusable(IOException e) {
        String r = of(e).toLowerCase(Locale.ROOT);
        return r.contains("no space left") || r.contains("disk quota") || r.contains("read-only file system")
                || r.contains("file too large");
    }
}
