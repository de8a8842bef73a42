package org.claimtrace.stages;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.CoreMap;
import org.claimtrace.ClaimTraceConfig;
import org.claimtrace.engine.corenlp.ArcStandardParser;
import org.claimtrace.engine.corenlp.CoreNlpDoc;
import org.claimtrace.engine.corenlp.NeuralParserWeights;
import org.claimtrace.model.Article;
import org.claimtrace.model.DependencyParse;
import org.claimtrace.model.DocumentDate;
import org.claimtrace.model.Sentence;
import org.claimtrace.pipeline.Doc;
import org.claimtrace.pipeline.Stage;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The parse stage's trees against CoreNLP's own {@code DependencyParser.predict}, with the real model, on every
 * sentence of the sample articles and, when {@code ../shared/eval} is present, of the Wikinews articles: the
 * same head and the same relation for every token.
 */
class ParserEquivalenceIT {

    @Test
    void theParseStageGivesCoreNlpsTreesOnRealSentences() throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("samples"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        String shared = System.getProperty("claimtrace.shared");
        Path wikinews = (shared != null ? Path.of(shared) : Path.of("..", "shared"))
                .resolve("eval").resolve("wikinews").resolve("wikinews_sum");
        boolean withWikinews = Files.isDirectory(wikinews);
        if (withWikinews) {
            try (Stream<Path> files = Files.list(wikinews)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    texts.add(Files.readString(f, StandardCharsets.UTF_8));
                }
            }
        }
        List<Stage> chain = StandardStages.build(null, false, ClaimTraceConfig.DEFAULT_MAX_PARSE_TOKENS);
        List<Stage> upToTags = chain.subList(0, chain.indexOf(chain.stream()
                .filter(s -> s.name().equals("pos-lemma")).findFirst().orElseThrow()) + 1);
        Properties props = new Properties();
        props.setProperty("numCached", "1000");
        DependencyParser coreNlp = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, props);
        // claimtrace's side loads as the parse stage does: without CoreNLP's precomputed table
        Properties lazy = new Properties();
        lazy.setProperty("numCached", "1000");
        lazy.setProperty("numPreComputed", "0");
        NeuralParserWeights weights = NeuralParserWeights.of(DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, lazy));
        ArcStandardParser ours = new ArcStandardParser(weights, ParseStage.CACHE_SLOTS);

        int sentences = 0;
        int tokens = 0;
        for (int d = 0; d < texts.size(); d++) {
            String text = texts.get(d);
            Doc doc = new Doc(Article.of("doc-" + d, text), text, DocumentDate.NONE);
            for (Stage s : upToTags) {
                s.process(doc);
            }
            List<CoreMap> all = doc.<CoreNlpDoc>state(CoreNlpDoc.TAGGED).annotation()
                    .get(CoreAnnotations.SentencesAnnotation.class);
            for (Sentence s : doc.sentences()) {
                if (s.tokenEnd() - s.tokenBegin() > ClaimTraceConfig.DEFAULT_MAX_PARSE_TOKENS) {
                    continue;
                }
                CoreMap sentence = all.get(s.index());
                DependencyParse expected = reference(coreNlp.predict(sentence), s);
                DependencyParse actual = ParseStage.parse(ours, sentence, s);
                String where = "document " + d + ", sentence " + s.index() + "; CoreNLP's own tree: " + rawTree(coreNlp, sentence);
                assertArrayEquals(expected.heads(), actual.heads(), where);
                assertArrayEquals(expected.relations(), actual.relations(), where);
                sentences++;
                tokens += actual.heads().length;
            }
        }
        assertTrue(sentences > (withWikinews ? 1000 : 60), "sentences compared: " + sentences);
        assertTrue(tokens > sentences * 10, "tokens compared: " + tokens);
        assertEquals(2, Arrays.stream(ours.cacheCounts()).filter(c -> c > 0).count(), "the slice cache was used");
        assertTrue(weights.rowsComputed() > 1000 && weights.rowsComputed() < 99_990,
                "precomputed rows computed on demand: " + weights.rowsComputed());
    }

    /** CoreNLP's transition-system output before it becomes a GrammaticalStructure, for the failure message. */
    private static String rawTree(DependencyParser parser, CoreMap sentence) {
        try {
            java.lang.reflect.Method m = DependencyParser.class.getDeclaredMethod("predictInner", CoreMap.class);
            m.setAccessible(true);
            Object tree = m.invoke(parser, sentence);
            java.lang.reflect.Field size = tree.getClass().getDeclaredField("n");
            java.lang.reflect.Method head = tree.getClass().getDeclaredMethod("getHead", int.class);
            java.lang.reflect.Method label = tree.getClass().getDeclaredMethod("getLabel", int.class);
            size.setAccessible(true);
            head.setAccessible(true);
            label.setAccessible(true);
            StringBuilder b = new StringBuilder();
            for (int i = 1; i <= size.getInt(tree); i++) {
                b.append(' ').append(head.invoke(tree, i)).append('/').append(label.invoke(tree, i));
            }
            return b.toString();
        } catch (ReflectiveOperationException e) {
            return e.toString();
        }
    }

    /** CoreNLP's parse in the document's token indices, as the parse stage read it before it had its own parser. */
    private static DependencyParse reference(GrammaticalStructure g, Sentence s) {
        int n = s.tokenEnd() - s.tokenBegin();
        int[] heads = new int[n];
        String[] rels = new String[n];
        Arrays.fill(heads, -1);
        Arrays.fill(rels, "dep");
        for (TypedDependency d : g.typedDependencies()) {
            int dep = d.dep().index() - 1;
            int gov = d.gov().index() - 1;
            if (dep < 0 || dep >= n) {
                continue;
            }
            if (gov < 0) {
                rels[dep] = "root";
            } else {
                heads[dep] = s.tokenBegin() + gov;
                rels[dep] = d.reln().toString();
            }
        }
        return new DependencyParse(s.index(), s.tokenBegin(), heads, rels);
    }
}
