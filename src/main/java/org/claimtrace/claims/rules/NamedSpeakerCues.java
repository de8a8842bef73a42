package org.claimtrace.claims.rules;

import org.claimtrace.claims.learn.AttributionInput;
import org.claimtrace.claims.learn.CueSpan;
import org.claimtrace.model.Entity;
import org.claimtrace.model.Mention;
import org.claimtrace.model.MentionKind;
import org.claimtrace.model.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A candidate generator for the plainest attribution the cue tagger can miss: a name followed at once by "said",
 * "told" or "added" ("Ms Hewitt said the cost …"). The tagger reads the lemma of the word before a cue, and it
 * learnt the habits of a few people in its training articles: in PolNeAR train "Hewitt said" is mostly a radio
 * host's question that the annotators did not mark, so "Patricia Hewitt said" and "Ms Hewitt said" were no cue.
 * The verb becomes a cue when the tagger left it out; the role tagger then decides its source and content like
 * any other's, and a cue for which it finds no content gives no claim.
 */
public final class NamedSpeakerCues {
    /** The cue probability given to a generated cue, in place of the tagger's. */
    public static final double PROBABILITY = 0.5;

    /** The speech verbs, by lemma. */
    static final Set<String> VERBS = Set.of("say", "tell", "add");
    /** The entity types a speaker's name has. */
    private static final Set<String> SPEAKER_TYPES = Set.of("PERSON", "ORGANIZATION");
    /** Finite verb tags: "said", "says", "say". */
    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP");

    private NamedSpeakerCues() {
    }

    private static boolean speechVerb(Token t) {
        return t.pos() != null && FINITE.contains(t.pos()) && VERBS.contains(t.lemma() == null ? "" : t.lemma());
    }

    /**
     * Whether tokens [begin, end) may hold such a cue: a speech verb right after the last token of a name
     * mention. The parse stage parses such sentences so that the role tagger reads them with their parse.
     */
    public static boolean mayHold(List<Token> tokens, int begin, int end, List<Entity> entities) {
        for (int v = Math.max(begin, 1); v < end; v++) {
            if (speechVerb(tokens.get(v)) && nameEndsAt(entities, v - 1)) {
                return true;
            }
        }
        return false;
    }

    private static boolean nameEndsAt(List<Entity> entities, int token) {
        for (Entity e : entities) {
            for (Mention m : e.mentions()) {
                if (m.kind() == MentionKind.NAME && m.tokenEnd() == token + 1
                        && SPEAKER_TYPES.contains(e.type().name())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The generated cues of the document that overlap no tagged cue, in text order. */
    public static List<CueSpan> find(AttributionInput in, List<CueSpan> tagged) {
        List<CueSpan> out = new ArrayList<>();
        for (int v = 1; v < in.size(); v++) {
            int name = v - 1;
            boolean afterName = SPEAKER_TYPES.contains(String.valueOf(in.entityType(name))) && !in.pronounMention(name)
                    && in.token(name).sentence() == in.token(v).sentence();
            if (!afterName || !speechVerb(in.token(v))) {
                continue;
            }
            int at = v;
            if (tagged.stream().noneMatch(t -> t.contains(at))) {
                out.add(CueSpan.of(in, v, v + 1));
            }
        }
        return out;
    }
}
