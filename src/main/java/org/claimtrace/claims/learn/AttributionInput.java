package org.claimtrace.claims.learn;

import org.claimtrace.claims.lexicon.CueLexicon;
import org.claimtrace.text.Quotes;
import org.claimtrace.model.DependencyParse;
import org.claimtrace.model.Entity;
import org.claimtrace.model.Mention;
import org.claimtrace.model.MentionKind;
import org.claimtrace.model.Sentence;
import org.claimtrace.model.Token;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One document as the attribution model sees it: tokens with their tags, sentences, the parses of some
 * sentences, entity mentions, quotations and line breaks, each indexed by token. Built once per document;
 * immutable afterwards, so features can be read from any thread.
 */
public final class AttributionInput {
    private final String text;
    private final List<Token> tokens;
    private final List<Sentence> sentences;
    private final Map<Integer, DependencyParse> parses;
    private final CueLexicon lexicon;
    private final List<Quotes.Quote> quotes;
    /** Index into {@link #quotes} of the innermost quotation holding each token (marks included), or -1. */
    private final int[] quoteOf;
    /** Entity type of the mention covering each token ("PERSON", ...), or null. */
    private final String[] entityType;
    /** Whether the mention covering each token is a pronoun. */
    private final boolean[] pronounMention;
    /** Number of line breaks between the previous token and this one. */
    private final int[] breaksBefore;
    /** The distributional class of each token's word. */
    private final String[] wordClass;

    public AttributionInput(String text, List<Token> tokens, List<Sentence> sentences,
                            Map<Integer, DependencyParse> parses, List<Entity> entities, CueLexicon lexicon,
                            WordClasses classes) {
        this.text = text;
        // one list and one map class whatever the document's size (List.copyOf and Map.copyOf choose a class by
        // size), so the JIT's type checks on these calls hold from document to document instead of being
        // deoptimized and recompiled each time a document of another size comes
        this.tokens = Collections.unmodifiableList(Arrays.asList(tokens.toArray(Token[]::new)));
        this.sentences = Collections.unmodifiableList(Arrays.asList(sentences.toArray(Sentence[]::new)));
        this.parses = Collections.unmodifiableMap(new HashMap<>(parses));
        this.lexicon = lexicon;
        int n = this.tokens.size();
        this.entityType = new String[n];
        this.pronounMention = new boolean[n];
        for (Entity e : entities) {
            if (e.type().isTemporal()) {
                continue;
            }
            for (Mention m : e.mentions()) {
                for (int t = m.tokenBegin(); t < m.tokenEnd() && t < n; t++) {
                    if (entityType[t] == null) {
                        entityType[t] = e.type().name();
                        pronounMention[t] = m.kind() == MentionKind.PRONOUN;
                    }
                }
            }
        }
        this.breaksBefore = new int[n];
        int[] cps = text.codePoints().toArray();
        for (int t = 1; t < n; t++) {
            int count = 0;
            for (int c = this.tokens.get(t - 1).end(); c < this.tokens.get(t).begin() && c < cps.length; c++) {
                count += cps[c] == '\n' ? 1 : 0;
            }
            breaksBefore[t] = count;
        }
        if (n > 0) {
            breaksBefore[0] = 2;
        }
        this.quotes = Quotes.find(this.tokens, t -> breaksBefore[t] > 0);
        this.wordClass = new String[n];
        for (int t = 0; t < n; t++) {
            wordClass[t] = classes.of(this.tokens.get(t).text());
        }
        this.quoteOf = new int[n];
        Arrays.fill(quoteOf, -1);
        for (int q = 0; q < quotes.size(); q++) {
            Quotes.Quote quote = quotes.get(q);
            for (int t = quote.openToken(); t <= quote.closeToken() && t < n; t++) {
                quoteOf[t] = q;
            }
        }
    }

    public String text() {
        return text;
    }

    public List<Token> tokens() {
        return tokens;
    }

    public int size() {
        return tokens.size();
    }

    public Token token(int i) {
        return tokens.get(i);
    }

    public List<Sentence> sentences() {
        return sentences;
    }

    public Sentence sentenceOf(int token) {
        return sentences.get(tokens.get(token).sentence());
    }

    /** The parse of a sentence, or null when it was not parsed. */
    public DependencyParse parse(int sentence) {
        return parses.get(sentence);
    }

    public Map<Integer, DependencyParse> parses() {
        return parses;
    }

    public CueLexicon lexicon() {
        return lexicon;
    }

    public List<Quotes.Quote> quotes() {
        return quotes;
    }

    /** The quotation holding a token, marks included, or null. */
    public Quotes.Quote quoteOf(int token) {
        int q = quoteOf[token];
        return q < 0 ? null : quotes.get(q);
    }

    public int quoteIndex(int token) {
        return quoteOf[token];
    }

    public String entityType(int token) {
        return entityType[token];
    }

    public boolean pronounMention(int token) {
        return pronounMention[token];
    }

    public int breaksBefore(int token) {
        return breaksBefore[token];
    }

    /** The distributional class of a token's word ({@link WordClasses}). */
    public String wordClass(int i) {
        return wordClass[i];
    }

    public String word(int i) {
        return tokens.get(i).text();
    }

    public String lower(int i) {
        return tokens.get(i).text().toLowerCase(Locale.ROOT);
    }

    public String lemma(int i) {
        Token t = tokens.get(i);
        return (t.lemma() == null ? t.text() : t.lemma()).toLowerCase(Locale.ROOT);
    }

    public String pos(int i) {
        String p = tokens.get(i).pos();
        return p == null ? "-" : p;
    }

    /** The cue lexicon's entry for a token by its tag and lemma, or null. */
    public CueLexicon.Entry lexiconEntry(int i) {
        String p = pos(i);
        if (p.startsWith("VB")) {
            return lexicon.verb(lemma(i));
        }
        if (p.startsWith("NN")) {
            return lexicon.noun(lemma(i));
        }
        return null;
    }
}
