package org.claimtrace.tools.eval;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** One system's resolution of one document, as the scorer asks about it. */
public interface ResolutionLinks {

    /** The system's cluster (entity or chain) for the gold mention, or null when it links it to none. */
    String linkOf(ResolutionGold.Mention mention);

    /** The system's clusters that hold the name written at the gold span (usually one). */
    Set<String> clustersNamed(ResolutionGold.Span name);

    /** A readable name for a cluster, for error listings. */
    default String describe(String cluster) {
        return cluster;
    }

    /** A predicted named mention and its cluster. */
    record Named(int begin, int end, String cluster) {
    }

    /**
     * The clusters of the predicted names that stand for a gold name span. Gold names have their full extent
     * ("JSA Research defence analyst Paul Nesbit"), so: the predicted names inside the span that end where it
     * ends; else all names inside it; else the names that overlap it.
     */
    static Set<String> clustersFor(List<Named> predicted, ResolutionGold.Span gold) {
        Set<String> sameEnd = new LinkedHashSet<>();
        Set<String> inside = new LinkedHashSet<>();
        Set<String> overlapping = new LinkedHashSet<>();
        for (Named n : predicted) {
            if (n.begin() >= gold.begin() && n.end() <= gold.end()) {
                inside.add(n.cluster());
                if (n.end() == gold.end()) {
                    sameEnd.add(n.cluster());
                }
            } else if (n.begin() < gold.end() && gold.begin() < n.end()) {
                overlapping.add(n.cluster());
            }
        }
        return !sameEnd.isEmpty() ? sameEnd : !inside.isEmpty() ? inside : overlapping;
    }
}
