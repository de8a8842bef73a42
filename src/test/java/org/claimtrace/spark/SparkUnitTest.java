package org.claimtrace.spark;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.claimtrace.model.Article;
import org.claimtrace.model.Problem;
import org.claimtrace.model.ProblemCode;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Spark glue that needs no Spark session: rows, schemas and options. */
class SparkUnitTest {
    @Test
    void articlesSurviveTheRowRoundTrip() {
        Article a = new Article("a1", "Text.", "Title", LocalDate.of(2025, 1, 2), "http://x", Map.of("n", 3),
                "in/a1.txt", null);
        Row row = ArticleRows.toRow(a);
        assertEquals(a, ArticleRows.columns(ArticleRows.SCHEMA).article(row));
        Article bad = Article.unreadable("b", "in/b.txt", new Problem("input", ProblemCode.INVALID_UTF8, "not UTF-8"));
        assertEquals(bad, ArticleRows.columns(ArticleRows.SCHEMA).article(ArticleRows.toRow(bad)));
    }

    @Test
    void tableRowsNeedOnlyIdAndTextAndKeepAnUnparsableDateAsMetadata() {
        StructType schema = new StructType().add("text", DataTypes.StringType).add("id", DataTypes.StringType)
                .add("date", DataTypes.StringType);
        Article a = ArticleRows.columns(schema).article(RowFactory.create("Body.", "x", "someday"));
        assertEquals("x", a.id());
        assertNull(a.date());
        assertEquals(Map.of("date", "someday"), a.metadata());
        assertThrows(IllegalArgumentException.class,
                () -> ArticleRows.columns(new StructType().add("id", DataTypes.StringType)));
    }

    @Test
    void tablesHaveTheCsvColumnsInSnakeCase() {
        StructType documents = ResultTables.DOCUMENTS.schema();
        assertEquals("doc_id", documents.fieldNames()[0]);
        assertTrue(documents.getFieldIndex("language_confidence").isDefined());
        assertEquals(DataTypes.IntegerType, documents.apply("text_length").dataType());
        assertEquals("claimant_entity_id", ResultTables.CLAIMS.schema().fieldNames()[4]);
    }

    @Test
    void usageErrorsExitWith2BeforeSparkStarts() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(err, true, StandardCharsets.UTF_8);
        assertEquals(2, SparkMain.run(new String[]{"--input", "samples"}, ps));
        assertEquals(2, SparkMain.run(new String[]{"--input", "x", "--output", "o", "--format", "xml"}, ps));
        assertEquals(2, SparkMain.run(new String[]{"--input", "x", "--output", "o", "--date", "soon"}, ps));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--format: one of jsonl, parquet"));
    }
}
