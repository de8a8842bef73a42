package org.claimtrace.spark;

import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.claimtrace.io.ArticleReader;
import org.claimtrace.io.InputFormat;
import org.claimtrace.io.InputSource;
import org.claimtrace.io.Inputs;
import org.claimtrace.model.Article;
import org.claimtrace.model.Problem;
import org.claimtrace.model.ProblemCode;
import org.claimtrace.pipeline.InputException;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;

/**
 * Article datasets ({@link ArticleRows}) from the inputs the CLI reads, and from tables.
 *
 * <ul>
 *   <li>{@link #files}: the CLI's inputs (files, directories, globs; text, HTML and JSONL), listed on the driver
 *       with the CLI's rules and read on the executors by the CLI's {@link ArticleReader}, so ids, titles, dates
 *       and source paths are the CLI's. The paths must be readable from every executor (local mode, or a file
 *       system mounted at the same path on every node).</li>
 *   <li>{@link #jsonl}: JSONL files on any file system Spark reads (HDFS, S3, ...), each line parsed with the
 *       CLI's JSONL rules; lines should carry an {@code id}.</li>
 *   <li>{@link #table}: Parquet or CSV (with a header) with the columns id, text and date, optionally title
 *       and url.</li>
 * </ul>
 */
public final class SparkInputs {
    private static final StructType SOURCES = new StructType()
            .add("path", DataTypes.StringType, false)
            .add("id", DataTypes.StringType, false)
            .add("format", DataTypes.StringType, true);

    private SparkInputs() {
    }

    /**
     * The articles of the CLI's inputs, in the CLI's order.
     *
     * @param partitions how many partitions (tasks) share the files; 0 for 16 per core of the cluster (small tasks even out the load)
     */
    public static Dataset<Row> files(SparkSession spark, List<String> inputs, long maxBytes, int partitions) {
        List<Row> sources = Inputs.expand(inputs).stream()
                .map(s -> RowFactory.create(s.path().toString(), s.idBase(),
                        s.format() == null ? null : s.format().name()))
                .toList();
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        int n = partitions > 0 ? partitions : 16 * jsc.defaultParallelism();
        n = Math.max(1, Math.min(n, sources.size()));
        return spark.createDataFrame(jsc.parallelize(sources, n), SOURCES)
                .mapPartitions(new ReadFiles(maxBytes), Encoders.row(ArticleRows.SCHEMA));
    }

    /** The articles of JSONL files (a file, directory or glob that Spark's text reader accepts). */
    public static Dataset<Row> jsonl(SparkSession spark, String path, long maxBytes) {
        return spark.read().text(path)
                .select(functions.col("value"), functions.input_file_name().as("file"))
                .mapPartitions(new ReadJsonlLines(maxBytes), Encoders.row(ArticleRows.SCHEMA));
    }

    /** A Parquet ({@code format} "parquet") or CSV ("csv", with a header row) table of articles. */
    public static Dataset<Row> table(SparkSession spark, String format, String path) {
        Dataset<Row> t = switch (format) {
            case "parquet" -> spark.read().parquet(path);
            case "csv" -> spark.read().option("header", true).option("multiLine", true)
                    .option("escape", "\"").csv(path);
            default -> throw new IllegalArgumentException("not a table format: " + format);
        };
        ArticleRows.columns(t.schema());
        return t;
    }

    /** Reads the listed sources with the CLI's reader, one article at a time. */
    private record ReadFiles(long maxBytes) implements MapPartitionsFunction<Row, Row> {
        @Override
        public Iterator<Row> call(Iterator<Row> sources) {
            ArticleReader reader = new ArticleReader(maxBytes);
            return new FlatIterator<>(sources, r -> {
                InputSource s = new InputSource(Path.of(r.getString(0)), r.getString(1),
                        r.isNullAt(2) ? null : InputFormat.valueOf(r.getString(2)));
                try {
                    return reader.read(s);
                } catch (InputException e) {
                    return List.of(Article.unreadable(s.idBase(), s.path().toString(),
                            new Problem("input", ProblemCode.IO_ERROR, e.getMessage()))).iterator();
                }
            });
        }
    }

    /** Parses each JSONL line on its own with the CLI's reader. */
    private record ReadJsonlLines(long maxBytes) implements MapPartitionsFunction<Row, Row> {
        @Override
        public Iterator<Row> call(Iterator<Row> lines) {
            ArticleReader reader = new ArticleReader(maxBytes);
            return new FlatIterator<>(lines, r -> {
                String file = r.getString(1);
                Path path = file.startsWith("file:") ? Path.of(URI.create(file)) : Path.of(file);
                String name = path.getFileName() == null ? "line" : path.getFileName().toString();
                int dot = name.lastIndexOf('.');
                InputSource s = new InputSource(path, dot > 0 ? name.substring(0, dot) : name, InputFormat.JSONL);
                byte[] line = r.getString(0).getBytes(StandardCharsets.UTF_8);
                return line.length == 0 ? Collections.emptyIterator() : reader.read(s, new ByteArrayInputStream(line));
            });
        }
    }

    /** Expands each input row into the articles it holds, lazily, as article rows. */
    private static final class FlatIterator<T> implements Iterator<Row> {
        interface Expand<T> {
            Iterator<Article> apply(T in);
        }

        private final Iterator<T> in;
        private final Expand<T> expand;
        private Iterator<Article> current = Collections.emptyIterator();

        FlatIterator(Iterator<T> in, Expand<T> expand) {
            this.in = in;
            this.expand = expand;
        }

        @Override
        public boolean hasNext() {
            while (!current.hasNext()) {
                if (current instanceof ArticleReader.ArticleIterator it) {
                    it.close();
                }
                if (!in.hasNext()) {
                    return false;
                }
                current = expand.apply(in.next());
            }
            return true;
        }

        @Override
        public Row next() {
            if (!hasNext()) {
                throw new java.util.NoSuchElementException();
            }
            return ArticleRows.toRow(current.next());
        }
    }
}
