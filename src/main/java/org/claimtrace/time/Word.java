package org.claimtrace.time;

import java.util.Locale;

/**
 * One word of a sentence.
 *
 * @param text the word as written
 * @param pos  Penn Treebank tag, or null when untagged
 */
public record Word(String text, String pos) {

    /** The word in lower case. */
    public String lower() {
        return text.toLowerCase(Locale.ROOT);
    }

    /** True if the tag is a verb tag (VB, VBD, VBG, VBN, VBP, VBZ). */
    public boolean isVerb() {
        return pos != null && pos.startsWith("VB");
    }

    /** True if this is a word other than punctuation, i.e. it starts with a letter or digit. */
    public boolean isAlphanumeric() {
        return !text.isEmpty() && Character.isLetterOrDigit(text.codePointAt(0));
    }
}
