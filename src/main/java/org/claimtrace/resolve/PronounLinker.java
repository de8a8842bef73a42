package org.claimtrace.resolve;

import org.claimtrace.model.EntityType;
import org.claimtrace.model.Mention;
import org.claimtrace.model.MentionKind;
import org.claimtrace.model.Token;
import org.claimtrace.text.Quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Links the pronouns of a document to clusters of names, rule by rule:
 * <ol>
 *   <li>relative pronouns to the phrase they follow ({@link RelativePronouns});</li>
 *   <li>third-person pronouns by salience ({@link PronounResolver}) among type- and gender-compatible
 *       antecedents; a name inside the quotation that a pronoun introduces ("'... Blair ...,' he said") is not
 *       its antecedent, nor the subject of its own clause for an object pronoun ({@link ObjectPronouns}); with no antecedent before, a name just after ({@link Cataphora});</li>
 *   <li>first-person pronouns inside a quotation to the quotation's speaker ({@link QuoteSpeakers}); "we" of a
 *       person who speaks for an organization to the organization;</li>
 *   <li>"I" in a transcript's turn to the speaker its label names ({@link SpeakerLabels}); "I" outside
 *       quotations to the writer of a letter or opinion piece ({@link Writers}).</li>
 * </ol>
 */
final class PronounLinker {
    /** A name and the cluster it belongs to. */
    record Candidate(Mention mention, int cluster) {
    }

    /** A linked pronoun. */
    record Link(Token pronoun, int cluster, double confidence) {
    }

    /** What the linker knows of the clusters. */
    interface Clusters {
        EntityType type(int cluster);

        PronounResolver.Gender gender(int cluster);

        void setGender(int cluster, PronounResolver.Gender gender);

        /** Whether the cluster is a country (its mentions' subtype). */
        boolean isCountry(int cluster);

        /** The organization a person speaks for ({@link MentionLinker#affiliation}), or -1. */
        int affiliation(int cluster);
    }

    private static final Set<String> HONORIFICS = Set.of("mr", "mr.", "ms", "ms.", "mrs", "mrs.", "miss", "dr",
            "dr.", "lord", "lady", "sir", "dame", "the");
    /** Names inside a quotation are less likely antecedents of a pronoun outside it. */
    private static final double QUOTED_PENALTY = 25;
    /**
     * The speaker of a quotation named by a pronoun after it ("'…,' she said") prefers an antecedent that was
     * itself the subject of a speech verb.
     */
    private static final double SPEAKER_BONUS = 30;

    private PronounLinker() {
    }

    static List<Link> link(List<Token> tokens, List<Candidate> names, Clusters clusters) {
        Quotations quotes = new Quotations(tokens);
        List<Candidate> candidates = new ArrayList<>(names);
        candidates.sort(Comparator.comparingInt(c -> c.mention().tokenBegin()));
        Map<Integer, Integer> clusterAt = new HashMap<>();
        for (Candidate c : names) {
            for (int t = c.mention().tokenBegin(); t < c.mention().tokenEnd(); t++) {
                clusterAt.putIfAbsent(t, c.cluster());
            }
        }
        List<Link> links = new ArrayList<>();
        List<Token> firstPerson = new ArrayList<>();
        for (Token t : tokens) {
            PronounClass pc = PronounClass.of(t);
            if (pc == null) {
                continue;
            }
            if (pc.isFirstPerson()) {
                firstPerson.add(t);
                continue;
            }
            Link l = pc == PronounClass.RELATIVE ? relative(tokens, t, clusterAt, clusters)
                    : thirdPerson(tokens, t, pc, candidates, clusters, quotes);
            if (l == null) {
                continue;
            }
            links.add(l);
            clusterAt.put(t.index(), l.cluster());
            if (pc == PronounClass.RELATIVE) {
                continue; // inside its relative clause: not the antecedent of later pronouns
            }
            Mention pm = new Mention(null, t.begin(), t.end(), t.text(), t.sentence(), null, clusters.type(l.cluster()),
                    null, "coref", l.confidence(), t.index(), t.index() + 1);
            int at = 0;
            while (at < candidates.size() && candidates.get(at).mention().tokenBegin() < t.index()) {
                at++;
            }
            candidates.add(at, new Candidate(pm, l.cluster()));
        }
        Writers writers = null;
        for (Token t : firstPerson) {
            int label = PronounClass.of(t) == PronounClass.FIRST_SINGULAR ? SpeakerLabels.labelOf(tokens, t.index()) : -1;
            Integer labelled = label < 0 ? null : labelled(tokens, tokens.get(label).text(), names, clusters);
            if (labelled != null) {
                links.add(new Link(t, labelled, 0.8));
                continue;
            }
            Quotes.Quote q = quotes.around(t.index());
            if (q == null) {
                if (PronounClass.of(t) != PronounClass.FIRST_SINGULAR) {
                    continue; // an editorial "we" is no one person
                }
                if (writers == null) {
                    writers = new Writers(tokens, i -> clusterAt.containsKey(i)
                            && clusters.type(clusterAt.get(i)) == EntityType.PERSON);
                }
                int w = writers.writer(t.index());
                if (w >= 0) {
                    links.add(new Link(t, clusterAt.get(w), 0.6));
                }
                continue;
            }
            int speaker = QuoteSpeakers.speaker(tokens, q,
                    i -> clusterAt.containsKey(i) || HONORIFICS.contains(tokens.get(i).text().toLowerCase(Locale.ROOT)));
            Integer cluster = speaker < 0 ? null : clusterAt.get(speaker);
            if (cluster != null && PronounClass.of(t) == PronounClass.FIRST_PLURAL
                    && clusters.type(cluster) == EntityType.PERSON && clusters.affiliation(cluster) >= 0) {
                cluster = clusters.affiliation(cluster); // "we" of a company's chief executive is the company
            }
            if (cluster != null && PronounClass.of(t).accepts(clusters.type(cluster))) {
                links.add(new Link(t, cluster, 0.8));
            }
        }
        links.sort(Comparator.comparingInt(l -> l.pronoun().index()));
        return links;
    }

    /** The person cluster one of whose names ends in the transcript label ("PENCE" for "Mike Pence"), or null. */
    private static Integer labelled(List<Token> tokens, String label, List<Candidate> names, Clusters clusters) {
        for (Candidate c : names) {
            int end = c.mention().tokenEnd();
            String last = end > 0 && end <= tokens.size() ? tokens.get(end - 1).text() : "";
            if (c.mention().kind() == MentionKind.NAME
                    && clusters.type(c.cluster()) == EntityType.PERSON && last.equalsIgnoreCase(label)) {
                return c.cluster();
            }
        }
        return null;
    }

    private static Link relative(List<Token> tokens, Token t, Map<Integer, Integer> clusterAt, Clusters clusters) {
        int end = RelativePronouns.refers(tokens, t) ? RelativePronouns.antecedentEnd(tokens, t.index()) : -1;
        Integer cluster = end < 0 ? null : clusterAt.get(end);
        if (cluster == null) {
            return null;
        }
        EntityType type = clusters.type(cluster);
        if (RelativePronouns.impersonal(t) && type == EntityType.PERSON
                || !PronounClass.RELATIVE.accepts(type)) {
            return null;
        }
        return new Link(t, cluster, 0.85);
    }

    /** Marks that end the complement of a speech verb as far as a name in it is concerned. */
    private static final Set<String> CLAUSE_BREAKS = Set.of(",", ";", ":", "(", "--", "\u2014", "\u2013");

    private static Link thirdPerson(List<Token> tokens, Token t, PronounClass pc, List<Candidate> candidates,
                                    Clusters clusters, Quotations quotes) {
        if (pc == PronounClass.PLURAL && PluralGroups.blocks(tokens, t.index())) {
            return null;
        }
        PronounResolver.Gender gender = pc == PronounClass.MALE ? PronounResolver.Gender.MALE
                : pc == PronounClass.FEMALE ? PronounResolver.Gender.FEMALE : null;
        Quotes.Quote inside = quotes.around(t.index());
        Quotes.Quote introduced = inside == null ? quotes.closingBefore(t.index()) : null;
        Candidate best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        Candidate forward = null;
        boolean cataphora = Cataphora.applies(tokens, t.index());
        // the pronoun tags the quotation that closes just before it: "'…,' she said", not "'…' when he said"
        boolean tags = introduced != null && onlyPunctuation(tokens, introduced.closeToken() + 1, t.index());
        Set<Integer> bound = new java.util.HashSet<>();
        for (Candidate c : candidates) {
            if (c.mention().tokenEnd() <= t.index() && ObjectPronouns.excludes(tokens, t.index(), c.mention().tokenEnd())
                    && PronounResolver.isSubjectLike(tokens, c.mention().tokenBegin(), c.mention().tokenEnd(), false)) {
                bound.add(c.cluster());
            }
        }
        // "He said Putin has been a leader": a name in what the pronoun says, before any comma, is someone else;
        // not a possessive ("He notes … an issue with Trump's microphone" is often Trump's own) nor a name past a
        // comma ("While he acknowledged …, Ham also noted")
        Set<Integer> spokenOf = new java.util.HashSet<>();
        if (cataphora) {
            int end = t.index() + 1;
            while (end < tokens.size() && tokens.get(end).sentence() == t.sentence()
                    && !CLAUSE_BREAKS.contains(tokens.get(end).text()) && !Quotes.isQuote(tokens.get(end).text())) {
                end++;
            }
            for (Candidate c : candidates) {
                Mention m = c.mention();
                boolean possessive = m.tokenEnd() < tokens.size() && "POS".equals(tokens.get(m.tokenEnd()).pos());
                if (m.kind() == MentionKind.NAME && m.tokenBegin() > t.index() && m.tokenEnd() <= end && !possessive) {
                    spokenOf.add(c.cluster());
                }
            }
        }
        for (Candidate c : candidates) {
            Mention m = c.mention();
            if (!compatible(pc, gender, c.cluster(), clusters) || spokenOf.contains(c.cluster())) {
                continue;
            }
            if (m.tokenEnd() > t.index()) {
                if (forward == null && cataphora && Cataphora.withinReach(tokens, t.index(), m.tokenBegin())
                        && (tags || m.sentence() == t.sentence())) {
                    forward = c;
                }
                continue;
            }
            int distance = quotes.narrativeDistance(m.sentence(), t.sentence());
            if (distance > PronounResolver.SENTENCE_WINDOW) {
                continue;
            }
            if (introduced != null && introduced.contains(m.tokenBegin()) || bound.contains(c.cluster())) {
                continue;
            }
            boolean subject = PronounResolver.isSubjectLike(tokens, m.tokenBegin(), m.tokenEnd());
            double s = PronounResolver.score(tokens, t.index(), m.tokenBegin(), m.tokenEnd(), subject, distance)
                    - (!subject && PronounResolver.isOblique(tokens, m.tokenBegin()) ? PronounResolver.OBLIQUE_PENALTY : 0);
            Quotes.Quote q = quotes.around(m.tokenBegin());
            if (q != null && q != inside) {
                s -= QUOTED_PENALTY;
            }
            if (tags && cataphora && PronounResolver.isSpeaker(tokens, m.tokenBegin(), m.tokenEnd())) {
                s += SPEAKER_BONUS; // "'…,' she said" goes on with the last speaker: "McLenney said …. '…,' she said"
            }
            if (s >= bestScore) {
                bestScore = s;
                best = c;
            }
        }
        if (best == null && forward == null) {
            return null;
        }
        double confidence;
        int cluster;
        if (best != null) {
            cluster = best.cluster();
            confidence = Math.max(0.3, Math.min(0.9, bestScore / 100.0 + 0.2));
        } else {
            cluster = forward.cluster();
            confidence = 0.5;
        }
        if (gender != null) {
            clusters.setGender(cluster, gender);
        }
        return new Link(t, cluster, Math.round(confidence * 100) / 100.0);
    }

    private static boolean onlyPunctuation(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (tokens.get(i).text().codePoints().anyMatch(Character::isLetterOrDigit)) {
                return false;
            }
        }
        return true;
    }

    private static boolean compatible(PronounClass pc, PronounResolver.Gender gender, int cluster, Clusters clusters) {
        if (!pc.accepts(clusters.type(cluster))
                || clusters.type(cluster) == EntityType.LOCATION && !clusters.isCountry(cluster)) {
            return false; // "it" is said of a country, not of a city or a region
        }
        PronounResolver.Gender g = clusters.gender(cluster);
        return gender == null || g == null || g == gender;
    }
}
