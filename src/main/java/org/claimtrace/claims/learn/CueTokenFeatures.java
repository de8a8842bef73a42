package org.claimtrace.claims.learn;

import org.claimtrace.claims.lexicon.CueLexicon;
import org.claimtrace.text.Quotes;
import org.claimtrace.model.DependencyParse;
import org.claimtrace.model.Sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Features of one token for the cue tagger, which reads every sentence before any parse. Groups can be
 * switched off to measure what each adds; the parse group is used only where a parse exists.
 */
public final class CueTokenFeatures {
    /** Raised whenever a feature's definition changes, so that weights trained before are refused. */
    public static final int VERSION = 1;

    /** The feature groups, in the order their features are emitted. */
    public enum Group { WORD, CLASSES, CONTEXT, LEXICON, QUOTE, ENTITY, LAYOUT, PARSE }

    private final Set<Group> groups;

    public CueTokenFeatures(Set<Group> groups) {
        this.groups = Set.copyOf(groups);
    }

    public Set<Group> groups() {
        return groups;
    }

    public List<String> features(AttributionInput in, int i) {
        List<String> f = new ArrayList<>(48);
        Sentence s = in.sentenceOf(i);
        String lemma = in.lemma(i);
        String pos = in.pos(i);
        f.add("b");
        if (groups.contains(Group.WORD)) {
            f.add("w=" + in.lower(i));
            f.add("l=" + lemma);
            f.add("p=" + pos);
            f.add("lp=" + lemma + "|" + pos);
            String w = in.word(i);
            f.add("cap=" + (Character.isUpperCase(w.codePointAt(0)) ? (w.length() > 1 && w.equals(w.toUpperCase()) ? "A" : "C") : "l"));
        }
        if (groups.contains(Group.CLASSES)) {
            String c = in.wordClass(i);
            f.add("c=" + c);
            f.add("c|p=" + c + "|" + pos);
            f.add("c-1=" + (i - 1 >= s.tokenBegin() ? in.wordClass(i - 1) : "<>"));
            f.add("c+1=" + (i + 1 < s.tokenEnd() ? in.wordClass(i + 1) : "<>"));
            f.add("c|c+1=" + c + "|" + (i + 1 < s.tokenEnd() ? in.wordClass(i + 1) : "<>"));
        }
        if (groups.contains(Group.CONTEXT)) {
            for (int d = -2; d <= 2; d++) {
                if (d == 0) {
                    continue;
                }
                int j = i + d;
                boolean inside = j >= s.tokenBegin() && j < s.tokenEnd();
                f.add("p" + d + "=" + (inside ? in.pos(j) : "<>"));
                if (Math.abs(d) == 1) {
                    f.add("l" + d + "=" + (inside ? in.lemma(j) : "<>"));
                }
            }
            int prev = i - 1 >= s.tokenBegin() ? i - 1 : -1;
            int next = i + 1 < s.tokenEnd() ? i + 1 : -1;
            f.add("l-1|l=" + (prev < 0 ? "<>" : in.lemma(prev)) + "|" + lemma);
            f.add("l|l+1=" + lemma + "|" + (next < 0 ? "<>" : in.lemma(next)));
            f.add("p-1|p|p+1=" + (prev < 0 ? "<>" : in.pos(prev)) + "|" + pos + "|" + (next < 0 ? "<>" : in.pos(next)));
            f.add("pos-in-sent=" + bucket(i - s.tokenBegin()));
            f.add("to-end=" + bucket(s.tokenEnd() - 1 - i));
        }
        if (groups.contains(Group.LEXICON)) {
            CueLexicon.Entry e = in.lexiconEntry(i);
            f.add("lex=" + (e == null ? "-" : e.pos() + "|" + e.type()));
            if (e != null) {
                for (String flag : e.flags()) {
                    f.add("lexf=" + flag);
                }
            }
            for (int d = -2; d <= 2; d++) {
                int j = i + d;
                if (d != 0 && j >= s.tokenBegin() && j < s.tokenEnd() && in.lexiconEntry(j) != null) {
                    f.add("lex" + d);
                }
            }
        }
        if (groups.contains(Group.QUOTE)) {
            Quotes.Quote q = in.quoteOf(i);
            boolean inside = q != null && q.contains(i);
            f.add("q=" + (Quotes.isQuote(in.word(i)) ? "mark" : inside ? "in" : "out"));
            int before = i - 1;
            while (before >= s.tokenBegin() && isComma(in.word(before))) {
                before--;
            }
            if (before >= 0 && in.quoteOf(before) != null && in.quoteOf(before).closeToken() == before) {
                f.add("after-close-quote" + (before == i - 1 ? "" : ",") );
            }
            int after = i + 1;
            while (after < in.size() && isComma(in.word(after))) {
                after++;
            }
            if (after < in.size() && in.quoteOf(after) != null && in.quoteOf(after).openToken() == after) {
                f.add("before-open-quote");
            }
            boolean quoteInSentence = false;
            for (int j = s.tokenBegin(); j < s.tokenEnd() && !quoteInSentence; j++) {
                quoteInSentence = in.quoteOf(j) != null;
            }
            f.add("q-in-sent=" + quoteInSentence);
        }
        if (groups.contains(Group.ENTITY)) {
            f.add("ent=" + nz(in.entityType(i)));
            for (int d = 1; d <= 3; d++) {
                int j = i - d;
                if (j >= s.tokenBegin() && in.entityType(j) != null) {
                    f.add("ent-before=" + in.entityType(j) + (in.pronounMention(j) ? "/pro" : ""));
                    break;
                }
            }
            for (int d = 1; d <= 3; d++) {
                int j = i + d;
                if (j < s.tokenEnd() && in.entityType(j) != null) {
                    f.add("ent-after=" + in.entityType(j) + (in.pronounMention(j) ? "/pro" : ""));
                    break;
                }
            }
            if (i - 1 >= s.tokenBegin() && in.pos(i - 1).startsWith("PRP")) {
                f.add("prp-before=" + in.lower(i - 1));
            }
            if (i + 1 < s.tokenEnd() && in.pos(i + 1).startsWith("PRP")) {
                f.add("prp-after=" + in.lower(i + 1));
            }
        }
        if (groups.contains(Group.LAYOUT)) {
            if (i + 1 < s.tokenEnd()) {
                String nw = in.lower(i + 1);
                if (nw.equals(":") || nw.equals("that") || isComma(nw) || Quotes.isQuote(nw)) {
                    f.add("next=" + nw);
                }
            } else {
                f.add("sent-last");
            }
            if (i == s.tokenBegin()) {
                f.add("sent-first");
                if (in.breaksBefore(i) > 0) {
                    f.add("line-first");
                }
            }
            if (i - 1 >= s.tokenBegin() && isComma(in.word(i - 1))) {
                f.add("after-comma");
            }
            punctuationCue(in, i, f);
        }
        if (groups.contains(Group.PARSE)) {
            DependencyParse p = in.parse(s.index());
            if (p == null) {
                f.add("dep=none");
            } else {
                String rel = p.relation(i);
                f.add("rel=" + rel);
                f.add("l|rel=" + lemma + "|" + rel);
                int h = p.head(i);
                f.add("hp=" + (h < 0 ? "ROOT" : in.pos(h)));
                boolean ccomp = false;
                for (int c : p.children(i)) {
                    String r = p.relation(c);
                    if (r.equals("ccomp") || r.equals("parataxis") || r.equals("xcomp") || r.startsWith("nsubj")
                            || r.equals("obj")) {
                        f.add("has=" + r);
                        ccomp |= r.equals("ccomp");
                    }
                }
                f.add("l|ccomp=" + lemma + "|" + ccomp);
            }
        }
        return f;
    }

    /**
     * A dash or colon can be the cue itself: "Clinton: We will win" at the start of a line, or a quotation
     * followed by "― Name" at its end.
     */
    private static void punctuationCue(AttributionInput in, int i, List<String> f) {
        String w = in.word(i);
        String kind = w.equals(":") ? "colon" : DASHES.contains(w) ? "dash" : null;
        if (kind == null) {
            return;
        }
        int lineStart = i;
        while (lineStart > 0 && in.breaksBefore(lineStart) == 0) {
            lineStart--;
        }
        int lineEnd = i + 1;
        while (lineEnd < in.size() && in.breaksBefore(lineEnd) == 0) {
            lineEnd++;
        }
        f.add("pc=" + kind);
        f.add("pc|from-line-start=" + kind + bucket(i - lineStart));
        f.add("pc|to-line-end=" + kind + bucket(lineEnd - 1 - i));
        int prev = i - 1;
        while (prev >= lineStart && (isComma(in.word(prev)) || in.word(prev).equals("."))) {
            prev--;
        }
        boolean afterQuote = prev >= 0 && in.quoteOf(prev) != null && in.quoteOf(prev).closeToken() == prev;
        f.add("pc|after-quote=" + kind + afterQuote);
        f.add("pc|next-ent=" + kind + (i + 1 < in.size() ? nz(in.entityType(i + 1)) : "<>"));
        f.add("pc|prev-ent=" + kind + (i > 0 ? nz(in.entityType(i - 1)) : "<>"));
        if (i + 1 < in.size()) {
            String next = in.word(i + 1);
            f.add("pc|next-cap=" + kind + Character.isUpperCase(next.codePointAt(0)));
            f.add("pc|next-quote=" + kind + Quotes.isQuote(next));
        }
    }

    private static final Set<String> DASHES = Set.of("—", "–", "―", "--", "-");

    static boolean isComma(String w) {
        return w.equals(",");
    }

    static String nz(String s) {
        return s == null ? "-" : s;
    }

    static String bucket(int d) {
        if (d <= 3) {
            return Integer.toString(d);
        }
        if (d <= 6) {
            return "4-6";
        }
        if (d <= 10) {
            return "7-10";
        }
        if (d <= 20) {
            return "11-20";
        }
        return "21+";
    }
}
