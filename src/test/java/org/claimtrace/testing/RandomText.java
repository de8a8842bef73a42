package org.claimtrace.testing;

import java.util.Random;

/**
 * Seeded generator of hostile text for fuzz tests: English words mixed with emoji, combining marks,
 * right-to-left script, control characters, lone surrogates' neighbours, stray newlines and quotes.
 */
public final class RandomText {
    private static final String[] WORDS = {"The", "minister", "said", "that", "Reuters", "reported", "Putin",
        "Moscow", "on", "Monday", "would", "not", "\"we", "will", "win\"", "according", "to", "officials", "denied",
        "Ahmed", "al-Sharaa", "Berlin", "told", "reporters", "in", "2025", "claims", "."};
    private static final String[] ODD = {"😀", "👩‍👩‍👧", "🇸🇾", "e\u0301", "\u0300", "שלום", "مرحبا", "\u202E",
        "\u200B", "\u0000", "\u0007", "\t", "\n", "\r\n", "\n\n", "\u2028", "“", "”", "‘", "'", "\"", "«", "»",
        "\uFEFF", "𝔘𝔫𝔦", "中文", "…", "—", "-", "(", ")", "&amp;", "<b>", "\\", "%", "\uFFFD"};

    private RandomText() {
    }

    /** A text of about {@code words} pieces; the same seed gives the same text. */
    public static String generate(Random rnd, int words) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words; i++) {
            double p = rnd.nextDouble();
            if (p < 0.6) {
                sb.append(WORDS[rnd.nextInt(WORDS.length)]);
            } else if (p < 0.9) {
                sb.append(ODD[rnd.nextInt(ODD.length)]);
            } else {
                int cp = rnd.nextInt(0x2FFFF);
                if (Character.isValidCodePoint(cp) && !Character.isSurrogate((char) cp)) {
                    sb.appendCodePoint(cp);
                }
            }
            if (rnd.nextDouble() < 0.7) {
                sb.append(' ');
            }
        }
        return sb.toString();
    }
}
