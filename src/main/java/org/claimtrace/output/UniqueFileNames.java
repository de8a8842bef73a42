package org.claimtrace.output;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Gives every id of an output directory its own file: {@link SafeFileNames#of} plus an extension, or, when
 * another id already holds that name, the same name with {@code -2}, {@code -3}, … before the extension (the
 * first free one). Names are compared ignoring case, so the files stay distinct on case-insensitive file
 * systems too, and names reserved by the sink itself ({@code index.html}) are never given to a document.
 *
 * <p>The mapping is injective, and deterministic: the same ids in the same order get the same names. A resumed
 * run first {@linkplain #claim claims} the names its manifest records, so a document keeps its file across
 * runs and a new document never takes another's.
 */
public final class UniqueFileNames {
    private final String extension;
    private final Map<String, String> byId = new HashMap<>();
    private final Map<String, String> owners = new HashMap<>();

    /**
     * @param extension appended to every name (".json")
     * @param reserved  file names no document may have
     */
    public UniqueFileNames(String extension, Set<String> reserved) {
        this.extension = extension;
        for (String r : reserved) {
            owners.put(key(r), null);
        }
    }

    /**
     * Gives {@code id} a file name recorded by an earlier run. Returns false, and gives nothing, when the id
     * already has a name or the name is held by another id or reserved.
     */
    public synchronized boolean claim(String id, String fileName) {
        if (byId.containsKey(id) || owners.containsKey(key(fileName)) || !isSafe(fileName)) {
            return false;
        }
        byId.put(id, fileName);
        owners.put(key(fileName), id);
        return true;
    }

    /** The file name of an id, given on first request. */
    public synchronized String of(String id) {
        String name = byId.get(id);
        if (name != null) {
            return name;
        }
        String base = SafeFileNames.of(id);
        name = base + extension;
        for (int n = 2; owners.containsKey(key(name)); n++) {
            name = base + "-" + n + extension;
        }
        byId.put(id, name);
        owners.put(key(name), id);
        return name;
    }

    private static String key(String fileName) {
        return fileName.toLowerCase(Locale.ROOT);
    }

    /** A name a manifest may give: one path element of safe characters, not hidden. */
    private boolean isSafe(String fileName) {
        return fileName != null && fileName.endsWith(extension) && fileName.matches("[A-Za-z0-9._-]+")
                && !fileName.startsWith(".");
    }
}
