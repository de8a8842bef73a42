package org.claimtrace.pipeline;

import org.claimtrace.model.Article;
import org.claimtrace.model.DocumentDate;
import org.claimtrace.model.DocumentResult;
import org.claimtrace.model.Problem;
import org.claimtrace.model.Status;

import java.util.List;

/** Turns a finished {@link Doc} into the immutable output record. */
final class ResultAssembler {
    private ResultAssembler() {
    }

    static DocumentResult assemble(Doc doc, Status status) {
        Article a = doc.article();
        boolean analysed = status != Status.FAILED && status != Status.SKIPPED;
        return new DocumentResult(Pipeline.SCHEMA_VERSION, a.id(), a.title(), a.url(), a.sourcePath(), a.metadata(),
                doc.date(), doc.language(), status, doc.problems(), doc.text(),
                analysed ? doc.sentences() : List.of(),
                analysed ? doc.tokens() : List.of(),
                analysed ? doc.entities() : List.of(),
                analysed ? doc.timeExpressions() : List.of(),
                analysed ? doc.claims() : List.of());
    }

    static DocumentResult unprocessed(Article a, Status status, List<Problem> problems) {
        return new DocumentResult(Pipeline.SCHEMA_VERSION, a.id(), a.title(), a.url(), a.sourcePath(), a.metadata(),
                DocumentDate.NONE, null, status, List.copyOf(problems), a.text(),
                List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
