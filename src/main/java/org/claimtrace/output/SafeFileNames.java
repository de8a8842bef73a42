package org.claimtrace.output;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Turns document ids into file names that cannot leave the output directory: only letters, digits,
 * '.', '-' and '_' are kept, no leading dot, at most {@value #MAX_LENGTH} characters. When the id had to
 * be changed, a short hash of the original id is appended so that distinct ids never collide.
 */
public final class SafeFileNames {
    static final int MAX_LENGTH = 120;

    private SafeFileNames() {
    }

    public static String of(String id) {
        StringBuilder sb = new StringBuilder(Math.min(id.length(), MAX_LENGTH));
        id.codePoints().forEach(cp -> {
            boolean ok = cp < 128 && (Character.isLetterOrDigit(cp) || cp == '-' || cp == '_' || cp == '.');
            sb.append(ok ? (char) cp : '_');
        });
        String s = sb.toString();
        while (s.startsWith(".")) {
            s = "_" + s.substring(1);
        }
        if (s.length() > MAX_LENGTH) {
            s = s.substring(0, MAX_LENGTH);
        }
        if (!s.equals(id) || s.isEmpty()) {
            s = (s.isEmpty() ? "doc" : s) + "-" + shortHash(id);
        }
        return s;
    }

    static String shortHash(String id) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
