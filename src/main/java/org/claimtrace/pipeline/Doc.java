package org.claimtrace.pipeline;

import org.claimtrace.model.Article;
import org.claimtrace.model.Claim;
import org.claimtrace.model.DependencyParse;
import org.claimtrace.model.DocumentDate;
import org.claimtrace.model.Entity;
import org.claimtrace.model.Language;
import org.claimtrace.model.Mention;
import org.claimtrace.model.Problem;
import org.claimtrace.model.Sentence;
import org.claimtrace.model.TimeExpression;
import org.claimtrace.model.Token;
import org.claimtrace.text.TextIndex;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The working state of one document while it moves through the stages. It owns the text; every span in
 * it is a code point range of that text. A Doc is confined to one thread at a time and is turned into an
 * immutable {@link org.claimtrace.model.DocumentResult} at the end.
 */
public final class Doc {
    private final Article article;
    private final String text;
    private final TextIndex index;
    private final DocumentDate date;
    private final Set<Layer> layers = EnumSet.of(Layer.TEXT);
    private final List<Problem> problems = new ArrayList<>();
    private final Map<Class<?>, Object> attachments = new HashMap<>();
    private Language language;
    private List<Token> tokens = List.of();
    private List<Sentence> sentences = List.of();
    private List<Mention> nameMentions = List.of();
    private List<TimeExpression> timeExpressions = List.of();
    private List<Entity> entities = List.of();
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
        return text;
    }

    /** Converts between UTF-16 indices and code point offsets of {@link #text()}. */
    public TextIndex index() {
        return index;
    }

    public DocumentDate date() {
        return date;
    }

    public boolean has(Layer layer) {
        return layers.contains(layer);
    }

    public void mark(Layer layer) {
        layers.add(layer);
    }

    public Language language() {
        return language;
    }

    public void setLanguage(Language language) {
        this.language = language;
        mark(Layer.LANGUAGE);
    }

    public List<Token> tokens() {
        return tokens;
    }

    public void setTokens(List<Token> tokens) {
        this.tokens = List.copyOf(tokens);
        mark(Layer.TOKENS);
    }

    public List<Sentence> sentences() {
        return sentences;
    }

    public void setSentences(List<Sentence> sentences) {
        this.sentences = List.copyOf(sentences);
        mark(Layer.SENTENCES);
    }

    public List<Mention> nameMentions() {
        return nameMentions;
    }

    public void setNameMentions(List<Mention> mentions) {
        this.nameMentions = List.copyOf(mentions);
        mark(Layer.NAME_MENTIONS);
    }

    public List<TimeExpression> timeExpressions() {
        return timeExpressions;
    }

    public void setTimeExpressions(List<TimeExpression> timeExpressions) {
        this.timeExpressions = List.copyOf(timeExpressions);
        mark(Layer.TIME_EXPRESSIONS);
    }

    public List<Entity> entities() {
        return entities;
    }

    public void setEntities(List<Entity> entities) {
        this.entities = List.copyOf(entities);
        mark(Layer.ENTITIES);
    }

    /** Dependency parses by sentence index; only the sentences that were parsed. */
    public Map<Integer, DependencyParse> parses() {
        return parses;
    }

    public void setParses(Map<Integer, DependencyParse> parses) {
        this.parses = Map.copyOf(parses);
        mark(Layer.DEPENDENCIES);
    }

    public List<Claim> claims() {
        return claims;
    }

    public void setClaims(List<Claim> claims) {
        this.claims = List.copyOf(claims);
        mark(Layer.CLAIMS);
    }

    /** The text of a code point span. */
    public String span(int begin, int end) {
        return index.substring(begin, end);
    }

    /** Records a problem; the document becomes {@code partial} unless it ends worse. */
    public void addProblem(Problem problem) {
        problems.add(problem);
    }

    public void addPartialProblem(String stage, String code, String message) {
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
    public void skip(String stage, String code, String reason) {
        problems.add(new Problem(stage, code, reason));
        this.skipReason = reason;
    }

    public boolean isSkipped() {
        return skipReason != null;
    }

    /** Engine-private state shared between the stages of one engine, keyed by its class. */
    public <T> T attachment(Class<T> type) {
        return type.cast(attachments.get(type));
    }

    public <T> void attach(Class<T> type, T value) {
        attachments.put(type, value);
    }
}
