package org.claimtrace.tools.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads resolution gold from the derived MEANTIME JSONL ({@code meantime_en_intra-doc.jsonl}, see
 * {@link MeantimeReader}): the PERSON and ORGANIZATION mentions of sentences 0&ndash;5 that are pronominal or
 * nominal and whose entity instance also has a named mention in the document.
 * <ul>
 *   <li>{@code syntactic_type} PRO is a pronoun; NOM and PRE.NOM are nominal; NAM and PRE.NAM are names.
 *       APP (a description with its name: "Apple CEO Steve Jobs"), CONJ, HLS ("the latter") and PTV are not
 *       scored.</li>
 *   <li>About 45% of the mentions (the airbus and gm topics) carry no {@code syntactic_type}. They are typed
 *       from their words: one word of {@link #PRONOUNS}, or a mention that opens with a relative pronoun (then
 *       its head), is a pronoun; a lone function word ("both", "what") is not scored; a mention whose head word (below) starts
 *       with a capital letter is a name; one with a lowercase head is nominal, unless it contains a comma or
 *       a capitalized word after its head (an apposition or a conjunction with a name, which is not scored).</li>
 *   <li>The head word: the last word before the first of ",", "(", "of", "who", "which", "that", "with",
 *       "in", "for", "to", "--", "based", "aged", "born", "such"; a trailing "'s" is skipped.</li>
 * </ul>
 * All offsets are code points; the file's offsets are checked as {@link MeantimeReader} does.
 */
public final class MeantimeMentions {
    static final Set<String> PRONOUNS = Set.of("he", "him", "his", "himself", "she", "her", "hers", "herself",
            "it", "its", "itself", "they", "them", "their", "theirs", "themselves", "we", "us", "our", "ours",
            "ourselves", "i", "me", "my", "mine", "myself", "you", "your", "who", "whom", "whose", "which", "that");
    private static final Set<String> HEAD_STOPS = Set.of(",", "(", "of", "who", "which", "that", "with", "in",
            "for", "to", "--", "based", "aged", "born", "such");
    /** Relative pronouns that open a mention annotated with its clause ("which had just exited bankruptcy"). */
    private static final Set<String> RELATIVES = Set.of("who", "whom", "whose", "which", "that");
    /** Words that head no description of their own ("both", "what"): such mentions are not scored. */
    private static final Set<String> FUNCTION_WORDS = Set.of("what", "both", "all", "each", "some", "another",
            "one", "those", "these", "this", "either", "neither", "none", "own", "latter", "former");
    private static final Map<String, String> TYPES = Map.of("PER", "PERSON", "ORG", "ORGANIZATION");
    private static final ObjectMapper JSON = new ObjectMapper();

    private MeantimeMentions() {
    }

    public static List<ResolutionGold> read(Path jsonl) throws IOException {
        Map<String, GoldDocument> texts = new HashMap<>();
        for (GoldDocument d : MeantimeReader.readNer(jsonl)) {
            texts.put(d.id(), d);
        }
        List<ResolutionGold> out = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isBlank()) {
                    JsonNode doc = JSON.readTree(line);
                    String id = doc.hasNonNull("doc_id") ? doc.get("doc_id").asText() : doc.path("doc_name").asText();
                    out.add(toGold(texts.get(id), doc));
                }
            }
        }
        return out;
    }

    /** The syntactic kind of a mention: "PRO", "NOM", "NAM" or another value that is not scored. */
    static String kindOf(String syntacticType, String text) {
        String st = syntacticType == null ? "" : syntacticType;
        switch (st) {
            case "PRO":
                return "PRO";
            case "NOM":
            case "PRE.NOM":
                return "NOM";
            case "NAM":
            case "PRE.NAM":
                return "NAM";
            case "":
                break;
            default:
                return st;
        }
        String[] words = text.strip().split("\\s+");
        String first = words[0].toLowerCase(Locale.ROOT);
        if (words.length == 1 && PRONOUNS.contains(first) || RELATIVES.contains(first)) {
            return "PRO";
        }
        if (words.length == 1 && FUNCTION_WORDS.contains(first)) {
            return "OTHER";
        }
        int head = headIndex(words);
        if (isCapitalized(words[head])) {
            return "NAM";
        }
        for (int i = head + 1; i < words.length; i++) {
            if (words[i].equals(",") || isCapitalized(words[i])) {
                return "APP";
            }
        }
        return "NOM";
    }

    /** Index of the head word among the mention's space-separated words. */
    static int headIndex(String[] words) {
        if (RELATIVES.contains(words[0].toLowerCase(Locale.ROOT))) {
            return 0;
        }
        int end = words.length;
        for (int i = 1; i < words.length; i++) {
            if (HEAD_STOPS.contains(words[i].toLowerCase(Locale.ROOT))) {
                end = i;
                break;
            }
        }
        int h = end - 1;
        while (h > 0 && (words[h].equals("'s") || words[h].equals("'") || words[h].equals("’s"))) {
            h--;
        }
        return h;
    }

    private static boolean isCapitalized(String w) {
        return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0));
    }

    private static ResolutionGold toGold(GoldDocument g, JsonNode doc) {
        String text = g.text();
        int regionEnd = g.scoredRegions().isEmpty() ? g.length() : g.scoredRegions().get(0)[1];
        Map<String, List<ResolutionGold.Span>> names = new HashMap<>();
        List<JsonNode> candidates = new ArrayList<>();
        for (JsonNode e : doc.path("entities")) {
            if (!e.hasNonNull("start") || !e.hasNonNull("end") || TYPES.get(e.path("type").asText()) == null) {
                continue;
            }
            ResolutionGold.Span s = span(text, e);
            if (s.end() > regionEnd) {
                continue;
            }
            String kind = kindOf(e.path("syntactic_type").isNull() ? null : e.path("syntactic_type").asText(),
                    e.path("text").asText());
            if (kind.equals("NAM")) {
                names.computeIfAbsent(e.path("entity_id").asText(), k -> new ArrayList<>()).add(s);
            } else if (kind.equals("PRO") || kind.equals("NOM")) {
                candidates.add(e);
            }
        }
        List<ResolutionGold.Mention> mentions = new ArrayList<>();
        for (JsonNode e : candidates) {
            List<ResolutionGold.Span> named = names.get(e.path("entity_id").asText());
            if (named == null) {
                continue;
            }
            ResolutionGold.Span s = span(text, e);
            String mentionText = CodePoints.substring(text, s.begin(), s.end());
            String kind = kindOf(e.path("syntactic_type").isNull() ? null : e.path("syntactic_type").asText(),
                    mentionText);
            mentions.add(new ResolutionGold.Mention(s, head(mentionText, s.begin()),
                    kind.equals("PRO") ? ResolutionGold.Kind.PRONOUN : ResolutionGold.Kind.NOMINAL,
                    TYPES.get(e.path("type").asText()), mentionText, named));
        }
        mentions.sort(Comparator.comparingInt((ResolutionGold.Mention m) -> m.span().begin())
                .thenComparingInt(m -> m.span().end()));
        return new ResolutionGold(g, mentions);
    }

    /** The head word's span, for a mention text starting at code point {@code begin}. */
    static ResolutionGold.Span head(String mentionText, int begin) {
        String[] words = mentionText.split(" ", -1);
        int h = headIndex(words);
        int offset = begin;
        for (int i = 0; i < h; i++) {
            offset += words[i].codePointCount(0, words[i].length()) + 1;
        }
        return new ResolutionGold.Span(offset, offset + words[h].codePointCount(0, words[h].length()));
    }

    private static ResolutionGold.Span span(String text, JsonNode n) {
        int start = n.get("start").asInt();
        int end = n.get("end").asInt();
        String expected = n.path("text").asText();
        if (CodePoints.hasSupplementary(text) && !(end <= CodePoints.length(text)
                && CodePoints.substring(text, start, end).equals(expected))) {
            start = CodePoints.fromUtf16(text, start);
            end = CodePoints.fromUtf16(text, end);
        }
        return new ResolutionGold.Span(start, end);
    }
}
