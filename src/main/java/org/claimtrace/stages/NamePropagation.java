package org.claimtrace.stages;

import org.claimtrace.model.EntityType;
import org.claimtrace.model.Mention;
import org.claimtrace.model.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One name, one reading per document: a name the tagger found once is found wherever else it occurs in
 * the same document. The CRF tags each sentence on its own and misses names in headlines, at the start of
 * sentences and in short contexts ("Apple unveils iPod nano" after "Apple Inc." was tagged); the surname
 * of a tagged full person name is a person too ("Jobs" after "Steve Jobs").
 * <p>
 * Only untagged tokens are tagged, with exactly the same words (case-sensitive). A name that the document
 * tags with two different types is not spread. Pure and stateless.
 */
final class NamePropagation {
    /** Confidence of a propagated mention: below the tagger's own, above nothing. */
    static final double CONFIDENCE = 0.8;
    static final String SOURCE = "document";

    /** A token range and the mention whose name it repeats. */
    record Found(int begin, int end, Mention source) {
    }

    private NamePropagation() {
    }

    /**
     * The new mentions' token ranges: occurrences of the document's tagged names (and full person names'
     * surnames) that no mention covers yet.
     */
    static List<Found> find(List<Token> tokens, List<Mention> mentions) {
        Map<List<String>, Mention> names = new HashMap<>();
        Map<List<String>, Boolean> conflicting = new HashMap<>();
        for (Mention m : mentions) {
            List<String> words = words(tokens, m.tokenBegin(), m.tokenEnd());
            if (isName(words)) {
                add(names, conflicting, words, m);
            }
        }
        for (Mention m : mentions) {
            if (m.type() == EntityType.PERSON && m.tokenEnd() - m.tokenBegin() >= 2) {
                String surname = tokens.get(m.tokenEnd() - 1).text();
                List<String> key = List.of(surname);
                if (isSurname(surname) && !names.containsKey(key)) {
                    add(names, conflicting, key, m);
                }
            }
        }
        conflicting.forEach((k, v) -> {
            if (v) {
                names.remove(k);
            }
        });
        if (names.isEmpty()) {
            return List.of();
        }
        int longest = names.keySet().stream().mapToInt(List::size).max().orElse(0);
        boolean[] covered = new boolean[tokens.size()];
        for (Mention m : mentions) {
            for (int i = m.tokenBegin(); i < m.tokenEnd(); i++) {
                covered[i] = true;
            }
        }
        List<Found> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Found match = null;
            for (int len = Math.min(longest, tokens.size() - i); len >= 1 && match == null; len--) {
                if (free(covered, i, i + len) && sameSentence(tokens, i, i + len)) {
                    Mention source = names.get(words(tokens, i, i + len));
                    if (source != null && !extendsAName(tokens, covered, i, i + len)) {
                        match = new Found(i, i + len, source);
                    }
                }
            }
            if (match != null) {
                out.add(match);
                i = match.end();
            } else {
                i++;
            }
        }
        return out;
    }

    private static void add(Map<List<String>, Mention> names, Map<List<String>, Boolean> conflicting,
                            List<String> key, Mention m) {
        Mention before = names.putIfAbsent(key, m);
        if (before != null && before.type() != m.type()) {
            conflicting.put(key, true);
        }
    }

    /** A capitalized word with lowercase letters and no period: not "Jr.", "III" or an initial. */
    private static boolean isSurname(String word) {
        return word.length() > 1 && isName(List.of(word)) && word.indexOf('.') < 0
                && word.codePoints().anyMatch(Character::isLowerCase);
    }

    /** A capitalized word starts the name: not a lowercase phrase the tagger caught. */
    private static boolean isName(List<String> words) {
        String first = words.get(0);
        return !first.isEmpty() && Character.isUpperCase(first.codePointAt(0));
    }

    /**
     * True when the occurrence is glued to a capitalized word that is not the first of its sentence: it is
     * then part of a longer name ("Apple" in "Apple Corps") and is left alone.
     */
    private static boolean extendsAName(List<Token> tokens, boolean[] covered, int begin, int end) {
        if (end < tokens.size() && tokens.get(end).sentence() == tokens.get(begin).sentence()
                && !covered[end] && isProperNoun(tokens.get(end))) {
            return true;
        }
        return begin > 0 && tokens.get(begin - 1).sentence() == tokens.get(begin).sentence() && !covered[begin - 1]
                && isProperNoun(tokens.get(begin - 1)) && !isSentenceStart(tokens, begin - 1);
    }

    private static boolean isProperNoun(Token t) {
        return t.pos() != null && t.pos().startsWith("NNP") && !t.text().isEmpty()
                && Character.isUpperCase(t.text().codePointAt(0));
    }

    private static boolean isSentenceStart(List<Token> tokens, int i) {
        return i == 0 || tokens.get(i - 1).sentence() != tokens.get(i).sentence();
    }

    private static boolean free(boolean[] covered, int begin, int end) {
        for (int i = begin; i < end; i++) {
            if (covered[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameSentence(List<Token> tokens, int begin, int end) {
        return tokens.get(begin).sentence() == tokens.get(end - 1).sentence();
    }

    private static List<String> words(List<Token> tokens, int begin, int end) {
        List<String> out = new ArrayList<>(end - begin);
        for (int i = begin; i < end; i++) {
            out.add(tokens.get(i).text());
        }
        return out;
    }
}
