package org.claimtrace.stages;

import org.claimtrace.model.EntityType;
import org.claimtrace.model.Mention;
import org.claimtrace.model.MentionKind;
import org.claimtrace.model.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A headline in title case ("Chris Christie Calls Hillary Clinton 'A Disgrace' Over Police Shooting Comments")
 * opening a document defeats a case-sensitive tagger the other way round from {@link CapsLines}: every word
 * looks like a name, and it tags "Chris Christie Calls Hillary Clinton" as one person or "Obama Power Plant
 * Rules Face" as an organization. Such a mention, joined to the names of the body, gives its entity a false
 * gender or type ("he" and "she" then find no antecedent). In a title-case headline, a mention is therefore
 * kept only when the body names it too, whole or as part of a longer name, and it takes the body's type;
 * otherwise it is replaced by the body's names that it contains ("Chris Christie", "Hillary Clinton"), or
 * dropped when it contains none. A short person's name that ends in the one body name it holds is that
 * person's full name ("Hillary Clinton" over the body's "Clinton").
 */
final class HeadlineNames {
    /** A title-case sentence has at least this many capitalized words of four letters or more... */
    static final int MIN_CAPITALIZED = 3;
    /** ... and is no longer than this. */
    static final int MAX_TOKENS = 30;
    /** The most words of a headline person whose surname alone is the body's name ("Hillary Rodham Clinton"). */
    static final int MAX_FULL_NAME = 3;
    /** Words of four letters or more that title case may leave in lower case. */
    private static final Set<String> SMALL_WORDS = Set.of("with", "from", "into", "over", "than", "that", "upon",
            "onto", "about", "after", "amid", "says", "versus");

    private HeadlineNames() {
    }

    /** The mentions with those of title-case sentences corrected against the body's names. */
    static List<Mention> correct(List<Token> tokens, List<Mention> mentions) {
        if (mentions.isEmpty()) {
            return mentions;
        }
        Set<Integer> headlines = titleCaseSentences(tokens);
        if (headlines.isEmpty()) {
            return mentions;
        }
        Map<List<String>, Map<EntityType, Integer>> bodyNames = new java.util.LinkedHashMap<>();
        Map<List<String>, Mention> example = new HashMap<>();
        for (Mention m : mentions) {
            if (!headlines.contains(m.sentence())) {
                List<String> w = words(tokens, m.tokenBegin(), m.tokenEnd());
                bodyNames.computeIfAbsent(w, k -> new HashMap<>()).merge(m.type(), 1, Integer::sum);
                example.putIfAbsent(w, m);
            }
        }
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            if (!headlines.contains(m.sentence())) {
                out.add(m);
                continue;
            }
            List<String> w = words(tokens, m.tokenBegin(), m.tokenEnd());
            Map<EntityType, Integer> types = bodyNames.get(w);
            if (types != null) {
                EntityType t = majority(types);
                out.add(t == m.type() ? m : m.withType(t, example.get(w).subtype()));
                continue;
            }
            List<String> longer = longerBodyName(w, bodyNames.keySet());
            if (longer != null) {
                EntityType t = majority(bodyNames.get(longer));
                out.add(t == m.type() ? m : m.withType(t, example.get(longer).subtype()));
                continue;
            }
            List<Mention> within = bodyNamesWithin(tokens, m, bodyNames, example);
            if (within.size() == 1 && within.get(0).tokenEnd() == m.tokenEnd() && w.size() <= MAX_FULL_NAME
                    && within.get(0).type() == EntityType.PERSON) {
                // "Hillary Clinton" in the headline, "Clinton" in the body: the headline gives the full name
                out.add(m.type() == EntityType.PERSON ? m : m.withType(EntityType.PERSON, null));
            } else {
                out.addAll(within);
            }
        }
        return out;
    }

    /**
     * The indices of the headline sentences set in title case: the document's first sentence, when it is. A body
     * sentence can look the same ("Donald Trump and Hillary Clinton met Monday") and is never one.
     */
    static Set<Integer> titleCaseSentences(List<Token> tokens) {
        Map<Integer, int[]> counts = new HashMap<>(); // sentence -> {tokens, capitalized, lower}
        for (Token t : tokens) {
            if (t.sentence() != tokens.get(0).sentence()) {
                break;
            }
            int[] c = counts.computeIfAbsent(t.sentence(), k -> new int[3]);
            c[0]++;
            String w = t.text();
            if (CapsLines.letters(w) < 4) {
                continue;
            }
            if (Character.isUpperCase(w.codePointAt(0))) {
                c[1]++;
            } else if (Character.isLowerCase(w.codePointAt(0)) && !SMALL_WORDS.contains(w)) {
                c[2]++;
            }
        }
        Set<Integer> out = new java.util.TreeSet<>();
        counts.forEach((s, c) -> {
            if (c[0] <= MAX_TOKENS && c[1] >= MIN_CAPITALIZED && c[2] == 0) {
                out.add(s);
            }
        });
        return out;
    }

    /** The first (in text order) body name that holds these words and more, or null. */
    private static List<String> longerBodyName(List<String> w, Set<List<String>> bodyNames) {
        for (List<String> name : bodyNames) {
            if (name.size() > w.size() && java.util.Collections.indexOfSubList(name, w) >= 0) {
                return name;
            }
        }
        return null;
    }

    /** The longest body names inside the mention, left to right. */
    private static List<Mention> bodyNamesWithin(List<Token> tokens, Mention m,
                                                 Map<List<String>, Map<EntityType, Integer>> bodyNames,
                                                 Map<List<String>, Mention> example) {
        List<Mention> out = new ArrayList<>();
        int i = m.tokenBegin();
        while (i < m.tokenEnd()) {
            int best = -1;
            for (int end = m.tokenEnd(); end > i; end--) {
                if (bodyNames.containsKey(words(tokens, i, end))) {
                    best = end;
                    break;
                }
            }
            if (best < 0) {
                i++;
                continue;
            }
            List<String> w = words(tokens, i, best);
            Token first = tokens.get(i);
            Token last = tokens.get(best - 1);
            String text = m.text().substring(first.begin() - m.begin(), last.end() - m.begin());
            out.add(new Mention(null, first.begin(), last.end(), text, first.sentence(), MentionKind.NAME,
                    majority(bodyNames.get(w)), example.get(w).subtype(), NamePropagation.SOURCE,
                    NamePropagation.CONFIDENCE, i, best));
            i = best;
        }
        return out;
    }

    private static EntityType majority(Map<EntityType, Integer> types) {
        EntityType best = null;
        int n = -1;
        for (EntityType t : EntityType.values()) {
            int c = types.getOrDefault(t, 0);
            if (c > n) {
                n = c;
                best = t;
            }
        }
        return best;
    }

    private static List<String> words(List<Token> tokens, int begin, int end) {
        List<String> w = new ArrayList<>(end - begin);
        for (int i = begin; i < end; i++) {
            w.add(tokens.get(i).text());
        }
        return w;
    }
}
