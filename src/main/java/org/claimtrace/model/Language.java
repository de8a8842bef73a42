package org.claimtrace.model;

/**
 * Detected language.
 *
 * @param code       ISO 639-3 code, e.g. "eng"
 * @param confidence the detector's probability for that language
 */
public record Language(String code, double confidence) {
}
