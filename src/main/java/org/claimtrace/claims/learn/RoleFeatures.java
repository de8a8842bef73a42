package org.claimtrace.claims.learn;

import org.claimtrace.claims.lexicon.CueLexicon;
import org.claimtrace.text.Quotes;
import org.claimtrace.model.DependencyParse;
import org.claimtrace.model.Sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Features of one token for the role tagger, which labels the tokens around one cue as its source, its
 * content, the cue itself or nothing. Every feature is relative to that cue: where the token lies from it, how
 * the parse connects them, whether a quotation or another cue stands between.
 */
public final class RoleFeatures {
    /** Raised whenever a feature's definition changes, so that weights trained before are refused. */
    public static final int VERSION = 1;

    /** The feature groups, in the order their features are emitted. */
    public enum Group { WORD, CLASSES, POSITION, PARSE, QUOTE, ENTITY, CUE, OTHER_CUES, LAYOUT }

    private final Set<Group> groups;

    public RoleFeatures(Set<Group> groups) {
        this.groups = Set.copyOf(groups);
    }

    public Set<Group> groups() {
        return groups;
    }

    /**
     * @param otherCue whether each token of the document belongs to another cue than {@code cue}
     */
    public List<String> features(AttributionInput in, CueSpan cue, int j, boolean[] otherCue) {
        List<String> f = new ArrayList<>(48);
        f.add("b");
        if (cue.contains(j)) {
            f.add("CUE");
            return f;
        }
        String dir = j < cue.begin() ? "B" : "A";
        int dist = j < cue.begin() ? cue.begin() - j : j - cue.end() + 1;
        int sentOffset = in.token(j).sentence() - cue.sentence();
        String so = Integer.toString(Math.max(-2, Math.min(3, sentOffset)));
        if (groups.contains(Group.WORD)) {
            f.add("w=" + in.lower(j));
            f.add("l=" + in.lemma(j));
            f.add("p=" + in.pos(j));
            Sentence s = in.sentenceOf(j);
            f.add("p-1=" + (j - 1 >= s.tokenBegin() ? in.pos(j - 1) : "<>"));
            f.add("p+1=" + (j + 1 < s.tokenEnd() ? in.pos(j + 1) : "<>"));
            f.add("dir|p=" + dir + "|" + in.pos(j));
        }
        if (groups.contains(Group.CLASSES)) {
            f.add("c=" + in.wordClass(j));
            f.add("cc|dir=" + in.wordClass(cue.head()) + dir);
        }
        if (groups.contains(Group.POSITION)) {
            f.add("dir=" + dir);
            f.add("dist=" + dir + CueTokenFeatures.bucket(dist));
            f.add("so=" + so);
            f.add("so|dir=" + so + dir);
            Sentence s = in.sentenceOf(j);
            if (j == s.tokenBegin()) {
                f.add("sent-first|so=" + so);
            }
            if (j == s.tokenEnd() - 1) {
                f.add("sent-last|so=" + so);
            }
        }
        if (groups.contains(Group.PARSE)) {
            DependencyParse p = in.parse(cue.sentence());
            if (p == null || sentOffset != 0) {
                f.add("path=none|" + so);
            } else {
                parseFeatures(in, p, cue, j, f);
            }
        }
        if (groups.contains(Group.QUOTE)) {
            Quotes.Quote q = in.quoteOf(j);
            Quotes.Quote cq = in.quoteOf(cue.head());
            boolean mark = Quotes.isQuote(in.word(j));
            String jq = q == null ? "out" : mark ? (q.openToken() == j ? "open" : "close") : "in";
            f.add("jq=" + jq);
            f.add("jq|dir=" + jq + dir);
            if (cq != null && cq.contains(cue.head())) {
                f.add("cue-quoted|same=" + (q == cq));
            }
            if (q != null && q != cq) {
                // the quotation ends just before the cue or starts just after it: ", he said" / "said: ..."
                int gap = j < cue.begin() ? cue.begin() - q.closeToken() : q.openToken() - cue.end() + 1;
                f.add("q-gap=" + dir + CueTokenFeatures.bucket(Math.max(0, gap)));
            }
        }
        if (groups.contains(Group.ENTITY)) {
            String type = in.entityType(j);
            if (type != null) {
                f.add("ent=" + type + (in.pronounMention(j) ? "/pro" : ""));
                f.add("ent|dir=" + type + dir);
            }
            if (in.pos(j).startsWith("PRP")) {
                f.add("prp=" + in.lower(j) + dir);
            }
        }
        if (groups.contains(Group.CUE)) {
            String cl = in.lemma(cue.head());
            f.add("cl|dir=" + cl + "|" + dir);
            CueLexicon.Entry e = in.lexiconEntry(cue.head());
            f.add("ctype|dir=" + (e == null ? "-" : e.type()) + dir);
            f.add("cpos|dir=" + in.pos(cue.head()) + dir);
        }
        if (groups.contains(Group.OTHER_CUES)) {
            if (otherCue[j]) {
                f.add("other-cue");
            }
            int lo = Math.min(j, cue.begin());
            int hi = Math.max(j, cue.end() - 1);
            boolean between = false;
            for (int t = lo + 1; t < hi && !between; t++) {
                between = otherCue[t] && !cue.contains(t);
            }
            if (between) {
                f.add("other-cue-between|" + dir);
            }
        }
        if (groups.contains(Group.LAYOUT)) {
            int lo = Math.min(j, cue.begin());
            int hi = Math.max(j, cue.end() - 1);
            int breaks = 0;
            for (int t = lo + 1; t <= hi; t++) {
                breaks += in.breaksBefore(t);
            }
            if (breaks > 0) {
                f.add("breaks=" + Math.min(breaks, 2) + dir);
            }
            if (j == cue.begin() - 1) {
                f.add("adj-before=" + in.lower(j));
            } else if (j == cue.end()) {
                f.add("adj-after=" + in.lower(j));
            }
        }
        return f;
    }

    /** The features of the tree path from the cue's head to the token, in the cue's sentence. */
    private static void parseFeatures(AttributionInput in, DependencyParse p, CueSpan cue, int j, List<String> f) {
        int h = cue.head();
        List<Integer> upH = ancestors(p, h);
        List<Integer> upJ = ancestors(p, j);
        int lca = -1;
        for (int a : upJ) {
            if (upH.contains(a)) {
                lca = a;
                break;
            }
        }
        StringBuilder up = new StringBuilder();
        int steps = 0;
        for (int x = h; x != lca && x >= 0 && steps < 3; x = p.head(x), steps++) {
            up.append(up.length() == 0 ? "" : ">").append(p.relation(x));
        }
        List<String> down = new ArrayList<>();
        for (int x = j; x != lca && x >= 0; x = p.head(x)) {
            down.add(0, p.relation(x));
        }
        String d1 = down.isEmpty() ? "-" : down.get(0);
        String d2 = down.size() < 2 ? "-" : down.get(1);
        String u = lca < 0 ? "?" : up.length() == 0 ? "^" : up.toString();
        f.add("path=" + u + "/" + d1 + "/" + d2);
        f.add("path1=" + u + "/" + d1);
        f.add("down-depth=" + Math.min(down.size(), 4) + "|" + (lca == h));
        f.add("jrel=" + p.relation(j));
        f.add("cl|path1=" + in.lemma(h) + "|" + u + "/" + d1);
        if (down.size() == 1) {
            f.add("branch-head=" + u + "/" + d1);
        }
    }

    private static List<Integer> ancestors(DependencyParse p, int t) {
        List<Integer> out = new ArrayList<>();
        int x = t;
        int guard = p.heads().length + 1;
        while (x >= 0 && guard-- > 0) {
            out.add(x);
            x = p.head(x);
        }
        return out;
    }

    /** Features of the transition into a token's label. */
    public List<String> edgeFeatures(AttributionInput in, CueSpan cue, int j) {
        List<String> f = new ArrayList<>(4);
        f.add("e");
        String w = in.word(j);
        if (Quotes.isQuote(w)) {
            f.add("e-q");
        } else if (w.equals(",") || w.equals(":") || w.equals("—") || w.equals("--") || w.equals(".")) {
            f.add("e-" + w);
        }
        if (j == in.sentenceOf(j).tokenBegin()) {
            f.add("e-s");
        }
        if (j == cue.begin() || j == cue.end()) {
            f.add("e-c");
        }
        return f;
    }
}
