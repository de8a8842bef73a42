package org.claimtrace.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.claimtrace.io.IsoDates;
import org.claimtrace.json.Json;
import org.claimtrace.model.Article;
import org.claimtrace.model.Problem;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Articles as Spark rows. Required columns: {@code id} and {@code text}; optional: {@code date} (an ISO
 * string or a date), {@code title}, {@code url}, {@code sourcePath}, {@code metadata} (a JSON object) and
 * {@code readError} (a JSON {@link Problem}: the input could not be read). Other columns are ignored.
 */
public final class ArticleRows {
    /** The columns, in the order of {@link #SCHEMA}. */
    public static final List<String> COLUMNS =
            List.of("id", "text", "date", "title", "url", "sourcePath", "metadata", "readError");

    /** The full article schema, as made by {@link SparkInputs#files}. */
    public static final StructType SCHEMA = new StructType(COLUMNS.stream()
            .map(c -> DataTypes.createStructField(c, DataTypes.StringType, !c.equals("id")))
            .toArray(org.apache.spark.sql.types.StructField[]::new));

    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {
    };

    private ArticleRows() {
    }

    /** A row of {@link #SCHEMA}. */
    public static Row toRow(Article a) {
        return RowFactory.create(a.id(), a.text(), a.date() == null ? null : a.date().toString(), a.title(), a.url(),
                a.sourcePath(), a.metadata().isEmpty() ? null : Json.compact(a.metadata()),
                a.readError() == null ? null : Json.compact(a.readError()));
    }

    /** Where each of {@link #COLUMNS} is in a schema (-1: absent); fails without id and text. */
    public static Columns columns(StructType schema) {
        List<String> names = Arrays.asList(schema.fieldNames());
        int[] at = COLUMNS.stream().mapToInt(names::indexOf).toArray();
        if (at[0] < 0 || at[1] < 0) {
            throw new IllegalArgumentException("articles need the columns id and text; these have " + names);
        }
        return new Columns(at);
    }

    /** Column positions of one input schema, shipped to executors. */
    public record Columns(int[] at) implements Serializable {
        private Object get(Row row, int column) {
            int i = at[column];
            return i < 0 || row.isNullAt(i) ? null : row.get(i);
        }

        private String string(Row row, int column) {
            Object v = get(row, column);
            return v == null ? null : v.toString();
        }

        /** The article of a row, with the CLI's rules for dates (an unparsable date is kept as metadata). */
        public Article article(Row row) {
            Object id = get(row, 0);
            if (id == null) {
                throw new IllegalArgumentException("an article row has no id: " + row);
            }
            String sourcePath = string(row, 5);
            String readError = string(row, 7);
            if (readError != null) {
                return Article.unreadable(id.toString(), sourcePath, parse(readError, Problem.class));
            }
            Map<String, Object> meta = new LinkedHashMap<>();
            String metaJson = string(row, 6);
            if (metaJson != null) {
                meta.putAll(parseMap(metaJson));
            }
            Object rawDate = get(row, 2);
            LocalDate date = date(rawDate);
            if (rawDate != null && date == null) {
                meta.put("date", rawDate.toString());
            }
            return new Article(id.toString(), string(row, 1), string(row, 3), date, string(row, 4), meta,
                    sourcePath, null);
        }
    }

    static LocalDate date(Object v) {
        if (v instanceof LocalDate d) {
            return d;
        } else if (v instanceof java.sql.Date d) {
            return d.toLocalDate();
        } else if (v instanceof java.sql.Timestamp t) {
            return t.toLocalDateTime().toLocalDate();
        } else if (v instanceof LocalDateTime t) {
            return t.toLocalDate();
        }
        return v == null ? null : IsoDates.parseLenient(v.toString());
    }

    private static <T> T parse(String json, Class<T> type) {
        try {
            return Json.MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a JSON " + type.getSimpleName() + ": " + json, e);
        }
    }

    private static Map<String, Object> parseMap(String json) {
        try {
            return Json.MAPPER.readValue(json, MAP);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("metadata is not a JSON object: " + json, e);
        }
    }
}
