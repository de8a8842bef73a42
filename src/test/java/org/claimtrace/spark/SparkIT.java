package org.claimtrace.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.claimtrace.ClaimTraceConfig;
import org.claimtrace.io.ArticleReader;
import org.claimtrace.json.Json;
import org.claimtrace.model.DocumentResult;
import org.claimtrace.testing.Golden;
import org.claimtrace.testing.Paths;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The Spark transformation on {@code local[2]} against the CLI's committed output for samples/: the same JSON,
 * byte for byte, and Parquet tables with the JSON's row counts.
 */
class SparkIT {
    private static SparkSession spark;

    @TempDir
    Path tmp;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("SparkIT")
                .config("spark.ui.enabled", false)
                // local mode stays on loopback: no traffic to the machine's other addresses
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", 2)
                .getOrCreate();
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void samplesGiveTheCliJsonAndParquetTables() throws IOException {
        // the golden files were written by `./claimtrace samples/` from the project root
        assertEquals(Paths.project().toAbsolutePath().normalize(), Path.of("").toAbsolutePath().normalize());
        Dataset<Row> results = SparkClaimTrace.process(
                SparkInputs.files(spark, List.of("samples/"), ArticleReader.DEFAULT_MAX_BYTES, 0),
                ClaimTraceConfig.defaults()).persist();
        Map<String, Row> byId = new TreeMap<>();
        results.collectAsList().forEach(r -> byId.put(r.getString(0), r));

        List<DocumentResult> golden = Golden.all();
        assertEquals(golden.stream().map(DocumentResult::id).sorted().toList(), List.copyOf(byId.keySet()));
        for (DocumentResult g : golden) {
            Row r = byId.get(g.id());
            assertEquals(Files.readString(Golden.dir().resolve(g.id() + ".json")), r.getString(2), g.id());
            assertEquals(g.status().json(), r.getString(1), g.id());
        }
        assertEquals(1, Pipelines.builds(), "one pipeline for the JVM, whatever the number of partitions");

        String out = tmp.resolve("tables").toString();
        ResultTables.writeParquet(results, out);
        results.unpersist();
        Map<String, Long> expected = Map.of(
                "documents", (long) golden.size(),
                "entities", golden.stream().mapToLong(d -> d.entities().size()).sum(),
                "mentions", golden.stream().flatMap(d -> d.entities().stream()).mapToLong(e -> e.mentions().size()).sum(),
                "claims", golden.stream().mapToLong(d -> d.claims().size()).sum());
        for (ResultTables t : ResultTables.values()) {
            Dataset<Row> read = spark.read().parquet(out + "/" + t.tableName());
            assertEquals(expected.get(t.tableName()), read.count(), t.tableName());
            assertEquals(t.schema().fieldNames()[0], "doc_id");
        }
        assertEquals(8, expected.get("documents"));
    }

    @Test
    void jsonlAndCsvInputsGiveTheSameDocuments() throws IOException {
        Dataset<Row> fromJsonl = SparkClaimTrace.process(
                SparkInputs.jsonl(spark, "samples/wire-stories.jsonl", ArticleReader.DEFAULT_MAX_BYTES),
                ClaimTraceConfig.defaults(), false);
        List<Row> rows = fromJsonl.collectAsList();
        assertEquals(2, rows.size());
        for (Row r : rows) {
            ObjectNode got = (ObjectNode) Json.MAPPER.readTree(r.getString(2));
            ObjectNode want = (ObjectNode) Json.MAPPER.readTree(Golden.dir().resolve(r.getString(0) + ".json").toFile());
            assertEquals(Path.of("samples/wire-stories.jsonl").toAbsolutePath().toString(), got.get("sourcePath").asText());
            got.remove("sourcePath");
            want.remove("sourcePath");
            assertEquals(want, got, r.getString(0));
        }

        // a CSV table with id, text and date: the text of a sample, dated by the table
        Path csv = tmp.resolve("articles.csv");
        String text = Files.readString(Path.of("samples/syria-russia-2025-10-15.txt"));
        Files.writeString(csv, "id,text,date\nsyria,\"" + text.replace("\"", "\"\"") + "\",2025-10-16\n");
        List<Row> fromCsv = SparkClaimTrace.process(SparkInputs.table(spark, "csv", csv.toString()),
                ClaimTraceConfig.defaults()).collectAsList();
        assertEquals(1, fromCsv.size());
        JsonNode doc = Json.MAPPER.readTree(fromCsv.get(0).getString(2));
        assertEquals("syria", doc.get("id").asText());
        assertEquals("ok", doc.get("status").asText());
        assertEquals(text, doc.get("text").asText());
        assertEquals("2025-10-16", doc.at("/documentDate/value").asText());
        JsonNode golden = Json.MAPPER.readTree(Golden.dir().resolve("syria-russia-2025-10-15.json").toFile());
        assertEquals(golden.get("entities").size(), doc.get("entities").size());
    }
}
