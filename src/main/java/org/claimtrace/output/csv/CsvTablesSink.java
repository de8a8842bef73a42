package org.claimtrace.output.csv;

import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.claimtrace.model.DocumentResult;
import org.claimtrace.output.AtomicFiles;
import org.claimtrace.output.OutputSink;
import org.claimtrace.pipeline.ClaimTraceException;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Four CSV tables in one directory: {@value #DOCUMENTS}, {@value #ENTITIES}, {@value #MENTIONS} and
 * {@value #CLAIMS}, each with a header row, UTF-8, RFC 4180 quoting by Jackson's CSV module. Rows are
 * appended and flushed as each document is written, so a long batch can be read while it runs.
 * Every row starts with {@code doc_id}; the tables join on it and on {@code entity_id}.
 */
public final class CsvTablesSink implements OutputSink {
    public static final String DOCUMENTS = "documents.csv";
    public static final String ENTITIES = "entities.csv";
    public static final String MENTIONS = "mentions.csv";
    public static final String CLAIMS = "claims.csv";

    /** The mapper for the tables: snake_case columns in record order. */
    public static final CsvMapper MAPPER = CsvMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING) // quote only where CSV needs it
            .build();

    private final Path dir;
    private final List<SequenceWriter> writers = new ArrayList<>();
    private final SequenceWriter documents;
    private final SequenceWriter entities;
    private final SequenceWriter mentions;
    private final SequenceWriter claims;

    public CsvTablesSink(Path dir) {
        this.dir = AtomicFiles.directory(dir);
        documents = open(DOCUMENTS, CsvRows.DocumentRow.class);
        entities = open(ENTITIES, CsvRows.EntityRow.class);
        mentions = open(MENTIONS, CsvRows.MentionRow.class);
        claims = open(CLAIMS, CsvRows.ClaimRow.class);
    }

    /** The header schema of a row type. */
    public static CsvSchema schema(Class<?> rowType) {
        return MAPPER.schemaFor(rowType).withHeader();
    }

    private SequenceWriter open(String name, Class<?> rowType) {
        Path file = dir.resolve(name);
        try {
            BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
            // the header goes out now, so a table without rows still loads (pandas rejects an empty file)
            CsvSchema schema = schema(rowType);
            List<String> header = new ArrayList<>();
            schema.forEach(c -> header.add(c.getName()));
            w.write(MAPPER.writer(CsvSchema.emptySchema()).writeValueAsString(header));
            SequenceWriter sw = MAPPER.writer(schema.withoutHeader()).writeValues(w);
            writers.add(sw);
            return sw;
        } catch (IOException e) {
            close();
            throw new ClaimTraceException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void write(DocumentResult result) {
        try {
            documents.write(CsvRows.document(result));
            entities.writeAll(CsvRows.entities(result));
            mentions.writeAll(CsvRows.mentions(result));
            claims.writeAll(CsvRows.claims(result));
            for (SequenceWriter w : writers) {
                w.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write CSV tables to " + dir, e);
        }
    }

    @Override
    public String describe() {
        return dir.toString();
    }

    @Override
    public void close() {
        IOException first = null;
        for (SequenceWriter w : writers) {
            try {
                w.close();
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        writers.clear();
        if (first != null) {
            throw new UncheckedIOException("cannot close CSV tables in " + dir, first);
        }
    }
}
