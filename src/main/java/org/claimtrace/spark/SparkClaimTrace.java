package org.claimtrace.spark;

import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.claimtrace.ClaimTrace;
import org.claimtrace.ClaimTraceConfig;
import org.claimtrace.json.Json;
import org.claimtrace.model.DocumentResult;

import java.util.Iterator;

/**
 * The claimtrace pipeline as a Spark transformation: a {@code Dataset} of articles (see {@link ArticleRows}
 * for the columns) to a {@code Dataset} of results with the columns {@code id}, {@code status} and
 * {@code json}. The JSON is the CLI's, byte for byte: {@link Json#pretty} (a file of {@code --format json})
 * or {@link Json#compact} (a line of {@code --format jsonl}).
 *
 * <p>Only the {@link ClaimTraceConfig} travels with the tasks. Each partition runs through
 * {@code mapPartitions}: the executor's pipeline comes from {@link Pipelines} (built once per JVM, at first
 * use), and records are processed one at a time as the partition's iterator is consumed.
 *
 * <p>Unlike the CLI there is no per-document time budget: Spark's own task timeouts and retries apply.
 */
public final class SparkClaimTrace {
    /** The columns of a result dataset. */
    public static final StructType RESULT_SCHEMA = new StructType()
            .add("id", DataTypes.StringType, false)
            .add("status", DataTypes.StringType, false)
            .add("json", DataTypes.StringType, false);

    private SparkClaimTrace() {
    }

    /** Processes every article; {@code json} is pretty-printed, as in the CLI's per-document files. */
    public static Dataset<Row> process(Dataset<Row> articles, ClaimTraceConfig config) {
        return process(articles, config, true);
    }

    /**
     * Processes every article.
     *
     * @param pretty {@code true} for the CLI's per-document files, {@code false} for its JSONL lines
     */
    public static Dataset<Row> process(Dataset<Row> articles, ClaimTraceConfig config, boolean pretty) {
        ArticleRows.Columns columns = ArticleRows.columns(articles.schema());
        return articles.mapPartitions(new ProcessPartition(config, columns, pretty), Encoders.row(RESULT_SCHEMA));
    }

    /** One partition: the shipped configuration selects this JVM's pipeline; results stream out lazily. */
    private record ProcessPartition(ClaimTraceConfig config, ArticleRows.Columns columns, boolean pretty)
            implements MapPartitionsFunction<Row, Row> {
        @Override
        public Iterator<Row> call(Iterator<Row> rows) {
            return new Iterator<>() {
                private ClaimTrace pipeline;

                @Override
                public boolean hasNext() {
                    return rows.hasNext();
                }

                @Override
                public Row next() {
                    if (pipeline == null) {
                        pipeline = Pipelines.get(config);
                    }
                    DocumentResult r = pipeline.process(columns.article(rows.next()));
                    return RowFactory.create(r.id(), r.status().json(), pretty ? Json.pretty(r) : Json.compact(r));
                }
            };
        }
    }
}
