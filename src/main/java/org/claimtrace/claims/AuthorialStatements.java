package org.claimtrace.claims;

import org.claimtrace.claims.text.Trees;
import org.claimtrace.text.Quotes;
import org.claimtrace.claims.lexicon.CueLexicon;
import org.claimtrace.claims.rules.ClaimDraft;
import org.claimtrace.model.Claim;
import org.claimtrace.model.ClaimForm;
import org.claimtrace.model.ClaimType;
import org.claimtrace.model.DependencyParse;
import org.claimtrace.model.Modality;
import org.claimtrace.model.TextSpan;
import org.claimtrace.model.Token;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Modal statements about a named entity in the article's own voice ("Russia will retain the bases",
 * "Assad should face trial"), in sentences that attribute nothing to anyone. They become claims with the
 * form {@code authorial}, no claimant span and the claimant kind {@code author}: the outlet stands behind
 * them. Only future and obligation modals count, on the main clause, with an entity as its subject.
 */
public final class AuthorialStatements {
    private static final Map<String, Modality> MODALS = Map.of("will", Modality.FUTURE, "shall", Modality.FUTURE,
            "wo", Modality.FUTURE, "'ll", Modality.FUTURE, "should", Modality.OBLIGATION, "must", Modality.OBLIGATION);

    private AuthorialStatements() {
    }

    /** Whether tokens [begin, end) hold a modal that can make an authorial statement (worth a parse). */
    public static boolean mayHold(List<Token> tokens, int begin, int end) {
        for (int t = begin; t < end; t++) {
            if (modal(tokens.get(t)) != null) {
                return true;
            }
        }
        return false;
    }

    private static Modality modal(Token t) {
        return MODALS.get(t.text().toLowerCase(Locale.ROOT).replace('\u2019', '\''));
    }

    static List<Claim> find(ClaimBuilder.Context in, List<ClaimDraft> attributed, ClaimBuilder builder) {
        Set<Integer> sentencesWithClaims = new HashSet<>();
        for (ClaimDraft d : attributed) {
            int[] extent = d.contentExtent();
            for (int t = extent[0]; t < extent[1]; t++) {
                sentencesWithClaims.add(in.tokens().get(t).sentence());
            }
            sentencesWithClaims.add(d.sentence());
        }
        List<Claim> out = new ArrayList<>();
        List<Token> tokens = in.tokens();
        for (DependencyParse p : new TreeMap<>(in.parses()).values()) {
            if (sentencesWithClaims.contains(p.sentence()) || insideQuote(tokens, p)) {
                continue;
            }
            int root = p.root();
            int subj = p.firstChild(root, "nsubj", "nsubj:pass");
            if (subj < 0 || in.mentions().at(subj) == null || in.mentions().at(subj).entity().type().isTemporal()) {
                continue;
            }
            for (int aux : p.children(root, "aux")) {
                Modality m = modal(tokens.get(aux));
                if (m == null) {
                    continue;
                }
                int[] content = Trees.trim(tokens, Trees.subtree(p, root));
                if (content[1] <= content[0]) {
                    break;
                }
                CueLexicon.Entry entry = new CueLexicon.Entry(tokens.get(aux).text().toLowerCase(Locale.ROOT),
                        CueLexicon.Pos.VERB, m == Modality.FUTURE ? ClaimType.PREDICTION : ClaimType.DEMAND, Set.of());
                ClaimDraft d = new ClaimDraft(p.sentence(), aux, aux + 1, aux, entry, -1, null, List.of(content), root,
                        null, 0.5, "authorial");
                Claim c = builder.build(in, d);
                out.add(new Claim(null, entry.type(), null, "author", null, c.cue(), null, c.content(), c.contentParts(),
                        c.structure(), new Claim.ModalityInfo(m, new TextSpan(c.cue().begin(), c.cue().end(),
                        c.cue().text(), null)), c.polarity(), c.hedged(), ClaimForm.AUTHORIAL, p.sentence(), c.time(),
                        0.5));
                break;
            }
        }
        return out;
    }

    private static boolean insideQuote(List<Token> tokens, DependencyParse p) {
        for (int t = p.tokenBegin(); t < p.tokenEnd(); t++) {
            if (Quotes.isQuote(tokens.get(t).text())) {
                return true;
            }
        }
        return false;
    }
}
