package org.claimtrace.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.claimtrace.json.Json;
import org.claimtrace.model.Article;
import org.claimtrace.model.DependencyParse;
import org.claimtrace.model.DocumentDate;
import org.claimtrace.model.DateSource;
import org.claimtrace.model.Sentence;
import org.claimtrace.model.Token;
import org.claimtrace.pipeline.Doc;
import org.claimtrace.pipeline.EngineState;
import org.claimtrace.pipeline.Slot;
import org.claimtrace.pipeline.Stage;
import org.claimtrace.pipeline.StageCheck;
import org.claimtrace.pipeline.StageContractException;
import org.claimtrace.pipeline.StageException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The stage conformance harness, in the spirit of Lucene's BaseTokenStreamTestCase: a chain of real stages is run,
 * stage by stage, over many texts (random and hostile ones), and after every stage it checks that
 * <ul>
 *   <li>no exception escapes but the documented {@link StageException};</li>
 *   <li>the stage read only and wrote exactly the slots it declares ({@link StageCheck}), and changed no engine state
 *       it does not write (the engine state's fingerprint is compared before and after);</li>
 *   <li>every offset of every layer lies inside the text, in order, and every span's text is the text at its
 *       offsets; token indices agree with offsets; parse heads stay inside their sentence;</li>
 * </ul>
 * and, at the end, that the same text gives the same layers again, after other texts went through the stages
 * (no state leaks from one document to the next). Every stage runs on every text, even past a stage that would
 * make the pipeline skip the document. A breach fails with the stage, the text's number and the reason.
 */
public final class StageConformance {
    private final List<Stage> chain;
    private final Function<Object, String> fingerprint;
    private final Map<String, Integer> processed = new LinkedHashMap<>();

    /**
     * @param chain       the stages in pipeline order
     * @param fingerprint the contents of an engine state value, to see whether a stage changed it
     */
    public StageConformance(List<Stage> chain, Function<Object, String> fingerprint) {
        this.chain = List.copyOf(chain);
        this.fingerprint = fingerprint;
        chain.forEach(s -> processed.put(s.name(), 0));
    }

    /** How many texts each stage processed (was not skipped for a failed stage before it). */
    public Map<String, Integer> processed() {
        return processed;
    }

    /** Runs every check on every text; throws {@link AssertionError} at the first breach. */
    public void check(List<String> texts) {
        List<String> first = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            first.add(run(i, texts.get(i), true));
        }
        for (int i = texts.size() - 1; i >= 0; i--) {
            String again = run(i, texts.get(i), false);
            if (!again.equals(first.get(i))) {
                throw fail(i, texts.get(i), "the same text gave other layers on its second run:\n" + first.get(i)
                        + "\n---\n" + again);
            }
        }
    }

    private String run(int n, String text, boolean count) {
        LocalDate day = n % 3 == 0 ? null : LocalDate.of(2025, 10, 15);
        Doc doc = new Doc(Article.of("text-" + n, text), text,
                day == null ? DocumentDate.NONE : new DocumentDate(day, DateSource.OPTION, null));
        Set<Slot> failed = new HashSet<>();
        for (Stage stage : chain) {
            if (stage.reads().stream().anyMatch(failed::contains)) {
                failed.addAll(stage.writes());
                continue;
            }
            Map<Object, String> before = engineStates(doc);
            try {
                StageCheck.run(stage, doc);
            } catch (StageException e) {
                if (stage.essential()) {
                    break;
                }
                failed.addAll(stage.writes());
                continue;
            } catch (StageContractException e) {
                throw fail(n, text, e.getMessage());
            } catch (RuntimeException | Error e) {
                AssertionError error = fail(n, text, "stage '" + stage.name() + "' threw " + e);
                error.initCause(e);
                throw error;
            }
            if (count) {
                processed.merge(stage.name(), 1, Integer::sum);
            }
            for (Map.Entry<Object, String> e : before.entrySet()) {
                String after = fingerprint.apply(e.getKey());
                if (!writesStateHolding(stage, doc, e.getKey()) && !after.equals(e.getValue())) {
                    throw fail(n, text, "stage '" + stage.name() + "' changed an engine state it does not write: "
                            + firstDifference(e.getValue(), after));
                }
            }
            String broken = offsets(doc);
            if (broken != null) {
                throw fail(n, text, "after stage '" + stage.name() + "': " + broken);
            }
        }
        return layers(doc);
    }

    private Map<Object, String> engineStates(Doc doc) {
        Map<Object, String> out = new IdentityHashMap<>();
        for (EngineState<?> key : engineKeys()) {
            if (doc.has(key)) {
                Object value = doc.state(key);
                out.computeIfAbsent(value, fingerprint);
            }
        }
        return out;
    }

    private boolean writesStateHolding(Stage stage, Doc doc, Object value) {
        for (Slot s : stage.writes()) {
            if (s instanceof EngineState<?> key && doc.has(key) && doc.state(key) == value) {
                return true;
            }
        }
        return false;
    }

    private List<EngineState<?>> engineKeys() {
        List<EngineState<?>> keys = new ArrayList<>();
        for (Stage s : chain) {
            for (Slot slot : s.writes()) {
                if (slot instanceof EngineState<?> key && !keys.contains(key)) {
                    keys.add(key);
                }
            }
        }
        return keys;
    }

    /** The first broken offset invariant of the document's layers, or null. */
    static String offsets(Doc doc) {
        int length = doc.index().length();
        List<Token> tokens = doc.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.index() != i || t.begin() < 0 || t.end() > length || t.begin() >= t.end()
                    || i > 0 && t.begin() < tokens.get(i - 1).end()) {
                return "token " + i + " " + t + " is out of place in a text of " + length + " code points";
            }
        }
        for (Sentence s : doc.sentences()) {
            if (s.tokenBegin() < 0 || s.tokenEnd() > tokens.size() || s.tokenBegin() >= s.tokenEnd()
                    || s.begin() != tokens.get(s.tokenBegin()).begin() || s.end() != tokens.get(s.tokenEnd() - 1).end()) {
                return "sentence " + s + " does not match its tokens";
            }
        }
        for (DependencyParse p : doc.parses().values()) {
            for (int i = p.tokenBegin(); i < p.tokenEnd(); i++) {
                int head = p.head(i);
                if (head != -1 && !p.contains(head) || p.relation(i) == null) {
                    return "parse of sentence " + p.sentence() + ": token " + i + " has head " + head;
                }
            }
            if (p.tokenEnd() > tokens.size()) {
                return "parse of sentence " + p.sentence() + " runs past the tokens";
            }
        }
        ObjectNode layers = Json.MAPPER.createObjectNode();
        layers.set("mentions", Json.MAPPER.valueToTree(doc.nameMentions()));
        layers.set("timeExpressions", Json.MAPPER.valueToTree(doc.timeExpressions()));
        layers.set("entities", Json.MAPPER.valueToTree(doc.entities()));
        layers.set("claims", Json.MAPPER.valueToTree(doc.claims()));
        return spans(layers, doc, tokens, "");
    }

    /** Every object with begin, end and text in the tree: inside the text, and its text the text's. */
    private static String spans(JsonNode node, Doc doc, List<Token> tokens, String path) {
        if (node.isObject() && node.has("begin") && node.has("end") && node.hasNonNull("text")
                && node.get("begin").isInt() && node.get("end").isInt()) {
            int b = node.get("begin").asInt();
            int e = node.get("end").asInt();
            if (b < 0 || e > doc.index().length() || b > e) {
                return path + " " + node + ": offsets outside the text";
            }
            if (!doc.span(b, e).equals(node.get("text").asText())) {
                return path + " " + node + ": its text is not the text at its offsets, '" + doc.span(b, e) + "'";
            }
            if (node.has("tokenBegin") && node.has("tokenEnd")) {
                int tb = node.get("tokenBegin").asInt();
                int te = node.get("tokenEnd").asInt();
                if (tb >= 0 && (tb >= te || te > tokens.size() || tokens.get(tb).begin() != b
                        || tokens.get(te - 1).end() != e)) {
                    return path + " " + node + ": its token range does not match its offsets";
                }
            }
        }
        if (node.isContainerNode()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                String broken = spans(f.getValue(), doc, tokens, path + "." + f.getKey());
                if (broken != null) {
                    return broken;
                }
            }
            for (int i = 0; node.isArray() && i < node.size(); i++) {
                String broken = spans(node.get(i), doc, tokens, path + "[" + i + "]");
                if (broken != null) {
                    return broken;
                }
            }
        }
        return null;
    }

    /** Every layer of the document, as JSON. */
    private static String layers(Doc doc) {
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("language", doc.language());
        all.put("tokens", doc.tokens());
        all.put("sentences", doc.sentences());
        all.put("mentions", doc.nameMentions());
        all.put("timeExpressions", doc.timeExpressions());
        all.put("entities", doc.entities());
        all.put("parses", new TreeMap<>(doc.parses()));
        all.put("claims", doc.claims());
        all.put("problems", doc.problems());
        return Json.pretty(all);
    }

    private static String firstDifference(String before, String after) {
        String[] a = before.split("\n");
        String[] b = after.split("\n");
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            if (!a[i].equals(b[i])) {
                return "line " + i + " was\n" + a[i] + "\nand is\n" + b[i];
            }
        }
        return a.length + " lines became " + b.length;
    }

    private static AssertionError fail(int n, String text, String reason) {
        String shown = text.length() > 300 ? text.substring(0, 300) + "…" : text;
        return new AssertionError("text " + n + " " + Json.pretty(shown) + ": " + reason);
    }
}
