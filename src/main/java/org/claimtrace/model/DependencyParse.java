package org.claimtrace.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A basic Universal Dependencies tree for one sentence, over document token indices.
 *
 * @param sentence   sentence index
 * @param tokenBegin first token of the sentence
 * @param heads      heads[i] = document index of the head of token tokenBegin+i, or -1 for the root
 * @param relations  relations[i] = UD relation of token tokenBegin+i to its head ("nsubj", "ccomp", ...)
 */
public record DependencyParse(int sentence, int tokenBegin, int[] heads, String[] relations) {

    public int tokenEnd() {
        return tokenBegin + heads.length;
    }

    public boolean contains(int token) {
        return token >= tokenBegin && token < tokenEnd();
    }

    public int head(int token) {
        return heads[token - tokenBegin];
    }

    public String relation(int token) {
        return relations[token - tokenBegin];
    }

    /** Children of a token, in text order. */
    public List<Integer> children(int token) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < heads.length; i++) {
            if (heads[i] == token) {
                out.add(tokenBegin + i);
            }
        }
        return out;
    }

    /** Children with a relation equal to, or a subtype of, {@code rel} ("obl" matches "obl:tmod"). */
    public List<Integer> children(int token, String rel) {
        List<Integer> out = new ArrayList<>();
        for (int c : children(token)) {
            String r = relation(c);
            if (r.equals(rel) || r.startsWith(rel + ":")) {
                out.add(c);
            }
        }
        return out;
    }

    public int firstChild(int token, String... rels) {
        for (String rel : rels) {
            List<Integer> cs = children(token, rel);
            if (!cs.isEmpty()) {
                return cs.get(0);
            }
        }
        return -1;
    }

    /** Whether {@code token} is {@code ancestor} or below it. */
    public boolean dominates(int ancestor, int token) {
        int t = token;
        int guard = heads.length + 1;
        while (t >= 0 && guard-- > 0) {
            if (t == ancestor) {
                return true;
            }
            t = head(t);
        }
        return false;
    }

    /** The root token. */
    public int root() {
        for (int i = 0; i < heads.length; i++) {
            if (heads[i] < 0) {
                return tokenBegin + i;
            }
        }
        return tokenBegin;
    }
}
