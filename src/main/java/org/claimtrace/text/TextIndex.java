package org.claimtrace.text;

/**
 * Maps between Java's UTF-16 indices and Unicode code point offsets for one text. The output contract
 * uses code points, so that Python's {@code text[begin:end]} equals each span's text; engines such as
 * CoreNLP report UTF-16 indices. For texts without surrogate pairs (almost all news) both are the same
 * and no table is kept.
 */
public final class TextIndex {
    private final String text;
    /** charToCp[i] = code point offset of UTF-16 index i; null when the text has no surrogates. */
    private final int[] charToCp;
    private final int[] cpToChar;

    public TextIndex(String text) {
        this.text = text;
        int cps = text.codePointCount(0, text.length());
        if (cps == text.length()) {
            charToCp = null;
            cpToChar = null;
        } else {
            charToCp = new int[text.length() + 1];
            cpToChar = new int[cps + 1];
            int cp = 0;
            for (int i = 0; i < text.length(); ) {
                int n = Character.charCount(text.codePointAt(i));
                cpToChar[cp] = i;
                for (int k = 0; k < n; k++) {
                    charToCp[i + k] = cp;
                }
                i += n;
                cp++;
            }
            charToCp[text.length()] = cps;
            cpToChar[cps] = text.length();
        }
    }

    /** Length of the text in code points. */
    public int length() {
        return cpToChar == null ? text.length() : cpToChar.length - 1;
    }

    /** Code point offset of a UTF-16 index (an index inside a surrogate pair maps to its code point). */
    public int toCodePoint(int charIndex) {
        return charToCp == null ? charIndex : charToCp[charIndex];
    }

    /** UTF-16 index of a code point offset. */
    public int toChar(int codePoint) {
        return cpToChar == null ? codePoint : cpToChar[codePoint];
    }

    /** The text between two code point offsets. */
    public String substring(int cpBegin, int cpEnd) {
        return text.substring(toChar(cpBegin), toChar(cpEnd));
    }
}
