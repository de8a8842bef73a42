package org.claimtrace.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.claimtrace.ClaimTraceConfig;
import org.claimtrace.io.ArticleReader;
import org.claimtrace.io.IsoDates;
import org.claimtrace.pipeline.InputException;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code spark-submit} entry point:
 * <pre>
 * spark-submit --class org.claimtrace.spark.SparkMain --master local[2] --jars ... target/claimtrace.jar \
 *   --input samples/ --output out/ --format jsonl|parquet [--date YYYY-MM-DD]
 * </pre>
 * Writes {@code OUT/jsonl/part-*} (one compact JSON document per line, as the CLI's {@code --format jsonl}) or
 * the Parquet tables {@code OUT/documents}, {@code entities}, {@code mentions} and {@code claims}. Exit codes
 * as the CLI's: 0, 1 when some document failed, 2 for a usage error. Without a master (no spark-submit, no
 * {@code -Dspark.master}) it runs on {@code local[*]}.
 */
public final class SparkMain {
    private SparkMain() {
    }

    public static void main(String[] args) {
        int code = run(args, System.err);
        if (code != 0) {
            System.exit(code);
        }
    }

    /** Parsed options. */
    private static final class Options {
        final List<String> inputs = new ArrayList<>();
        String inputFormat = "files";
        String output;
        String format = "jsonl";
        LocalDate date;
        String models;
        boolean fineNer = false;
        int maxParseTokens = ClaimTraceConfig.DEFAULT_MAX_PARSE_TOKENS;
        long maxBytes = ArticleReader.DEFAULT_MAX_BYTES;
        int partitions;
    }

    static int run(String[] args, PrintStream err) {
        Options o;
        try {
            o = parse(args);
        } catch (IllegalArgumentException e) {
            err.println("claimtrace-spark: " + e.getMessage());
            err.println("usage: SparkMain --input PATH... --output DIR [--format jsonl|parquet] "
                    + "[--input-format files|jsonl|parquet|csv] [--date YYYY-MM-DD] [--models DIR] [--fine-ner] "
                    + "[--max-parse-tokens N] [--max-bytes N] [--partitions N]");
            return 2;
        }
        SparkConf conf = new SparkConf().setAppName("claimtrace");
        if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        if (conf.get("spark.master").startsWith("local") && !conf.contains("spark.driver.host")) {
            // local mode talks to itself only: keep it on loopback
            conf.set("spark.driver.host", "127.0.0.1").set("spark.driver.bindAddress", "127.0.0.1");
        }
        SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
        try {
            return process(spark, o, err);
        } catch (InputException | IllegalArgumentException e) {
            err.println("claimtrace-spark: " + e.getMessage());
            return 2;
        } finally {
            spark.stop();
        }
    }

    private static int process(SparkSession spark, Options o, PrintStream err) {
        long t0 = System.nanoTime();
        ClaimTraceConfig config = new ClaimTraceConfig(o.models, o.date, o.fineNer, o.maxParseTokens);
        Dataset<Row> articles = switch (o.inputFormat) {
            case "files" -> SparkInputs.files(spark, o.inputs, o.maxBytes, o.partitions);
            case "jsonl" -> SparkInputs.jsonl(spark, String.join(",", o.inputs), o.maxBytes);
            default -> SparkInputs.table(spark, o.inputFormat, String.join(",", o.inputs));
        };
        Dataset<Row> results = SparkClaimTrace.process(articles, config, false).persist(StorageLevel.MEMORY_AND_DISK());
        if (o.format.equals("jsonl")) {
            results.select("json").write().mode(SaveMode.Overwrite).text(o.output + "/jsonl");
        } else {
            ResultTables.writeParquet(results, o.output);
        }
        Map<String, Long> counts = new TreeMap<>();
        for (Row r : results.groupBy("status").count().collectAsList()) {
            counts.put(r.getString(0), r.getLong(1));
        }
        results.unpersist();
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        double seconds = (System.nanoTime() - t0) / 1e9;
        err.printf(Locale.ROOT, "documents: %d, %s, elapsed: %.1f s, documents/s: %.2f, output: %s%n", total,
                counts.toString().replaceAll("[{}]", "").replace("=", ": "), seconds, total / seconds, o.output);
        return counts.getOrDefault("failed", 0L) + counts.getOrDefault("timeout", 0L) > 0 ? 1 : 0;
    }

    private static Options parse(String[] args) {
        Options o = new Options();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--input", "-i" -> o.inputs.add(value(args, ++i, a));
                case "--input-format" -> o.inputFormat = oneOf(value(args, ++i, a), a, "files", "jsonl", "parquet", "csv");
                case "--output", "-o" -> o.output = value(args, ++i, a);
                case "--format", "-f" -> o.format = oneOf(value(args, ++i, a), a, "jsonl", "parquet");
                case "--date" -> {
                    o.date = IsoDates.parseLenient(value(args, ++i, a));
                    if (o.date == null) {
                        throw new IllegalArgumentException("--date: not a date: " + args[i]);
                    }
                }
                case "--models" -> o.models = value(args, ++i, a);
                case "--fine-ner" -> o.fineNer = true;
                case "--max-parse-tokens" -> o.maxParseTokens = positive(value(args, ++i, a), a);
                case "--max-bytes" -> o.maxBytes = positive(value(args, ++i, a), a);
                case "--partitions" -> o.partitions = positive(value(args, ++i, a), a);
                default -> throw new IllegalArgumentException("unknown option: " + a);
            }
        }
        if (o.inputs.isEmpty() || o.output == null) {
            throw new IllegalArgumentException("--input and --output are required");
        }
        return o;
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static String oneOf(String v, String option, String... allowed) {
        if (!List.of(allowed).contains(v)) {
            throw new IllegalArgumentException(option + ": one of " + String.join(", ", allowed) + ", not " + v);
        }
        return v;
    }

    private static int positive(String v, String option) {
        try {
            int n = Integer.parseInt(v);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(option + ": not a positive number: " + v);
    }
}
