package org.claimtrace.claims.learn;

import org.claimtrace.model.DependencyParse;
import org.claimtrace.text.Quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Features of one candidate boundary of a content: where it would start ({@link #start}) or end ({@link #end}),
 * against where the role tagger put it. Each feature names the words, tags, dependency relations, quotation
 * marks and sentence edges on both sides of the boundary, the tagger's content marginals there, and how far the
 * candidate is from the tagger's boundary. Stateless.
 */
public final class BoundaryFeatures {
    /** Changes whenever a feature changes, so that a model trained with other features is refused. */
    public static final int VERSION = 1;

    /** Tags whose words are features of their own; other words are known by their tag only. */
    private static final Set<String> CLOSED = Set.of("DT", "IN", "CC", "TO", "WDT", "WP", "WRB", "MD", "PRP", "PRP$",
            "POS", "RB", "EX", ",", ".", ":", "``", "''", "-LRB-", "-RRB-", "HYPH", "NFP", "VBZ", "VBD", "VBP");

    private BoundaryFeatures() {
    }

    /**
     * A content that would start at token {@code b}.
     *
     * @param tagged the tagger's first content token
     */
    public static List<String> start(AttributionInput in, RoleAssignment a, int b, int tagged) {
        CueSpan cue = a.cue().span();
        List<String> f = new ArrayList<>(32);
        String side = b >= cue.end() ? "after" : "before";
        f.add("d=" + distance(b - tagged));
        f.add("side=" + side);
        f.add("d|side=" + distance(b - tagged) + "|" + side);
        String first = word(in, b);
        String prev = b - 1 >= 0 ? word(in, b - 1) : "BOS";
        f.add("first=" + first);
        f.add("prev=" + prev);
        f.add("prev|first=" + prev + "|" + first);
        f.add("prev2=" + (b - 2 >= 0 ? word(in, b - 2) : "BOS"));
        f.add("prev|first|side=" + prev + "|" + first + "|" + side);
        boolean sentenceStart = in.sentenceOf(b).tokenBegin() == b;
        f.add("sentStart=" + sentenceStart);
        f.add("atCueEnd=" + (b == cue.end()) + (b == cue.end() + 1 ? "+1" : ""));
        f.add("cueSentence=" + (in.token(b).sentence() == cue.sentence()));
        quoteFeatures(f, in, b, "first");
        if (b - 1 >= 0) {
            quoteFeatures(f, in, b - 1, "prev");
        }
        f.add("m.first=" + bucket(a.contentMarginal(b)));
        f.add("m.prev=" + bucket(b - 1 >= 0 ? a.contentMarginal(b - 1) : -1));
        f.add("m.prev|first=" + bucket(b - 1 >= 0 ? a.contentMarginal(b - 1) : -1) + "|" + bucket(a.contentMarginal(b)));
        parseFeatures(f, in, b, "first", cue);
        if (b - 1 >= 0) {
            parseFeatures(f, in, b - 1, "prev", cue);
        }
        return f;
    }

    /**
     * A content that would end before token {@code e}.
     *
     * @param tagged the token after the tagger's last content token
     */
    public static List<String> end(AttributionInput in, RoleAssignment a, int e, int tagged) {
        CueSpan cue = a.cue().span();
        List<String> f = new ArrayList<>(32);
        String side = e <= cue.begin() ? "before" : "after";
        f.add("d=" + distance(e - tagged));
        f.add("side=" + side);
        f.add("d|side=" + distance(e - tagged) + "|" + side);
        String last = word(in, e - 1);
        String next = e < in.size() ? word(in, e) : "EOS";
        f.add("last=" + last);
        f.add("next=" + next);
        f.add("last|next=" + last + "|" + next);
        f.add("next2=" + (e + 1 < in.size() ? word(in, e + 1) : "EOS"));
        f.add("last|next|side=" + last + "|" + next + "|" + side);
        int sentenceEnd = in.sentenceOf(e - 1).tokenEnd();
        f.add("sentEnd=" + (e == sentenceEnd ? "0" : e == sentenceEnd - 1 ? "1" : "no") + "|" + side);
        f.add("atCueBegin=" + (e == cue.begin()) + (e == cue.begin() - 1 ? "-1" : ""));
        f.add("cueSentence=" + (in.token(e - 1).sentence() == cue.sentence()));
        quoteFeatures(f, in, e - 1, "last");
        if (e < in.size()) {
            quoteFeatures(f, in, e, "next");
        }
        f.add("m.last=" + bucket(a.contentMarginal(e - 1)));
        f.add("m.next=" + bucket(e < in.size() ? a.contentMarginal(e) : -1));
        f.add("m.last|next=" + bucket(a.contentMarginal(e - 1)) + "|" + bucket(e < in.size() ? a.contentMarginal(e) : -1));
        parseFeatures(f, in, e - 1, "last", cue);
        if (e < in.size()) {
            parseFeatures(f, in, e, "next", cue);
        }
        return f;
    }

    /** A token's word when its tag is a closed class, else its tag. */
    static String word(AttributionInput in, int t) {
        String pos = in.pos(t);
        if (Quotes.isQuote(in.word(t))) {
            return "Q";
        }
        return CLOSED.contains(pos) ? pos + ":" + in.lower(t) : pos;
    }

    private static void quoteFeatures(List<String> f, AttributionInput in, int t, String name) {
        Quotes.Quote q = in.quoteOf(t);
        if (q == null) {
            f.add(name + ".quote=none");
        } else if (q.openToken() == t) {
            f.add(name + ".quote=open");
        } else if (q.closeToken() == t) {
            f.add(name + ".quote=close");
        } else {
            f.add(name + ".quote=in");
        }
    }

    private static void parseFeatures(List<String> f, AttributionInput in, int t, String name, CueSpan cue) {
        DependencyParse p = in.parse(in.token(t).sentence());
        if (p == null || !p.contains(t)) {
            f.add(name + ".rel=none");
            return;
        }
        String rel = p.relation(t);
        f.add(name + ".rel=" + rel);
        int h = p.head(t);
        f.add(name + ".headSide=" + (h < 0 ? "root" : h < t ? "left" : "right"));
        if (cue.sentence() == in.token(t).sentence()) {
            f.add(name + ".underCue=" + p.dominates(cue.head(), t));
        }
    }

    private static String distance(int d) {
        if (Math.abs(d) <= 4) {
            return Integer.toString(d);
        }
        return d < 0 ? (d < -10 ? "<-10" : "<-4") : (d > 10 ? ">10" : ">4");
    }

    private static String bucket(double p) {
        if (p < 0) {
            return "none";
        }
        return p < 0.1 ? "0" : p < 0.3 ? "1" : p < 0.5 ? "3" : p < 0.7 ? "5" : p < 0.9 ? "7" : "9";
    }
}
