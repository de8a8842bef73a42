package org.claimtrace.aggregate;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.claimtrace.json.Json;
import org.claimtrace.model.DocumentResult;
import org.claimtrace.output.AtomicFiles;
import org.claimtrace.output.csv.CsvTablesSink;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** Reads a batch's output directory and writes the aggregate's files. */
public final class BatchFiles {
    public static final String AGGREGATE_JSON = "aggregate.json";
    public static final String EDGES_CSV = "edges.csv";

    private BatchFiles() {
    }

    /**
     * Every document in the {@code .json} and {@code .jsonl} files directly inside {@code dir}, in file name
     * order. Files that are not claimtrace documents are reported to {@code warn} and skipped.
     */
    public static List<DocumentResult> read(Path dir, Consumer<String> warn) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".json") || p.toString().endsWith(".jsonl")).sorted().toList();
        }
        List<DocumentResult> docs = new ArrayList<>();
        for (Path f : files) {
            try (MappingIterator<DocumentResult> it = Json.MAPPER.readerFor(DocumentResult.class).readValues(f.toFile())) {
                while (it.hasNext()) {
                    DocumentResult d = it.next();
                    if (d.id() == null || d.schemaVersion() == null) {
                        warn.accept(f + ": not a claimtrace document, skipped");
                    } else {
                        docs.add(d);
                    }
                }
            } catch (IOException | RuntimeException e) {
                warn.accept(f + ": cannot read (" + e.getMessage().lines().findFirst().orElse("") + "), skipped");
            }
        }
        return docs;
    }

    /** Writes {@value #AGGREGATE_JSON} and {@value #EDGES_CSV} into {@code out}. */
    public static void write(Aggregator aggregator, Path out) throws IOException {
        AtomicFiles.directory(out);
        AtomicFiles.write(out.resolve(AGGREGATE_JSON), Json.pretty(aggregator.aggregate()));
        CsvSchema schema = CsvTablesSink.schema(Aggregator.Edge.class);
        ObjectWriter w = CsvTablesSink.MAPPER.writer(schema);
        String csv = aggregator.edges().isEmpty()
                ? CsvTablesSink.MAPPER.writer(CsvSchema.emptySchema()).writeValueAsString(
                        schema.getColumnNames())
                : w.writeValueAsString(aggregator.edges());
        AtomicFiles.write(out.resolve(EDGES_CSV), csv);
    }
}
