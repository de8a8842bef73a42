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
 */
final class BenchCorpus {
    /** @param replicated how many timed documents are repeats of earlier ones (0 for a distinct corpus) */
    record Split(List<Article> warmUp, List<Article> timed, int replicated) {
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
        List<Article> base = new ArrayList<>();
        Set<String> texts = new HashSet<>();
        ArticleReader reader = new ArticleReader(ArticleReader.DEFAULT_MAX_BYTES);
        for (InputSource s : Inputs.expand(inputs.stream().map(Path::toString).toList())) {
            try (ArticleReader.ArticleIterator it = reader.read(s)) {
                it.forEachRemaining(a -> {
                    if (a.text() != null && !a.text().isBlank() && texts.add(a.text())) {
                        base.add(a);
                    }
                });
            }
        }
        if (base.size() < 2) {
            throw new IllegalArgumentException("fewer than two distinct readable articles in " + inputs);
        }
        int w = Math.min(warmUp, base.size() / 5);
        List<Article> rest = base.subList(w, base.size());
        int wanted = documents == 0 ? rest.size() : documents;
        if (wanted > rest.size() && !replicate) {
            throw new IllegalArgumentException(inputs + " holds " + base.size() + " distinct articles (" + w
                    + " for the warm-up, " + rest.size() + " to time); --docs " + wanted + " would repeat articles,"
                    + " which flatters the caches: use --docs " + rest.size() + " or less, or --replicate");
        }
        List<Article> timed = new ArrayList<>(wanted);
        for (int i = 0; timed.size() < wanted; i++) {
            Article a = rest.get(i % rest.size());
            String id = i < rest.size() ? a.id() : a.id() + "~copy" + (i / rest.size());
            timed.add(new Article(id, a.text(), a.title(), a.date(), a.url(), a.metadata(), a.sourcePath(), null));
        }
        return new Split(List.copyOf(base.subList(0, w)), List.copyOf(timed), Math.max(0, wanted - rest.size()));
    }
}
