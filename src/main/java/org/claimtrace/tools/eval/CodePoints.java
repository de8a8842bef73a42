package org.claimtrace.tools.eval;

/** Conversions between UTF-16 ({@link String}) indices and Unicode code point offsets. */
public final class CodePoints {

    private CodePoints() {
    }

    /** Code point offset of the UTF-16 index {@code utf16Index} in {@code text}. */
    public static int fromUtf16(String text, int utf16Index) {
        return text.codePointCount(0, utf16Index);
    }

    /** UTF-16 index of the code point offset {@code codePointOffset} in {@code text}. */
    public static int toUtf16(String text, int codePointOffset) {
        return text.offsetByCodePoints(0, codePointOffset);
    }

    /** Substring between two code point offsets (end exclusive). */
    public static String substring(String text, int begin, int end) {
        int b = toUtf16(text, begin);
        return text.substring(b, text.offsetByCodePoints(b, end - begin));
    }

    /** Number of code points in {@code s}. */
    public static int length(CharSequence s) {
        return Character.codePointCount(s, 0, s.length());
    }

    /** True if {@code text} holds a character outside the Basic Multilingual Plane (a surrogate pair). */
    public static boolean hasSupplementary(String text) {
        return text.codePoints().anyMatch(Character::isSupplementaryCodePoint);
    }
}
