package org.claimtrace.output.html;

import org.claimtrace.model.DocumentResult;
import org.claimtrace.output.AtomicFiles;
import org.claimtrace.output.OutputFiles;
import org.claimtrace.output.OutputSink;
import org.claimtrace.output.SafeFileNames;
import org.claimtrace.output.UniqueFileNames;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One self-contained HTML page per document ({@code <id>.html}, named by {@link UniqueFileNames}, so two ids
 * never share a page and no document takes the index's name) and, when the batch ends, an {@value #INDEX}
 * listing every page. Each page is complete when {@link #write} returns.
 */
public final class HtmlSink implements OutputSink {
    public static final String INDEX = "index.html";

    private final Path dir;
    private final OutputFiles files;
    private final UniqueFileNames names = new UniqueFileNames(".html", Set.of(INDEX));
    private final List<HtmlIndex.Entry> entries = new ArrayList<>();

    public HtmlSink(Path dir) {
        this(dir, OutputFiles.REAL);
    }

    /** The same through the given file operations (tests inject faults there). */
    public HtmlSink(Path dir, OutputFiles files) {
        this.dir = AtomicFiles.directory(dir);
        this.files = files;
    }

    /** The page file name of a document id, when no other id of the batch has taken it. */
    public static String fileName(String id) {
        return SafeFileNames.of(id) + ".html";
    }

    @Override
    public void write(DocumentResult result) {
        String file = names.of(result.id());
        AtomicFiles.write(files, dir.resolve(file), HtmlPage.render(result, INDEX));
        entries.add(HtmlIndex.Entry.of(result, file));
    }

    @Override
    public String describe() {
        return dir.toString();
    }

    @Override
    public void close() {
        AtomicFiles.write(files, dir.resolve(INDEX), HtmlIndex.render(entries));
    }
}
