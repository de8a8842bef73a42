package org.claimtrace.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.types.StructType;
import org.claimtrace.json.Json;
import org.claimtrace.model.DocumentResult;
import org.claimtrace.output.csv.CsvRows;

import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Flat tables of results for SQL users, with the columns of the CLI's CSV tables ({@link CsvRows}): one row
 * per document, entity, mention or claim, joined on {@code doc_id} and {@code entity_id}.
 */
public enum ResultTables {
    DOCUMENTS(CsvRows.DocumentRow.class, d -> List.of(CsvRows.document(d))),
    ENTITIES(CsvRows.EntityRow.class, CsvRows::entities),
    MENTIONS(CsvRows.MentionRow.class, CsvRows::mentions),
    CLAIMS(CsvRows.ClaimRow.class, CsvRows::claims);

    private final Class<? extends Record> rowType;
    private final transient Function<DocumentResult, List<? extends Record>> rows;

    ResultTables(Class<? extends Record> rowType, Function<DocumentResult, List<? extends Record>> rows) {
        this.rowType = rowType;
        this.rows = rows;
    }

    /** The table's name, also its directory under the output: documents, entities, mentions, claims. */
    public String tableName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public StructType schema() {
        return RecordRows.schema(rowType);
    }

    /** This table from a result dataset of {@link SparkClaimTrace#process} (either JSON style). */
    public Dataset<Row> from(Dataset<Row> results) {
        int json = results.schema().fieldIndex("json");
        ResultTables table = this;
        FlatMapFunction<Row, Row> f = r -> table.rowsOf(r.getString(json));
        return results.flatMap(f, Encoders.row(schema()));
    }

    private Iterator<Row> rowsOf(String json) {
        DocumentResult d;
        try {
            d = Json.MAPPER.readValue(json, DocumentResult.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a claimtrace document: " + e.getOriginalMessage(), e);
        }
        return rows.apply(d).stream().map(RecordRows::toRow).iterator();
    }

    /** Writes the four tables as Parquet under {@code dir}/documents, entities, mentions and claims. */
    public static void writeParquet(Dataset<Row> results, String dir) {
        for (ResultTables t : values()) {
            t.from(results).write().mode(SaveMode.Overwrite).parquet(dir + "/" + t.tableName());
        }
    }
}
