package org.claimtrace.claims;

import org.claimtrace.claims.text.Trees;
import org.claimtrace.claims.text.Quotes;
import org.claimtrace.claims.lexicon.CueLexicon;
import org.claimtrace.model.ClaimType;
import org.claimtrace.model.DependencyParse;
import org.claimtrace.model.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds cue, source and content in one parsed sentence with dependency patterns:
 * <ul>
 *   <li>a cue verb with a clausal complement: "He assured Putin [that his government would honour ...]";</li>
 *   <li>a cue verb in parenthetical position: "[The plan will fail], he said";</li>
 *   <li>a cue verb whose object is the content: "denied the allegations", a quotation;</li>
 *   <li>a noun cue with a complement, owned by a light verb's subject or a possessor:
 *       "al-Sharaa expressed a commitment [to restore ...]", "Syria's position [that Assad should face trial]";</li>
 *   <li>"according to X", "X called for Y".</li>
 * </ul>
 */
final class CuePatterns {
    private static final Set<String> CLAUSAL = Set.of("ccomp", "xcomp", "parataxis");
    private static final Set<String> NOUN_COMPLEMENTS = Set.of("acl", "ccomp", "nmod", "obl", "xcomp");
    private static final Set<String> NOUN_PREPOSITIONS = Set.of("to", "for", "that", "about");

    private final CueLexicon lexicon;
    private final CueScorer scorer;
    /** Used for a verb outside the lexicon that the scorer takes as a cue. */
    private static final CueLexicon.Entry OPEN_VERB = new CueLexicon.Entry("*", CueLexicon.Pos.VERB,
            ClaimType.ASSERTION, Set.of("clausal"));

    CuePatterns(CueLexicon lexicon, CueScorer scorer) {
        this.lexicon = lexicon;
        this.scorer = scorer;
    }

    List<Draft> find(List<Token> tokens, DependencyParse p) {
        List<Draft> out = new ArrayList<>();
        for (int i = p.tokenBegin(); i < p.tokenEnd(); i++) {
            Token t = tokens.get(i);
            String pos = t.pos() == null ? "" : t.pos();
            String rel = p.relation(i);
            if (pos.startsWith("VB") && !rel.startsWith("aux") && !rel.equals("cop")) {
                CueLexicon.Entry e = lexicon.verb(t.lemma());
                double score = scorer.score(tokens, p, i, e);
                if (e != null && score < scorer.lexiconThreshold()) {
                    e = null;
                } else if (e == null && score >= scorer.openThreshold()) {
                    e = new CueLexicon.Entry(t.lemma(), OPEN_VERB.pos(), OPEN_VERB.type(), OPEN_VERB.flags());
                }
                if (e != null) {
                    Draft d = verbCue(tokens, p, i, e);
                    if (d != null) {
                        out.add(d);
                    }
                }
            } else if (pos.startsWith("NN")) {
                CueLexicon.Entry e = lexicon.noun(t.lemma());
                if (e != null && scorer.score(tokens, p, i, e) < scorer.lexiconThreshold()) {
                    e = null;
                }
                if (e != null) {
                    Draft d = nounCue(tokens, p, i, e);
                    if (d != null) {
                        out.add(d);
                    }
                }
            }
            if (t.text().equalsIgnoreCase("according") && i + 1 < p.tokenEnd()
                    && tokens.get(i + 1).text().equalsIgnoreCase("to")) {
                Draft d = accordingTo(tokens, p, i);
                if (d != null) {
                    out.add(d);
                }
            }
        }
        return out;
    }

    private Draft verbCue(List<Token> tokens, DependencyParse p, int v, CueLexicon.Entry e) {
        int subj = p.firstChild(v, "nsubj", "csubj") < 0 ? participleSource(tokens, p, v) : -1;
        if (subj < 0) {
            subj = antecedentOfRelative(tokens, p, v, subject(tokens, p, v));
        }
        boolean passive = p.firstChild(v, "nsubj:pass", "aux:pass") >= 0;
        int[] source = null;
        if (passive) {
            subj = agent(tokens, p, v);
            if (subj < 0) {
                return unattributedPassive(tokens, p, v, e);
            }
        }
        if (subj >= 0) {
            source = sourceRange(tokens, p, subj);
        }
        int[] addressee = null;
        int obj = p.firstChild(v, "obj", "iobj");
        if (e.has("lightonly") || e.has("light") && obj >= 0 && lexicon.noun(tokens.get(obj).lemma()) != null) {
            return null;
        }
        if (e.has("addressee") && obj >= 0) {
            addressee = Trees.trim(tokens, Trees.subtree(p, obj));
        }
        // "called for X": the preposition turns a naming verb into a demand
        int forObl = oblWithCase(tokens, p, v, "for");
        if (e.lemma().equals("call") && forObl >= 0) {
            return new Draft(p.sentence(), v, v + 1, "call for", lexicon.phrases().stream()
                    .filter(x -> x.lemma().equals("call for")).findFirst().orElse(e), subj, source,
                    Trees.trim(tokens, Trees.subtree(p, forObl)), forObl, null, v, "verb-for", 0.8);
        }
        // clausal complement: ccomp, xcomp, or a parataxis child
        for (int c : p.children(v)) {
            String r = p.relation(c);
            if ((r.equals("ccomp") || r.equals("xcomp") && !e.has("clausal") || r.equals("parataxis") && c > v)
                    && !isRelativeClause(tokens, p, c)) {
                if (r.equals("xcomp") && addressee == null && obj >= 0 && !e.has("object")) {
                    addressee = Trees.trim(tokens, Trees.subtree(p, obj));
                }
                return new Draft(p.sentence(), v, v + 1, e.lemma(), e, subj, source,
                        Trees.trim(tokens, withoutCoordinatedCue(tokens, p, c)), c, addressee, v, "verb-" + r, 0.9);
            }
            if (r.equals("xcomp") && e.has("clausal") && hasOwnSubject(p, c)) {
                return new Draft(p.sentence(), v, v + 1, e.lemma(), e, subj, source,
                        Trees.trim(tokens, Trees.subtree(p, c)), c, addressee, v, "verb-xcomp", 0.8);
            }
            if (r.equals("xcomp") && e.has("clausal") && obj >= 0 && obj < c && !e.has("addressee")) {
                // "Brussels expects Norvane to submit ...": the object is the subject of the expected clause
                int[] content = Trees.trim(tokens, new int[]{Trees.subtree(p, obj)[0], Trees.subtree(p, c)[1]});
                return new Draft(p.sentence(), v, v + 1, e.lemma(), e, subj, source, content, c, null, v,
                        "verb-object-xcomp", 0.75);
            }
        }
        // parenthetical: "[...], he said" — the cue hangs off the content's main verb
        String rel = p.relation(v);
        int head = p.head(v);
        if (head >= 0 && rel.equals("parataxis") && subj >= 0) {
            int[] content = Trees.trim(tokens, Trees.subtreeWithout(p, head, v));
            if (content[1] > content[0]) {
                return new Draft(p.sentence(), v, v + 1, e.lemma(), e, subj, source, content, head, addressee, v,
                        "verb-parenthetical", 0.85);
            }
        }
        // "view X as Y", "describe X as Y"
        int as = oblWithCase(tokens, p, v, "as");
        if (obj >= 0 && as >= 0) {
            int[] content = new int[]{Trees.subtree(p, obj)[0], Trees.subtree(p, as)[1]};
            return new Draft(p.sentence(), v, v + 1, e.lemma(), e, subj, source, Trees.trim(tokens, content), obj,
                    null, v, "verb-as", 0.8);
        }
        // "accused X of Y", "suspected X of Y": the object and what it is charged with
        int of = oblWithCase(tokens, p, v, "of");
        if (obj >= 0 && of > obj && e.type() == ClaimType.ACCUSATION) {
            int[] content = Trees.trim(tokens, new int[]{Trees.subtree(p, obj)[0], Trees.subtree(p, of)[1]});
            return new Draft(p.sentence(), v, v + 1, e.lemma(), e, subj, source, content, of, addressee, v, "verb-of", 0.8);
        }
        // object as content: "denied the allegations", said "..."
        if (obj >= 0 && e.has("object") && !e.has("light") && (e.has("anyobject") || isContentNoun(tokens, p, obj))) {
            int[] content = Trees.trim(tokens, Trees.subtree(p, obj));
            return new Draft(p.sentence(), v, v + 1, e.lemma(), e, subj, source, content, obj, addressee, v,
                    "verb-object", 0.75);
        }
        if (subj < 0 && !passive && v + 1 < p.tokenEnd() && "NNP".equals(tokens.get(v + 1).pos())
                && v > p.tokenBegin() && WordOrderContent.isBreak(tokens.get(v - 1).text())) {
            // "..., said Batchelder.": a name right after the cue is its subject
            int end = v + 1;
            while (end < p.tokenEnd() && "NNP".equals(tokens.get(end).pos())) {
                end++;
            }
            subj = end - 1;
            source = new int[]{v + 1, end};
        }
        if (subj >= 0 && source != null && !e.has("light")) {
            Draft d = WordOrderContent.surfaceContent(tokens, p, v, e, subj, source, addressee);
            if (d != null) {
                return d;
            }
        }
        if (subj >= 0 && obj >= 0 && addressee == null && e.type() != ClaimType.DENIAL
                && !e.has("light") && !isPronoun(tokens, obj) && p.firstChild(v, "xcomp", "ccomp") < 0) {
            // a verb the scorer takes as a cue, with no clause or quotation: its object is what is said
            // ("unveiled a plan", "has proposed a tax cut"); a denial still needs a statement as its object
            // (decided above: "denied the request" is not a claim)
            int[] content = Trees.trim(tokens, Trees.subtree(p, obj));
            if (content[1] > content[0] && !quotationNearby(tokens, p)) {
                return new Draft(p.sentence(), v, v + 1, e.lemma(), e, subj, source, content, obj, addressee, v,
                        "verb-object-scored", 0.6);
            }
        }
        if (subj >= 0 && !e.has("clausal") && !e.has("light")) {
            // a cue with a source but no content in this sentence: a quotation nearby may be its content
            return new Draft(p.sentence(), v, v + 1, e.lemma(), e, subj, source, null, -1, addressee, v,
                    "verb-bare", 0.6);
        }
        return null;
    }

    /**
     * "Assad is expected to face trial", "the deal was described as historic": a passive cue whose agent is
     * not named still carries a statement; it is kept with no source when it has a clausal complement.
     * The content runs from the passive subject to the end of the complement.
     */
    private static Draft unattributedPassive(List<Token> tokens, DependencyParse p, int v, CueLexicon.Entry e) {
        int subj = p.firstChild(v, "nsubj:pass");
        int comp = p.firstChild(v, "xcomp", "ccomp");
        if (subj < 0 || comp < 0 || comp < v || isRelativeClause(tokens, p, comp)
                || tokens.get(subj).pos() != null && tokens.get(subj).pos().startsWith("W")) {
            return null; // "he was asked": nobody is named and nothing is said
        }
        int[] content = Trees.trim(tokens, new int[]{Trees.subtree(p, subj)[0], Trees.subtree(p, comp)[1]});
        return new Draft(p.sentence(), v, v + 1, e.lemma(), e, -1, null, content, comp, null, v, "passive-unnamed",
                0.5);
    }

    /**
     * The source of a participle cue without a subject: "a letter saying ..." (the noun it modifies), and
     * "A spokesperson denied that ..., saying ..." or "..., he wrote, suggesting ..." (after a comma, the
     * participle belongs to the sentence: the subject of the nearest cue verb above it, else of the top-most
     * verb). Only a participle that
     * says something (a clause or an object) has a source: "carriers calling at Rotterdam" has none.
     */
    private int participleSource(List<Token> tokens, DependencyParse p, int v) {
        String rel = p.relation(v);
        int head = p.head(v);
        String pos = tokens.get(v).pos() == null ? "" : tokens.get(v).pos();
        if (head < 0 || !(pos.equals("VBG") || pos.equals("VBN"))
                || p.firstChild(v, "ccomp", "xcomp", "obj", "parataxis") < 0) {
            return -1;
        }
        boolean afterComma = v > p.tokenBegin() && tokens.get(v - 1).text().equals(",");
        String headPos = tokens.get(head).pos() == null ? "" : tokens.get(head).pos();
        if (rel.equals("acl") && headPos.startsWith("NN") && !afterComma) {
            return head;
        }
        if (!(rel.equals("acl") || rel.equals("dep") || rel.startsWith("advcl"))) {
            return -1;
        }
        int top = -1;
        for (int a = head, guard = 0; a >= 0 && guard < 8; a = p.head(a), guard++) {
            int s = p.firstChild(a, "nsubj");
            String aPos = tokens.get(a).pos() == null ? "" : tokens.get(a).pos();
            if (aPos.startsWith("VB") && s >= 0 && s < v) {
                if (lexicon.verb(tokens.get(a).lemma()) != null) {
                    return s; // "..., she said in a statement, adding that ...": the nearest cue verb's source
                }
                top = s;
            }
        }
        return top;
    }

    private static boolean isPronoun(List<Token> tokens, int t) {
        String pos = tokens.get(t).pos();
        return pos != null && (pos.equals("PRP") || pos.equals("WP") || pos.equals("WDT") || pos.equals("EX"));
    }

    /** Whether the sentence holds a quotation mark: its quotation is a better content than an object. */
    private static boolean quotationNearby(List<Token> tokens, DependencyParse p) {
        for (int i = p.tokenBegin(); i < p.tokenEnd(); i++) {
            if (Quotes.isQuote(tokens.get(i).text())) {
                return true;
            }
        }
        return false;
    }

    private Draft nounCue(List<Token> tokens, DependencyParse p, int n, CueLexicon.Entry e) {
        int complement = -1;
        for (int c : p.children(n)) {
            String r = p.relation(c);
            String base = r.contains(":") ? r.substring(0, r.indexOf(':')) : r;
            if (!NOUN_COMPLEMENTS.contains(base)) {
                continue;
            }
            if (base.equals("nmod") || base.equals("obl")) {
                String c0 = caseMarker(tokens, p, c);
                if (c0 == null || !NOUN_PREPOSITIONS.contains(c0)) {
                    continue;
                }
            }
            if (p.relation(c).equals("acl:relcl") || isRelativeClause(tokens, p, c)) {
                continue;
            }
            complement = c;
            break;
        }
        int[] content;
        double confidence = 0.8;
        if (complement >= 0) {
            content = Trees.trim(tokens, Trees.subtree(p, complement));
        } else if (n + 1 < p.tokenEnd() && NOUN_PREPOSITIONS.contains(tokens.get(n + 1).text().toLowerCase(Locale.ROOT))
                && !tokens.get(n + 1).text().equalsIgnoreCase("of") && !"WDT".equals(tokens.get(n + 1).pos())) {
            // the parser found no complement, but "position that ...", "openness to ..." follows the noun
            content = Trees.trim(tokens, new int[]{n + 1, p.tokenEnd()});
            complement = WordOrderContent.firstVerb(tokens, content);
            confidence = 0.6;
        } else {
            return null;
        }
        int head = p.head(n);
        String rel = p.relation(n);
        // light verb: "X expressed a commitment to ...", "X reiterated Syria's position that ..."
        if (head >= 0 && rel.equals("obj")) {
            CueLexicon.Entry light = lexicon.verb(tokens.get(head).lemma());
            if (light != null && light.has("light")) {
                int subj = subject(tokens, p, head);
                int[] source = subj < 0 ? null : sourceRange(tokens, p, subj);
                int cueBegin = Math.min(head, n);
                int cueEnd = Math.max(head, n) + 1;
                if (cueEnd - cueBegin > 4) {
                    cueBegin = n;
                    cueEnd = n + 1;
                }
                return new Draft(p.sentence(), cueBegin, cueEnd, tokens.get(head).lemma() + " " + tokens.get(n).lemma(),
                        e, subj, source, content, complement, null, head, "noun-light", confidence);
            }
        }
        int poss = p.firstChild(n, "nmod:poss");
        int[] source = poss < 0 ? null : sourceRange(tokens, p, poss);
        if (poss < 0 && head >= 0 && (rel.equals("obj") || rel.startsWith("nsubj"))) {
            int subj = subject(tokens, p, head);
            if (subj >= 0 && subj != n) {
                return new Draft(p.sentence(), n, n + 1, tokens.get(n).lemma(), e, subj,
                        sourceRange(tokens, p, subj), content, complement, null, head, "noun-verb", 0.65);
            }
        }
        if (poss < 0) {
            return null; // "the statement that ...", "requests for ...": nobody is named as making it
        }
        return new Draft(p.sentence(), n, n + 1, tokens.get(n).lemma(), e, poss, source, content, complement, null, n,
                "noun", 0.75);
    }

    private Draft accordingTo(List<Token> tokens, DependencyParse p, int according) {
        int src = p.head(according);
        if (src < 0 || p.relation(according).equals("root")) {
            return null;
        }
        // "according to" is a case marker of the source noun, which hangs off the content's predicate
        if (!p.relation(according).equals("case")) {
            return null;
        }
        int head = p.head(src);
        if (head < 0) {
            return null;
        }
        int[] srcRange = Trees.trim(tokens, new int[]{Trees.subtree(p, src)[0] + 2, Trees.subtree(p, src)[1]});
        if (srcRange[0] > according + 2) {
            srcRange[0] = according + 2;
        }
        int[] content = Trees.trim(tokens, Trees.subtreeWithout(p, head, src));
        CueLexicon.Entry e = lexicon.phrases().stream().filter(x -> x.lemma().equals("according to")).findFirst()
                .orElse(null);
        if (e == null || content[1] <= content[0]) {
            return null;
        }
        return new Draft(p.sentence(), according, according + 2, "according to", e, src, srcRange, content, head,
                null, head, "according-to", 0.85);
    }

    /** A clause introduced by a relative pronoun ("a request that has been denied") is not a content. */
    private static boolean isRelativeClause(List<Token> tokens, DependencyParse p, int clause) {
        for (int c : p.children(clause)) {
            String r = p.relation(c);
            String pos = tokens.get(c).pos() == null ? "" : tokens.get(c).pos();
            if ((r.startsWith("nsubj") || r.startsWith("obj")) && (pos.equals("WDT") || pos.equals("WP"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The source noun phrase: the head with its modifiers, but not a relative clause, a "by" of a passive,
     * or anything after a comma that is not an apposition.
     */
    static int[] sourceRange(List<Token> tokens, DependencyParse p, int head) {
        int lo = head;
        int hi = head;
        for (int c : p.children(head)) {
            String r = p.relation(c);
            if (r.startsWith("acl") || r.equals("dep") || r.equals("punct") || r.equals("parataxis")
                    || r.equals("case") && "by".equalsIgnoreCase(tokens.get(c).text())) {
                continue;
            }
            int[] sub = Trees.subtree(p, c);
            if (c < head) {
                lo = Math.min(lo, sub[0]);
            } else if (sub[0] == hi + 1 || r.equals("appos") || r.startsWith("nmod") || r.equals("flat")
                    || r.equals("compound") || r.equals("conj") || r.equals("cc")) {
                hi = Math.max(hi, sub[1] - 1);
            }
        }
        return Trees.trim(tokens, new int[]{lo, hi + 1});
    }








    /** "X, who added that ...": a relative pronoun subject stands for the noun the clause modifies. */
    private static int antecedentOfRelative(List<Token> tokens, DependencyParse p, int v, int subj) {
        if (subj < 0) {
            return subj;
        }
        String pos = tokens.get(subj).pos() == null ? "" : tokens.get(subj).pos();
        if ((pos.equals("WP") || pos.equals("WDT")) && p.relation(v).startsWith("acl") && p.head(v) >= 0) {
            return p.head(v);
        }
        return subj;
    }

    /**
     * The subtree of a content clause without a coordinated cue verb hanging off it: in "said that X,
     * but warned that Y" a parser may attach "warned" under X; Y is then its own claim.
     */
    private int[] withoutCoordinatedCue(List<Token> tokens, DependencyParse p, int clause) {
        for (int c : p.children(clause, "conj")) {
            if (lexicon.verb(tokens.get(c).lemma()) != null && p.firstChild(c, "ccomp") >= 0) {
                return Trees.subtreeWithout(p, clause, c);
            }
        }
        return Trees.subtree(p, clause);
    }

    /** The subject of a verb, inherited from the verb it is coordinated with or controlled by when missing. */
    int subject(List<Token> tokens, DependencyParse p, int v) {
        int s = p.firstChild(v, "nsubj", "csubj");
        if (s < 0 && p.relation(v).equals("conj")) {
            // "said that X, but warned that Y": the subject of the nearest cue verb above
            for (int a = p.head(v), guard = 0; a >= 0 && guard < 4; a = p.head(a), guard++) {
                if (lexicon.verb(tokens.get(a).lemma()) != null && p.firstChild(a, "nsubj") >= 0) {
                    return p.firstChild(a, "nsubj");
                }
            }
        }
        return subject(p, v);
    }

    static int subject(DependencyParse p, int v) {
        int s = p.firstChild(v, "nsubj", "csubj");
        int guard = 0;
        int cur = v;
        while (s < 0 && guard++ < 3) {
            String rel = p.relation(cur);
            int head = p.head(cur);
            if (head < 0 || !(rel.equals("conj") || rel.equals("xcomp") || rel.startsWith("advcl"))) {
                break;
            }
            cur = head;
            s = p.firstChild(cur, "nsubj");
        }
        return s;
    }

    private static int agent(List<Token> tokens, DependencyParse p, int v) {
        for (int c : p.children(v, "obl")) {
            if ("by".equals(caseMarker(tokens, p, c))) {
                return c;
            }
        }
        return -1;
    }

    private static int oblWithCase(List<Token> tokens, DependencyParse p, int v, String marker) {
        for (int c : p.children(v)) {
            String r = p.relation(c);
            if ((r.startsWith("obl") || r.startsWith("nmod") || r.startsWith("advcl")) && marker.equals(caseMarker(tokens, p, c))) {
                return c;
            }
        }
        return -1;
    }

    /** The lowercased case or mark word of a token ("to" in "to Russia"), or null. */
    static String caseMarker(List<Token> tokens, DependencyParse p, int token) {
        for (int c : p.children(token)) {
            String r = p.relation(c);
            if (r.equals("case") || r.equals("mark")) {
                return tokens.get(c).text().toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }

    private static boolean hasOwnSubject(DependencyParse p, int verb) {
        return p.firstChild(verb, "nsubj") >= 0;
    }

    /** Objects that name a statement: "the allegations", "reports", "the claim". */
    private static boolean isContentNoun(List<Token> tokens, DependencyParse p, int obj) {
        String lemma = tokens.get(obj).lemma() == null ? "" : tokens.get(obj).lemma().toLowerCase(Locale.ROOT);
        return Quotes.isQuote(tokens.get(Trees.subtree(p, obj)[0]).text())
                || Set.of("allegation", "claim", "report", "accusation", "charge", "rumor", "rumour", "suggestion",
                "statement", "story", "account", "wrongdoing", "responsibility", "involvement", "plan", "decision",
                "result", "deal", "agreement").contains(lemma);
    }

    static boolean isClausal(String rel) {
        return CLAUSAL.contains(rel);
    }
}
