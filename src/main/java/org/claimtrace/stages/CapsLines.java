package org.claimtrace.stages;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Headlines, datelines and results tables set in capitals ("SOCCER - JAPAN GET LUCKY WIN") defeat a
 * case-sensitive CRF: nothing in them looks like a name. For the NER pass only, the words of such a
 * sentence are shown to the tagger in title case ("Japan", "Al-Ain"); words of up to three letters stay as they
 * are, as they are mostly acronyms ("EU", "UN"). The tagger reads a view of the document in which such sentences
 * are copies ({@link #forTagger}); its tags are then handed to the document's own tokens ({@link #copyBack}), whose
 * words never change. Offsets, and so the mention text, come from the original document.
 */
final class CapsLines {
    /** A sentence is set in capitals when it has at least this many words of two letters or more, all upper case. */
    static final int MIN_WORDS = 3;

    private CapsLines() {
    }

    /**
     * The document as the tagger should see it: {@code document} itself when no sentence is set in capitals, else
     * a view with the same annotations in which every such sentence, and its tokens, are title-cased copies.
     */
    static Annotation forTagger(Annotation document) {
        List<CoreMap> sentences = document.get(CoreAnnotations.SentencesAnnotation.class);
        Map<CoreLabel, CoreLabel> copies = new IdentityHashMap<>();
        List<CoreMap> viewSentences = new ArrayList<>(sentences.size());
        for (CoreMap s : sentences) {
            List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
            if (!allCaps(labels)) {
                viewSentences.add(s);
                continue;
            }
            List<CoreLabel> copied = new ArrayList<>(labels.size());
            for (CoreLabel t : labels) {
                CoreLabel c = new CoreLabel(t);
                if (letters(t.word()) > 3 && isUpper(t.word())) {
                    c.setWord(title(t.word()));
                }
                copies.put(t, c);
                copied.add(c);
            }
            CoreMap copy = new ArrayCoreMap(s);
            copy.set(CoreAnnotations.TokensAnnotation.class, copied);
            viewSentences.add(copy);
        }
        if (copies.isEmpty()) {
            return document;
        }
        Annotation view = new Annotation(document);
        List<CoreLabel> tokens = new ArrayList<>();
        for (CoreLabel t : document.get(CoreAnnotations.TokensAnnotation.class)) {
            tokens.add(copies.getOrDefault(t, t));
        }
        view.set(CoreAnnotations.TokensAnnotation.class, tokens);
        view.set(CoreAnnotations.SentencesAnnotation.class, viewSentences);
        return view;
    }

    /**
     * After the tagger has annotated {@code view}: every annotation it set on a copied token or sentence goes to
     * the document's own, except the (title-cased) words and the copies' token lists, and the document gets the
     * view's entity mentions. Nothing to do when the view is the document.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static void copyBack(Annotation view, Annotation document) {
        if (view == document) {
            return;
        }
        List<CoreMap> own = document.get(CoreAnnotations.SentencesAnnotation.class);
        List<CoreMap> seen = view.get(CoreAnnotations.SentencesAnnotation.class);
        for (int si = 0; si < own.size(); si++) {
            CoreMap copy = seen.get(si);
            if (copy == own.get(si)) {
                continue;
            }
            List<CoreLabel> ownTokens = own.get(si).get(CoreAnnotations.TokensAnnotation.class);
            List<CoreLabel> copiedTokens = copy.get(CoreAnnotations.TokensAnnotation.class);
            for (int ti = 0; ti < ownTokens.size(); ti++) {
                for (Class key : copiedTokens.get(ti).keySet()) {
                    if (key != CoreAnnotations.TextAnnotation.class) {
                        ownTokens.get(ti).set(key, copiedTokens.get(ti).get(key));
                    }
                }
            }
            for (Class key : copy.keySet()) {
                if (key != CoreAnnotations.TokensAnnotation.class) {
                    own.get(si).set(key, copy.get(key));
                }
            }
        }
        List<CoreMap> mentions = view.get(CoreAnnotations.MentionsAnnotation.class);
        if (mentions != null) {
            document.set(CoreAnnotations.MentionsAnnotation.class, mentions);
        }
    }

    static boolean allCaps(List<CoreLabel> labels) {
        int words = 0;
        for (CoreLabel t : labels) {
            String w = t.word();
            if (letters(w) < 2) {
                continue;
            }
            if (!isUpper(w)) {
                return false;
            }
            words++;
        }
        return words >= MIN_WORDS;
    }

    /** "AL-AIN" → "Al-Ain", "O'NEILL" → "O'Neill": each letter run starts upper case. */
    static String title(String w) {
        StringBuilder b = new StringBuilder(w.length());
        boolean start = true;
        for (int i = 0; i < w.length(); ) {
            int c = w.codePointAt(i);
            b.appendCodePoint(start ? c : Character.toLowerCase(c));
            start = !Character.isLetter(c);
            i += Character.charCount(c);
        }
        return b.toString();
    }

    /** How many letters the word has. */
    static int letters(String w) {
        int n = 0;
        for (int i = 0; i < w.length(); i++) {
            n += Character.isLetter(w.charAt(i)) ? 1 : 0;
        }
        return n;
    }

    private static boolean isUpper(String w) {
        return w.equals(w.toUpperCase(Locale.ROOT)) && !w.equals(w.toLowerCase(Locale.ROOT));
    }
}
