package org.claimtrace.tools.eval;

import org.claimtrace.json.Json;
import org.claimtrace.model.Claim;
import org.claimtrace.model.DocumentResult;
import org.claimtrace.model.Entity;
import org.claimtrace.model.EntityType;
import org.claimtrace.model.Mention;
import org.claimtrace.model.MentionKind;
import org.claimtrace.model.Sentence;
import org.claimtrace.model.TextSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The claimant check on invented results written as JSON files. */
class ClaimantCheckTest {
    // invented article; its sentences span 0-25, 26-52 and 53-81
    private static final String TEXT = "Mara Quill met the board. She said rates would rise. The firm said it would wait.";

    @TempDir
    Path dir;

    /** e1 Mara Quill (named PERSON, also "She"), e2 only "it" (pronoun mentions), e3 "the board" never named. */
    private static DocumentResult doc(String id, List<Claim> claims) {
        Entity quill = new Entity("e1", EntityType.PERSON, null, "Mara Quill", List.of("Quill"), List.of(), null, 2, 0.5, 0.9,
                List.of(mention("m1", 0, 10, "Mara Quill", 0, MentionKind.NAME),
                        mention("m3", 26, 29, "She", 1, MentionKind.PRONOUN)));
        Entity it = new Entity("e2", EntityType.ORGANIZATION, null, "it", List.of(), List.of(), null, 1, 0.2, 0.5,
                List.of(mention("m4", 67, 69, "it", 2, MentionKind.PRONOUN)));
        List<Sentence> sentences = List.of(new Sentence(0, 0, 25, 0, 5), new Sentence(1, 26, 52, 5, 11),
                new Sentence(2, 53, 81, 11, 18));
        return new DocumentResult("1.0", id, null, null, null, Map.of(), null, null, null, List.of(), TEXT, sentences,
                List.of(), List.of(quill, it), List.of(), claims);
    }

    private static Mention mention(String id, int begin, int end, String text, int sentence, MentionKind kind) {
        return new Mention(id, begin, end, text, sentence, kind, EntityType.PERSON, null, "test", 1.0, 0, 1);
    }

    private static Claim claim(String kind, int begin, int end, String text, String entity, int cue, int sentence) {
        return new Claim(null, null, new TextSpan(begin, end, text, entity), kind, null, new Claim.Cue(cue, cue + 4, "said",
                "say"), null, null, List.of(), null, null, null, null, null, sentence, null, 0.5);
    }

    /** Two documents: a pronoun resolved to the named e1, a nominal resolved to the unnamed e2, one unresolved. */
    private void writeTwoDocuments() throws IOException {
        write(doc("a", List.of(
                claim("name", 0, 10, "Mara Quill", "e1", 11, 0),
                claim("pronoun", 26, 29, "She", "e1", 30, 1),
                claim("nominal", 53, 61, "The firm", "e2", 62, 2))));
        write(doc("b", List.of(
                claim("pronoun", 26, 29, "She", null, 30, 1),
                claim("author", 0, 0, "", null, 11, 0))));
    }

    private void write(DocumentResult d) throws IOException {
        Files.writeString(dir.resolve(d.id() + ".json"), Json.pretty(d));
    }

    @Test
    void countsKindsAndTheShareResolvedToANamedEntity() throws Exception {
        writeTwoDocuments();
        List<DocumentResult> docs = ClaimantCheck.read(dir);
        Map<String, Integer> kinds = ClaimantCheck.countKinds(docs);
        assertEquals(1, kinds.get("name"));
        assertEquals(2, kinds.get("pronoun"));
        assertEquals(1, kinds.get("nominal"));
        assertEquals(1, kinds.get("author"));
        assertEquals(0, kinds.get("none"));

        List<ClaimantCheck.Checked> checked = ClaimantCheck.checked(docs);
        assertEquals(List.of("a:26-29:30", "a:53-61:62", "b:26-29:30"),
                checked.stream().map(ClaimantCheck.Checked::key).toList());
        List<ClaimantCheck.Share> shares = ClaimantCheck.shares(checked);
        assertEquals(new ClaimantCheck.Share("pronoun", 2, 1, 0), shares.get(0));
        assertEquals(50.0, shares.get(0).percent(), 1e-9);
        assertEquals(1, shares.get(0).unresolved());
        // e2 has only a pronoun mention: resolved, but not to a named entity
        assertEquals(new ClaimantCheck.Share("nominal", 1, 0, 1), shares.get(1));
        assertEquals(new ClaimantCheck.Share("pronoun or nominal", 3, 1, 1), shares.get(2));
        assertEquals(100.0 / 3, shares.get(2).percent(), 1e-9);
    }

    @Test
    void anEntityWithoutANamedMentionIsNotNamed() {
        DocumentResult d = doc("a", List.of());
        assertTrue(ClaimantCheck.isNamed(d.entities().get(0)));
        assertFalse(ClaimantCheck.isNamed(d.entities().get(1)));
        assertFalse(ClaimantCheck.isNamed(null));
        Entity date = new Entity("t1", EntityType.DATE, null, "Monday", List.of(), List.of(), "2020-01-06", 1, 0, 1,
                List.of(mention("m9", 0, 6, "Monday", 0, MentionKind.NAME)));
        assertFalse(ClaimantCheck.isNamed(date));
    }

    @Test
    void verdictsGiveTheAccuracyAndTheShareResolved() throws Exception {
        List<DocumentResult> docs = new ArrayList<>();
        List<Claim> claims = new ArrayList<>();
        // ten pronoun claims on e1 (named), ten unresolved
        for (int i = 0; i < 20; i++) {
            claims.add(claim("pronoun", 26, 29, "She", i < 10 ? "e1" : null, 100 + i, 1));
        }
        docs.add(doc("a", claims));
        List<ClaimantCheck.Checked> checked = ClaimantCheck.checked(docs);
        StringBuilder tsv = new StringBuilder("key\tverdict\n");
        for (int i = 0; i < 20; i++) {
            String verdict = i < 6 ? "right" : i < 8 ? "wrong" : i < 10 ? "not-a-claimant" : i < 14 ? "missed"
                    : "unnamed-referent";
            tsv.append("a:26-29:").append(100 + i).append('\t').append(verdict).append('\n');
        }
        Path file = dir.resolve("verdicts.tsv");
        Files.writeString(file, tsv);
        ClaimantCheck.Verdicts v = ClaimantCheck.readVerdicts(file, checked);
        assertEquals(6, v.count("right"));
        assertEquals(2, v.count("wrong"));
        assertEquals(4, v.count("missed"));
        assertEquals(6, v.count("unnamed-referent"));
        assertEquals(2, v.count("not-a-claimant"));
        assertEquals(12, v.scored());
        assertEquals(50.0, v.accuracy(), 1e-9);
        assertEquals(100.0 * 8 / 12, v.resolvedShare(), 1e-9);
    }

    @Test
    void aVerdictGivenForAnotherResolutionIsRefused() throws Exception {
        DocumentResult d = doc("a", List.of(claim("pronoun", 26, 29, "She", "e1", 100, 1)));
        List<ClaimantCheck.Checked> checked = ClaimantCheck.checked(List.of(d));
        String name = d.entities().get(0).name();
        Path file = dir.resolve("verdicts.tsv");
        Files.writeString(file, "key\tentityName\tverdict\na:26-29:100\t" + name + "\tright\n");
        assertEquals(1, ClaimantCheck.readVerdicts(file, checked).count("right"));
        Files.writeString(file, "key\tentityName\tverdict\na:26-29:100\tSomeone Else\tright\n");
        ClaimantCheck.InputException e = assertThrows(ClaimantCheck.InputException.class,
                () -> ClaimantCheck.readVerdicts(file, checked));
        assertTrue(e.getMessage().contains("line 2") && e.getMessage().contains("judge it again"), e.getMessage());
    }

    @Test
    void anUnknownVerdictNamesItsLine() throws Exception {
        writeTwoDocuments();
        List<ClaimantCheck.Checked> checked = ClaimantCheck.checked(ClaimantCheck.read(dir));
        Path file = dir.resolve("verdicts.tsv");
        Files.writeString(file, "key\tverdict\na:26-29:30\tright\nb:26-29:30\tmaybe\n");
        ClaimantCheck.InputException e = assertThrows(ClaimantCheck.InputException.class,
                () -> ClaimantCheck.readVerdicts(file, checked));
        assertTrue(e.getMessage().contains("line 3"), e.getMessage());
        assertTrue(e.getMessage().contains("'maybe'"), e.getMessage());

        Files.writeString(file, "key\tverdict\nb:1-2:3\tright\n");
        e = assertThrows(ClaimantCheck.InputException.class, () -> ClaimantCheck.readVerdicts(file, checked));
        assertTrue(e.getMessage().contains("line 2: unknown key 'b:1-2:3'"), e.getMessage());
    }

    @Test
    void theSheetSampleIsDeterministicAndHasNRows() throws Exception {
        List<Claim> claims = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            claims.add(claim(i % 2 == 0 ? "pronoun" : "nominal", 26, 29, "She", "e1", 100 + i, 1));
        }
        write(doc("a", claims));
        Path one = dir.resolve("one.tsv");
        Path two = dir.resolve("two.tsv");
        Path other = dir.resolve("other.tsv");
        assertEquals(0, run("--results", dir.toString(), "--sample", "7", "--sheet", one.toString()));
        assertEquals(0, run("--results", dir.toString(), "--sample", "7", "--seed", "12", "--sheet", two.toString()));
        assertEquals(0, run("--results", dir.toString(), "--sample", "7", "--seed", "5", "--sheet", other.toString()));
        List<String> rows = Files.readAllLines(one);
        assertEquals(8, rows.size());
        assertEquals(rows, Files.readAllLines(two));
        assertNotEquals(keys(rows), keys(Files.readAllLines(other)));
        List<String> keys = keys(rows);
        assertEquals(keys.stream().sorted().toList(), keys);
        assertEquals(11, rows.get(0).split("\t", -1).length);
        String[] row = rows.get(1).split("\t", -1);
        assertEquals("e1", row[4]);
        assertEquals("Mara Quill", row[5]);
        // the sentence of the cue and the one before it (there is no second one before)
        assertEquals("Mara Quill met the board. She said rates would rise.", row[9]);
        assertEquals("", row[10]);
    }

    @Test
    void badInputFailsWithUsage() throws Exception {
        assertEquals(2, run("--results", dir.resolve("missing").toString()));
        assertEquals(2, run("--results", dir.toString()));
        Files.writeString(dir.resolve("broken.json"), "{\"id\": ");
        assertEquals(2, run("--results", dir.toString()));
        assertTrue(errors.toString(StandardCharsets.UTF_8).contains("broken.json"), errors.toString());
        Files.delete(dir.resolve("broken.json"));
        writeTwoDocuments();
        assertEquals(2, run("--results", dir.toString(), "--sample", "0"));
        assertEquals(2, run("--results", dir.toString(), "--sample", "many"));
        assertEquals(0, run("--results", dir.toString()));
        assertTrue(output.toString(StandardCharsets.UTF_8).contains("| pronoun or nominal | 3 | 1 | 33.3 | 1 | 1 |"),
                output.toString());
    }

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errors = new ByteArrayOutputStream();

    private int run(String... args) {
        return new ClaimantCheck(new PrintStream(output, true, StandardCharsets.UTF_8),
                new PrintStream(errors, true, StandardCharsets.UTF_8)).execute(args);
    }

    private static List<String> keys(List<String> rows) {
        return rows.stream().skip(1).map(r -> r.split("\t")[0]).toList();
    }
}
