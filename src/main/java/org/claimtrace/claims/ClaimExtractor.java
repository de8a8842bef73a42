package org.claimtrace.claims;

import org.claimtrace.model.Claim;
import org.claimtrace.model.ClaimForm;
import org.claimtrace.model.ClaimType;
import org.claimtrace.model.DependencyParse;
import org.claimtrace.model.DocumentDate;
import org.claimtrace.model.Entity;
import org.claimtrace.model.Modality;
import org.claimtrace.model.TextSpan;
import org.claimtrace.model.TimeExpression;
import org.claimtrace.model.Token;
import org.claimtrace.text.TextIndex;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Extracts claims from a parsed document: dependency patterns find cue, source and content
 * ({@link CuePatterns}); quotations complete contents that run over several sentences or stand next to
 * their cue; the source is resolved to an entity ({@link ClaimantResolver}); modality, polarity and
 * hedging are read from the content ({@link ContentAnalyzer}); and the cue's claim type is refined by the
 * content's modality. Stateless and thread-safe.
 */
public final class ClaimExtractor {
    private final CuePatterns patterns;
    private final ClaimantResolver claimants;

    public ClaimExtractor(CueLexicon lexicon, CueScorer scorer, Map<String, String> placeOfDemonym) {
        this.patterns = new CuePatterns(lexicon, scorer);
        this.claimants = new ClaimantResolver(placeOfDemonym);
    }

    /** Everything the extractor reads from a document. */
    public record Input(String text, TextIndex index, List<Token> tokens, Map<Integer, DependencyParse> parses,
                        List<Entity> entities, List<TimeExpression> timeExpressions, DocumentDate date) {
    }

    public List<Claim> extract(Input in) {
        List<Quotes.Quote> quotes = Quotes.find(in.tokens());
        List<Draft> drafts = new ArrayList<>();
        for (DependencyParse p : new TreeMap<>(in.parses()).values()) {
            drafts.addAll(patterns.find(in.tokens(), p));
        }
        MentionIndex mentions = new MentionIndex(in.entities());
        Set<Integer> cues = new HashSet<>();
        drafts.forEach(d -> cues.add(d.cueBegin()));
        for (Draft d : SurfacePatterns.find(in.tokens(), sentences(in), quotes, mentions)) {
            if (cues.add(d.cueBegin())) {
                drafts.add(d); // a parse pattern that found the same cue wins
            }
        }
        drafts.sort(Comparator.comparingInt(Draft::cueBegin));
        drafts = withoutQuotedSpeakers(in, drafts, quotes);
        drafts = withoutNestedCues(inheritSources(completeWithQuotes(in, drafts, quotes)), quotes);
        List<Claim> claims = new ArrayList<>();
        for (Draft d : drafts) {
            claims.add(build(in, d, mentions, quotes));
        }
        claims.addAll(AuthorialStatements.find(in, drafts, mentions, this));
        claims.sort(Comparator.comparingInt((Claim c) -> c.cue().begin()).thenComparingInt(c -> c.content().begin()));
        List<Claim> numbered = new ArrayList<>(claims.size());
        for (int i = 0; i < claims.size(); i++) {
            numbered.add(claims.get(i).withId("c" + (i + 1)));
        }
        return numbered;
    }

    /** Fills missing contents from nearby quotations and stretches contents over the quotations they cut. */
    private static List<Draft> completeWithQuotes(Input in, List<Draft> drafts, List<Quotes.Quote> quotes) {
        Set<Quotes.Quote> used = new HashSet<>();
        List<Draft> out = new ArrayList<>();
        for (Draft d : drafts) {
            if (d.source() != null && d.source()[1] <= d.source()[0]) {
                d = d.withSource(-1, null);
            }
            if (d.content() != null && d.content()[1] <= d.content()[0]) {
                continue;
            }
            if (d.content() != null) {
                Draft x = d.withContent(extendOverQuotes(d, quotes));
                quotes.stream().filter(q -> q.openToken() >= x.content()[0] && q.closeToken() < x.content()[1])
                        .forEach(used::add);
                out.add(x);
            }
        }
        for (Draft d : drafts) {
            if (d.content() != null || d.source() == null || d.source()[1] <= d.source()[0]) {
                continue;
            }
            Quotes.Quote q = nearestQuote(in, d, quotes, used);
            if (q != null) {
                used.add(q);
                out.add(d.withContent(new int[]{q.openToken(), q.closeToken() + 1}));
            }
        }
        out.sort(Comparator.comparingInt(Draft::cueBegin));
        return continueQuotes(in, out, quotes, used);
    }

    /**
     * “A,” she said. “B.” — a quotation that opens the sentence after a quoted claim, and has no cue of its
     * own, continues that claim: the content then runs over both quotations (its parts skip "she said").
     */
    private static List<Draft> continueQuotes(Input in, List<Draft> drafts, List<Quotes.Quote> quotes,
                                              Set<Quotes.Quote> used) {
        List<Draft> out = new ArrayList<>(drafts);
        for (Quotes.Quote q : quotes) {
            if (used.contains(q)) {
                continue;
            }
            int qSentence = in.tokens().get(q.openToken()).sentence();
            boolean opensSentence = q.openToken() == 0 || in.tokens().get(q.openToken() - 1).sentence() != qSentence;
            boolean hasCue = drafts.stream().anyMatch(d -> q.contains(d.cueBegin()));
            if (!opensSentence || hasCue) {
                continue;
            }
            for (int i = out.size() - 1; i >= 0; i--) {
                Draft d = out.get(i);
                int[] last = d.continuation().isEmpty() ? d.content() : d.continuation().get(d.continuation().size() - 1);
                boolean quoted = Quotes.isQuote(in.tokens().get(last[1] - 1).text());
                int lastSentence = Math.max(in.tokens().get(last[1] - 1).sentence(), d.sentence());
                if (quoted && lastSentence == qSentence - 1 && d.content()[0] < q.openToken()) {
                    out.set(i, d.withContinuation(new int[]{q.openToken(), q.closeToken() + 1}));
                    used.add(q);
                    break;
                }
            }
        }
        return out;
    }

    private static List<org.claimtrace.model.Sentence> sentences(Input in) {
        List<org.claimtrace.model.Sentence> out = new ArrayList<>();
        int start = 0;
        List<Token> tokens = in.tokens();
        for (int i = 1; i <= tokens.size(); i++) {
            if (i == tokens.size() || tokens.get(i).sentence() != tokens.get(start).sentence()) {
                out.add(new org.claimtrace.model.Sentence(tokens.get(start).sentence(), tokens.get(start).begin(),
                        tokens.get(i - 1).end(), start, i));
                start = i;
            }
        }
        return out;
    }

    /**
     * A cue inside a quotation whose subject is the quoted speaker ("'I think we will win,' she said") is
     * part of the quotation, not a claim of its own; it is removed before quotations are handed out.
     */
    private static List<Draft> withoutQuotedSpeakers(Input in, List<Draft> drafts, List<Quotes.Quote> quotes) {
        List<Draft> out = new ArrayList<>();
        for (Draft d : drafts) {
            boolean quoted = quotes.stream().anyMatch(x -> x.contains(d.cueBegin()));
            String subj = d.sourceHead() >= 0 ? in.tokens().get(d.sourceHead()).text().toLowerCase(java.util.Locale.ROOT) : "";
            boolean firstPerson = Set.of("i", "we", "you", "me", "us").contains(subj) || d.sourceHead() < 0;
            if (!quoted || !firstPerson) {
                out.add(d);
            }
        }
        return out;
    }

    /** Cues inside a quotation that is itself the content of another claim belong to that content. */
    private static List<Draft> withoutNestedCues(List<Draft> drafts, List<Quotes.Quote> quotes) {
        List<Draft> out = new ArrayList<>();
        for (Draft d : drafts) {
            Quotes.Quote q = quotes.stream().filter(x -> x.contains(d.cueBegin())).findFirst().orElse(null);
            boolean quotedByOther = q != null && drafts.stream().anyMatch(o -> o != d && o.content() != null
                    && o.content()[0] <= q.openToken() && o.content()[1] > q.closeToken()
                    && !(o.cueBegin() > q.openToken() && o.cueBegin() < q.closeToken()));
            if (!quotedByOther) {
                out.add(d);
            }
        }
        return out;
    }

    /** "Brandt said ..., adding that ...": a cue without a subject shares the previous source in its sentence. */
    private static List<Draft> inheritSources(List<Draft> drafts) {
        List<Draft> out = new ArrayList<>(drafts.size());
        Draft previous = null;
        for (Draft d : drafts) {
            Draft x = d;
            if (d.sourceHead() < 0 && previous != null && previous.sentence() == d.sentence()
                    && previous.sourceHead() >= 0 && d.pattern().startsWith("verb")) {
                x = d.withSource(previous.sourceHead(), previous.source());
            }
            out.add(x);
            previous = x;
        }
        return out;
    }

    /** A content that starts or ends inside a quotation takes in the whole quotation, marks included. */
    private static int[] extendOverQuotes(Draft d, List<Quotes.Quote> quotes) {
        int b = d.content()[0];
        int e = d.content()[1];
        for (Quotes.Quote q : quotes) {
            if (d.cueBegin() > q.openToken() && d.cueBegin() < q.closeToken()) {
                continue;
            }
            if (b > q.openToken() && b <= q.closeToken()) {
                b = q.openToken();
            }
            if (e - 1 >= q.openToken() && e - 1 < q.closeToken()) {
                e = q.closeToken() + 1;
            }
        }
        return new int[]{b, e};
    }

    /** A quotation for a cue that has a source but no content: same sentence, else the sentence before or after. */
    private static Quotes.Quote nearestQuote(Input in, Draft d, List<Quotes.Quote> quotes, Set<Quotes.Quote> used) {
        Quotes.Quote best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Quotes.Quote q : quotes) {
            if (used.contains(q) || q.contains(d.cueBegin())) {
                continue;
            }
            int qs1 = in.tokens().get(q.openToken()).sentence();
            int qs2 = in.tokens().get(q.closeToken()).sentence();
            boolean near = qs2 == d.sentence() || qs1 == d.sentence()
                    || qs2 == d.sentence() - 1 || qs1 == d.sentence() + 1;
            if (!near) {
                continue;
            }
            int distance = q.closeToken() < d.cueBegin() ? d.cueBegin() - q.closeToken() : q.openToken() - d.cueEnd();
            if (distance < bestDistance) {
                best = q;
                bestDistance = distance;
            }
        }
        return best;
    }

    Claim build(Input in, Draft d, MentionIndex mentions, List<Quotes.Quote> quotes) {
        List<Token> tokens = in.tokens();
        DependencyParse p = in.parses().get(d.sentence());
        TextSpan claimant = null;
        String kind = "none";
        if (d.source() != null && d.sourceHead() >= 0) {
            ClaimantResolver.Resolved r = claimants.resolve(tokens, mentions, d.sourceHead(), d.source());
            claimant = span(in, d.source()).withEntity(r.entity());
            kind = r.kind();
        }
        TextSpan addressee = null;
        if (d.addressee() != null && d.addressee()[1] > d.addressee()[0]) {
            MentionIndex.Hit h = mentions.inside(d.addressee()[0], d.addressee()[1], -1);
            addressee = span(in, d.addressee()).withEntity(h == null ? null : h.entity().id());
        }
        ContentAnalyzer.Found<Modality> modality = p == null ? new ContentAnalyzer.Found<>(Modality.NONE, -1)
                : ContentAnalyzer.modality(tokens, p, d.contentHead(), d.scope(), d.content());
        Modality mod = modality.value();
        if (mod == Modality.NONE && (d.entry().type() == ClaimType.COMMITMENT || d.entry().type() == ClaimType.OFFER)
                && d.contentHead() >= 0 && "VB".equals(tokens.get(d.contentHead()).pos())) {
            mod = Modality.FUTURE;
        }
        ContentAnalyzer.Found<Boolean> negation = p == null ? new ContentAnalyzer.Found<>(false, -1)
                : ContentAnalyzer.negation(tokens, p, d.contentHead());
        ContentAnalyzer.Found<Boolean> hedge = ContentAnalyzer.hedge(tokens, d.content(), d.cueBegin());
        Claim.Structure structure = p == null ? null : structure(in, p, d.contentHead(), mentions);
        if (structure != null && structure.subject() == null && isInfinitive(tokens, p, d.contentHead())) {
            // "committed to restore ...", "urged Russia to leave": the controller is the understood subject
            TextSpan controller = d.entry().type() == ClaimType.DEMAND && addressee != null ? addressee : claimant;
            structure = new Claim.Structure(controller, structure.predicate(), structure.object());
        }
        ClaimType type = refine(d.entry().type(), mod, claimant, structure);
        return new Claim(null, type, claimant, kind,
                new Claim.Cue(tokens.get(d.cueBegin()).begin(), tokens.get(d.cueEnd() - 1).end(),
                        in.index().substring(tokens.get(d.cueBegin()).begin(), tokens.get(d.cueEnd() - 1).end()),
                        d.cueLemma()),
                addressee, span(in, extent(d)), contentParts(in, d), structure,
                new Claim.ModalityInfo(mod, tokenSpan(in, modality.token())),
                new Claim.PolarityInfo(negation.value() ? Claim.PolarityInfo.NEGATIVE : Claim.PolarityInfo.POSITIVE,
                        tokenSpan(in, negation.token())),
                new Claim.HedgeInfo(hedge.value(), tokenSpan(in, hedge.token())),
                form(tokens, d.content(), quotes), d.sentence(), time(in, d.content(), mentions),
                Math.round(d.confidence() * (claimant != null && claimant.entity() != null ? 1.0 : 0.85) * 100) / 100.0);
    }

    /**
     * An assertion or position about what must happen is a demand; one about what the claimant's own
     * side will do is a commitment; one about what others will do is a prediction.
     */
    static ClaimType refine(ClaimType cueType, Modality modality, TextSpan claimant, Claim.Structure structure) {
        if (cueType != ClaimType.ASSERTION && cueType != ClaimType.POSITION) {
            return cueType;
        }
        if (modality == Modality.OBLIGATION) {
            return ClaimType.DEMAND;
        }
        if (modality == Modality.FUTURE && structure != null && structure.subject() != null && claimant != null
                && claimant.entity() != null && claimant.entity().equals(structure.subject().entity())) {
            return ClaimType.COMMITMENT;
        }
        if (modality == Modality.FUTURE && cueType == ClaimType.ASSERTION) {
            return ClaimType.PREDICTION;
        }
        return cueType;
    }

    private static Claim.Structure structure(Input in, DependencyParse p, int head, MentionIndex mentions) {
        if (head < 0 || !p.contains(head)) {
            return null;
        }
        List<Token> tokens = in.tokens();
        int subj = p.firstChild(head, "nsubj", "csubj");
        TextSpan subject = null;
        if (subj >= 0) {
            int[] r = Trees.trim(tokens, Trees.subtree(p, subj));
            if (r[1] > r[0]) {
                MentionIndex.Hit h = mentions.inside(r[0], r[1], subj);
                subject = span(in, r).withEntity(h == null ? null : h.entity().id());
            }
        }
        int obj = p.firstChild(head, "obj", "xcomp", "obl");
        TextSpan object = null;
        if (obj >= 0) {
            int[] r = Trees.trim(tokens, Trees.subtree(p, obj));
            if (r[1] > r[0]) {
                MentionIndex.Hit h = mentions.inside(r[0], r[1], obj);
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

    private static ClaimForm form(List<Token> tokens, int[] content, List<Quotes.Quote> quotes) {
        boolean hasQuote = false;
        for (Quotes.Quote q : quotes) {
            if (q.openToken() >= content[0] && q.closeToken() < content[1]) {
                if (q.openToken() == content[0] && q.closeToken() >= content[1] - 2) {
                    return ClaimForm.DIRECT;
                }
                hasQuote = true;
            } else if (q.openToken() < content[0] && q.closeToken() >= content[1] - 1) {
                return ClaimForm.DIRECT;
            }
        }
        return hasQuote ? ClaimForm.MIXED : ClaimForm.INDIRECT;
    }

    private static Claim.ClaimTime time(Input in, int[] content, MentionIndex mentions) {
        int begin = in.tokens().get(content[0]).begin();
        int end = in.tokens().get(content[1] - 1).end();
        return ClaimTimes.of(begin, end, in.timeExpressions(), in.date());
    }

    /** From the content's start to the end of its last continuation. */
    private static int[] extent(Draft d) {
        int end = d.continuation().isEmpty() ? d.content()[1] : d.continuation().get(d.continuation().size() - 1)[1];
        return new int[]{d.content()[0], Math.max(end, d.content()[1])};
    }

    /** The content range minus the cue and source tokens inside it, as contiguous parts, then continuations. */
    private static List<TextSpan> contentParts(Input in, Draft d) {
        List<TextSpan> parts = new ArrayList<>();
        for (int[] c : d.continuation()) {
            parts.add(span(in, c));
        }
        if (!parts.isEmpty()) {
            parts.addAll(0, ownParts(in, d));
            return parts;
        }
        return ownParts(in, d);
    }

    private static List<TextSpan> ownParts(Input in, Draft d) {
        List<TextSpan> parts = new ArrayList<>();
        int start = -1;
        for (int t = d.content()[0]; t <= d.content()[1]; t++) {
            boolean excluded = t == d.content()[1]
                    || t >= d.cueBegin() && t < d.cueEnd()
                    || d.source() != null && t >= d.source()[0] && t < d.source()[1];
            if (!excluded && start < 0) {
                start = t;
            } else if (excluded && start >= 0) {
                int[] r = Trees.trim(in.tokens(), new int[]{start, t});
                if (r[1] > r[0]) {
                    parts.add(span(in, r));
                }
                start = -1;
            }
        }
        return parts;
    }

    static TextSpan span(Input in, int[] tokenRange) {
        if (tokenRange[1] <= tokenRange[0]) {
            throw new IllegalArgumentException("empty token range " + tokenRange[0] + ".." + tokenRange[1]);
        }
        int b = in.tokens().get(tokenRange[0]).begin();
        int e = in.tokens().get(tokenRange[1] - 1).end();
        return new TextSpan(b, e, in.index().substring(b, e), null);
    }

    private static TextSpan tokenSpan(Input in, int token) {
        if (token < 0) {
            return null;
        }
        Token t = in.tokens().get(token);
        return new TextSpan(t.begin(), t.end(), t.text(), null);
    }
}
