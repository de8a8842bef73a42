package org.claimtrace.model;

/**
 * Something that went wrong or was given up on while processing one document.
 *
 * @param stage   the stage or component that reported it ("input", "ner", ...)
 * @param code    a short stable machine-readable code, e.g. "invalid-utf8"
 * @param message a human-readable reason naming what happened
 */
public record Problem(String stage, String code, String message) {
}
