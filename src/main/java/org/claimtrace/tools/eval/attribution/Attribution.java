package org.claimtrace.tools.eval.attribution;

import java.util.Objects;

/**
 * One attribution relation. {@code source} is null for an unsourced attribution; {@code cue} and
 * {@code content} are never null but may be {@link SpanSet#EMPTY} when the annotation lacks them.
 * An empty source is normalised to null.
 */
public record Attribution(SpanSet source, SpanSet cue, SpanSet content) {

    /** Rejects null cue or content; maps an empty source to null. */
    public Attribution {
        Objects.requireNonNull(cue, "cue");
        Objects.requireNonNull(content, "content");
        if (source != null && source.isEmpty()) {
            source = null;
        }
    }
}
