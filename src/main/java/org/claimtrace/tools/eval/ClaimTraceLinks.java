package org.claimtrace.tools.eval;

import org.claimtrace.ClaimTrace;
import org.claimtrace.model.Article;
import org.claimtrace.model.DocumentResult;
import org.claimtrace.model.Entity;
import org.claimtrace.model.Mention;
import org.claimtrace.model.MentionKind;
import org.claimtrace.model.Token;
import org.claimtrace.resolve.MentionLinker;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * claimtrace's resolution of a gold document: the full pipeline's entities, and {@link MentionLinker} (what
 * claimant resolution uses) for each gold mention, given its head token and token range.
 */
public final class ClaimTraceLinks implements ResolutionLinks {
    private final List<Token> tokens;
    private final List<Named> names = new ArrayList<>();
    private final MentionLinker linker;
    private final java.util.Map<String, String> nameOf = new java.util.HashMap<>();

    ClaimTraceLinks(DocumentResult r) {
        this.tokens = r.tokens();
        for (Entity e : r.entities()) {
            nameOf.put(e.id(), e.name());
            if (e.type().isTemporal()) {
                continue;
            }
            for (Mention m : e.mentions()) {
                if (m.kind() == MentionKind.NAME) {
                    names.add(new Named(m.begin(), m.end(), e.id()));
                }
            }
        }
        this.linker = new MentionLinker(r.tokens(), r.entities());
    }

    /** Runs claimtrace on the gold text with the gold date. */
    public static ClaimTraceLinks annotate(ClaimTrace ct, GoldDocument doc) {
        return new ClaimTraceLinks(ct.process(new Article(doc.id(), doc.text(), null, doc.documentDate(), null,
                null, null, null)));
    }

    @Override
    public String linkOf(ResolutionGold.Mention m) {
        int head = tokenAt(m.head().begin());
        int begin = tokenAt(m.span().begin());
        int end = tokenAt(m.span().end() - 1);
        if (head < 0 || begin < 0 || end < 0) {
            return null;
        }
        Entity e = linker.link(head, begin, end + 1);
        return e == null ? null : e.id();
    }

    @Override
    public String describe(String cluster) {
        return cluster + ":" + nameOf.get(cluster);
    }

    @Override
    public Set<String> clustersNamed(ResolutionGold.Span name) {
        return ResolutionLinks.clustersFor(names, name);
    }

    private int tokenAt(int offset) {
        int lo = 0;
        int hi = tokens.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Token t = tokens.get(mid);
            if (offset < t.begin()) {
                hi = mid - 1;
            } else if (offset >= t.end()) {
                lo = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }
}
