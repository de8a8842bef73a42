package org.claimtrace.resources;

import org.claimtrace.pipeline.ModelLoadException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Fine location labels (COUNTRY, STATE_OR_PROVINCE, CITY) by exact name, read from the KBP gazetteer that
 * ships in CoreNLP's models jar. It gives the subtypes that CoreNLP's fine-grained NER pass would, at the
 * cost of one hash look-up per location mention instead of a rule pass over every token. Entries that are
 * regular expressions rather than plain names are skipped. Immutable.
 */
public final class LocationSubtypes {
    public static final String RESOURCE = "/edu/stanford/nlp/models/kbp/english/gazetteers/regexner_caseless.tab";
    private static final Set<String> LABELS = Set.of("COUNTRY", "STATE_OR_PROVINCE", "CITY");
    private static final Map<String, Integer> RANK = Map.of("COUNTRY", 0, "STATE_OR_PROVINCE", 1, "CITY", 2);

    private final Map<String, String> byName;

    LocationSubtypes(Map<String, String> byName) {
        this.byName = Map.copyOf(byName);
    }

    public static LocationSubtypes load() {
        Map<String, String> out = new HashMap<>(1 << 20);
        try (InputStream in = LocationSubtypes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new ModelLoadException("CoreNLP's KBP gazetteer " + RESOURCE + " is not on the classpath", null);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
            String line;
            while ((line = r.readLine()) != null) {
                int t1 = line.indexOf('\t');
                int t2 = t1 < 0 ? -1 : line.indexOf('\t', t1 + 1);
                if (t2 < 0) {
                    continue;
                }
                String label = line.substring(t1 + 1, t2);
                String name = line.substring(0, t1);
                if (!LABELS.contains(label) || !isPlainName(name)) {
                    continue;
                }
                out.merge(name.toLowerCase(Locale.ROOT), label, (a, b) -> RANK.get(a) <= RANK.get(b) ? a : b);
            }
        } catch (IOException e) {
            throw new ModelLoadException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
        }
        return new LocationSubtypes(out);
    }

    private static boolean isPlainName(String s) {
        for (int i = 0; i < s.length(); i++) {
            if ("\\[](){}*+?|^$".indexOf(s.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** COUNTRY, STATE_OR_PROVINCE or CITY for a location name, or null. */
    public String of(String name) {
        return byName.get(name.strip().toLowerCase(Locale.ROOT));
    }

    public int size() {
        return byName.size();
    }
}
