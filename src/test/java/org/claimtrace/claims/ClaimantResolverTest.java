package org.claimtrace.claims;

import org.claimtrace.model.Entity;
import org.claimtrace.model.EntityType;
import org.claimtrace.model.Mention;
import org.claimtrace.model.MentionKind;
import org.claimtrace.model.Token;
import org.claimtrace.resolve.EntityResolver;
import org.claimtrace.testing.TaggedTokens;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Claimant spans resolved on invented sentences, with entities from {@link EntityResolver}. */
class ClaimantResolverTest {
    private static final ClaimantResolver RESOLVER = new ClaimantResolver(Map.of());

    private static Mention name(List<Token> t, int from, int to, EntityType type) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            sb.append(i > from ? " " : "").append(t.get(i).text());
        }
        return new Mention(null, t.get(from).begin(), t.get(to - 1).end(), sb.toString(), t.get(from).sentence(),
                MentionKind.NAME, type, null, "corenlp", 0.9, from, to);
    }

    /** "name/kind" of the claimant whose source is tokens [begin, end) with head {@code head}. */
    private static String claimant(List<Token> t, List<Entity> es, int head, int begin, int end) {
        ClaimantResolver.Resolved r = RESOLVER.resolve(t, new MentionIndex(es), head, new int[] {begin, end});
        String n = r.entity() == null ? null
                : es.stream().filter(e -> e.id().equals(r.entity())).findFirst().orElseThrow().name();
        return n + "/" + r.kind();
    }

    @Test
    void titlesLearntFromTheDocumentNameTheClaimant() {
        // 0 Trade 1 and 2 Industry 3 Secretary 4 Patricia 5 Hewitt 6 spoke 7 . || 8 Richard 9 Thomas 10 , 11 the
        // 12 information 13 commissioner 14 , 15 agreed 16 . || 17 The 18 Trade 19 and 20 Industry 21 Secretary 22 said
        // 23 no 24 . || 25 The 26 information 27 commissioner 28 warned 29 .
        List<Token> t = TaggedTokens.of("Trade/NNP and/CC Industry/NNP Secretary/NNP Patricia/NNP Hewitt/NNP spoke/VBD ./. "
                + "|| Richard/NNP Thomas/NNP ,/, the/DT information/NN commissioner/NN ,/, agreed/VBD ./. "
                + "|| The/DT Trade/NNP and/CC Industry/NNP Secretary/NNP said/VBD no/DT ./. "
                + "|| The/DT information/NN commissioner/NN warned/VBD ./.");
        List<Entity> es = new EntityResolver().resolve(t, List.of(name(t, 0, 3, EntityType.ORGANIZATION),
                name(t, 4, 6, EntityType.PERSON), name(t, 8, 10, EntityType.PERSON),
                name(t, 18, 21, EntityType.ORGANIZATION)), List.of()).entities();
        assertEquals("Patricia Hewitt/nominal", claimant(t, es, 21, 17, 22));
        assertEquals("Richard Thomas/nominal", claimant(t, es, 27, 25, 28));
    }

    @Test
    void thePartyAndAnAppositionWithItsName() {
        List<Token> t = TaggedTokens.of("The/DT Labour/NNP party/NN met/VBD ./. || The/DT party/NN said/VBD no/DT ./. "
                + "|| Its/PRP$ chief/JJ executive/NN ,/, Karin/NNP Holm/NNP ,/, wrote/VBD ./. "
                + "|| A/DT Kremlin/NNP spokesman/NN said/VBD ./. || Karin/NNP Holm/NNP ,/, who/WP wrote/VBD ./.");
        List<Entity> es = new EntityResolver().resolve(t, List.of(name(t, 1, 2, EntityType.ORGANIZATION),
                name(t, 14, 16, EntityType.PERSON), name(t, 20, 21, EntityType.ORGANIZATION),
                name(t, 24, 26, EntityType.PERSON)), List.of()).entities();
        assertEquals("Labour/nominal", claimant(t, es, 6, 5, 7));
        assertEquals("Karin Holm/name", claimant(t, es, 12, 10, 16));
        assertEquals("Kremlin/unnamed", claimant(t, es, 21, 19, 22));
        assertEquals("Karin Holm/pronoun", claimant(t, es, 27, 27, 28));
    }
}
