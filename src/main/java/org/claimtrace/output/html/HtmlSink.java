package org.claimtrace.output.html;

import org.claimtrace.model.DocumentResult;
import org.claimtrace.output.AtomicFiles;
import org.claimtrace.output.OutputSink;
import org.claimtrace.output.SafeFileNames;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One self-contained HTML page per document ({@code <id>.html}, named by {@link SafeFileNames}) and, when
 * the batch ends, an {@value #INDEX} listing every page. Each page is complete when {@link #write} returns.
 */
public final class HtmlSink implements OutputSink {
    public static final String INDEX = "index.html";

    private final Path dir;
    private final List<HtmlIndex.Entry> entries = new ArrayList<>();

    public HtmlSink(Path dir) {
        this.dir = AtomicFiles.directory(dir);
    }

    /** The page file name of a document id. */
    public static String fileName(String id) {
        return SafeFileNames.of(id) + ".html";
    }

    @Override
    public void write(DocumentResult result) {
        String file = fileName(result.id());
        AtomicFiles.write(dir.resolve(file), HtmlPage.render(result, INDEX));
        entries.add(HtmlIndex.Entry.of(result, file));
    }

    @Override
    public String describe() {
        return dir.toString();
    }

    @Override
    public void close() {
        AtomicFiles.write(dir.resolve(INDEX), HtmlIndex.render(entries));
    }
}
