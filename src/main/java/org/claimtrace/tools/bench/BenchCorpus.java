package org.claimtrace.tools.bench;

import org.claimtrace.io.ArticleReader;
import org.claimtrace.io.Inputs;
import org.claimtrace.io.InputSource;
import org.claimtrace.model.Article;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A benchmark corpus: distinct articles, split into warm-up articles (never timed) and timed articles. Articles
 * with the same text are counted once. Repeating articles is refused unless asked for, because repeats are
 * served by content-keyed caches (the parser's) that a stream of new articles never hits.
 *
 * <p>The warm-up articles come from the front of the timed corpus (at most a fifth of it), or from a separate
 * warm-up corpus, which lets a small corpus be timed whole after a warm-up long enough for the JIT compiler to
 * finish; an article of the warm-up corpus whose text is also in the timed corpus is left out.
 */
final class BenchCorpus {
    /**
     * @param replicated how many timed documents are repeats of earlier ones (0 for a distinct corpus)
     * @param note       what the split did other than asked, for the user (null when nothing)
     */
    record Split(List<Article> warmUp, List<Article> timed, int replicated, String note) {
        List<Article> distinctTimed() {
            return timed.subList(0, timed.size() - replicated);
        }
    }

    private BenchCorpus() {
    }

    /**
     * @param warmUp    warm-up articles wanted; at most a fifth of the corpus is used
     * @param documents timed documents wanted; 0 for every distinct article left after the warm-up
     * @param replicate whether repeating articles to reach {@code documents} is allowed
     */
    static Split load(List<Path> inputs, int warmUp, int documents, boolean replicate) {
        return load(inputs, List.of(), warmUp, documents, replicate);
    }

    /**
     * @param warmUpInputs a separate warm-up corpus, or empty to warm up on the front of {@code inputs}
     * @param warmUp       warm-up articles wanted; from {@code inputs}, at most a fifth of it is used
     * @param documents    timed documents wanted; 0 for every distinct article left after the warm-up
     * @param replicate    whether repeating articles to reach {@code documents} is allowed
     */
    static Split load(List<Path> inputs, List<Path> warmUpInputs, int warmUp, int documents, boolean replicate) {
        Set<String> texts = new HashSet<>();
        List<Article> base = distinct(inputs, texts);
        if (base.size() < 2) {
            throw new IllegalArgumentException("fewer than two distinct readable articles in " + inputs);
        }
        List<Article> warm;
        List<Article> rest;
        String note = null;
        if (warmUpInputs.isEmpty()) {
            int w = Math.min(warmUp, base.size() / 5);
            if (documents > base.size() - w && documents <= base.size()) {
                // as many timed articles as asked, all distinct: the warm-up gives way
                note = "--docs " + documents + " leaves " + (base.size() - documents) + " of the corpus's "
                        + base.size() + " articles for the warm-up instead of " + w + "; the first timed runs include"
                        + " more of the JIT's work (--warmup-from DIR takes the warm-up from another corpus)";
                w = base.size() - documents;
            }
            warm = base.subList(0, w);
            rest = base.subList(w, base.size());
        } else {
            List<Article> other = distinct(warmUpInputs, texts);
            if (other.isEmpty() && warmUp > 0) {
                throw new IllegalArgumentException("the warm-up corpus " + warmUpInputs
                        + " holds no readable article that is not also in " + inputs);
            }
            warm = other.subList(0, Math.min(warmUp, other.size()));
            rest = base;
        }
        int wanted = documents == 0 ? rest.size() : documents;
        if (wanted > rest.size() && !replicate) {
            throw new IllegalArgumentException(inputs + " holds " + base.size() + " distinct articles ("
                    + (base.size() - rest.size()) + " for the warm-up, " + rest.size() + " to time); --docs " + wanted
                    + " would repeat articles, which flatters the caches: use --docs " + rest.size()
                    + " or less, or --replicate");
        }
        List<Article> timed = new ArrayList<>(wanted);
        for (int i = 0; timed.size() < wanted; i++) {
            Article a = rest.get(i % rest.size());
            String id = i < rest.size() ? a.id() : a.id() + "~copy" + (i / rest.size());
            timed.add(new Article(id, a.text(), a.title(), a.date(), a.url(), a.metadata(), a.sourcePath(), null));
        }
        return new Split(List.copyOf(warm), List.copyOf(timed), Math.max(0, wanted - rest.size()), note);
    }

    /** The readable articles of {@code inputs} whose text is not yet in {@code seen}, adding theirs to it. */
    private static List<Article> distinct(List<Path> inputs, Set<String> seen) {
        List<Article> found = new ArrayList<>();
        ArticleReader reader = new ArticleReader(ArticleReader.DEFAULT_MAX_BYTES);
        for (InputSource s : Inputs.expand(inputs.stream().map(Path::toString).toList())) {
            try (ArticleReader.ArticleIterator it = reader.read(s)) {
                it.forEachRemaining(a -> {
                    if (a.text() != null && !a.text().isBlank() && seen.add(a.text())) {
                        found.add(a);
                    }
                });
            }
        }
        return found;
    }
}
