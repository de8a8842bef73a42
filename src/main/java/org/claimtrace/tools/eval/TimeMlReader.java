package org.claimtrace.tools.eval;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads TempEval-3 style TimeML ({@code .tml}) files.
 * <p>
 * The document text is the text content of the {@code <TEXT>} element with all inline tags ({@code TIMEX3},
 * {@code EVENT}, {@code SIGNAL}, ...) removed; each {@code <TIMEX3>} inside it becomes a gold span with its
 * {@code type} and {@code value} (empty TIMEX3 are skipped). The id is {@code <DOCID>} (else the file name) and
 * the document date is the {@code value} of the TIMEX3 in {@code <DCT>} (or any TIMEX3 outside TEXT with
 * {@code functionInDocument="CREATION_TIME"}). The whole text is scored.
 * <p>
 * Parsing uses StAX with DTD support and external entities disabled, so nothing outside the file is read.
 */
public final class TimeMlReader {

    private static final Pattern ISO_DATE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}.*");

    private TimeMlReader() {
    }

    /** Reads one {@code .tml} file, or every {@code .tml} file under a directory (recursively, sorted by path). */
    public static List<GoldDocument> read(Path fileOrDirectory) throws IOException {
        if (!Files.isDirectory(fileOrDirectory)) {
            return List.of(readFile(fileOrDirectory));
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(fileOrDirectory)) {
            files = walk.filter(p -> p.getFileName().toString().endsWith(".tml") && Files.isRegularFile(p))
                    .sorted().toList();
        }
        List<GoldDocument> docs = new ArrayList<>();
        for (Path f : files) {
            docs.add(readFile(f));
        }
        return docs;
    }

    /** Reads one {@code .tml} file. */
    public static GoldDocument readFile(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, file.getFileName().toString());
        } catch (XMLStreamException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    /** Parses one TimeML document; {@code defaultId} is used when there is no DOCID. */
    public static GoldDocument parse(InputStream in, String defaultId) throws XMLStreamException {
        XMLStreamReader xml = factory().createXMLStreamReader(in);
        try {
            return parse(xml, defaultId);
        } finally {
            xml.close();
        }
    }

    private static GoldDocument parse(XMLStreamReader xml, String defaultId) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        List<LabeledSpan> spans = new ArrayList<>();
        Deque<String[]> openTimex = new ArrayDeque<>(); // {begin, type, value}
        String id = null;
        LocalDate date = null;
        boolean inText = false;
        boolean textSeen = false;
        int length = 0;
        int dctDepth = 0;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                if ("TEXT".equals(name) && !textSeen) {
                    inText = true;
                    textSeen = true;
                } else if ("DOCID".equals(name) && id == null) {
                    id = xml.getElementText().strip();
                } else if ("DCT".equals(name)) {
                    dctDepth++;
                } else if ("TIMEX3".equals(name)) {
                    String type = xml.getAttributeValue(null, "type");
                    String value = xml.getAttributeValue(null, "value");
                    if (inText) {
                        openTimex.push(new String[] {Integer.toString(length), type, value});
                    } else if (date == null && (dctDepth > 0
                            || "CREATION_TIME".equals(xml.getAttributeValue(null, "functionInDocument")))) {
                        date = parseDate(value);
                    }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                String name = xml.getLocalName();
                if ("TEXT".equals(name) && inText) {
                    inText = false;
                } else if ("DCT".equals(name)) {
                    dctDepth--;
                } else if ("TIMEX3".equals(name) && inText && !openTimex.isEmpty()) {
                    String[] open = openTimex.pop();
                    int begin = Integer.parseInt(open[0]);
                    if (length > begin) {
                        spans.add(new LabeledSpan(begin, length, open[1] == null ? "" : open[1], open[2]));
                    }
                }
            } else if (inText && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE)) {
                String chars = xml.getText();
                text.append(chars);
                length += CodePoints.length(chars);
            }
        }
        spans.sort(java.util.Comparator.comparingInt(LabeledSpan::begin).thenComparingInt(LabeledSpan::end));
        return new GoldDocument(id == null || id.isEmpty() ? defaultId : id, text.toString(), date, spans, null);
    }

    private static XMLInputFactory factory() {
        // the JDK's own StAX parser, whatever the classpath registers (Spark's Hadoop jars bring a shaded Woodstox)
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }

    /** The date of an ISO-8601 value starting with {@code yyyy-MM-dd}, else {@code null}. */
    static LocalDate parseDate(String value) {
        if (value == null || !ISO_DATE.matcher(value).matches()) {
            return null;
        }
        try {
            return LocalDate.parse(value.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
