package org.claimtrace.model;

/**
 * Something that went wrong or was given up on while processing one document.
 *
 * @param stage   the stage or component that reported it ("input", "ner", ...)
 * @param code    its stable machine-readable code ({@code invalid-utf8} in JSON)
 * @param message a human-readable reason naming what happened
 */
public record Problem(String stage, ProblemCode code, String message) {
}
