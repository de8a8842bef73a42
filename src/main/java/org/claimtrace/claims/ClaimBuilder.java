package org.claimtrace.claims;

import org.claimtrace.claims.rules.ClaimDraft;
import org.claimtrace.claims.text.Trees;
import org.claimtrace.text.Quotes;
import org.claimtrace.model.Claim;
import org.claimtrace.model.ClaimForm;
import org.claimtrace.model.ClaimType;
import org.claimtrace.model.DependencyParse;
import org.claimtrace.model.DocumentDate;
import org.claimtrace.model.Modality;
import org.claimtrace.model.TextSpan;
import org.claimtrace.model.TimeExpression;
import org.claimtrace.model.Token;
import org.claimtrace.text.TextIndex;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns a {@link ClaimDraft} into the output record: the claimant resolved to an entity, the addressee, the
 * content's structure, modality, polarity and hedging, the claim type refined by the modality, the form and
 * the time. Stateless and thread-safe.
 */
final class ClaimBuilder {
    /** Cue words that carry no meaning of their own in the lemma ("has said" is "say"). */
    private static final Set<String> FUNCTION_RELATIONS = Set.of("aux", "aux:pass", "cop", "det", "punct", "advmod",
            "mark", "case", "nmod:poss", "amod", "compound:prt");

    /** Everything a claim's record is read from. */
    record Context(String text, TextIndex index, List<Token> tokens, Map<Integer, DependencyParse> parses,
                   MentionIndex mentions, List<Quotes.Quote> quotes, List<TimeExpression> timeExpressions,
                   DocumentDate date) {
    }

    private final ClaimantResolver claimants;

    ClaimBuilder(ClaimantResolver claimants) {
        this.claimants = claimants;
    }

    Claim build(Context in, ClaimDraft d) {
        List<Token> tokens = in.tokens();
        DependencyParse p = in.parses().get(d.sentence());
        TextSpan claimant = null;
        String kind = "none";
        TextSpan affiliation = null;
        if (d.hasSource()) {
            ClaimantResolver.Resolved r = claimants.resolve(tokens, in.mentions(), d.sourceHead(), d.source());
            claimant = span(in, d.source()).withEntity(r.entity());
            kind = r.kind();
            if (r.affiliation() != null) {
                affiliation = span(in, r.affiliation()).withEntity(r.affiliationEntity());
            }
        }
        TextSpan addressee = null;
        if (d.addressee() != null && d.addressee()[1] > d.addressee()[0]) {
            MentionIndex.Hit h = in.mentions().inside(d.addressee()[0], d.addressee()[1], -1);
            addressee = span(in, d.addressee()).withEntity(h == null ? null : h.entity().id());
        }
        int[] extent = d.contentExtent();
        DependencyParse cp = d.contentHead() >= 0 ? in.parses().get(tokens.get(d.contentHead()).sentence()) : null;
        ContentAnalyzer.Found<Modality> modality = cp == null && p == null ? new ContentAnalyzer.Found<>(Modality.NONE, -1)
                : ContentAnalyzer.modality(tokens, cp != null ? cp : p, d.contentHead(), d.cueHead(), extent);
        Modality mod = modality.value();
        ClaimType cueType = d.entry() == null ? ClaimType.ASSERTION : d.entry().type();
        if (mod == Modality.NONE && (cueType == ClaimType.COMMITMENT || cueType == ClaimType.OFFER)
                && d.contentHead() >= 0 && "VB".equals(tokens.get(d.contentHead()).pos())) {
            mod = Modality.FUTURE;
        }
        ContentAnalyzer.Found<Boolean> negation = cp == null ? new ContentAnalyzer.Found<>(false, -1)
                : ContentAnalyzer.negation(tokens, cp, d.contentHead());
        ContentAnalyzer.Found<Boolean> hedge = ContentAnalyzer.hedge(tokens, extent, d.cueHead());
        Claim.Structure structure = cp == null ? null : structure(in, cp, d.contentHead());
        if (structure != null && structure.subject() == null && isInfinitive(tokens, cp, d.contentHead())) {
            // "committed to restore ...", "urged Russia to leave": the controller is the understood subject
            TextSpan controller = cueType == ClaimType.DEMAND && addressee != null ? addressee : claimant;
            structure = new Claim.Structure(controller, structure.predicate(), structure.object());
        }
        ClaimType type = ClaimTypes.refine(cueType, mod, claimant, structure);
        Token cb = tokens.get(d.cueBegin());
        Token ce = tokens.get(d.cueEnd() - 1);
        List<TextSpan> parts = new ArrayList<>();
        for (int[] run : d.contentRuns()) {
            parts.add(span(in, run));
        }
        return new Claim(null, type, claimant, kind, affiliation,
                new Claim.Cue(cb.begin(), ce.end(), in.index().substring(cb.begin(), ce.end()), cueLemma(tokens, p, d)),
                addressee, span(in, extent), parts, structure,
                new Claim.ModalityInfo(mod, tokenSpan(in, modality.token())),
                new Claim.PolarityInfo(negation.value() ? Claim.PolarityInfo.NEGATIVE : Claim.PolarityInfo.POSITIVE,
                        tokenSpan(in, negation.token())),
                new Claim.HedgeInfo(hedge.value(), tokenSpan(in, hedge.token())),
                form(d.contentRuns(), in.quotes()), d.sentence(), time(in, extent),
                Math.round(d.confidence() * 100) / 100.0);
    }

    /**
     * The lemma of the cue's meaningful words: "has said" is "say", "expressed a commitment" is
     * "express commitment", "according to" stays.
     */
    static String cueLemma(List<Token> tokens, DependencyParse p, ClaimDraft d) {
        List<String> words = new ArrayList<>();
        for (int t = d.cueBegin(); t < d.cueEnd(); t++) {
            Token tok = tokens.get(t);
            boolean function = p != null && p.contains(t) && t != d.cueHead()
                    && FUNCTION_RELATIONS.contains(p.relation(t)) && d.cueEnd() - d.cueBegin() > 1;
            if (!function && tok.text().codePoints().anyMatch(Character::isLetterOrDigit)) {
                words.add(lemma(tok));
            }
        }
        if (words.isEmpty()) {
            words.add(lemma(tokens.get(d.cueHead())));
        }
        return String.join(" ", words);
    }

    private static String lemma(Token t) {
        return (t.lemma() == null ? t.text() : t.lemma()).toLowerCase(Locale.ROOT);
    }

    private static Claim.Structure structure(Context in, DependencyParse p, int head) {
        if (head < 0 || !p.contains(head)) {
            return null;
        }
        List<Token> tokens = in.tokens();
        int subj = p.firstChild(head, "nsubj", "csubj");
        TextSpan subject = null;
        if (subj >= 0) {
            int[] r = Trees.trim(tokens, Trees.subtree(p, subj));
            if (r[1] > r[0]) {
                MentionIndex.Hit h = in.mentions().inside(r[0], r[1], subj);
                subject = span(in, r).withEntity(h == null ? null : h.entity().id());
            }
        }
        int obj = p.firstChild(head, "obj", "xcomp", "obl");
        TextSpan object = null;
        if (obj >= 0) {
            int[] r = Trees.trim(tokens, Trees.subtree(p, obj));
            if (r[1] > r[0]) {
                MentionIndex.Hit h = in.mentions().inside(r[0], r[1], obj);
                object = span(in, r).withEntity(h == null ? null : h.entity().id());
            }
        }
        String lemma = tokens.get(head).lemma();
        return new Claim.Structure(subject, lemma == null ? tokens.get(head).text() : lemma, object);
    }

    private static boolean isInfinitive(List<Token> tokens, DependencyParse p, int head) {
        if (head < 0 || !p.contains(head)) {
            return false;
        }
        for (int c : p.children(head)) {
            if (p.relation(c).equals("mark") && tokens.get(c).text().equalsIgnoreCase("to")) {
                return true;
            }
        }
        return "VB".equals(tokens.get(head).pos()) && p.firstChild(head, "aux") < 0;
    }

    /** Direct when the content is one quotation, mixed when it holds quoted words, indirect otherwise. */
    static ClaimForm form(List<int[]> runs, List<Quotes.Quote> quotes) {
        boolean allQuoted = true;
        boolean anyQuote = false;
        for (int[] run : runs) {
            boolean quoted = false;
            for (Quotes.Quote q : quotes) {
                boolean inside = q.openToken() <= run[0] + 1 && q.closeToken() >= run[1] - 2
                        && q.openToken() <= run[1] && q.closeToken() >= run[0];
                quoted |= inside;
                anyQuote |= q.openToken() >= run[0] && q.closeToken() < run[1] || inside;
            }
            allQuoted &= quoted;
        }
        return allQuoted ? ClaimForm.DIRECT : anyQuote ? ClaimForm.MIXED : ClaimForm.INDIRECT;
    }

    private static Claim.ClaimTime time(Context in, int[] content) {
        return ClaimTimes.of(in.tokens().get(content[0]).begin(), in.tokens().get(content[1] - 1).end(),
                in.timeExpressions(), in.date());
    }

    static TextSpan span(Context in, int[] tokenRange) {
        if (tokenRange[1] <= tokenRange[0]) {
            throw new IllegalArgumentException("empty token range " + tokenRange[0] + ".." + tokenRange[1]);
        }
        int b = in.tokens().get(tokenRange[0]).begin();
        int e = in.tokens().get(tokenRange[1] - 1).end();
        return new TextSpan(b, e, in.index().substring(b, e), null);
    }

    private static TextSpan tokenSpan(Context in, int token) {
        if (token < 0) {
            return null;
        }
        Token t = in.tokens().get(token);
        return new TextSpan(t.begin(), t.end(), t.text(), null);
    }
}
