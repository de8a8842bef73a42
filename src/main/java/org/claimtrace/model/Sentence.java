package org.claimtrace.model;

/**
 * One sentence: a code-point span of the text and a half-open token range.
 */
public record Sentence(int index, int begin, int end, int tokenBegin, int tokenEnd) {
}
