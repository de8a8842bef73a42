package org.claimtrace.resolve;

import org.claimtrace.model.Mention;
import org.claimtrace.model.Token;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The gender a person's first name gives: "Hillary Clinton" is female, "Donald Trump" male, so "she" after
 * both is Clinton. The names come from CoreNLP's models jar (its coreference name list,
 * {@value #RESOURCE}); a name the list gives both genders ("Jordan", "Pat") gives none. Only a name of two
 * words or more is read, so a surname alone ("James") is never taken for a first name.
 */
public final class FirstNameGender {
    static final String RESOURCE = "edu/stanford/nlp/models/dcoref/namegender.combine.txt";
    /** The values a correction may give, lower case. */
    public static final Set<String> GENDERS = Set.of("male", "female", "either");

    private final Map<String, PronounResolver.Gender> corrections;
    private final Set<String> ambiguous;

    private FirstNameGender(Map<String, PronounResolver.Gender> corrections, Set<String> ambiguous) {
        this.corrections = Map.copyOf(corrections);
        this.ambiguous = Set.copyOf(ambiguous);
    }

    /** CoreNLP's list as it is. */
    public static FirstNameGender standard() {
        return new FirstNameGender(Map.of(), Set.of());
    }

    /**
     * CoreNLP's list with the project's corrections: a name with "male" or "female" takes that gender, a name
     * with "either" takes none.
     */
    public static FirstNameGender withCorrections(Map<String, String> genderByName) {
        Map<String, PronounResolver.Gender> fixed = new HashMap<>();
        Set<String> either = new HashSet<>();
        genderByName.forEach((name, g) -> {
            String k = name.toLowerCase(Locale.ROOT);
            switch (g.toLowerCase(Locale.ROOT)) {
                case "male" -> fixed.put(k, PronounResolver.Gender.MALE);
                case "female" -> fixed.put(k, PronounResolver.Gender.FEMALE);
                case "either" -> either.add(k);
                default -> throw new IllegalArgumentException("first name '" + name + "': gender '" + g
                        + "' is not male, female or either");
            }
        });
        return new FirstNameGender(fixed, either);
    }

    /** The gender of the name's first word, or null. */
    PronounResolver.Gender of(List<Token> tokens, Mention name) {
        if (name.tokenEnd() - name.tokenBegin() < 2) {
            return null;
        }
        String first = tokens.get(name.tokenBegin()).text().toLowerCase(Locale.ROOT);
        if (ambiguous.contains(first)) {
            return null;
        }
        PronounResolver.Gender fixed = corrections.get(first);
        return fixed != null ? fixed : Names.BY_NAME.get(first);
    }

    /** The list, read once on first use; immutable. */
    private static final class Names {
        static final Map<String, PronounResolver.Gender> BY_NAME = load();

        private static Map<String, PronounResolver.Gender> load() {
            Map<String, PronounResolver.Gender> out = new HashMap<>();
            Set<String> both = new HashSet<>();
            InputStream in = FirstNameGender.class.getClassLoader().getResourceAsStream(RESOURCE);
            if (in == null) {
                return Map.of();
            }
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    String[] f = line.split("\t");
                    if (f.length != 2) {
                        continue;
                    }
                    PronounResolver.Gender g = f[1].equals("MALE") ? PronounResolver.Gender.MALE
                            : f[1].equals("FEMALE") ? PronounResolver.Gender.FEMALE : null;
                    String name = f[0].toLowerCase(Locale.ROOT);
                    PronounResolver.Gender before = g == null ? null : out.putIfAbsent(name, g);
                    if (before != null && before != g) {
                        both.add(name);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
            out.keySet().removeAll(both);
            return Map.copyOf(out);
        }
    }
}
