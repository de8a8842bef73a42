package org.claimtrace.output.csv;

import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.claimtrace.model.DocumentResult;
import org.claimtrace.output.AtomicFiles;
import org.claimtrace.output.OutputFiles;
import org.claimtrace.output.OutputSink;
import org.claimtrace.output.OutputWriteException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Four CSV tables in one directory: {@value #DOCUMENTS}, {@value #ENTITIES}, {@value #MENTIONS} and
 * {@value #CLAIMS}, each with a header row, UTF-8, RFC 4180 quoting by Jackson's CSV module. Rows are
 * appended as each document is written, so a long batch can be read while it runs. A document's rows go into
 * all four tables or, when a write fails (a full disk), into none: every table is cut back to its last
 * complete document, so no table ends in a torn row.
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
    private final OutputFiles files;
    private final List<SeekableByteChannel> tables = new ArrayList<>();
    private final List<Class<?>> rowTypes = List.of(CsvRows.DocumentRow.class, CsvRows.EntityRow.class,
            CsvRows.MentionRow.class, CsvRows.ClaimRow.class);

    public CsvTablesSink(Path dir) {
        this(dir, OutputFiles.REAL);
    }

    /** The same through the given file operations (tests inject faults there). */
    public CsvTablesSink(Path dir, OutputFiles files) {
        this.dir = AtomicFiles.directory(dir);
        this.files = files;
        List<String> names = List.of(DOCUMENTS, ENTITIES, MENTIONS, CLAIMS);
        for (int i = 0; i < names.size(); i++) {
            open(names.get(i), rowTypes.get(i));
        }
    }

    /** The header schema of a row type. */
    public static CsvSchema schema(Class<?> rowType) {
        return MAPPER.schemaFor(rowType).withHeader();
    }

    private void open(String name, Class<?> rowType) {
        Path file = dir.resolve(name);
        try {
            SeekableByteChannel ch = files.open(file, true);
            tables.add(ch);
            // the header goes out now, so a table without rows still loads (pandas rejects an empty file)
            List<String> header = new ArrayList<>();
            schema(rowType).forEach(c -> header.add(c.getName()));
            OutputFiles.appendWhole(ch, MAPPER.writer(CsvSchema.emptySchema()).writeValueAsBytes(header));
        } catch (IOException e) {
            close();
            throw new OutputWriteException("cannot write " + file, e);
        }
    }

    /** The rows of a document in one table, as CSV bytes. */
    private static byte[] rows(Class<?> rowType, List<?> rows) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (SequenceWriter w = MAPPER.writer(schema(rowType).withoutHeader()).writeValues(b)) {
            w.writeAll(rows);
        }
        return b.toByteArray();
    }

    /** Writes the document's rows in all four tables, or, when a write fails, in none. */
    @Override
    public void write(DocumentResult result) {
        try {
            List<byte[]> records = List.of(
                    rows(rowTypes.get(0), List.of(CsvRows.document(result))),
                    rows(rowTypes.get(1), CsvRows.entities(result)),
                    rows(rowTypes.get(2), CsvRows.mentions(result)),
                    rows(rowTypes.get(3), CsvRows.claims(result)));
            OutputFiles.appendWhole(tables, records);
        } catch (IOException e) {
            throw new OutputWriteException("cannot write CSV tables to " + dir, e);
        }
    }

    @Override
    public String describe() {
        return dir.toString();
    }

    @Override
    public void close() {
        IOException first = null;
        for (SeekableByteChannel ch : tables) {
            try {
                ch.close();
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        tables.clear();
        if (first != null) {
            throw new OutputWriteException("cannot close CSV tables in " + dir, first);
        }
    }
}
