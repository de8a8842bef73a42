package org.claimtrace.spark;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;

/**
 * Flat Java records (the CSV tables' rows) as Spark rows: one column per component, in order, named in
 * snake_case like the CSV headers.
 */
final class RecordRows {
    private RecordRows() {
    }

    static StructType schema(Class<? extends Record> type) {
        StructType schema = new StructType();
        for (RecordComponent c : type.getRecordComponents()) {
            schema = schema.add(snakeCase(c.getName()), sparkType(c.getType()), !c.getType().isPrimitive());
        }
        return schema;
    }

    static Row toRow(Record r) {
        RecordComponent[] cs = r.getClass().getRecordComponents();
        Object[] values = new Object[cs.length];
        for (int i = 0; i < cs.length; i++) {
            try {
                values[i] = cs[i].getAccessor().invoke(r);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + cs[i], e);
            }
        }
        return RowFactory.create(values);
    }

    static String snakeCase(String name) {
        StringBuilder b = new StringBuilder();
        for (char ch : name.toCharArray()) {
            if (Character.isUpperCase(ch)) {
                b.append('_').append(Character.toLowerCase(ch));
            } else {
                b.append(ch);
            }
        }
        return b.toString();
    }

    private static DataType sparkType(Class<?> t) {
        if (t == String.class) {
            return DataTypes.StringType;
        } else if (t == int.class || t == Integer.class) {
            return DataTypes.IntegerType;
        } else if (t == long.class || t == Long.class) {
            return DataTypes.LongType;
        } else if (t == double.class || t == Double.class) {
            return DataTypes.DoubleType;
        } else if (t == boolean.class || t == Boolean.class) {
            return DataTypes.BooleanType;
        }
        throw new IllegalArgumentException("no Spark column type for " + t);
    }
}
