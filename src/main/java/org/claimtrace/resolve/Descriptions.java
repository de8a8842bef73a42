package org.claimtrace.resolve;

import org.claimtrace.model.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;

/**
 * The words of a description ("the Trade and Industry Secretary", "Britain's biggest union"): its head
 * noun and its modifiers, lowercased, with "chief executive (officer)" read as "ceo".
 */
final class Descriptions {
    /** Modifiers that say nothing about which role it is: "the former commissioner" is still the commissioner. */
    static final Set<String> GENERIC = Set.of("the", "a", "an", "its", "their", "his", "her", "our", "this", "that",
            "former", "current", "new", "then", "outgoing", "incoming", "acting", "and", "'s", "’s", "'", "company",
            "firm", "s");
    private static final Set<String> STOPS = Set.of(",", "of", "for", "at", "in", "with", "who", "which", "that",
            "to", "on", "from", "(", ")", ":", ";", "--", "-", "said", "says");

    /** Head and modifiers of a description. */
    record Words(String head, List<String> modifiers) {
    }

    private Descriptions() {
    }

    /** The head is the last noun before a preposition, comma or relative pronoun; null when there is none. */
    static Words of(List<Token> tokens, int begin, int end) {
        List<String> words = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        for (int i = begin; i < end; i++) {
            Token t = tokens.get(i);
            String w = t.text().toLowerCase(Locale.ROOT);
            if (i > begin && STOPS.contains(w)) {
                break;
            }
            words.add(w);
            tags.add(t.pos() == null ? "" : t.pos());
        }
        normalizeTitles(words, tags);
        int h = words.size() - 1;
        while (h >= 0 && !tags.get(h).startsWith("NN")) {
            h--;
        }
        if (h < 0) {
            return null;
        }
        List<String> mods = new ArrayList<>();
        for (int i = 0; i < h; i++) {
            if (!GENERIC.contains(words.get(i))) {
                mods.add(words.get(i));
            }
        }
        return new Words(singular(words.get(h)), List.copyOf(mods));
    }

    /** Abbreviated titles written before a name, and the word a later description uses: "Vermont Sen. Bernie Sanders". */
    private static final Map<String, String> ABBREVIATED = Map.ofEntries(Map.entry("sen.", "senator"),
            Map.entry("gov.", "governor"), Map.entry("rep.", "representative"), Map.entry("gen.", "general"),
            Map.entry("lt.", "lieutenant"), Map.entry("sec.", "secretary"), Map.entry("pres.", "president"),
            Map.entry("atty.", "attorney"), Map.entry("supt.", "superintendent"), Map.entry("adm.", "admiral"),
            Map.entry("sgt.", "sergeant"), Map.entry("capt.", "captain"), Map.entry("col.", "colonel"),
            Map.entry("cmdr.", "commander"), Map.entry("insp.", "inspector"));

    /** "chief executive officer", "chief executive", "c.e.o." → "ceo"; "Sen." → "senator". */
    private static void normalizeTitles(List<String> words, List<String> tags) {
        for (int i = 0; i < words.size(); i++) {
            String full = ABBREVIATED.get(words.get(i));
            if (full != null) {
                words.set(i, full);
                tags.set(i, "NN");
            }
            if (words.get(i).equals("c.e.o.") || words.get(i).equals("c.e.o")) {
                words.set(i, "ceo");
            }
            if (words.get(i).equals("chief") && i + 1 < words.size() && words.get(i + 1).equals("executive")) {
                int drop = i + 2 < words.size() && words.get(i + 2).equals("officer") ? 2 : 1;
                for (int k = 0; k < drop; k++) {
                    words.remove(i + 1);
                    tags.remove(i + 1);
                }
                words.set(i, "ceo");
                tags.set(i, "NN");
            }
        }
    }

    static String singular(String w) {
        if (w.endsWith("ies") && w.length() > 4) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("s") && !w.endsWith("ss") && w.length() > 3) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    /** True when the description's modifiers are all among the role's (or generic): "the trade secretary". */
    static boolean fits(Words description, Words role, Set<String> entityWords) {
        if (!description.head().equals(role.head())) {
            return false;
        }
        for (String m : description.modifiers()) {
            if (!role.modifiers().contains(m) && !entityWords.contains(m)) {
                return false;
            }
        }
        return true;
    }

    /** An indefinite description ("a spokesman") introduces someone new. */
    static boolean indefinite(List<Token> tokens, int begin) {
        String w = tokens.get(begin).text().toLowerCase(Locale.ROOT);
        return w.equals("a") || w.equals("an") || w.equals("another") || w.equals("some") || w.equals("one");
    }
}
