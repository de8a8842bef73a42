package org.claimtrace.output;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The id → file name mapping is injective, within a run and across a resume that claims the manifest's names. */
class UniqueFileNamesTest {
    /** The ids of the probe: the first escapes to exactly the second. */
    static final String ESCAPED = "line1\nline2";
    static final String LITERAL = "line1_line2-683376e2";

    @Test
    void theProbesCollidingIdsGetDistinctFiles() {
        assertEquals(SafeFileNames.of(ESCAPED), SafeFileNames.of(LITERAL), "the base names do collide");
        UniqueFileNames names = new UniqueFileNames(".json", Set.of());
        String a = names.of(ESCAPED);
        String b = names.of(LITERAL);
        assertEquals("line1_line2-683376e2.json", a);
        assertEquals("line1_line2-683376e2-2.json", b);
        assertEquals(a, names.of(ESCAPED), "an id keeps its name");
        // in the other order, the other one gets the suffix: deterministic in input order
        UniqueFileNames reversed = new UniqueFileNames(".json", Set.of());
        assertEquals("line1_line2-683376e2.json", reversed.of(LITERAL));
        assertEquals("line1_line2-683376e2-2.json", reversed.of(ESCAPED));
    }

    @Test
    void namesDifferingOnlyInCaseAndReservedNamesAreAvoided() {
        UniqueFileNames names = new UniqueFileNames(".html", Set.of("index.html"));
        assertEquals("index-2.html", names.of("index"));
        assertEquals("Report.html", names.of("Report"));
        assertEquals("report-2.html", names.of("report"));
        assertEquals("report-2-2.html", names.of("report-2"), "a literal '-2' id does not take a given name");
    }

    @Test
    void aResumeKeepsTheManifestsNamesAndRefusesASecondOwner() {
        UniqueFileNames names = new UniqueFileNames(".json", Set.of());
        assertTrue(names.claim(LITERAL, "line1_line2-683376e2-2.json"));
        assertFalse(names.claim(ESCAPED, "line1_line2-683376e2-2.json"), "one file, one id");
        assertFalse(names.claim("x", "../evil.json"), "a manifest cannot send a document outside the directory");
        assertFalse(names.claim("y", ".hidden.json"));
        assertEquals("line1_line2-683376e2-2.json", names.of(LITERAL));
        assertEquals("line1_line2-683376e2.json", names.of(ESCAPED));
    }

    /** Ids made to collide: escapes, truncations, case variants, and ids equal to other ids' names. */
    static List<String> hostileIds(long seed, int n) {
        Random rnd = new Random(seed);
        String alphabet = "aAbB0_-.~/\\\n\t \u0000éß日\uD83D\uDE00";
        List<String> ids = new ArrayList<>();
        List<String> given = new ArrayList<>();
        while (ids.size() < n) {
            String id;
            switch (rnd.nextInt(6)) {
                case 0 -> id = given.isEmpty() ? "x" : given.get(rnd.nextInt(given.size())).replace(".json", "");
                case 1 -> id = ids.isEmpty() ? "Y" : ids.get(rnd.nextInt(ids.size())).toUpperCase(Locale.ROOT);
                case 2 -> id = "p".repeat(118 + rnd.nextInt(6)) + rnd.nextInt(3);
                case 3 -> id = ids.isEmpty() ? "z" : ids.get(rnd.nextInt(ids.size())) + "-" + (2 + rnd.nextInt(3));
                default -> {
                    StringBuilder sb = new StringBuilder();
                    int len = 1 + rnd.nextInt(8);
                    for (int i = 0; i < len; i++) {
                        sb.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0,
                                rnd.nextInt(alphabet.codePointCount(0, alphabet.length())))));
                    }
                    id = sb.toString();
                }
            }
            if (!ids.contains(id)) {
                ids.add(id);
                given.add(SafeFileNames.of(id) + ".json");
            }
        }
        return ids;
    }

    @RepeatedTest(5)
    void randomIdsNeverShareAFileWithinARunOrAcrossAResume(RepetitionInfo rep) {
        List<String> ids = hostileIds(rep.getCurrentRepetition() * 7919L, 3000);
        UniqueFileNames run = new UniqueFileNames(".json", Set.of());
        Map<String, String> names = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            String name = run.of(id);
            assertTrue(name.matches("[A-Za-z0-9._-]+\\.json") && !name.startsWith("."), name);
            assertTrue(name.length() <= SafeFileNames.MAX_LENGTH + 9 + 6 + ".json".length(), name);
            assertTrue(seen.add(name.toLowerCase(Locale.ROOT)), "two ids on " + name);
            names.put(id, name);
        }
        // deterministic: the same ids in the same order give the same names
        UniqueFileNames again = new UniqueFileNames(".json", Set.of());
        for (String id : ids) {
            assertEquals(names.get(id), again.of(id));
        }
        // a resume: the first run did half the ids; the second claims their names and names the rest
        UniqueFileNames resumed = new UniqueFileNames(".json", Set.of());
        int half = ids.size() / 2;
        for (String id : ids.subList(0, half)) {
            assertTrue(resumed.claim(id, names.get(id)));
        }
        Set<String> all = new HashSet<>();
        for (String id : ids.subList(0, half)) {
            assertEquals(names.get(id), resumed.of(id), "a resumed document keeps its file");
            all.add(names.get(id).toLowerCase(Locale.ROOT));
        }
        List<String> rest = new ArrayList<>(ids.subList(half, ids.size()));
        java.util.Collections.shuffle(rest, new Random(rep.getCurrentRepetition()));
        rest.add(0, "brand new");
        for (String id : rest) {
            assertTrue(all.add(resumed.of(id).toLowerCase(Locale.ROOT)), "a new document took another's file: " + id);
        }
        assertNotEquals(0, all.size());
    }
}
