package org.claimtrace.tools.eval.attribution;

/**
 * A document text addressed by Unicode code point offsets, as brat standoff and PolNeAR use them,
 * rather than Java's UTF-16 indices.
 */
public final class CodePointText {
    private final String text;
    private final int length;

    /** Wraps a text. */
    public CodePointText(String text) {
        this.text = text;
        this.length = text.codePointCount(0, text.length());
    }

    /** The text as a Java string. */
    public String text() {
        return text;
    }

    /** Length in code points. */
    public int length() {
        return length;
    }

    /** Code point offset of a UTF-16 index. */
    public int toCodePoint(int utf16Index) {
        return text.codePointCount(0, utf16Index);
    }

    /** UTF-16 index of a code point offset. */
    public int toUtf16(int codePoint) {
        return text.offsetByCodePoints(0, codePoint);
    }

    /** Text between two code point offsets (end exclusive). */
    public String substring(int begin, int end) {
        if (begin < 0 || end > length || begin > end) {
            throw new IllegalArgumentException("offsets " + begin + "-" + end + " outside text of " + length);
        }
        int b = toUtf16(begin);
        return text.substring(b, text.offsetByCodePoints(b, end - begin));
    }
}
