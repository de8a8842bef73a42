package org.claimtrace.resources;

import org.claimtrace.model.EntityType;
import org.claimtrace.pipeline.ModelLoadException;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Forced types for names the models type inconsistently, from {@code type-overrides.tsv}:
 * {@code name <TAB> TYPE [<TAB> subtype]}. A name is compared after {@link #normalize}. Immutable.
 */
public final class TypeOverrides {
    /** The forced type and optional subtype. */
    public record Override(EntityType type, String subtype) {
    }

    private final Map<String, Override> byName = new HashMap<>();

    public TypeOverrides(List<ModelFiles.Row> rows, String fileName) {
        for (ModelFiles.Row row : rows) {
            try {
                EntityType type = EntityType.valueOf(row.cell(1).toUpperCase(Locale.ROOT));
                byName.put(normalize(row.cell(0)), new Override(type, row.cell(2).isEmpty() ? null : row.cell(2)));
            } catch (IllegalArgumentException e) {
                throw new ModelLoadException(fileName + " line " + row.line() + ": unknown type '" + row.cell(1) + "'", e);
            }
        }
    }

    /** The override for a mention's text, or null. */
    public Override forName(String name) {
        return byName.get(normalize(name));
    }

    public int size() {
        return byName.size();
    }

    /** Lowercase, single spaces, curly apostrophes straightened, without a leading "the" or trailing "'s". */
    public static String normalize(String name) {
        String s = name.replace('’', '\'').replace('‘', '\'').strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        if (s.startsWith("the ")) {
            s = s.substring(4);
        }
        if (s.endsWith("'s")) {
            s = s.substring(0, s.length() - 2);
        }
        return s;
    }
}
