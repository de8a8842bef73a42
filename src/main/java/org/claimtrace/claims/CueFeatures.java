package org.claimtrace.claims;

import org.claimtrace.claims.text.Quotes;
import org.claimtrace.claims.lexicon.CueLexicon;
import org.claimtrace.model.DependencyParse;
import org.claimtrace.model.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The features of a candidate cue word (a VB* or NN* token) in a parsed sentence, for the statistical
 * {@link MaxentCueScorer}: its lemma and tag, how it hangs in the dependency tree, which arguments it has,
 * its lexicon entry, quotation context, its neighbours and the kind of its subject.
 * <p>A pure function of its arguments: the same sentence always gives the same features, in the same order.
 */
public final class CueFeatures {
    /** Argument relations whose presence is a feature. */
    private static final Set<String> ARGUMENTS = Set.of("nsubj", "nsubj:pass", "csubj", "ccomp", "xcomp",
            "parataxis", "obj", "iobj");
    private static final Set<String> PRONOUNS = Set.of("PRP", "WP", "DT");

    private CueFeatures() {
    }

    /**
     * @param tokens the document's tokens
     * @param parse  the parse of the sentence holding {@code token}
     * @param token  document index of the candidate
     * @param entry  the candidate's lexicon entry, or null
     * @param quotes the document's quotations ({@link Quotes#find})
     */
    public static List<String> extract(List<Token> tokens, DependencyParse parse, int token, CueLexicon.Entry entry,
                                       List<Quotes.Quote> quotes) {
        Token t = tokens.get(token);
        String lemma = lower(t.lemma() == null ? t.text() : t.lemma());
        String pos = t.pos() == null ? "-" : t.pos();
        String rel = parse.relation(token);
        List<String> f = new ArrayList<>();
        f.add("bias");
        f.add("lemma=" + lemma);
        f.add("pos=" + pos);
        f.add("rel=" + rel);
        f.add("lemma+rel=" + lemma + "|" + rel);
        f.add("pos+rel=" + pos + "|" + rel);

        Set<String> args = new TreeSet<>();
        for (int c : parse.children(token)) {
            String r = parse.relation(c);
            if (ARGUMENTS.contains(r)) {
                args.add(r);
            } else if (r.equals("obl") || r.startsWith("obl:")) {
                String marker = CuePatterns.caseMarker(tokens, parse, c);
                args.add("obl");
                args.add("obl:" + (marker == null ? r : marker));
            }
        }
        for (String a : args) {
            f.add("has=" + a);
        }
        boolean ccomp = args.contains("ccomp");
        f.add("lemma+ccomp=" + lemma + "|" + ccomp);
        f.add("clausal=" + (ccomp || args.contains("xcomp") || args.contains("parataxis")));

        if (entry == null) {
            f.add("lex=none");
        } else {
            f.add("lex=" + entry.pos());
            f.add("lex.type=" + entry.type());
            for (String flag : new TreeSet<>(entry.flags())) {
                f.add("lex.flag=" + flag);
            }
        }

        boolean inQuote = false;
        boolean quoteInSentence = false;
        for (Quotes.Quote q : quotes) {
            inQuote |= q.contains(token);
            quoteInSentence |= q.openToken() < parse.tokenEnd() && q.closeToken() >= parse.tokenBegin();
        }
        for (int i = parse.tokenBegin(); i < parse.tokenEnd() && !quoteInSentence; i++) {
            quoteInSentence = Quotes.isQuote(tokens.get(i).text());
        }
        f.add("inQuote=" + inQuote);
        f.add("quoteInSentence=" + quoteInSentence);

        int head = parse.head(token);
        f.add("head=" + (head < 0 ? "ROOT" : lower(lemmaOf(tokens.get(head)))));
        f.add("prev=" + (token - 1 >= parse.tokenBegin() ? lower(tokens.get(token - 1).text()) : "<s>"));
        f.add("next=" + (token + 1 < parse.tokenEnd() ? lower(tokens.get(token + 1).text()) : "</s>"));

        int subj = parse.firstChild(token, "nsubj", "nsubj:pass", "csubj");
        f.add("subj=" + subjectKind(subj < 0 ? null : tokens.get(subj).pos()));
        return f;
    }

    static String subjectKind(String pos) {
        if (pos == null) {
            return "none";
        }
        if (PRONOUNS.contains(pos) || pos.equals("PRP$")) {
            return "pronoun";
        }
        if (pos.startsWith("NNP")) {
            return "proper";
        }
        if (pos.startsWith("NN")) {
            return "common";
        }
        return "other";
    }

    private static String lemmaOf(Token t) {
        return t.lemma() == null ? t.text() : t.lemma();
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
