package org.claimtrace.pipeline;

import org.claimtrace.model.Article;
import org.claimtrace.model.Claim;
import org.claimtrace.model.CueCandidate;
import org.claimtrace.model.DependencyParse;
import org.claimtrace.model.DocumentDate;
import org.claimtrace.model.Entity;
import org.claimtrace.model.Language;
import org.claimtrace.model.Mention;
import org.claimtrace.model.Problem;
import org.claimtrace.model.ProblemCode;
import org.claimtrace.model.Sentence;
import org.claimtrace.model.TimeExpression;
import org.claimtrace.model.Token;
import org.claimtrace.text.TextIndex;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The working state of one document while it moves through the stages: the project's {@link Layer}s, each with a
 * typed getter and setter, and the engines' {@link EngineState}s. It owns the text; every span in it is a code
 * point range of that text. A Doc is confined to one thread at a time and is turned into an immutable
 * {@link org.claimtrace.model.DocumentResult} at the end.
 *
 * <p>Every getter is a read of its slot and every setter a write, as {@link StageCheck} sees them.
 */
public final class Doc {
    private final Article article;
    private final String text;
    private final TextIndex index;
    private final DocumentDate date;
    private final Set<Slot> written = new HashSet<>(Set.of(Layer.TEXT));
    private final List<Problem> problems = new ArrayList<>();
    private final Map<EngineState<?>, Object> engineStates = new HashMap<>(4);
    private StageCheck.Watch watch;
    private Language language;
    private List<Token> tokens = List.of();
    private List<Sentence> sentences = List.of();
    private List<Mention> nameMentions = List.of();
    private List<TimeExpression> timeExpressions = List.of();
    private List<Entity> entities = List.of();
    private List<CueCandidate> cues = List.of();
    private Map<Integer, DependencyParse> parses = Map.of();
    private List<Claim> claims = List.of();
    private String skipReason;
    private boolean partial;

    public Doc(Article article, String text, DocumentDate date) {
        this.article = Objects.requireNonNull(article);
        this.text = Objects.requireNonNull(text);
        this.index = new TextIndex(text);
        this.date = date == null ? DocumentDate.NONE : date;
    }

    public Article article() {
        return article;
    }

    public String id() {
        return article.id();
    }

    public String text() {
        read(Layer.TEXT);
        return text;
    }

    /** Converts between UTF-16 indices and code point offsets of {@link #text()}. */
    public TextIndex index() {
        read(Layer.TEXT);
        return index;
    }

    public DocumentDate date() {
        read(Layer.TEXT);
        return date;
    }

    /** Whether a stage has written this slot (the text always is). */
    public boolean has(Slot slot) {
        return written.contains(slot);
    }

    public Language language() {
        read(Layer.LANGUAGE);
        return language;
    }

    public void setLanguage(Language language) {
        this.language = language;
        wrote(Layer.LANGUAGE);
    }

    /** The tokens, with their part-of-speech tags and lemmas once {@link Layer#POS} and {@link Layer#LEMMA} are written. */
    public List<Token> tokens() {
        read(Layer.TOKENS);
        return tokens;
    }

    /** Writes {@link Layer#TOKENS}: token boundaries and texts. */
    public void setTokens(List<Token> tokens) {
        this.tokens = List.copyOf(tokens);
        wrote(Layer.TOKENS);
    }

    /**
     * Writes {@link Layer#POS} and {@link Layer#LEMMA}: the same tokens (same offsets and texts, in the same order)
     * with their tags and lemmas.
     *
     * @throws IllegalArgumentException when {@code tagged} are not the document's tokens
     */
    public void setTaggedTokens(List<Token> tagged) {
        if (tagged.size() != tokens.size()) {
            throw new IllegalArgumentException(tagged.size() + " tagged tokens for " + tokens.size() + " tokens");
        }
        for (int i = 0; i < tagged.size(); i++) {
            Token a = tokens.get(i);
            Token b = tagged.get(i);
            if (a.begin() != b.begin() || a.end() != b.end() || !a.text().equals(b.text())) {
                throw new IllegalArgumentException("tagged token " + i + " " + b + " is not token " + a);
            }
        }
        this.tokens = List.copyOf(tagged);
        wrote(Layer.POS);
        wrote(Layer.LEMMA);
    }

    public List<Sentence> sentences() {
        read(Layer.SENTENCES);
        return sentences;
    }

    public void setSentences(List<Sentence> sentences) {
        this.sentences = List.copyOf(sentences);
        wrote(Layer.SENTENCES);
    }

    public List<Mention> nameMentions() {
        read(Layer.NAME_MENTIONS);
        return nameMentions;
    }

    public void setNameMentions(List<Mention> mentions) {
        this.nameMentions = List.copyOf(mentions);
        wrote(Layer.NAME_MENTIONS);
    }

    public List<TimeExpression> timeExpressions() {
        read(Layer.TIME_EXPRESSIONS);
        return timeExpressions;
    }

    public void setTimeExpressions(List<TimeExpression> timeExpressions) {
        this.timeExpressions = List.copyOf(timeExpressions);
        wrote(Layer.TIME_EXPRESSIONS);
    }

    public List<Entity> entities() {
        read(Layer.ENTITIES);
        return entities;
    }

    public void setEntities(List<Entity> entities) {
        this.entities = List.copyOf(entities);
        wrote(Layer.ENTITIES);
    }

    /** Claim cues found before parsing, in text order. */
    public List<CueCandidate> cues() {
        read(Layer.CUES);
        return cues;
    }

    public void setCues(List<CueCandidate> cues) {
        this.cues = List.copyOf(cues);
        wrote(Layer.CUES);
    }

    /** Dependency parses by sentence index; only the sentences that were parsed. */
    public Map<Integer, DependencyParse> parses() {
        read(Layer.DEPENDENCIES);
        return parses;
    }

    public void setParses(Map<Integer, DependencyParse> parses) {
        this.parses = Map.copyOf(parses);
        wrote(Layer.DEPENDENCIES);
    }

    public List<Claim> claims() {
        read(Layer.CLAIMS);
        return claims;
    }

    public void setClaims(List<Claim> claims) {
        this.claims = List.copyOf(claims);
        wrote(Layer.CLAIMS);
    }

    /**
     * An engine's state, to read.
     *
     * @throws IllegalStateException when no stage has written it
     */
    public <T> T state(EngineState<T> key) {
        read(key);
        Object value = engineStates.get(key);
        if (value == null) {
            throw new IllegalStateException("document " + id() + " has no " + key + ": no stage before wrote it");
        }
        return key.type().cast(value);
    }

    /** Writes an engine's state. The value may be the one stored under another key, filled in further. */
    public <T> void setState(EngineState<T> key, T value) {
        engineStates.put(key, key.type().cast(Objects.requireNonNull(value)));
        wrote(key);
    }

    /** The text of a code point span. */
    public String span(int begin, int end) {
        read(Layer.TEXT);
        return index.substring(begin, end);
    }

    /** Records a problem; the document becomes {@code partial} unless it ends worse. */
    public void addProblem(Problem problem) {
        problems.add(problem);
    }

    public void addPartialProblem(String stage, ProblemCode code, String message) {
        problems.add(new Problem(stage, code, message));
        partial = true;
    }

    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    public boolean isPartial() {
        return partial;
    }

    /** Stops processing: the document is reported as skipped with this reason. */
    public void skip(String stage, ProblemCode code, String reason) {
        problems.add(new Problem(stage, code, reason));
        this.skipReason = reason;
    }

    public boolean isSkipped() {
        return skipReason != null;
    }

    /** Starts ({@code watch} not null) or ends recording the reads and writes of one stage. */
    void watch(StageCheck.Watch watch) {
        this.watch = watch;
    }

    private void read(Slot slot) {
        if (watch != null) {
            watch.read.add(slot);
        }
    }

    private void wrote(Slot slot) {
        written.add(slot);
        if (watch != null) {
            watch.written.add(slot);
        }
    }
}
