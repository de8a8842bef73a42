package org.claimtrace.tools.eval;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.claimtrace.cli.CliCommand;
import org.claimtrace.cli.CliHelp;
import org.claimtrace.cli.Main;
import org.claimtrace.json.Json;
import org.claimtrace.model.Claim;
import org.claimtrace.model.DocumentResult;
import org.claimtrace.model.Entity;
import org.claimtrace.model.EntityType;
import org.claimtrace.model.MentionKind;
import org.claimtrace.model.Sentence;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * {@code claimtrace evaluate claimants --results DIR [--sample N] [--seed S] [--sheet FILE] [--verdicts FILE]}:
 * claimant resolution on claimtrace's own JSON results (one file per article). It counts the predicted claims by
 * claimant kind and, for the claims whose source is a pronoun or a description (kinds {@code pronoun} and
 * {@code nominal}), the share whose claimant resolves to a named entity: a PERSON, ORGANIZATION or LOCATION with at
 * least one {@link MentionKind#NAME} mention. {@code --sheet} writes a deterministic sample of those claims as TSV
 * for a human to check; {@code --verdicts} reads the verdicts back ({@code key<TAB>verdict}) and reports the
 * hand-checked accuracy, right / (right + wrong + missed), and the share that resolve when the article names the
 * referent, (right + wrong) / (right + wrong + missed); {@code unnamed-referent} and {@code not-a-claimant} are left
 * out of both.
 */
public final class ClaimantCheck extends CliCommand {
    /** The claimant kinds checked: a pronoun or a description of the source. */
    static final List<String> CHECKED_KINDS = List.of("pronoun", "nominal");
    static final List<String> KINDS = List.of("name", "pronoun", "nominal", "unnamed", "author", "none");
    static final List<String> VERDICTS = List.of("right", "wrong", "missed", "unnamed-referent", "not-a-claimant");
    static final int DEFAULT_SAMPLE = 120;
    static final long DEFAULT_SEED = 12;
    private static final Set<EntityType> NAMED_TYPES = Set.of(EntityType.PERSON, EntityType.ORGANIZATION,
            EntityType.LOCATION);
    private static final String NAME = "evaluate claimants";

    public ClaimantCheck(PrintStream out, PrintStream err) {
        super(out, err);
    }

    /** A checked claim: its key, where it is, and the entity its claimant resolves to (or null). */
    record Checked(String key, DocumentResult document, Claim claim, Entity entity) {
        boolean named() {
            return isNamed(entity);
        }
    }

    /** Claims of one kind (or of all checked kinds): how many, how many resolve to a named entity or to another. */
    record Share(String label, int claims, int named, int unnamedEntity) {
        int unresolved() {
            return claims - named - unnamedEntity;
        }

        double percent() {
            return claims == 0 ? 0 : 100.0 * named / claims;
        }
    }

    /** Verdicts counted by verdict, in {@link #VERDICTS} order. */
    record Verdicts(Map<String, Integer> counts) {
        int count(String verdict) {
            return counts.getOrDefault(verdict, 0);
        }

        /** right + wrong + missed: the claims whose referent the article names. */
        int scored() {
            return count("right") + count("wrong") + count("missed");
        }

        double accuracy() {
            return scored() == 0 ? 0 : 100.0 * count("right") / scored();
        }

        double resolvedShare() {
            return scored() == 0 ? 0 : 100.0 * (count("right") + count("wrong")) / scored();
        }
    }

    /** A bad input: the message is printed as is and the command exits with {@link Main#USAGE}. */
    static final class InputException extends Exception {
        InputException(String message) {
            super(message);
        }
    }

    private static Options options() {
        Options o = new Options();
        o.addOption(Option.builder().longOpt("results").hasArg().argName("DIR")
                .desc("claimtrace's JSON output, one file per article (./claimtrace --out DIR ...)").build());
        o.addOption(Option.builder().longOpt("sheet").hasArg().argName("FILE")
                .desc("write a sample of pronoun and nominal claims as TSV, for checking by hand").build());
        o.addOption(Option.builder().longOpt("sample").hasArg().argName("N")
                .desc("claims in the sheet (default " + DEFAULT_SAMPLE + ")").build());
        o.addOption(Option.builder().longOpt("seed").hasArg().argName("S")
                .desc("seed of the sample's shuffle (default " + DEFAULT_SEED + ")").build());
        o.addOption(Option.builder().longOpt("verdicts").hasArg().argName("FILE")
                .desc("TSV with a header 'key<TAB>verdict': " + String.join(", ", VERDICTS)).build());
        o.addOption(Option.builder("h").longOpt("help").desc("show this help").build());
        return o;
    }

    public int execute(String[] args) {
        CommandLine cl = parse(options(), args, NAME);
        if (cl == null) {
            return Main.USAGE;
        }
        if (cl.hasOption("help")) {
            CliHelp.print(out, "claimtrace " + NAME + " --results DIR [options]", "", options(), "");
            return Main.OK;
        }
        if (!cl.hasOption("results")) {
            err.println("claimtrace " + NAME + ": give --results DIR");
            return Main.USAGE;
        }
        Path dir = Path.of(cl.getOptionValue("results"));
        List<DocumentResult> docs;
        int sample;
        long seed;
        Verdicts verdicts = null;
        List<Checked> checked;
        try {
            sample = (int) number(cl, "sample", DEFAULT_SAMPLE, 1, Integer.MAX_VALUE);
            seed = number(cl, "seed", DEFAULT_SEED, Long.MIN_VALUE, Long.MAX_VALUE);
            docs = read(dir);
            checked = checked(docs);
            if (cl.hasOption("verdicts")) {
                verdicts = readVerdicts(Path.of(cl.getOptionValue("verdicts")), checked);
            }
        } catch (InputException e) {
            err.println("claimtrace " + NAME + ": " + e.getMessage());
            return Main.USAGE;
        }
        int claims = docs.stream().mapToInt(d -> claims(d).size()).sum();
        out.printf(Locale.ROOT, "# claimant resolution on %s: %d documents, %d claims%n%n", dir, docs.size(), claims);
        out.println("Claims by claimant kind:\n");
        out.println(kindsMarkdown(countKinds(docs)));
        out.println("Pronoun and description (nominal) claimants resolved to a named entity (PERSON, ORGANIZATION "
                + "or LOCATION with a named mention):\n");
        out.println(sharesMarkdown(shares(checked)));
        if (verdicts != null) {
            out.println("Hand-checked claims (" + cl.getOptionValue("verdicts") + "):\n");
            out.println(verdictsMarkdown(verdicts));
        }
        if (cl.hasOption("sheet")) {
            Path sheet = Path.of(cl.getOptionValue("sheet"));
            List<Checked> rows = sample(checked, sample, seed);
            try {
                writeSheet(sheet, rows);
            } catch (IOException e) {
                err.println("claimtrace " + NAME + ": cannot write " + sheet + ": " + e.getMessage());
                return Main.CANNOT_START;
            }
            out.printf(Locale.ROOT, "Sheet: %d of %d pronoun and nominal claims (seed %d) written to %s%n",
                    rows.size(), checked.size(), seed, sheet);
        }
        out.flush();
        return Main.OK;
    }

    /** The option's whole number in [min, max], or {@code fallback} when it is not given. */
    private static long number(CommandLine cl, String option, long fallback, long min, long max) throws InputException {
        String v = cl.getOptionValue(option);
        if (v == null) {
            return fallback;
        }
        try {
            long n = Long.parseLong(v.trim());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InputException("bad --" + option + " value '" + v + "': expected a whole number"
                + (min > Long.MIN_VALUE ? " from " + min + " to " + max : ""));
    }

    /** Reads every {@code *.json} file of {@code dir}, in file name order. */
    static List<DocumentResult> read(Path dir) throws InputException {
        if (!Files.isDirectory(dir)) {
            throw new InputException("no results directory " + dir);
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p))
                    .sorted().toList();
        } catch (IOException e) {
            throw new InputException("cannot list " + dir + ": " + e.getMessage());
        }
        if (files.isEmpty()) {
            throw new InputException("no .json results in " + dir);
        }
        List<DocumentResult> docs = new ArrayList<>();
        for (Path f : files) {
            DocumentResult d;
            try {
                d = Json.MAPPER.readValue(f.toFile(), DocumentResult.class);
            } catch (JsonProcessingException e) {
                JsonLocation at = e.getLocation();
                throw new InputException("cannot read " + f + ": " + e.getOriginalMessage().replaceAll("\\s+", " ")
                        + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"));
            } catch (IOException e) {
                throw new InputException("cannot read " + f + ": " + e.getMessage());
            }
            if (d == null || d.id() == null) {
                throw new InputException("cannot read " + f + ": not a claimtrace document (no id)");
            }
            docs.add(d);
        }
        return docs;
    }

    /** {@code <documentId>:<claimant.begin>-<claimant.end>:<cue.begin>}. */
    static String key(DocumentResult d, Claim c) {
        return d.id() + ":" + c.claimant().begin() + "-" + c.claimant().end() + ":" + c.cue().begin();
    }

    /** A PERSON, ORGANIZATION or LOCATION with at least one named mention; false for null. */
    static boolean isNamed(Entity e) {
        return e != null && NAMED_TYPES.contains(e.type()) && e.mentions() != null
                && e.mentions().stream().anyMatch(m -> m.kind() == MentionKind.NAME);
    }

    private static List<Claim> claims(DocumentResult d) {
        return d.claims() == null ? List.of() : d.claims();
    }

    /** Claims by claimant kind: the known kinds in {@link #KINDS} order, then any other in name order. */
    static Map<String, Integer> countKinds(List<DocumentResult> docs) {
        Map<String, Integer> other = new TreeMap<>();
        for (DocumentResult d : docs) {
            for (Claim c : claims(d)) {
                other.merge(String.valueOf(c.claimantKind()), 1, Integer::sum);
            }
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String k : KINDS) {
            counts.put(k, other.getOrDefault(k, 0));
            other.remove(k);
        }
        counts.putAll(other);
        return counts;
    }

    /** The pronoun and nominal claims, sorted by key; two claims with one key are an error. */
    static List<Checked> checked(List<DocumentResult> docs) throws InputException {
        Map<String, Checked> byKey = new TreeMap<>();
        for (DocumentResult d : docs) {
            Map<String, Entity> entities = new HashMap<>();
            if (d.entities() != null) {
                d.entities().forEach(e -> entities.put(e.id(), e));
            }
            for (Claim c : claims(d)) {
                if (!CHECKED_KINDS.contains(c.claimantKind()) || c.claimant() == null || c.cue() == null) {
                    continue;
                }
                String entity = c.claimant().entity();
                Checked ch = new Checked(key(d, c), d, c, entity == null ? null : entities.get(entity));
                if (byKey.put(ch.key(), ch) != null) {
                    throw new InputException("two claims have the key " + ch.key());
                }
            }
        }
        return List.copyOf(byKey.values());
    }

    /** One share per checked kind, then both together. */
    static List<Share> shares(List<Checked> checked) {
        List<Share> shares = new ArrayList<>();
        for (String kind : CHECKED_KINDS) {
            shares.add(share(kind, checked.stream().filter(c -> c.claim().claimantKind().equals(kind)).toList()));
        }
        shares.add(share("pronoun or nominal", checked));
        return shares;
    }

    private static Share share(String label, List<Checked> claims) {
        int named = (int) claims.stream().filter(Checked::named).count();
        int other = (int) claims.stream().filter(c -> c.entity() != null && !c.named()).count();
        return new Share(label, claims.size(), named, other);
    }

    /**
     * {@code n} claims chosen deterministically: sorted by key, shuffled with {@code new Random(seed)}, the first
     * {@code n} taken and sorted by key again. All of them when there are fewer.
     */
    static List<Checked> sample(List<Checked> checked, int n, long seed) {
        List<Checked> all = new ArrayList<>(checked);
        all.sort(Comparator.comparing(Checked::key));
        Collections.shuffle(all, new Random(seed));
        List<Checked> chosen = new ArrayList<>(all.subList(0, Math.min(n, all.size())));
        chosen.sort(Comparator.comparing(Checked::key));
        return chosen;
    }

    /** Writes the sheet: one row per claim with its resolution and context, and an empty verdict column. */
    static void writeSheet(Path file, List<Checked> rows) throws IOException {
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            w.print("key\tdocument\tclaimantKind\tclaimant\tentity\tentityName\taliases\tcue\tsentence\tcontext"
                    + "\tverdict\n");
            for (Checked c : rows) {
                Entity e = c.entity();
                w.print(String.join("\t", c.key(), c.document().id(), c.claim().claimantKind(),
                        cell(c.claim().claimant().text()), e == null ? "" : e.id(), e == null ? "" : cell(e.name()),
                        e == null || e.aliases() == null ? "" : cell(String.join("; ", e.aliases())),
                        cell(c.claim().cue().text()), Integer.toString(c.claim().sentence()),
                        cell(context(c.document(), c.claim().sentence())), "") + "\n");
            }
        }
    }

    /** The text of sentence {@code index} and of the two before it. */
    static String context(DocumentResult d, int index) {
        List<Sentence> sentences = d.sentences();
        if (d.text() == null || sentences == null || index < 0 || index >= sentences.size()) {
            return "";
        }
        Sentence first = sentences.get(Math.max(0, index - 2));
        return CodePoints.substring(d.text(), first.begin(), sentences.get(index).end());
    }

    private static String cell(String s) {
        return s == null ? "" : s.replaceAll("[\\t\\r\\n]", " ");
    }

    /**
     * Reads verdicts: a header with a {@code key} and a {@code verdict} column (so a filled-in sheet will do), then
     * one checked claim per line. A key that is not a pronoun or nominal claim of the results, a key given twice, an
     * unknown verdict, or right/wrong for a claimant that does not resolve to a named entity (missed for one that
     * does) is an error naming the line.
     */
    static Verdicts readVerdicts(Path file, List<Checked> checked) throws InputException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException("cannot read verdicts " + file + ": " + e.getMessage());
        }
        List<String> header = lines.isEmpty() ? List.of() : List.of(lines.get(0).split("\t", -1));
        int keyColumn = header.indexOf("key");
        int verdictColumn = header.indexOf("verdict");
        int entityNameColumn = header.indexOf("entityName"); // a filled-in sheet says whom the verdict was given for
        if (keyColumn < 0 || verdictColumn < 0) {
            throw new InputException(file + ": line 1: expected a header with the columns 'key' and 'verdict'");
        }
        Map<String, Checked> byKey = new HashMap<>();
        checked.forEach(c -> byKey.put(c.key(), c));
        Map<String, Integer> seen = new HashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        VERDICTS.forEach(v -> counts.put(v, 0));
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String at = file + ": line " + (i + 1) + ": ";
            String[] cols = line.split("\t", -1);
            if (cols.length <= Math.max(keyColumn, verdictColumn)) {
                throw new InputException(at + "expected " + header.size() + " tab-separated columns");
            }
            String key = cols[keyColumn].trim();
            String verdict = cols[verdictColumn].trim();
            Checked c = byKey.get(key);
            if (c == null) {
                throw new InputException(at + "unknown key '" + key
                        + "' (not a pronoun or nominal claim in the results)");
            }
            if (!VERDICTS.contains(verdict)) {
                throw new InputException(at + (verdict.isEmpty() ? "no verdict" : "unknown verdict '" + verdict + "'")
                        + " (expected " + String.join(", ", VERDICTS) + ")");
            }
            Integer before = seen.put(key, i + 1);
            if (before != null) {
                throw new InputException(at + "key " + key + " already has a verdict on line " + before);
            }
            boolean resolves = verdict.equals("right") || verdict.equals("wrong");
            if (resolves && !c.named() || verdict.equals("missed") && c.named()) {
                throw new InputException(at + "verdict '" + verdict + "' but the claimant "
                        + (c.named() ? "resolves to the named entity " + c.entity().id()
                        : "does not resolve to a named entity") + " in the results");
            }
            if (entityNameColumn >= 0 && entityNameColumn < cols.length) {
                String judged = cols[entityNameColumn].trim();
                String now = c.entity() == null ? "" : c.entity().name();
                if (!judged.equals(now)) {
                    throw new InputException(at + "the verdict was given for the claimant resolved to '" + judged
                            + "', but it now resolves to '" + now + "': judge it again");
                }
            }
            counts.merge(verdict, 1, Integer::sum);
        }
        return new Verdicts(counts);
    }

    static String kindsMarkdown(Map<String, Integer> counts) {
        StringBuilder sb = new StringBuilder("| claimant kind | claims |\n|---|---:|\n");
        counts.forEach((k, n) -> sb.append(String.format(Locale.ROOT, "| %s | %d |%n", k, n)));
        sb.append(String.format(Locale.ROOT, "| all | %d |%n",
                counts.values().stream().mapToInt(Integer::intValue).sum()));
        return sb.toString();
    }

    static String sharesMarkdown(List<Share> shares) {
        StringBuilder sb = new StringBuilder("| claimant kind | claims | to a named entity | share % "
                + "| to an entity without a name | unresolved |\n|---|---:|---:|---:|---:|---:|\n");
        for (Share s : shares) {
            sb.append(String.format(Locale.ROOT, "| %s | %d | %d | %.1f | %d | %d |%n", s.label(), s.claims(),
                    s.named(), s.percent(), s.unnamedEntity(), s.unresolved()));
        }
        return sb.toString();
    }

    static String verdictsMarkdown(Verdicts v) {
        StringBuilder sb = new StringBuilder("| verdict | claims |\n|---|---:|\n");
        v.counts().forEach((k, n) -> sb.append(String.format(Locale.ROOT, "| %s | %d |%n", k, n)));
        sb.append(String.format(Locale.ROOT, "| all | %d |%n%n",
                v.counts().values().stream().mapToInt(Integer::intValue).sum()));
        sb.append(String.format(Locale.ROOT,
                "Hand-checked accuracy, right / (right + wrong + missed): %d / %d = %.1f %%%n",
                v.count("right"), v.scored(), v.accuracy()));
        sb.append(String.format(Locale.ROOT, "Resolved when the article names the referent, (right + wrong) / "
                + "(right + wrong + missed): %d / %d = %.1f %%%n", v.count("right") + v.count("wrong"), v.scored(),
                v.resolvedShare()));
        if (v.scored() < 100) {
            sb.append(String.format(Locale.ROOT, "Note: %d scored claims; the requirement asks for at least 100%n",
                    v.scored()));
        }
        return sb.toString();
    }
}
