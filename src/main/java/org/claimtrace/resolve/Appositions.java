package org.claimtrace.resolve;

import org.claimtrace.model.Entity;
import org.claimtrace.model.Mention;
import org.claimtrace.model.MentionKind;
import org.claimtrace.model.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Roles and titles a document gives a name, where it writes them next to it:
 * <ul>
 *   <li>before it: "Trade and Industry Secretary Patricia Hewitt", "U.S. automaker General Motors";</li>
 *   <li>after it, between commas: "Richard Thomas, the information commissioner,";</li>
 *   <li>before it, with a comma: "the commissioner, Richard Thomas";</li>
 *   <li>as the organization noun it modifies: "the Labour party" (not "a Kremlin spokesman").</li>
 * </ul>
 * Each role is the description's token range and its words ({@link Descriptions}).
 */
final class Appositions {
    /** A role: the description's tokens [begin, end) and words, written next to a name of the entity. */
    record Role(Entity entity, int begin, int end, Descriptions.Words words, boolean indefinite) {
    }

    static final int MAX_TOKENS = 12;
    private static final Set<String> OPENERS = Set.of("dt", "prp$");

    private Appositions() {
    }

    /** @param entityAt the non-temporal entity covering each token, or null */
    static List<Role> find(List<Token> tokens, List<Entity> entities, Entity[] entityAt) {
        List<Role> out = new ArrayList<>();
        for (Entity e : entities) {
            if (e.type().isTemporal()) {
                continue;
            }
            for (Mention m : e.mentions()) {
                if (m.kind() != MentionKind.NAME) {
                    continue;
                }
                addIfRole(out, e, tokens, before(tokens, entityAt, m));
                addIfRole(out, e, tokens, after(tokens, entityAt, m));
                addIfRole(out, e, tokens, preposed(tokens, entityAt, m));
                addIfRole(out, e, tokens, modified(tokens, entityAt, m));
            }
        }
        return out;
    }

    private static void addIfRole(List<Role> out, Entity e, List<Token> tokens, int[] range) {
        if (range == null) {
            return;
        }
        Descriptions.Words w = Descriptions.of(tokens, range[0], range[1]);
        if (w != null) {
            out.add(new Role(e, range[0], range[1], w, Descriptions.indefinite(tokens, range[0])));
        }
    }

    /** "Apple CEO Steve Jobs": title words right before the name, the last a noun that is no name. */
    static int[] before(List<Token> tokens, Entity[] entityAt, Mention m) {
        int head = m.tokenBegin() - 1;
        if (head < 0 || !sameSentence(tokens, head, m.tokenBegin()) || entityAt[head] != null
                || !isNoun(tokens.get(head))) {
            return null;
        }
        int i = head;
        while (i - 1 >= 0 && head - (i - 1) < MAX_TOKENS && sameSentence(tokens, i - 1, head)
                && isTitleWord(tokens.get(i - 1), entityAt[i - 1])) {
            i--;
        }
        if (i - 1 >= 0 && sameSentence(tokens, i - 1, head) && tag(tokens.get(i - 1)).equals("dt")) {
            i--;
        }
        return new int[] {i, head + 1};
    }

    /** "Richard Thomas, the information commissioner, said": a noun phrase between commas after the name. */
    static int[] after(List<Token> tokens, Entity[] entityAt, Mention m) {
        int comma = m.tokenEnd();
        if (comma >= tokens.size() || !tokens.get(comma).text().equals(",")) {
            return null;
        }
        int begin = comma + 1;
        if (begin >= tokens.size() || !sameSentence(tokens, begin, comma)) {
            return null;
        }
        Token first = tokens.get(begin);
        boolean opener = OPENERS.contains(tag(first)) && !first.text().equalsIgnoreCase("that")
                || tag(first).startsWith("jj") || tag(first).startsWith("nn") && entityAt[begin] == null
                || entityAt[begin] != null && begin + 1 < tokens.size() && tag(tokens.get(begin + 1)).equals("pos");
        if (!opener) {
            return null;
        }
        int end = begin;
        while (end < tokens.size() && end - begin < MAX_TOKENS && sameSentence(tokens, end, begin)
                && !tokens.get(end).text().equals(",") && !tag(tokens.get(end)).equals(".")) {
            String t = tag(tokens.get(end));
            if (t.startsWith("vb") && !t.equals("vbn") && !t.equals("vbg") || t.equals("md")) {
                return null;
            }
            end++;
        }
        if (end - begin >= MAX_TOKENS) {
            return null;
        }
        return new int[] {begin, end};
    }

    /** "the commissioner, Richard Thomas": a definite noun phrase and a comma just before the name. */
    static int[] preposed(List<Token> tokens, Entity[] entityAt, Mention m) {
        int comma = m.tokenBegin() - 1;
        if (comma < 1 || !tokens.get(comma).text().equals(",") || !sameSentence(tokens, comma - 1, comma)) {
            return null;
        }
        int head = comma - 1;
        if (entityAt[head] != null || !isNoun(tokens.get(head))) {
            return null;
        }
        int i = head;
        while (i - 1 >= 0 && head - (i - 1) < MAX_TOKENS && sameSentence(tokens, i - 1, head)
                && (isTitleWord(tokens.get(i - 1), entityAt[i - 1]) || tag(tokens.get(i - 1)).equals("pos"))) {
            i--;
        }
        if (i - 1 >= 0 && sameSentence(tokens, i - 1, head) && OPENERS.contains(tag(tokens.get(i - 1)))) {
            // "According to the complaints, Norvane charges": a phrase under a preposition, then the name as the
            // subject of the next clause, is no apposition ("by the automaker, GM," is)
            boolean underPreposition = i - 2 >= 0 && sameSentence(tokens, i - 2, head)
                    && (tag(tokens.get(i - 2)).equals("in") || tag(tokens.get(i - 2)).equals("to"));
            boolean subject = m.tokenEnd() < tokens.size() && tag(tokens.get(m.tokenEnd())).startsWith("vb");
            return underPreposition && subject ? null : new int[] {i - 1, head + 1};
        }
        return null;
    }

    /** "the Labour party": a lowercase organization noun right after the name ends the phrase. */
    static int[] modified(List<Token> tokens, Entity[] entityAt, Mention m) {
        int head = m.tokenEnd();
        if (head >= tokens.size() || !sameSentence(tokens, head, m.tokenEnd() - 1) || entityAt[head] != null) {
            return null;
        }
        Token t = tokens.get(head);
        if (!tag(t).equals("nn") || !Character.isLowerCase(t.text().codePointAt(0))
                || !OrganizationNouns.isOrganization(Descriptions.singular(t.text().toLowerCase(Locale.ROOT)))) {
            return null; // "the Labour party", but not "a Kremlin spokesman"
        }
        if (head + 1 < tokens.size() && tag(tokens.get(head + 1)).startsWith("nn")) {
            return null;
        }
        return new int[] {head, head + 1};
    }

    private static boolean isTitleWord(Token t, Entity covering) {
        String tag = tag(t);
        return tag.startsWith("nn") || tag.equals("jj") || tag.equals("cc") && t.text().equalsIgnoreCase("and")
                || covering != null && !covering.type().isTemporal();
    }

    private static boolean isNoun(Token t) {
        return tag(t).startsWith("nn");
    }

    private static String tag(Token t) {
        return t.pos() == null ? "" : t.pos().toLowerCase(Locale.ROOT);
    }

    private static boolean sameSentence(List<Token> tokens, int a, int b) {
        return tokens.get(a).sentence() == tokens.get(b).sentence();
    }
}
