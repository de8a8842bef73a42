package org.claimtrace.io;

import java.util.Locale;

/** The input formats, chosen by file extension (or by content on stdin). */
public enum InputFormat {
    /** Plain UTF-8 text: one article per file. */
    TEXT,
    /** An HTML page: the main article text is extracted. */
    HTML,
    /** One JSON object per line: {@code id}, {@code text} or {@code html}, {@code title}, {@code date}, {@code url}. */
    JSONL;

    public static InputFormat ofFileName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) {
            return HTML;
        }
        if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) {
            return JSONL;
        }
        return TEXT;
    }

    /** Guesses the format of an unnamed input from its first non-blank character. */
    public static InputFormat sniff(String content) {
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (!Character.isWhitespace(c) && c != '\uFEFF') {
                return c == '{' ? JSONL : c == '<' ? HTML : TEXT;
            }
        }
        return TEXT;
    }
}
