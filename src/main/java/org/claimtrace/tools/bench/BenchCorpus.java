package org.claimtrace.tools.bench;

import org.claimtrace.io.ArticleReader;
import org.claimtrace.io.Inputs;
import org.claimtrace.io.InputSource;
import org.claimtrace.model.Article;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A benchmark corpus: the articles of a folder, replicated (with new ids) up to a number of documents. */
final class BenchCorpus {
    private BenchCorpus() {
    }

    static List<Article> load(Path dir, int documents) {
        List<Article> base = new ArrayList<>();
        ArticleReader reader = new ArticleReader(ArticleReader.DEFAULT_MAX_BYTES);
        for (InputSource s : Inputs.expand(List.of(dir.toString()))) {
            try (ArticleReader.ArticleIterator it = reader.read(s)) {
                it.forEachRemaining(a -> {
                    if (a.text() != null && !a.text().isBlank()) {
                        base.add(a);
                    }
                });
            }
        }
        if (base.isEmpty()) {
            throw new IllegalArgumentException("no readable article in " + dir);
        }
        List<Article> out = new ArrayList<>(documents);
        for (int i = 0; out.size() < documents; i++) {
            Article a = base.get(i % base.size());
            String id = i < base.size() ? a.id() : a.id() + "~copy" + (i / base.size());
            out.add(new Article(id, a.text(), a.title(), a.date(), a.url(), a.metadata(), a.sourcePath(), null));
        }
        return out;
    }
}
