package org.claimtrace.tools.eval.attribution;

import java.util.List;

/** A document (id = file stem of its .txt), its text and its attribution relations. */
public record AttributionDoc(String id, String text, List<Attribution> attributions) {

    /** Copies the relation list. */
    public AttributionDoc {
        attributions = List.copyOf(attributions);
    }
}
